/**
 * 巡查任务: the patrol tasks the centers sent to the worker's grid, the soonest due first, overdue ones
 * marked red; 完成巡查 asks what the patrol found (the graph requires a note) and the card turns done.
 */
import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, Empty, Form, Input, Modal, Segmented, Skeleton, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { graphql } from '../../gql';
import type { PatrolTaskStatus } from '../../gql/graphql';
import { errorMessage, hasCode } from '../../app/errors';
import { showFieldErrors } from '../../app/form-errors';
import { options, PATROL_TASK_STATUS } from '../../locales/zh-CN/enums';
import { GRID_WORKER } from '../../locales/zh-CN/grid';

const MyTasksQuery = graphql(`
  query MyTasks($gridId: ID!, $status: PatrolTaskStatus) {
    patrolTasks(gridId: $gridId, status: $status, first: 50) {
      totalCount
      edges {
        node {
          id
          title
          note
          dueAt
          status
          overdue
          completedAt
          completionNote
          completedLate
        }
      }
    }
  }
`);

const CompletePatrol = graphql(`
  mutation CompletePatrol($id: ID!, $note: String!) {
    completePatrolTask(id: $id, note: $note) {
      id
      status
      overdue
      completedAt
      completionNote
      completedLate
    }
  }
`);

const T = GRID_WORKER.tasks;
const at = (iso: string) => dayjs(iso).format('MM-DD HH:mm');

export default function MyTasks({ gridId }: { gridId: string }) {
  const [status, setStatus] = useState<PatrolTaskStatus>('DISPATCHED');
  const { data, loading, error, refetch } = useQuery(MyTasksQuery, { variables: { gridId, status } });
  const [completing, setCompleting] = useState<string | null>(null);
  const [form] = Form.useForm<{ note: string }>();
  const { message } = App.useApp();
  const [complete, { loading: saving }] = useMutation(CompletePatrol, { refetchQueries: ['GridWorkerCounts'] });

  const submit = async ({ note }: { note: string }) => {
    if (!completing) return;
    try {
      await complete({ variables: { id: completing, note: note.trim() } });
      message.success(T.completed);
      setCompleting(null);
    } catch (err) {
      if (hasCode(err, 'CONFLICT')) {
        message.warning(GRID_WORKER.conflict);
        setCompleting(null);
        void refetch();
        return;
      }
      if (!showFieldErrors(form, err)) message.error(errorMessage(err));
    }
  };

  const tasks = data?.patrolTasks.edges.map((e) => e.node) ?? [];
  return (
    <div data-testid="my-tasks">
      <Segmented
        block
        size="large"
        value={status}
        onChange={(v) => setStatus(v as PatrolTaskStatus)}
        options={options(PATROL_TASK_STATUS)}
        style={{ marginBottom: 12 }}
      />
      {error && !data && <Alert type="error" showIcon title={errorMessage(error)} action={<Button onClick={() => void refetch()}>{GRID_WORKER.retry}</Button>} />}
      {!data && loading && <Skeleton active />}
      {data && tasks.length === 0 && <Empty description={status === 'DISPATCHED' ? T.empty : T.emptyDone} />}
      {tasks.map((t) => (
        <Card key={t.id} size="small" style={{ marginBottom: 10, borderColor: t.overdue ? '#ffa39e' : undefined }} data-testid="task-card" data-task-id={t.id} data-status={t.status}>
          <Typography.Text strong style={{ fontSize: 15, wordBreak: 'break-word' }}>{t.title}</Typography.Text>
          <div style={{ margin: '4px 0' }}>
            <Typography.Text type={t.overdue ? 'danger' : 'secondary'}>{T.due(at(t.dueAt))}</Typography.Text>
            {t.overdue && <Tag color="red" style={{ marginLeft: 6 }}>{T.overdue}</Tag>}
            {t.completedLate && <Tag color="orange" style={{ marginLeft: 6 }}>{T.late}</Tag>}
          </div>
          {t.note && <Typography.Paragraph type="secondary" style={{ marginBottom: 6, wordBreak: 'break-word' }}>{t.note}</Typography.Paragraph>}
          {t.status === 'COMPLETED' ? (
            <Typography.Paragraph style={{ marginBottom: 0, wordBreak: 'break-word' }} data-testid="task-done">
              <Tag color="green">{T.completedAt(at(t.completedAt ?? t.dueAt))}</Tag>{t.completionNote}
            </Typography.Paragraph>
          ) : (
            <Button type="primary" size="large" block onClick={() => { form.resetFields(); setCompleting(t.id); }} data-testid="task-complete">{T.complete}</Button>
          )}
        </Card>
      ))}

      <Modal
        open={completing !== null}
        title={T.completeTitle}
        okText={GRID_WORKER.reports.confirm}
        cancelText={GRID_WORKER.reports.cancel}
        okButtonProps={{ size: 'large', loading: saving, ...({ 'data-testid': 'task-dialog-ok' } as object) }}
        cancelButtonProps={{ size: 'large' }}
        onOk={() => form.submit()}
        onCancel={() => setCompleting(null)}
        centered
        forceRender
      >
        <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item name="note" label={T.note} rules={[{ required: true, whitespace: true, min: 2, message: T.noteRequired }]}>
            <Input.TextArea placeholder={T.notePlaceholder} autoSize={{ minRows: 3, maxRows: 6 }} maxLength={1000} data-testid="task-note" />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
