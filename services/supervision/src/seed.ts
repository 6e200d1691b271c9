import type { DataSource } from 'typeorm';
import { createLogger, Scope, type Config, type Identity } from '@zz/common';
import type { World } from '@zz/demo-world';
import { rememberCenters, rememberCounties } from './service/letter-prefixes';
import { createDeps } from './service/deps';
import { RegionLookup } from './service/regions';
import { createServices } from './service/services';
import { LetterStore } from './store/letter-store';
import type { Satisfaction } from './domain/accountability';

const DAY = 86_400_000;
const log = createLogger('supervision:seed');

/** The 反馈单 the demo's lead department sent back (no party is named: the text goes into print). */
export const DEMO_ANSWER =
  '收到交办单后，我单位即明确两名工作人员为责任人，会同所在村（社区）调委会现场核查，于次日组织双方到调解室面对面协商。经释法说理，双方就主要争议事项达成一致意见，已签订人民调解协议书，约定分两期履行，我单位将跟踪履行情况。';

/**
 * Supervision's part of the demo world: the counties' letter prefixes (大埔县 → 大埔综治). Cases, and so
 * everything supervision derives from them — the 交办单 and 督办函 with their bodies and due dates — come
 * through the event log. With the demo cases, the log is taken in here at once and the oldest 交办单 that
 * still waits is answered with a 反馈单 (the county dispatcher recording it for its department), so the
 * demo shows the pair closed beside 交办单 that are open and overdue. Idempotent.
 */
export async function seedSupervision(dataSource: DataSource, world: World, config?: Config): Promise<void> {
  await rememberCounties(new LetterStore(), dataSource, world.regions.filter((r) => r.level === 'COUNTY'));
  await rememberCenters(new LetterStore(), dataSource, world.centers);
  if (config?.seedDemo) {
    await seedDemoAnswers(dataSource, world, config);
    await seedDemoFollowUps(dataSource, world, config);
  }
}

/** What residents said on the demo's visits: about the handling, never about a person's own affairs. */
const DEMO_COMMENTS: Readonly<Record<Satisfaction, readonly string[]>> = {
  SATISFIED: ['调解员耐心细致，问题解决了。', '处理及时，协议已经履行。', '跑一次就解决了，感谢综治中心。'],
  BASICALLY_SATISFIED: ['问题基本解决，希望后续继续跟进履行情况。', '处理时间稍长，结果可以接受。'],
  UNSATISFIED: ['办理拖得太久，对方至今未履行协议。', '对处理结果不满意，认为没有考虑我方诉求。'],
};

/** A stable number 0–99 from a case id, so the demo's visits are the same on every seeding. */
export function demoVisitBucket(caseId: string): number {
  let h = 2166136261;
  for (let i = 0; i < caseId.length; i++) h = Math.imul(h ^ caseId.charCodeAt(i), 16777619) >>> 0;
  return h % 100;
}

/**
 * 回访 of the demo's settled cases, recorded as the county dispatcher would (through the service: the rating
 * lands in the statistics, the evaluation and the accountability ledger, with its FOLLOW_UP_RECORDED event):
 * about seven in ten are visited, one to three days after settling, 满意 mostly, some 基本满意, a few 不满意 —
 * so 群众满意 and the 约谈 counts have figures to show. Seeded once (any visit at all means it was done).
 */
async function seedDemoFollowUps(dataSource: DataSource, world: World, config: Config): Promise<void> {
  const deps = createDeps(dataSource, config);
  if ((await deps.followUps.count(dataSource)) > 0) return;
  const dispatcher = world.users.find((u) => u.username === 'county-dispatcher');
  if (!dispatcher) return;
  const identity: Identity = {
    kind: 'user', userId: dispatcher.id, username: dispatcher.username, roles: dispatcher.roles, regionId: dispatcher.regionId, regionCode: dispatcher.regionCode,
  };
  for (const c of await deps.followUps.unvisitedSettled(dataSource)) {
    const b = demoVisitBucket(c.caseId);
    if (b >= 70) continue;
    const rating: Satisfaction = b < 52 ? 'SATISFIED' : b < 64 ? 'BASICALLY_SATISFIED' : 'UNSATISFIED';
    const comments = DEMO_COMMENTS[rating];
    const at = new Date(Math.min(Date.now(), c.settledAt.getTime() + (1 + (b % 3)) * DAY));
    const visiting = createServices({ ...deps, clock: () => at });
    await visiting.followUps.record(
      { identity, scope: Scope.of(identity), now: at, regions: new RegionLookup(deps.internal, identity) },
      { caseId: c.caseId, rating, comment: comments[b % comments.length] },
    );
  }
}

async function seedDemoAnswers(dataSource: DataSource, world: World, config: Config): Promise<void> {
  const deps = createDeps(dataSource, config);
  const services = createServices(deps);
  // The demo's answers and visits read the read model: it must hold every case event of the log first.
  if (!(await services.readModel.catchUp())) log.warn('demo seeding: the read model did not catch up with the log; some demo answers and visits may be missing');
  if ((await deps.letters.handAnswerCount(dataSource)) > 0) return;
  const dispatcher = world.users.find((u) => u.username === 'county-dispatcher');
  if (!dispatcher) return;
  const identity: Identity = {
    kind: 'user', userId: dispatcher.id, username: dispatcher.username, roles: dispatcher.roles, regionId: dispatcher.regionId, regionCode: dispatcher.regionCode,
  };
  // The oldest one only: the later ones stay open, and those past their 5 working days show as overdue.
  for (const letter of await deps.letters.oldestOpen(dataSource, 'ASSIGNMENT', 1)) {
    // Answered two days after it was issued (never in the future), within its 5 working days.
    const at = new Date(Math.min(Date.now(), letter.issuedAt.getTime() + 2 * DAY));
    const answering = createServices({ ...deps, clock: () => at });
    const signer = world.departments.find((d) => d.id === letter.toDepartmentId)?.name;
    await answering.answers.answer(
      { identity, scope: Scope.of(identity), now: at, regions: new RegionLookup(deps.internal, identity) },
      { letterId: letter.id, answer: DEMO_ANSWER },
      { signer },
    );
  }
}
