import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { Provider, type Client } from 'urql';
import { fromValue } from 'wonka';
import { Completion } from './CertificationsPage';
import { canReferForDiscipline } from './OverdueReferral';
import '../../i18n';

const counts = { assigned: 9, completed: 6, exceptions: 1, pending: 2, overdue: 2, completionRate: 0.667 };
const completion = {
  campaign: { id: 'Q2FtcDox', name: 'Annual 2026', versionNumber: 1, dueDate: '2026-11-15', status: 'OPEN' },
  totals: counts, departments: { edges: [{ node: { department: 'Finance', counts } }] },
  overdue: { edges: [], pageInfo: { hasNextPage: false, endCursor: null } },
};
const overdue = [
  { node: { assignmentId: 'QXNzOjE=', assignment: { id: 'QXNzOjE=' }, name: 'Tom Treasurer', department: 'Finance', dueDate: '2026-11-15', daysOverdue: 16, referredForDiscipline: false } },
  { node: { assignmentId: 'QXNzOjI=', assignment: { id: 'QXNzOjI=' }, name: 'Ada Audit', department: 'Finance', dueDate: '2026-11-15', daysOverdue: 16, referredForDiscipline: true } },
];

function show(canRefer: boolean, answers: unknown[] = []) {
  const executeMutation = vi.fn();
  answers.forEach((data) => executeMutation.mockImplementationOnce(() => fromValue({ data, operation: undefined as never, stale: false, hasNext: false })));
  render(
    <Provider value={{ executeMutation } as unknown as Client}>
      <Completion completion={completion as never} overdue={overdue as never} more={null} canRefer={canRefer} />
    </Provider>,
  );
  return executeMutation;
}

describe('referring an overdue certification from the completion view', () => {
  it('is the CFO/CAO\'s, for those overdue and not yet referred', () => {
    expect(canReferForDiscipline(['CFO_CAO'])).toBe(true);
    expect(canReferForDiscipline(['TENANT_ADMIN'])).toBe(false);
    expect(canReferForDiscipline(['BOARD', 'AUDIT_COMMITTEE'])).toBe(false);
    show(true);
    const rows = within(screen.getByTestId('overdue-people')).getAllByRole('row');
    expect(within(rows[1]).getByRole('button', { name: 'Refer Tom Treasurer for discipline' })).toBeTruthy();
    expect(within(rows[2]).queryByRole('button')).toBeNull();
    document.body.innerHTML = '';
    show(false);
    expect(screen.queryByRole('button', { name: /for discipline/ })).toBeNull();
  });

  it('asks why, shows the API\'s refusal next to the note or at the top, and says when it was referred', async () => {
    const executeMutation = show(true, [
      { certificationAssignmentReferForDiscipline: { assignment: null, userErrors: [
        { field: ['input', 'note'], message: 'At most 2000 characters', code: 'TOO_LONG' },
        { field: ['input', 'assignmentId'], message: 'Already referred', code: 'REFERRED' },
      ] } },
      { certificationAssignmentReferForDiscipline: { assignment: { __typename: 'CertificationAssignment', id: 'QXNzOjE=', status: 'PENDING', overdue: true }, userErrors: [] } },
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Refer Tom Treasurer for discipline' }));
    const form = within(screen.getByTestId('referral'));
    expect(form.getByRole('heading').textContent).toBe('Refer Tom Treasurer\'s overdue certification for discipline');
    const note = form.getByLabelText(/^Why/);
    expect(document.activeElement).toBe(note);
    fireEvent.change(note, { target: { value: 'x'.repeat(2100) } });
    fireEvent.click(form.getByRole('button', { name: 'Refer for discipline' }));
    expect(note.getAttribute('aria-describedby')).toContain((await screen.findByText('At most 2000 characters')).id);
    expect(screen.getByTestId('referral').querySelector('.form-errors')?.textContent).toBe('Already referred');
    fireEvent.change(note, { target: { value: 'Three reminders and the escalation to the supervisor went unanswered.' } });
    fireEvent.click(form.getByRole('button', { name: 'Refer for discipline' }));
    expect((await screen.findByTestId('referral-done')).textContent).toContain('Tom Treasurer');
    expect(screen.queryByTestId('referral')).toBeNull();
    const sent = (executeMutation.mock.calls[1] as unknown[])[0] as { variables: { input: Record<string, unknown> } };
    expect(sent.variables.input).toEqual({ assignmentId: 'QXNzOjE=', note: 'Three reminders and the escalation to the supervisor went unanswered.' });
  });
});
