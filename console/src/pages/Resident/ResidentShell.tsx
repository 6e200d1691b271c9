/** The public pages' frame: a phone-width column with the platform's name, no staff header or menu. */
import type { ReactNode } from 'react';
import { Typography } from 'antd';
import { RESIDENT } from '../../locales/zh-CN/resident';

export default function ResidentShell(props: { title: string; children: ReactNode }) {
  return (
    <div style={{ minHeight: '100vh', background: '#f5f5f5' }}>
      <header style={{ background: '#1677ff', color: '#fff', padding: '14px 16px' }}>
        <Typography.Title level={4} style={{ color: '#fff', margin: 0 }}>{props.title}</Typography.Title>
        <Typography.Text style={{ color: 'rgba(255,255,255,0.85)', fontSize: 13 }}>{RESIDENT.subtitle}</Typography.Text>
      </header>
      <main style={{ maxWidth: 560, margin: '0 auto', padding: '12px 12px 24px' }}>{props.children}</main>
    </div>
  );
}
