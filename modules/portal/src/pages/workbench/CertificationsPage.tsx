import { useEffect, useState, type ReactNode } from 'react';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql, readFragment, type FragmentType } from '../../gql';
import type { CertificationResolutionOutcome, Role } from '../../gql/graphql';
import { CheckboxField, FormErrors, SelectField, TextArea } from '../../components/Fields';
import { errorsFor, otherErrors } from '../../userErrors';
import { formatDate, formatDateTime } from '../../format';
import { useShell } from '../TenantArea';
import { LoadMore, usePaging } from '../../components/LoadMore';
import { ReferralForm, canReferForDiscipline, type OverdueRow } from './OverdueReferral';

export const CompletionCounts_counts = graphql(`
  fragment CompletionCounts_counts on CompletionCounts { assigned completed exceptions pending overdue completionRate }
`);

export const CertificationException_certification = graphql(`
  fragment CertificationException_certification on Certification {
    id printedName versionNumber language certifiedAt exception status
    campaign { id name }
    resolution { outcome note resolvedAt }
  }
`);

const CertificationsPageQuery = graphql(`
  query CertificationsPage($campaignId: ID!, $withCampaign: Boolean!, $completion: Boolean!, $exceptions: Boolean!, $unresolvedOnly: Boolean, $overdueAfter: String, $exceptionsAfter: String) {
    certificationCampaigns(first: 50) @include(if: $completion) {
      edges { node { id name kind versionNumber dueDate status } }
    }
    certificationCompletion(campaignId: $campaignId) @include(if: $withCampaign) {
      campaign { id name versionNumber dueDate status }
      totals { ...CompletionCounts_counts }
      departments(first: 100) { edges { node { department counts { ...CompletionCounts_counts } } } }
      overdue(first: 50, after: $overdueAfter) {
        edges { node { assignmentId assignment { id } name department dueDate daysOverdue referredForDiscipline } }
        pageInfo { hasNextPage endCursor }
      }
    }
    certificationExceptions(first: 20, after: $exceptionsAfter, unresolvedOnly: $unresolvedOnly) @include(if: $exceptions) {
      edges { node { id ...CertificationException_certification } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

const ExceptionResolve = graphql(`
  mutation CertificationExceptionResolve($input: CertificationExceptionResolveInput!) {
    certificationExceptionResolve(input: $input) {
      certification { id ...CertificationException_certification }
      userErrors { field message code }
    }
  }
`);

const OUTCOMES: CertificationResolutionOutcome[] = ['CLEARED', 'REFERRED_FOR_INVESTIGATION'];

/** Which parts of the page the roles may read (the API refuses the others). */
export function certificationSections(roles: readonly Role[]) {
  return {
    completion: roles.some((r) => r === 'CFO_CAO' || r === 'TENANT_ADMIN'),
    exceptions: roles.some((r) => r === 'CFO_CAO' || r === 'BOARD' || r === 'AUDIT_COMMITTEE'),
  };
}

/** Certification completion per campaign (and so per Code version), and the exceptions to decide. */
export function CertificationsPage() {
  const { t } = useTranslation();
  const { viewer } = useShell();
  const sections = certificationSections(viewer.roles);
  const [chosen, setChosen] = useState('');
  const [unresolvedOnly, setUnresolvedOnly] = useState(true);
  const overduePaging = usePaging<OverdueEdge>();
  const exceptionsPaging = usePaging<ExceptionEdge>();
  const [{ data, error, fetching }] = useQuery({ query: CertificationsPageQuery, variables: {
    campaignId: chosen, withCampaign: chosen !== '', completion: sections.completion, exceptions: sections.exceptions, unresolvedOnly,
    overdueAfter: overduePaging.after, exceptionsAfter: exceptionsPaging.after,
  } });
  const exceptions = exceptionsPaging.list(data?.certificationExceptions?.edges);
  // the newest campaign until another is chosen (the list comes with the page's first answer)
  const [list, setList] = useState<CampaignOption[]>([]);
  const campaigns = data?.certificationCampaigns?.edges;
  useEffect(() => {
    if (!campaigns) return;
    setList(campaigns.map((e) => e.node));
    if (!chosen && campaigns[0]) setChosen(campaigns[0].node.id);
  }, [campaigns, chosen]);
  const campaignId = chosen;
  return (
    <>
      <h1>{t('certs.title')}</h1>
      {error ? <p role="alert">{t('common.failed')}</p> : null}
      {sections.completion ? (
        <section className="card" aria-labelledby="completion-heading">
          <h2 id="completion-heading">{t('certs.completion')}</h2>
          {list.length === 0 ? <p>{data ? t('certs.noCampaigns') : t('common.loading')}</p> : (
            <SelectField id="campaign" label={t('certs.campaign')} value={campaignId} onChange={(id) => { overduePaging.reset(); setChosen(id); }}
              options={list.map((c) => ({ value: c.id, label: `${c.name} · ${t('code.version', { number: c.versionNumber })} · ${t(`enum.campaignStatus.${c.status}`)}` }))} />
          )}
          {data?.certificationCompletion ? <Completion completion={data.certificationCompletion} overdue={overduePaging.list(data.certificationCompletion.overdue.edges)}
            canRefer={canReferForDiscipline(viewer.roles)}
            more={<LoadMore pageInfo={data.certificationCompletion.overdue.pageInfo} fetching={fetching}
              onMore={(cursor) => overduePaging.more(data.certificationCompletion?.overdue.edges ?? [], cursor)} />} /> : null}
        </section>
      ) : null}
      {sections.exceptions ? (
        <section className="card" aria-labelledby="exceptions-heading">
          <h2 id="exceptions-heading">{t('certs.exceptions')}</h2>
          <CheckboxField id="unresolved-only" label={t('certs.unresolvedOnly')} checked={unresolvedOnly} onChange={(v) => { exceptionsPaging.reset(); setUnresolvedOnly(v); }} />
          {!data?.certificationExceptions && exceptions.length === 0 ? <p>{t('common.loading')}</p>
            : exceptions.length === 0 ? <p>{t('certs.noExceptions')}</p> : (
              <ul className="allegations" data-testid="exceptions">
                {exceptions.map((e) => <CertificationException key={e.node.id} certification={e.node} roles={viewer.roles} timeZone={viewer.tenant.timeZone} />)}
              </ul>
            )}
          <LoadMore pageInfo={data?.certificationExceptions?.pageInfo} fetching={fetching}
            onMore={(cursor) => exceptionsPaging.more(data?.certificationExceptions?.edges ?? [], cursor)} />
        </section>
      ) : null}
    </>
  );
}

type CampaignOption = NonNullable<import('../../gql/graphql').CertificationsPageQuery['certificationCampaigns']>['edges'][number]['node'];
type OverdueEdge = CompletionData['overdue']['edges'][number];
type ExceptionEdge = NonNullable<import('../../gql/graphql').CertificationsPageQuery['certificationExceptions']>['edges'][number];
type CompletionData = NonNullable<import('../../gql/graphql').CertificationsPageQuery['certificationCompletion']>;

export function Completion({ completion, overdue, more, canRefer }: { completion: CompletionData; overdue: OverdueEdge[]; more: ReactNode; canRefer: boolean }) {
  const { t, i18n } = useTranslation();
  const [referring, setReferring] = useState<OverdueRow | null>(null);
  const [referred, setReferred] = useState<OverdueRow | null>(null);
  return (
    <>
      <CompletionTotals counts={completion.totals} testId="completion-totals" />
      <h3 id="departments-heading">{t('certs.byDepartment')}</h3>
      <table aria-labelledby="departments-heading" data-testid="departments">
        <thead><tr>
          <th scope="col">{t('certs.department')}</th><th scope="col">{t('certs.assigned')}</th><th scope="col">{t('certs.completed')}</th>
          <th scope="col">{t('certs.withException')}</th><th scope="col">{t('certs.overdue')}</th><th scope="col">{t('certs.rate')}</th>
        </tr></thead>
        <tbody>{completion.departments.edges.map(({ node }, i) => <DepartmentRow key={i} department={node.department} counts={node.counts} />)}</tbody>
      </table>
      <h3 id="overdue-people-heading">{t('certs.overduePeople')}</h3>
      {overdue.length === 0 ? <p>{t('certs.noneOverdue')}</p> : (
        <table aria-labelledby="overdue-people-heading" data-testid="overdue-people">
          <thead><tr><th scope="col">{t('certs.name')}</th><th scope="col">{t('certs.department')}</th><th scope="col">{t('certs.due')}</th><th scope="col">{t('certs.daysOverdue')}</th><th scope="col">{t('certs.referred')}</th>{canRefer ? <th scope="col">{t('certReferral.action')}</th> : null}</tr></thead>
          <tbody>{overdue.map(({ node }) => (
            <tr key={node.assignmentId}><th scope="row">{node.name}</th><td>{node.department ?? '—'}</td><td>{formatDate(node.dueDate, i18n.language)}</td><td>{node.daysOverdue}</td><td>{node.referredForDiscipline ? t('common.yes') : '—'}</td>
              {canRefer ? <td>{node.referredForDiscipline ? null : (
                <button type="button" aria-label={t('certReferral.referWho', { name: node.name })}
                  onClick={() => { setReferred(null); setReferring({ assignmentId: node.assignmentId, name: node.name }); }}>{t('certReferral.refer')}</button>
              )}</td> : null}</tr>
          ))}</tbody>
        </table>
      )}
      {more}
      {referred ? <p role="status" data-testid="referral-done">{t('certReferral.done', { name: referred.name })}</p> : null}
      {canRefer && referring ? <ReferralForm key={referring.assignmentId} row={referring}
        onDone={(row) => { setReferring(null); setReferred(row); }} onCancel={() => setReferring(null)} /> : null}
    </>
  );
}

/** A campaign's (or the group's) counts, with the completion rate. */
export function CompletionTotals({ counts, testId }: { counts: FragmentType<typeof CompletionCounts_counts>; testId: string }) {
  const { t, i18n } = useTranslation();
  const totals = readFragment(CompletionCounts_counts, counts);
  return (
    <dl className="facts" data-testid={testId}>
      <dt>{t('certs.assigned')}</dt><dd>{totals.assigned}</dd>
      <dt>{t('certs.completed')}</dt><dd>{totals.completed}</dd>
      <dt>{t('certs.withException')}</dt><dd>{totals.exceptions}</dd>
      <dt>{t('certs.pending')}</dt><dd>{totals.pending}</dd>
      <dt>{t('certs.overdue')}</dt><dd>{totals.overdue}</dd>
      <dt>{t('certs.rate')}</dt><dd data-testid={`${testId}-rate`}>{percent(totals.completionRate, i18n.language)}</dd>
    </dl>
  );
}

function DepartmentRow({ department, counts }: { department?: string | null; counts: FragmentType<typeof CompletionCounts_counts> }) {
  const { t, i18n } = useTranslation();
  const c = readFragment(CompletionCounts_counts, counts);
  return <tr><th scope="row">{department ?? t('certs.noDepartment')}</th><td>{c.assigned}</td><td>{c.completed}</td><td>{c.exceptions}</td><td>{c.overdue}</td><td>{percent(c.completionRate, i18n.language)}</td></tr>;
}

export function percent(rate: number, language: string): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(rate);
}

/** An exception raised on certifying, with its decision or the form to decide it. */
export function CertificationException({ certification, roles, timeZone }: { certification: FragmentType<typeof CertificationException_certification>; roles: readonly Role[]; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const c = readFragment(CertificationException_certification, certification);
  const [outcome, setOutcome] = useState<CertificationResolutionOutcome>('CLEARED');
  const [note, setNote] = useState('');
  const [result, resolve] = useMutation(ExceptionResolve);
  const errors = result.data?.certificationExceptionResolve.userErrors;
  const id = `exception-${c.id.replace(/[^A-Za-z0-9]/g, '')}`;
  const when = (iso: string) => formatDateTime(iso, i18n.language, timeZone);
  return (
    <li data-testid="exception">
      <p><strong>{c.printedName}</strong> · {t('code.version', { number: c.versionNumber })} · {when(c.certifiedAt)}{c.campaign ? ` · ${c.campaign.name}` : ''}</p>
      <blockquote>{c.exception}</blockquote>
      {c.resolution ? (
        <p data-testid="resolution">{t(`enum.resolution.${c.resolution.outcome}`)} · {when(c.resolution.resolvedAt)}: {c.resolution.note}</p>
      ) : roles.some((r) => r === 'CFO_CAO' || r === 'BOARD' || r === 'AUDIT_COMMITTEE') ? (
        <form className="subform" aria-labelledby={`${id}-heading`} data-testid="exception-resolve"
          onSubmit={(e) => { e.preventDefault(); void resolve({ input: { certificationId: c.id, outcome, note } }); }}>
          <h3 id={`${id}-heading`}>{t('certs.decide')}</h3>
          <FormErrors errors={otherErrors(errors, ['outcome', 'note'])} />
          <SelectField id={`${id}-outcome`} label={t('certs.decision')} value={outcome} onChange={setOutcome} errors={errorsFor(errors, 'outcome')}
            options={OUTCOMES.map((o) => ({ value: o, label: t(`enum.resolution.${o}`) }))} />
          <TextArea id={`${id}-note`} label={t('inv.why')} value={note} onChange={setNote} rows={2} required errors={errorsFor(errors, 'note')} />
          <button type="submit" disabled={result.fetching}>{t('certs.decideButton')}</button>
        </form>
      ) : null}
    </li>
  );
}
