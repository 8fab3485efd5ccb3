import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { Provider, type Client } from 'urql';
import { fromValue } from 'wonka';
import { PreClearanceForm, PreClearanceItem, type PreClearanceChoices } from './PreClearancePage';

const CHOICES: PreClearanceChoices = {
  securities: [{ id: 'U2VjOjE', label: 'Acme Holdings Inc. · ACME (XNYS)' }, { id: 'U2VjOjI', label: 'Nordwind Logistics AG · NWL (XETR)' }],
  plans: [{ id: 'UGxhbjox', label: 'ACME plan', securityId: 'U2VjOjE' }],
};

function show(answer: unknown) {
  const executeMutation = vi.fn(() => fromValue({ data: answer, operation: undefined as never, stale: false, hasNext: false }));
  render(
    <Provider value={{ executeMutation } as unknown as Client}>
      <PreClearanceForm choices={CHOICES} onSubmitted={vi.fn()} />
    </Provider>,
  );
  return executeMutation;
}

describe('the pre-clearance form', () => {
  it('sends the security, kind and quantity, and shows each refusal next to the field it names', async () => {
    const executeMutation = show({ preClearanceSubmit: { preClearance: null, userErrors: [
      { field: ['input', 'quantity'], message: 'More than zero', code: 'OUT_OF_RANGE' },
      { field: ['input', 'securityId'], message: 'No such security', code: 'NOT_FOUND' },
      { field: ['input'], message: 'You have no entry in the directory', code: 'NOT_FOUND' },
    ] } });
    fireEvent.change(screen.getByLabelText(/^Security/), { target: { value: 'U2VjOjI' } });
    fireEvent.change(screen.getByLabelText(/^What do you want to do/), { target: { value: 'SELL' } });
    fireEvent.change(screen.getByLabelText(/^How many/), { target: { value: ' 0 ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Request pre-clearance' }));
    const quantity = screen.getByLabelText(/^How many/);
    const error = await screen.findByText('More than zero');
    expect(quantity.getAttribute('aria-describedby')?.split(' ')).toContain(error.id);
    expect(quantity.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('pre-clearance-security-error')?.textContent).toBe('No such security');
    expect(document.querySelector('.form-errors')?.textContent).toBe('You have no entry in the directory');
    const sent = ((executeMutation.mock.calls[0] as unknown[])[0] as { variables: { input: Record<string, unknown> } }).variables.input;
    expect(sent).toEqual({ securityId: 'U2VjOjI', kind: 'SELL', quantity: '0', planId: null, note: null });
  });

  it('offers the person\'s plans for the security chosen only, and sends the plan', () => {
    const executeMutation = show({ preClearanceSubmit: { preClearance: null, userErrors: [] } });
    expect(screen.queryByLabelText(/Rule 10b5-1 plan/)).toBeNull();
    fireEvent.change(screen.getByLabelText(/^Security/), { target: { value: 'U2VjOjE' } });
    fireEvent.change(screen.getByLabelText(/Rule 10b5-1 plan/), { target: { value: 'UGxhbjox' } });
    fireEvent.change(screen.getByLabelText(/^How many/), { target: { value: '100' } });
    fireEvent.change(screen.getByLabelText(/^Note/), { target: { value: 'To pay for a car' } });
    fireEvent.click(screen.getByRole('button', { name: 'Request pre-clearance' }));
    const sent = ((executeMutation.mock.calls[0] as unknown[])[0] as { variables: { input: Record<string, unknown> } }).variables.input;
    expect(sent).toEqual({ securityId: 'U2VjOjE', kind: 'BUY', quantity: '100', planId: 'UGxhbjox', note: 'To pay for a car' });
  });

  it('shows a clearance with its status, the answer and the window to the close of the security\'s exchange, in the exchange\'s zone', () => {
    render(<PreClearanceItem timeZone="Europe/Berlin" request={{
      __typename: 'PreClearance', id: 'UEM6MQ', kind: 'BUY', quantity: '100', note: null, status: 'APPROVED', answer: 'Cleared until the close of XNYS on Dec 4, 2026.',
      requestedAt: '2026-12-01T09:00:00Z', decidedAt: '2026-12-01T10:00:00Z', conditions: [], validUntil: '2026-12-04T21:00:00Z',
      security: { id: 'U2VjOjE', issuerName: 'Acme Holdings Inc.', ticker: 'ACME', exchange: 'XNYS' },
      validity: { tradingDays: 3, exchange: 'XNYS', timeZone: 'America/New_York', firstDay: '2026-12-01', lastDay: '2026-12-04', closesAt: '2026-12-04T21:00:00Z', earlyClose: false },
      findings: [{ rule: 'PRE_CLEARANCE', effect: 'REVIEW', startDate: null, endDate: null, explanation: 'You are subject to pre-clearance' }],
    } as never} />);
    expect(screen.getByTestId('pre-clearance-status').textContent).toBe('Cleared');
    expect(screen.getByTestId('pre-clearance').textContent).toContain('Cleared until the close of XNYS');
    const window = screen.getByTestId('pre-clearance-validity').textContent ?? '';
    expect(window).toContain('Dec 1, 2026');
    expect(window).toContain('Dec 4, 2026');
    expect(window).toContain('4:00'); // 21:00 UTC is the New York close, 4:00 PM
    expect(window).toContain('3 trading days');
    expect(screen.getByTestId('pre-clearance').textContent).toContain('You are subject to pre-clearance');
  });
});
