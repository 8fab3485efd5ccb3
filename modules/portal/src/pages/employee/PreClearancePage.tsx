import { useMemo, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql, readFragment, type FragmentType } from '../../gql';
import type { PreClearancePageQuery as PreClearancePageData, TradeKind } from '../../gql/graphql';
import { FormErrors, SelectField, TextArea, TextField } from '../../components/Fields';
import { errorsFor, otherErrors, type UserErrorValue } from '../../userErrors';
import { formatDate, formatDateTime } from '../../format';
import { LoadMore, usePaging } from '../../components/LoadMore';
import { useShell } from '../TenantArea';
import './requests.css';

type PreClearanceEdge = PreClearancePageData['viewer']['preClearances']['edges'][number];

export const PreClearanceItem_request = graphql(`
  fragment PreClearanceItem_request on PreClearance {
    id kind quantity note status answer requestedAt decidedAt conditions validUntil
    security { id issuerName ticker exchange }
    validity { tradingDays exchange timeZone firstDay lastDay closesAt earlyClose }
    findings { rule effect startDate endDate explanation }
  }
`);

const PreClearancePageQuery = graphql(`
  query PreClearancePage($after: String) {
    tradingSecurities(first: 100) { edges { node { id issuerName ticker exchange isin } } }
    viewer {
      tradingPlans(first: 100) { edges { node { id status adoptionDate endDate security { id ticker } } } }
      preClearances(first: 20, after: $after) {
        edges { cursor node { id ...PreClearanceItem_request } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
`);

const PreClearanceSubmit = graphql(`
  mutation PreClearanceSubmit($input: PreClearanceSubmitInput!) {
    preClearanceSubmit(input: $input) {
      preClearance { id ...PreClearanceItem_request }
      userErrors { field message code }
    }
  }
`);

const KINDS: TradeKind[] = ['BUY', 'SELL', 'GIFT', 'EXERCISE'];

export interface PreClearanceChoices {
  securities: readonly { id: string; label: string }[];
  plans: readonly { id: string; label: string; securityId: string }[];
}

/** The person's pre-clearance requests: ask to clear a trade before making it, read the answer and the window a clearance is valid for. */
export function PreClearancePage() {
  const { t, i18n } = useTranslation();
  const { viewer } = useShell();
  // a first request refetches the list even while it is empty (the document cache saw no PreClearance in it yet)
  const refetchOn = useMemo(() => ({ additionalTypenames: ['PreClearance'] }), []);
  const paging = usePaging<PreClearanceEdge>();
  const [{ data, error, fetching }] = useQuery({ query: PreClearancePageQuery, variables: { after: paging.after }, context: refetchOn });
  const [answer, setAnswer] = useState<FragmentType<typeof PreClearanceItem_request> | null>(null);
  const requests = paging.list(data?.viewer.preClearances.edges);
  const choices: PreClearanceChoices = {
    securities: data?.tradingSecurities.edges.map(({ node: s }) => ({ id: s.id, label: `${s.issuerName} · ${s.ticker} (${s.exchange}) · ${s.isin}` })) ?? [],
    plans: data?.viewer.tradingPlans.edges.filter((e) => e.node.status !== 'ENDED').map(({ node: p }) => ({ id: p.id, securityId: p.security.id,
      label: t('preClearance.planLabel', { ticker: p.security.ticker, from: formatDate(p.adoptionDate, i18n.language), to: formatDate(p.endDate, i18n.language) }) })) ?? [],
  };
  return (
    <>
      <h1>{t('preClearance.title')}</h1>
      <p className="hint">{t('preClearance.intro')}</p>
      {error ? <p role="alert">{t('common.failed')}</p> : null}
      {data ? <PreClearanceForm choices={choices} onSubmitted={setAnswer} /> : <p>{t('common.loading')}</p>}
      {answer ? (
        <section className="card" aria-labelledby="pre-clearance-answer-heading" data-testid="pre-clearance-answer" role="status">
          <h2 id="pre-clearance-answer-heading">{t('preClearance.answerHeading')}</h2>
          <PreClearanceItem request={answer} timeZone={viewer.tenant.timeZone} />
        </section>
      ) : null}
      <section className="card" aria-labelledby="my-pre-clearances-heading">
        <h2 id="my-pre-clearances-heading">{t('preClearance.mine')}</h2>
        {requests.length === 0 && data ? <p>{t('preClearance.none')}</p> : null}
        <ul className="requests" data-testid="pre-clearances">
          {requests.map((e) => <li key={e.node.id}><PreClearanceItem request={e.node} timeZone={viewer.tenant.timeZone} /></li>)}
        </ul>
        <LoadMore pageInfo={data?.viewer.preClearances.pageInfo} fetching={fetching} onMore={(cursor) => paging.more(data?.viewer.preClearances.edges ?? [], cursor)} />
      </section>
    </>
  );
}

export function PreClearanceForm({ choices, onSubmitted }: { choices: PreClearanceChoices; onSubmitted: (r: FragmentType<typeof PreClearanceItem_request>) => void }) {
  const { t } = useTranslation();
  const [securityId, setSecurityId] = useState('');
  const [kind, setKind] = useState<TradeKind>('BUY');
  const [quantity, setQuantity] = useState('');
  const [planId, setPlanId] = useState('');
  const [note, setNote] = useState('');
  const [result, submitRequest] = useMutation(PreClearanceSubmit);
  const errors: UserErrorValue[] | undefined = result.data?.preClearanceSubmit.userErrors;
  const plans = choices.plans.filter((p) => p.securityId === securityId);
  const shown = ['securityId', 'kind', 'quantity', 'note', ...(plans.length > 0 ? ['planId'] : [])];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void submitRequest({ input: {
      securityId, kind, quantity: quantity.trim(),
      planId: planId && plans.some((p) => p.id === planId) ? planId : null,
      note: note.trim() ? note.trim() : null,
    } }).then((r) => { if (r.data?.preClearanceSubmit.preClearance) onSubmitted(r.data.preClearanceSubmit.preClearance); });
  };
  return (
    <section className="card" aria-labelledby="pre-clearance-form-heading">
      <h2 id="pre-clearance-form-heading">{t('preClearance.request')}</h2>
      <form onSubmit={submit} data-testid="pre-clearance-form">
        <FormErrors errors={otherErrors(errors, shown)} />
        {result.error ? <p role="alert" className="form-errors">{t('common.failed')}</p> : null}
        <SelectField id="pre-clearance-security" label={t('preClearance.security')} value={securityId} onChange={setSecurityId} required
          options={[{ value: '', label: t('preClearance.choose') }, ...choices.securities.map((s) => ({ value: s.id, label: s.label }))]}
          errors={errorsFor(errors, 'securityId')} />
        <div className="columns">
          <SelectField id="pre-clearance-kind" label={t('preClearance.kind')} value={kind} onChange={setKind}
            options={KINDS.map((k) => ({ value: k, label: t(`preClearance.kinds.${k}`) }))} errors={errorsFor(errors, 'kind')} />
          <TextField id="pre-clearance-quantity" label={t('preClearance.quantity')} value={quantity} onChange={setQuantity} required
            hint={t('preClearance.quantityHint')} errors={errorsFor(errors, 'quantity')} />
        </div>
        {plans.length > 0 ? (
          <SelectField id="pre-clearance-plan" label={t('preClearance.plan')} value={planId} onChange={setPlanId}
            options={[{ value: '', label: t('preClearance.noPlan') }, ...plans.map((p) => ({ value: p.id, label: p.label }))]} errors={errorsFor(errors, 'planId')} />
        ) : null}
        <TextArea id="pre-clearance-note" label={t('preClearance.note')} value={note} onChange={setNote} rows={2} errors={errorsFor(errors, 'note')} />
        <button type="submit" disabled={result.fetching}>{t('preClearance.submit')}</button>
      </form>
    </section>
  );
}

/** A request: what for, where it stands, the answer in words, the window of a clearance (to the close of the security's exchange), the rules that applied. */
export function PreClearanceItem({ request, timeZone }: { request: FragmentType<typeof PreClearanceItem_request>; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const r = readFragment(PreClearanceItem_request, request);
  const v = r.validity;
  return (
    <article className="pre-clearance" data-testid="pre-clearance">
      <h3>{t(`preClearance.kinds.${r.kind}`)} {r.quantity} · {r.security.issuerName} ({r.security.ticker})</h3>
      <p><strong data-testid="pre-clearance-status">{t(`preClearance.statuses.${r.status}`)}</strong> — {r.answer}</p>
      <dl>
        <dt>{t('preClearance.requestedAt')}</dt><dd>{formatDateTime(r.requestedAt, i18n.language, timeZone)}</dd>
        {r.decidedAt ? <><dt>{t('preClearance.decidedAt')}</dt><dd>{formatDateTime(r.decidedAt, i18n.language, timeZone)}</dd></> : null}
        {v ? (
          <>
            <dt>{t('preClearance.validity')}</dt>
            <dd data-testid="pre-clearance-validity">{t('preClearance.window', { first: formatDate(v.firstDay, i18n.language), last: formatDate(v.lastDay, i18n.language),
              closes: formatDateTime(v.closesAt, i18n.language, v.timeZone), exchange: v.exchange, days: v.tradingDays })}
              {v.earlyClose ? ` ${t('preClearance.earlyClose')}` : ''}</dd>
          </>
        ) : r.validUntil ? <><dt>{t('preClearance.validity')}</dt><dd>{formatDateTime(r.validUntil, i18n.language, timeZone)}</dd></> : null}
        {r.conditions.length > 0 ? <><dt>{t('preClearance.conditions')}</dt><dd>{r.conditions.join('; ')}</dd></> : null}
        {r.note ? <><dt>{t('preClearance.note')}</dt><dd>{r.note}</dd></> : null}
      </dl>
      {/* the rules that applied, but for the one the answer already gives in its words */}
      {r.findings.some((f) => !r.answer.includes(f.explanation)) ? (
        <ul className="hint">{r.findings.filter((f) => !r.answer.includes(f.explanation)).map((f, i) => <li key={`${f.rule}-${i}`}>{f.explanation}</li>)}</ul>
      ) : null}
    </article>
  );
}
