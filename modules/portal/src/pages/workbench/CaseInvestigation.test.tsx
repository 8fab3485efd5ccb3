import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { Provider, type Client } from 'urql';
import { fromValue } from 'wonka';
import type { Role } from '../../gql/graphql';
import { CaseInvestigation, caseActions } from './CaseInvestigation';
import '../../i18n';

const acknowledged = {
  __typename: 'Case', id: 'Q2FzZTox', status: 'ACKNOWLEDGED', category: 'MISUSE_OF_ASSETS', handlerRoles: ['CFO_CAO'],
  investigation: null, entries: [], results: null, measures: [], meritReview: null,
  allegations: [{ id: 'QWxsOjE=', kind: 'MISCONDUCT', summary: 'Private moves with the van', finding: null, findingNote: null, subject: null }],
};
const people = { people: { edges: [{ node: { id: 'UGVyc29uOjE=', displayName: 'Erin Employee' } }] } };

function show(roles: Role[], answer: unknown = {}) {
  const executeMutation = vi.fn(() => fromValue({ data: answer, operation: undefined as never, stale: false, hasNext: false }));
  render(
    <Provider value={{ executeMutation } as unknown as Client}>
      <CaseInvestigation case={acknowledged as never} people={people as never} roles={roles} timeZone="Europe/Berlin" />
    </Provider>,
  );
  return executeMutation;
}

describe('the case page\'s investigation', () => {
  it('offers each role the actions the API has for it', () => {
    const c = { status: 'ACKNOWLEDGED', handlerRoles: ['CFO_CAO'] as Role[], category: 'ACCOUNTING_OR_AUDITING', meritReview: { status: 'PENDING' } };
    expect(caseActions(['CFO_CAO'], c)).toEqual({ steer: true, decideMeasure: true, reviewRetaliation: true, meritReview: true });
    expect(caseActions(['AUDIT_COMMITTEE'], c)).toEqual({ steer: false, decideMeasure: false, reviewRetaliation: true, meritReview: false });
    expect(caseActions(['CEO'], { ...c, status: 'CLOSED' })).toEqual({ steer: false, decideMeasure: false, reviewRetaliation: false, meritReview: false });
  });

  it('records an allegation and shows a refused summary next to its field', async () => {
    const executeMutation = show(['CFO_CAO'], { caseAllegationAdd: { case: null, userErrors: [
      { field: ['input', 'summary'], message: 'At most 500 characters', code: 'TOO_LONG' },
      { field: ['input', 'caseId'], message: 'The case is closed', code: 'CLOSED' },
    ] } });
    const form = screen.getByTestId('allegation');
    const inForm = within(form);
    fireEvent.change(inForm.getByLabelText(/^What is alleged/), { target: { value: 'x'.repeat(600) } });
    fireEvent.change(inForm.getByLabelText(/^Whom it concerns/), { target: { value: 'UGVyc29uOjE=' } });
    fireEvent.click(inForm.getByRole('button', { name: 'Record the allegation' }));
    const summary = inForm.getByLabelText(/^What is alleged/);
    expect((await screen.findByText('At most 500 characters')).id).toBe(summary.getAttribute('aria-describedby'));
    expect(form.querySelector('.form-errors')?.textContent).toBe('The case is closed');
    const sent = (executeMutation.mock.calls[0] as unknown[])[0] as { variables: { input: Record<string, unknown> } };
    expect(sent.variables.input).toEqual({ caseId: 'Q2FzZTox', kind: 'MISCONDUCT', summary: 'x'.repeat(600), subjectPersonId: 'UGVyc29uOjE=' });
  });

  it('offers a finding on an allegation without one, and nothing to a role that does not steer the case', () => {
    show(['CFO_CAO']);
    expect(screen.getByRole('button', { name: 'Record the finding' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Open an informal inquiry' })).toBeTruthy();
    document.body.innerHTML = '';
    show(['AUDIT_COMMITTEE']);
    expect(screen.queryByRole('button', { name: 'Record the finding' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Record the allegation' })).toBeNull();
    expect(screen.getAllByTestId('finding')[0].textContent).toContain('not recorded yet');
  });
});
