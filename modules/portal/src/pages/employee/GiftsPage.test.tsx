import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { Provider, type Client } from 'urql';
import { fromValue } from 'wonka';
import { GiftAnswer, GiftForm } from './GiftsPage';

function show(answer: unknown, onRecorded = vi.fn()) {
  const executeMutation = vi.fn(() => fromValue({ data: answer, operation: undefined as never, stale: false, hasNext: false }));
  render(
    <Provider value={{ executeMutation } as unknown as Client}>
      <GiftForm currency="EUR" timeZone="Europe/Berlin" onRecorded={onRecorded} />
    </Provider>,
  );
  return executeMutation;
}

describe('the gift form', () => {
  it('sends the value with its currency and shows each refusal next to the field it names', async () => {
    const executeMutation = show({ giftRecord: { giftEntry: null, userErrors: [
      { field: ['input', 'value', 'amount'], message: 'At most 2 decimals for EUR', code: 'INVALID' },
      { field: ['input', 'counterparty', 'name'], message: 'At most 200 characters', code: 'TOO_LONG' },
      { field: ['input'], message: 'Try again later', code: 'UNAVAILABLE' },
    ] } });
    fireEvent.change(screen.getByLabelText(/^From or to whom/), { target: { value: 'Supplier GmbH' } });
    fireEvent.change(screen.getByLabelText(/^What it was/), { target: { value: 'A bottle of wine' } });
    fireEvent.change(screen.getByLabelText(/^Value/), { target: { value: '30.505' } });
    fireEvent.change(screen.getByLabelText(/^Currency/), { target: { value: 'USD' } });
    fireEvent.click(screen.getByRole('button', { name: 'Record it' }));
    const amount = screen.getByLabelText(/^Value/);
    const amountError = await screen.findByText('At most 2 decimals for EUR');
    expect(amount.getAttribute('aria-describedby')?.split(' ')).toContain(amountError.id);
    expect(amount.getAttribute('aria-invalid')).toBe('true');
    const counterparty = screen.getByLabelText(/^From or to whom/);
    expect(document.getElementById(counterparty.getAttribute('aria-describedby')!)?.textContent).toBe('At most 200 characters');
    expect(document.querySelector('.form-errors')?.textContent).toBe('Try again later');
    const sent = (executeMutation.mock.calls[0] as unknown[])[0] as { variables: { input: Record<string, unknown> } };
    expect(sent.variables.input).toMatchObject({ kind: 'GIFT', direction: 'RECEIVED', response: 'ACCEPTED', description: 'A bottle of wine',
      counterparty: { name: 'Supplier GmbH', kind: 'BUSINESS_CONTACT' }, value: { amount: '30.505', currency: 'USD' }, lawfulAndUnconditional: null });
  });

  it('offers every currency in use, the tenant\'s first, and shows a currency without a rate next to the chooser', async () => {
    show({ giftRecord: { giftEntry: null, userErrors: [
      { field: ['input', 'value', 'currency'], message: 'No exchange rate for NOK', code: 'NO_EXCHANGE_RATE' },
    ] } });
    const chooser = screen.getByLabelText(/^Currency/) as HTMLSelectElement;
    const codes = [...chooser.options].map((o) => o.value);
    expect(codes[0]).toBe('EUR');
    expect(codes.length).toBeGreaterThan(100);
    expect(codes).toEqual(expect.arrayContaining(['NOK', 'BRL', 'KRW', 'INR', 'ZAR', 'JPY', 'USD']));
    expect(new Set(codes).size).toBe(codes.length);
    expect([...chooser.options].find((o) => o.value === 'NOK')?.textContent).toBe('NOK — Norwegian Krone');
    fireEvent.change(screen.getByLabelText(/^From or to whom/), { target: { value: 'Fjord AS' } });
    fireEvent.change(screen.getByLabelText(/^What it was/), { target: { value: 'A dinner' } });
    fireEvent.change(screen.getByLabelText(/^Value/), { target: { value: '300' } });
    fireEvent.change(chooser, { target: { value: 'NOK' } });
    fireEvent.click(screen.getByRole('button', { name: 'Record it' }));
    const error = await screen.findByText('No exchange rate for NOK');
    expect(screen.getByLabelText(/^Currency/).getAttribute('aria-describedby')).toBe(error.id);
    expect(document.getElementById('gift-amount-error')).toBeNull();
  });

  it('asks the giver of something given to confirm it is lawful and unconditional', () => {
    show({});
    expect(screen.queryByLabelText(/complies with applicable law/)).toBeNull();
    fireEvent.change(screen.getByLabelText(/^Which way/), { target: { value: 'GIVEN' } });
    expect(screen.getByLabelText(/complies with applicable law/)).toBeTruthy();
  });

  it('shows what the Code said: the outcome and the rules that apply, with the amount in its currency', () => {
    render(<GiftAnswer entry={{
      __typename: 'GiftEntry', id: 'R2lmdDox', status: 'DISPOSITION_DUE', flagged: true, value: { amount: '250', currency: 'USD' },
      valuation: { tenantValue: { amount: '230.00', currency: 'EUR' } }, disposition: { dueDate: '2026-12-08' },
      evaluation: { outcome: 'DISPOSE', opensCase: false, thresholds: 'The tenant\'s thresholds', findings: [
        { rule: 'INSIGNIFICANT_VALUE', section: 'Gifts', summary: 'Above insignificant value', applies: true, outcome: 'DISPOSE', figure: '230.00 EUR', threshold: '50.00 EUR', comparison: '230.00 EUR > 50.00 EUR' },
        { rule: 'CASH', section: 'Gifts', summary: 'Cash', applies: false, outcome: 'REFUSE', figure: null, threshold: null, comparison: 'in kind' },
      ] },
    } as never} />);
    const outcome = screen.getByTestId('gift-outcome').textContent ?? '';
    expect(outcome).toContain('To be disposed of');
    expect(outcome).toContain('$250.00');
    expect(outcome).toContain('€230.00');
    expect(screen.getByTestId('gift-answer').textContent).toContain('230.00 EUR > 50.00 EUR');
    expect(screen.getByTestId('gift-answer').textContent).not.toContain('Cash');
  });
});
