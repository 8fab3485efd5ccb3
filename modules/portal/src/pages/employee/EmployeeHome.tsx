import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { useShell } from '../TenantArea';
import { AssignmentsCard } from './AssignmentsCard';
import { DisclosuresCard } from './DisclosuresCard';
import { GiftsCard } from './GiftsCard';

const EmployeeHomeQuery = graphql(`
  query EmployeeHome {
    viewer {
      name
      tenant { key publicIntakeKey }
      ...AssignmentsCard_viewer
      ...DisclosuresCard_viewer
      ...GiftsCard_viewer
    }
  }
`);

/** What is asked of the person: certifications due, disclosures to keep current, gifts recorded. */
export function EmployeeHome() {
  const { t } = useTranslation();
  const { viewer: shell } = useShell();
  const [{ data, error }] = useQuery({ query: EmployeeHomeQuery });
  if (error) return <p role="alert">{t('common.failed')}</p>;
  if (!data) return <p>{t('common.loading')}</p>;
  const base = `/t/${shell.tenant.key}`;
  return (
    <>
      <h1>{t('home.title', { name: data.viewer.name })}</h1>
      <AssignmentsCard viewer={data.viewer} codeLink={`${base}/code`} />
      <DisclosuresCard viewer={data.viewer} base={base} />
      <GiftsCard viewer={data.viewer} base={base} />
      <section className="card" aria-labelledby="speak-up-heading">
        <h2 id="speak-up-heading">{t('home.speakUp')}</h2>
        <p><Link to={`${base}/report`}>{t('nav.report')}</Link> · <Link to={`${base}/reports`}>{t('nav.myReports')}</Link></p>
        <p>{t('home.anonymousLink')} <a href={`/intake/${data.viewer.tenant.publicIntakeKey}`}>{`${window.location.origin}/intake/${data.viewer.tenant.publicIntakeKey}`}</a></p>
      </section>
    </>
  );
}
