import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql, readFragment, type FragmentType } from '../../gql';
import type { Role } from '../../gql/graphql';
import { FormErrors } from '../../components/Fields';
import { formatDateTime } from '../../format';

// The meeting a reporter asked for: its deadline (from the tenant's jurisdiction packs) and,
// for those who steer the case, recording that it was held.

export const CaseMeeting_case = graphql(`
  fragment CaseMeeting_case on Case {
    id status handlerRoles meetingRequestedAt meetingDue meetingHeldAt
    meetingDueSetBy { pack name within unit }
  }
`);

const MeetingRecord = graphql(`
  mutation CaseMeetingRecord($input: CaseMeetingRecordInput!) {
    caseMeetingRecord(input: $input) { case { id ...CaseMeeting_case timeline { type at note } } userErrors { field message code } }
  }
`);

/** Those who steer an open case record a meeting that was asked for and not yet held. */
export function canRecordMeeting(roles: readonly Role[], c: { status: string; handlerRoles: readonly Role[]; meetingRequestedAt?: string | null; meetingHeldAt?: string | null }) {
  return c.status !== 'CLOSED' && roles.some((r) => c.handlerRoles.includes(r)) && Boolean(c.meetingRequestedAt) && !c.meetingHeldAt;
}

/** Shown only when the reporter asked for a meeting. */
export function CaseMeeting(props: { case: FragmentType<typeof CaseMeeting_case>; roles: readonly Role[]; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const c = readFragment(CaseMeeting_case, props.case);
  const [result, record] = useMutation(MeetingRecord);
  if (!c.meetingRequestedAt) return null;
  const when = (iso: string | null | undefined) => (iso ? formatDateTime(iso, i18n.language, props.timeZone) : '—');
  const setBy = c.meetingDueSetBy;
  return (
    <section className="card" aria-labelledby="meeting-heading">
      <h2 id="meeting-heading">{t('caseActions.meeting')}</h2>
      <dl className="facts" data-testid="meeting">
        <dt>{t('caseActions.meetingRequested')}</dt><dd>{when(c.meetingRequestedAt)}</dd>
        <dt>{t('caseActions.meetingDue')}</dt><dd>{when(c.meetingDue)}{setBy ? ` · ${t('caseActions.meetingSetBy', { name: setBy.name, within: setBy.within, unit: t(`caseActions.unit.${setBy.unit}`) })}` : ''}</dd>
        <dt>{t('caseActions.meetingHeld')}</dt><dd>{c.meetingHeldAt ? when(c.meetingHeldAt) : t('caseActions.meetingNotHeld')}</dd>
      </dl>
      {canRecordMeeting(props.roles, c) ? (
        <div className="actions">
          <FormErrors errors={result.data?.caseMeetingRecord.userErrors ?? []} />
          <button type="button" disabled={result.fetching} onClick={() => void record({ input: { caseId: c.id } })}>{t('caseActions.meetingRecord')}</button>
        </div>
      ) : null}
    </section>
  );
}
