/**
 * Figures as the centers print them: counts with thousands separators (2,416), rates as percentages
 * with two decimals (化解率 95.83%), a rate without data as a dash (满意率 with no follow-up visit yet).
 * The graph gives rates as fractions rounded to four decimals, so two percentage decimals lose nothing.
 */
const COUNT = new Intl.NumberFormat('zh-CN');

export function formatCount(n: number): string {
  return COUNT.format(n);
}

export function formatRate(rate: number | null | undefined): string {
  if (rate === null || rate === undefined) return '—';
  // Rounded on the integer of basis points: 0.9583 → 95.83 exactly, no float tail.
  const bp = Math.round(rate * 10000);
  return `${Math.trunc(bp / 100)}.${String(Math.abs(bp % 100)).padStart(2, '0')}%`;
}
