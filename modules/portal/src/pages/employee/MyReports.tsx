import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { TextArea } from '../../components/Fields';
import { Messages } from '../../components/Messages';
import { errorsFor } from '../../userErrors';
import { formatDateTime } from '../../format';
import { useShell } from '../TenantArea';
import { LoadMore, usePaging } from '../../components/LoadMore';
import type { MyReportsQuery as MyReportsData } from '../../gql/graphql';

type ReportEdge = MyReportsData['viewer']['reports']['edges'][number];

const MyReportsQuery = graphql(`
  query MyReports($after: String) {
    viewer {
      reports(first: 20, after: $after) {
        pageInfo { hasNextPage endCursor }
        edges { node { id number status category receivedAt acknowledgementDue feedbackDue feedback messages { ...Messages_message } } }
      }
    }
  }
`);

const ReportMessagePost = graphql(`
  mutation ReportMessagePost($input: ReportMessagePostInput!) {
    reportMessagePost(input: $input) {
      report { id messages { ...Messages_message } }
      userErrors { field message code }
    }
  }
`);

/** The person's own named and confidential reports, as their reporter sees them, with the messages. */
export function MyReports() {
  const { t, i18n } = useTranslation();
  const { viewer: shell } = useShell();
  const zone = shell.tenant.timeZone;
  const paging = usePaging<ReportEdge>();
  const [{ data, error, fetching }] = useQuery({ query: MyReportsQuery, variables: { after: paging.after } });
  const reports = paging.list(data?.viewer.reports.edges).map((e) => e.node);
  if (error) return <p role="alert">{t('common.failed')}</p>;
  if (!data && reports.length === 0) return <p>{t('common.loading')}</p>;
  return (
    <>
      <h1>{t('nav.myReports')}</h1>
      {reports.length === 0 ? <p>{t('myReports.none')}</p> : reports.map((r) => (
        <section key={r.id} className="card" aria-labelledby={`r-${r.id}`}>
          <h2 id={`r-${r.id}`}>{r.number} · {t(`enum.category.${r.category}`)}</h2>
          <p>{t(`enum.status.${r.status}`)} · {t('case.received')} {formatDateTime(r.receivedAt, i18n.language, zone)} · {t('case.feedbackDue')} {formatDateTime(r.feedbackDue, i18n.language, zone)}</p>
          {r.feedback ? <p className="feedback"><strong>{t('case.feedback')}:</strong> {r.feedback}</p> : null}
          <Messages messages={r.messages} timeZone={zone} />
          {r.status !== 'CLOSED' ? <Reply reportId={r.id} /> : null}
        </section>
      ))}
      <LoadMore pageInfo={data?.viewer.reports.pageInfo} fetching={fetching} onMore={(cursor) => paging.more(data?.viewer.reports.edges ?? [], cursor)} />
    </>
  );
}

function Reply({ reportId }: { reportId: string }) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const [result, post] = useMutation(ReportMessagePost);
  const id = `reply-${reportId}`;
  return (
    <form onSubmit={(e) => {
      e.preventDefault();
      void post({ input: { reporterCaseViewId: reportId, body } }).then((r) => { if (r.data?.reportMessagePost.userErrors.length === 0) setBody(''); });
    }}>
      <TextArea id={id} label={t('followUp.reply')} value={body} onChange={setBody} rows={3} required errors={errorsFor(result.data?.reportMessagePost.userErrors, 'body')} />
      <button type="submit" disabled={result.fetching}>{t('followUp.send')}</button>
    </form>
  );
}
