/**
 * Benchmark of the sandbox: overhead of one sandboxed run against a bare `python3 -c pass`,
 * and sandboxed test executions per second through a pool sized to the cores.
 * Prints a Markdown section (copy it into docs/benchmarks/task-code.md).
 *
 *   pnpm --filter @prorl/task-code bench            # default sizes
 *   BENCH_RUNS=60 BENCH_PROGRAMS=80 pnpm --filter @prorl/task-code bench
 */
import { spawn } from "node:child_process";
import { availableParallelism, cpus, loadavg } from "node:os";
import { Sandbox, SandboxPool } from "../src/index.js";

const RUNS = Number(process.env.BENCH_RUNS ?? 40);
const PROGRAMS = Number(process.env.BENCH_PROGRAMS ?? 60);
const TESTS = Number(process.env.BENCH_TESTS ?? 10);

function spawnOnce(argv: string[], env: NodeJS.ProcessEnv = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(argv[0] as string, argv.slice(1), { stdio: "ignore", env });
    child.on("error", reject);
    child.on("close", () => resolve(performance.now() - start));
  });
}

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const pick = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
  const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
  return { median: pick(0.5), p90: pick(0.9), mean };
}

const fmt = (x: number) => x.toFixed(1);

async function main() {
  const sandbox = new Sandbox({ limits: { totalTimeoutMs: 10_000, testTimeoutMs: 10_000 } });
  const info = await sandbox.info();
  const python = info.interpreter.executable;

  // Interleave the measurements so that load from other processes hits all of them alike.
  const bare: number[] = [];
  const sandboxed: number[] = [];
  const sandboxedNoImports: number[] = [];
  const oneTestRuns: number[] = [];
  const twentyTestRuns: number[] = [];
  const timed = async (into: number[], fn: () => Promise<unknown>) => {
    const start = performance.now();
    await fn();
    into.push(performance.now() - start);
  };
  await spawnOnce([python, "-c", "pass"]);
  await sandbox.run({ code: "pass", inputs: [""] });
  const echo = "print(input())";
  for (let i = 0; i < RUNS; i++) {
    bare.push(await spawnOnce([python, "-c", "pass"]));
    await timed(sandboxed, () => sandbox.run({ code: "pass", inputs: [""] }));
    await timed(sandboxedNoImports, () =>
      sandbox.run({ code: "pass", inputs: [""], primeImports: false }),
    );
    await timed(oneTestRuns, () => sandbox.run({ code: echo, inputs: ["1"] }));
    await timed(twentyTestRuns, () => sandbox.run({ code: echo, inputs: Array(20).fill("1") }));
  }
  const sBare = stats(bare);
  const sBox = stats(sandboxed);
  const sBoxNo = stats(sandboxedNoImports);
  const oneTest = stats(oneTestRuns);
  const perTest = stats(twentyTestRuns);

  // Throughput through a pool sized to the cores.
  const pool = new SandboxPool(sandbox);
  const code = "a, b = map(int, input().split())\nprint(a + b)";
  const inputs = Array.from({ length: TESTS }, (_, i) => `${i} ${i + 1}`);
  const start = performance.now();
  const results = await Promise.all(
    Array.from({ length: PROGRAMS }, () => pool.run({ code, inputs })),
  );
  const seconds = (performance.now() - start) / 1000;
  const okTests = results.reduce((n, r) => n + r.tests.filter((t) => t.status === "ok").length, 0);
  const callInputs = Array.from({ length: TESTS }, (_, i) => `${i}\n${i + 1}`);
  const startCall = performance.now();
  await Promise.all(
    Array.from({ length: PROGRAMS }, () =>
      pool.run({ code: "def add(a, b):\n    return a + b", fnName: "add", inputs: callInputs }),
    ),
  );
  const secondsCall = (performance.now() - startCall) / 1000;

  const lines = [
    `### Sandbox benchmark (${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC)`,
    "",
    `Machine: ${cpus().length}-core dev VM (${cpus()[0]?.model.trim()}), Node ${process.version}, ` +
      `${info.bwrapVersion ?? "no isolation"}, ${info.interpreter.version} (${python}), ` +
      `programs run as uid ${info.uid}. Load average at the end: ${loadavg()
        .map((l) => l.toFixed(1))
        .join(" / ")}.`,
    `Command: \`pnpm --filter @prorl/task-code bench\` (RUNS=${RUNS}, PROGRAMS=${PROGRAMS}, TESTS=${TESTS}).`,
    "",
    "| measurement | median ms | p90 ms | mean ms |",
    "| --- | ---: | ---: | ---: |",
    `| bare \`python3 -c pass\` (reference, same interpreter) | ${fmt(sBare.median)} | ${fmt(sBare.p90)} | ${fmt(sBare.mean)} |`,
    `| sandboxed run of \`pass\`, 1 test, PRIME imports | ${fmt(sBox.median)} | ${fmt(sBox.p90)} | ${fmt(sBox.mean)} |`,
    `| sandboxed run of \`pass\`, 1 test, no PRIME imports | ${fmt(sBoxNo.median)} | ${fmt(sBoxNo.p90)} | ${fmt(sBoxNo.mean)} |`,
    `| sandboxed \`print(input())\`, 1 test | ${fmt(oneTest.median)} | ${fmt(oneTest.p90)} | ${fmt(oneTest.mean)} |`,
    `| sandboxed \`print(input())\`, 20 tests | ${fmt(perTest.median)} | ${fmt(perTest.p90)} | ${fmt(perTest.mean)} |`,
    "",
    `- **Overhead per sandboxed run vs bare python3**: ${fmt(sBox.median - sBare.median)} ms (median, PRIME imports), ` +
      `${fmt(sBoxNo.median - sBare.median)} ms without them.`,
    `- **Each further stdin test** in the same sandbox: ${fmt((perTest.median - oneTest.median) / 19)} ms.`,
    `- **Throughput, pool of ${pool.concurrency} on ${availableParallelism()} cores**: ${PROGRAMS} programs × ${TESTS} stdin tests in ` +
      `${seconds.toFixed(2)} s = ${(okTests / seconds).toFixed(0)} test executions/s (${(PROGRAMS / seconds).toFixed(1)} programs/s); ` +
      `call-based: ${((PROGRAMS * TESTS) / secondsCall).toFixed(0)} test executions/s (${(PROGRAMS / secondsCall).toFixed(1)} programs/s).`,
    "",
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
  if (okTests !== PROGRAMS * TESTS) {
    process.stderr.write(`warning: only ${okTests}/${PROGRAMS * TESTS} tests passed\n`);
  }
}

await main();
