/**
 * A small HTTP load generator, run as its own process (forked by load.ts) so
 * that it does not share an event loop with the server it measures. Each of
 * `connections` loops sends one request at a time over a keep-alive socket,
 * back to back, for the warm-up and then the measured period.
 */
import http from 'node:http';
import { performance } from 'node:perf_hooks';

export interface LoadRequest {
  headers: Record<string, string>;
  body: string;
}

export interface LoadPlan {
  url: string;
  method: string;
  /** Connection i sends requests[i % requests.length]. */
  requests: LoadRequest[];
  connections: number;
  warmupMs: number;
  durationMs: number;
}

export interface LoadResult {
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Answers outside 2xx, by status. */
  unexpected: Record<string, number>;
  errors: number;
}

function send(agent: http.Agent, plan: LoadPlan, request: LoadRequest): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      plan.url,
      {
        method: plan.method,
        agent,
        headers: { ...request.headers, 'content-length': Buffer.byteLength(request.body) },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(request.body);
  });
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export async function generateLoad(plan: LoadPlan): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: plan.connections });
  const started = performance.now();
  const measureFrom = started + plan.warmupMs;
  const stopAt = measureFrom + plan.durationMs;
  const latencies: number[] = [];
  const unexpected: Record<string, number> = {};
  let errors = 0;

  const connection = async (index: number) => {
    const request = plan.requests[index % plan.requests.length]!;
    // Bounded by time: the loop ends by itself once the measured period is over.
    while (performance.now() < stopAt) {
      const sentAt = performance.now();
      try {
        const status = await send(agent, plan, request);
        if (sentAt < measureFrom) continue;
        latencies.push(performance.now() - sentAt);
        if (status < 200 || status > 299) unexpected[status] = (unexpected[status] ?? 0) + 1;
      } catch {
        errors += 1;
        if (errors > 1000) return; // the server is gone; stop hammering
      }
    }
  };
  await Promise.all(Array.from({ length: plan.connections }, (_, i) => connection(i)));
  agent.destroy();

  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    requestsPerSecond: latencies.length / (plan.durationMs / 1000),
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    unexpected,
    errors,
  };
}

// Run as a child: take one plan from the parent, answer with the result, exit.
if (process.send) {
  process.once('message', (plan: LoadPlan) => {
    void generateLoad(plan).then((result) => {
      process.send!(result, () => process.disconnect());
    });
  });
}
