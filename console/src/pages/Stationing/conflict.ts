/**
 * The rota form's field errors: the graph's input errors (BAD_USER_INPUT, FORBIDDEN — app/errors.ts)
 * and, here, its CONFLICT too, which names the field that collides (the window, the department, a
 * person). The form edits the people as one select, so `staffIds.2` marks `staffIds`.
 */
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
