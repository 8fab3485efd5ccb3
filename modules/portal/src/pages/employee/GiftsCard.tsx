import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { graphql, readFragment, type FragmentType } from '../../gql';
import { formatDate, formatMoney } from '../../format';

export const GiftsTable_entry = graphql(`
  fragment GiftsTable_entry on GiftEntry { id description date status value { amount currency } counterparty { name } }
`);

export const GiftsCard_viewer = graphql(`
  fragment GiftsCard_viewer on Viewer {
    giftEntries(first: 10) {
      edges { node { id ...GiftsTable_entry } }
    }
  }
`);

/** Gift register entries, with their value in its own currency. */
export function GiftsTable({ entries }: { entries: readonly FragmentType<typeof GiftsTable_entry>[] }) {
  const { t, i18n } = useTranslation();
  const gifts = readFragment(GiftsTable_entry, entries);
  if (gifts.length === 0) return <p>{t('home.noGifts')}</p>;
  return (
    <table data-testid="gifts">
      <thead><tr><th scope="col">{t('home.giftDate')}</th><th scope="col">{t('home.giftWhat')}</th><th scope="col">{t('home.giftFrom')}</th><th scope="col">{t('home.giftValue')}</th><th scope="col">{t('case.status')}</th></tr></thead>
      <tbody>
        {gifts.map((g) => (
          <tr key={g.id}>
            <td>{formatDate(g.date, i18n.language)}</td><td>{g.description}</td><td>{g.counterparty.name}</td>
            <td className="amount">{formatMoney(g.value, i18n.language)}</td><td>{t(`enum.giftStatus.${g.status}`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Gifts and entertainment the person recorded, the newest; the gifts page records more and lists them all. */
export function GiftsCard(props: { viewer: FragmentType<typeof GiftsCard_viewer>; base: string }) {
  const { t } = useTranslation();
  const viewer = readFragment(GiftsCard_viewer, props.viewer);
  return (
    <section className="card" aria-labelledby="gifts-heading">
      <h2 id="gifts-heading">{t('home.gifts')}</h2>
      <GiftsTable entries={viewer.giftEntries.edges.map((e) => e.node)} />
      <p><Link to={`${props.base}/gifts`}>{t('gifts.recordLink')}</Link></p>
    </section>
  );
}
