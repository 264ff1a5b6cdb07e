/** One field that differs between the record before and after a change. */
export type FieldChange = { field: string; before: unknown; after: unknown };

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The fields that a change touched, in the record's own order; a created or deleted record lists all its fields. */
export function diffRecords(before: Record<string, unknown> | null, after: Record<string, unknown> | null): FieldChange[] {
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  return fields.map((field) => ({ field, before: before?.[field], after: after?.[field] })).filter((change) => !same(change.before, change.after));
}

/** A value as compact JSON for the diff ("—" when the field is absent). */
export function showValue(value: unknown): string {
  return value === undefined ? '—' : JSON.stringify(value);
}
