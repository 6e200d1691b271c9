/**
 * 登录. The login payload carries everything the console needs about the user (name, roles, region
 * with its parent), so no second request is made. Enter submits; a RATE_LIMITED answer shows how
 * long to wait and keeps the button disabled until then.
 */
import { useEffect, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Space, Tag, Typography } from 'antd';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { graphql } from '../../gql';
import { apollo } from '../../app/client';
import { errorMessage, hasCode, retryAfterSeconds } from '../../app/errors';
import { showFieldErrors } from '../../app/form-errors';
import { serverMode } from '../../app/mode';
import { safeNext } from '../../app/navigation';
import { session, useSession } from '../../app/session-hooks';
import { DEMO_ACCOUNTS, S } from '../../locales/zh-CN';

const LoginMutation = graphql(`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      token
      expiresAt
      user {
        id
        username
        displayName
        roles
        region {
          id
          code
          name
          level
          parent {
            id
            name
            level
          }
        }
      }
    }
  }
`);

interface Values {
  username: string;
  password: string;
}

/** Seconds left until a time, ticking once a second. */
function useCountdown(until: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!until) return;
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, [until]);
  return until ? Math.max(0, Math.ceil((until - now) / 1000)) : 0;
}

export default function LoginPage() {
  const [form] = Form.useForm<Values>();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const signedIn = useSession();
  const [login, { loading }] = useMutation(LoginMutation);
  const [problem, setProblem] = useState<string | null>(null);
  const [lockedUntil, setLockedUntil] = useState<number | null>(null);
  const waitSeconds = useCountdown(lockedUntil);
  const next = safeNext(params.get('next'));
  const reason = params.get('reason');

  if (signedIn) return <Navigate to={next} replace />;

  const submit = async ({ username, password }: Values) => {
    setProblem(null);
    try {
      const { data } = await login({ variables: { username: username.trim(), password } });
      if (!data) throw new Error('empty login answer');
      // Whatever an earlier user left in the cache or on the socket goes before the new session starts.
      await apollo.reset();
      session.set({ token: data.login.token, expiresAt: data.login.expiresAt, user: data.login.user });
      navigate(next, { replace: true });
    } catch (err) {
      if (hasCode(err, 'RATE_LIMITED')) {
        const seconds = retryAfterSeconds(err);
        setLockedUntil(seconds ? Date.now() + seconds * 1000 : null);
        setProblem(seconds ? null : S.login.rateLimitedNoTime);
      } else if (hasCode(err, 'UNAUTHENTICATED')) {
        setProblem(S.login.wrongPassword);
        form.setFieldValue('password', '');
      } else if (!showFieldErrors(form, err)) {
        setProblem(errorMessage(err));
      }
    }
  };

  const locked = waitSeconds > 0;
  return (
    <div style={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', background: '#f0f2f5', padding: 16 }}>
      <Card style={{ width: 380, maxWidth: '100%' }}>
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          <div style={{ textAlign: 'center' }}>
            <Typography.Title level={3} style={{ marginBottom: 4 }}>{S.login.title}</Typography.Title>
            <Typography.Text type="secondary">{S.login.subtitle}</Typography.Text>
          </div>
          {reason === 'expired' && !problem && !locked && <Alert type="warning" showIcon title={S.login.expired} data-testid="login-expired" />}
          {reason === 'logout' && !problem && !locked && <Alert type="success" showIcon title={S.login.loggedOut} />}
          {locked && <Alert type="error" showIcon title={S.login.rateLimited(waitSeconds)} data-testid="login-rate-limited" />}
          {problem && <Alert type="error" showIcon title={problem} data-testid="login-error" />}
          <Form form={form} layout="vertical" onFinish={submit} requiredMark={false} disabled={loading} name="login">
            <Form.Item label={S.login.username} name="username" rules={[{ required: true, whitespace: true, message: S.login.usernameRequired }]}>
              <Input prefix={<UserOutlined />} autoComplete="username" autoFocus data-testid="login-username" />
            </Form.Item>
            <Form.Item label={S.login.password} name="password" rules={[{ required: true, message: S.login.passwordRequired }]}>
              <Input.Password prefix={<LockOutlined />} autoComplete="current-password" data-testid="login-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={loading} disabled={locked} data-testid="login-submit">
              {S.login.submit}
            </Button>
          </Form>
          {serverMode() === 'demo' && (
            <div data-testid="demo-accounts">
              <Typography.Text type="secondary">{S.login.demoTitle}</Typography.Text>
              <div style={{ marginTop: 8, display: 'flex', flexWrap: 'wrap', gap: 6 }}>
                {DEMO_ACCOUNTS.map(([username, label]) => (
                  <Tag key={username} style={{ cursor: 'pointer' }} title={label} onClick={() => form.setFieldsValue({ username, password: 'demo' })}>
                    {username}
                  </Tag>
                ))}
              </div>
            </div>
          )}
        </Space>
      </Card>
    </div>
  );
}
