/**
 * A letter as the paper a center prints, signs and sends (A4, 红头): the issuing center's name in red,
 * the 文号 above the red rule, the title, 主送, the body rendered by supervision from the kind's template,
 * the due date of the answer, the 落款 (issuer, date, seal). The console's chrome and the toolbar do not
 * print (document.css); a PDF is the browser's 打印 → 另存为 PDF. The addressee (or the center on its
 * behalf) answers from here with a 反馈单; an answered letter links to it, a 反馈单 to what it answers.
 */
import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { FileTextOutlined, PrinterOutlined, RollbackOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Tag } from 'antd';
import dayjs from 'dayjs';
import { Link, useNavigate, useParams } from 'react-router';
import { graphql } from '../../gql';
import { errorMessage } from '../../app/errors';
import { useAccess } from '../../app/session-hooks';
import AnswerLetterForm from '../../components/AnswerLetterForm';
import Forbidden from '../../components/Forbidden';
import PageLoading from '../../components/PageLoading';
import { DOCUMENTS } from '../../locales/zh-CN';
import { LETTER_STATE, LETTER_STATE_COLOR } from '../../locales/zh-CN/enums';
import './document.css';

const DocumentPrintQuery = graphql(`
  query DocumentPrint($id: ID!) {
    supervisionLetter(id: $id) {
      id
      number
      kind
      kindName
      title
      body
      issuer
      addressee
      issuedAt
      dueAt
      state
      answeredAt
      to {
        id
        name
      }
      answeredBy {
        id
        number
        printUrl
      }
      answers {
        id
        number
        kindName
        printUrl
      }
      case {
        id
        code
      }
    }
  }
`);

const t = DOCUMENTS;
const dateOf = (iso: string) => dayjs(iso).format('YYYY年M月D日');
const timeOf = (iso: string) => dayjs(iso).format('YYYY年M月D日 HH:mm');

export default function DocumentPrintPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const access = useAccess();
  const [answering, setAnswering] = useState(false);
  const { data, loading, error } = useQuery(DocumentPrintQuery, { variables: { id }, fetchPolicy: 'network-only' });
  if (loading && !data) return <PageLoading />;
  if (error) return <Alert type="error" showIcon title={errorMessage(error)} />;
  const l = data?.supervisionLetter;
  if (!l) return <Forbidden hint={t.notFound} />;
  const open = l.state === 'OPEN' || l.state === 'OVERDUE';
  return (
    <>
      <div className="document-toolbar">
        <Space>
          <Button icon={<RollbackOutlined />} onClick={() => navigate(-1)}>{t.back}</Button>
          <Link to={`/cases/${l.case.id}`}>{l.case.code}</Link>
          <Tag color={LETTER_STATE_COLOR[l.state]} data-testid="document-state" data-state={l.state}>{LETTER_STATE[l.state]}</Tag>
        </Space>
        <Space>
          {l.answeredBy && <Link to={l.answeredBy.printUrl} data-testid="document-answered-by"><FileTextOutlined /> {t.openAnswer}</Link>}
          {l.answers && <Link to={l.answers.printUrl} data-testid="document-answers"><FileTextOutlined /> {t.openAnswered}</Link>}
          {open && access.answerLetter && (
            <Button icon={<SendOutlined />} onClick={() => setAnswering(true)} data-testid="document-answer">{t.answer}</Button>
          )}
          <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="document-print">{t.print}</Button>
        </Space>
      </div>
      <p className="document-hint">{t.printHint}</p>
      <article className="document-sheet" data-testid="document-sheet" data-kind={l.kind}>
        <header className="document-red-head">
          <div className="document-issuer" data-testid="document-issuer">{l.issuer}</div>
          <div className="document-kind">{l.kindName}</div>
        </header>
        <div className="document-number" data-testid="document-number">{l.number}</div>
        <div className="document-rule" />
        <h1 className="document-title" data-testid="document-title">{l.title}</h1>
        <p className="document-to" data-testid="document-to">{l.to?.name ?? l.addressee ?? t.center}：</p>
        <div className="document-body" data-testid="document-body">
          {l.body.split('\n').map((para, i) => <p key={i}>{para}</p>)}
        </div>
        {l.dueAt && <p className="document-due" data-testid="document-due">{t.due(timeOf(l.dueAt))}</p>}
        <p className="document-case">{t.caseLine(l.case.code)}</p>
        <div className="document-sign">
          <div>{l.issuer}{t.seal}</div>
          <div>{dateOf(l.issuedAt)}</div>
        </div>
        {l.answeredBy && l.answeredAt && <p className="document-note" data-testid="document-answered">{t.answered(l.answeredBy.number, timeOf(l.answeredAt))}</p>}
        {l.answers && <p className="document-note">{t.answersLine(l.answers.number, l.answers.kindName)}</p>}
      </article>
      {answering && <AnswerLetterForm letter={l} refetchQueries={['DocumentPrint']} onClose={() => setAnswering(false)} />}
    </>
  );
}
