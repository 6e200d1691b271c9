/**
 * A 交办单 / 督办函 (or any supervision letter) as the paper a department receives: letter number,
 * addressee, case code and title, what is asked, the due date, the issuing center. Shown in a modal at
 * A4 proportions; 打印 prints only the sheet (print.css: the rest of the page is hidden while a letter
 * is open, and only then).
 */
import { useEffect } from 'react';
import { createPortal } from 'react-dom';
import { Button, Modal } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import type { LetterKind } from '../../gql/graphql';
import { CASE_FILE } from '../../locales/zh-CN';
import './print.css';

export interface PrintableLetter {
  id: string;
  number: string;
  kind: LetterKind;
  kindName: string;
  issuedAt: string;
  note?: string | null;
  /** Issued by the platform (交办单 on assignment, 反馈单, 风险预警函, 督办函 on overdue): its note is context, not the request. */
  automatic: boolean;
  to?: { name: string } | null;
}

export interface LetterCase {
  code: string;
  title: string;
  deadlineAt: string;
  /** The case's handling center (the addressee when the letter has no department). */
  centerName: string;
  /** The center that issues and seals the letter. */
  issuer: string;
}

const t = CASE_FILE.letter;
const day = (iso: string) => dayjs(iso).format('YYYY年M月D日');

function LetterSheet({ letter, c, onScreen }: { letter: PrintableLetter; c: LetterCase; onScreen?: boolean }) {
  // A letter issued by hand asks what its author wrote; one the platform issued asks the standard request
  // of its kind, and its note (the 交办说明, the outcome) is printed beside it.
  const note = letter.note?.trim() || '';
  const ask = (letter.automatic ? '' : note) || t.defaultAsk[letter.kind] || note;
  const remark = letter.automatic && note && note !== ask ? note : '';
  return (
    <div className={`casefile-letter${onScreen ? ' on-screen' : ''}`} data-testid={onScreen ? 'letter-sheet' : undefined}>
      <h1>{letter.kindName}</h1>
      <div className="letter-number" data-testid={onScreen ? 'letter-number' : undefined}>{letter.number}</div>
      <div className="letter-rule" />
      <div><strong>{letter.to?.name ?? c.centerName}</strong>：</div>
      <p className="letter-ask">{ask}</p>
      <table>
        <tbody>
          <tr><th>{t.number}</th><td>{letter.number}</td></tr>
          <tr><th>{t.to}</th><td>{letter.to?.name ?? `${c.centerName}${CASE_FILE.supervision.toCenter}`}</td></tr>
          <tr><th>{t.caseCode}</th><td style={{ fontFamily: 'monospace' }}>{c.code}</td></tr>
          <tr><th>{t.caseTitle}</th><td>{c.title}</td></tr>
          <tr><th>{t.asked}</th><td style={{ whiteSpace: 'pre-wrap' }}>{ask}</td></tr>
          {remark && <tr><th>{t.remark}</th><td style={{ whiteSpace: 'pre-wrap' }}>{remark}</td></tr>}
          <tr><th>{t.due}</th><td data-testid={onScreen ? 'letter-due' : undefined}>{dayjs(c.deadlineAt).format('YYYY年M月D日 HH:mm')} 前</td></tr>
        </tbody>
      </table>
      <div className="letter-sign">
        <div>{c.issuer}{t.seal}</div>
        <div>{day(letter.issuedAt)}</div>
      </div>
    </div>
  );
}

export default function LetterPrint({ letter, c, onClose }: { letter: PrintableLetter; c: LetterCase; onClose(): void }) {
  // Only while this letter is open does printing hide the rest of the page (see print.css).
  useEffect(() => {
    document.body.classList.add('casefile-printing');
    return () => document.body.classList.remove('casefile-printing');
  }, []);
  return (
    <>
      <Modal
        open
        width={860}
        title={`${letter.kindName} · ${letter.number}`}
        onCancel={onClose}
        footer={[
          <span key="hint" style={{ color: '#888', marginInlineEnd: 12 }}>{t.printHint}</span>,
          <Button key="close" onClick={onClose}>{t.close}</Button>,
          <Button key="print" type="primary" icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="letter-print">
            {CASE_FILE.supervision.print}
          </Button>,
        ]}
        data-testid="letter-preview"
      >
        <LetterSheet letter={letter} c={c} onScreen />
      </Modal>
      {createPortal(
        <div className="casefile-print-root" data-testid="letter-print-root">
          <LetterSheet letter={letter} c={c} />
        </div>,
        document.body,
      )}
    </>
  );
}
