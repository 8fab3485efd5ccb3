import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql, readFragment, type FragmentType } from '../../gql';
import { CompletionCounts_counts, CompletionTotals, percent } from '../workbench/CertificationsPage';

// Certification of the Code across the group: the campaigns opened in the year in every
// active company, for the Board and the Audit Committee of the group's top company (the
// board portal's one query asks for it only there: the API refuses it below the top).

export const GroupCompletion_row = graphql(`
  fragment GroupCompletion_row on TenantCertificationCompletion {
    tenantKey tenantName
    campaign { id name versionNumber status }
    counts { ...CompletionCounts_counts }
  }
`);

/** The group's totals for the year and a row a company and campaign. */
export function GroupCompletion({ year, totals, rows, more }: {
  year: number; totals: FragmentType<typeof CompletionCounts_counts>; rows: FragmentType<typeof GroupCompletion_row>[]; more: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="group-completion-heading" className="card">
      <h2 id="group-completion-heading">{t('groupCompletion.title', { year })}</h2>
      <p className="hint">{t('groupCompletion.hint')}</p>
      <CompletionTotals counts={totals} testId="group-completion-totals" />
      {rows.length === 0 ? <p>{t('groupCompletion.noRows')}</p> : (
        <table aria-labelledby="group-completion-heading" data-testid="group-completion">
          <thead><tr>
            <th scope="col">{t('groupCompletion.company')}</th><th scope="col">{t('groupCompletion.campaign')}</th>
            <th scope="col">{t('certs.assigned')}</th><th scope="col">{t('certs.completed')}</th><th scope="col">{t('certs.withException')}</th>
            <th scope="col">{t('certs.overdue')}</th><th scope="col">{t('certs.rate')}</th>
          </tr></thead>
          <tbody>{rows.map((row, i) => <Row key={i} row={row} />)}</tbody>
        </table>
      )}
      {more}
    </section>
  );
}

function Row({ row }: { row: FragmentType<typeof GroupCompletion_row> }) {
  const { t, i18n } = useTranslation();
  const r = readFragment(GroupCompletion_row, row);
  const c = readFragment(CompletionCounts_counts, r.counts);
  return (
    <tr>
      <th scope="row">{r.tenantName}</th>
      <td>{r.campaign.name} · {t('code.version', { number: r.campaign.versionNumber })} · {t(`enum.campaignStatus.${r.campaign.status}`)}</td>
      <td>{c.assigned}</td><td>{c.completed}</td><td>{c.exceptions}</td><td>{c.overdue}</td><td>{percent(c.completionRate, i18n.language)}</td>
    </tr>
  );
}
