import os from 'node:os';
import { CpuMeter, postgresPids } from './cpu';

// CpuMeter reads /proc (Linux, as the bench machine): elsewhere these fail rather than skip.
describe('CpuMeter', () => {
  it('counts the CPU a process spends between start and stop, per group', () => {
    const meter = new CpuMeter({ self: () => [process.pid], gone: () => [2 ** 22 + 1] });
    meter.start();
    // Spin until this process has used 150 ms of CPU (not of wall time: a busy machine may give it less).
    const cpuMs = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
    const until = cpuMs() + 150;
    let x = 0;
    while (cpuMs() < until) x += Math.sqrt(x + 1);
    const ms = meter.stop();
    expect(x).toBeGreaterThan(0);
    // Clock ticks are 10 ms: 150 ms of CPU reads as at least 100.
    expect(ms.self).toBeGreaterThanOrEqual(100);
    expect(ms.self).toBeLessThan(2_000);
    expect(ms.gone).toBe(0);
  });

  it('finds no PostgreSQL where there is no postmaster.pid', () => {
    expect(postgresPids(os.tmpdir() + '/no-such-pg-dir')).toEqual([]);
  });
});
