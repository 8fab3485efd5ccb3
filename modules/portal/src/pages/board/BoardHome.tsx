import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { fiscalQuarter, formatDate, formatDateTime, todayIn } from '../../format';
import { useShell } from '../TenantArea';
import { AnalyticsTable } from './AnalyticsTable';
import { LoadMore, usePaging } from '../../components/LoadMore';
import type { BoardHomeQuery as BoardHomeData } from '../../gql/graphql';
import { GroupCompletion } from './GroupCompletion';

type MatterEdge = BoardHomeData['groupEscalatedMatters']['edges'][number];
type GroupRowEdge = NonNullable<BoardHomeData['groupCertificationCompletion']>['tenants']['edges'][number];

const BoardHomeQuery = graphql(`
  query BoardHome($fiscalYear: Int!, $quarter: Int!, $after: String, $group: Boolean!, $year: Int!, $groupAfter: String) {
    groupEscalatedMatters(first: 50, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { node { id tenantKey tenantName number kinds status category receivedAt due overdue decisions } }
    }
    groupAnalytics(fiscalYear: $fiscalYear, quarter: $quarter) { ...AnalyticsTable_analytics }
    groupCertificationCompletion(year: $year) @include(if: $group) {
      year totals { ...CompletionCounts_counts }
      tenants(first: 50, after: $groupAfter) { edges { cursor node { ...GroupCompletion_row } } pageInfo { hasNextPage endCursor } }
    }
  }
`);

/** The board portal: the group's escalated matters, most urgent first, the quarter's analytics and its board pack. */
export function BoardHome() {
  const { t, i18n } = useTranslation();
  const { viewer, accessToken } = useShell();
  const zone = viewer.tenant.timeZone;
  const [period] = useState(() => fiscalQuarter(todayIn(zone), viewer.tenant.fiscalYearStartMonth));
  const paging = usePaging<MatterEdge>();
  const groupPaging = usePaging<GroupRowEdge>();
  // the group-wide completion is for the top company's Board and Audit Committee only
  const group = viewer.tenant.topOfGroup;
  const [year] = useState(() => Number(todayIn(zone).slice(0, 4)));
  const [{ data, error, fetching }] = useQuery({ query: BoardHomeQuery,
    variables: { ...period, after: paging.after, group, year, groupAfter: groupPaging.after } });
  const completion = data?.groupCertificationCompletion;
  const [downloadError, setDownloadError] = useState(false);
  const base = `/t/${viewer.tenant.key}`;
  async function download(format: 'pdf' | 'csv') {
    setDownloadError(false);
    const language = ['en', 'de'].includes(i18n.language) ? i18n.language : 'en';
    const response = await fetch(`/oversight/board-pack?fiscalYear=${period.fiscalYear}&quarter=${period.quarter}&format=${format}&language=${language}`,
      { headers: { Authorization: `Bearer ${accessToken() ?? ''}` }, credentials: 'omit' });
    if (!response.ok) { setDownloadError(true); return; }
    const url = URL.createObjectURL(await response.blob());
    const link = document.createElement('a');
    link.href = url;
    link.download = `board-pack-FY${period.fiscalYear}-Q${period.quarter}.${format}`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }
  if (error) return <p role="alert">{t('common.failed')}</p>;
  const matters = paging.list(data?.groupEscalatedMatters.edges).map((e) => e.node);
  if (!data && matters.length === 0) return <p>{t('common.loading')}</p>;
  return (
    <>
      <h1>{t('board.title')}</h1>
      <section aria-labelledby="matters-heading">
        <h2 id="matters-heading">{t('board.matters')}</h2>
        {matters.length === 0 ? <p>{t('board.noMatters')}</p> : (
          <table data-testid="matters">
            <thead><tr>
              <th scope="col">{t('case.number')}</th><th scope="col">{t('board.company')}</th><th scope="col">{t('board.kinds')}</th>
              <th scope="col">{t('case.status')}</th><th scope="col">{t('case.received')}</th><th scope="col">{t('case.nextDeadline')}</th>
            </tr></thead>
            <tbody>
              {matters.map((m) => (
                <tr key={m.id} className={m.overdue ? 'overdue' : undefined}>
                  <th scope="row"><Link to={`${base}/board/matters/${encodeURIComponent(m.id)}`}>{m.number}</Link></th>
                  <td>{m.tenantName}</td>
                  <td>{m.kinds.map((k) => t(`enum.escalation.${k}`)).join(', ')}</td>
                  <td>{t(`enum.status.${m.status}`)}</td>
                  <td>{formatDateTime(m.receivedAt, i18n.language, zone)}</td>
                  <td>{m.due ? formatDateTime(m.due, i18n.language, zone) : '—'}{m.overdue ? <span className="badge overdue"> {t('common.overdue')}</span> : null}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <LoadMore pageInfo={data?.groupEscalatedMatters.pageInfo} fetching={fetching} onMore={(cursor) => paging.more(data?.groupEscalatedMatters.edges ?? [], cursor)} />
      </section>
      <section aria-labelledby="analytics-heading">
        <h2 id="analytics-heading">{t('board.analytics', { year: period.fiscalYear, quarter: period.quarter })}</h2>
        {data ? <AnalyticsTable analytics={data.groupAnalytics} /> : <p>{t('common.loading')}</p>}
      </section>
      {completion ? <GroupCompletion year={completion.year} totals={completion.totals} rows={groupPaging.list(completion.tenants.edges).map((e) => e.node)}
        more={<LoadMore pageInfo={completion.tenants.pageInfo} fetching={fetching} onMore={(cursor) => groupPaging.more(completion.tenants.edges, cursor)} />} /> : null}
      <section aria-labelledby="pack-heading" className="card">
        <h2 id="pack-heading">{t('board.pack')}</h2>
        <p>{t('board.packHint', { date: formatDate(todayIn(zone), i18n.language) })}</p>
        <button type="button" onClick={() => void download('pdf')}>{t('board.downloadPdf')}</button>{' '}
        <button type="button" onClick={() => void download('csv')}>{t('board.downloadCsv')}</button>
        {downloadError ? <p role="alert">{t('common.failed')}</p> : null}
      </section>
    </>
  );
}
