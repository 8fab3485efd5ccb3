import { useState, type FormEvent, type ReactNode } from 'react';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql, readFragment, type FragmentType } from '../../gql';
import type { AllegationKind, Finding, InvestigationEntryType, MeasureKind, Role } from '../../gql/graphql';
import { FormErrors, SelectField, TextArea } from '../../components/Fields';
import { errorsFor, otherErrors, type UserErrorValue } from '../../userErrors';
import { formatDateTime } from '../../format';

// A case's investigation, allegations and findings, results, measures and merit review, with
// the actions the API offers the signed-in handler's role. The page's one query spreads these
// fragments; each mutation asks for the same fragment back, so the page shows what changed.

export const CaseInvestigation_case = graphql(`
  fragment CaseInvestigation_case on Case {
    id status category handlerRoles
    investigation { kind openedAt investigators { id displayName } }
    entries { id type summary at person { id displayName } attachments { id fileName } }
    allegations { id kind summary finding findingNote subject { id displayName } }
    results { summary recommendation at toBoard }
    measures { id measure note status decidedByRole decidedAt person { id displayName } }
    meritReview { status due determinations { role withoutMerit reason at } }
  }
`);

export const CasePeople_query = graphql(`
  fragment CasePeople_query on Query {
    people(first: 100) { edges { node { id displayName } } }
  }
`);

const InquiryOpen = graphql(`
  mutation CaseInquiryOpen($input: CaseInquiryOpenInput!) {
    caseInquiryOpen(input: $input) { case { id ...CaseInvestigation_case timeline { type at note } } userErrors { field message code } }
  }
`);
const InvestigationOpen = graphql(`
  mutation CaseInvestigationOpen($input: CaseInvestigationOpenInput!) {
    caseInvestigationOpen(input: $input) { case { id ...CaseInvestigation_case timeline { type at note } } userErrors { field message code } }
  }
`);
const InvestigatorAssign = graphql(`
  mutation CaseInvestigatorAssign($input: CaseInvestigatorAssignInput!) {
    caseInvestigatorAssign(input: $input) { case { id ...CaseInvestigation_case timeline { type at note } } userErrors { field message code } }
  }
`);
const EntryAdd = graphql(`
  mutation CaseInvestigationEntryAdd($input: CaseInvestigationEntryAddInput!) {
    caseInvestigationEntryAdd(input: $input) { case { id ...CaseInvestigation_case timeline { type at note } } userErrors { field message code } }
  }
`);
const AllegationAdd = graphql(`
  mutation CaseAllegationAdd($input: CaseAllegationAddInput!) {
    caseAllegationAdd(input: $input) { case { id ...CaseInvestigation_case timeline { type at note } } userErrors { field message code } }
  }
`);
const FindingRecord = graphql(`
  mutation CaseFindingRecord($input: CaseFindingRecordInput!) {
    caseFindingRecord(input: $input) { case { id ...CaseInvestigation_case timeline { type at note } } userErrors { field message code } }
  }
`);
const ResultsSubmit = graphql(`
  mutation CaseResultsSubmit($input: CaseResultsSubmitInput!) {
    caseResultsSubmit(input: $input) { case { id ...CaseInvestigation_case timeline { type at note } } userErrors { field message code } }
  }
`);
const MeasureDecide = graphql(`
  mutation CaseMeasureDecide($input: CaseMeasureDecideInput!) {
    caseMeasureDecide(input: $input) { case { id ...CaseInvestigation_case timeline { type at note } } userErrors { field message code } }
  }
`);
const RetaliationReview = graphql(`
  mutation CaseRetaliationReviewRecord($input: CaseRetaliationReviewRecordInput!) {
    caseRetaliationReviewRecord(input: $input) { case { id ...CaseInvestigation_case timeline { type at note } } userErrors { field message code } }
  }
`);
const WithoutMerit = graphql(`
  mutation CaseWithoutMeritRecord($input: CaseWithoutMeritRecordInput!) {
    caseWithoutMeritRecord(input: $input) { case { id ...CaseInvestigation_case timeline { type at note } } userErrors { field message code } }
  }
`);
const MeritForward = graphql(`
  mutation CaseMeritForward($input: CaseMeritForwardInput!) {
    caseMeritForward(input: $input) { case { id ...CaseInvestigation_case timeline { type at note } } userErrors { field message code } }
  }
`);

export const ENTRY_TYPES: InvestigationEntryType[] = ['TASK', 'INTERVIEW', 'EVIDENCE'];
export const ALLEGATION_KINDS: AllegationKind[] = ['MISCONDUCT', 'NON_COOPERATION'];
export const FINDINGS: Finding[] = ['SUBSTANTIATED', 'UNSUBSTANTIATED', 'INCONCLUSIVE'];
export const MEASURES: MeasureKind[] = ['REPRIMAND', 'WARNING', 'PROBATION', 'SUSPENSION_WITHOUT_PAY', 'DEMOTION',
  'SALARY_REDUCTION', 'DISCHARGE', 'RESTITUTION', 'REFERRAL_TO_AUTHORITIES'];

/** What the signed-in person's roles let them do on this case (the API decides; the page offers only these). */
export function caseActions(roles: readonly Role[], c: { status: string; handlerRoles: readonly Role[]; category: string; meritReview?: { status: string } | null }) {
  const has = (...r: Role[]) => roles.some((role) => r.includes(role));
  const open = c.status !== 'CLOSED';
  const steers = open && roles.some((r) => c.handlerRoles.includes(r));
  return {
    steer: steers,
    decideMeasure: open && has('CFO_CAO', 'CEO', 'BOARD'),
    reviewRetaliation: has('CFO_CAO', 'AUDIT_COMMITTEE'),
    meritReview: open && c.meritReview?.status === 'PENDING' && has('CFO_CAO', 'CEO'),
  };
}

type Person = { id: string; displayName: string };
type Result = { userErrors: UserErrorValue[] } | null | undefined;

/** A form whose mutation answers with user errors; cleared when it succeeded. */
function ActionCard({ id, heading, button, fetching, errors, shown, onSubmit, children }: {
  id: string; heading: string; button: string; fetching: boolean; errors?: UserErrorValue[]; shown: string[];
  onSubmit: () => Promise<Result>; children: ReactNode;
}) {
  const submit = (e: FormEvent) => { e.preventDefault(); void onSubmit(); };
  return (
    <form className="subform" aria-labelledby={`${id}-heading`} onSubmit={submit} data-testid={id}>
      <h3 id={`${id}-heading`}>{heading}</h3>
      <FormErrors errors={otherErrors(errors, shown)} />
      {children}
      <button type="submit" disabled={fetching}>{button}</button>
    </form>
  );
}

function PersonSelect({ id, label, value, onChange, people, errors, required }: {
  id: string; label: string; value: string; onChange: (v: string) => void; people: Person[]; errors?: UserErrorValue[]; required?: boolean;
}) {
  const { t } = useTranslation();
  return <SelectField id={id} label={label} value={value} onChange={onChange} errors={errors} required={required}
    options={[{ value: '', label: t('inv.nobody') }, ...people.map((p) => ({ value: p.id, label: p.displayName }))]} />;
}

/** The investigation parts of the case page. */
export function CaseInvestigation(props: {
  case: FragmentType<typeof CaseInvestigation_case>; people: FragmentType<typeof CasePeople_query>; roles: readonly Role[]; timeZone: string;
}) {
  const { t, i18n } = useTranslation();
  const c = readFragment(CaseInvestigation_case, props.case);
  const people = readFragment(CasePeople_query, props.people).people.edges.map((e) => e.node);
  const can = caseActions(props.roles, c);
  const when = (iso: string | null | undefined) => (iso ? formatDateTime(iso, i18n.language, props.timeZone) : '—');
  return (
    <>
      <section className="card" aria-labelledby="investigation-heading">
        <h2 id="investigation-heading">{t('inv.investigation')}</h2>
        {c.investigation ? (
          <dl className="facts" data-testid="investigation">
            <dt>{t('inv.kind')}</dt><dd>{t(`enum.investigationKind.${c.investigation.kind}`)}</dd>
            <dt>{t('inv.opened')}</dt><dd>{when(c.investigation.openedAt)}</dd>
            <dt>{t('inv.investigators')}</dt><dd>{c.investigation.investigators.map((p) => p.displayName).join(', ') || '—'}</dd>
          </dl>
        ) : <p>{t('inv.notOpened')}</p>}
        {can.steer ? <OpenButtons caseId={c.id} kind={c.investigation?.kind} /> : null}
        {can.steer && c.investigation ? <AssignInvestigator caseId={c.id} people={people} /> : null}
        <h3>{t('inv.entries')}</h3>
        {c.entries.length === 0 ? <p>{t('inv.noEntries')}</p> : (
          <ul data-testid="entries">{c.entries.map((e) => (
            <li key={e.id}><strong>{t(`enum.entryType.${e.type}`)}</strong> · {when(e.at)}{e.person ? ` · ${e.person.displayName}` : ''}: {e.summary}</li>
          ))}</ul>
        )}
        {can.steer ? <EntryForm caseId={c.id} people={people} /> : null}
      </section>

      <section className="card" aria-labelledby="allegations-heading">
        <h2 id="allegations-heading">{t('inv.allegations')}</h2>
        {c.allegations.length === 0 ? <p>{t('inv.noAllegations')}</p> : (
          <ul className="allegations" data-testid="allegations">{c.allegations.map((a) => (
            <li key={a.id} data-testid="allegation-item">
              <p><strong>{t(`enum.allegationKind.${a.kind}`)}</strong>{a.subject ? ` · ${a.subject.displayName}` : ''}: {a.summary}</p>
              <p data-testid="finding">{t('inv.finding')}: {a.finding ? `${t(`enum.finding.${a.finding}`)} (${a.findingNote ?? ''})` : t('inv.noFinding')}</p>
              {can.steer && !a.finding ? <FindingForm caseId={c.id} allegationId={a.id} summary={a.summary} /> : null}
            </li>
          ))}</ul>
        )}
        {can.steer ? <AllegationForm caseId={c.id} people={people} /> : null}
      </section>

      <section className="card" aria-labelledby="results-heading">
        <h2 id="results-heading">{t('inv.results')}</h2>
        {c.results ? (
          <dl className="facts" data-testid="results">
            <dt>{t('inv.summary')}</dt><dd>{c.results.summary}</dd>
            <dt>{t('inv.recommendation')}</dt><dd>{c.results.recommendation}</dd>
            <dt>{t('inv.submitted')}</dt><dd>{when(c.results.at)}{c.results.toBoard ? ` · ${t('inv.toBoard')}` : ''}</dd>
          </dl>
        ) : <p>{t('inv.noResults')}</p>}
        {can.steer ? <ResultsForm caseId={c.id} /> : null}
      </section>

      <section className="card" aria-labelledby="measures-heading">
        <h2 id="measures-heading">{t('inv.measures')}</h2>
        {c.measures.length === 0 ? <p>{t('inv.noMeasures')}</p> : (
          <ul data-testid="measures">{c.measures.map((m) => (
            <li key={m.id}>
              <p><strong>{t(`enum.measure.${m.measure}`)}</strong> · {m.person?.displayName ?? '—'} · {t(`enum.measureStatus.${m.status}`)} · {t(`enum.role.${m.decidedByRole}`)}, {when(m.decidedAt)}: {m.note}</p>
              {can.reviewRetaliation && m.status === 'HELD_FOR_RETALIATION_REVIEW' ? <RetaliationForm measureId={m.id} /> : null}
            </li>
          ))}</ul>
        )}
        {can.decideMeasure ? <MeasureForm caseId={c.id} people={people} /> : null}
      </section>

      {c.meritReview ? (
        <section className="card" aria-labelledby="merit-heading">
          <h2 id="merit-heading">{t('case.meritReview')}</h2>
          <p data-testid="merit-status">{t(`enum.meritStatus.${c.meritReview.status}`)} · {t('inv.meritDue', { date: when(c.meritReview.due) })}</p>
          {c.meritReview.determinations.length > 0 ? (
            <ul>{c.meritReview.determinations.map((d, i) => (
              <li key={i}>{t(`enum.role.${d.role}`)}: {d.withoutMerit ? t('inv.withoutMerit') : t('inv.withMerit')} — {d.reason} ({when(d.at)})</li>
            ))}</ul>
          ) : null}
          {can.meritReview ? <MeritForms caseId={c.id} /> : null}
        </section>
      ) : null}
    </>
  );
}

function OpenButtons({ caseId, kind }: { caseId: string; kind?: string }) {
  const { t } = useTranslation();
  const [inquiry, openInquiry] = useMutation(InquiryOpen);
  const [investigation, openInvestigation] = useMutation(InvestigationOpen);
  const errors = [...(inquiry.data?.caseInquiryOpen.userErrors ?? []), ...(investigation.data?.caseInvestigationOpen.userErrors ?? [])];
  if (kind === 'FORMAL_INVESTIGATION') return null;
  return (
    <div className="actions">
      <FormErrors errors={errors} />
      {!kind ? <button type="button" disabled={inquiry.fetching} onClick={() => void openInquiry({ input: { caseId } })}>{t('inv.openInquiry')}</button> : null}
      <button type="button" disabled={investigation.fetching} onClick={() => void openInvestigation({ input: { caseId } })}>{t('inv.openInvestigation')}</button>
    </div>
  );
}

function AssignInvestigator({ caseId, people }: { caseId: string; people: Person[] }) {
  const { t } = useTranslation();
  const [person, setPerson] = useState('');
  const [result, assign] = useMutation(InvestigatorAssign);
  const errors = result.data?.caseInvestigatorAssign.userErrors;
  return (
    <ActionCard id="assign" heading={t('inv.assign')} button={t('inv.assignButton')} fetching={result.fetching} errors={errors} shown={['investigatorPersonId']}
      onSubmit={() => assign({ input: { caseId, investigatorPersonId: person } }).then((r) => r.data?.caseInvestigatorAssign)}>
      <PersonSelect id="assign-person" label={t('inv.investigator')} value={person} onChange={setPerson} people={people} required errors={errorsFor(errors, 'investigatorPersonId')} />
    </ActionCard>
  );
}

function EntryForm({ caseId, people }: { caseId: string; people: Person[] }) {
  const { t } = useTranslation();
  const [type, setType] = useState<InvestigationEntryType>('TASK');
  const [summary, setSummary] = useState('');
  const [person, setPerson] = useState('');
  const [result, add] = useMutation(EntryAdd);
  const errors = result.data?.caseInvestigationEntryAdd.userErrors;
  return (
    <ActionCard id="entry" heading={t('inv.addEntry')} button={t('inv.record')} fetching={result.fetching} errors={errors} shown={['type', 'summary', 'personId']}
      onSubmit={() => add({ input: { caseId, type, summary, personId: person || null } }).then((r) => {
        if (r.data?.caseInvestigationEntryAdd.userErrors.length === 0) { setSummary(''); setPerson(''); }
        return r.data?.caseInvestigationEntryAdd;
      })}>
      <SelectField id="entry-type" label={t('inv.entryType')} value={type} onChange={setType} errors={errorsFor(errors, 'type')}
        options={ENTRY_TYPES.map((v) => ({ value: v, label: t(`enum.entryType.${v}`) }))} />
      <TextArea id="entry-summary" label={t('inv.entrySummary')} value={summary} onChange={setSummary} rows={2} required errors={errorsFor(errors, 'summary')} />
      <PersonSelect id="entry-person" label={t('inv.entryPerson')} value={person} onChange={setPerson} people={people} errors={errorsFor(errors, 'personId')} />
    </ActionCard>
  );
}

function AllegationForm({ caseId, people }: { caseId: string; people: Person[] }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<AllegationKind>('MISCONDUCT');
  const [summary, setSummary] = useState('');
  const [subject, setSubject] = useState('');
  const [result, add] = useMutation(AllegationAdd);
  const errors = result.data?.caseAllegationAdd.userErrors;
  return (
    <ActionCard id="allegation" heading={t('inv.addAllegation')} button={t('inv.addAllegationButton')} fetching={result.fetching} errors={errors}
      shown={['kind', 'summary', 'subjectPersonId']}
      onSubmit={() => add({ input: { caseId, kind, summary, subjectPersonId: subject || null } }).then((r) => {
        if (r.data?.caseAllegationAdd.userErrors.length === 0) { setSummary(''); setSubject(''); }
        return r.data?.caseAllegationAdd;
      })}>
      <SelectField id="allegation-kind" label={t('inv.allegationKind')} value={kind} onChange={setKind} errors={errorsFor(errors, 'kind')}
        options={ALLEGATION_KINDS.map((v) => ({ value: v, label: t(`enum.allegationKind.${v}`) }))} />
      <TextArea id="allegation-summary" label={t('inv.allegationSummary')} value={summary} onChange={setSummary} rows={2} required errors={errorsFor(errors, 'summary')} />
      <PersonSelect id="allegation-subject" label={t('inv.subject')} value={subject} onChange={setSubject} people={people} errors={errorsFor(errors, 'subjectPersonId')} />
      <p className="hint">{t('inv.subjectHint')}</p>
    </ActionCard>
  );
}

function FindingForm({ caseId, allegationId, summary }: { caseId: string; allegationId: string; summary: string }) {
  const { t } = useTranslation();
  const [finding, setFinding] = useState<Finding>('SUBSTANTIATED');
  const [note, setNote] = useState('');
  const [result, record] = useMutation(FindingRecord);
  const errors = result.data?.caseFindingRecord.userErrors;
  const id = `finding-${allegationId.replace(/[^A-Za-z0-9]/g, '')}`;
  return (
    <ActionCard id={id} heading={t('inv.recordFinding', { summary: summary.slice(0, 60) })} button={t('inv.recordFindingButton')} fetching={result.fetching} errors={errors}
      shown={['finding', 'note']}
      onSubmit={() => record({ input: { caseId, allegationId, finding, note } }).then((r) => r.data?.caseFindingRecord)}>
      <SelectField id={`${id}-finding`} label={t('inv.finding')} value={finding} onChange={setFinding} errors={errorsFor(errors, 'finding')}
        options={FINDINGS.map((v) => ({ value: v, label: t(`enum.finding.${v}`) }))} />
      <TextArea id={`${id}-note`} label={t('inv.findingNote')} value={note} onChange={setNote} rows={2} required errors={errorsFor(errors, 'note')} />
    </ActionCard>
  );
}

function ResultsForm({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const [summary, setSummary] = useState('');
  const [recommendation, setRecommendation] = useState('');
  const [result, submit] = useMutation(ResultsSubmit);
  const errors = result.data?.caseResultsSubmit.userErrors;
  return (
    <ActionCard id="results-form" heading={t('inv.submitResults')} button={t('inv.submitResultsButton')} fetching={result.fetching} errors={errors}
      shown={['summary', 'recommendation']}
      onSubmit={() => submit({ input: { caseId, summary, recommendation } }).then((r) => r.data?.caseResultsSubmit)}>
      <TextArea id="results-summary" label={t('inv.summary')} value={summary} onChange={setSummary} rows={3} required errors={errorsFor(errors, 'summary')} />
      <TextArea id="results-recommendation" label={t('inv.recommendation')} value={recommendation} onChange={setRecommendation} rows={3} required errors={errorsFor(errors, 'recommendation')} />
    </ActionCard>
  );
}

function MeasureForm({ caseId, people }: { caseId: string; people: Person[] }) {
  const { t } = useTranslation();
  const [person, setPerson] = useState('');
  const [measure, setMeasure] = useState<MeasureKind>('REPRIMAND');
  const [note, setNote] = useState('');
  const [result, decide] = useMutation(MeasureDecide);
  const errors = result.data?.caseMeasureDecide.userErrors;
  return (
    <ActionCard id="measure" heading={t('inv.decideMeasure')} button={t('inv.decideMeasureButton')} fetching={result.fetching} errors={errors}
      shown={['personId', 'measure', 'note']}
      onSubmit={() => decide({ input: { caseId, personId: person, measure, note } }).then((r) => r.data?.caseMeasureDecide)}>
      <PersonSelect id="measure-person" label={t('inv.measurePerson')} value={person} onChange={setPerson} people={people} required errors={errorsFor(errors, 'personId')} />
      <SelectField id="measure-kind" label={t('inv.measure')} value={measure} onChange={setMeasure} errors={errorsFor(errors, 'measure')}
        options={MEASURES.map((v) => ({ value: v, label: t(`enum.measure.${v}`) }))} />
      <TextArea id="measure-note" label={t('inv.why')} value={note} onChange={setNote} rows={2} required errors={errorsFor(errors, 'note')} />
    </ActionCard>
  );
}

function RetaliationForm({ measureId }: { measureId: string }) {
  const { t } = useTranslation();
  const [retaliation, setRetaliation] = useState<'no' | 'yes'>('no');
  const [note, setNote] = useState('');
  const [result, record] = useMutation(RetaliationReview);
  const errors = result.data?.caseRetaliationReviewRecord.userErrors;
  const id = `retaliation-${measureId.replace(/[^A-Za-z0-9]/g, '')}`;
  return (
    <ActionCard id={id} heading={t('inv.retaliationReview')} button={t('inv.record')} fetching={result.fetching} errors={errors} shown={['retaliation', 'note']}
      onSubmit={() => record({ input: { measureId, retaliation: retaliation === 'yes', note } }).then((r) => r.data?.caseRetaliationReviewRecord)}>
      <SelectField id={`${id}-answer`} label={t('inv.isRetaliation')} value={retaliation} onChange={setRetaliation} errors={errorsFor(errors, 'retaliation')}
        options={[{ value: 'no', label: t('inv.notRetaliation') }, { value: 'yes', label: t('inv.retaliation') }]} />
      <TextArea id={`${id}-note`} label={t('inv.why')} value={note} onChange={setNote} rows={2} required errors={errorsFor(errors, 'note')} />
    </ActionCard>
  );
}

function MeritForms({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [without, recordWithout] = useMutation(WithoutMerit);
  const [forward, recordForward] = useMutation(MeritForward);
  const errors = [...(without.data?.caseWithoutMeritRecord.userErrors ?? []), ...(forward.data?.caseMeritForward.userErrors ?? [])];
  return (
    <form className="subform" aria-labelledby="merit-form-heading" onSubmit={(e) => e.preventDefault()}>
      <h3 id="merit-form-heading">{t('inv.meritDecide')}</h3>
      <FormErrors errors={otherErrors(errors, ['reason'])} />
      <TextArea id="merit-reason" label={t('inv.why')} value={reason} onChange={setReason} rows={2} required errors={errorsFor(errors, 'reason')} />
      <div className="actions">
        <button type="button" disabled={without.fetching} onClick={() => void recordWithout({ input: { caseId, reason } })}>{t('inv.recordWithoutMerit')}</button>
        <button type="button" disabled={forward.fetching} onClick={() => void recordForward({ input: { caseId, reason } })}>{t('inv.forward')}</button>
      </div>
    </form>
  );
}
