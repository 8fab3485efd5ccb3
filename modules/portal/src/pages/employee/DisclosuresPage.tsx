import { useMemo, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql, readFragment, type FragmentType } from '../../gql';
import type { DisclosureKind, DisclosuresPageQuery as DisclosuresPageData, InterestHolder, ServiceCapacity } from '../../gql/graphql';
import { CheckboxField, FormErrors, SelectField, TextArea, TextField } from '../../components/Fields';
import { errorsFor, otherErrors, type UserErrorValue } from '../../userErrors';
import { formatDateTime, formatMoney } from '../../format';
import { LoadMore, usePaging } from '../../components/LoadMore';
import { useShell } from '../TenantArea';
import './requests.css';

type DisclosureEdge = DisclosuresPageData['viewer']['disclosures']['edges'][number];

export const DisclosureAnswer_disclosure = graphql(`
  fragment DisclosureAnswer_disclosure on Disclosure {
    id kind status determiner
    counterparty { id name }
    evaluation {
      outcome rulesVersion codeVersion
      findings { clause summary section applies outcome figure threshold comparison }
      significance {
        significantCustomer significantSupplier gaps
        tests { definition fiscalYear significant comparison payments { amount currency } base { amount currency } }
      }
    }
  }
`);

export const DisclosureRow_disclosure = graphql(`
  fragment DisclosureRow_disclosure on Disclosure {
    id kind status submittedAt description relativeName
    counterparty { id name }
    familyMember { id displayName }
    evaluation { outcome }
    determinations { decision conditions determinedAt }
  }
`);

const DisclosuresPageQuery = graphql(`
  query DisclosuresPage($after: String) {
    counterparties(first: 100) { edges { node { id name kinds ownership } } }
    viewer {
      person { id relatives { id name relation person { id displayName } } }
      disclosureSuggestions { kind reason familyMember { id displayName } }
      disclosures(first: 20, after: $after) {
        edges { cursor node { id ...DisclosureRow_disclosure } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
`);

const DisclosureSubmit = graphql(`
  mutation DisclosureSubmit($input: DisclosureSubmitInput!) {
    disclosureSubmit(input: $input) {
      disclosure { id ...DisclosureAnswer_disclosure ...DisclosureRow_disclosure }
      userErrors { field message code }
    }
  }
`);

const DisclosureWithdraw = graphql(`
  mutation DisclosureWithdraw($input: DisclosureWithdrawInput!) {
    disclosureWithdraw(input: $input) {
      disclosure { id ...DisclosureRow_disclosure }
      userErrors { field message code }
    }
  }
`);

export const KINDS: DisclosureKind[] = ['SERVICE', 'RELATIVE_SERVICE', 'FINANCIAL_INTEREST', 'FAMILY_SUPERVISION', 'DECISION_INFLUENCE', 'OTHER_ACTIVITY'];
const CAPACITIES: ServiceCapacity[] = ['CONSULTANT', 'EMPLOYEE', 'OFFICER', 'DIRECTOR', 'ADVISOR', 'OTHER'];
const HOLDERS: InterestHolder[] = ['SELF', 'RELATIVE'];

/** Which fields a kind of disclosure asks for, as the API's input describes. */
export function fieldsOf(kind: DisclosureKind, holder: InterestHolder) {
  const counterparty = kind !== 'FAMILY_SUPERVISION' && kind !== 'OTHER_ACTIVITY';
  return {
    counterparty,
    capacity: kind === 'SERVICE' || kind === 'RELATIVE_SERVICE',
    atCompanyRequest: kind === 'SERVICE',
    holder: kind === 'FINANCIAL_INTEREST' || kind === 'DECISION_INFLUENCE',
    relative: kind === 'RELATIVE_SERVICE' || ((kind === 'FINANCIAL_INTEREST' || kind === 'DECISION_INFLUENCE') && holder === 'RELATIVE'),
    shares: kind === 'FINANCIAL_INTEREST',
    familyMember: kind === 'FAMILY_SUPERVISION',
    descriptionRequired: kind === 'OTHER_ACTIVITY',
  };
}

export interface DisclosureChoices {
  counterparties: readonly { id: string; name: string }[];
  relatives: readonly { id: string; name: string }[];
  familyMembers: readonly { id: string; name: string }[];
}

/** The person's conflict-of-interest disclosures: disclose an interest or a relationship, read the Code's judgement, withdraw one that ended. */
export function DisclosuresPage() {
  const { t } = useTranslation();
  // a first request refetches the list even while it is empty (the document cache saw no Disclosure in it yet)
  const refetchOn = useMemo(() => ({ additionalTypenames: ['Disclosure'] }), []);
  const paging = usePaging<DisclosureEdge>();
  const [{ data, error, fetching }] = useQuery({ query: DisclosuresPageQuery, variables: { after: paging.after }, context: refetchOn });
  const [answer, setAnswer] = useState<FragmentType<typeof DisclosureAnswer_disclosure> | null>(null);
  const disclosures = paging.list(data?.viewer.disclosures.edges);
  const relatives = data?.viewer.person?.relatives ?? [];
  const family = new Map<string, string>();
  for (const s of data?.viewer.disclosureSuggestions ?? []) family.set(s.familyMember.id, s.familyMember.displayName);
  for (const r of relatives) if (r.person) family.set(r.person.id, r.person.displayName);
  const choices: DisclosureChoices = {
    counterparties: data?.counterparties.edges.map((e) => ({ id: e.node.id, name: e.node.name })) ?? [],
    relatives: relatives.map((r) => ({ id: r.id, name: `${r.name} (${t(`disclosureForm.relation.${r.relation}`)})` })),
    familyMembers: [...family].map(([id, name]) => ({ id, name })),
  };
  return (
    <>
      <h1>{t('disclosureForm.title')}</h1>
      <p className="hint">{t('disclosureForm.intro')}</p>
      {error ? <p role="alert">{t('common.failed')}</p> : null}
      {(data?.viewer.disclosureSuggestions ?? []).length > 0 ? (
        <section className="card" aria-labelledby="suggestions-heading">
          <h2 id="suggestions-heading">{t('disclosureForm.suggestions')}</h2>
          <ul>{data!.viewer.disclosureSuggestions.map((s) => (
            <li key={s.familyMember.id + s.kind}>{t(`enum.disclosureKind.${s.kind}`)}: {s.familyMember.displayName} — {s.reason}</li>
          ))}</ul>
        </section>
      ) : null}
      {data ? <DisclosureForm choices={choices} onSubmitted={setAnswer} /> : <p>{t('common.loading')}</p>}
      {answer ? <DisclosureAnswer disclosure={answer} /> : null}
      <section className="card" aria-labelledby="my-disclosures-heading">
        <h2 id="my-disclosures-heading">{t('disclosureForm.mine')}</h2>
        {data || disclosures.length > 0 ? <DisclosureList disclosures={disclosures.map((e) => e.node)} /> : null}
        <LoadMore pageInfo={data?.viewer.disclosures.pageInfo} fetching={fetching} onMore={(cursor) => paging.more(data?.viewer.disclosures.edges ?? [], cursor)} />
      </section>
    </>
  );
}

export function DisclosureForm({ choices, onSubmitted }: { choices: DisclosureChoices; onSubmitted: (d: FragmentType<typeof DisclosureAnswer_disclosure>) => void }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<DisclosureKind>('FINANCIAL_INTEREST');
  const [counterpartyId, setCounterpartyId] = useState('');
  const [capacity, setCapacity] = useState<ServiceCapacity>('CONSULTANT');
  const [atCompanyRequest, setAtCompanyRequest] = useState(false);
  const [holder, setHolder] = useState<InterestHolder>('SELF');
  const [relativeId, setRelativeId] = useState('');
  const [sharesHeld, setSharesHeld] = useState('');
  const [percent, setPercent] = useState('');
  const [familyMemberId, setFamilyMemberId] = useState('');
  const [description, setDescription] = useState('');
  const [result, submitDisclosure] = useMutation(DisclosureSubmit);
  const errors: UserErrorValue[] | undefined = result.data?.disclosureSubmit.userErrors;
  const fields = fieldsOf(kind, holder);
  const shown = ['kind', 'description',
    ...(fields.counterparty ? ['counterpartyId'] : []), ...(fields.capacity ? ['capacity'] : []),
    ...(fields.atCompanyRequest ? ['atCompanyRequest'] : []), ...(fields.holder ? ['holder'] : []),
    ...(fields.relative ? ['relativeId'] : []), ...(fields.shares ? ['sharesHeld', 'percentOfOutstandingShares'] : []),
    ...(fields.familyMember ? ['familyMemberId'] : [])];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void submitDisclosure({ input: {
      kind,
      counterpartyId: fields.counterparty && counterpartyId ? counterpartyId : null,
      capacity: fields.capacity ? capacity : null,
      atCompanyRequest: fields.atCompanyRequest ? atCompanyRequest : null,
      holder: fields.holder ? holder : kind === 'RELATIVE_SERVICE' ? 'RELATIVE' : null,
      relativeId: fields.relative && relativeId ? relativeId : null,
      sharesHeld: fields.shares && sharesHeld.trim() ? sharesHeld.trim() : null,
      percentOfOutstandingShares: fields.shares && percent.trim() ? percent.trim() : null,
      familyMemberId: fields.familyMember && familyMemberId ? familyMemberId : null,
      description: description.trim() ? description.trim() : null,
    } }).then((r) => { if (r.data?.disclosureSubmit.disclosure) onSubmitted(r.data.disclosureSubmit.disclosure); });
  };
  const choose = (list: readonly { id: string; name: string }[]) => [{ value: '', label: t('disclosureForm.choose') }, ...list.map((c) => ({ value: c.id, label: c.name }))];
  return (
    <section className="card" aria-labelledby="disclosure-form-heading">
      <h2 id="disclosure-form-heading">{t('disclosureForm.submitHeading')}</h2>
      <form onSubmit={submit} data-testid="disclosure-form">
        <FormErrors errors={otherErrors(errors, shown)} />
        {result.error ? <p role="alert" className="form-errors">{t('common.failed')}</p> : null}
        <SelectField id="disclosure-kind" label={t('disclosureForm.kind')} value={kind} onChange={setKind}
          options={KINDS.map((k) => ({ value: k, label: t(`enum.disclosureKind.${k}`) }))} errors={errorsFor(errors, 'kind')} />
        {fields.counterparty ? (
          <SelectField id="disclosure-counterparty" label={t('disclosureForm.counterparty')} value={counterpartyId} onChange={setCounterpartyId}
            options={choose(choices.counterparties)} required hint={t('disclosureForm.counterpartyHint')} errors={errorsFor(errors, 'counterpartyId')} />
        ) : null}
        {fields.capacity ? (
          <SelectField id="disclosure-capacity" label={t('disclosureForm.capacity')} value={capacity} onChange={setCapacity}
            options={CAPACITIES.map((c) => ({ value: c, label: t(`disclosureForm.capacities.${c}`) }))} errors={errorsFor(errors, 'capacity')} />
        ) : null}
        {fields.atCompanyRequest ? (
          <CheckboxField id="disclosure-company-request" label={t('disclosureForm.atCompanyRequest')} checked={atCompanyRequest} onChange={setAtCompanyRequest} errors={errorsFor(errors, 'atCompanyRequest')} />
        ) : null}
        {fields.holder ? (
          <SelectField id="disclosure-holder" label={t('disclosureForm.holder')} value={holder} onChange={setHolder}
            options={HOLDERS.map((h) => ({ value: h, label: t(`disclosureForm.holders.${h}`) }))} errors={errorsFor(errors, 'holder')} />
        ) : null}
        {fields.relative ? (
          <SelectField id="disclosure-relative" label={t('disclosureForm.relative')} value={relativeId} onChange={setRelativeId}
            options={choose(choices.relatives)} required hint={choices.relatives.length === 0 ? t('disclosureForm.noRelatives') : undefined} errors={errorsFor(errors, 'relativeId')} />
        ) : null}
        {fields.shares ? (
          <div className="columns">
            <TextField id="disclosure-shares" label={t('disclosureForm.sharesHeld')} value={sharesHeld} onChange={setSharesHeld} hint={t('disclosureForm.sharesHint')} errors={errorsFor(errors, 'sharesHeld')} />
            <TextField id="disclosure-percent" label={t('disclosureForm.percent')} value={percent} onChange={setPercent} hint={t('disclosureForm.percentHint')} errors={errorsFor(errors, 'percentOfOutstandingShares')} />
          </div>
        ) : null}
        {fields.familyMember ? (
          <SelectField id="disclosure-family-member" label={t('disclosureForm.familyMember')} value={familyMemberId} onChange={setFamilyMemberId}
            options={choose(choices.familyMembers)} required errors={errorsFor(errors, 'familyMemberId')} />
        ) : null}
        <TextArea id="disclosure-description" label={t(fields.descriptionRequired ? 'disclosureForm.activity' : 'disclosureForm.description')} value={description}
          onChange={setDescription} rows={3} required={fields.descriptionRequired} errors={errorsFor(errors, 'description')} />
        <button type="submit" disabled={result.fetching}>{t('disclosureForm.submit')}</button>
      </form>
    </section>
  );
}

/** The Code's judgement of the disclosure just made: the outcome, each clause that applies with its figure and threshold, the significance behind it, who determines it. */
export function DisclosureAnswer({ disclosure }: { disclosure: FragmentType<typeof DisclosureAnswer_disclosure> }) {
  const { t, i18n } = useTranslation();
  const d = readFragment(DisclosureAnswer_disclosure, disclosure);
  const applying = d.evaluation.findings.filter((f) => f.applies);
  const significance = d.evaluation.significance;
  return (
    <section className="card" aria-labelledby="disclosure-answer-heading" data-testid="disclosure-answer" role="status">
      <h2 id="disclosure-answer-heading">{t('disclosureForm.answer')}</h2>
      <p data-testid="disclosure-outcome"><strong>{t(`disclosureForm.outcomes.${d.evaluation.outcome}`)}</strong>
        {d.counterparty ? ` · ${d.counterparty.name}` : ''} · {t(`enum.disclosureStatus.${d.status}`)} · {t(`disclosureForm.determiners.${d.determiner}`)}</p>
      {applying.length === 0 ? <p>{t('disclosureForm.noClause')}</p> : (
        <ul data-testid="disclosure-findings">
          {applying.map((f) => (
            <li key={f.clause}>
              <strong>{t(`disclosureForm.outcomes.${f.outcome}`)}</strong> — {f.section}: {f.summary}
              {f.figure || f.threshold ? <> ({t('disclosureForm.figure', { figure: f.figure ?? '—', threshold: f.threshold ?? '—' })})</> : null}
              <br /><span className="hint">{f.comparison}</span>
            </li>
          ))}
        </ul>
      )}
      {significance && significance.tests.length > 0 ? (
        <>
          <h3>{t('disclosureForm.significance')}</h3>
          <ul data-testid="disclosure-significance">
            {significance.tests.map((s) => (
              <li key={`${s.definition}-${s.fiscalYear}`}>
                {t('disclosureForm.test', { year: s.fiscalYear, payments: formatMoney(s.payments, i18n.language), base: formatMoney(s.base, i18n.language) })}
                {' '}— {s.comparison}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="hint">{t('disclosureForm.rules', { rules: d.evaluation.rulesVersion, code: d.evaluation.codeVersion ?? '—' })}</p>
    </section>
  );
}

/** The person's disclosures with their status, the engine's outcome and the determinations; one still standing can be withdrawn. */
export function DisclosureList({ disclosures }: { disclosures: readonly FragmentType<typeof DisclosureRow_disclosure>[] }) {
  const { t, i18n } = useTranslation();
  const { viewer } = useShell();
  const rows = readFragment(DisclosureRow_disclosure, disclosures);
  const [withdrawal, withdraw] = useMutation(DisclosureWithdraw);
  const refused = withdrawal.data?.disclosureWithdraw.userErrors ?? [];
  if (rows.length === 0) return <p>{t('home.noDisclosures')}</p>;
  return (
    <>
      <FormErrors errors={refused} />
      <table data-testid="disclosures">
        <thead><tr>
          <th scope="col">{t('disclosureForm.submitted')}</th><th scope="col">{t('disclosureForm.kindColumn')}</th>
          <th scope="col">{t('disclosureForm.what')}</th><th scope="col">{t('disclosureForm.outcome')}</th>
          <th scope="col">{t('case.status')}</th><th scope="col"><span className="visually-hidden">{t('disclosureForm.actions')}</span></th>
        </tr></thead>
        <tbody>
          {rows.map((d) => {
            const last = d.determinations.at(-1);
            return (
              <tr key={d.id}>
                <td>{formatDateTime(d.submittedAt, i18n.language, viewer.tenant.timeZone)}</td>
                <td>{t(`enum.disclosureKind.${d.kind}`)}</td>
                <td>{[d.counterparty?.name, d.relativeName, d.familyMember?.displayName, d.description].filter(Boolean).join(' · ')}</td>
                <td>{t(`disclosureForm.outcomes.${d.evaluation.outcome}`)}</td>
                <td>{t(`enum.disclosureStatus.${d.status}`)}
                  {last ? <> — {t(`disclosureForm.decisions.${last.decision}`)}{last.conditions.length > 0 ? `: ${last.conditions.join('; ')}` : ''}</> : null}</td>
                <td>{d.status !== 'WITHDRAWN' ? (
                  <button type="button" className="inline" disabled={withdrawal.fetching}
                    aria-label={t('disclosureForm.withdrawOne', { what: t(`enum.disclosureKind.${d.kind}`) + (d.counterparty ? ` ${d.counterparty.name}` : '') })}
                    onClick={() => { void withdraw({ input: { disclosureId: d.id } }); }}>{t('disclosureForm.withdraw')}</button>
                ) : null}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
