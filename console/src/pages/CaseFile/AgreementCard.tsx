/**
 * 调解协议与司法确认: the agreement of a settled case (text, when it was signed, the parties it binds)
 * and its applications to the court (申请 → 立案受理 → 裁定确认 with the ruling number, or 不予受理/驳回),
 * with the buttons of whoever may act now. Court names come from the department list the forms load
 * anyway, so the card costs the case file no extra fetch.
 */
import { useState } from 'react';
import { Button, Card, Descriptions, Space, Tag, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { CASE_FILE } from '../../locales/zh-CN';
import { PARTY_ROLE } from '../../locales/zh-CN/enums';
import { useAccess } from '../../app/session-hooks';
import { useDepartments } from './actions/pickers';
import { ApplyConfirmationForm, DecideConfirmationForm } from './actions/ConfirmationForms';

export const CaseAgreementFragment = graphql(`
  fragment CaseAgreement on Case {
    id
    mediationAgreement {
      text
      signedAt
      judiciallyConfirmed
      parties {
        name
        role
      }
    }
    judicialConfirmations {
      id
      sequence
      status
      court {
        id
      }
      viaPartner
      appliedAt
      note
      acceptedAt
      decidedAt
      rulingNumber
      refusalReason
    }
  }
`);

const STATUS_COLOR: Record<string, string> = { APPLIED: 'processing', ACCEPTED: 'blue', CONFIRMED: 'success', REFUSED: 'error' };
const time = (v: string | null | undefined) => (v ? dayjs(v).format('YYYY-MM-DD HH:mm') : '');

export default function AgreementCard(props: { case: FragmentType<typeof CaseAgreementFragment> }) {
  const c = getFragmentData(CaseAgreementFragment, props.case);
  const t = CASE_FILE.confirmation;
  const access = useAccess();
  const { departments } = useDepartments();
  const [open, setOpen] = useState<'apply' | 'decide' | null>(null);
  const agreement = c.mediationAgreement;
  if (!agreement) return null;
  const courtName = (id: string) => departments.find((d) => d.id === id)?.name ?? t.someCourt;
  const current = c.judicialConfirmations.find((x) => x.status === 'APPLIED' || x.status === 'ACCEPTED') ?? null;
  const canApply = access.applyJudicialConfirmation && !current && !agreement.judiciallyConfirmed;
  const canDecide = access.decideJudicialConfirmation && !!current;
  return (
    <Card size="small" title={t.title} data-testid="agreement-card"
      extra={(
        <Space>
          {agreement.judiciallyConfirmed && <Tag color="success" data-testid="agreement-confirmed">{t.confirmedTag}</Tag>}
          {canApply && <Button size="small" type="primary" ghost onClick={() => setOpen('apply')} data-testid="action-applyConfirmation">{t.apply}</Button>}
          {canDecide && <Button size="small" type="primary" onClick={() => setOpen('decide')} data-testid="action-decideConfirmation">{t.decide}</Button>}
        </Space>
      )}>
      <Descriptions size="small" column={2} bordered>
        <Descriptions.Item label={t.signedAt}>{time(agreement.signedAt)}</Descriptions.Item>
        <Descriptions.Item label={t.parties}>
          {agreement.parties.map((p) => <Tag key={`${p.role}-${p.name}`}>{`${p.name}（${PARTY_ROLE[p.role]}）`}</Tag>)}
        </Descriptions.Item>
        <Descriptions.Item label={t.text} span={2}>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }} data-testid="agreement-text">{agreement.text}</Typography.Paragraph>
        </Descriptions.Item>
      </Descriptions>
      {c.judicialConfirmations.length > 0 && (
        <Timeline style={{ marginTop: 16, marginBottom: 0 }} items={c.judicialConfirmations.map((x) => ({
          color: x.status === 'CONFIRMED' ? 'green' : x.status === 'REFUSED' ? 'red' : 'blue',
          content: (
            <div data-testid="confirmation" data-status={x.status}>
              <Space wrap>
                <Typography.Text strong>{t.nth(x.sequence)}</Typography.Text>
                <Tag color={STATUS_COLOR[x.status]}>{t.status[x.status]}</Tag>
                <span>{courtName(x.court.id)}</span>
                {x.viaPartner && <Typography.Text type="secondary">{t.via(x.viaPartner)}</Typography.Text>}
              </Space>
              <div><Typography.Text type="secondary">{t.appliedAt(time(x.appliedAt))}{x.acceptedAt ? ` · ${t.acceptedAt(time(x.acceptedAt))}` : ''}{x.decidedAt ? ` · ${t.decidedAt(time(x.decidedAt))}` : ''}</Typography.Text></div>
              {x.rulingNumber && <div data-testid="ruling-number">{t.ruling(x.rulingNumber)}</div>}
              {x.refusalReason && <div>{t.refused(x.refusalReason)}</div>}
              {x.note && <div><Typography.Text type="secondary">{x.note}</Typography.Text></div>}
            </div>
          ),
        }))} />
      )}
      {open === 'apply' && <ApplyConfirmationForm open onClose={() => setOpen(null)} />}
      {open === 'decide' && current && <DecideConfirmationForm open onClose={() => setOpen(null)} confirmationId={current.id} status={current.status} />}
    </Card>
  );
}
