import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { formatDateTime } from '../../format';
import { useShell } from '../TenantArea';

const MatterPageQuery = graphql(`
  query MatterPage($id: ID!) {
    node(id: $id) {
      ... on EscalatedMatter {
        id tenantKey tenantName number kinds status category channel receivedAt due overdue closedAt handlerRoles informedRoles decisions caseId
      }
    }
  }
`);

/** One escalated matter as the Board reads it: only the minimum crosses from the subsidiary. */
export function MatterPage() {
  const { matterId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { viewer } = useShell();
  const zone = viewer.tenant.timeZone;
  const [{ data, error }] = useQuery({ query: MatterPageQuery, variables: { id: matterId } });
  if (error) return <p role="alert">{t('common.failed')}</p>;
  if (!data) return <p>{t('common.loading')}</p>;
  const m = data.node && 'number' in data.node ? data.node : null;
  if (!m) return <h1>{t('common.notFound')}</h1>;
  const when = (iso: string | null | undefined) => (iso ? formatDateTime(iso, i18n.language, zone) : '—');
  const base = `/t/${viewer.tenant.key}`;
  return (
    <>
      <h1>{t('board.matterTitle', { number: m.number, company: m.tenantName })}</h1>
      <dl className="facts" data-testid="matter">
        <dt>{t('board.kinds')}</dt><dd>{m.kinds.map((k) => t(`enum.escalation.${k}`)).join(', ')}</dd>
        <dt>{t('case.status')}</dt><dd>{t(`enum.status.${m.status}`)}</dd>
        <dt>{t('report.category')}</dt><dd>{t(`enum.category.${m.category}`)}</dd>
        <dt>{t('case.channel')}</dt><dd>{t(`enum.channel.${m.channel}`)}</dd>
        <dt>{t('case.received')}</dt><dd>{when(m.receivedAt)}</dd>
        <dt>{t('case.nextDeadline')}</dt><dd>{when(m.due)}{m.overdue ? ` (${t('common.overdue')})` : ''}</dd>
        <dt>{t('case.closed')}</dt><dd>{when(m.closedAt)}</dd>
        <dt>{t('board.handlers')}</dt><dd>{m.handlerRoles.map((r) => t(`enum.role.${r}`)).join(', ')}</dd>
        <dt>{t('board.decisions')}</dt><dd>{m.decisions.length === 0 ? t('board.noDecisions') : m.decisions.map((d) => t(`enum.decision.${d}`)).join(', ')}</dd>
      </dl>
      {m.caseId ? <p><Link to={`${base}/workbench/cases/${encodeURIComponent(m.caseId)}`}>{t('board.openCase')}</Link></p> : <p className="hint">{t('board.decidedThere', { company: m.tenantName })}</p>}
      <p><Link to={`${base}/board`}>{t('board.back')}</Link></p>
    </>
  );
}
