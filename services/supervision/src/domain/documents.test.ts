/** Letters as documents: templates without party data, due dates on the working calendar, answer states. */
import { DEFAULT_WORKING_CALENDAR } from '@zz/common';
import { LETTER_KINDS } from './accountability';
import { answerDueAt, DOCUMENT_TEMPLATE_VERSION, documentTime, expectsAnswer, issuingCenterName, letterState, renderDocument, type DocumentFacts } from './documents';

// Thu 5 March 2026 10:00 CST.
const THU = new Date('2026-03-05T02:00:00.000Z');

const facts = (over: Partial<DocumentFacts> = {}): DocumentFacts => ({
  kind: 'ASSIGNMENT',
  number: '大埔综治交〔2026〕3号',
  caseCode: '441422-20260302-000001',
  type: 'LAND',
  complexity: 'GENERAL',
  deadlineAt: new Date('2026-03-09T01:00:00.000Z'),
  stepName: '村调委',
  dueAt: new Date('2026-03-12T02:00:00.000Z'),
  note: null,
  issuer: '大埔县综治中心',
  ...over,
});

describe('document templates', () => {
  it('render a 交办单 in 公文 style from the case facts, with the due date and the template version', () => {
    const d = renderDocument(facts({ note: '请司法所派员参与' }));
    expect(d.title).toBe('关于441422-20260302-000001号案件的交办单');
    expect(d.templateVersion).toBe(DOCUMENT_TEMPLATE_VERSION);
    expect(d.body).toContain('现将统一编码为 441422-20260302-000001 的土地纠纷案件交由贵单位牵头办理');
    expect(d.body).toContain('该案定为一般案件，办理时限至2026年3月9日9时，当前处于「村调委」一级');
    expect(d.body).toContain('请于2026年3月12日10时前将办理情况书面反馈大埔县综治中心');
    expect(d.body).toContain('交办说明：请司法所派员参与');
    expect(d.body.endsWith('特此交办。')).toBe(true);
  });

  it('have one for every kind, each closing with its 特此 line', () => {
    const endings: Record<string, string> = { ASSIGNMENT: '特此交办。', FEEDBACK: '特此反馈。', SUPERVISION: '特此督办。', REMINDER: '特此提示。', RISK_WARNING: '特此预警。', ACCEPTANCE_NOTICE: '特此告知。' };
    for (const kind of LETTER_KINDS) {
      const d = renderDocument(facts({ kind }));
      expect(d.body.endsWith(endings[kind])).toBe(true);
      expect(d.title).toContain('441422-20260302-000001');
    }
  });

  it('render a 反馈单 that answers a letter with its number and the answer', () => {
    const d = renderDocument(facts({ kind: 'FEEDBACK', dueAt: null, answers: { number: '大埔综治交〔2026〕3号', kind: 'ASSIGNMENT', answer: '已组织双方现场调解，达成协议。' } }));
    expect(d.body.split('\n')).toEqual([
      '关于大埔综治交〔2026〕3号《交办单》所涉统一编码为 441422-20260302-000001 的土地纠纷案件，现将办理情况反馈如下：',
      '已组织双方现场调解，达成协议。',
      '特此反馈。',
    ]);
  });

  it('render a 受理告知单 to the applicant: 您, the center, the code and the deadline, no answer asked', () => {
    const d = renderDocument(facts({ kind: 'ACCEPTANCE_NOTICE', dueAt: null, stepName: null, note: '已受理，将在办理时限内调处化解' }));
    expect(d.title).toBe('关于441422-20260302-000001号案件的受理告知单');
    expect(d.body.split('\n')[0]).toBe('您反映的矛盾纠纷，大埔县综治中心已依法受理，统一编码为 441422-20260302-000001（土地纠纷）。该案定为一般案件，办理时限至2026年3月9日9时。');
    expect(d.body).toContain('受理说明：已受理，将在办理时限内调处化解');
    expect(d.body).not.toContain('贵单位');
    expect(d.body).not.toContain('反馈');
  });

  it('leave out what the case does not have yet (no deadline running, no step)', () => {
    const d = renderDocument(facts({ kind: 'REMINDER', deadlineAt: null, stepName: null, complexity: null }));
    expect(d.body).not.toContain('办理时限至');
    expect(d.body).not.toContain('一级');
  });

  it('never take a party from anywhere: the facts carry none (no title, no names)', () => {
    const keys = Object.keys(facts());
    expect(keys).not.toContain('title');
    expect(keys.some((k) => /name|phone|party|idNumber/i.test(k) && k !== 'stepName')).toBe(false);
  });
});

describe('answer due dates', () => {
  it('count working days per kind; a 反馈单 expects no answer', () => {
    expect(answerDueAt('ASSIGNMENT', THU, DEFAULT_WORKING_CALENDAR)?.toISOString()).toBe('2026-03-12T02:00:00.000Z'); // Thu + 5 working days
    expect(answerDueAt('SUPERVISION', THU, DEFAULT_WORKING_CALENDAR)?.toISOString()).toBe('2026-03-10T02:00:00.000Z'); // over the weekend
    expect(answerDueAt('RISK_WARNING', THU, DEFAULT_WORKING_CALENDAR)?.toISOString()).toBe('2026-03-09T02:00:00.000Z');
    expect(answerDueAt('REMINDER', THU, DEFAULT_WORKING_CALENDAR)?.toISOString()).toBe('2026-03-12T02:00:00.000Z');
    expect(answerDueAt('FEEDBACK', THU, DEFAULT_WORKING_CALENDAR)).toBeNull();
    expect(answerDueAt('ACCEPTANCE_NOTICE', THU, DEFAULT_WORKING_CALENDAR)).toBeNull();
    expect(expectsAnswer('FEEDBACK')).toBe(false);
    expect(expectsAnswer('ASSIGNMENT')).toBe(true);
  });
});

describe('letter state', () => {
  const due = new Date('2026-03-12T02:00:00.000Z');
  it('is OPEN until the due date, OVERDUE after it, ANSWERED once answered (late or not), NONE without a due date', () => {
    expect(letterState({ dueAt: due, answeredAt: null }, new Date('2026-03-12T02:00:00.000Z'))).toBe('OPEN');
    expect(letterState({ dueAt: due, answeredAt: null }, new Date('2026-03-12T02:00:00.001Z'))).toBe('OVERDUE');
    expect(letterState({ dueAt: due, answeredAt: new Date('2026-03-20T00:00:00Z') }, new Date('2026-04-01T00:00:00Z'))).toBe('ANSWERED');
    expect(letterState({ dueAt: null, answeredAt: null }, THU)).toBe('NONE');
  });
});

describe('documents', () => {
  it('are issued by the county center and dated as 公文 do', () => {
    expect(issuingCenterName('大埔县')).toBe('大埔县综治中心');
    expect(issuingCenterName(null)).toBe('综治中心');
    expect(documentTime(new Date('2026-12-31T16:00:00.000Z'))).toBe('2027年1月1日0时');
    expect(documentTime(new Date('2026-12-31T16:30:00.000Z'))).toBe('2027年1月1日0时30分');
  });
});
