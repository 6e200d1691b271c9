/**
 * The one way a form shows the graph's input errors: the field the server names turns red with the
 * server's words, and the first one scrolls into view. Use it in every form's submit handler:
 *
 *   catch (err) { if (!showFieldErrors(form, err, { prefix: 'input' })) message.error(errorMessage(err)); }
 *
 * `prefix` is the argument the form edits (`intakeCase(input:)` → 'input'); `rename` maps server
 * field names the form calls differently. The mapping itself (errors.ts `fieldErrors`) is unit-tested.
 */
import type { FormInstance } from 'antd';
import { fieldErrors } from './errors';

export function showFieldErrors(form: FormInstance, error: unknown, options: { prefix?: string; rename?: Record<string, string> } = {}): boolean {
  const fields = fieldErrors(error, options);
  if (!fields.length) return false;
  form.setFields(fields);
  form.scrollToField(fields[0].name, { block: 'center', focus: true });
  return true;
}
