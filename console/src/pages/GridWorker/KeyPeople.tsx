/**
 * 重点人员: the key persons of the worker's grid, those whose visit is due first (超期 marked red), each with
 * its 三级预警 tier, 包保干部, visit plan and last visit; 登记走访 records a visit (how, whether the person was
 * met, what was seen) and the card moves on to the next due date. Every read of these records is audited
 * by the graph.
 */
import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, Empty, Form, Input, Modal, Segmented, Select, Skeleton, Switch, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { graphql } from '../../gql';
import type { KeyPersonVisitKind } from '../../gql/graphql';
import { errorMessage } from '../../app/errors';
import { showFieldErrors } from '../../app/form-errors';
import { KEY_PERSON_TIER, KEY_PERSON_TIER_COLOR, KEY_PERSON_VISIT_KIND, options } from '../../locales/zh-CN/enums';
import { GRID_WORKER } from '../../locales/zh-CN/grid';

const MyKeyPeopleQuery = graphql(`
  query MyKeyPeople($gridId: ID!, $due: Boolean) {
    keyPersons(gridId: $gridId, visitDue: $due, first: 50) {
      totalCount
      edges {
        node {
          id
          name
          categoryLabel
          tier
          responsibleCadre
          visitEveryDays
          ownVisitInterval
          nextVisitDueAt
          visitOverdue
          visits(first: 1) {
            visitedAt
            kind
            visitorName
          }
          riskWarnings(first: 1) {
            id
            caseCode
            ruleName
            raised
            tierBefore
            tierAfter
            linkedAt
          }
        }
      }
    }
  }
`);

const RecordVisit = graphql(`
  mutation RecordKeyPersonVisit($input: RecordKeyPersonVisitInput!) {
    recordKeyPersonVisit(input: $input) {
      id
      keyPerson {
        id
        lastVisitedAt
        nextVisitDueAt
        visitOverdue
      }
    }
  }
`);

const T = GRID_WORKER.people;
const at = (iso: string) => dayjs(iso).format('MM-DD HH:mm');
type VisitForm = { kind: KeyPersonVisitKind; metInPerson: boolean; note: string };

export default function KeyPeople({ gridId }: { gridId: string }) {
  const [filter, setFilter] = useState<'due' | 'all'>('due');
  const { data, loading, error, refetch } = useQuery(MyKeyPeopleQuery, { variables: { gridId, due: filter === 'due' ? true : null } });
  const [visiting, setVisiting] = useState<{ id: string; name: string } | null>(null);
  const [form] = Form.useForm<VisitForm>();
  const { message } = App.useApp();
  const [record, { loading: saving }] = useMutation(RecordVisit, { refetchQueries: ['MyKeyPeople', 'GridWorkerCounts'] });

  const submit = async (v: VisitForm) => {
    if (!visiting) return;
    try {
      await record({ variables: { input: { keyPersonId: visiting.id, kind: v.kind, metInPerson: v.metInPerson, note: v.note.trim() } } });
      message.success(T.recorded);
      setVisiting(null);
    } catch (err) {
      if (!showFieldErrors(form, err, { prefix: 'input' })) message.error(errorMessage(err));
    }
  };

  const people = [...(data?.keyPersons.edges.map((e) => e.node) ?? [])].sort((a, b) => a.nextVisitDueAt.localeCompare(b.nextVisitDueAt));
  return (
    <div data-testid="key-people">
      <Segmented block size="large" value={filter} onChange={(v) => setFilter(v as 'due' | 'all')} options={options(T.filters)} style={{ marginBottom: 12 }} />
      {error && !data && <Alert type="error" showIcon title={errorMessage(error)} action={<Button onClick={() => void refetch()}>{GRID_WORKER.retry}</Button>} />}
      {!data && loading && <Skeleton active />}
      {data && people.length === 0 && <Empty description={filter === 'due' ? T.empty : T.emptyAll} />}
      {people.map((k) => {
        const last = k.visits[0];
        const risk = k.riskWarnings[0];
        return (
          <Card key={k.id} size="small" style={{ marginBottom: 10, borderColor: k.visitOverdue ? '#ffa39e' : undefined }} data-testid="key-person-card" data-key-person-id={k.id} data-overdue={k.visitOverdue}>
            <div>
              <Typography.Text strong style={{ fontSize: 15 }}>{k.name}</Typography.Text>
              <Tag color={KEY_PERSON_TIER_COLOR[k.tier]} style={{ marginLeft: 8 }} data-testid="key-person-tier">{KEY_PERSON_TIER[k.tier]}</Tag>
              <Typography.Text type="secondary">{k.categoryLabel}</Typography.Text>
            </div>
            <div style={{ margin: '4px 0' }}>
              <Typography.Text type={k.visitOverdue ? 'danger' : 'secondary'} data-testid="key-person-due">{T.due(at(k.nextVisitDueAt))}</Typography.Text>
              {k.visitOverdue && <Tag color="red" style={{ marginLeft: 6 }}>{T.overdue}</Tag>}
            </div>
            <Typography.Paragraph type="secondary" style={{ marginBottom: 6 }}>
              {k.responsibleCadre ? T.cadre(k.responsibleCadre) : T.noCadre} · {T.every(k.visitEveryDays, k.ownVisitInterval)}
              <br />
              <span data-testid="key-person-last">{last ? T.lastVisit(at(last.visitedAt), last.visitorName, KEY_PERSON_VISIT_KIND[last.kind]) : T.never}</span>
            </Typography.Paragraph>
            {risk && (
              <Alert type="warning" showIcon style={{ marginBottom: 8 }} data-testid="key-person-risk"
                title={T.risk(risk.ruleName, risk.caseCode, at(risk.linkedAt), risk.raised ? `${KEY_PERSON_TIER[risk.tierBefore]} → ${KEY_PERSON_TIER[risk.tierAfter]}` : null)} />
            )}
            <Button type="primary" size="large" block onClick={() => { form.resetFields(); setVisiting({ id: k.id, name: k.name }); }} data-testid="key-person-visit">{T.record}</Button>
          </Card>
        );
      })}

      <Modal
        open={visiting !== null}
        title={visiting ? `${T.recordTitle} · ${visiting.name}` : T.recordTitle}
        okText={GRID_WORKER.reports.confirm}
        cancelText={GRID_WORKER.reports.cancel}
        okButtonProps={{ size: 'large', loading: saving, ...({ 'data-testid': 'visit-dialog-ok' } as object) }}
        cancelButtonProps={{ size: 'large' }}
        onOk={() => form.submit()}
        onCancel={() => setVisiting(null)}
        centered
        forceRender
      >
        <Form form={form} layout="vertical" onFinish={submit} requiredMark={false} initialValues={{ kind: 'HOME_VISIT', metInPerson: true }}>
          <Form.Item name="kind" label={T.kind}>
            <Select size="large" options={options(KEY_PERSON_VISIT_KIND)} data-testid="visit-kind" />
          </Form.Item>
          <Form.Item name="metInPerson" label={T.met} valuePropName="checked">
            <Switch data-testid="visit-met" />
          </Form.Item>
          <Form.Item name="note" label={T.note} rules={[{ required: true, whitespace: true, min: 5, message: T.noteRequired }]}>
            <Input.TextArea placeholder={T.notePlaceholder} autoSize={{ minRows: 3, maxRows: 6 }} maxLength={1000} data-testid="visit-note" />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
