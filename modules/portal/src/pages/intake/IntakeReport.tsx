import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { ReportCategory, Recipient } from '../../gql/graphql';
import { CheckboxField, FormErrors, SelectField, TextArea, TextField } from '../../components/Fields';
import { CATEGORIES, PUBLIC_RECIPIENTS, enumOptions } from '../../options';
import { errorsFor, otherErrors } from '../../userErrors';
import { formatDateTime } from '../../format';
import { PublicClient } from './PublicClient';

const PublicReportSubmit = graphql(`
  mutation PublicReportSubmit($input: PublicReportSubmitInput!) {
    publicReportSubmit(input: $input) {
      receipt { caseNumber receiptKey acknowledgementDue }
      userErrors { field message code }
    }
  }
`);

const FIELDS = ['passphrase', 'report.category', 'report.recipient', 'report.description', 'report.occurredWhen'];

/** Anyone reports a concern through the tenant's public intake, without an account. */
export function IntakeReport() {
  return <PublicClient><IntakeReportForm /></PublicClient>;
}

export function IntakeReportForm() {
  const { intakeKey = '' } = useParams();
  const { t, i18n } = useTranslation();
  const [category, setCategory] = useState<ReportCategory>('OTHER');
  const [recipient, setRecipient] = useState<Recipient>('CFO_CAO');
  const [description, setDescription] = useState('');
  const [occurredWhen, setOccurredWhen] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [kept, setKept] = useState(false);
  const [done, setDone] = useState(false);
  const [result, submit] = useMutation(PublicReportSubmit);
  const payload = result.data?.publicReportSubmit;
  const receipt = payload?.receipt;

  if (receipt && done) {
    return (
      <>
        <h1>{t('intake.thanksTitle')}</h1>
        <p>{t('intake.receiptGone')}</p>
        <p><Link to={`/intake/${intakeKey}/follow-up`}>{t('intake.followUpLink')}</Link></p>
      </>
    );
  }
  if (receipt) {
    return (
      <>
        <h1>{t('intake.receiptTitle')}</h1>
        <p>{t('intake.caseNumber')}: <strong>{receipt.caseNumber}</strong></p>
        <div className="receipt" aria-labelledby="receipt-label">
          <p id="receipt-label">{t('intake.receiptKey')}</p>
          <output className="receipt-key" data-testid="receipt-key">{receipt.receiptKey}</output>
        </div>
        <p className="warning" role="note">{t('intake.keepThis')}</p>
        <p>{t('intake.acknowledgementDue', { date: formatDateTime(receipt.acknowledgementDue, i18n.language) })}</p>
        <CheckboxField id="kept" label={t('intake.keptIt')} checked={kept} onChange={setKept} />
        <button type="button" disabled={!kept} onClick={() => setDone(true)}>{t('intake.continue')}</button>
      </>
    );
  }
  const errors = payload?.userErrors;
  return (
    <>
      <h1>{t('intake.title')}</h1>
      <p>{t('intake.intro')}</p>
      <p><Link to={`/intake/${intakeKey}/follow-up`}>{t('intake.alreadyReported')}</Link></p>
      <form onSubmit={(e) => {
        e.preventDefault();
        void submit({ input: { intakeKey, passphrase, report: { category, recipient, description, occurredWhen: occurredWhen || null, language: i18n.language } } });
      }}>
        <FormErrors errors={otherErrors(errors, FIELDS)} />
        {result.error ? <p role="alert">{t('common.failed')}</p> : null}
        <SelectField id="category" label={t('report.category')} value={category} onChange={setCategory}
          options={enumOptions(t, 'category', CATEGORIES)} errors={errorsFor(errors, 'report.category')} />
        <SelectField id="recipient" label={t('report.recipient')} value={recipient} onChange={setRecipient}
          options={enumOptions(t, 'recipient', PUBLIC_RECIPIENTS)} errors={errorsFor(errors, 'report.recipient')} />
        <TextArea id="description" label={t('report.description')} value={description} onChange={setDescription} required
          errors={errorsFor(errors, 'report.description')} />
        <TextField id="occurredWhen" label={t('report.occurredWhen')} hint={t('report.occurredWhenHint')} value={occurredWhen}
          onChange={setOccurredWhen} errors={errorsFor(errors, 'report.occurredWhen')} />
        <TextField id="passphrase" type="password" label={t('intake.passphrase')} hint={t('intake.passphraseHint')}
          value={passphrase} onChange={setPassphrase} required autoComplete="new-password" errors={errorsFor(errors, 'passphrase')} />
        <button type="submit" disabled={result.fetching}>{t('intake.submit')}</button>
      </form>
    </>
  );
}
