import { useTranslation } from 'react-i18next';
import { graphql, readFragment, type FragmentType } from '../../gql';
import { formatDate } from '../../format';

export const AnalyticsTable_analytics = graphql(`
  fragment AnalyticsTable_analytics on GroupAnalytics {
    group { ...Figures_figures }
    tenants(first: 50) { edges { node { tenantKey tenantName firstDay lastDay people figures { ...Figures_figures } } } }
  }
`);

const Figures_figures = graphql(`
  fragment Figures_figures on AnalyticsFigures {
    received { value suppressed reason }
    anonymousShare { value suppressed reason }
    medianDaysToClose { value suppressed reason }
    open { value suppressed reason }
    overdue { value suppressed reason }
  }
`);

type Figure = { value?: number | null; suppressed: boolean; reason?: string | null };

function Cell({ figure, percent }: { figure: Figure; percent?: boolean }) {
  const { t, i18n } = useTranslation();
  if (figure.suppressed) return <td className="suppressed">{t(`enum.suppression.${figure.reason ?? 'FEWER_THAN_FIVE_CASES'}`)}</td>;
  if (figure.value === null || figure.value === undefined) return <td>—</td>;
  const format = new Intl.NumberFormat(i18n.language, percent ? { style: 'percent', maximumFractionDigits: 0 } : { maximumFractionDigits: 1 });
  return <td className="amount">{format.format(figure.value)}</td>;
}

function Row({ label, figures }: { label: string; figures: FragmentType<typeof Figures_figures> }) {
  const f = readFragment(Figures_figures, figures);
  return (
    <tr>
      <th scope="row">{label}</th>
      <Cell figure={f.received} /><Cell figure={f.anonymousShare} percent /><Cell figure={f.medianDaysToClose} />
      <Cell figure={f.open} /><Cell figure={f.overdue} />
    </tr>
  );
}

/** The quarter's figures for the group and each company; small cells withheld as the API says. */
export function AnalyticsTable(props: { analytics: FragmentType<typeof AnalyticsTable_analytics> }) {
  const { t, i18n } = useTranslation();
  const a = readFragment(AnalyticsTable_analytics, props.analytics);
  return (
    <table data-testid="analytics">
      <thead><tr>
        <th scope="col">{t('board.company')}</th><th scope="col">{t('board.received')}</th><th scope="col">{t('board.anonymousShare')}</th>
        <th scope="col">{t('board.medianDays')}</th><th scope="col">{t('board.open')}</th><th scope="col">{t('workbench.overdue')}</th>
      </tr></thead>
      <tbody>
        <Row label={t('board.group')} figures={a.group} />
        {a.tenants.edges.map(({ node }) => (
          <Row key={node.tenantKey} label={`${node.tenantName} (${formatDate(node.firstDay, i18n.language)} – ${formatDate(node.lastDay, i18n.language)})`} figures={node.figures} />
        ))}
      </tbody>
    </table>
  );
}
