/**
 * The demo county center's 周例会 and 月研判: the last four Mondays' weekly meetings (held, each with
 * the open cases nearest their deadline on the agenda and who does what by when), next Monday's
 * (scheduled), and the last three months' analysis meetings (held, with 研判 conclusions). Written by
 * the county dispatcher through the use cases after the demo cases. Idempotent: a center that already
 * has meetings is left alone.
 */
import { Scope, type Identity } from '@zz/common';
import type { World } from '@zz/demo-world';
import type { CaseService } from './service/case-service';
import { OPEN_STATUSES } from './domain/case-status';
import type { CaseEntity } from './store/entities/case.entity';

const DAY = 86_400_000;
const HOUR = 3600_000;

const ATTENDEES = [
  { name: '张卫东', title: '县委政法委副书记、县综治中心主任' }, { name: '刘建国', title: '县综治中心指挥调度科科长' },
  { name: '黄丽娟', title: '县综治中心受理窗口负责人' }, { name: '陈立平', title: '县人民法院立案庭副庭长' },
  { name: '黄志强', title: '县公安局治安大队副大队长' }, { name: '李秀兰', title: '县司法局人民调解科科长' },
  { name: '张国华', title: '县信访局接待科科长' },
];

const WEEKLY_MINUTES = (n: number) => `会议逐案听取了本周 ${n} 件疑难、临期和超期案件的办理情况汇报。` +
  '指挥调度科通报：本周受理案件总体平稳，欠薪、物业类纠纷有所上升，部分案件因牵头部门反馈不及时已临近或超过办理时限。' +
  '会议要求：牵头部门对超期案件说明原因、限期办结；中心按“程序性推进、实质性化解”分工，每日跟踪，逾期未反馈的发督办函。';

const MONTHLY_MINUTES = '会议研判了本月全县矛盾纠纷形势：受理量环比上升，劳动欠薪、土地承包和婚姻家庭纠纷占比居前；' +
  '春节前欠薪类纠纷有集中爆发风险，个别土地纠纷存在群体性事件苗头，“事了心不顺”的回访不满意案件需重新办理。' +
  '研判结论：一是欠薪纠纷纳入三级预警，人社部门牵头开展专项排查；二是涉群体土地纠纷落实领导包案、一案一策；' +
  '三是各镇中心每周报送重点案件动态，县中心按月通报化解率和办结率。';

const TOPICS_WEEKLY = ['本周疑难、超期案件调度', '临期案件逐案过堂', '欠薪及物业类纠纷集中调度', '超期案件限期办结调度'];
const TOPICS_MONTHLY = ['月度矛盾纠纷风险形势研判', '重点领域矛盾纠纷趋势分析', '节前欠薪及群体性纠纷风险研判'];

/** 09:00 Beijing of the Monday `weeksAgo` weeks before the week of `now`. */
function monday(now: Date, weeksAgo: number): Date {
  const bj = new Date(now.getTime() + 8 * HOUR);
  const sinceMonday = (bj.getUTCDay() + 6) % 7;
  const d = Date.UTC(bj.getUTCFullYear(), bj.getUTCMonth(), bj.getUTCDate() - sinceMonday - weeksAgo * 7, 9) - 8 * HOUR;
  return new Date(d);
}

/** 15:00 Beijing on the 25th of the month `monthsAgo` months before now's. */
function monthly(now: Date, monthsAgo: number): Date {
  const bj = new Date(now.getTime() + 8 * HOUR);
  return new Date(Date.UTC(bj.getUTCFullYear(), bj.getUTCMonth() - monthsAgo, 25, 15) - 8 * HOUR);
}

export async function seedMeetings(service: CaseService, world: World, now: Date): Promise<void> {
  const center = world.centers.find((c) => c.level === 'COUNTY');
  const user = world.users.find((u) => u.username === 'county-dispatcher');
  if (!center || !user) return;
  const identity: Identity = { kind: 'user', userId: user.id, username: user.username, roles: ['DISPATCHER'], regionId: user.regionId, regionCode: user.regionCode };
  const actor = { identity, scope: Scope.of(identity) };
  if ((await service.store.meetings.count({ regionPrefix: center.regionCode, centerId: center.id, limit: 1 })) > 0) return;
  const open = await service.store.list({ regionPrefix: center.regionCode, status: [...OPEN_STATUSES], now, limit: 200 });
  // Hard and overdue first: the cases nearest (or past) their deadline.
  const hard = open.filter((c) => c.deadlineAt).sort((a, b) => new Date(a.deadlineAt!).getTime() - new Date(b.deadlineAt!).getTime());
  if (hard.length < 4) return;
  const dept = (kind: string) => world.departments.find((d) => d.kind === kind)?.id ?? null;
  const pick = (offset: number, n: number): CaseEntity[] => Array.from({ length: n }, (_, i) => hard[(offset + i) % hard.length])
    .filter((c, i, all) => all.findIndex((x) => x.id === c.id) === i);

  const hold = async (kind: 'WEEKLY' | 'MONTHLY', at: Date, topic: string, cases: CaseEntity[], held: boolean) => {
    const m = await service.scheduleMeeting(actor, {
      centerId: center.id, kind, scheduledAt: at, place: kind === 'WEEKLY' ? '县综治中心三楼会议室' : '县综治中心指挥调度大厅', topic,
      agenda: cases.map((c, i) => ({ caseId: c.id, note: new Date(c.deadlineAt!).getTime() < at.getTime() ? '已超期，需说明原因并限期办结' : i === 0 ? '临近办理时限' : null })),
    }, { at: new Date(at.getTime() - 3 * DAY) });
    if (!held) return;
    const due = (days: number) => new Date(at.getTime() + days * DAY);
    const decisions = kind === 'WEEKLY'
      ? [
        { caseId: cases[0].id, text: '牵头部门三个工作日内再次组织调解，调解不成的引导诉讼或仲裁', departmentId: dept('JUSTICE'), dueDate: due(3) },
        ...(cases[1] ? [{ caseId: cases[1].id, text: '公安、司法联合上门做好当事人稳控和疏导工作，每日报告动态', departmentId: dept('POLICE'), dueDate: due(5) }] : []),
        { caseId: null, text: '对本周超期案件发督办函，牵头部门书面说明超期原因', departmentId: null, dueDate: due(2) },
      ]
      : [
        { caseId: null, text: '欠薪类纠纷纳入三级预警，春节前开展专项排查化解', departmentId: dept('HUMAN_RESOURCES'), dueDate: due(20) },
        { caseId: cases[0].id, text: '本案落实领导包案、一案一策，法院提前介入诉调对接', departmentId: dept('COURT'), dueDate: due(10) },
        { caseId: null, text: '各镇综治中心每周五前报送重点案件动态', departmentId: null, dueDate: null },
      ];
    await service.recordMeeting(actor, {
      id: m.id, heldAt: new Date(at.getTime() + 5 * 60_000), attendees: kind === 'WEEKLY' ? ATTENDEES.slice(0, 4).concat(ATTENDEES[5]) : ATTENDEES,
      minutes: kind === 'WEEKLY' ? WEEKLY_MINUTES(cases.length) : MONTHLY_MINUTES, decisions,
    }, { at: new Date(at.getTime() + 2 * HOUR) });
  };

  for (let k = 3; k >= 1; k--) await hold('MONTHLY', monthly(now, k), TOPICS_MONTHLY[k - 1], pick(k * 5, 4), true);
  for (let k = 4; k >= 1; k--) await hold('WEEKLY', monday(now, k), TOPICS_WEEKLY[k - 1], pick(k * 3, 3), true);
  // This week's (if still ahead) or next Monday's, not yet held.
  const upcoming = monday(now, 0).getTime() > now.getTime() ? monday(now, 0) : monday(now, -1);
  await hold('WEEKLY', upcoming, '本周疑难、超期案件调度', pick(0, 3), false);
}
