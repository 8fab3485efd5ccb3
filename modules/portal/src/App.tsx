import { useEffect, useState } from 'react';
import { Route, Routes, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Layout } from './components/Layout';
import { Landing } from './pages/Landing';
import { IntakeReport } from './pages/intake/IntakeReport';
import { IntakeFollowUp } from './pages/intake/IntakeFollowUp';
import { TenantArea } from './pages/TenantArea';
import { completeSignIn } from './auth';

// The client routes; the server serves this page at each of them (PortalConfiguration.CLIENT_ROUTES).
export function App() {
  return (
    <Routes>
      <Route path="/" element={<Layout><Landing /></Layout>} />
      <Route path="/intake/:intakeKey" element={<Layout><IntakeReport /></Layout>} />
      <Route path="/intake/:intakeKey/follow-up" element={<Layout><IntakeFollowUp /></Layout>} />
      <Route path="/auth/callback" element={<Layout><Callback /></Layout>} />
      <Route path="/t/:tenant/*" element={<TenantArea />} />
      <Route path="*" element={<Layout><NotFound /></Layout>} />
    </Routes>
  );
}

function Callback() {
  const navigate = useNavigate();
  const { t } = useTranslation();
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    completeSignIn().then((to) => navigate(to, { replace: true })).catch((e: Error) => setFailed(e.message));
  }, [navigate]);
  return (
    <>
      <h1>{t('signIn.title')}</h1>
      {failed ? <p role="alert">{t('signIn.failed')} ({failed})</p> : <p>{t('common.loading')}</p>}
    </>
  );
}

function NotFound() {
  const { t } = useTranslation();
  return <h1>{t('common.notFound')}</h1>;
}
