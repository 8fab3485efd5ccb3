import { useMemo, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql, readFragment, type FragmentType } from '../../gql';
import type { WaiverRequestPageQuery as WaiverRequestPageData } from '../../gql/graphql';
import { FormErrors, SelectField, TextArea, TextField } from '../../components/Fields';
import { errorsFor, otherErrors, type UserErrorValue } from '../../userErrors';
import { formatDate, formatDateTime, todayIn } from '../../format';
import { LoadMore, usePaging } from '../../components/LoadMore';
import { useShell } from '../TenantArea';
import './requests.css';

type WaiverEdge = WaiverRequestPageData['viewer']['waiverRequests']['edges'][number];

export const WaiverRequestItem_request = graphql(`
  fragment WaiverRequestItem_request on WaiverRequest {
    id number status route reasons periodStart periodEnd requestedAt decidedAt
    section { key heading }
    codeVersion { id number }
    supervisorReview { supervisorName agrees note reviewedAt }
    cfoCaoStep { cfoCaoName action note actedAt }
    boardDecision { decision note resolution { resolutionDate decidingBody committeeName } }
  }
`);

const WaiverRequestPageQuery = graphql(`
  query WaiverRequestPage($after: String) {
    codeSectionWaivability { sectionKey heading index waivable reason }
    viewer {
      waiverRequests(first: 20, after: $after) {
        edges { cursor node { id ...WaiverRequestItem_request } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
`);

const WaiverRequestSubmit = graphql(`
  mutation WaiverRequestSubmit($input: WaiverRequestSubmitInput!) {
    waiverRequestSubmit(input: $input) {
      waiverRequest { id ...WaiverRequestItem_request }
      userErrors { field message code }
    }
  }
`);

export interface SectionChoice { key: string; heading: string; waivable: boolean; reason?: string | null }

/** The person's waiver requests: ask for an exception to a section of the Code in force, with reasons and a period; follow each on its route. */
export function WaiverRequestPage() {
  const { t } = useTranslation();
  const { viewer } = useShell();
  // a first request refetches the list even while it is empty (the document cache saw no WaiverRequest in it yet)
  const refetchOn = useMemo(() => ({ additionalTypenames: ['WaiverRequest'] }), []);
  const paging = usePaging<WaiverEdge>();
  const [{ data, error, fetching }] = useQuery({ query: WaiverRequestPageQuery, variables: { after: paging.after }, context: refetchOn });
  const [sent, setSent] = useState<FragmentType<typeof WaiverRequestItem_request> | null>(null);
  const requests = paging.list(data?.viewer.waiverRequests.edges);
  const sections: SectionChoice[] = [...(data?.codeSectionWaivability ?? [])].sort((a, b) => a.index - b.index)
    .map((s) => ({ key: s.sectionKey, heading: s.heading, waivable: s.waivable, reason: s.reason }));
  return (
    <>
      <h1>{t('waiverRequest.title')}</h1>
      <p className="hint">{t('waiverRequest.intro')}</p>
      {error ? <p role="alert">{t('common.failed')}</p> : null}
      {data ? <WaiverRequestForm sections={sections} timeZone={viewer.tenant.timeZone} onSubmitted={setSent} /> : <p>{t('common.loading')}</p>}
      {sent ? (
        <section className="card" aria-labelledby="waiver-sent-heading" data-testid="waiver-sent" role="status">
          <h2 id="waiver-sent-heading">{t('waiverRequest.sent')}</h2>
          <WaiverRequestItem request={sent} timeZone={viewer.tenant.timeZone} />
        </section>
      ) : null}
      <section className="card" aria-labelledby="my-waivers-heading">
        <h2 id="my-waivers-heading">{t('waiverRequest.mine')}</h2>
        {requests.length === 0 && data ? <p>{t('waiverRequest.none')}</p> : null}
        <ul className="requests" data-testid="waiver-requests">
          {requests.map((e) => <li key={e.node.id}><WaiverRequestItem request={e.node} timeZone={viewer.tenant.timeZone} /></li>)}
        </ul>
        <LoadMore pageInfo={data?.viewer.waiverRequests.pageInfo} fetching={fetching} onMore={(cursor) => paging.more(data?.viewer.waiverRequests.edges ?? [], cursor)} />
      </section>
    </>
  );
}

export function WaiverRequestForm({ sections, timeZone, onSubmitted }: { sections: readonly SectionChoice[]; timeZone: string; onSubmitted: (r: FragmentType<typeof WaiverRequestItem_request>) => void }) {
  const { t } = useTranslation();
  const [sectionKey, setSectionKey] = useState('');
  const [reasons, setReasons] = useState('');
  const [periodStart, setPeriodStart] = useState(todayIn(timeZone));
  const [periodEnd, setPeriodEnd] = useState('');
  const [result, submitRequest] = useMutation(WaiverRequestSubmit);
  const errors: UserErrorValue[] | undefined = result.data?.waiverRequestSubmit.userErrors;
  const closed = sections.filter((s) => !s.waivable);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void submitRequest({ input: { sectionKey, reasons, periodStart, periodEnd } })
      .then((r) => { if (r.data?.waiverRequestSubmit.waiverRequest) onSubmitted(r.data.waiverRequestSubmit.waiverRequest); });
  };
  return (
    <section className="card" aria-labelledby="waiver-form-heading">
      <h2 id="waiver-form-heading">{t('waiverRequest.request')}</h2>
      <form onSubmit={submit} data-testid="waiver-form">
        <FormErrors errors={otherErrors(errors, ['sectionKey', 'reasons', 'periodStart', 'periodEnd'])} />
        {result.error ? <p role="alert" className="form-errors">{t('common.failed')}</p> : null}
        <SelectField id="waiver-section" label={t('waiverRequest.section')} value={sectionKey} onChange={setSectionKey} required
          options={[{ value: '', label: t('waiverRequest.choose') }, ...sections.filter((s) => s.waivable).map((s) => ({ value: s.key, label: s.heading }))]}
          hint={closed.length > 0 ? t('waiverRequest.notWaivable', { sections: closed.map((s) => s.heading).join(', ') }) : undefined}
          errors={errorsFor(errors, 'sectionKey')} />
        <TextArea id="waiver-reasons" label={t('waiverRequest.reasons')} value={reasons} onChange={setReasons} rows={4} required errors={errorsFor(errors, 'reasons')} />
        <div className="columns">
          <TextField id="waiver-start" type="date" label={t('waiverRequest.periodStart')} value={periodStart} onChange={setPeriodStart} required errors={errorsFor(errors, 'periodStart')} />
          <TextField id="waiver-end" type="date" label={t('waiverRequest.periodEnd')} value={periodEnd} onChange={setPeriodEnd} required errors={errorsFor(errors, 'periodEnd')} />
        </div>
        <button type="submit" disabled={result.fetching}>{t('waiverRequest.submit')}</button>
      </form>
    </section>
  );
}

/** A waiver request on its route: the supervisor's agreement, the CFO/CAO's step, the Board's decision, where it stands. */
export function WaiverRequestItem({ request, timeZone }: { request: FragmentType<typeof WaiverRequestItem_request>; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const w = readFragment(WaiverRequestItem_request, request);
  const date = (d: string) => formatDate(d, i18n.language);
  return (
    <article data-testid="waiver-request">
      <h3>{w.number} · {w.section.heading}</h3>
      <p><strong data-testid="waiver-status">{t(`waiverRequest.statuses.${w.status}`)}</strong> — {t(`waiverRequest.routes.${w.route}`)}</p>
      <dl>
        <dt>{t('waiverRequest.period')}</dt><dd>{date(w.periodStart)} – {date(w.periodEnd)}</dd>
        <dt>{t('waiverRequest.requestedAt')}</dt><dd>{formatDateTime(w.requestedAt, i18n.language, timeZone)} · {t('waiverRequest.codeVersion', { number: w.codeVersion.number })}</dd>
        <dt>{t('waiverRequest.reasons')}</dt><dd className="description">{w.reasons}</dd>
        {w.supervisorReview ? <><dt>{t('waiverRequest.supervisor')}</dt>
          <dd>{w.supervisorReview.supervisorName}: {t(w.supervisorReview.agrees ? 'waiverRequest.agrees' : 'waiverRequest.disagrees')} — {w.supervisorReview.note}</dd></> : null}
        {w.cfoCaoStep ? <><dt>{t('waiverRequest.cfoCao')}</dt>
          <dd>{w.cfoCaoStep.cfoCaoName}: {t(`waiverRequest.cfoCaoActions.${w.cfoCaoStep.action}`)} — {w.cfoCaoStep.note}</dd></> : null}
        {w.boardDecision ? <><dt>{t('waiverRequest.board')}</dt>
          <dd>{t(`waiverRequest.boardDecisions.${w.boardDecision.decision}`)} ({w.boardDecision.resolution.committeeName ?? t('waiverRequest.theBoard')}, {date(w.boardDecision.resolution.resolutionDate)}) — {w.boardDecision.note}</dd></> : null}
      </dl>
    </article>
  );
}
