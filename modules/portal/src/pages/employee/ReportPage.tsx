import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { ReportCategory, Recipient, ReporterMode } from '../../gql/graphql';
import { FormErrors, SelectField, TextArea, TextField } from '../../components/Fields';
import { CATEGORIES, RECIPIENTS, enumOptions } from '../../options';
import { errorsFor, otherErrors } from '../../userErrors';
import { useShell } from '../TenantArea';

const ReportSubmit = graphql(`
  mutation ReportSubmit($input: ReportSubmitInput!) {
    reportSubmit(input: $input) {
      report { id number status }
      receipt { caseNumber receiptKey }
      userErrors { field message code }
    }
  }
`);

const FIELDS = ['reporterMode', 'passphrase', 'report.category', 'report.recipient', 'report.description', 'report.occurredWhen'];

/** A signed-in person reports a concern: named, confidential or anonymous. */
export function ReportPage() {
  const { t, i18n } = useTranslation();
  const { viewer } = useShell();
  const [mode, setMode] = useState<ReporterMode>('CONFIDENTIAL');
  const [category, setCategory] = useState<ReportCategory>('OTHER');
  const [recipient, setRecipient] = useState<Recipient>('CFO_CAO');
  const [description, setDescription] = useState('');
  const [occurredWhen, setOccurredWhen] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [result, submit] = useMutation(ReportSubmit);
  const payload = result.data?.reportSubmit;
  if (payload?.receipt) {
    return (
      <>
        <h1>{t('intake.thanksTitle')}</h1>
        <p>{t('intake.caseNumber')}: <strong>{payload.receipt.caseNumber}</strong></p>
        {payload.receipt.receiptKey ? (
          <>
            <p>{t('intake.receiptKey')}: <output className="receipt-key">{payload.receipt.receiptKey}</output></p>
            <p className="warning" role="note">{t('intake.keepThis')}</p>
          </>
        ) : <p><Link to={`/t/${viewer.tenant.key}/reports`}>{t('nav.myReports')}</Link></p>}
      </>
    );
  }
  const errors = payload?.userErrors;
  return (
    <>
      <h1>{t('report.title')}</h1>
      <form onSubmit={(e) => {
        e.preventDefault();
        void submit({ input: { reporterMode: mode, passphrase: mode === 'ANONYMOUS' ? passphrase : null,
          report: { category, recipient, description, occurredWhen: occurredWhen || null, language: i18n.language } } });
      }}>
        <FormErrors errors={otherErrors(errors, FIELDS)} />
        <fieldset>
          <legend>{t('report.mode')}</legend>
          {(['NAMED', 'CONFIDENTIAL', 'ANONYMOUS'] as const).map((m) => (
            <div key={m} className="field checkbox">
              <input type="radio" id={`mode-${m}`} name="mode" value={m} checked={mode === m} onChange={() => setMode(m)} />
              <label htmlFor={`mode-${m}`}>{t(`enum.mode.${m}`)} — {t(`report.modeHint.${m}`)}</label>
            </div>
          ))}
        </fieldset>
        <SelectField id="category" label={t('report.category')} value={category} onChange={setCategory}
          options={enumOptions(t, 'category', CATEGORIES)} errors={errorsFor(errors, 'report.category')} />
        <SelectField id="recipient" label={t('report.recipient')} value={recipient} onChange={setRecipient}
          options={enumOptions(t, 'recipient', RECIPIENTS)} errors={errorsFor(errors, 'report.recipient')} />
        <TextArea id="description" label={t('report.description')} value={description} onChange={setDescription} required
          errors={errorsFor(errors, 'report.description')} />
        <TextField id="occurredWhen" label={t('report.occurredWhen')} hint={t('report.occurredWhenHint')} value={occurredWhen}
          onChange={setOccurredWhen} errors={errorsFor(errors, 'report.occurredWhen')} />
        {mode === 'ANONYMOUS' ? (
          <TextField id="passphrase" type="password" label={t('intake.passphrase')} hint={t('intake.passphraseHint')}
            value={passphrase} onChange={setPassphrase} required autoComplete="new-password" errors={errorsFor(errors, 'passphrase')} />
        ) : null}
        <button type="submit" disabled={result.fetching}>{t('intake.submit')}</button>
      </form>
    </>
  );
}
