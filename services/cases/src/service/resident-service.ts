/**
 * 居民自助: the public use cases of a resident without a staff account. Each checks the policy row
 * (PUBLIC grants), validates the input (nothing written on bad input), then counts the call against
 * the limits per phone and per client address, then acts:
 * - challenge → code (sent through the notification port, stored hashed) → session (one phone);
 * - a filing enters the ordinary intake (channel ONLINE): validation, duplicates, the unified code,
 *   the ledger, the dispatch event, the statistics, exactly as `intakeCase`;
 * - progress by case code for the filer's or an applicant's verified phone, nothing about other parties;
 * - the rating through the signed link lands as the case's follow-up via supervision's
 *   `recordFollowUp` (one per case and resolution round, guarded here and there).
 */
import crypto from 'node:crypto';
import {
  DomainError, SERVICE_IDENTITY, Scope, authorize, badInput, conflict, forbidden, isUuid, rateLimited, requestStore,
  SATISFACTIONS, type Config, type Identity, type InternalClient, type Satisfaction,
} from '@zz/common';
import type { CaseEntity } from '../store/entities/case.entity';
import { ChallengeUsed, type ResidentStore } from '../store/resident-store';
import { CASE_STATUS_LABELS } from '../domain/case-status';
import {
  COMMENT_MAX, ResidentKeys, codeUnusable, issueChallenge, issueRatingToken, issueSession, maskMobile, maskName, newCode, normaliseMobile,
  ratable, ratingUrl, residentSteps, residentTitle, sameHash, validateFiling, workBits, type ChallengeClaims, type RatingClaims, type ResidentFilingInput,
  type SessionClaims,
} from '../domain/resident';
import type { CaseChanges } from './case-changes';
import type { NotificationPort } from './notify';
import type { ResidentDirectory } from './resident-directory';
import { intake } from './intake-service';

/** Who files on a resident's behalf: the platform (the ledger names it), not a staff role. */
const RESIDENT_INTAKE: Identity = { ...SERVICE_IDENTITY('resident-self-service'), username: 'resident:self-service' };
const HOUR = 3600, DAY = 86_400;

/** The resident limits and lifetimes of the configuration (RESIDENT_*). */
export type ResidentSettings = Config['resident'];

export class ResidentService {
  readonly keys: ResidentKeys;

  constructor(
    private readonly cx: CaseChanges,
    private readonly store: ResidentStore,
    private readonly directory: ResidentDirectory,
    private readonly notifier: NotificationPort,
    private readonly followUps: InternalClient,
    private readonly settings: ResidentSettings,
    secret: string,
    private readonly showOutbox: boolean,
  ) {
    this.keys = new ResidentKeys(secret);
  }

  private now(): Date {
    return this.cx.now();
  }

  /** One more call from this client address (every resident operation counts). */
  private async countAddress(what: string): Promise<void> {
    const address = this.keys.addressHash(requestStore.getStore()?.clientAddress ?? null);
    await this.limit(`addr:${what}`, address, HOUR, this.settings.requestsPerAddressPerHour, '来自同一网络的请求过多，请稍后再试');
  }

  private async limit(bucket: string, key: string, windowSeconds: number, max: number, message: string): Promise<void> {
    const now = this.now();
    const { count, windowEnd } = await this.store.hit(bucket, key, windowSeconds, now);
    if (count > max) throw rateLimited(`${message} / too many requests`, Math.max(1, Math.ceil((windowEnd.getTime() - now.getTime()) / 1000)));
  }

  /** The session's phone, which the caller must name again (the token holds only its hash). */
  private session(token: string, phone: unknown, field = 'phone'): { phone: string; phoneHash: string } {
    const claims = this.keys.verify<SessionClaims>('session', token, this.now());
    if (!claims) throw new DomainError('FORBIDDEN', '验证已失效，请重新获取验证码 / resident session invalid or expired', 'session');
    const n = normaliseMobile(phone);
    if (!n || !sameHash(this.keys.phoneHash(n), claims.ph)) throw new DomainError('FORBIDDEN', '手机号与验证的手机号不一致 / phone does not match the session', field);
    return { phone: n, phoneHash: claims.ph };
  }

  challenge(identity: Identity) {
    authorize(identity, 'Query.residentChallenge');
    return issueChallenge(this.keys, this.settings.powBits, this.now());
  }

  async regions(identity: Identity, parentId: string | null | undefined) {
    authorize(identity, 'Query.residentRegions');
    if (parentId === null || parentId === undefined) return this.directory.towns();
    if (!isUuid(parentId)) throw badInput('地区无效', 'parentId');
    return (await this.directory.children(parentId)).filter((r) => r.level === 'VILLAGE' || r.level === 'GRID');
  }

  async requestCode(identity: Identity, input: { phone: string; challenge: string; answer: string }) {
    authorize(identity, 'Mutation.requestResidentCode');
    const phone = normaliseMobile(input.phone);
    if (!phone) throw badInput('请填写 11 位手机号码', 'input.phone');
    const now = this.now();
    const claims = this.keys.verify<ChallengeClaims>('challenge', input.challenge, now);
    if (!claims) throw badInput('校验题已过期，请重试', 'input.challenge');
    if (typeof input.answer !== 'string' || input.answer.length > 64 || workBits(input.challenge, input.answer) < claims.b) throw badInput('校验未通过，请重试', 'input.answer');
    await this.countAddress('code');
    const phoneHash = this.keys.phoneHash(phone);
    await this.limit('phone:code', phoneHash, HOUR, this.settings.codesPerPhonePerHour, '该手机号获取验证码过于频繁，请稍后再试');
    const id = crypto.randomUUID(), code = newCode();
    const expiresAt = new Date(now.getTime() + this.settings.codeTtlSeconds * 1000);
    try {
      await this.store.transaction((tx) => tx.insertCode({ id, phoneHash, codeHash: this.keys.codeHash(id, code), challenge: claims.n, createdAt: now, expiresAt }));
    } catch (err) {
      if (err instanceof ChallengeUsed) throw badInput('校验题已使用，请重试', 'input.challenge');
      throw err;
    }
    await this.notifier.send({ to: phone, template: 'VERIFICATION_CODE', params: { code, minutes: String(Math.round(this.settings.codeTtlSeconds / 60)) } });
    return { sentTo: maskMobile(phone), expiresAt };
  }

  async verifyCode(identity: Identity, input: { phone: string; code: string }) {
    authorize(identity, 'Mutation.verifyResidentCode');
    const phone = normaliseMobile(input.phone);
    if (!phone) throw badInput('请填写 11 位手机号码', 'input.phone');
    if (typeof input.code !== 'string' || !/^\d{6}$/.test(input.code.trim())) throw badInput('请填写短信中的 6 位验证码', 'input.code');
    await this.countAddress('verify');
    const phoneHash = this.keys.phoneHash(phone), now = this.now();
    const ok = await this.store.transaction(async (tx) => {
      const row = await tx.newestCodeForUpdate(phoneHash);
      const unusable = codeUnusable(row, now, this.settings.codeMaxAttempts);
      if (unusable) return unusable;
      const right = sameHash(this.keys.codeHash(row!.id, input.code.trim()), row!.codeHash);
      await tx.countAttempt(row!.id, right ? now : null);
      return right ? 'OK' : 'WRONG';
    });
    if (ok === 'WRONG') throw badInput('验证码不正确', 'input.code');
    if (ok !== 'OK') throw badInput('验证码已失效，请重新获取', 'input.code');
    const s = issueSession(this.keys, phoneHash, now, this.settings.sessionTtlSeconds);
    return { token: s.token, phone: maskMobile(phone), expiresAt: s.expiresAt };
  }

  async file(identity: Identity, token: string, input: ResidentFilingInput) {
    authorize(identity, 'Mutation.fileResidentRequest');
    const n = validateFiling(input);
    const { phone, phoneHash } = this.session(token, n.phone, 'input.phone');
    await this.countAddress('file');
    await this.limit('phone:file', phoneHash, DAY, this.settings.filingsPerPhonePerDay, '该手机号今日提交次数已达上限，请拨打 12345 或到综治中心窗口反映');
    const regionId = n.regionId ?? (await this.directory.gridAt(n.location!.lat, n.location!.lng));
    if (!regionId) throw badInput('该位置不在本县网格内，请选择所在村（社区）', 'input.lat');
    const actor = { identity: RESIDENT_INTAKE, scope: Scope.of(RESIDENT_INTAKE) };
    const c = await intake(this.cx, actor, {
      // A key per phone: another phone's key can never name this resident's case, nor the reverse.
      idempotencyKey: n.idempotencyKey ? `resident:${phoneHash.slice(0, 24)}:${n.idempotencyKey}` : null,
      title: residentTitle(n.description), description: n.description, channel: 'ONLINE', type: n.type, regionId,
      parties: [{ name: n.name, role: 'APPLICANT', phone }],
    }).catch((err: unknown) => {
      // Intake names its own input's fields; the resident's form has regionId where intake has it.
      throw err instanceof DomainError && err.field?.startsWith('input.parties') ? new DomainError(err.code, err.message, 'input.name') : err;
    });
    await this.store.insertFiling(c.id, phoneHash, c.receivedAt);
    await this.notifier.send({ to: phone, template: 'FILING_RECEIPT', params: { caseCode: c.code }, caseId: c.id, regionCode: c.regionCode });
    return { code: c.code, status: c.status, receivedAt: c.receivedAt };
  }

  /** The filer's or an applicant's phone may follow the case; anyone else learns nothing (null), not even that it exists. */
  private async mayFollow(c: CaseEntity, phoneHash: string): Promise<boolean> {
    const filing = await this.store.filingOf(c.id);
    if (filing && sameHash(filing.phoneHash, phoneHash)) return true;
    const phones = await this.store.partyPhones(c.id);
    return phones.some((p) => p.role === 'APPLICANT' && normaliseMobile(p.phone) !== null && sameHash(this.keys.phoneHash(normaliseMobile(p.phone)!), phoneHash));
  }

  async progress(identity: Identity, token: string, phone: string, code: string) {
    authorize(identity, 'Query.residentCaseProgress');
    const { phoneHash } = this.session(token, phone);
    if (typeof code !== 'string' || code.trim().length > 40) throw badInput('案件编号无效', 'code');
    await this.countAddress('progress');
    const c = await this.cx.store.caseByCode(code.trim().toUpperCase());
    if (!c || !(await this.mayFollow(c, phoneHash))) return null;
    const [entries, names, rated] = await Promise.all([
      this.cx.store.ledger.entriesByCaseIds([c.id]),
      this.directory.names({ centerId: c.handlingCenterId, departmentId: c.leadDepartmentId, mediatorId: c.mediatorId }),
      this.store.ratingOf(c.id, c.reopenCount),
    ]);
    return {
      code: c.code, type: c.type, status: c.status, statusLabel: CASE_STATUS_LABELS[c.status], receivedAt: c.receivedAt, deadlineAt: c.deadlineAt,
      resolvedAt: c.resolvedAt, centerName: names.center, departmentName: names.department,
      mediatorName: names.mediator ? `${maskName(names.mediator)}（调解员）` : null, partyCount: c.partyCount,
      steps: residentSteps(entries.map((e) => ({ at: e.at, action: e.action, toStatus: e.toStatus }))),
      canRate: ratable(c) && !rated, rating: (rated?.rating ?? null) as Satisfaction | null,
    };
  }

  /** After a resident's case is resolved: the rating link by SMS to the phone that filed it. */
  async notifyResolved(c: CaseEntity): Promise<void> {
    const filing = await this.store.filingOf(c.id);
    if (!filing) return;
    const phone = (await this.store.partyPhones(c.id)).map((p) => normaliseMobile(p.phone)).find((p) => p && sameHash(this.keys.phoneHash(p), filing.phoneHash));
    if (!phone) return;
    const link = issueRatingToken(this.keys, c.id, c.reopenCount, this.now(), this.settings.ratingLinkTtlDays);
    await this.notifier.send({
      to: phone, template: 'CASE_RESOLVED', caseId: c.id, regionCode: c.regionCode,
      params: { caseCode: c.code, link: ratingUrl(this.settings.linkBaseUrl, link.token), days: String(this.settings.ratingLinkTtlDays) },
    });
  }

  private async linkCase(token: string): Promise<{ claims: RatingClaims; c: CaseEntity } | null> {
    const claims = this.keys.verify<RatingClaims>('rating', token, this.now());
    if (!claims || !isUuid(claims.c)) return null;
    const [c] = await this.cx.store.casesByIds([claims.c]);
    return c ? { claims, c } : null;
  }

  async ratingLink(identity: Identity, token: string) {
    authorize(identity, 'Query.residentRatingLink');
    await this.countAddress('link');
    const found = await this.linkCase(token);
    if (!found) return null;
    const { claims, c } = found;
    const rated = await this.store.ratingOf(c.id, claims.r);
    return { code: c.code, statusLabel: CASE_STATUS_LABELS[c.status], resolvedAt: c.resolvedAt, rating: (rated?.rating ?? null) as Satisfaction | null, expiresAt: new Date(claims.exp * 1000) };
  }

  async rate(identity: Identity, input: { token: string; rating: string; comment?: string | null }) {
    authorize(identity, 'Mutation.rateResidentCase');
    if (!(SATISFACTIONS as readonly string[]).includes(input.rating)) throw badInput('请选择满意度', 'input.rating');
    const comment = typeof input.comment === 'string' && input.comment.trim() ? input.comment.trim() : null;
    if (comment && [...comment].length > COMMENT_MAX) throw badInput(`意见不能超过 ${COMMENT_MAX} 个字`, 'input.comment');
    const found = await this.linkCase(input.token);
    if (!found) throw new DomainError('FORBIDDEN', '评价链接无效或已过期 / rating link invalid or expired', 'input.token');
    await this.countAddress('rate');
    const { claims, c } = found;
    if (claims.r !== c.reopenCount || !ratable(c)) throw conflict('案件已重新办理，此评价链接已失效');
    const at = this.now();
    // The row first (the key makes it once per round), the follow-up in the same transaction: a refused follow-up rolls it back.
    await this.store.transaction(async (tx) => {
      if (!(await tx.insertRating(c.id, claims.r, input.rating, at))) throw conflict('您已评价过本案，感谢您的反馈');
      await this.followUps.call('supervision', `mutation ResidentFollowUp($c: ID!, $r: Satisfaction!, $m: String) { recordFollowUp(caseId: $c, rating: $r, comment: $m) { at } }`,
        { c: c.id, r: input.rating, m: comment }, SERVICE_IDENTITY('cases:resident')).catch((err: unknown) => {
        if (err instanceof DomainError && err.code === 'CONFLICT') throw conflict('本案已回访，不能重复评价');
        if (err instanceof DomainError && err.code === 'BAD_USER_INPUT') throw conflict('案件状态尚未更新，请稍后再评价');
        throw err;
      });
    });
    return { code: c.code, rating: input.rating as Satisfaction, at };
  }

  async outbox(identity: Identity, scope: Scope, recipient: string | null | undefined, first: number | null | undefined) {
    authorize(identity, 'Query.notificationOutbox');
    if (!this.showOutbox) throw forbidden('本地收件箱仅在演示、测试模式下可查看 / the local sink is readable in demo and test mode only');
    const limit = Math.min(Math.max(first ?? 20, 1), 100);
    const r = recipient ? normaliseMobile(recipient) : null;
    if (recipient && !r) throw badInput('手机号无效', 'recipient');
    // Codes belong to no case: only an account covering a whole county (or the platform) reads them.
    const withoutRegion = scope.all || (scope.regionCode?.length ?? 0) <= 6;
    return this.store.notifications({ regionPrefix: scope.all ? '' : scope.regionCode ?? '\u0000', withoutRegion, recipient: r, limit });
  }
}
