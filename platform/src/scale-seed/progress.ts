/**
 * A hand-rolled progress bar on stderr: one line redrawn in place on a terminal, a line every few
 * seconds otherwise (CI logs), with rows/s and an ETA.
 */
export class Progress {
  private done = 0;
  private readonly started = Date.now();
  private lastDraw = 0;
  private readonly tty = !!process.stderr.isTTY;

  constructor(private readonly label: string, private readonly total: number) {
    this.draw(true);
  }

  add(n: number): void {
    this.done += n;
    this.draw(false);
  }

  finish(note = ''): void {
    this.done = Math.max(this.done, this.total);
    this.draw(true, note);
    if (this.tty) process.stderr.write('\n');
  }

  private draw(force: boolean, note = ''): void {
    const now = Date.now();
    if (!force && now - this.lastDraw < (this.tty ? 200 : 5000)) return;
    this.lastDraw = now;
    const frac = this.total > 0 ? Math.min(1, this.done / this.total) : 1;
    const width = 28;
    const filled = Math.round(frac * width);
    const secs = (now - this.started) / 1000;
    const rate = secs > 0 ? this.done / secs : 0;
    const eta = rate > 0 && frac < 1 ? ` ETA ${fmtSecs((this.total - this.done) / rate)}` : '';
    const line = `${this.label.padEnd(22)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(frac * 100).toFixed(0).padStart(3)}% `
      + `${this.done.toLocaleString('en')}/${this.total.toLocaleString('en')} ${Math.round(rate).toLocaleString('en')}/s ${fmtSecs(secs)}${eta}${note ? ' ' + note : ''}`;
    process.stderr.write(this.tty ? `\r${line}\x1b[K` : line + '\n');
  }
}

export function fmtSecs(s: number): string {
  if (s < 60) return `${s.toFixed(1)}s`;
  return `${Math.floor(s / 60)}m${String(Math.round(s % 60)).padStart(2, '0')}s`;
}
