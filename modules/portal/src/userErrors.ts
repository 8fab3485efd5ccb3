// User errors of a mutation, placed next to the field they name.

export interface UserErrorValue {
  field: readonly string[];
  message: string;
  code: string;
}

/** The field an error names, as a path below the mutation's input ("report.description"). */
export function fieldPath(error: UserErrorValue): string {
  const path = error.field[0] === 'input' ? error.field.slice(1) : error.field;
  return path.join('.');
}

/** The errors naming a field (its path joined by dots, e.g. "report.description"), or its children. */
export function errorsFor(errors: readonly UserErrorValue[] | undefined, path: string): UserErrorValue[] {
  return (errors ?? []).filter((e) => {
    const joined = fieldPath(e);
    return joined === path || joined.startsWith(path + '.');
  });
}

/** The errors that name none of the fields a form shows: shown at the top of the form. */
export function otherErrors(errors: readonly UserErrorValue[] | undefined, shown: readonly string[]): UserErrorValue[] {
  return (errors ?? []).filter((e) => !shown.some((path) => {
    const joined = fieldPath(e);
    return joined === path || joined.startsWith(path + '.');
  }));
}
