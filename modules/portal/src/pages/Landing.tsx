import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { TextField } from '../components/Fields';

/** Where to start: sign in to one's company, or learn how to report without an account. */
export function Landing() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [tenant, setTenant] = useState('');
  return (
    <>
      <h1>{t('landing.title')}</h1>
      <p>{t('landing.intro')}</p>
      <section aria-labelledby="signin-heading" className="card">
        <h2 id="signin-heading">{t('landing.signInHeading')}</h2>
        <form onSubmit={(e) => { e.preventDefault(); if (tenant.trim()) navigate(`/t/${tenant.trim().toLowerCase()}`); }}>
          <TextField id="tenant" label={t('landing.companyKey')} hint={t('landing.companyKeyHint')} value={tenant} onChange={setTenant} required />
          <button type="submit">{t('landing.signIn')}</button>
        </form>
      </section>
      <section aria-labelledby="anonymous-heading" className="card">
        <h2 id="anonymous-heading">{t('landing.anonymousHeading')}</h2>
        <p>{t('landing.anonymousText')}</p>
      </section>
    </>
  );
}
