import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { TextField } from './Fields';
import { errorsFor, otherErrors } from '../userErrors';

const errors = [
  { field: ['input', 'passphrase'], message: 'Too easy to guess', code: 'WEAK_PASSPHRASE' },
  { field: ['input', 'report', 'description'], message: 'Required', code: 'REQUIRED' },
  { field: [], message: 'The intake is closed', code: 'CLOSED' },
];

describe('user errors next to their field', () => {
  it('picks the errors that name a field and leaves the others for the form', () => {
    expect(errorsFor(errors, 'passphrase').map((e) => e.code)).toEqual(['WEAK_PASSPHRASE']);
    expect(errorsFor(errors, 'report').map((e) => e.code)).toEqual(['REQUIRED']);
    expect(otherErrors(errors, ['passphrase', 'report.description']).map((e) => e.code)).toEqual(['CLOSED']);
  });

  it('shows the message under the input, tied to it for assistive technology', () => {
    render(<TextField id="passphrase" label="Passphrase" value="" onChange={() => {}} errors={errorsFor(errors, 'passphrase')} />);
    const input = screen.getByLabelText('Passphrase');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const message = document.getElementById(input.getAttribute('aria-describedby')!);
    expect(message?.textContent).toBe('Too easy to guess');
  });

  it('shows nothing and marks nothing when the field has no error', () => {
    render(<TextField id="name" label="Name" value="" onChange={() => {}} errors={errorsFor(errors, 'name')} />);
    const input = screen.getByLabelText('Name');
    expect(input.getAttribute('aria-invalid')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
