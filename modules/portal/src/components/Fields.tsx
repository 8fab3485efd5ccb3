import type { ReactNode } from 'react';
import type { UserErrorValue } from '../userErrors';

interface FieldProps {
  id: string;
  label: string;
  errors?: UserErrorValue[];
  hint?: string;
  required?: boolean;
}

function describedBy(id: string, errors?: UserErrorValue[], hint?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : null, errors && errors.length > 0 ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** The messages of the user errors that name this field, right under it. */
export function FieldErrors({ id, errors }: { id: string; errors?: UserErrorValue[] }) {
  if (!errors || errors.length === 0) return null;
  return (
    <p id={`${id}-error`} className="field-error" role="alert">
      {errors.map((e) => e.message).join(' ')}
    </p>
  );
}

function Frame({ id, label, errors, hint, required, children }: FieldProps & { children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </label>
      {hint ? <p id={`${id}-hint`} className="hint">{hint}</p> : null}
      {children}
      <FieldErrors id={id} errors={errors} />
    </div>
  );
}

export function TextField(props: FieldProps & { value: string; onChange: (v: string) => void; type?: string; autoComplete?: string }) {
  const { id, value, onChange, type, errors, hint, required, autoComplete } = props;
  return (
    <Frame {...props}>
      <input id={id} type={type ?? 'text'} value={value} required={required} autoComplete={autoComplete ?? 'off'}
        aria-invalid={errors && errors.length > 0 ? true : undefined} aria-describedby={describedBy(id, errors, hint)}
        onChange={(e) => onChange(e.target.value)} />
    </Frame>
  );
}

export function TextArea(props: FieldProps & { value: string; onChange: (v: string) => void; rows?: number }) {
  const { id, value, onChange, errors, hint, required, rows } = props;
  return (
    <Frame {...props}>
      <textarea id={id} value={value} required={required} rows={rows ?? 5}
        aria-invalid={errors && errors.length > 0 ? true : undefined} aria-describedby={describedBy(id, errors, hint)}
        onChange={(e) => onChange(e.target.value)} />
    </Frame>
  );
}

export function SelectField<T extends string>(props: FieldProps & { value: T; onChange: (v: T) => void; options: { value: T; label: string }[] }) {
  const { id, value, onChange, errors, hint, required, options } = props;
  return (
    <Frame {...props}>
      <select id={id} value={value} required={required}
        aria-invalid={errors && errors.length > 0 ? true : undefined} aria-describedby={describedBy(id, errors, hint)}
        onChange={(e) => onChange(e.target.value as T)}>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </Frame>
  );
}

export function CheckboxField({ id, label, checked, onChange, errors }: { id: string; label: string; checked: boolean; onChange: (v: boolean) => void; errors?: UserErrorValue[] }) {
  return (
    <div className="field checkbox">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)}
        aria-invalid={errors && errors.length > 0 ? true : undefined}
        aria-describedby={errors && errors.length > 0 ? `${id}-error` : undefined} />
      <label htmlFor={id}>{label}</label>
      <FieldErrors id={id} errors={errors} />
    </div>
  );
}

/** Errors of the whole form (those naming no field shown), at its top. */
export function FormErrors({ errors }: { errors: UserErrorValue[] }) {
  if (errors.length === 0) return null;
  return (
    <div className="form-errors" role="alert">
      <ul>{errors.map((e, i) => <li key={i}>{e.message}</li>)}</ul>
    </div>
  );
}
