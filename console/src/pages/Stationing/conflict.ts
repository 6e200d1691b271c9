/**
 * The forms of this screen and their field errors: the graph's input errors (BAD_USER_INPUT, FORBIDDEN —
 * app/errors.ts) and, here, its CONFLICT too, which names the field that collides (the window, the
 * department, a person, a window's kind). The forms edit lists as one select, so `staffIds.2` marks `staffIds`.
 */
import type { FormInstance } from 'antd';
import { chinesePart, fieldErrors, graphErrors, type FieldError } from '../../app/errors';

export function conflictFields(err: unknown): FieldError[] {
  const out = new Map<string, string[]>();
  const add = (name: string, text: string) => out.set(name, [...new Set([...(out.get(name) ?? []), text])]);
  for (const f of fieldErrors(err, { prefix: 'input' })) for (const e of f.errors) add(String(f.name[0]), e);
  for (const g of graphErrors(err)) {
    const field = g.extensions?.field;
    if (g.extensions?.code !== 'CONFLICT' || typeof field !== 'string' || !field.startsWith('input.')) continue;
    add(field.split('.')[1], chinesePart(g.message));
  }
  return [...out].map(([name, errors]) => ({ name: [name], errors }));
}

/**
 * showFieldErrors (app/form-errors.ts) with CONFLICT included: the named fields turn red and the first
 * scrolls into view. False when the error names no field (the caller shows a message instead).
 */
export function showConflictFields(form: FormInstance, err: unknown): boolean {
  const fields = conflictFields(err);
  if (!fields.length) return false;
  form.setFields(fields);
  form.scrollToField(fields[0].name, { block: 'center', focus: true });
  return true;
}
