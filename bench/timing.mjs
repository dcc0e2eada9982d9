// Timing helpers shared by the bench's node scripts: warm-up, then repeated runs, each figure a
// list of milliseconds (median, min and max are taken by report.mjs). A figure stops early when its
// runs pass a time budget (at least MIN_RUNS runs are kept), so a slow peer at 10,000 rows cannot
// make the whole bench take hours: report.mjs prints how many runs each figure has.
import { performance } from 'node:perf_hooks';

export const SIZES = process.env.BENCH_SIZES ? process.env.BENCH_SIZES.split(",").map(Number) : [10, 100, 1000, 10000];
const MIN_RUNS = 3;  // unless the plan asks for fewer

// Runs per size: fewer at 10,000 rows to keep `./build.sh bench` within about 15 minutes.
export function planFor(rows) {
  if (rows <= 100) return { warmup: 3, runs: 30, budgetMs: 8000 };
  if (rows <= 1000) return { warmup: 2, runs: 15, budgetMs: 15000 };
  return { warmup: 1, runs: 7, budgetMs: 25000 };
}

export async function timeRuns(plan, fn) {
  let sink = 0;
  for (let i = 0; i < plan.warmup; ++i) sink += size(await fn(i));
  const ms = [];
  let total = 0;
  for (let i = 0; i < plan.runs; ++i) {
    const t0 = performance.now();
    sink += size(await fn(plan.warmup + i));
    const d = performance.now() - t0;
    ms.push(d);
    total += d;
    if (total > plan.budgetMs && ms.length >= Math.min(MIN_RUNS, plan.runs)) break;
  }
  return { ms, sink };
}

function size(v) {
  if (v == null) return 0;
  if (typeof v === 'number') return v;
  return v.length ?? v.byteLength ?? 1;
}

// One figure as a JSON line on stdout (run.sh collects them into build/bench-results/*.jsonl).
export function emit(suite, figure, variant, rows, ms, bytes = 0, extra = {}) {
  process.stdout.write(JSON.stringify({ suite, figure, variant, rows, bytes, ms, ...extra }) + '\n');
}
