import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { Provider, type Client } from 'urql';
import { fromValue } from 'wonka';
import { DisclosureAnswer, DisclosureForm, fieldsOf, type DisclosureChoices } from './DisclosuresPage';

const CHOICES: DisclosureChoices = {
  counterparties: [{ id: 'Q3A6MQ', name: 'Nordwind Logistics AG' }, { id: 'Q3A6Mg', name: 'Rivalis Industries SE' }],
  relatives: [{ id: 'UmVsOjE', name: 'Rita Relative (spouse)' }],
  familyMembers: [{ id: 'UGVyc29uOjk', name: 'Fritz Family' }],
};

function show(answer: unknown, onSubmitted = vi.fn()) {
  const executeMutation = vi.fn(() => fromValue({ data: answer, operation: undefined as never, stale: false, hasNext: false }));
  render(
    <Provider value={{ executeMutation } as unknown as Client}>
      <DisclosureForm choices={CHOICES} onSubmitted={onSubmitted} />
    </Provider>,
  );
  return executeMutation;
}

function sent(executeMutation: ReturnType<typeof show>) {
  return ((executeMutation.mock.calls[0] as unknown[])[0] as { variables: { input: Record<string, unknown> } }).variables.input;
}

describe('the disclosure form', () => {
  it('sends a financial interest with the counterparty and the shares, and shows each refusal next to the field it names', async () => {
    const executeMutation = show({ disclosureSubmit: { disclosure: null, userErrors: [
      { field: ['input', 'sharesHeld'], message: 'At most the 50000000 outstanding shares', code: 'EXCEEDS_OUTSTANDING_SHARES' },
      { field: ['input', 'counterpartyId'], message: 'No such counterparty', code: 'NOT_FOUND' },
      { field: ['input'], message: 'You have no entry in the tenant\'s directory', code: 'NOT_FOUND' },
    ] } });
    fireEvent.change(screen.getByLabelText(/^Which company/), { target: { value: 'Q3A6MQ' } });
    fireEvent.change(screen.getByLabelText(/^Shares held/), { target: { value: '60000000' } });
    fireEvent.click(screen.getByRole('button', { name: 'Disclose' }));
    const shares = screen.getByLabelText(/^Shares held/);
    const sharesError = await screen.findByText('At most the 50000000 outstanding shares');
    expect(shares.getAttribute('aria-describedby')?.split(' ')).toContain(sharesError.id);
    expect(shares.getAttribute('aria-invalid')).toBe('true');
    const company = screen.getByLabelText(/^Which company/);
    expect(company.getAttribute('aria-describedby')?.split(' ')).toContain('disclosure-counterparty-error');
    expect(document.getElementById('disclosure-counterparty-error')?.textContent).toBe('No such counterparty');
    expect(document.querySelector('.form-errors')?.textContent).toBe('You have no entry in the tenant\'s directory');
    expect(sent(executeMutation)).toEqual({ kind: 'FINANCIAL_INTEREST', counterpartyId: 'Q3A6MQ', capacity: null, atCompanyRequest: null,
      holder: 'SELF', relativeId: null, sharesHeld: '60000000', percentOfOutstandingShares: null, familyMemberId: null, description: null });
  });

  it('asks for the relative when a relative holds the interest, and sends the relative for a relative\'s service', () => {
    const executeMutation = show({ disclosureSubmit: { disclosure: null, userErrors: [] } });
    expect(screen.queryByLabelText(/^Which relative/)).toBeNull();
    fireEvent.change(screen.getByLabelText(/^Who holds the interest/), { target: { value: 'RELATIVE' } });
    expect(screen.getByLabelText(/^Which relative/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/^What do you disclose/), { target: { value: 'RELATIVE_SERVICE' } });
    expect(screen.queryByLabelText(/^Shares held/)).toBeNull();
    fireEvent.change(screen.getByLabelText(/^Which company/), { target: { value: 'Q3A6Mg' } });
    fireEvent.change(screen.getByLabelText(/^In what capacity/), { target: { value: 'DIRECTOR' } });
    fireEvent.change(screen.getByLabelText(/^Which relative/), { target: { value: 'UmVsOjE' } });
    fireEvent.click(screen.getByRole('button', { name: 'Disclose' }));
    expect(sent(executeMutation)).toMatchObject({ kind: 'RELATIVE_SERVICE', counterpartyId: 'Q3A6Mg', capacity: 'DIRECTOR', holder: 'RELATIVE',
      relativeId: 'UmVsOjE', sharesHeld: null, atCompanyRequest: null });
  });

  it('puts an error on a field the kind does not show at the top of the form', async () => {
    show({ disclosureSubmit: { disclosure: null, userErrors: [{ field: ['input', 'familyMemberId'], message: 'Required for FAMILY_SUPERVISION', code: 'REQUIRED' }] } });
    fireEvent.change(screen.getByLabelText(/^What do you disclose/), { target: { value: 'OTHER_ACTIVITY' } });
    expect(screen.getByLabelText(/^The activity or interest/).hasAttribute('required')).toBe(true);
    expect(screen.queryByLabelText(/^Which company/)).toBeNull();
    fireEvent.change(screen.getByLabelText(/^The activity or interest/), { target: { value: 'I teach an evening course' } });
    fireEvent.click(screen.getByRole('button', { name: 'Disclose' }));
    expect((await screen.findByText('Required for FAMILY_SUPERVISION')).closest('.form-errors')).toBeTruthy();
  });

  it('names the fields each kind asks for, as the API does', () => {
    expect(fieldsOf('FAMILY_SUPERVISION', 'SELF')).toMatchObject({ counterparty: false, familyMember: true, relative: false, shares: false });
    expect(fieldsOf('DECISION_INFLUENCE', 'RELATIVE')).toMatchObject({ counterparty: true, holder: true, relative: true, shares: false, capacity: false });
    expect(fieldsOf('SERVICE', 'RELATIVE')).toMatchObject({ capacity: true, atCompanyRequest: true, relative: false, holder: false });
  });

  it('shows what the Code said: the outcome, the clauses that apply with figure and threshold, the significance in its currency', () => {
    render(<DisclosureAnswer disclosure={{
      __typename: 'Disclosure', id: 'RGlzYzox', kind: 'FINANCIAL_INTEREST', status: 'AWAITING_DETERMINATION', determiner: 'CFO_CAO',
      counterparty: { id: 'Q3A6MQ', name: 'Nordwind Logistics AG' },
      evaluation: { outcome: 'PROHIBITED', rulesVersion: '3', codeVersion: 1, findings: [
        { clause: 'EO_INTEREST_CUSTOMER_SUPPLIER', summary: 'No interest beyond 1% of a public significant supplier', section: 'Conflicts of interest', applies: true,
          outcome: 'PROHIBITED', figure: '1.5%', threshold: '1%', comparison: '1.5% of Nordwind Logistics AG, a publicly-held significant supplier ≥ 1%' },
        { clause: 'EO_INTEREST_COMPETITOR', summary: 'Competitor clause', section: 'Conflicts of interest', applies: false, outcome: 'PROHIBITED', figure: null, threshold: null, comparison: 'not a competitor' },
      ], significance: { significantCustomer: false, significantSupplier: true, gaps: [], tests: [
        { definition: 'SIGNIFICANT_SUPPLIER_GROUP_REVENUE', fiscalYear: 2025, significant: true, comparison: '5.3% > 5%',
          payments: { amount: '126600000', currency: 'USD' }, base: { amount: '2400000000', currency: 'USD' } },
      ] } },
    } as never} />);
    const outcome = screen.getByTestId('disclosure-outcome').textContent ?? '';
    expect(outcome).toContain('Prohibited');
    expect(outcome).toContain('Nordwind Logistics AG');
    expect(outcome).toContain('determined by the CFO/CAO');
    const findings = screen.getByTestId('disclosure-findings').textContent ?? '';
    expect(findings).toContain('1.5%, threshold 1%');
    expect(findings).not.toContain('Competitor clause');
    expect(screen.getByTestId('disclosure-significance').textContent).toContain('$126,600,000.00 of $2,400,000,000.00');
  });
});
