/**
 * Resident and grid-worker reports (随手拍): validation, the status rules, and what a conversion sends
 * to the cases subgraph.
 *
 * Status: REPORTED → SETTLED (就地化解, by a note) or REPORTED → CONVERTED (转为案件). Both ends are final.
 * A conversion first marks the report "conversion started" (so it can no longer be settled), then creates
 * the case with the report id as idempotency key, then links it: a retry after any failure, a restart
 * midway or a concurrent second call ends on the same case.
 */
import { DISPUTE_TYPES, ValidationErrors, enumValues, isValidPhone, type DisputeType } from '@zz/common';
import type { GridReportStatus } from '../generated/resolvers-types';

export const REPORT_STATUSES = enumValues<GridReportStatus>()(['REPORTED', 'SETTLED', 'CONVERTED']);
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const LIMITS = {
  category: { min: 1, max: 30 },
  // Cases requires at least 5 characters of description: a report that may become a case asks the same.
  description: { min: 5, max: 2000 },
  reporterName: { max: 50 },
  note: { min: 2, max: 1000 },
};

export interface ReportInput {
  lat: number;
  lng: number;
  category: string;
  description: string;
  reporterName?: string | null;
  reporterPhone?: string | null;
}

export interface NormalisedReport {
  lat: number;
  lng: number;
  category: string;
  description: string;
  reporterName: string | null;
  reporterPhone: string | null;
}

const len = (s: string) => [...s].length;
// The same rule as a case title (services/cases/src/domain/intake.ts).
const CONTROL = /[\u0000-\u001f\u007f]/;

export function validateLatLng(lat: number, lng: number, errors: ValidationErrors, prefix = ''): void {
  if (!Number.isFinite(lat) || lat < -90 || lat > 90) errors.add(`${prefix}lat`, `纬度必须在 -90 到 90 之间 (lat must be in [-90, 90], got ${lat})`);
  if (!Number.isFinite(lng) || lng < -180 || lng > 180) errors.add(`${prefix}lng`, `经度必须在 -180 到 180 之间 (lng must be in [-180, 180], got ${lng})`);
}

/** Blank optional strings count as absent; phones lose inner spaces, dashes are kept for landlines, +86 is dropped. */
function optionalText(v: string | null | undefined): string | null {
  const t = (v ?? '').trim();
  return t === '' ? null : t;
}

export function normalisePhone(v: string): string {
  return v.replace(/\s+/g, '').replace(/^\+?86(?=1\d{10}$)/, '');
}

export function validateReportInput(input: ReportInput): NormalisedReport {
  const errors = new ValidationErrors();
  validateLatLng(input.lat, input.lng, errors, 'input.');
  const category = (input.category ?? '').trim();
  if (len(category) < LIMITS.category.min || len(category) > LIMITS.category.max) {
    errors.add('input.category', `类别不能为空且不超过 ${LIMITS.category.max} 字 (category: 1–${LIMITS.category.max} characters)`);
  } else if (CONTROL.test(category)) {
    // The category becomes the case title on conversion, and a title refuses control characters: such a
    // report used to be accepted, then every conversion failed after marking it begun: a rejected call that
    // wrote, and a report that could never become a case (found while fuzzing convertReportToCase).
    errors.add('input.category', '类别不能包含换行或控制字符 (category: no line breaks or control characters)');
  }
  const description = (input.description ?? '').trim();
  if (len(description) < LIMITS.description.min || len(description) > LIMITS.description.max) {
    errors.add('input.description', `描述需 ${LIMITS.description.min}–${LIMITS.description.max} 字 (description: ${LIMITS.description.min}–${LIMITS.description.max} characters)`);
  }
  const reporterName = optionalText(input.reporterName);
  if (reporterName && len(reporterName) > LIMITS.reporterName.max) errors.add('input.reporterName', `姓名不超过 ${LIMITS.reporterName.max} 字`);
  const rawPhone = optionalText(input.reporterPhone);
  const reporterPhone = rawPhone ? normalisePhone(rawPhone) : null;
  if (reporterPhone && !isValidPhone(reporterPhone)) errors.add('input.reporterPhone', '手机号或座机号格式不正确 (invalid phone number)');
  errors.throwIfAny();
  return { lat: input.lat, lng: input.lng, category, description, reporterName, reporterPhone };
}

/** A required free-text note (settling on the spot, completing a patrol task). */
export function validateNote(note: string | null | undefined, field = 'note'): string {
  const errors = new ValidationErrors();
  const t = (note ?? '').trim();
  if (len(t) < LIMITS.note.min || len(t) > LIMITS.note.max) {
    errors.add(field, `说明需 ${LIMITS.note.min}–${LIMITS.note.max} 字 (note: ${LIMITS.note.min}–${LIMITS.note.max} characters)`);
  }
  errors.throwIfAny();
  return t;
}


/** Keywords of the categories residents and grid workers type in, first match wins (most specific first). */
const CATEGORY_KEYWORDS: readonly (readonly [DisputeType, readonly string[]])[] = [
  ['CONSTRUCTION_PAYMENT', ['工程款', '工程欠款', '包工']],
  ['LABOUR_WAGES', ['欠薪', '工资', '劳动', '讨薪', '工伤']],
  ['TRAFFIC_ACCIDENT', ['交通', '车祸', '事故', '碰撞']],
  ['MEDICAL', ['医患', '医疗', '医院']],
  ['PROPERTY_MANAGEMENT', ['物业', '停车', '电梯', '小区']],
  ['MARRIAGE_FAMILY', ['婚', '家庭', '赡养', '抚养', '家暴', '继承']],
  ['LAND', ['土地', '宅基地', '山林', '承包地', '界址', '征地']],
  ['DEBT', ['债', '借款', '欠款', '借贷']],
  ['CONSUMER', ['消费', '退费', '退款', '商家', '预付']],
  ['NEIGHBOUR', ['邻里', '邻居', '噪音', '漏水', '排水', '通道', '采光', '相邻']],
];

/** The dispute type a report category suggests: an enum name as such, else by keyword, else OTHER. */
export function disputeTypeForCategory(category: string): DisputeType {
  const c = category.trim();
  const upper = c.toUpperCase();
  if ((DISPUTE_TYPES as readonly string[]).includes(upper)) return upper as DisputeType;
  for (const [type, words] of CATEGORY_KEYWORDS) if (words.some((w) => c.includes(w))) return type;
  return 'OTHER';
}

export interface ConversionFacts {
  reportId: string;
  category: string;
  description: string;
  reporterName: string | null;
  reporterPhone: string | null;
  /** The grid worker record linked to the account that filed the report, if any. */
  reportingWorker: { name: string; phone: string | null } | null;
  grid: { id: string; name: string; leaderName: string | null; leaderPhone: string | null };
  lat: number;
  lng: number;
  complexity: string;
}

export interface IntakeCaseVariables {
  idempotencyKey: string;
  title: string;
  description: string;
  channel: 'GRID';
  type: DisputeType;
  regionId: string;
  parties: { name: string; role: 'APPLICANT'; phone: string | null }[];
  complexity: string;
}

const clip = (s: string, max: number) => ([...s].length <= max ? s : [...s].slice(0, max - 1).join('') + '…');

/**
 * The intake of a converted report. Decisions:
 * - regionId is the GRID's region: the most precise place, inside the converting user's jurisdiction
 *   even for a grid worker (its village would be above it), and cases finds the handling center as
 *   the lowest one above it (the village station: 小事不出村).
 * - The applicant is the resident who reported (reporterName/phone). A report without a name was
 *   filed by staff: the applicant is then the grid worker who filed it, else the grid leader (网格长)
 *   on the grid's behalf, else the grid itself — a case always has an applicant to call back.
 */
export function buildIntake(f: ConversionFacts): IntakeCaseVariables {
  let applicant: { name: string; phone: string | null };
  if (f.reporterName) applicant = { name: f.reporterName, phone: f.reporterPhone };
  else if (f.reportingWorker) applicant = { name: f.reportingWorker.name, phone: f.reporterPhone ?? f.reportingWorker.phone };
  else if (f.grid.leaderName) applicant = { name: f.grid.leaderName, phone: f.reporterPhone ?? f.grid.leaderPhone };
  else applicant = { name: clip(f.grid.name, 50), phone: f.reporterPhone };
  return {
    idempotencyKey: f.reportId,
    // Reports stored before the category rule may hold control characters; a title may not.
    title: clip(`网格上报：${f.category}（${f.grid.name}）`.replace(/[\u0000-\u001f\u007f]+/g, ' '), 100),
    description: clip(`${f.description}\n（网格随手拍转案件，上报位置：${f.lng.toFixed(6)}, ${f.lat.toFixed(6)}）`, 5000),
    channel: 'GRID',
    type: disputeTypeForCategory(f.category),
    regionId: f.grid.id,
    parties: [{ name: clip(applicant.name, 50), role: 'APPLICANT', phone: applicant.phone }],
    complexity: f.complexity,
  };
}
