import { createContext, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { NavLink, Route, Routes, useLocation, useNavigate, useParams } from 'react-router';
import { Provider, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import type { User } from 'oidc-client-ts';
import { graphql } from '../gql';
import type { ShellQuery } from '../gql/graphql';
import { Layout } from '../components/Layout';
import { currentUser, followTokens, signIn, signOut } from '../auth';
import { graphqlClient } from '../client';
import { EmployeeHome } from './employee/EmployeeHome';
import { CodePage } from './employee/CodePage';
import { ReportPage } from './employee/ReportPage';
import { MyReports } from './employee/MyReports';
import { GiftsPage } from './employee/GiftsPage';
import { CaseList } from './workbench/CaseList';
import { CasePage } from './workbench/CasePage';
import { CertificationsPage } from './workbench/CertificationsPage';
import { BoardHome } from './board/BoardHome';
import { MatterPage } from './board/MatterPage';

const Shell = graphql(`
  query Shell {
    viewer { name roles tenant { key name timeZone currency fiscalYearStartMonth defaultLocale topOfGroup } }
  }
`);

export type ShellViewer = ShellQuery['viewer'];

const ShellContext = createContext<{ viewer: ShellViewer; accessToken: () => string | undefined } | null>(null);

/** The signed-in person and their tenant (its zone and currency format every page). */
export function useShell() {
  const shell = useContext(ShellContext);
  if (!shell) throw new Error('Outside a signed-in page');
  return shell;
}

const HANDLERS = ['CFO_CAO', 'TREASURER', 'AUDIT_COMMITTEE', 'CEO'];
const BOARD = ['BOARD', 'AUDIT_COMMITTEE'];

/** The signed-in pages of a tenant: signs in first (at the tenant's issuer), then shows the page. */
export function TenantArea() {
  const { tenant = '' } = useParams();
  const location = useLocation();
  const { t } = useTranslation();
  const [user, setUser] = useState<User | null | undefined>(undefined);
  // the current access token: renewed in the background (never reset by a render), read by each request
  const token = useRef<string | undefined>(undefined);
  useEffect(() => {
    let live = true;
    currentUser(tenant).then((u) => {
      if (!live) return;
      if (u) { token.current = u.access_token; setUser(u); } else void signIn(tenant, location.pathname + location.search).catch(() => live && setUser(null));
    }).catch(() => live && setUser(null));
    return () => { live = false; };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [tenant]);
  const signedIn = Boolean(user);
  useEffect(() => {
    if (!signedIn) return undefined;
    let stop: (() => void) | undefined;
    let live = true;
    void followTokens(tenant, (renewed) => { token.current = renewed.access_token; },
      () => { void signIn(tenant, window.location.pathname + window.location.search); })
      .then((unfollow) => { if (live) stop = unfollow; else unfollow(); });
    return () => { live = false; stop?.(); };
  }, [tenant, signedIn]);
  const accessToken = useMemo(() => () => token.current, []);
  const client = useMemo(() => (signedIn ? graphqlClient(accessToken) : null), [signedIn, accessToken]);
  if (user === null) return <Layout><h1>{t('signIn.title')}</h1><p role="alert">{t('signIn.failed')}</p></Layout>;
  if (!user || !client) return <Layout><p>{t('signIn.redirecting')}</p></Layout>;
  return <Provider value={client}><SignedIn tenant={tenant} accessToken={accessToken} /></Provider>;
}

function SignedIn({ tenant, accessToken }: { tenant: string; accessToken: () => string | undefined }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [{ data, error }] = useQuery({ query: Shell });
  if (error) return <Layout><p role="alert">{t('common.failed')}</p></Layout>;
  if (!data) return <Layout><p>{t('common.loading')}</p></Layout>;
  const viewer = data.viewer;
  const base = `/t/${tenant}`;
  const handler = viewer.roles.some((r) => HANDLERS.includes(r));
  const board = viewer.roles.some((r) => BOARD.includes(r));
  const nav = (
    <ul>
      <li><NavLink end to={base}>{t('nav.home')}</NavLink></li>
      <li><NavLink to={`${base}/code`}>{t('nav.code')}</NavLink></li>
      <li><NavLink to={`${base}/report`}>{t('nav.report')}</NavLink></li>
      <li><NavLink to={`${base}/reports`}>{t('nav.myReports')}</NavLink></li>
      <li><NavLink to={`${base}/gifts`}>{t('nav.gifts')}</NavLink></li>
      {handler ? <li><NavLink end to={`${base}/workbench`}>{t('nav.workbench')}</NavLink></li> : null}
      {handler || board ? <li><NavLink to={`${base}/workbench/certifications`}>{t('nav.certifications')}</NavLink></li> : null}
      {board ? <li><NavLink to={`${base}/board`}>{t('nav.board')}</NavLink></li> : null}
    </ul>
  );
  const userBox = (
    <span className="user">
      <span>{viewer.name} · {viewer.tenant.name}</span>
      <button type="button" className="link" onClick={() => { void signOut(tenant).then(() => navigate('/')); }}>{t('nav.signOut')}</button>
    </span>
  );
  return (
    <ShellContext.Provider value={{ viewer, accessToken }}>
      <Layout nav={nav} user={userBox}>
        <Routes>
          <Route index element={<EmployeeHome />} />
          <Route path="code" element={<CodePage />} />
          <Route path="report" element={<ReportPage />} />
          <Route path="reports" element={<MyReports />} />
          <Route path="gifts" element={<GiftsPage />} />
          <Route path="workbench" element={<CaseList />} />
          <Route path="workbench/cases/:caseId" element={<CasePage />} />
          <Route path="workbench/certifications" element={<CertificationsPage />} />
          <Route path="board" element={<BoardHome />} />
          <Route path="board/matters/:matterId" element={<MatterPage />} />
          <Route path="*" element={<h1>{t('common.notFound')}</h1>} />
        </Routes>
      </Layout>
    </ShellContext.Provider>
  );
}
