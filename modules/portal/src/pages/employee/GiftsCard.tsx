import { useTranslation } from 'react-i18next';
import { graphql, readFragment, type FragmentType } from '../../gql';
import { formatDate, formatMoney } from '../../format';

export const GiftsCard_viewer = graphql(`
  fragment GiftsCard_viewer on Viewer {
    giftEntries(first: 10) {
      edges { node { id description date status value { amount currency } counterparty { name } } }
    }
  }
`);

/** Gifts and entertainment the person recorded, with their value in its currency. */
export function GiftsCard(props: { viewer: FragmentType<typeof GiftsCard_viewer> }) {
  const { t, i18n } = useTranslation();
  const viewer = readFragment(GiftsCard_viewer, props.viewer);
  const gifts = viewer.giftEntries.edges.map((e) => e.node);
  return (
    <section className="card" aria-labelledby="gifts-heading">
      <h2 id="gifts-heading">{t('home.gifts')}</h2>
      {gifts.length === 0 ? <p>{t('home.noGifts')}</p> : (
        <table>
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
      )}
    </section>
  );
}
