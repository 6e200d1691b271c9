import { freeTextFor, maskPiiDeep, maskPiiInText } from './pii-text';

describe('maskPiiInText', () => {
  it('masks ID numbers, mobiles and landlines inside a graphql-js coercion message', () => {
    const m = 'Variable "$input" got invalid value { reporterPhone: "15224377186", idNumber: "44142219800101123X", tel: "0753-5512345", b: "+86 13812345678" }';
    expect(maskPiiInText(m)).toBe('Variable "$input" got invalid value { reporterPhone: "152****7186", idNumber: "441422********123X", tel: "0753-****2345", b: "+86 138****5678" }');
  });

  it('leaves UUIDs, case codes, timestamps and other digit runs alone', () => {
    const t = 'case 441422-20261122-000123 id 9bdc7e6d-ebbf-577f-ba79-a13912345678 and 9bdc7e6d-ebbf-577f-ba79-013812345678 at 2026-12-04T20:06:40.152Z, 1763800000000 ms, 123456789012345678901';
    expect(maskPiiInText(t)).toBe(t);
  });
});

describe('maskPiiDeep', () => {
  it('keeps hex digests and UUIDs intact even when they end in a phone-like run', () => {
    const key = 'abcdef0123456789abcdef0123456789abcdef0123456789abcde13812345678';
    expect(maskPiiDeep({ partyKeys: [key], id: '9bdc7e6d-ebbf-577f-ba79-013812345678' })).toEqual({ partyKeys: [key], id: '9bdc7e6d-ebbf-577f-ba79-013812345678' });
  });

  it('masks every string in nested data and keeps everything else', () => {
    const at = new Date('2026-12-04T00:00:00Z');
    expect(maskPiiDeep({ note: '电话 13812345678', n: 3, at, details: { agreement: ['身份证 44142219800101123X'], ok: null } }))
      .toEqual({ note: '电话 138****5678', n: 3, at, details: { agreement: ['身份证 441422********123X'], ok: null } });
  });
});

describe('freeTextFor', () => {
  it('shows desk and supervision roles the text, masks it for the others', () => {
    const t = '回访 13812345678，当事人满意';
    expect(freeTextFor({ kind: 'user', roles: ['SUPERVISOR', 'LEADER'] }, t)).toBe(t);
    expect(freeTextFor({ kind: 'service', roles: [] }, t)).toBe(t);
    expect(freeTextFor({ kind: 'user', roles: ['PARTNER'] }, t)).toBe('回访 138****5678，当事人满意');
    expect(freeTextFor({ kind: 'user', roles: ['GRID_WORKER'] }, null)).toBeNull();
  });
});
