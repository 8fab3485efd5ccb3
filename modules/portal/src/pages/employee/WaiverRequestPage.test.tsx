import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { Provider, type Client } from 'urql';
import { fromValue } from 'wonka';
import { WaiverRequestForm, WaiverRequestItem } from './WaiverRequestPage';

const SECTIONS = [
  { key: 'gifts-and-gratuities', heading: 'Gifts and gratuities', waivable: true },
  { key: 'accounting', heading: 'Accurate books and records', waivable: false, reason: 'The law requires it' },
];

function show(answer: unknown) {
  const executeMutation = vi.fn(() => fromValue({ data: answer, operation: undefined as never, stale: false, hasNext: false }));
  render(
    <Provider value={{ executeMutation } as unknown as Client}>
      <WaiverRequestForm sections={SECTIONS} timeZone="Europe/Berlin" onSubmitted={vi.fn()} />
    </Provider>,
  );
  return executeMutation;
}

describe('the waiver request form', () => {
  it('offers the sections that admit an exception, names those that do not, and shows each refusal next to its field', async () => {
    const executeMutation = show({ waiverRequestSubmit: { waiverRequest: null, userErrors: [
      { field: ['input', 'periodEnd'], message: 'Not before the period\'s first day', code: 'OUT_OF_RANGE' },
      { field: ['input', 'reasons'], message: 'At most 5,000 characters', code: 'TOO_LONG' },
      { field: ['input'], message: 'No version of the Code is in force', code: 'NO_CODE' },
    ] } });
    const section = screen.getByLabelText(/^Which section/) as HTMLSelectElement;
    expect([...section.options].map((o) => o.value)).toEqual(['', 'gifts-and-gratuities']);
    expect(document.getElementById('waiver-section-hint')?.textContent).toContain('Accurate books and records');
    fireEvent.change(section, { target: { value: 'gifts-and-gratuities' } });
    fireEvent.change(screen.getByLabelText(/^Why an exception/), { target: { value: 'A customer\'s tradition' } });
    fireEvent.change(screen.getByLabelText(/^From/), { target: { value: '2026-12-10' } });
    fireEvent.change(screen.getByLabelText(/^Until/), { target: { value: '2026-12-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Request the waiver' }));
    const end = screen.getByLabelText(/^Until/);
    const error = await screen.findByText('Not before the period\'s first day');
    expect(end.getAttribute('aria-describedby')).toBe(error.id);
    expect(end.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('waiver-reasons-error')?.textContent).toBe('At most 5,000 characters');
    expect(document.querySelector('.form-errors')?.textContent).toBe('No version of the Code is in force');
    const sent = ((executeMutation.mock.calls[0] as unknown[])[0] as { variables: { input: Record<string, unknown> } }).variables.input;
    expect(sent).toEqual({ sectionKey: 'gifts-and-gratuities', reasons: 'A customer\'s tradition', periodStart: '2026-12-10', periodEnd: '2026-12-01' });
  });

  it('shows a request on its route with where it stands and each step taken', () => {
    render(<WaiverRequestItem timeZone="Europe/Berlin" request={{
      __typename: 'WaiverRequest', id: 'V1I6MQ', number: 'W-2026-0001', status: 'AWAITING_CFO_CAO', route: 'SUPERVISOR_THEN_CFO_CAO',
      reasons: 'A customer\'s tradition', periodStart: '2026-12-10', periodEnd: '2026-12-31', requestedAt: '2026-12-01T09:00:00Z', decidedAt: null,
      section: { key: 'gifts-and-gratuities', heading: 'Gifts and gratuities' }, codeVersion: { id: 'Q1Y6MQ', number: 1 },
      supervisorReview: { supervisorName: 'Sam Supervisor', agrees: true, note: 'Reasonable', reviewedAt: '2026-12-01T10:00:00Z' },
      cfoCaoStep: null, boardDecision: null,
    } as never} />);
    expect(screen.getByTestId('waiver-status').textContent).toBe('Waiting for the CFO/CAO');
    const text = screen.getByTestId('waiver-request').textContent ?? '';
    expect(text).toContain('W-2026-0001 · Gifts and gratuities');
    expect(text).toContain('Sam Supervisor: agrees an exception is appropriate — Reasonable');
    expect(text).toContain('Dec 10, 2026 – Dec 31, 2026');
  });
});
