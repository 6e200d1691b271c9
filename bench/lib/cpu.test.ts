import os from 'node:os';
import { CpuMeter, postgresPids } from './cpu';

const linux = process.platform === 'linux';

(linux ? describe : describe.skip)('CpuMeter', () => {
  it('counts the CPU a process spends between start and stop, per group', () => {
    const meter = new CpuMeter({ self: () => [process.pid], gone: () => [2 ** 22 + 1] });
    meter.start();
    const until = Date.now() + 150;
    let x = 0;
    while (Date.now() < until) x += Math.sqrt(x + 1);
    const ms = meter.stop();
    expect(x).toBeGreaterThan(0);
    expect(ms.self).toBeGreaterThanOrEqual(50);
    expect(ms.self).toBeLessThan(2_000);
    expect(ms.gone).toBe(0);
  });

  it('finds no PostgreSQL where there is no postmaster.pid', () => {
    expect(postgresPids(os.tmpdir() + '/no-such-pg-dir')).toEqual([]);
  });
});
