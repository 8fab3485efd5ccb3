import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { graphql, readFragment, type FragmentType } from '../../gql';
import { formatDate } from '../../format';

export const AssignmentsCard_viewer = graphql(`
  fragment AssignmentsCard_viewer on Viewer {
    certificationAssignments(first: 20) {
      edges { node { id status dueDate overdue campaign { id kind name } } }
    }
  }
`);

/** The certifications of the Code asked of the person, the pending ones with a link to certify. */
export function AssignmentsCard(props: { viewer: FragmentType<typeof AssignmentsCard_viewer>; codeLink: string }) {
  const { t, i18n } = useTranslation();
  const viewer = readFragment(AssignmentsCard_viewer, props.viewer);
  const assignments = viewer.certificationAssignments.edges.map((e) => e.node);
  return (
    <section className="card" aria-labelledby="assignments-heading">
      <h2 id="assignments-heading">{t('home.certifications')}</h2>
      {assignments.length === 0 ? <p>{t('home.noCertifications')}</p> : (
        <ul>
          {assignments.map((a) => (
            <li key={a.id} data-testid="assignment">
              <strong>{a.campaign.name}</strong> — {t(`enum.assignmentStatus.${a.status}`)}
              {a.status === 'PENDING' ? (
                <> · {t('home.dueOn', { date: formatDate(a.dueDate, i18n.language) })}
                  {a.overdue ? <span className="badge overdue"> {t('common.overdue')}</span> : null}
                  {' '}<Link to={props.codeLink}>{t('home.readAndCertify')}</Link></>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
