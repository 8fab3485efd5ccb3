import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../i18n';

/** Landmarks (header, nav, main), a skip link and the language chooser, on every page. */
export function Layout({ nav, children, user }: { nav?: ReactNode; children: ReactNode; user?: ReactNode }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#main">{t('common.skipToContent')}</a>
      <header className="top">
        <span className="brand">Conduct</span>
        {nav ? <nav aria-label={t('common.mainNavigation')}>{nav}</nav> : null}
        <div className="top-right">
          {user}
          <label htmlFor="language" className="visually-hidden">{t('common.language')}</label>
          <select id="language" value={i18n.resolvedLanguage} onChange={(e) => void i18n.changeLanguage(e.target.value)}>
            {LANGUAGES.map((l) => <option key={l.code} value={l.code} lang={l.code}>{l.name}</option>)}
          </select>
        </div>
      </header>
      <main id="main" tabIndex={-1}>{children}</main>
    </>
  );
}
