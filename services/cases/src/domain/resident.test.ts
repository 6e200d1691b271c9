import { DomainError } from '@zz/common';
import {
  ResidentKeys, codeUnusable, issueChallenge, issueRatingToken, issueSession, maskMobile, maskName, newCode, normaliseMobile, ratingUrl,
  residentSteps, residentTitle, sameHash, solveChallenge, validateFiling, workBits,
} from './resident';
import { MESSAGE_TEMPLATES, TEMPLATE_KEYS, renderMessage } from './message-templates';

const keys = new ResidentKeys('a-test-secret-of-at-least-32-characters!');
const now = new Date('2026-12-07T02:00:00Z');
const later = (s: number) => new Date(now.getTime() + s * 1000);

describe('resident phones and names', () => {
  it('accept mainland mobiles only, normalised', () => {
    expect(normaliseMobile('+86 138 0013 8000')).toBe('13800138000');
    expect(normaliseMobile('0753-1234567')).toBeNull();
    expect(normaliseMobile('12800138000')).toBeNull();
    expect(normaliseMobile(42)).toBeNull();
  });
  it('mask what a resident is shown', () => {
    expect(maskMobile('13800138000')).toBe('138****8000');
    expect(maskName('李秀英')).toBe('李**');
    expect(maskName('欧阳明月')).toBe('欧阳**');
    expect(maskName('')).toBeNull();
  });
});

describe('one-time codes', () => {
  it('are six digits, hashed per row (the same digits hash differently in two rows)', () => {
    expect(newCode(() => 42)).toBe('000042');
    expect(newCode()).toMatch(/^\d{6}$/);
    expect(keys.codeHash('row-1', '123456')).not.toBe(keys.codeHash('row-2', '123456'));
    expect(sameHash(keys.codeHash('row-1', '123456'), keys.codeHash('row-1', '123456'))).toBe(true);
    expect(sameHash(keys.codeHash('row-1', '123456'), keys.codeHash('row-1', '123457'))).toBe(false);
    expect(keys.phoneHash('13800138000')).not.toContain('13800138000');
  });
  it('expire, are used once and allow a limited number of attempts', () => {
    const fresh = { expiresAt: later(300), attempts: 0, consumedAt: null };
    expect(codeUnusable(fresh, now, 5)).toBeNull();
    expect(codeUnusable(null, now, 5)).toBe('NONE');
    expect(codeUnusable(fresh, later(300), 5)).toBe('EXPIRED');
    expect(codeUnusable({ ...fresh, attempts: 5 }, now, 5)).toBe('EXHAUSTED');
    expect(codeUnusable({ ...fresh, consumedAt: now }, now, 5)).toBe('USED');
  });
});

describe('signed tokens', () => {
  it('a session names the phone by hash and expires', () => {
    const s = issueSession(keys, keys.phoneHash('13800138000'), now, 1800);
    expect(s.token).not.toContain('13800138000');
    expect(keys.verify('session', s.token, later(1799))).toMatchObject({ ph: keys.phoneHash('13800138000') });
    expect(keys.verify('session', s.token, later(1800))).toBeNull();
  });
  it('a rating link is bound to its case and round, cannot be altered and is no session', () => {
    const link = issueRatingToken(keys, 'c0ffee00-0000-4000-8000-000000000001', 0, now, 15);
    expect(keys.verify('rating', link.token, later(14 * 86_400))).toMatchObject({ c: 'c0ffee00-0000-4000-8000-000000000001', r: 0 });
    expect(keys.verify('rating', link.token, later(15 * 86_400))).toBeNull();
    expect(keys.verify('session', link.token, now)).toBeNull();
    const [body, mac] = link.token.split('.');
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(body, 'base64url').toString()), c: 'another' })).toString('base64url');
    expect(keys.verify('rating', `${forged}.${mac}`, now)).toBeNull();
    expect(new ResidentKeys('another-secret-of-at-least-32-characters').verify('rating', link.token, now)).toBeNull();
    expect(ratingUrl('http://127.0.0.1:4000', link.token)).toMatch(/^http:\/\/127\.0\.0\.1:4000\/resident\/rate\?t=/);
  });
  it('a challenge is solved by proof of work of the asked difficulty', () => {
    const c = issueChallenge(keys, 10, now);
    const answer = solveChallenge(c.challenge, 10);
    expect(workBits(c.challenge, answer)).toBeGreaterThanOrEqual(10);
    expect(keys.verify('challenge', c.challenge, later(299))).toMatchObject({ b: 10 });
    expect(keys.verify('challenge', c.challenge, later(300))).toBeNull();
  });
});

describe('a filing', () => {
  const ok = { type: 'NEIGHBOUR', description: '楼上住户每晚十一点后仍在装修，噪音很大，多次沟通无果。', name: '陈美玲', phone: '13800138000', regionId: '0b7c1f2e-1a2b-4c3d-8e9f-001122334455' };
  it('is normalised', () => {
    expect(validateFiling(ok)).toMatchObject({ type: 'NEIGHBOUR', name: '陈美玲', phone: '13800138000', location: null });
    expect(validateFiling({ ...ok, regionId: null, lat: 24.3, lng: 116.7 }).location).toEqual({ lat: 24.3, lng: 116.7 });
  });
  it('reports every bad field at once', () => {
    try {
      validateFiling({ type: 'NOPE', description: '太吵', name: ' ', phone: '123', regionId: null });
      throw new Error('accepted');
    } catch (err) {
      expect(err).toBeInstanceOf(DomainError);
      const fields = ((err as { fields?: { field: string }[] }).fields ?? []).map((f) => f.field);
      expect(fields).toEqual(['input.type', 'input.description', 'input.name', 'input.phone', 'input.regionId']);
    }
  });
});

describe('the title of a filing', () => {
  it('starts with the resident\'s words, without numbers', () => {
    expect(residentTitle('楼上漏水，物业电话 13800138000 一直不接，已经三天了，请帮忙协调处理')).toBe('居民网上反映：楼上漏水，物业电话 … 一直不接，已经三…');
    expect(residentTitle('邻居装修噪音大')).toBe('居民网上反映：邻居装修噪音大');
  });
});

describe('what a resident sees of the ledger', () => {
  it('labels without notes or actors, unknown actions left out', () => {
    const steps = residentSteps([
      { at: now, action: 'intake', toStatus: 'REGISTERED' },
      { at: later(60), action: 'markHighRisk', toStatus: 'REGISTERED' },
      { at: later(120), action: 'accept', toStatus: 'ACCEPTED' },
      { at: later(180), action: 'recordOutcome', toStatus: 'IN_MEDIATION' },
      { at: later(240), action: 'recordOutcome', toStatus: 'RESOLVED' },
    ]);
    expect(steps.map((s) => s.label)).toEqual(['已登记，案件编号已生成', '综治中心已受理', '本次调解未成功，继续化解', '调解成功，已化解']);
  });
});

describe('message templates', () => {
  it('are filled from params only, a missing one refused', () => {
    expect(renderMessage('VERIFICATION_CODE', { code: '042137', minutes: '5' })).toContain('042137');
    expect(() => renderMessage('FILING_RECEIPT', {})).toThrow(/caseCode/);
    for (const k of TEMPLATE_KEYS) expect(MESSAGE_TEMPLATES[k].text.startsWith('【综治中心】')).toBe(true);
  });
});
