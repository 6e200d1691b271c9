/**
 * The load generator: a child process (pinned by the runner to the core the gateway does not use)
 * that runs autocannon on request of the runner, over IPC. One process for the whole run, so its start
 * is not paid per step.
 *
 * Varied requests: each step gets a pool of request bodies (different variables). Each request draws
 * one: with probability `hotShare` from the first `hotCount` bodies (the page everybody opens), else
 * uniformly from the whole pool. Concurrent requests therefore mostly differ, with some repetition as
 * in real traffic, and in-flight deduplication is not measured on identical requests only.
 * `__UNIQ__` in a body is replaced per request by a run-unique string (idempotency keys).
 */
import autocannon from 'autocannon';
import type { LoadSpec, LoadResult } from './load';

function percent(n: number, d: number): number {
  return d ? Math.round((n / d) * 10000) / 100 : 0;
}

function runOnce(spec: LoadSpec, duration: number, measure: boolean): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    let seq = 0;
    let graphqlErrors = 0;
    let responses = 0;
    const sampleErrors: string[] = [];
    const bodies = spec.bodies.map((b) => ({ text: b, uniq: b.includes('__UNIQ__') }));
    const prefix = `${spec.uniqPrefix}-${measure ? 'm' : 'w'}`;
    const hotShare = spec.hotShare ?? 0.2;
    const hotCount = spec.hotCount ?? 5;
    const instance = autocannon(
      {
        url: spec.url,
        connections: spec.connections,
        duration,
        pipelining: 1,
        timeout: spec.timeoutSeconds ?? 10,
        headers: { 'content-type': 'application/json', ...spec.headers },
        requests: [
          {
            method: 'POST',
            // (autocannon resets the per-connection context after every request when there is one
            // request template, so the choice is random rather than a per-connection walk.)
            setupRequest(req) {
              const hot = Math.min(hotCount, bodies.length);
              const i = Math.random() < hotShare ? Math.floor(Math.random() * hot) : Math.floor(Math.random() * bodies.length);
              const b = bodies[i];
              const body = b.uniq ? b.text.replaceAll('__UNIQ__', `${prefix}-${seq++}`) : b.text;
              return { ...req, method: 'POST', body };
            },
            onResponse(status, body) {
              responses++;
              // A GraphQL error is a failed request even with HTTP 200.
              if (status !== 200 || body.includes('"errors"')) {
                graphqlErrors++;
                if (sampleErrors.length < 3) sampleErrors.push(`${status} ${body.slice(0, 400)}`);
              }
            },
          },
        ],
      },
      (err, r) => {
        if (err) return reject(err);
        // Nothing answered within the step: every request took longer than the step itself.
        if (responses === 0) sampleErrors.push(`no response completed within ${duration} s`);
        resolve({
          requestsPerSecond: Math.round(r.requests.average * 10) / 10,
          latencyMs: { p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, max: r.latency.max, mean: Math.round(r.latency.mean * 100) / 100 },
          total: r.requests.total ?? responses,
          responses,
          durationSeconds: r.duration,
          errors: r.errors,
          timeouts: r.timeouts,
          non2xx: r.non2xx,
          graphqlErrors,
          errorRate: responses === 0 ? 100 : percent(graphqlErrors + r.errors + r.timeouts, responses + r.errors + r.timeouts),
          sampleErrors,
          connections: spec.connections,
        });
      },
    );
    void instance;
  });
}

process.on('message', (msg: { id: number; spec: LoadSpec }) => {
  void (async () => {
    try {
      if (msg.spec.warmupSeconds > 0) await runOnce(msg.spec, msg.spec.warmupSeconds, false);
      const result = await runOnce(msg.spec, msg.spec.durationSeconds, true);
      process.send!({ id: msg.id, result });
    } catch (err) {
      process.send!({ id: msg.id, error: (err as Error).message });
    }
  })();
});
process.on('disconnect', () => process.exit(0));
process.send!({ ready: true });
