/**
 * 督办: the deadline and its state, risk warnings, the follow-up, and the letters issued on the case
 * (交办单 on assignment, 督办函 when overdue or issued by hand), each printable; 发函 for the roles
 * that may issue one, while the case is still being handled.
 */
import { useState } from 'react';
import { Button, Card, Descriptions, Empty, Space, Tag, Typography } from 'antd';
import { FileTextOutlined, PrinterOutlined, SendOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import dayjs from 'dayjs';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import DeadlineTag from '../../components/DeadlineTag';
import { useAccess } from '../../app/session-hooks';
import { OPEN_STATUSES } from '../../utils/deadline';
import { useNow } from '../../utils/useNow';
import { DEADLINE_STATE, LETTER_STATE, LETTER_STATE_COLOR, RISK_LEVEL, SATISFACTION } from '../../locales/zh-CN/enums';
import { CASE_FILE, DOCUMENTS } from '../../locales/zh-CN';
import AnswerLetterForm from '../../components/AnswerLetterForm';
import { RISK_COLOR } from './colors';
import LetterPrint, { type PrintableLetter } from './LetterPrint';
import { IssueLetterForm } from './actions/SupervisionForms';

export const CaseSupervisionPanelFragment = graphql(`
  fragment CaseSupervisionPanel on Case {
    id
    code
    title
    status
    handlingCenter {
      id
      name
    }
    region {
      id
      path {
        id
        name
        level
      }
    }
    supervision {
      deadlineAt
      deadlineStarted
      startedAt
      warningAt
      ladderStepName
      stepDeadlineAt
      overallDeadlineAt
      state
      overdue
      warning
      riskLevel
      riskWarnings {
        id
        ruleName
        level
        reason
        raisedAt
        keyPersons { id name tierLabel }
      }
      followUp {
        rating
        comment
        at
      }
      letters {
        id
        number
        kind
        kindName
        issuedAt
        note
        automatic
        stepName
        dueAt
        state
        printUrl
        addressee
        to {
          id
          name
        }
      }
    }
  }
`);

/**
 * Who signs a letter: the 交办单 and 反馈单 are the handling center's own paper; 督办函, 工作提示函 and
 * 风险预警函 are numbered and sent by the county center (the letter number carries the county's prefix).
 */
function issuerOf(letter: PrintableLetter, c: { handlingCenter: { name: string }; region: { path: { name: string; level: string }[] } }): string {
  if (letter.kind === 'ASSIGNMENT' || letter.kind === 'FEEDBACK') return c.handlingCenter.name;
  const county = c.region.path.find((r) => r.level === 'COUNTY');
  return county ? `${county.name}综治中心` : c.handlingCenter.name;
}

const time = (t: string | null | undefined) => (t ? dayjs(t).format('YYYY-MM-DD HH:mm') : CASE_FILE.header.none);

export default function SupervisionPanel(props: { case: FragmentType<typeof CaseSupervisionPanelFragment> }) {
  const c = getFragmentData(CaseSupervisionPanelFragment, props.case);
  const access = useAccess();
  const now = useNow(30_000);
  const [printing, setPrinting] = useState<PrintableLetter | null>(null);
  const [issuing, setIssuing] = useState(false);
  const [answering, setAnswering] = useState<(typeof c.supervision.letters)[number] | null>(null);
  const s = CASE_FILE.supervision;
  const sv = c.supervision;
  const canIssue = access.issueSupervisionLetter && OPEN_STATUSES.includes(c.status);
  return (
    <Card
      size="small"
      title={s.title}
      data-testid="case-supervision"
      extra={canIssue && <Button size="small" icon={<SendOutlined />} onClick={() => setIssuing(true)} data-testid="action-issue-letter">{s.issue}</Button>}
    >
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={s.deadline}>
          <Space size={4} wrap><DeadlineTag status={c.status} supervision={sv} now={now} />{time(sv.deadlineAt)}</Space>
        </Descriptions.Item>
        <Descriptions.Item label={s.state}><span data-testid="deadline-state">{DEADLINE_STATE[sv.state]}</span></Descriptions.Item>
        {sv.ladderStepName && (
          <Descriptions.Item label={s.ladderStep}><span data-testid="ladder-step">{sv.ladderStepName}</span></Descriptions.Item>
        )}
        {sv.ladderStepName && (
          <Descriptions.Item label={s.stepDeadline}>
            <span data-testid="step-deadline">{sv.stepDeadlineAt ? time(sv.stepDeadlineAt) : s.stepNoDeadline}</span>
          </Descriptions.Item>
        )}
        <Descriptions.Item label={s.overallDeadline}><span data-testid="overall-deadline">{time(sv.overallDeadlineAt)}</span></Descriptions.Item>
        {sv.deadlineStarted && <Descriptions.Item label={s.startedAt}>{time(sv.startedAt)}</Descriptions.Item>}
        {sv.deadlineStarted && <Descriptions.Item label={s.warningAt}>{time(sv.warningAt)}</Descriptions.Item>}
        <Descriptions.Item label={s.risk}>
          {sv.riskLevel ? <Tag color={RISK_COLOR[sv.riskLevel]}>{RISK_LEVEL[sv.riskLevel]}</Tag> : s.riskNone}
        </Descriptions.Item>
        {sv.riskWarnings.map((w) => (
          <Descriptions.Item key={w.id} label={s.riskWarnings}>
            <Tag color={RISK_COLOR[w.level]}>{w.ruleName}</Tag>{w.reason}
            {/* The key persons it concerns, listed only to those who may read key persons. */}
            {w.keyPersons.map((k) => <Tag key={k.id} color="volcano" style={{ marginLeft: 8 }} data-testid="risk-key-person">{s.keyPerson(k.name, k.tierLabel)}</Tag>)}
          </Descriptions.Item>
        ))}
        <Descriptions.Item label={s.followUp}>
          <span data-testid="follow-up">
            {sv.followUp
              ? `${SATISFACTION[sv.followUp.rating]}（${time(sv.followUp.at)}）${sv.followUp.comment ? `：${sv.followUp.comment}` : ''}`
              : s.noFollowUp}
          </span>
        </Descriptions.Item>
      </Descriptions>
      <Typography.Text strong>{s.letters}</Typography.Text>
      {sv.letters.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={s.noLetters} style={{ margin: '8px 0' }} /> : (
        <div>
          {sv.letters.map((l) => (
            <div key={l.id} data-testid="letter" data-kind={l.kind}
              style={{ display: 'flex', alignItems: 'center', gap: 8, padding: '6px 0', borderBottom: '1px solid #f0f0f0' }}>
              <div style={{ flex: 1, minWidth: 0 }}>
                <div>
                  <Tag color={l.kind === 'SUPERVISION' ? 'red' : 'blue'}>{l.kindName}</Tag>{l.number}
                  {l.stepName && <Tag color="orange" style={{ marginLeft: 8 }} data-testid="letter-step">{s.stepLetter(l.stepName)}</Tag>}
                  {l.state !== 'NONE' && (
                    <Tag color={LETTER_STATE_COLOR[l.state]} style={{ marginLeft: 8 }} data-testid="letter-state" data-state={l.state}>{LETTER_STATE[l.state]}</Tag>
                  )}
                </div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {s.to}：{l.to?.name ?? l.addressee ?? c.handlingCenter.name} · {time(l.issuedAt)}{l.automatic ? ` · ${s.auto}` : ''}
                  {l.dueAt ? ` · ${DOCUMENTS.dueAt} ${time(l.dueAt)}` : ''}
                </Typography.Text>
              </div>
              {access.answerLetter && (l.state === 'OPEN' || l.state === 'OVERDUE') && (
                <Button size="small" type="link" onClick={() => setAnswering(l)} data-testid="letter-answer">{DOCUMENTS.answer}</Button>
              )}
              <Link to={l.printUrl} data-testid="letter-print-page"><FileTextOutlined /> {DOCUMENTS.printPage}</Link>
              <Button size="small" type="link" icon={<PrinterOutlined />} onClick={() => setPrinting(l)} data-testid="letter-open">{s.print}</Button>
            </div>
          ))}
        </div>
      )}
      {printing && (
        <LetterPrint
          letter={printing}
          c={{ code: c.code, title: c.title, deadlineAt: sv.deadlineAt, centerName: c.handlingCenter.name, issuer: issuerOf(printing, c) }}
          onClose={() => setPrinting(null)}
        />
      )}
      {issuing && <IssueLetterForm open onClose={() => setIssuing(false)} />}
      {answering && <AnswerLetterForm letter={answering} refetchQueries={['CaseFile']} onClose={() => setAnswering(null)} />}
    </Card>
  );
}
