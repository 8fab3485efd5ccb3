import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { GroupCompletion } from './GroupCompletion';
import '../../i18n';

const counts = (assigned: number, completed: number) => ({ assigned, completed, exceptions: 0, pending: assigned - completed, overdue: 1, completionRate: completed / assigned });
const rows = [
  { tenantKey: 'acme', tenantName: 'Acme Corporation', campaign: { id: 'QzE=', name: 'Annual 2026', versionNumber: 1, status: 'OPEN' }, counts: counts(10, 8) },
  { tenantKey: 'acme-de', tenantName: 'Acme Deutschland GmbH', campaign: { id: 'QzI=', name: 'Annual 2026', versionNumber: 1, status: 'CLOSED' }, counts: counts(4, 1) },
];

describe('the group-wide certification completion on the board portal', () => {
  it('shows the group\'s totals and a row a company and campaign, in the reader\'s language', () => {
    render(<GroupCompletion year={2026} totals={counts(14, 9) as never} rows={rows as never} more={null} />);
    expect(screen.getByRole('heading', { name: 'Certification of the Code across the group, 2026' })).toBeTruthy();
    expect(screen.getByTestId('group-completion-totals-rate').textContent).toBe('64.3%');
    const body = within(screen.getByTestId('group-completion')).getAllByRole('row').slice(1);
    expect(body.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['Acme Corporation', 'Acme Deutschland GmbH']);
    expect(body[1].textContent).toContain('Annual 2026 · Version 1 · closed');
    expect(body[1].textContent).toContain('25%');
  });

  it('says so when no campaign opened in the year', () => {
    render(<GroupCompletion year={2027} totals={counts(1, 0) as never} rows={[]} more={null} />);
    expect(screen.getByText('No campaign opened this year.')).toBeTruthy();
    expect(screen.queryByTestId('group-completion')).toBeNull();
  });
});
