import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { Provider, type Client } from 'urql';
import { fromValue } from 'wonka';
import { IntakeReportForm } from './IntakeReport';

function withAnswer(data: unknown) {
  const executeMutation = vi.fn(() => fromValue({ data, operation: undefined as never, stale: false, hasNext: false }));
  const client = { executeMutation } as unknown as Client;
  render(
    <Provider value={client}>
      <MemoryRouter initialEntries={['/intake/key-1']}>
        <Routes><Route path="/intake/:intakeKey" element={<IntakeReportForm />} /></Routes>
      </MemoryRouter>
    </Provider>,
  );
  return executeMutation;
}

function fillAndSend() {
  fireEvent.change(screen.getByLabelText(/What happened/), { target: { value: 'A van used for private moves.' } });
  fireEvent.change(screen.getByLabelText(/^Passphrase/), { target: { value: 'password1234' } });
  fireEvent.click(screen.getByRole('button', { name: 'Send the report' }));
}

describe('the public intake form', () => {
  it('sends the report to the tenant\'s intake and shows a refused passphrase next to its field', async () => {
    const executeMutation = withAnswer({ publicReportSubmit: { receipt: null, userErrors: [{ field: ['input', 'passphrase'], message: 'Too easy to guess', code: 'WEAK_PASSPHRASE' }] } });
    fillAndSend();
    const input = screen.getByLabelText(/^Passphrase/);
    expect((await screen.findByText('Too easy to guess')).id).toBe(input.getAttribute('aria-describedby')?.split(' ').pop());
    const sent = (executeMutation.mock.calls[0] as unknown[])[0] as { variables: { input: { intakeKey: string; passphrase: string; report: { description: string } } } };
    expect(sent.variables.input.intakeKey).toBe('key-1');
    expect(sent.variables.input.report.description).toBe('A van used for private moves.');
  });

  it('shows the receipt key once, and goes on only after the reporter says they kept it', async () => {
    withAnswer({ publicReportSubmit: { receipt: { caseNumber: 'DE-2026-0009', receiptKey: 'RK-1234-5678', acknowledgementDue: '2026-12-08T10:00:00Z' }, userErrors: [] } });
    fillAndSend();
    expect((await screen.findByTestId('receipt-key')).textContent).toBe('RK-1234-5678');
    const next = screen.getByRole('button', { name: 'Continue' });
    expect((next as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByLabelText('I have written down my receipt key'));
    fireEvent.click(next);
    expect(screen.queryByText('RK-1234-5678')).toBeNull();
    expect(screen.getByRole('link', { name: 'Follow up on your report' })).toBeTruthy();
  });
});
