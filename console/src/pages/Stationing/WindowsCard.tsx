/**
 * 窗口设置: the windows of the center's hall (number, kind, the department of a fixed window, label),
 * read from the screen's overview query; 新增窗口 and 修改 for those the access map lets change them.
 */
import { useState } from 'react';
import { Button, Card, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useAccess } from '../../app/session-hooks';
import { STATIONING } from '../../locales/zh-CN';
import WindowForm, { type WindowRow } from './WindowForm';

const t = STATIONING.windowsCard;

export default function WindowsCard(props: {
  centerId: string | null;
  windows: readonly WindowRow[];
  /** The departments stationed at the center: the ones a fixed window may belong to. */
  departments: readonly { id: string; name: string }[];
  loading: boolean;
  onChanged: () => void;
}) {
  const access = useAccess();
  const [editing, setEditing] = useState<WindowRow | 'new' | null>(null);
  const canEdit = access.setCenterWindow && !!props.centerId;

  return (
    <Card size="small" title={t.title} data-testid="windows-card"
      extra={canEdit && <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="window-new">{t.create}</Button>}>
      <Table size="small" rowKey="number" loading={props.loading} pagination={false} dataSource={[...props.windows]}
        locale={{ emptyText: t.empty }} data-testid="windows-table"
        columns={[
          { title: t.columns.number, dataIndex: 'number', width: 80, render: (n: number) => STATIONING.window(n) },
          { title: t.columns.kind, dataIndex: 'kind', width: 100, render: (k: string) => <Tag color={t.kindColor[k]}>{t.kind[k]}</Tag> },
          { title: t.columns.department, key: 'department', render: (_, w) => w.department?.name ?? '—' },
          { title: t.columns.label, dataIndex: 'label' },
          ...(canEdit ? [{
            title: t.columns.actions, key: 'actions', width: 80,
            render: (_: unknown, w: WindowRow) => (
              <Button size="small" type="link" onClick={() => setEditing(w)} data-testid={`window-edit-${w.number}`}>{t.edit}</Button>
            ),
          }] : []),
        ]} />
      {editing && props.centerId && (
        <WindowForm centerId={props.centerId} row={editing === 'new' ? undefined : editing} departments={props.departments}
          taken={props.windows.map((w) => w.number)}
          onClose={() => setEditing(null)} onDone={() => { setEditing(null); props.onChanged(); }} />
      )}
    </Card>
  );
}
