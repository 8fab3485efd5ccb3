import { useState, type FormEvent, type ReactNode } from 'react';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql, readFragment, type FragmentType } from '../../gql';
import type { CaseRecord_CaseFragment, Role } from '../../gql/graphql';
import { FormErrors, SelectField, TextArea } from '../../components/Fields';
import { errorsFor, otherErrors, type UserErrorValue } from '../../userErrors';
import { formatDateTime } from '../../format';

// Who reported, who is involved, and whether the report was knowingly false: the parts of a
// case that bear on the people in it, with the actions the API offers the signed-in
// person's roles. The case page's one query spreads the fragment; each mutation asks for it
// back (urql's document cache then refetches the page, so its timeline shows the change).

export const CaseRecord_case = graphql(`
  fragment CaseRecord_case on Case {
    id status reporterMode handlerRoles
    reporter { name email phone person { id displayName } }
    involved { name origin reason person { id displayName } }
    knowinglyFalse { status proposalNote proposedAt decisionNote decidedAt }
  }
`);

const ReporterReveal = graphql(`
  mutation CaseReporterReveal($input: CaseReporterRevealInput!) {
    caseReporterReveal(input: $input) {
      reporter { name email phone person { id displayName } }
      case { id timeline { type at note } }
      userErrors { field message code }
    }
  }
`);
const InvolvedPersonAdd = graphql(`
  mutation CaseInvolvedPersonAdd($input: CaseInvolvedPersonAddInput!) {
    caseInvolvedPersonAdd(input: $input) {
      case { id ...CaseRecord_case routing { rule description } timeline { type at note } }
      userErrors { field message code }
    }
  }
`);
const KnowinglyFalsePropose = graphql(`
  mutation CaseKnowinglyFalsePropose($input: CaseKnowinglyFalseProposeInput!) {
    caseKnowinglyFalsePropose(input: $input) { case { id ...CaseRecord_case timeline { type at note } } userErrors { field message code } }
  }
`);
const KnowinglyFalseDecide = graphql(`
  mutation CaseKnowinglyFalseDecide($input: CaseKnowinglyFalseDecideInput!) {
    caseKnowinglyFalseDecide(input: $input) { case { id ...CaseRecord_case timeline { type at note } } userErrors { field message code } }
  }
`);

type Person = { id: string; displayName: string };
type CaseFacts = { status: string; handlerRoles: readonly Role[]; reporterMode: string; knowinglyFalse?: { status: string } | null };

/**
 * What the roles let the signed-in person do here (the API decides again): those who steer
 * the case (a handler role) reveal a confidential reporter, mark someone involved while it
 * is open and propose that the report was knowingly false; the Audit Committee decides a
 * proposal.
 */
export function caseRecordActions(roles: readonly Role[], c: CaseFacts) {
  const steers = roles.some((r) => c.handlerRoles.includes(r));
  const proposed = c.knowinglyFalse?.status;
  return {
    revealReporter: steers && c.reporterMode === 'CONFIDENTIAL',
    markInvolved: steers && c.status !== 'CLOSED',
    proposeKnowinglyFalse: steers && (!proposed || proposed === 'REJECTED'),
    decideKnowinglyFalse: roles.includes('AUDIT_COMMITTEE') && proposed === 'PROPOSED',
  };
}

function SubForm({ id, heading, button, disabled, errors, shown, onSubmit, children }: {
  id: string; heading: string; button: string; disabled: boolean; errors?: UserErrorValue[]; shown: string[];
  onSubmit: () => void; children: ReactNode;
}) {
  const submit = (e: FormEvent) => { e.preventDefault(); onSubmit(); };
  return (
    <form className="subform" aria-labelledby={`${id}-heading`} onSubmit={submit} data-testid={id}>
      <h3 id={`${id}-heading`}>{heading}</h3>
      <FormErrors errors={otherErrors(errors, shown)} />
      {children}
      <button type="submit" disabled={disabled}>{button}</button>
    </form>
  );
}

/** The reporter, the people involved and the knowingly-false finding of a case. */
export function CaseRecord(props: {
  case: FragmentType<typeof CaseRecord_case>; people: Person[]; roles: readonly Role[]; timeZone: string; onLostAccess: () => void;
}) {
  const c = readFragment(CaseRecord_case, props.case);
  const can = caseRecordActions(props.roles, c);
  return (
    <>
      <ReporterCard c={c} canReveal={can.revealReporter} />
      <InvolvedCard c={c} people={props.people} canMark={can.markInvolved} onLostAccess={props.onLostAccess} />
      <KnowinglyFalseCard c={c} canPropose={can.proposeKnowinglyFalse} canDecide={can.decideKnowinglyFalse} timeZone={props.timeZone} />
    </>
  );
}

type CaseRecordValue = CaseRecord_CaseFragment;
type ReporterValue = NonNullable<CaseRecordValue['reporter']>;

function Identity({ reporter, testId }: { reporter: ReporterValue; testId: string }) {
  const { t } = useTranslation();
  return (
    <dl className="facts" data-testid={testId}>
      <dt>{t('caseActions.reporterName')}</dt><dd>{reporter.person?.displayName ?? reporter.name ?? '—'}</dd>
      <dt>{t('caseActions.reporterEmail')}</dt><dd>{reporter.email ?? '—'}</dd>
      <dt>{t('caseActions.reporterPhone')}</dt><dd>{reporter.phone ?? '—'}</dd>
    </dl>
  );
}

function ReporterCard({ c, canReveal }: { c: CaseRecordValue; canReveal: boolean }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [result, reveal] = useMutation(ReporterReveal);
  const errors = result.data?.caseReporterReveal.userErrors;
  const revealed = result.data?.caseReporterReveal.reporter;
  return (
    <section className="card" aria-labelledby="reporter-heading">
      <h2 id="reporter-heading">{t('caseActions.reporter')}</h2>
      <p data-testid="reporter-mode">{t(`caseActions.mode.${c.reporterMode}`)}</p>
      {c.reporter ? <Identity reporter={c.reporter} testId="reporter" /> : null}
      {revealed ? (
        <>
          <Identity reporter={revealed} testId="revealed-reporter" />
          <p className="hint">{t('caseActions.revealedHint')}</p>
        </>
      ) : canReveal ? (
        <SubForm id="reveal" heading={t('caseActions.revealHeading')} button={t('caseActions.revealButton')} disabled={result.fetching}
          errors={errors} shown={['reason']} onSubmit={() => void reveal({ input: { caseId: c.id, reason } })}>
          <TextArea id="reveal-reason" label={t('caseActions.revealReason')} hint={t('caseActions.revealReasonHint')} value={reason}
            onChange={setReason} rows={2} required errors={errorsFor(errors, 'reason')} />
        </SubForm>
      ) : null}
    </section>
  );
}

function InvolvedCard({ c, people, canMark, onLostAccess }: { c: CaseRecordValue; people: Person[]; canMark: boolean; onLostAccess: () => void }) {
  const { t } = useTranslation();
  const [person, setPerson] = useState('');
  const [reason, setReason] = useState('');
  const [result, mark] = useMutation(InvolvedPersonAdd);
  const errors = result.data?.caseInvolvedPersonAdd.userErrors;
  const submit = () => void mark({ input: { caseId: c.id, personId: person, reason } }).then((r) => {
    const payload = r.data?.caseInvolvedPersonAdd;
    if (!payload || payload.userErrors.length > 0) return;
    // the case is routed again; whoever is involved (the caller, if they marked themselves) loses it
    if (!payload.case) onLostAccess();
    else { setPerson(''); setReason(''); }
  });
  return (
    <section className="card" aria-labelledby="involved-heading">
      <h2 id="involved-heading">{t('caseActions.involved')}</h2>
      {c.involved.length === 0 ? <p>{t('caseActions.noneInvolved')}</p> : (
        <ul data-testid="involved">{c.involved.map((p, i) => (
          <li key={p.person?.id ?? `${p.name}-${i}`}>
            <strong>{p.person?.displayName ?? p.name ?? '—'}</strong> · {t(`caseActions.origin.${p.origin}`)}{p.reason ? `: ${p.reason}` : ''}
          </li>
        ))}</ul>
      )}
      {canMark ? (
        <SubForm id="involve" heading={t('caseActions.involveHeading')} button={t('caseActions.involveButton')} disabled={result.fetching}
          errors={errors} shown={['personId', 'reason']} onSubmit={submit}>
          <p className="hint" id="involve-hint">{t('caseActions.involveHint')}</p>
          <SelectField id="involve-person" label={t('caseActions.involvePerson')} value={person} onChange={setPerson} required
            errors={errorsFor(errors, 'personId')}
            options={[{ value: '', label: t('inv.nobody') }, ...people.map((p) => ({ value: p.id, label: p.displayName }))]} />
          <TextArea id="involve-reason" label={t('caseActions.involveReason')} value={reason} onChange={setReason} rows={2} required
            errors={errorsFor(errors, 'reason')} />
        </SubForm>
      ) : null}
    </section>
  );
}

function KnowinglyFalseCard({ c, canPropose, canDecide, timeZone }: { c: CaseRecordValue; canPropose: boolean; canDecide: boolean; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const kf = c.knowinglyFalse;
  const when = (iso: string | null | undefined) => (iso ? formatDateTime(iso, i18n.language, timeZone) : '—');
  return (
    <section className="card" aria-labelledby="knowingly-false-heading">
      <h2 id="knowingly-false-heading">{t('caseActions.knowinglyFalse')}</h2>
      <p className="hint">{t('caseActions.goodFaith')}</p>
      <p data-testid="knowingly-false-status">{kf ? t(`caseActions.kfStatus.${kf.status}`, {
        proposedAt: when(kf.proposedAt), proposalNote: kf.proposalNote, decidedAt: when(kf.decidedAt), decisionNote: kf.decisionNote ?? '',
      }) : t('caseActions.kfNone')}</p>
      {canPropose ? <ProposeForm caseId={c.id} /> : null}
      {canDecide ? <DecideForm caseId={c.id} /> : null}
    </section>
  );
}

function ProposeForm({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [understood, setUnderstood] = useState(false);
  const [result, propose] = useMutation(KnowinglyFalsePropose);
  const errors = result.data?.caseKnowinglyFalsePropose.userErrors;
  return (
    <SubForm id="kf-propose" heading={t('caseActions.proposeHeading')} button={t('caseActions.proposeButton')}
      disabled={result.fetching || !understood} errors={errors} shown={['note']}
      onSubmit={() => void propose({ input: { caseId, note } })}>
      <div className="warning" data-testid="kf-consequence"><p>{t('caseActions.proposeConsequence')}</p></div>
      <TextArea id="kf-propose-note" label={t('caseActions.proposeNote')} hint={t('caseActions.proposeNoteHint')} value={note}
        onChange={setNote} rows={3} required errors={errorsFor(errors, 'note')} />
      <div className="field checkbox">
        <input id="kf-understood" type="checkbox" checked={understood} onChange={(e) => setUnderstood(e.target.checked)} />
        <label htmlFor="kf-understood">{t('caseActions.proposeUnderstood')}</label>
      </div>
    </SubForm>
  );
}

function DecideForm({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const [decision, setDecision] = useState<'not' | 'found'>('not');
  const [note, setNote] = useState('');
  const [result, decide] = useMutation(KnowinglyFalseDecide);
  const errors = result.data?.caseKnowinglyFalseDecide.userErrors;
  return (
    <SubForm id="kf-decide" heading={t('caseActions.decideHeading')} button={t('caseActions.decideButton')} disabled={result.fetching}
      errors={errors} shown={['knowinglyFalse', 'note']}
      onSubmit={() => void decide({ input: { caseId, knowinglyFalse: decision === 'found', note } })}>
      <SelectField id="kf-decision" label={t('caseActions.decision')} value={decision} onChange={setDecision}
        hint={t('caseActions.decideHint')} errors={errorsFor(errors, 'knowinglyFalse')}
        options={[{ value: 'not', label: t('caseActions.decideNot') }, { value: 'found', label: t('caseActions.decideFound') }]} />
      <TextArea id="kf-decide-note" label={t('inv.why')} value={note} onChange={setNote} rows={2} required errors={errorsFor(errors, 'note')} />
    </SubForm>
  );
}
