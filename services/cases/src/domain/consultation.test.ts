import { DomainError } from '@zz/common';
import { CASE_STATUSES } from './case-status';
import { assertCanConsult, assertUndecided, canConsult, validateConsultation, validateDecision } from './consultation';

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
