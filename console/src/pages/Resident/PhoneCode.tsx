/**
 * Sends a one-time code to a phone (after solving the server's challenge) and verifies what the
 * resident types; hands the session up. The code is sent once on mount and again on 重新获取.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Button, Form, Input, Space, Typography } from 'antd';
import { errorMessage } from '../../app/errors';
import { showFieldErrors } from '../../app/form-errors';
import { RESIDENT } from '../../locales/zh-CN/resident';
import { ChallengeQuery, RequestCodeMutation, VerifyCodeMutation } from './documents';
import { solveChallenge } from './pow';
import { saveSession, type ResidentSession } from './session';

export default function PhoneCode(props: { phone: string; submitLabel: string; busy?: boolean; onVerified(s: ResidentSession): void | Promise<void>; onBack?(): void }) {
  const client = useApolloClient();
  const [form] = Form.useForm<{ code: string }>();
  const [sent, setSent] = useState<{ to: string; minutes: number } | null>(null);
  const [sendError, setSendError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [requestCode] = useMutation(RequestCodeMutation);
  const [verify, verifying] = useMutation(VerifyCodeMutation);
  const once = useRef(false);

  const send = useCallback(async () => {
    setSending(true);
    setSendError(null);
    try {
      const { data } = await client.query({ query: ChallengeQuery, fetchPolicy: 'network-only' });
      const c = data!.residentChallenge;
      const answer = solveChallenge(c.challenge, c.difficulty);
      const res = await requestCode({ variables: { input: { phone: props.phone, challenge: c.challenge, answer } } });
      const r = res.data!.requestResidentCode;
      setSent({ to: r.sentTo, minutes: Math.max(1, Math.round((new Date(String(r.expiresAt)).getTime() - Date.now()) / 60_000)) });
    } catch (err) {
      setSendError(errorMessage(err));
    } finally {
      setSending(false);
    }
  }, [client, requestCode, props.phone]);

  useEffect(() => {
    if (once.current) return;
    once.current = true;
    void send();
  }, [send]);

  const submit = async ({ code }: { code: string }) => {
    try {
      const res = await verify({ variables: { input: { phone: props.phone, code: code.trim() } } });
      const s = res.data!.verifyResidentCode;
      const session = { token: s.token, phone: props.phone, expiresAt: String(s.expiresAt) };
      saveSession(session);
      await props.onVerified(session);
    } catch (err) {
      if (!showFieldErrors(form, err, { prefix: 'input' })) form.setFields([{ name: 'code', errors: [errorMessage(err)] }]);
    }
  };

  return (
    <Form form={form} layout="vertical" onFinish={submit} requiredMark={false} data-testid="phone-code">
      <Typography.Title level={5}>{RESIDENT.verify.title}</Typography.Title>
      {sending && <Typography.Paragraph type="secondary">{RESIDENT.verify.sending}</Typography.Paragraph>}
      {sent && <Alert type="success" showIcon title={RESIDENT.verify.sentTo(sent.to, sent.minutes)} style={{ marginBottom: 12 }} />}
      {sendError && <Alert type="error" showIcon title={sendError} style={{ marginBottom: 12 }} />}
      <Form.Item name="code" label={RESIDENT.verify.code} rules={[{ required: true, pattern: /^\s*\d{6}\s*$/, message: RESIDENT.verify.codePlaceholder }]}>
        <Input inputMode="numeric" autoComplete="one-time-code" maxLength={6} placeholder={RESIDENT.verify.codePlaceholder} size="large" aria-label={RESIDENT.verify.code} />
      </Form.Item>
      <Space wrap>
        <Button type="primary" htmlType="submit" size="large" loading={verifying.loading || props.busy} data-testid="verify-submit">{props.submitLabel}</Button>
        <Button size="large" onClick={() => void send()} disabled={sending}>{RESIDENT.verify.resend}</Button>
        {props.onBack && <Button size="large" type="link" onClick={props.onBack}>{RESIDENT.verify.back}</Button>}
      </Space>
    </Form>
  );
}
