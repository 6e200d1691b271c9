/**
 * 疑似重复案件: found at intake (same applicant number, or same respondent nearby); shown only when there
 * are any. The desk merges a real duplicate from here (合并): one registration is withdrawn into the
 * other — by default the later into the earlier — and both ledgers keep the step, so the dispute is
 * counted once. A merged case says where it went; the kept one lists what was merged into it.
 */
import { useState } from 'react';
import { Alert, Button, Form, Radio, Space, Tag, Typography } from 'antd';
import { useMutation } from '@apollo/client/react';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useAccess } from '../../app/session-hooks';
import { OPEN_STATUSES } from '../../utils/deadline';
import { CASE_STATUS } from '../../locales/zh-CN/enums';
import { CASE_FILE } from '../../locales/zh-CN';
import { useCaseFile } from './context';
import ActionModal, { TextBox } from './actions/ActionModal';

export const CaseDuplicatesFragment = graphql(`
  fragment CaseDuplicates on Case {
    code
    status
    receivedAt
    possibleDuplicates {
      daysApart
      reasons
      case {
        id
        code
        title
        status
        receivedAt
      }
    }
    mergedInto {
      id
      code
      title
    }
    mergedCases {
      id
      code
      title
    }
  }
`);

// The kept case answers with itself and the cases merged into it, so whichever of the two the page
// shows is redrawn from the same round trip.
const MergeDoc = graphql(`
  mutation CaseFileMerge($input: MergeCasesInput!) {
    mergeCases(input: $input) {
      id
      ...CaseFileFields
      mergedCases {
        id
        ...CaseFileFields
      }
    }
  }
`);

const t = CASE_FILE.duplicates;

interface Other { id: string; code: string; receivedAt: string }

function MergeForm({ self, other, onClose }: { self: { code: string; receivedAt: string }; other: Other; onClose(): void }) {
  const page = useCaseFile();
  const [form] = Form.useForm<{ keep: 'this' | 'other'; reason: string }>();
  const [run] = useMutation(MergeDoc);
  // The registration made first is the one the dispute is known by.
  const keep = Date.parse(other.receivedAt) < Date.parse(self.receivedAt) ? 'other' : 'this';
  return (
    <ActionModal open onClose={onClose} title={t.mergeTitle} label={t.merge} testId="modal-merge" form={form} prefix="input"
      rename={{ caseId: 'keep', intoCaseId: 'keep' }} initialValues={{ keep }}
      submit={(v) => run({ variables: { input: v.keep === 'this'
        ? { caseId: other.id, intoCaseId: page.caseId, reason: v.reason.trim() }
        : { caseId: page.caseId, intoCaseId: other.id, reason: v.reason.trim() } } })}>
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>{t.mergeHint}</Typography.Paragraph>
      <Form.Item name="keep" label={t.keep} rules={[{ required: true, message: t.keepRequired }]}>
        <Radio.Group optionType="button" buttonStyle="solid" data-testid="field-keep"
          options={[{ value: 'this', label: t.thisCase(self.code) }, { value: 'other', label: t.otherCase(other.code) }]} />
      </Form.Item>
      <Form.Item name="reason" label={CASE_FILE.forms.reason} rules={[{ required: true, whitespace: true, message: CASE_FILE.forms.reasonRequired }]}>
        <TextBox maxLength={500} showCount autoFocus placeholder={t.mergeReasonPlaceholder} data-testid="field-reason" />
      </Form.Item>
    </ActionModal>
  );
}

export default function DuplicatesCard(props: { case: FragmentType<typeof CaseDuplicatesFragment> }) {
  const c = getFragmentData(CaseDuplicatesFragment, props.case);
  const access = useAccess();
  const [merging, setMerging] = useState<Other | null>(null);
  const open = (status: (typeof c)['status']) => OPEN_STATUSES.includes(status);
  return (
    <>
      {c.mergedInto && (
        <Alert type="info" showIcon data-testid="case-merged-into"
          title={<>{t.mergedInto}&nbsp;<Link to={`/cases/${c.mergedInto.id}`}>{c.mergedInto.code}</Link>&nbsp;{c.mergedInto.title}</>} />
      )}
      {c.mergedCases.length > 0 && (
        <Alert type="info" showIcon data-testid="case-merged-cases" title={`${t.mergedCases}（${c.mergedCases.length}）`}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {c.mergedCases.map((m) => <li key={m.id}><Link to={`/cases/${m.id}`}>{m.code}</Link>&nbsp;{m.title}</li>)}
            </ul>
          } />
      )}
      {c.possibleDuplicates.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={`${t.title}（${c.possibleDuplicates.length}）`}
          data-testid="case-duplicates"
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {c.possibleDuplicates.map((d) => (
                <li key={d.case.id} data-testid="case-duplicate" data-case-code={d.case.code}>
                  <Link to={`/cases/${d.case.id}`}>{d.case.code}</Link>&nbsp;{d.case.title}&nbsp;
                  <Tag>{CASE_STATUS[d.case.status]}</Tag>
                  <Tag>{t.days(d.daysApart)}</Tag>
                  {d.reasons.join('；')}
                  {access.mergeCases && open(c.status) && open(d.case.status) && (
                    <Space style={{ marginInlineStart: 8 }}>
                      <Button size="small" onClick={() => setMerging(d.case)} data-testid="duplicate-merge">{t.merge}</Button>
                    </Space>
                  )}
                </li>
              ))}
            </ul>
          }
        />
      )}
      {merging && <MergeForm self={c} other={merging} onClose={() => setMerging(null)} />}
    </>
  );
}
