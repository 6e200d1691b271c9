/** The 以案定补 list as CSV (UTF-8 with BOM, so Excel opens the Chinese right), built from the typed query's answer. */
import type { CaseSubsidiesQuery } from '../../gql/graphql';
import { DISPUTE_TYPE } from '../../locales/zh-CN/enums';

type Report = CaseSubsidiesQuery['caseSubsidies'];

/** A cell quoted when it needs to be; a leading =, +, -, @ is neutralised (a name must not run as a formula in Excel). */
export function csvCell(v: string | number): string {
  let s = String(v);
  if (typeof v === 'string' && /^[=+\-@]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One row per mediator and dispute type, then the mediator's total and the month's. */
export function subsidyCsv(report: Report): string {
  const lines: (string | number)[][] = [['月份', '调解员', '纠纷类型', '办理', '化解', '标准（元/件）', '补贴（元）']];
  for (const m of report.mediators) {
    for (const l of m.lines) lines.push([report.month, m.mediator.name, DISPUTE_TYPE[l.type], l.handled, l.closed, l.rate, l.amount]);
    lines.push([report.month, m.mediator.name, '小计', m.handled, m.closed, '', m.amount]);
  }
  lines.push([report.month, '合计', '', report.handled, report.closed, '', report.amount]);
  return `\uFEFF${lines.map((l) => l.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

export function downloadCsv(filename: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
