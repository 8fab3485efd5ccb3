import { useState } from 'react';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { CaseListQuery as CaseListData, CaseStatus, ReportCategory } from '../../gql/graphql';

type CaseEdge = CaseListData['cases']['edges'][number];
import { CATEGORIES, STATUSES } from '../../options';
import { useShell } from '../TenantArea';
import { CaseRow } from './CaseRow';
import { LoadMore, usePaging } from '../../components/LoadMore';

const CaseListQuery = graphql(`
  query CaseList($filter: CasesFilter, $first: Int, $after: String) {
    overdue: cases(first: 20, filter: { overdue: true }) { edges { node { id ...CaseRow_case } } }
    cases(first: $first, after: $after, filter: $filter) {
      edges { node { id ...CaseRow_case } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

/** The compliance workbench: the overdue cases first, then every case with the API's filters. */
export function CaseList() {
  const { t } = useTranslation();
  const { viewer } = useShell();
  const [status, setStatus] = useState<CaseStatus | ''>('');
  const [category, setCategory] = useState<ReportCategory | ''>('');
  const [escalated, setEscalated] = useState(false);
  const filter = { status: status ? [status] : null, category: category ? [category] : null, escalated: escalated ? true : null };
  const paging = usePaging<CaseEdge>();
  const [{ data, error, fetching }] = useQuery({ query: CaseListQuery, variables: { filter, first: 50, after: paging.after } });
  const cases = paging.list(data?.cases.edges);
  const refilter = <T,>(set: (v: T) => void) => (v: T) => { paging.reset(); set(v); };
  const base = `/t/${viewer.tenant.key}`;
  const now = new Date();
  const head = (
    <thead><tr>
      <th scope="col">{t('case.number')}</th><th scope="col">{t('case.status')}</th><th scope="col">{t('report.category')}</th>
      <th scope="col">{t('case.channel')}</th><th scope="col">{t('case.received')}</th><th scope="col">{t('case.nextDeadline')}</th>
      <th scope="col">{t('case.escalated')}</th>
    </tr></thead>
  );
  return (
    <>
      <h1>{t('workbench.title')}</h1>
      {error ? <p role="alert">{t('common.failed')}</p> : null}
      <section aria-labelledby="overdue-heading">
        <h2 id="overdue-heading">{t('workbench.overdue')}</h2>
        {data && data.overdue.edges.length === 0 ? <p>{t('workbench.noneOverdue')}</p> : (
          <table>{head}<tbody>{data?.overdue.edges.map((e) => <CaseRow key={e.node.id} case={e.node} base={base} timeZone={viewer.tenant.timeZone} now={now} />)}</tbody></table>
        )}
      </section>
      <section aria-labelledby="all-heading">
        <h2 id="all-heading">{t('workbench.all')}</h2>
        <form className="filters" aria-label={t('workbench.filters')} onSubmit={(e) => e.preventDefault()}>
          <div className="field">
            <label htmlFor="filter-status">{t('case.status')}</label>
            <select id="filter-status" value={status} onChange={(e) => refilter(setStatus)(e.target.value as CaseStatus | '')}>
              <option value="">{t('workbench.any')}</option>
              {STATUSES.map((s) => <option key={s} value={s}>{t(`enum.status.${s}`)}</option>)}
            </select>
          </div>
          <div className="field">
            <label htmlFor="filter-category">{t('report.category')}</label>
            <select id="filter-category" value={category} onChange={(e) => refilter(setCategory)(e.target.value as ReportCategory | '')}>
              <option value="">{t('workbench.any')}</option>
              {CATEGORIES.map((c) => <option key={c} value={c}>{t(`enum.category.${c}`)}</option>)}
            </select>
          </div>
          <div className="field checkbox">
            <input id="filter-escalated" type="checkbox" checked={escalated} onChange={(e) => refilter(setEscalated)(e.target.checked)} />
            <label htmlFor="filter-escalated">{t('workbench.escalatedOnly')}</label>
          </div>
        </form>
        {!data && cases.length === 0 ? <p>{t('common.loading')}</p> : cases.length === 0 ? <p>{t('workbench.none')}</p> : (
          <table data-testid="cases">{head}<tbody>{cases.map((e) => <CaseRow key={e.node.id} case={e.node} base={base} timeZone={viewer.tenant.timeZone} now={now} />)}</tbody></table>
        )}
        <LoadMore pageInfo={data?.cases.pageInfo} fetching={fetching} onMore={(cursor) => paging.more(data?.cases.edges ?? [], cursor)} />
      </section>
    </>
  );
}
