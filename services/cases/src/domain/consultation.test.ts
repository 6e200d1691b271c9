import { DomainError } from '@zz/common';
import { CASE_STATUSES } from './case-status';
import {
  DEFAULT_REQUIRED_KINDS, assertCanConsult, assertRequiredKinds, assertUndecided, canConsult, missingKinds, parseConsultationPolicy,
  requiredKindsFor, validateAttendees, validateConsultation, validateDecision,
} from './consultation';

const D1 = '11111111-1111-4111-8111-111111111111';
const D2 = '22222222-2222-4222-8222-222222222222';

function caught(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a DomainError');
}
const fieldsOf = (fn: () => unknown) => ((caught(fn) as DomainError & { fields?: { field: string }[] }).fields ?? []).map((f) => f.field);

describe('validateConsultation', () => {
  it('trims the topic and normalises department ids', () => {
    expect(validateConsultation({ topic: '  退费分工  ', departmentIds: [D1.toUpperCase(), D2] })).toEqual({ topic: '退费分工', departmentIds: [D1, D2] });
  });

  it('needs a topic and at least two distinct, well-formed departments', () => {
    expect(fieldsOf(() => validateConsultation({ topic: ' ', departmentIds: [D1] }))).toEqual(['input.topic', 'input.departmentIds']);
    expect(fieldsOf(() => validateConsultation({ topic: '会商', departmentIds: [D1, D1] }))).toEqual(['input.departmentIds.1']);
    expect(fieldsOf(() => validateConsultation({ topic: '会商', departmentIds: [D1, 'x'] }))).toEqual(['input.departmentIds.1']);
    expect(caught(() => validateConsultation({ topic: '会商', departmentIds: [] })).code).toBe('BAD_USER_INPUT');
  });
});

describe('validateDecision', () => {
  it('needs both the responsibility split and the plan', () => {
    expect(validateDecision({ responsibilitySplit: ' 市场监管牵头 ', plan: '分批退费' })).toEqual({ responsibilitySplit: '市场监管牵头', plan: '分批退费' });
    expect(fieldsOf(() => validateDecision({ responsibilitySplit: '', plan: '' }))).toEqual(['input.responsibilitySplit', 'input.plan']);
  });
});

describe('canConsult', () => {
  it.each(CASE_STATUSES)('%s', (status) => {
    const open = ['ACCEPTED', 'ASSIGNED', 'IN_MEDIATION'].includes(status);
    expect(canConsult(status)).toBe(open);
    if (open) expect(() => assertCanConsult(status)).not.toThrow();
    else expect(caught(() => assertCanConsult(status)).code).toBe('CONFLICT');
  });

  it('a decided consultation cannot be decided again', () => {
    expect(() => assertUndecided(null)).not.toThrow();
    expect(caught(() => assertUndecided(new Date())).code).toBe('CONFLICT');
  });
});

describe('1+5+N: the required kinds', () => {
  const FIVE = ['COURT', 'PROCURATORATE', 'POLICE', 'JUSTICE', 'PETITION'];

  it('passes when the five are convened, whatever the N', () => {
    expect(() => assertRequiredKinds(DEFAULT_REQUIRED_KINDS, [...FIVE, 'HUMAN_RESOURCES', 'HOUSING'])).not.toThrow();
    expect(missingKinds(DEFAULT_REQUIRED_KINDS, ['PETITION', 'JUSTICE', 'POLICE', 'PROCURATORATE', 'COURT'])).toEqual([]);
  });

  it('names every missing kind in Chinese on input.departmentIds', () => {
    const err = caught(() => assertRequiredKinds(DEFAULT_REQUIRED_KINDS, ['COURT', 'POLICE', 'JUSTICE', 'HUMAN_RESOURCES', null]));
    expect(err.code).toBe('BAD_USER_INPUT');
    expect(err.field).toBe('input.departmentIds');
    expect(err.message).toContain('缺少：检察院、信访局');
    expect(missingKinds(DEFAULT_REQUIRED_KINDS, [])).toEqual(FIVE);
  });

  it('reads the top-level list and a county\'s own list, which replaces it', () => {
    const policy = parseConsultationPolicy({
      consultation: { requiredKinds: ['COURT', 'POLICE'] },
      counties: { '441423': { consultation: { requiredKinds: [] } }, '441422': { deadlinePolicy: { workingDays: true } } },
    });
    expect(requiredKindsFor(policy, '441423100000')).toEqual([]);
    expect(requiredKindsFor(policy, '441422100000')).toEqual(['COURT', 'POLICE']);
    expect(requiredKindsFor(parseConsultationPolicy(null), '441422')).toEqual(FIVE);
    expect(requiredKindsFor(parseConsultationPolicy({ ladder: {} }), '441422')).toEqual(FIVE);
  });

  it('stops the service on a bad list, naming its path', () => {
    const fieldOf = (doc: Record<string, unknown>) => caught(() => parseConsultationPolicy(doc)).field;
    expect(fieldOf({ consultation: { requiredKinds: ['COURT', 'ARMY'] } })).toBe('countyPolicy.consultation.requiredKinds.1');
    expect(fieldOf({ consultation: { requiredKinds: ['COURT', 'COURT'] } })).toBe('countyPolicy.consultation.requiredKinds.1');
    expect(fieldOf({ consultation: { requiredKinds: 'COURT' } })).toBe('countyPolicy.consultation.requiredKinds');
    expect(fieldOf({ consultation: { required: [] } })).toBe('countyPolicy.consultation.required');
    expect(fieldOf({ counties: { '441423': { consultation: [] } } })).toBe('countyPolicy.counties.441423.consultation');
  });
});

describe('validateAttendees', () => {
  it('keeps attendees of convened departments, trimmed, the title optional', () => {
    expect(validateAttendees([{ departmentId: D1.toUpperCase(), name: ' 陈立平 ', title: ' 副庭长 ' }, { departmentId: D2, name: '刘慧' }], [D1, D2]))
      .toEqual([{ departmentId: D1, name: '陈立平', title: '副庭长' }, { departmentId: D2, name: '刘慧', title: null }]);
    expect(validateAttendees(null, [D1])).toEqual([]);
  });

  it('names the bad attendee and field, never the name itself', () => {
    const other = '33333333-3333-4333-8333-333333333333';
    const err = caught(() => validateAttendees([{ departmentId: other, name: '王海' }, { departmentId: D1, name: '陈' }, { departmentId: D1, name: '李秀兰', title: '长'.repeat(51) }], [D1, D2]));
    expect(fieldsOf(() => { throw err; })).toEqual(['input.attendees.0.departmentId', 'input.attendees.1.name', 'input.attendees.2.title']);
    expect(err.message).not.toMatch(/王海|李秀兰/);
    expect(fieldsOf(() => validateAttendees([{ departmentId: D1, name: '刘慧' }, { departmentId: D1, name: '刘慧' }], [D1]))).toEqual(['input.attendees.1.name']);
    expect(fieldsOf(() => validateAttendees(Array.from({ length: 101 }, (_, i) => ({ departmentId: D1, name: `人员${i}` })), [D1]))).toEqual(['input.attendees']);
  });
});
