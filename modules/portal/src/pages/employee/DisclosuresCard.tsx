import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { graphql, readFragment, type FragmentType } from '../../gql';
import { formatDateTime } from '../../format';
import { useShell } from '../TenantArea';

export const DisclosuresCard_viewer = graphql(`
  fragment DisclosuresCard_viewer on Viewer {
    disclosures(first: 20) {
      edges { node { id kind status submittedAt evaluation { outcome } } }
    }
    disclosureSuggestions { kind reason }
  }
`);

/** The person's disclosures, which the annual certification confirms current, and what the directory suggests. */
export function DisclosuresCard(props: { viewer: FragmentType<typeof DisclosuresCard_viewer>; base: string }) {
  const { t, i18n } = useTranslation();
  const { viewer: shell } = useShell();
  const viewer = readFragment(DisclosuresCard_viewer, props.viewer);
  const disclosures = viewer.disclosures.edges.map((e) => e.node);
  return (
    <section className="card" aria-labelledby="disclosures-heading">
      <h2 id="disclosures-heading">{t('home.disclosures')}</h2>
      <p className="hint">{t('home.disclosuresHint')}</p>
      {disclosures.length === 0 ? <p>{t('home.noDisclosures')}</p> : (
        <ul>
          {disclosures.map((d) => (
            <li key={d.id}>
              {t(`enum.disclosureKind.${d.kind}`)} — {t(`enum.disclosureStatus.${d.status}`)} ({t(`enum.outcome.${d.evaluation.outcome}`)}) ·{' '}
              {formatDateTime(d.submittedAt, i18n.language, shell.tenant.timeZone)}
            </li>
          ))}
        </ul>
      )}
      {viewer.disclosureSuggestions.length > 0 ? <p role="note">{t('home.disclosureSuggestions', { count: viewer.disclosureSuggestions.length })}</p> : null}
      <p><Link to={`${props.base}/disclosures`}>{t('disclosureForm.homeLink')}</Link></p>
    </section>
  );
}
