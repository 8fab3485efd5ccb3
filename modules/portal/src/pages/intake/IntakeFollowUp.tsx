import { useState } from 'react';
import { useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { FormErrors, TextArea, TextField } from '../../components/Fields';
import { Messages } from '../../components/Messages';
import { errorsFor, otherErrors } from '../../userErrors';
import { formatDateTime } from '../../format';
import { PublicClient } from './PublicClient';

const PublicReportQuery = graphql(`
  query PublicReport($input: PublicReportAccessInput!) {
    publicReport(input: $input) {
      caseNumber status category receivedAt acknowledgedAt feedbackDue feedback
      messages { ...Messages_message }
    }
  }
`);

const PublicReportMessagePost = graphql(`
  mutation PublicReportMessagePost($input: PublicReportMessagePostInput!) {
    publicReportMessagePost(input: $input) {
      report { caseNumber status messages { ...Messages_message } }
      userErrors { field message code }
    }
  }
`);

/** The reporter follows up with the receipt key and passphrase: reads, and writes back. Nothing is kept. */
export function IntakeFollowUp() {
  return <PublicClient><FollowUp /></PublicClient>;
}

function FollowUp() {
  const { intakeKey = '' } = useParams();
  const { t, i18n } = useTranslation();
  const [receiptKey, setReceiptKey] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [access, setAccess] = useState<{ receiptKey: string; passphrase: string } | null>(null);
  const [body, setBody] = useState('');
  const [{ data, fetching, error }] = useQuery({
    query: PublicReportQuery,
    variables: { input: { intakeKey, receiptKey: access?.receiptKey ?? '', passphrase: access?.passphrase ?? '' } },
    pause: access === null,
    requestPolicy: 'network-only',
  });
  const [posted, post] = useMutation(PublicReportMessagePost);
  const report = data?.publicReport;
  const postErrors = posted.data?.publicReportMessagePost.userErrors;

  return (
    <>
      <h1>{t('followUp.title')}</h1>
      <form onSubmit={(e) => { e.preventDefault(); setAccess({ receiptKey: receiptKey.trim(), passphrase }); }}>
        <TextField id="receiptKey" label={t('intake.receiptKey')} value={receiptKey} onChange={setReceiptKey} required />
        <TextField id="followPassphrase" type="password" label={t('intake.passphrase')} value={passphrase} onChange={setPassphrase}
          required autoComplete="current-password" />
        <button type="submit" disabled={fetching}>{t('followUp.open')}</button>
      </form>
      {error ? <p role="alert">{t('followUp.notOpened')}</p> : null}
      {report ? (
        <section aria-labelledby="report-heading" className="card">
          <h2 id="report-heading">{t('intake.caseNumber')} {report.caseNumber}</h2>
          <dl>
            <dt>{t('case.status')}</dt><dd data-testid="report-status">{t(`enum.status.${report.status}`)}</dd>
            <dt>{t('case.received')}</dt><dd>{formatDateTime(report.receivedAt, i18n.language)}</dd>
            <dt>{t('case.acknowledged')}</dt><dd>{report.acknowledgedAt ? formatDateTime(report.acknowledgedAt, i18n.language) : '—'}</dd>
            <dt>{t('case.feedbackDue')}</dt><dd>{formatDateTime(report.feedbackDue, i18n.language)}</dd>
          </dl>
          {report.feedback ? <p className="feedback" data-testid="feedback"><strong>{t('case.feedback')}:</strong> {report.feedback}</p> : null}
          <h3>{t('case.messages')}</h3>
          <Messages messages={(posted.data?.publicReportMessagePost.report?.messages) ?? report.messages} />
          {report.status !== 'CLOSED' ? (
            <form onSubmit={(e) => {
              e.preventDefault();
              void post({ input: { intakeKey, receiptKey: access!.receiptKey, passphrase: access!.passphrase, body } })
                .then((r) => { if (r.data?.publicReportMessagePost.userErrors.length === 0) setBody(''); });
            }}>
              <FormErrors errors={otherErrors(postErrors, ['body'])} />
              <TextArea id="reply" label={t('followUp.reply')} value={body} onChange={setBody} required errors={errorsFor(postErrors, 'body')} />
              <button type="submit" disabled={posted.fetching}>{t('followUp.send')}</button>
            </form>
          ) : null}
        </section>
      ) : null}
      {access && !fetching && !error && data && !report ? <p role="alert">{t('followUp.notOpened')}</p> : null}
    </>
  );
}
