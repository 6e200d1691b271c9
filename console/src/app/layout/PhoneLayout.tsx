/**
 * The shell of pages made for a phone (the grid worker's): no side menu, a compact header that still
 * says who is working where — 「湖寮社区第1网格 · 网格员 罗秀英」 — and 退出. Content is one column,
 * at most 560 px wide, so the same page stays readable if opened on a desktop.
 */
import { LogoutOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import { Outlet } from 'react-router';
import { GRID_WORKER } from '../../locales/zh-CN';
import { placeLabel, rolesLabel } from '../../utils/identity';
import { useSession } from '../session-hooks';
import { useSignOut } from './useSignOut';

export default function PhoneLayout() {
  const user = useSession()?.user;
  const { signOut, leaving } = useSignOut();
  return (
    <div style={{ minHeight: '100vh', background: '#f5f5f5' }}>
      <header
        style={{
          position: 'sticky', top: 0, zIndex: 10, background: '#fff', borderBottom: '1px solid #f0f0f0',
          display: 'flex', alignItems: 'center', gap: 8, padding: '8px 12px', minHeight: 56,
        }}
      >
        {user && (
          // One line for the place, one for the post and name: both fit 390 px without wrapping mid-word.
          <div style={{ flex: 1, minWidth: 0, lineHeight: 1.35 }} data-testid="who-where" aria-label={`${placeLabel(user.region)} · ${rolesLabel(user.roles)} ${user.displayName}`}>
            <Typography.Text strong ellipsis style={{ display: 'block', fontSize: 15 }}>{placeLabel(user.region)}</Typography.Text>
            <Typography.Text type="secondary" ellipsis style={{ display: 'block', fontSize: 13 }}>{rolesLabel(user.roles)} {user.displayName}</Typography.Text>
          </div>
        )}
        <Button icon={<LogoutOutlined />} onClick={signOut} loading={leaving} size="large" data-testid="logout">
          {GRID_WORKER.logout}
        </Button>
      </header>
      <main style={{ maxWidth: 560, margin: '0 auto', padding: '8px 12px 24px' }}>
        <Outlet />
      </main>
    </div>
  );
}
