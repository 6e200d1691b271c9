/**
 * The shell around every screen: the side menu (only what the roles may use, from access.ts), and a
 * header that always says who is working where — 「湖寮镇综治中心 · 窗口受理员 罗秀英」 — with 退出登录.
 */
import { LogoutOutlined } from '@ant-design/icons';
import { Button, Layout, Menu, Typography } from 'antd';
import { matchPath, Outlet, useLocation, useNavigate } from 'react-router';
import { S } from '../../locales/zh-CN';
import { whoWhere } from '../../utils/identity';
import { SCREENS } from '../routes';
import { useAccess, useSession } from '../session-hooks';
import { useSignOut } from './useSignOut';

export default function BasicLayout() {
  const user = useSession()?.user;
  const access = useAccess();
  const location = useLocation();
  const navigate = useNavigate();
  const { signOut, leaving } = useSignOut();

  const entries = SCREENS.filter((r) => r.menu && access[r.access]);
  // The entry whose path starts the current one: /cases/123 keeps 案件列表 highlighted.
  const selected = entries.find((r) => matchPath({ path: r.path, end: false }, location.pathname))?.path;

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider breakpoint="lg" collapsedWidth={0} theme="light" width={200}>
        <div style={{ padding: '16px 20px', fontWeight: 600, fontSize: 16 }}>{S.app.title}</div>
        <Menu
          mode="inline"
          selectedKeys={selected ? [selected] : []}
          items={entries.map((r) => ({ key: r.path, icon: r.menu!.icon, label: r.menu!.label }))}
          onClick={({ key }) => navigate(key)}
          data-testid="main-menu"
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header style={{ background: '#fff', padding: '0 24px', display: 'flex', alignItems: 'center', justifyContent: 'flex-end', gap: 16 }}>
          {user && (
            <Typography.Text strong data-testid="who-where">
              {whoWhere(user)}
            </Typography.Text>
          )}
          <Button icon={<LogoutOutlined />} onClick={signOut} loading={leaving} data-testid="logout">
            {S.app.logout}
          </Button>
        </Layout.Header>
        <Layout.Content style={{ margin: 16 }}>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
