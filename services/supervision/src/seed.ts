import type { DataSource } from 'typeorm';
import { Scope, type Config, type Identity } from '@zz/common';
import type { World } from '@zz/demo-world';
import { rememberCenters, rememberCounties } from './service/letter-prefixes';
import { createDeps } from './service/deps';
import { RegionLookup } from './service/regions';
import { createServices } from './service/services';
import { CONSUMER_BATCH } from './service/read-model-service';
import { LetterStore } from './store/letter-store';

const DAY = 86_400_000;

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
  if (config?.seedDemo) await seedDemoAnswers(dataSource, world, config);
}

async function seedDemoAnswers(dataSource: DataSource, world: World, config: Config): Promise<void> {
  const deps = createDeps(dataSource, config);
  const services = createServices(deps);
  for (;;) {
    const n = await services.readModel.consumeBatch(true);
    if (n === 'busy' || n < CONSUMER_BATCH) break;
  }
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
