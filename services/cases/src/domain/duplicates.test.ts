import { type DuplicateCandidate, type DuplicateFacts, findPossibleDuplicates, validateDuplicateCheck } from './duplicates';

const DAY = 24 * 3600_000;
const received = new Date('2026-11-22T10:00:00+08:00');
const daysBefore = (n: number) => new Date(received.getTime() - n * DAY);

const newCase: DuplicateFacts = {
  regionCode: '441422101001',
  type: 'CONSUMER',
  receivedAt: received,
  parties: [
    { role: 'APPLICANT', name: '张三', phone: '13812345678', idNumber: '44142219800101123x' },
    { role: 'RESPONDENT', name: '某某 健身 有限公司' },
  ],
};

let seq = 0;
const candidate = (patch: Partial<DuplicateCandidate>): DuplicateCandidate => {
  seq++;
  return {
    id: `c-${seq}`,
    code: `441422-20261101-${String(seq).padStart(6, '0')}`,
    regionCode: '441422999999',
    type: 'DEBT',
    receivedAt: daysBefore(3),
    parties: [{ role: 'APPLICANT', name: '某人' }],
    ...patch,
  };
};

describe('findPossibleDuplicates', () => {
  it('matches the same applicant phone in any region and type, within 30 days', () => {
    const c = candidate({ parties: [{ role: 'APPLICANT', name: '张先生', phone: '+86 138 1234 5678' }] });
    const [match, ...rest] = findPossibleDuplicates(newCase, [c]);
    expect(rest).toEqual([]);
    expect(match).toMatchObject({ id: c.id, code: c.code, daysApart: 3 });
    expect(match.reasons).toEqual(['申请人联系电话相同（138****5678）']);
  });

  it('matches the same applicant ID number, case-insensitively, masked in the reason', () => {
    const c = candidate({ parties: [{ role: 'APPLICANT', name: '张三', idNumber: '44142219800101123X' }] });
    expect(findPossibleDuplicates(newCase, [c])[0].reasons).toEqual(['申请人身份证号码相同（441422********123X）']);
  });

  it('matches the same respondent name in the same region and type', () => {
    const c = candidate({
      regionCode: newCase.regionCode,
      type: 'CONSUMER',
      parties: [{ role: 'APPLICANT', name: '李四', phone: '13900000000' }, { role: 'RESPONDENT', name: '某某健身有限公司' }],
    });
    expect(findPossibleDuplicates(newCase, [c])[0].reasons).toEqual(['同一地区、同一纠纷类型，被申请人相同（某某健身有限公司）']);
  });

  it.each([
    ['another region', { regionCode: '441422101002', type: 'CONSUMER' }],
    ['another type', { regionCode: '441422101001', type: 'DEBT' }],
  ])('does not match the same respondent in %s', (_label, patch) => {
    const c = candidate({ ...patch, parties: [{ role: 'RESPONDENT', name: '某某健身有限公司' }] });
    expect(findPossibleDuplicates(newCase, [c])).toEqual([]);
  });

  it('does not match across roles: the applicant’s phone on a respondent, or a respondent named like the applicant', () => {
    const c = candidate({
      regionCode: newCase.regionCode,
      type: newCase.type,
      parties: [{ role: 'RESPONDENT', name: '张三', phone: '13812345678', idNumber: '44142219800101123X' }],
    });
    expect(findPossibleDuplicates(newCase, [c])).toEqual([]);
  });

  it('ignores blank phones and IDs', () => {
    const blankCase: DuplicateFacts = { ...newCase, parties: [{ role: 'APPLICANT', name: '甲', phone: '', idNumber: null }] };
    const c = candidate({ parties: [{ role: 'APPLICANT', name: '乙', phone: '', idNumber: '' }] });
    expect(findPossibleDuplicates(blankCase, [c])).toEqual([]);
  });

  it.each([
    [29, true],
    [30, true],
    [30.01, false],
    [45, false],
    [-10, true],
    [-31, false],
  ])('a candidate %d days earlier matches: %s', (days, matches) => {
    const c = candidate({ receivedAt: daysBefore(days), parties: [{ role: 'APPLICANT', name: '张三', phone: '13812345678' }] });
    expect(findPossibleDuplicates(newCase, [c]).length).toBe(matches ? 1 : 0);
  });

  it('honours a configured window', () => {
    const c = candidate({ receivedAt: daysBefore(10), parties: [{ role: 'APPLICANT', name: '张三', phone: '13812345678' }] });
    expect(findPossibleDuplicates(newCase, [c], 7)).toEqual([]);
  });

  it('lists every reason once, and orders by number of reasons then closeness in time', () => {
    const strong = candidate({
      receivedAt: daysBefore(20),
      regionCode: newCase.regionCode,
      type: newCase.type,
      parties: [
        { role: 'APPLICANT', name: '张三', phone: '13812345678', idNumber: '44142219800101123X' },
        { role: 'APPLICANT', name: '张三', phone: '138 1234 5678' },
        { role: 'RESPONDENT', name: '某某健身有限公司' },
      ],
    });
    const far = candidate({ receivedAt: daysBefore(15), parties: [{ role: 'APPLICANT', name: '张三', phone: '13812345678' }] });
    const near = candidate({ receivedAt: daysBefore(1), parties: [{ role: 'APPLICANT', name: '张三', phone: '13812345678' }] });
    const unrelated = candidate({ parties: [{ role: 'APPLICANT', name: '王五', phone: '13700000000' }] });
    const result = findPossibleDuplicates(newCase, [far, unrelated, strong, near]);
    expect(result.map((m) => m.id)).toEqual([strong.id, near.id, far.id]);
    expect(result[0].reasons).toHaveLength(3);
  });

  it('returns nothing for no candidates', () => {
    expect(findPossibleDuplicates(newCase, [])).toEqual([]);
  });
});

describe('validateDuplicateCheck', () => {
  const fields = (input: Parameters<typeof validateDuplicateCheck>[0]) => {
    try {
      validateDuplicateCheck(input);
      return [];
    } catch (e) {
      return ((e as { fields?: { field: string }[] }).fields ?? []).map((f) => f.field);
    }
  };

  it('leaves out what is not filled in yet and normalises the rest', () => {
    expect(validateDuplicateCheck({ regionId: ' ', type: null, parties: [
      { role: 'APPLICANT', name: null, phone: '+86 138 1234 5678', idNumber: ' 44142219800101106x' },
      { role: 'RESPONDENT', name: '  某公司 ', phone: '', idNumber: '   ' },
    ] })).toEqual({ idempotencyKey: null, regionId: null, type: null, parties: [
      { role: 'APPLICANT', name: '', phone: '13812345678', idNumber: '44142219800101106X' },
      { role: 'RESPONDENT', name: '某公司', phone: null, idNumber: null },
    ] });
  });

  it('names every number given that intake would refuse, without repeating it', () => {
    let message = '';
    try {
      validateDuplicateCheck({ regionId: 'nope', parties: [{ role: 'APPLICANT', phone: '1381234567' }, { role: 'APPLICANT', idNumber: '441422198001011231' }] });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(fields({ regionId: 'nope', parties: [{ role: 'APPLICANT', phone: '1381234567' }, { role: 'APPLICANT', idNumber: '441422198001011231' }] }))
      .toEqual(['input.regionId', 'input.parties.0.phone', 'input.parties.1.idNumber']);
    expect(message).not.toContain('1381234567');
    expect(message).not.toContain('441422198001011231');
  });

  it('caps the parties and their names as intake does', () => {
    expect(fields({ parties: Array.from({ length: 201 }, () => ({ role: 'APPLICANT' })) })).toEqual(['input.parties']);
    expect(fields({ parties: [{ role: 'RESPONDENT', name: '某'.repeat(51) }] })).toEqual(['input.parties.0.name']);
    expect(fields({ parties: [{ role: 'JUDGE' }] })).toEqual(['input.parties.0.role']);
    expect(fields({ idempotencyKey: 'k'.repeat(201), parties: [] })).toEqual(['input.idempotencyKey']);
    expect(validateDuplicateCheck({ idempotencyKey: ' form-1 ', parties: [] }).idempotencyKey).toBe('form-1');
  });
});
