import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { Provider, type Client } from 'urql';
import { fromValue } from 'wonka';
import type { Role } from '../../gql/graphql';
import { CaseMeeting, canRecordMeeting } from './CaseMeeting';
import '../../i18n';

const asked = {
  __typename: 'Case', id: 'Q2FzZTox', status: 'ACKNOWLEDGED', handlerRoles: ['CFO_CAO'] as Role[],
  meetingRequestedAt: '2026-11-02T09:00:00Z' as string | null, meetingDue: '2026-11-30T22:59:59Z', meetingHeldAt: null as string | null,
  meetingDueSetBy: { pack: 'FR', name: 'France', within: 20, unit: 'WORKING_DAYS' },
};

function show(roles: Role[], c: object = asked, answer: unknown = {}) {
  const executeMutation = vi.fn(() => fromValue({ data: answer, operation: undefined as never, stale: false, hasNext: false }));
  render(<Provider value={{ executeMutation } as unknown as Client}><CaseMeeting case={c as never} roles={roles} timeZone="Europe/Paris" /></Provider>);
  return executeMutation;
}

describe('the meeting a reporter asked for', () => {
  it('is recorded by those who steer the open case, once', () => {
    expect(canRecordMeeting(['CFO_CAO'], asked)).toBe(true);
    expect(canRecordMeeting(['AUDIT_COMMITTEE'], asked)).toBe(false);
    expect(canRecordMeeting(['CFO_CAO'], { ...asked, meetingHeldAt: '2026-11-20T10:00:00Z' })).toBe(false);
    expect(canRecordMeeting(['CFO_CAO'], { ...asked, status: 'CLOSED' })).toBe(false);
    expect(canRecordMeeting(['CFO_CAO'], { ...asked, meetingRequestedAt: null })).toBe(false);
  });

  it('shows the deadline with the pack that set it, and the API\'s refusal', async () => {
    const executeMutation = show(['CFO_CAO'], asked, { caseMeetingRecord: { case: null, userErrors: [
      { field: ['input', 'caseId'], message: 'No meeting was asked for', code: 'NO_MEETING_REQUESTED' }] } });
    expect(screen.getByTestId('meeting').textContent).toContain('France: within 20 working days');
    fireEvent.click(screen.getByRole('button', { name: 'Record that the meeting was held' }));
    expect((await screen.findByRole('alert')).textContent).toBe('No meeting was asked for');
    expect(((executeMutation.mock.calls[0] as unknown[])[0] as { variables: unknown }).variables).toEqual({ input: { caseId: 'Q2FzZTox' } });
  });

  it('is not shown when no meeting was asked for', () => {
    show(['CFO_CAO'], { ...asked, meetingRequestedAt: null, meetingDue: null, meetingDueSetBy: null });
    expect(screen.queryByRole('heading', { name: 'Meeting asked for' })).toBeNull();
  });
});
