import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { Provider, type Client } from 'urql';
import { fromValue } from 'wonka';
import type { Role } from '../../gql/graphql';
import { CertificationException, certificationSections } from './CertificationsPage';

const raised = {
  __typename: 'Certification', id: 'Q2VydDox', printedName: 'Erin Employee', versionNumber: 1, language: 'en',
  certifiedAt: '2026-11-30T09:00:00Z', exception: 'My brother supplies the canteen.', status: 'EXCEPTION_RAISED',
  campaign: { id: 'Q2FtcDox', name: 'Annual 2026' }, resolution: null,
};

function show(roles: Role[], answer: unknown, certification: unknown = raised) {
  const executeMutation = vi.fn(() => fromValue({ data: answer, operation: undefined as never, stale: false, hasNext: false }));
  render(
    <Provider value={{ executeMutation } as unknown as Client}>
      <ul><CertificationException certification={certification as never} roles={roles} timeZone="Europe/Berlin" /></ul>
    </Provider>,
  );
  return executeMutation;
}

describe('the certification exceptions', () => {
  it('shows each role the parts of the page the API lets it read', () => {
    expect(certificationSections(['CFO_CAO'])).toEqual({ completion: true, exceptions: true });
    expect(certificationSections(['BOARD'])).toEqual({ completion: false, exceptions: true });
    expect(certificationSections(['TENANT_ADMIN'])).toEqual({ completion: true, exceptions: false });
    expect(certificationSections(['EMPLOYEE'])).toEqual({ completion: false, exceptions: false });
  });

  it('decides an exception and shows the refusal of a note next to it', async () => {
    const executeMutation = show(['CFO_CAO'], { certificationExceptionResolve: { certification: null, userErrors: [
      { field: ['input', 'note'], message: 'Required', code: 'REQUIRED' },
      { field: ['input', 'certificationId'], message: 'Nobody resolves their own', code: 'SEPARATION_OF_DUTIES' },
    ] } });
    fireEvent.change(screen.getByLabelText(/^Decision/), { target: { value: 'REFERRED_FOR_INVESTIGATION' } });
    fireEvent.change(screen.getByLabelText(/^Why/), { target: { value: ' ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Record the decision' }));
    const note = screen.getByLabelText(/^Why/);
    expect((await screen.findByText('Required')).id).toBe(note.getAttribute('aria-describedby'));
    expect(document.querySelector('.form-errors')?.textContent).toBe('Nobody resolves their own');
    const sent = (executeMutation.mock.calls[0] as unknown[])[0] as { variables: { input: Record<string, unknown> } };
    expect(sent.variables.input).toEqual({ certificationId: 'Q2VydDox', outcome: 'REFERRED_FOR_INVESTIGATION', note: ' ' });
  });

  it('shows a decided exception with its decision and no form', () => {
    show(['CFO_CAO'], {}, { ...raised, resolution: { outcome: 'CLEARED', note: 'The canteen was tendered openly.', resolvedAt: '2026-12-01T10:00:00Z' } });
    expect(screen.getByTestId('resolution').textContent).toContain('Cleared');
    expect(screen.queryByRole('button', { name: 'Record the decision' })).toBeNull();
  });
});
