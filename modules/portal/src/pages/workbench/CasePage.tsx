import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql, readFragment } from '../../gql';
import { FormErrors, TextArea } from '../../components/Fields';
import { Messages } from '../../components/Messages';
import { errorsFor, otherErrors, type UserErrorValue } from '../../userErrors';
import { formatDateTime } from '../../format';
import { useShell } from '../TenantArea';
import { CaseInvestigation, CasePeople_query } from './CaseInvestigation';
import { CaseRecord } from './CaseRecord';
import { CaseMeeting } from './CaseMeeting';

const CasePageQuery = graphql(`
  query CasePage($id: ID!) {
    case(id: $id) {
      id number status category recipient channel reporterMode description occurredWhen location othersAware language
      receivedAt acknowledgementDue acknowledgedAt feedbackDue closedAt escalated handlerRoles
      routing { rule description }
      timeline { type at note }
      messages { ...Messages_message }
      ...CaseInvestigation_case
      ...CaseRecord_case
      ...CaseMeeting_case
    }
    ...CasePeople_query
  }
`);

const CaseAcknowledge = graphql(`
  mutation CaseAcknowledge($input: CaseAcknowledgeInput!) {
    caseAcknowledge(input: $input) { case { id status acknowledgedAt feedbackDue timeline { type at note } messages { ...Messages_message } } userErrors { field message code } }
  }
`);

const CaseMessagePost = graphql(`
  mutation CaseMessagePost($input: CaseMessagePostInput!) {
    caseMessagePost(input: $input) { case { id timeline { type at note } messages { ...Messages_message } } userErrors { field message code } }
  }
`);

const CaseClose = graphql(`
  mutation CaseClose($input: CaseCloseInput!) {
    caseClose(input: $input) { case { id status closedAt timeline { type at note } } userErrors { field message code } }
  }
`);

/** A case: what was reported, its deadlines, timeline and messages; acknowledge, write, close. */
export function CasePage() {
  const { caseId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { viewer } = useShell();
  const zone = viewer.tenant.timeZone;
  const [{ data, error }] = useQuery({ query: CasePageQuery, variables: { id: caseId } });
  // the signed-in person marked themselves involved: the case is no longer theirs to see
  const [lostAccess, setLostAccess] = useState(false);
  if (lostAccess) return <><h1>{t('caseActions.lostAccessTitle')}</h1><p role="status" data-testid="lost-access">{t('caseActions.lostAccess')}</p><p><Link to={`/t/${viewer.tenant.key}/workbench`}>{t('caseActions.backToWorkbench')}</Link></p></>;
  if (error) return <p role="alert">{t('common.failed')}</p>;
  if (!data) return <p>{t('common.loading')}</p>;
  const c = data.case;
  if (!c) return <h1>{t('common.notFound')}</h1>;
  const when = (iso: string | null | undefined) => (iso ? formatDateTime(iso, i18n.language, zone) : '—');
  return (
    <>
      <h1>{t('case.title', { number: c.number })}</h1>
      <dl className="facts">
        <dt>{t('case.status')}</dt><dd data-testid="case-status">{t(`enum.status.${c.status}`)}</dd>
        <dt>{t('report.category')}</dt><dd>{t(`enum.category.${c.category}`)}</dd>
        <dt>{t('report.recipient')}</dt><dd>{t(`enum.recipient.${c.recipient}`)}</dd>
        <dt>{t('case.channel')}</dt><dd>{t(`enum.channel.${c.channel}`)} · {t(`enum.mode.${c.reporterMode}`)}</dd>
        <dt>{t('case.received')}</dt><dd>{when(c.receivedAt)}</dd>
        <dt>{t('case.acknowledgementDue')}</dt><dd>{when(c.acknowledgementDue)}</dd>
        <dt>{t('case.acknowledged')}</dt><dd>{when(c.acknowledgedAt)}</dd>
        <dt>{t('case.feedbackDue')}</dt><dd>{when(c.feedbackDue)}</dd>
      </dl>
      <section className="card" aria-labelledby="report-heading">
        <h2 id="report-heading">{t('case.report')}</h2>
        <p className="description">{c.description}</p>
        {c.occurredWhen ? <p>{t('report.occurredWhen')} {c.occurredWhen}</p> : null}
        <p className="hint">{t('case.routing')}: {c.routing.map((r) => r.description).join(' ')}</p>
      </section>
      <CaseRecord case={c} people={readFragment(CasePeople_query, data).people.edges.map((e) => e.node)} roles={viewer.roles} timeZone={zone}
        onLostAccess={() => setLostAccess(true)} />
      <CaseMeeting case={c} roles={viewer.roles} timeZone={zone} />
      {c.status === 'RECEIVED' ? <Acknowledge caseId={c.id} /> : null}
      <section className="card" aria-labelledby="messages-heading">
        <h2 id="messages-heading">{t('case.messages')}</h2>
        <Messages messages={c.messages} timeZone={zone} />
        {c.status !== 'CLOSED' ? <MessageForm caseId={c.id} /> : null}
      </section>
      <CaseInvestigation case={c} people={data} roles={viewer.roles} timeZone={zone} />
      {c.status === 'ACKNOWLEDGED' ? <Close caseId={c.id} /> : null}
      <section className="card" aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">{t('case.timeline')}</h2>
        <ol className="timeline" data-testid="timeline">
          {c.timeline.map((e, i) => <li key={i}><time dateTime={e.at}>{when(e.at)}</time> — {t([`enum.event.${e.type}`, `caseActions.event.${e.type}`], { defaultValue: e.type })}{e.note ? `: ${e.note}` : ''}</li>)}
        </ol>
      </section>
    </>
  );
}

function ActionForm({ id, heading, label, button, required, errors, fetching, onSubmit }: {
  id: string; heading: string; label: string; button: string; required: boolean; errors?: UserErrorValue[]; fetching: boolean;
  onSubmit: (text: string) => Promise<boolean>;
}) {
  const [text, setText] = useState('');
  const field = id === 'acknowledge' ? 'message' : id === 'close' ? 'feedback' : 'body';
  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{heading}</h2>
      <form onSubmit={(e) => { e.preventDefault(); void onSubmit(text).then((ok) => ok && setText('')); }}>
        <FormErrors errors={otherErrors(errors, [field])} />
        <TextArea id={`${id}-text`} label={label} value={text} onChange={setText} rows={3} required={required} errors={errorsFor(errors, field)} />
        <button type="submit" disabled={fetching}>{button}</button>
      </form>
    </section>
  );
}

function Acknowledge({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const [result, acknowledge] = useMutation(CaseAcknowledge);
  return <ActionForm id="acknowledge" heading={t('case.acknowledgeHeading')} label={t('case.acknowledgeMessage')} button={t('case.acknowledge')}
    required={false} errors={result.data?.caseAcknowledge.userErrors} fetching={result.fetching}
    onSubmit={(text) => acknowledge({ input: { caseId, message: text.trim() ? text : null } }).then((r) => r.data?.caseAcknowledge.userErrors.length === 0)} />;
}

function MessageForm({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const [result, post] = useMutation(CaseMessagePost);
  return <ActionForm id="message" heading={t('case.writeToReporter')} label={t('followUp.reply')} button={t('followUp.send')}
    required errors={result.data?.caseMessagePost.userErrors} fetching={result.fetching}
    onSubmit={(text) => post({ input: { caseId, body: text } }).then((r) => r.data?.caseMessagePost.userErrors.length === 0)} />;
}

function Close({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const [result, close] = useMutation(CaseClose);
  return <ActionForm id="close" heading={t('case.closeHeading')} label={t('case.closeFeedback')} button={t('case.close')}
    required errors={result.data?.caseClose.userErrors} fetching={result.fetching}
    onSubmit={(text) => close({ input: { caseId, feedback: text } }).then((r) => r.data?.caseClose.userErrors.length === 0)} />;
}
