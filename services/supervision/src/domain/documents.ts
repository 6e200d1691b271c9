/**
 * Letters as documents (公文): the title and body of each kind rendered from a template, the date an
 * answer is due, and the state of the answer (a 反馈单 closes the letter it answers).
 *
 * Decisions:
 * - Templates are code, versioned (DOCUMENT_TEMPLATE_VERSION is stored with each letter), and filled
 *   only with facts that name no party: the case's unified code, dispute type, complexity, deadlines,
 *   ladder step. The case title is left out — operators often write the parties' names into it — the
 *   printed page shows it from the case itself, to those who may read the case.
 * - The addressee is addressed as 贵单位 in the body; the 主送 line (department or free-text addressee)
 *   is printed above it, so a re-addressed department never changes the text.
 * - Due dates are working days from issue on the county's calendar: 交办单 5, 督办函 3, 工作提示函 5,
 *   风险预警函 2 (a warning is urgent). A 反馈单 and a 受理告知单 expect no answer.
 * - A 受理告知单 is issued at each acceptance (受理; again when a higher center accepts an escalated case),
 *   not at registration: a request can still be rejected or withdrawn before it is 受理. Its 主送 is 申请人.
 */
import type { WorkingCalendar } from '@zz/common';
import { LETTER_KIND_NAMES, type LetterKind } from './accountability';

/** Bumped whenever a template's wording changes; each letter keeps the version it was rendered with. */
export const DOCUMENT_TEMPLATE_VERSION = 1;

/** Working days until the answer is due, per kind; kinds not listed expect no answer. */
export const ANSWER_DUE_WORKING_DAYS: Readonly<Partial<Record<LetterKind, number>>> = Object.freeze({
  ASSIGNMENT: 5,
  SUPERVISION: 3,
  REMINDER: 5,
  RISK_WARNING: 2,
});

export const ANSWER_MAX = 2000;

export type LetterState = 'NONE' | 'OPEN' | 'ANSWERED' | 'OVERDUE';

const DISPUTE_TYPE_NAMES: Readonly<Record<string, string>> = Object.freeze({
  MARRIAGE_FAMILY: '婚恋家庭纠纷',
  NEIGHBOUR: '邻里纠纷',
  DEBT: '债务纠纷',
  LABOUR_WAGES: '劳动争议（欠薪）',
  LAND: '土地纠纷',
  TRAFFIC_ACCIDENT: '交通事故纠纷',
  MEDICAL: '医患纠纷',
  CONSUMER: '消费纠纷',
  PROPERTY_MANAGEMENT: '物业纠纷',
  CONSTRUCTION_PAYMENT: '工程款纠纷',
  OTHER: '矛盾纠纷',
});

const COMPLEXITY_NAMES: Readonly<Record<string, string>> = Object.freeze({ SIMPLE: '简单', GENERAL: '一般', COMPLEX: '复杂', DIFFICULT: '疑难' });

/** Whether letters of this kind expect an answer (a 反馈单). */
export function expectsAnswer(kind: LetterKind): boolean {
  return ANSWER_DUE_WORKING_DAYS[kind] !== undefined;
}

/** When the answer to a letter issued at `issuedAt` is due; null for kinds that expect none. */
export function answerDueAt(kind: LetterKind, issuedAt: Date, calendar: WorkingCalendar): Date | null {
  const days = ANSWER_DUE_WORKING_DAYS[kind];
  return days === undefined ? null : calendar.addWorkingDays(issuedAt, days);
}

/** NONE: no answer expected; ANSWERED: a 反馈单 closed it; OVERDUE: past due unanswered; else OPEN. */
export function letterState(l: { dueAt: Date | null; answeredAt: Date | null }, now: Date): LetterState {
  if (l.answeredAt) return 'ANSWERED';
  if (!l.dueAt) return 'NONE';
  return now.getTime() > l.dueAt.getTime() ? 'OVERDUE' : 'OPEN';
}

/** The facts a template may use: none of them names a party. */
export interface DocumentFacts {
  kind: LetterKind;
  number: string;
  caseCode: string;
  type: string;
  complexity: string | null;
  /** The deadline the case is held to now (办理时限), if it runs. */
  deadlineAt: Date | null;
  /** The ladder step (村调委 …) the case is at, or that a 督办函 is about. */
  stepName: string | null;
  dueAt: Date | null;
  /** The issuer's note (交办说明, the request typed by hand, the risk's reason). */
  note: string | null;
  /** The issuing center, e.g. 大埔县综治中心. */
  issuer: string;
  /** For a 反馈单 answering a letter: that letter's number and kind, and the answer's text. */
  answers?: { number: string; kind: LetterKind; answer: string } | null;
}

export interface RenderedDocument {
  title: string;
  body: string;
  templateVersion: number;
}

/** A time as 公文 write it, Beijing time: 2026年3月5日17时, 2026年3月5日17时30分. */
export function documentTime(d: Date): string {
  const l = new Date(d.getTime() + 8 * 3_600_000);
  const minutes = l.getUTCMinutes() ? `${l.getUTCMinutes()}分` : '';
  return `${l.getUTCFullYear()}年${l.getUTCMonth() + 1}月${l.getUTCDate()}日${l.getUTCHours()}时${minutes}`;
}

/** A date as 公文 write it (落款): 2026年3月5日. */
export function documentDate(d: Date): string {
  const l = new Date(d.getTime() + 8 * 3_600_000);
  return `${l.getUTCFullYear()}年${l.getUTCMonth() + 1}月${l.getUTCDate()}日`;
}

/** Renders a letter's title and body from its kind's template. */
export function renderDocument(f: DocumentFacts): RenderedDocument {
  const typeName = DISPUTE_TYPE_NAMES[f.type] ?? '矛盾纠纷';
  const about = `统一编码为 ${f.caseCode} 的${typeName}案件`;
  const facts = [
    f.complexity ? `该案定为${COMPLEXITY_NAMES[f.complexity] ?? f.complexity}案件` : null,
    f.deadlineAt ? `办理时限至${documentTime(f.deadlineAt)}` : null,
    f.stepName ? `当前处于「${f.stepName}」一级` : null,
  ].filter(Boolean);
  const factLine = facts.length ? `${facts.join('，')}。` : '';
  const due = f.dueAt ? `请于${documentTime(f.dueAt)}前将办理情况书面反馈${f.issuer}。` : '';
  const note = f.note ? `\n${NOTE_LABEL[f.kind]}：${f.note}` : '';
  const title = `关于${f.caseCode}号案件的${LETTER_KIND_NAMES[f.kind]}`;
  let paragraphs: string[];
  switch (f.kind) {
    case 'ASSIGNMENT':
      paragraphs = [
        `现将${about}交由贵单位牵头办理。${factLine}`,
        `请按照“综治中心程序性推进、办理部门实质性化解”的要求，明确责任人，依法依规开展调处化解，做到案结事了。${due}${note}`,
        '特此交办。',
      ];
      break;
    case 'SUPERVISION':
      paragraphs = [
        `${about}${f.stepName ? `在「${f.stepName}」一级` : ''}已超过办理时限，尚未办结。${factLine}`,
        `请贵单位高度重视，立即研究落实化解措施，必要时按程序逐级上行。${due}${note}`,
        '特此督办。',
      ];
      break;
    case 'REMINDER':
      paragraphs = [`${about}正在办理中。${factLine}`, `请贵单位关注以下事项，抓紧推进办理。${due}${note}`, '特此提示。'];
      break;
    case 'RISK_WARNING':
      paragraphs = [
        `经研判，${about}存在矛盾激化风险。${factLine}`,
        `请贵单位落实稳控和化解责任，防止事态扩大，重大情况及时报告。${due}${note}`,
        '特此预警。',
      ];
      break;
    case 'ACCEPTANCE_NOTICE':
      // To the applicant, who has no 单位: 您; the names are printed from the case, never stored in the text.
      paragraphs = [
        `您反映的矛盾纠纷，${f.issuer}已依法受理，统一编码为 ${f.caseCode}（${typeName}）。${factLine}`,
        `本中心将按照“一站式接收、一揽子调处、全链条解决”的要求，分流交办有关部门和调解组织办理，办理情况可凭统一编码查询。${note}`,
        '特此告知。',
      ];
      break;
    case 'FEEDBACK':
    default:
      paragraphs = f.answers
        ? [`关于${f.answers.number}《${LETTER_KIND_NAMES[f.answers.kind]}》所涉${about}，现将办理情况反馈如下：`, f.answers.answer, '特此反馈。']
        : [`关于${about}，现将办理结果反馈如下：${factLine}${note}`, '特此反馈。'];
  }
  return { title, body: paragraphs.join('\n'), templateVersion: DOCUMENT_TEMPLATE_VERSION };
}

const NOTE_LABEL: Readonly<Record<LetterKind, string>> = Object.freeze({
  ASSIGNMENT: '交办说明',
  FEEDBACK: '办理结果',
  SUPERVISION: '督办事项',
  REMINDER: '提示事项',
  RISK_WARNING: '预警事由',
  ACCEPTANCE_NOTICE: '受理说明',
});

/** The issuing center of a county's letters: the county center that holds the 机关代字. */
export function issuingCenterName(countyName: string | null): string {
  return countyName ? `${countyName}综治中心` : '综治中心';
}
