import { DomainError } from '@zz/common';
import {
  DEFAULT_ACCOUNTABILITY_THRESHOLDS,
  FOLLOW_UP_COMMENT_MAX,
  LETTER_KINDS,
  LETTER_KIND_CODES,
  LETTER_KIND_NAMES,
  SATISFACTIONS,
  SATISFACTION_NAMES,
  accountabilityFor,
  letterNumber,
  letterSequenceKey,
  parseAccountabilityThresholds,
  validateFollowUp,
} from './accountability';
import { CASE_STATUSES } from './stats';

function failure(fn: () => unknown): { code: string; fields: string[] } {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    const err = e as DomainError & { fields?: { field: string }[] };
    return { code: err.code, fields: err.fields ? err.fields.map((p) => p.field) : err.field ? [err.field] : [] };
  }
  throw new Error('expected a DomainError');
}

describe('validateFollowUp', () => {
  it.each(['RESOLVED', 'CLOSED'] as const)('accepts a follow-up of a %s case', (caseStatus) => {
    expect(validateFollowUp({ caseStatus, rating: 'SATISFIED' })).toEqual({ rating: 'SATISFIED', comment: null });
  });

  it.each(CASE_STATUSES.filter((s) => s !== 'RESOLVED' && s !== 'CLOSED'))('refuses a follow-up of a %s case with CONFLICT', (caseStatus) => {
    expect(failure(() => validateFollowUp({ caseStatus, rating: 'SATISFIED' })).code).toBe('CONFLICT');
  });

  it('reports CONFLICT before problems of the form', () => {
    expect(failure(() => validateFollowUp({ caseStatus: 'REFERRED', rating: 'UNSATISFIED', comment: '' })).code).toBe('CONFLICT');
  });

  it('trims the comment and stores a blank one as null', () => {
    expect(validateFollowUp({ caseStatus: 'CLOSED', rating: 'BASICALLY_SATISFIED', comment: '  调解员很耐心  ' })).toEqual({
      rating: 'BASICALLY_SATISFIED',
      comment: '调解员很耐心',
    });
    expect(validateFollowUp({ caseStatus: 'CLOSED', rating: 'SATISFIED', comment: '   ' }).comment).toBeNull();
  });

  it('requires a comment for an UNSATISFIED rating', () => {
    for (const comment of [undefined, null, '', '  \n ']) {
      expect(failure(() => validateFollowUp({ caseStatus: 'RESOLVED', rating: 'UNSATISFIED', comment }))).toEqual({
        code: 'BAD_USER_INPUT',
        fields: ['comment'],
      });
    }
    expect(validateFollowUp({ caseStatus: 'RESOLVED', rating: 'UNSATISFIED', comment: '赔偿款至今未到位' })).toEqual({
      rating: 'UNSATISFIED',
      comment: '赔偿款至今未到位',
    });
  });

  it('limits the comment to 1000 characters, counting Chinese characters (and astral ones) as one', () => {
    const max = '满'.repeat(FOLLOW_UP_COMMENT_MAX);
    expect(validateFollowUp({ caseStatus: 'RESOLVED', rating: 'SATISFIED', comment: max }).comment).toBe(max);
    const astral = '𠀀'.repeat(FOLLOW_UP_COMMENT_MAX); // 2 UTF-16 units each
    expect(validateFollowUp({ caseStatus: 'RESOLVED', rating: 'SATISFIED', comment: astral }).comment).toBe(astral);
    expect(failure(() => validateFollowUp({ caseStatus: 'RESOLVED', rating: 'SATISFIED', comment: max + '了' }))).toEqual({
      code: 'BAD_USER_INPUT',
      fields: ['comment'],
    });
  });

  it('reports an unknown rating and a too long comment together', () => {
    expect(failure(() => validateFollowUp({ caseStatus: 'RESOLVED', rating: 'OK' as never, comment: 'x'.repeat(1001) }))).toEqual({
      code: 'BAD_USER_INPUT',
      fields: ['rating', 'comment'],
    });
  });

  it('reports a too long UNSATISFIED comment once', () => {
    expect(failure(() => validateFollowUp({ caseStatus: 'RESOLVED', rating: 'UNSATISFIED', comment: 'x'.repeat(1001) })).fields).toEqual([
      'comment',
    ]);
  });

  it('names every satisfaction in Chinese', () => {
    expect(SATISFACTIONS.map((s) => SATISFACTION_NAMES[s])).toEqual(['满意', '基本满意', '不满意']);
  });
});

describe('accountabilityFor', () => {
  it.each([
    [0, false, false, '正常'],
    [2, false, false, '正常'],
    [3, true, false, '约谈'],
    [4, true, false, '约谈'],
    [5, true, true, '取消评先资格'],
    [12, true, true, '取消评先资格'],
  ] as const)('%i unsatisfied → summoned %p, barred %p (%s)', (n, summoned, barred, status) => {
    expect(accountabilityFor(n)).toEqual({ unsatisfied: n, summoned, barred, status });
  });

  it('follows configured thresholds', () => {
    const strict = parseAccountabilityThresholds('{"summonAt":2,"barAt":3}');
    expect(accountabilityFor(2, strict).status).toBe('约谈');
    expect(accountabilityFor(3, strict).status).toBe('取消评先资格');
    const same = parseAccountabilityThresholds({ summonAt: 4, barAt: 4 });
    expect(accountabilityFor(4, same)).toEqual({ unsatisfied: 4, summoned: true, barred: true, status: '取消评先资格' });
  });

  it.each([-1, 1.5, NaN])('rejects a count of %p', (n) => {
    expect(failure(() => accountabilityFor(n))).toEqual({ code: 'BAD_USER_INPUT', fields: ['unsatisfiedCount'] });
  });
});

describe('parseAccountabilityThresholds', () => {
  it('defaults to 3 / 5 and merges partial configuration', () => {
    expect(parseAccountabilityThresholds(undefined)).toBe(DEFAULT_ACCOUNTABILITY_THRESHOLDS);
    expect(parseAccountabilityThresholds('')).toBe(DEFAULT_ACCOUNTABILITY_THRESHOLDS);
    expect(DEFAULT_ACCOUNTABILITY_THRESHOLDS).toEqual({ summonAt: 3, barAt: 5 });
    expect(parseAccountabilityThresholds({ barAt: 6 })).toEqual({ summonAt: 3, barAt: 6 });
    expect(Object.isFrozen(parseAccountabilityThresholds({ barAt: 6 }))).toBe(true);
  });

  it('rejects bad configuration with field paths', () => {
    expect(failure(() => parseAccountabilityThresholds('{'))).toEqual({ code: 'BAD_USER_INPUT', fields: ['accountability'] });
    expect(failure(() => parseAccountabilityThresholds([3, 5]))).toEqual({ code: 'BAD_USER_INPUT', fields: ['accountability'] });
    expect(failure(() => parseAccountabilityThresholds({ summonAt: 0, barAt: '5', warnAt: 1 })).fields).toEqual([
      'accountability.warnAt',
      'accountability.summonAt',
      'accountability.barAt',
    ]);
    expect(failure(() => parseAccountabilityThresholds({ summonAt: 6 })).fields).toEqual(['accountability.barAt']);
  });
});

describe('letters', () => {
  it('names the six kinds in Chinese', () => {
    expect(LETTER_KIND_NAMES).toEqual({
      ASSIGNMENT: '交办单',
      FEEDBACK: '反馈单',
      SUPERVISION: '督办函',
      REMINDER: '工作提示函',
      RISK_WARNING: '风险预警函',
      ACCEPTANCE_NOTICE: '受理告知单',
    });
    expect(LETTER_KINDS.map((k) => LETTER_KIND_CODES[k]).join('')).toBe('交反督提警受');
  });

  it.each([
    ['SUPERVISION', 2026, 17, '大埔综治督〔2026〕17号'],
    ['ASSIGNMENT', 2026, 1, '大埔综治交〔2026〕1号'],
    ['FEEDBACK', 2025, 230, '大埔综治反〔2025〕230号'],
    ['REMINDER', 2027, 3, '大埔综治提〔2027〕3号'],
    ['RISK_WARNING', 2026, 1024, '大埔综治警〔2026〕1024号'],
    ['ACCEPTANCE_NOTICE', 2026, 8, '大埔综治受〔2026〕8号'],
  ] as const)('numbers a %s letter', (kind, year, seq, expected) => {
    expect(letterNumber(kind, year, seq, '大埔综治')).toBe(expected);
  });

  it('trims the prefix', () => {
    expect(letterNumber('SUPERVISION', 2026, 5, ' 高台综治 ')).toBe('高台综治督〔2026〕5号');
  });

  it('rejects bad parts, all at once', () => {
    expect(failure(() => letterNumber('MEMO' as never, 26, 0, '')).fields).toEqual(['kind', 'year', 'seq', 'prefix']);
    expect(failure(() => letterNumber('SUPERVISION', 2026, 1.5, '大埔 综治')).fields).toEqual(['seq', 'prefix']);
    expect(failure(() => letterNumber('SUPERVISION', 2026, 1, '大埔〔综治')).fields).toEqual(['prefix']);
  });

  it('keeps one sequence per prefix, kind and year', () => {
    const keys = new Set([
      letterSequenceKey('SUPERVISION', 2026, '大埔综治'),
      letterSequenceKey('SUPERVISION', 2026, ' 大埔综治'),
      letterSequenceKey('REMINDER', 2026, '大埔综治'),
      letterSequenceKey('SUPERVISION', 2027, '大埔综治'),
      letterSequenceKey('SUPERVISION', 2026, '高台综治'),
    ]);
    expect(keys.size).toBe(4);
  });
});
