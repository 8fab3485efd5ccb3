import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { graphql, readFragment, type FragmentType } from '../../gql';
import { formatDateTime } from '../../format';

export const CaseRow_case = graphql(`
  fragment CaseRow_case on Case {
    id number status category channel reporterMode receivedAt acknowledgementDue acknowledgedAt feedbackDue escalated
  }
`);

/** The deadline a case waits for: the acknowledgement, then the feedback; none once closed. */
export function nextDeadline(c: { status: string; acknowledgementDue: string; feedbackDue: string }): string | null {
  if (c.status === 'CLOSED') return null;
  return c.status === 'RECEIVED' ? c.acknowledgementDue : c.feedbackDue;
}

export function CaseRow(props: { case: FragmentType<typeof CaseRow_case>; base: string; timeZone: string; now: Date }) {
  const { t, i18n } = useTranslation();
  const c = readFragment(CaseRow_case, props.case);
  const due = nextDeadline(c);
  const overdue = due !== null && new Date(due) < props.now;
  return (
    <tr className={overdue ? 'overdue' : undefined}>
      <th scope="row"><Link to={`${props.base}/workbench/cases/${encodeURIComponent(c.id)}`}>{c.number}</Link></th>
      <td>{t(`enum.status.${c.status}`)}</td>
      <td>{t(`enum.category.${c.category}`)}</td>
      <td>{t(`enum.channel.${c.channel}`)}</td>
      <td>{formatDateTime(c.receivedAt, i18n.language, props.timeZone)}</td>
      <td>{due ? formatDateTime(due, i18n.language, props.timeZone) : '—'}{overdue ? <span className="badge overdue"> {t('common.overdue')}</span> : null}</td>
      <td>{c.escalated ? t('common.yes') : ''}</td>
    </tr>
  );
}
