/**
 * The one modal every case-file action uses, so they all behave alike for people who type all day:
 * the form is the modal (Enter in a field submits, Esc closes, the first field has the focus), the
 * field the server blames turns red with its words (showFieldErrors), and a CONFLICT — someone else
 * changed the case since the page showed it — closes the form, reloads the case and says so, without
 * retrying: the user decides again on what is now there.
 */
import { useEffect, useRef, useState } from 'react';
import { App, Form, Input, Modal, Typography, type ButtonProps, type FormInstance } from 'antd';
import type { TextAreaProps } from 'antd/es/input';
import { errorMessage, fieldErrors, hasCode, type FieldError } from '../../../app/errors';
import { showFieldErrors } from '../../../app/form-errors';
import { CASE_FILE } from '../../../locales/zh-CN';
import { useCaseFile } from '../context';

export interface ActionModalProps<V> {
  open: boolean;
  title: string;
  /** What the "done" message calls the action (default: the title). */
  label?: string;
  /** data-testid of the modal (the button that opens it is `action-<testId>`). */
  testId: string;
  form: FormInstance<V>;
  initialValues?: Partial<V>;
  /** The server's path of the form's fields: 'input' for `(input: …)` mutations, none for plain arguments. */
  prefix?: string;
  /** Fields that are one control for a list (a multi-select): the server's `departmentIds.2` turns that control red. */
  listFields?: readonly string[];
  /** Server field names the form calls differently (`{ startsAt: 'slot' }`). */
  rename?: Record<string, string>;
  okText?: string;
  danger?: boolean;
  width?: number;
  onClose(): void;
  /** Runs the mutation; resolve when done (throw the Apollo error as it comes). A string it resolves to is the "done" message. */
  submit(values: V): Promise<unknown>;
  /** Overrides what a CONFLICT means (a booked slot, or a follow-up already recorded, is not a changed case). */
  onConflict?(err: unknown): void;
  children: React.ReactNode;
}

export default function ActionModal<V extends object>(props: ActionModalProps<V>) {
  const { message } = App.useApp();
  const page = useCaseFile();
  const [busy, setBusy] = useState(false);
  // The version the user had in front of them when the form opened: if the page has reloaded a newer
  // one meanwhile, the user decided on a case that is no longer there — the same as the server's CONFLICT.
  const openedOn = useRef<number | null>(null);
  useEffect(() => {
    openedOn.current = props.open ? page.version : null;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the form opens or closes
  }, [props.open]);

  async function finish(values: V) {
    if (openedOn.current !== null && openedOn.current !== page.version && !props.onConflict) {
      props.onClose();
      page.conflict();
      return;
    }
    setBusy(true);
    try {
      const done = await props.submit(values);
      props.onClose();
      page.changed(typeof done === 'string' ? done : props.label ?? props.title);
    } catch (err) {
      if (hasCode(err, 'CONFLICT')) {
        props.onClose();
        if (props.onConflict) props.onConflict(err);
        else page.conflict();
      } else if (hasCode(err, 'NOT_FOUND')) {
        props.onClose();
        message.error(CASE_FILE.actions.gone);
        void page.reload();
      } else if (!showErrors(props.form, err, { prefix: props.prefix, rename: props.rename }, props.listFields)) {
        message.error(errorMessage(err));
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      open={props.open}
      title={props.title}
      width={props.width ?? 560}
      okText={props.okText ?? CASE_FILE.actions.ok}
      cancelText={CASE_FILE.actions.cancel}
      onCancel={props.onClose}
      confirmLoading={busy}
      destroyOnHidden
      keyboard
      okButtonProps={{ htmlType: 'submit', danger: props.danger, 'data-testid': `${props.testId}-submit` } as ButtonProps}
      modalRender={(dom) => (
        // The form wraps the whole modal, so the footer's OK button is its submit button: Enter in a field submits.
        <Form<V>
          form={props.form}
          layout="vertical"
          initialValues={props.initialValues}
          onFinish={(v) => void finish(v)}
          onKeyDown={(e) => submitOnEnter(e, props.form)}
          data-testid={props.testId}
        >
          {dom}
        </Form>
      )}
    >
      {props.children}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>{CASE_FILE.actions.keyboardHint}</Typography.Text>
    </Modal>
  );
}

/**
 * Enter submits from any field — text, radio, multi-line (Shift+Enter starts a new line there) — as
 * window operators expect; it is left alone where it already means something: a dropdown (combobox)
 * picks its option, a button or link is clicked, and an input method confirming Chinese characters
 * (isComposing) is not interrupted. Called once, here, so no field submits twice.
 */
function submitOnEnter(e: React.KeyboardEvent<HTMLFormElement>, form: FormInstance) {
  if (e.key !== 'Enter' || e.shiftKey || e.nativeEvent.isComposing) return;
  const t = e.target as HTMLElement;
  if (['BUTTON', 'A'].includes(t.tagName) || t.getAttribute('role') === 'combobox' || t.closest('.ant-picker')) return;
  e.preventDefault();
  form.submit();
}

/** The multi-line field of the action forms: grows with its text; Enter submits (above). */
export function TextBox(props: TextAreaProps) {
  return <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} {...props} />;
}

/** showFieldErrors, except that an error on one element of a list field is shown on the list's control. */
function showErrors(form: FormInstance, err: unknown, options: { prefix?: string; rename?: Record<string, string> }, listFields: readonly string[] = []): boolean {
  if (!listFields.length) return showFieldErrors(form, err, options);
  const merged = new Map<string, FieldError>();
  for (const f of fieldErrors(err, options)) {
    const name = typeof f.name[0] === 'string' && listFields.includes(f.name[0]) ? [f.name[0]] : f.name;
    const key = JSON.stringify(name);
    const entry = merged.get(key) ?? { name, errors: [] };
    entry.errors.push(...f.errors.filter((e) => !entry.errors.includes(e)));
    merged.set(key, entry);
  }
  const fields = [...merged.values()];
  if (!fields.length) return false;
  form.setFields(fields);
  form.scrollToField(fields[0].name, { block: 'center', focus: true });
  return true;
}
