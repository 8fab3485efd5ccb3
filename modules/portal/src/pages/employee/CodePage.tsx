import { useMemo, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { CheckboxField, FormErrors, TextArea, TextField } from '../../components/Fields';
import { errorsFor, otherErrors } from '../../userErrors';
import { formatDateTime } from '../../format';
import { useShell } from '../TenantArea';

const CodePageQuery = graphql(`
  query CodePage($language: Locale) {
    currentCode(language: $language) {
      language title contentHash
      version { id number effectiveDate }
      sections { key heading body }
    }
    viewer { certifications(first: 5) { edges { node { id versionNumber certifiedAt status } } } }
  }
`);

const CodeCertify = graphql(`
  mutation CodeCertify($input: CodeCertifyInput!) {
    codeCertify(input: $input) {
      certification { id versionNumber language status certifiedAt campaign { name } }
      userErrors { field message code }
    }
  }
`);

const FIELDS = ['receivedAndRead', 'understood', 'compliedAndWillComply', 'printedName', 'signature', 'exception'];

/** The Code in the reader's language (else the tenant's), and the certification of exactly what was shown. */
export function CodePage() {
  const { t, i18n } = useTranslation();
  const { viewer: shell } = useShell();
  const openedAt = useMemo(() => new Date().toISOString(), []);
  const [{ data, error }] = useQuery({ query: CodePageQuery, variables: { language: i18n.language } });
  const [result, certify] = useMutation(CodeCertify);
  const [read, setRead] = useState(false);
  const [understood, setUnderstood] = useState(false);
  const [complied, setComplied] = useState(false);
  const [printedName, setPrintedName] = useState('');
  const [signature, setSignature] = useState('');
  const [exception, setException] = useState('');
  if (error) return <p role="alert">{t('common.failed')}</p>;
  if (!data) return <p>{t('common.loading')}</p>;
  const code = data.currentCode;
  if (!code) return <><h1>{t('code.title')}</h1><p>{t('code.none')}</p></>;
  const errors = result.data?.codeCertify.userErrors;
  const certified = result.data?.codeCertify.certification;
  const already = data.viewer.certifications.edges.map((e) => e.node).find((c) => c.versionNumber === code.version.number);
  return (
    <>
      <h1 lang={code.language}>{code.title}</h1>
      <p>{t('code.version', { number: code.version.number })}</p>
      <article className="code-text" lang={code.language} aria-label={code.title}>
        {code.sections.map((s) => (
          <section key={s.key}>
            <h2>{s.heading}</h2>
            {s.body.split(/\n{2,}/).map((p, i) => <p key={i}>{p}</p>)}
          </section>
        ))}
      </article>
      <section className="card" aria-labelledby="certify-heading">
        <h2 id="certify-heading">{t('code.certifyHeading')}</h2>
        {certified || already ? (
          <p role="status" data-testid="certified">
            {t('code.certified', { number: (certified ?? already)!.versionNumber, date: formatDateTime((certified ?? already)!.certifiedAt, i18n.language, shell.tenant.timeZone) })}
          </p>
        ) : (
          <form onSubmit={(e) => {
            e.preventDefault();
            void certify({ input: {
              versionId: code.version.id, language: code.language, contentHash: code.contentHash, openedAt,
              receivedAndRead: read, understood, compliedAndWillComply: complied, printedName, signature,
              exception: exception.trim() ? exception : null,
            } });
          }}>
            <FormErrors errors={otherErrors(errors, FIELDS)} />
            <CheckboxField id="receivedAndRead" label={t('code.receivedAndRead')} checked={read} onChange={setRead} errors={errorsFor(errors, 'receivedAndRead')} />
            <CheckboxField id="understood" label={t('code.understood')} checked={understood} onChange={setUnderstood} errors={errorsFor(errors, 'understood')} />
            <CheckboxField id="compliedAndWillComply" label={t('code.complied')} checked={complied} onChange={setComplied} errors={errorsFor(errors, 'compliedAndWillComply')} />
            <TextField id="printedName" label={t('code.printedName')} value={printedName} onChange={setPrintedName} required autoComplete="name" errors={errorsFor(errors, 'printedName')} />
            <TextField id="signature" label={t('code.signature')} hint={t('code.signatureHint')} value={signature} onChange={setSignature} required errors={errorsFor(errors, 'signature')} />
            <TextArea id="exception" label={t('code.exception')} hint={t('code.exceptionHint')} value={exception} onChange={setException} rows={3} errors={errorsFor(errors, 'exception')} />
            <button type="submit" disabled={result.fetching}>{t('code.certify')}</button>
          </form>
        )}
      </section>
    </>
  );
}
