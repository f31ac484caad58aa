/**
 * Benchmark: HumanEval's 164 canonical solutions as test programs (prompt + canonical solution,
 * then the `test` program and `check(entry_point)`), through a SandboxPool sized to the cores,
 * against a bare `python3 -I -S` (the interpreter and flags the sandbox's driver uses) running
 * the same program text, in the same run:
 *  - latency: each program once in the sandbox and once bare, one at a time, interleaved per
 *    problem; the sandbox's overhead per program is the difference;
 *  - throughput: all 164 at once through a pool of `availableParallelism()` sandboxes, and the
 *    same programs bare through the same number of concurrent processes.
 * Reads `data/humaneval-HumanEval.jsonl.gz` from ../shared/reference (or PRORL_REFERENCE_DIR).
 * Prints a Markdown section (copy it into docs/benchmarks/task-code.md).
 *
 *   pnpm --filter @prorl/task-code bench:humaneval     # BENCH_ROUNDS=3 by default
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { availableParallelism, cpus, loadavg } from "node:os";
import { gunzipSync } from "node:zlib";
import { referenceFile } from "@prorl/core/reference";
import pLimit from "p-limit";
import { Sandbox, SandboxPool } from "../src/index.js";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

interface Problem {
  task_id: string;
  prompt: string;
  canonical_solution: string;
  test: string;
  entry_point: string;
}

/** HumanEval's own check program: prompt + completion + test + check(entry_point). */
const bareProgram = (p: Problem) =>
  `${p.prompt}${p.canonical_solution}\n${p.test}\ncheck(${p.entry_point})\n`;

function runBare(python: string, program: string): Promise<{ ms: number; ok: boolean }> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(python, ["-I", "-S", "-c", program], { stdio: "ignore", env: {} });
    child.on("error", reject);
    child.on("close", (code) => resolve({ ms: performance.now() - start, ok: code === 0 }));
  });
}

async function runSandboxed(runner: Sandbox | SandboxPool, p: Problem) {
  const start = performance.now();
  const result = await runner.run({
    code: p.prompt + p.canonical_solution,
    inputs: [],
    testProgram: p.test,
    entryPoint: p.entry_point,
    primeImports: false,
  });
  return { ms: performance.now() - start, ok: result.tests[0]?.status === "ok" };
}

function quantile(samples: number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
}
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const fmt = (x: number, digits = 1) => x.toFixed(digits);

async function main() {
  const file = referenceFile("data/humaneval-HumanEval.jsonl.gz", import.meta.url);
  if (!file) {
    process.stderr.write(
      "SKIPPED: data/humaneval-HumanEval.jsonl.gz not found in ../shared/reference (set PRORL_REFERENCE_DIR)\n",
    );
    return;
  }
  const problems = gunzipSync(readFileSync(file))
    .toString("utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as Problem);
  const sandbox = new Sandbox();
  const info = await sandbox.info();
  const python = info.interpreter.executable;
  const cores = availableParallelism();
  const pool = new SandboxPool(sandbox, { concurrency: cores });
  const programs = problems.map(bareProgram);
  await runBare(python, "pass");
  await runSandboxed(sandbox, problems[0] as Problem);

  // Latency, one program at a time, bare and sandboxed interleaved per problem.
  const bare: number[] = [];
  const boxed: number[] = [];
  const overhead: number[] = [];
  let failures = 0;
  for (let round = 0; round < ROUNDS; round++) {
    for (const [i, p] of problems.entries()) {
      const b = await runBare(python, programs[i] as string);
      const s = await runSandboxed(sandbox, p);
      failures += (b.ok ? 0 : 1) + (s.ok ? 0 : 1);
      bare.push(b.ms);
      boxed.push(s.ms);
      overhead.push(s.ms - b.ms);
    }
  }

  // Throughput: all problems at once, `cores` at a time, bare and pooled alternately.
  const bareRate: number[] = [];
  const poolRate: number[] = [];
  const limit = pLimit(cores);
  for (let round = 0; round < ROUNDS; round++) {
    let start = performance.now();
    const bareRuns = await Promise.all(programs.map((text) => limit(() => runBare(python, text))));
    bareRate.push(problems.length / ((performance.now() - start) / 1000));
    start = performance.now();
    const poolRuns = await Promise.all(problems.map((p) => runSandboxed(pool, p)));
    poolRate.push(problems.length / ((performance.now() - start) / 1000));
    failures += bareRuns.filter((r) => !r.ok).length + poolRuns.filter((r) => !r.ok).length;
  }

  const row = (name: string, xs: number[]) =>
    `| ${name} | ${fmt(quantile(xs, 0.5))} | ${fmt(quantile(xs, 0.9))} | ${fmt(mean(xs))} |`;
  const lines = [
    `### HumanEval through the sandbox (${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC)`,
    "",
    `Machine: ${cpus().length}-core dev VM (${cpus()[0]?.model.trim()}), shared with other sessions; Node ${process.version}, ` +
      `${info.bwrapVersion ?? "no isolation"}, ${info.interpreter.version} (${python}), programs run as uid ${info.uid}. ` +
      `Load average at the end: ${loadavg()
        .map((l) => l.toFixed(1))
        .join(" / ")}.`,
    `Command: \`pnpm --filter @prorl/task-code bench:humaneval\` (${problems.length} problems, ROUNDS=${ROUNDS}).`,
    "",
    "| one program at a time | median ms | p90 ms | mean ms |",
    "| --- | ---: | ---: | ---: |",
    row("bare `python3 -I -S -c` (same interpreter, same program)", bare),
    row("sandboxed (`Sandbox.run`, test program mode)", boxed),
    row("overhead per program (sandboxed − bare, same problem)", overhead),
    "",
    `- **Throughput**, all ${problems.length} problems, ${cores} at a time: sandbox pool ${fmt(mean(poolRate))} problems/s ` +
      `(rounds: ${poolRate.map((r) => fmt(r)).join(", ")}); bare python3 ${fmt(mean(bareRate))} problems/s ` +
      `(${bareRate.map((r) => fmt(r)).join(", ")}); ratio ${fmt(mean(poolRate) / mean(bareRate), 2)}.`,
    `- **Correctness**: ${failures === 0 ? `every run passed (${problems.length} × ${ROUNDS * 2} sandboxed, as many bare)` : `${failures} runs failed`}.`,
    "",
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
  if (failures > 0) process.exitCode = 1;
}

await main();
