import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { Provider, type Client } from 'urql';
import { fromValue } from 'wonka';
import type { Role } from '../../gql/graphql';
import { CaseRecord, caseRecordActions } from './CaseRecord';
import '../../i18n';

const confidential = {
  __typename: 'Case', id: 'Q2FzZTox', status: 'ACKNOWLEDGED', reporterMode: 'CONFIDENTIAL', handlerRoles: ['CFO_CAO'],
  reporter: null, knowinglyFalse: null,
  involved: [{ name: 'Sam Supervisor', origin: 'REPORTED', reason: null, person: { id: 'UGVyc29uOjI=', displayName: 'Sam Supervisor' } }],
};
const people = [{ id: 'UGVyc29uOjE=', displayName: 'Erin Employee' }, { id: 'UGVyc29uOjI=', displayName: 'Sam Supervisor' }];

function show(roles: Role[], answer: unknown = {}, c: object = confidential) {
  const executeMutation = vi.fn(() => fromValue({ data: answer, operation: undefined as never, stale: false, hasNext: false }));
  const onLostAccess = vi.fn();
  render(
    <Provider value={{ executeMutation } as unknown as Client}>
      <CaseRecord case={c as never} people={people} roles={roles} timeZone="Europe/Berlin" onLostAccess={onLostAccess} />
    </Provider>,
  );
  const sent = () => ((executeMutation.mock.calls[0] as unknown[])[0] as { variables: { input: Record<string, unknown> } }).variables.input;
  return { executeMutation, onLostAccess, sent };
}

describe('the case page\'s reporter, people involved and knowingly-false finding', () => {
  it('offers each role what the API lets it do', () => {
    const c = { status: 'ACKNOWLEDGED', handlerRoles: ['CFO_CAO'] as Role[], reporterMode: 'CONFIDENTIAL', knowinglyFalse: null };
    expect(caseRecordActions(['CFO_CAO'], c)).toEqual({ revealReporter: true, markInvolved: true, proposeKnowinglyFalse: true, decideKnowinglyFalse: false });
    expect(caseRecordActions(['AUDIT_COMMITTEE'], c)).toEqual({ revealReporter: false, markInvolved: false, proposeKnowinglyFalse: false, decideKnowinglyFalse: false });
    expect(caseRecordActions(['AUDIT_COMMITTEE'], { ...c, knowinglyFalse: { status: 'PROPOSED' } }).decideKnowinglyFalse).toBe(true);
    expect(caseRecordActions(['CFO_CAO'], { ...c, knowinglyFalse: { status: 'PROPOSED' } }).proposeKnowinglyFalse).toBe(false);
    expect(caseRecordActions(['CFO_CAO'], { ...c, knowinglyFalse: { status: 'REJECTED' } }).proposeKnowinglyFalse).toBe(true);
    expect(caseRecordActions(['CFO_CAO'], { ...c, reporterMode: 'NAMED' }).revealReporter).toBe(false);
    expect(caseRecordActions(['CFO_CAO'], { ...c, status: 'CLOSED' }).markInvolved).toBe(false);
    expect(caseRecordActions(['EMPLOYEE', 'SUPERVISOR'], c)).toEqual({ revealReporter: false, markInvolved: false, proposeKnowinglyFalse: false, decideKnowinglyFalse: false });
  });

  it('says what a knowingly-false proposal does and asks for the reasoning before it is sent', async () => {
    const { executeMutation, sent } = show(['CFO_CAO'], { caseKnowinglyFalsePropose: { case: null, userErrors: [
      { field: ['input', 'note'], message: 'Say why', code: 'REQUIRED' },
    ] } });
    const form = within(screen.getByTestId('kf-propose'));
    expect(screen.getByText(/A report made in good faith is never punished/)).toBeTruthy();
    expect(form.getByTestId('kf-consequence').textContent).toContain('its reporter loses the Code\'s protection against discipline');
    const button = form.getByRole('button', { name: 'Propose to the Audit Committee' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    fireEvent.change(form.getByLabelText(/^Why you believe the reporter knew/), { target: { value: '   ' } });
    fireEvent.click(form.getByLabelText('I understand that a report made in good faith is never punished'));
    expect(button.disabled).toBe(false);
    fireEvent.click(button);
    const note = form.getByLabelText(/^Why you believe the reporter knew/);
    expect(note.getAttribute('aria-describedby')).toContain((await screen.findByText('Say why')).id);
    expect(executeMutation).toHaveBeenCalledOnce();
    expect(sent()).toEqual({ caseId: 'Q2FzZTox', note: '   ' });
    expect(screen.getByTestId('knowingly-false-status').textContent).toContain('its reporter is protected');
  });

  it('reveals a confidential reporter for this request with a reason, and offers nothing to reveal of an anonymous one', async () => {
    const { sent } = show(['CFO_CAO'], { caseReporterReveal: { case: null, userErrors: [],
      reporter: { name: 'A caller from Finance', email: 'caller@example.com', phone: null, person: null } } });
    const form = within(screen.getByTestId('reveal'));
    fireEvent.change(form.getByLabelText(/^Why the identity is needed now/), { target: { value: 'To interview them as a witness' } });
    fireEvent.click(form.getByRole('button', { name: 'Reveal the identity' }));
    expect((await screen.findByTestId('revealed-reporter')).textContent).toContain('caller@example.com');
    expect(sent()).toEqual({ caseId: 'Q2FzZTox', reason: 'To interview them as a witness' });
    document.body.innerHTML = '';
    show(['CFO_CAO'], {}, { ...confidential, reporterMode: 'ANONYMOUS' });
    expect(screen.queryByTestId('reveal')).toBeNull();
    expect(screen.getByTestId('reporter-mode').textContent).toContain('Anonymous');
  });

  it('shows the API\'s refusal of someone involved already next to the person, and a handler who marks themselves loses the case', async () => {
    const refused = show(['CFO_CAO'], { caseInvolvedPersonAdd: { case: null, userErrors: [
      { field: ['input', 'personId'], message: 'The person is involved already', code: 'ALREADY_INVOLVED' },
    ] } });
    let form = within(screen.getByTestId('involve'));
    fireEvent.change(form.getByLabelText(/^Who is involved/), { target: { value: 'UGVyc29uOjI=' } });
    fireEvent.change(form.getByLabelText(/^Why they are involved/), { target: { value: 'Approved the trips' } });
    fireEvent.click(form.getByRole('button', { name: 'Record as involved' }));
    const error = await screen.findByText('The person is involved already');
    expect(form.getByLabelText(/^Who is involved/).getAttribute('aria-describedby')).toContain(error.id);
    expect(refused.sent()).toEqual({ caseId: 'Q2FzZTox', personId: 'UGVyc29uOjI=', reason: 'Approved the trips' });
    expect(refused.onLostAccess).not.toHaveBeenCalled();
    document.body.innerHTML = '';

    const recused = show(['CFO_CAO'], { caseInvolvedPersonAdd: { case: null, userErrors: [] } });
    form = within(screen.getByTestId('involve'));
    fireEvent.change(form.getByLabelText(/^Who is involved/), { target: { value: 'UGVyc29uOjE=' } });
    fireEvent.change(form.getByLabelText(/^Why they are involved/), { target: { value: 'I approved the budget' } });
    fireEvent.click(form.getByRole('button', { name: 'Record as involved' }));
    await vi.waitFor(() => expect(recused.onLostAccess).toHaveBeenCalledOnce());
  });

  it('lets the Audit Committee decide a proposal and shows a refusal of the proposer at the top of the form', async () => {
    const proposed = { ...confidential, knowinglyFalse: { status: 'PROPOSED', proposalNote: 'The logbook shows no trips', proposedAt: '2026-11-30T09:00:00Z', decisionNote: null, decidedAt: null } };
    const { sent } = show(['AUDIT_COMMITTEE'], { caseKnowinglyFalseDecide: { case: null, userErrors: [
      { field: ['input', 'caseId'], message: 'Whoever proposed it does not decide it', code: 'SEPARATION_OF_DUTIES' },
    ] } }, proposed);
    expect(screen.getByTestId('knowingly-false-status').textContent).toContain('The logbook shows no trips');
    expect(screen.queryByTestId('kf-propose')).toBeNull();
    expect(screen.queryByTestId('involve')).toBeNull();
    const form = within(screen.getByTestId('kf-decide'));
    expect((form.getByLabelText(/^Decision/) as HTMLSelectElement).value).toBe('not');
    fireEvent.change(form.getByLabelText(/^Decision/), { target: { value: 'found' } });
    fireEvent.change(form.getByLabelText(/^Why/), { target: { value: 'The reporter wrote that they made it up' } });
    fireEvent.click(form.getByRole('button', { name: 'Record the decision' }));
    await screen.findByText('Whoever proposed it does not decide it');
    expect(screen.getByTestId('kf-decide').querySelector('.form-errors')?.textContent).toBe('Whoever proposed it does not decide it');
    expect(sent()).toEqual({ caseId: 'Q2FzZTox', knowinglyFalse: true, note: 'The reporter wrote that they made it up' });
  });
});
