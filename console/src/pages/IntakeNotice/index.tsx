/**
 * 受理告知单 (intake notice) of one case, printable on A4: the center, the unified code, when it was
 * received, the parties (ID numbers and phones masked: the sheet leaves the building), and what
 * happens next — acceptance, routing, and the deadline the graph computes (supervision.deadlineAt:
 * provisional until the case is accepted, counted from acceptance after). A case outside the
 * jurisdiction reads as null and shows 无权查看 with none of its data. The sheet's 文号 is the numbered
 * 受理告知单 supervision issues at acceptance; before that it reads 受理后编号.
 */
import { useQuery } from '@apollo/client/react';
import { PrinterOutlined, RollbackOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import dayjs from 'dayjs';
import { useNavigate, useParams } from 'react-router';
import { graphql } from '../../gql';
import { errorMessage } from '../../app/errors';
import Forbidden from '../../components/Forbidden';
import PageLoading from '../../components/PageLoading';
import { NOTICE } from '../../locales/zh-CN';
import { CHANNEL, COMPLEXITY, DISPUTE_TYPE, PARTY_ROLE } from '../../locales/zh-CN/enums';
import { maskIdNumber, maskPhone } from '../../utils/party-numbers';
import './notice.css';

const IntakeNoticeQuery = graphql(`
  query IntakeNotice($id: ID!) {
    case(id: $id) {
      id
      code
      title
      channel
      type
      complexity
      complexityConfirmed
      receivedAt
      amountInDispute
      region {
        id
        path {
          id
          name
        }
      }
      handlingCenter {
        id
        name
      }
      parties {
        name
        role
        phone
        idNumber
      }
      history {
        action
        actor {
          id
          displayName
        }
      }
      supervision {
        deadlineAt
        deadlineStarted
        letters {
          id
          kind
          number
        }
      }
    }
  }
`);

const time = (iso: string) => dayjs(iso).format('YYYY年M月D日 HH:mm');

export default function IntakeNoticePage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { data, loading, error } = useQuery(IntakeNoticeQuery, { variables: { id }, fetchPolicy: 'network-only' });
  if (loading && !data) return <PageLoading />;
  if (error) return <Alert type="error" showIcon title={errorMessage(error)} />;
  const c = data?.case;
  if (!c) return <Forbidden hint={NOTICE.notFound} />;

  const operator = c.history.find((e) => e.action === 'intake')?.actor?.displayName ?? '';
  const region = c.region.path.map((r) => r.name).join('');
  const s = c.supervision;
  // The numbered notice is issued at acceptance (again at each higher center that accepts it): the latest one.
  const notice = s.letters.filter((l) => l.kind === 'ACCEPTANCE_NOTICE').at(-1);
  return (
    <>
      <div className="intake-notice-toolbar">
        <Button icon={<RollbackOutlined />} onClick={() => navigate(-1)}>{NOTICE.back}</Button>
        <Button type="primary" icon={<PrinterOutlined />} autoFocus onClick={() => window.print()} data-testid="notice-print">
          {NOTICE.print}
        </Button>
      </div>
      <article className="intake-notice" data-testid="intake-notice">
        <h1>{NOTICE.docTitle}</h1>
        <p className="notice-center" data-testid="notice-center">{c.handlingCenter.name}</p>
        <p className="notice-number" data-testid="notice-number">{NOTICE.number}：{notice ? notice.number : NOTICE.numberPending}</p>
        <div className="notice-code">
          <span>{NOTICE.code}：<strong data-testid="notice-code">{c.code}</strong></span>
          <span>{NOTICE.receivedAt}：{time(c.receivedAt)}</span>
        </div>
        <p>{NOTICE.intro(c.handlingCenter.name, !!notice)}</p>
        <table className="notice-facts">
          <tbody>
            <tr><th>{NOTICE.matter}</th><td colSpan={3}>{c.title}</td></tr>
            <tr><th>{NOTICE.type}</th><td>{DISPUTE_TYPE[c.type]}</td><th>{NOTICE.channel}</th><td>{CHANNEL[c.channel]}</td></tr>
            <tr><th>{NOTICE.region}</th><td>{region}</td><th>{NOTICE.amount}</th><td>{c.amountInDispute ? NOTICE.amountValue(c.amountInDispute) : '—'}</td></tr>
          </tbody>
        </table>
        <h2>{NOTICE.parties}</h2>
        <table data-testid="notice-parties">
          <thead>
            <tr>
              <th>{NOTICE.partyColumns.no}</th><th>{NOTICE.partyColumns.name}</th><th>{NOTICE.partyColumns.role}</th>
              <th>{NOTICE.partyColumns.idNumber}</th><th>{NOTICE.partyColumns.phone}</th>
            </tr>
          </thead>
          <tbody>
            {c.parties.map((p, i) => (
              <tr key={i} data-testid="notice-party">
                <td>{i + 1}</td><td>{p.name}</td><td>{PARTY_ROLE[p.role]}</td>
                <td>{p.idNumber ? maskIdNumber(p.idNumber) : '—'}</td><td>{p.phone ? maskPhone(p.phone) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <h2>{NOTICE.next}</h2>
        <ol>
          <li>{NOTICE.steps.accept}</li>
          <li>{NOTICE.steps.route}</li>
          <li>{NOTICE.steps.deadline(COMPLEXITY[c.complexity], c.complexityConfirmed)}</li>
          <li>{NOTICE.steps.progress}</li>
        </ol>
        <p className="notice-deadline" data-testid="notice-deadline" data-deadline={s.deadlineAt}>
          {NOTICE.deadlineLabel}：<strong>{time(s.deadlineAt)}</strong>
          {s.deadlineStarted ? NOTICE.deadlineStarted : NOTICE.deadlineProvisional}
        </p>
        <p className="notice-small">{NOTICE.privacy}</p>
        <div className="notice-sign">
          <div>{NOTICE.sign.center}</div>
          <div>{NOTICE.sign.operator}：{operator}</div>
          <div>{NOTICE.sign.applicant}</div>
          <div>{NOTICE.sign.date}</div>
        </div>
        <p className="notice-small" style={{ marginTop: 16, textAlign: 'right' }}>{NOTICE.printedAt(dayjs().format('YYYY-MM-DD HH:mm'))}</p>
      </article>
    </>
  );
}
