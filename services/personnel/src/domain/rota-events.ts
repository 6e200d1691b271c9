/**
 * The dispatch board's words for a change of a center's stationing and rota (ROTA_CHANGED): which window,
 * which department, which month — never the staff named on it (the board is read beyond the center).
 */
import type { Mode, WindowKind } from './rota';

export type RotaChange = 'ROTA_PLANNED' | 'ROTA_REMOVED' | 'STATIONING_SET' | 'WINDOW_SET';

const MODE_NAMES: Readonly<Record<Mode, string>> = { RESIDENT: '常驻', ROTATING: '轮驻', ON_CALL: '随驻', CONTRACTED: '聘用' };
const WINDOW_KIND_NAMES: Readonly<Record<WindowKind, string>> = { INTAKE: '受理窗口', FIXED: '固定窗口', ROTATING: '轮驻窗口' };

export function rotaPlannedNote(center: string, year: number, month: number, windowNumber: number, department: string): string {
  return `${center} ${year}年${month}月 ${windowNumber} 号窗口安排${department}轮驻`;
}

export function rotaRemovedNote(center: string, year: number, month: number, windowNumber: number, department: string): string {
  return `${center} ${year}年${month}月 ${windowNumber} 号窗口撤销${department}轮驻安排`;
}

export function stationingNote(center: string, department: string, mode: Mode, months: readonly number[]): string {
  const when = mode === 'ROTATING' && months.length ? `（${months.join('、')}月）` : '';
  return `${center} ${department}入驻方式调整为${MODE_NAMES[mode]}${when}`;
}

export function windowNote(center: string, number: number, kind: WindowKind, label: string): string {
  return `${center} ${number} 号窗口设为${WINDOW_KIND_NAMES[kind]}：${label}`;
}
