// `prorl-eval serve` throughput and latency on loopback: /score and /openrlhf batches of 1, 64
// and 1,024 mixed-domain items from 1 to 64 concurrent clients, against the same items verified
// in-process (scoreItem, the floor) and through `prorl-eval score`'s scoreFile. The server runs
// as its own process (the CLI from source), with as many verification slots as cores.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { availableParallelism, cpus, loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { AnyTask, TaskRegistry } from "@prorl/core";
import { scoreFile } from "../src/score.js";
import { scoreItem } from "../src/score-item.js";
import { loadTaskRegistry } from "../src/task-packages.js";

const POOL = 1024;
/** Items verified per measurement (BENCH_ITEMS; default 2 × the pool). */
const ITEMS = Number(process.env.BENCH_ITEMS ?? 2 * POOL);
const CODE_EVERY = 16; // one code item in 16: the sandbox is ~100x the cost of the others
const CORES = availableParallelism();

interface Item {
  task: string;
  example: unknown;
  response: string;
  prompt: string;
}

/** A deterministic mix: math, logic, stem, if, and code, each about half right. */
function itemPool(registry: TaskRegistry): Item[] {
  const generated = (task: AnyTask, index: number) =>
    task.generator?.generate(task.generator.configSchema.parse({ seed: 7 }), index);
  const logic = registry
    .resolve("logic/*")
    .filter((t) => "referenceAnswer" in t)
    .slice(0, 12);
  const items: Item[] = [];
  for (let i = 0; items.length < POOL; i++) {
    const right = i % 2 === 0;
    const kind = i % CODE_EVERY === 0 ? "code" : (["math", "logic", "stem", "if"] as const)[i % 4];
    const task =
      kind === "logic" ? (logic[i % logic.length] as AnyTask) : registry.get(kind as string);
    const example = generated(task, i) as Record<string, unknown>;
    items.push({
      task: task.id,
      example,
      response: responseFor(task, example, right),
      prompt: task.prompt(example),
    });
  }
  return items;
}

function responseFor(task: AnyTask, example: Record<string, unknown>, right: boolean): string {
  const thinking = "<think>Let me work through this step by step.</think>";
  if (task.id === "code") {
    const body = right ? String(example.solution) : "print(0)";
    return `${thinking}\n\`\`\`python\n${body}\n\`\`\``;
  }
  if (task.id === "math" || task.id === "stem") {
    const answer = String(example.answer);
    const text = example.choices
      ? `Answer: ${right ? answer : "Z"}`
      : `\\boxed{${right ? answer : "0"}}`;
    return `${thinking} So ${text}`;
  }
  if (task.id === "if") return `${thinking}${right ? "A short reply." : "a, b, c"}`;
  const reference = (task as AnyTask & { referenceAnswer(e: unknown): string }).referenceAnswer(
    example,
  );
  return `${thinking}<answer>${right ? reference : "wrong"}</answer>`;
}

function startServer(): Promise<{ child: ChildProcess; url: string }> {
  const root = resolve(import.meta.dirname, "../../..");
  const child = spawn(
    process.execPath,
    [
      "-C",
      "@prorl/source",
      "--import",
      "tsx",
      "apps/eval/src/cli.ts",
      "serve",
      "--port",
      "0",
    ].concat(["--concurrency", String(CORES), "--queue", "1000000"]),
    { cwd: root, stdio: ["ignore", "ignore", "pipe"] },
  );
  return new Promise((done, fail) => {
    let stderr = "";
    child.stderr?.on("data", (chunk) => {
      stderr += chunk;
      const found = /listening on (http:\/\/\S+)/.exec(stderr);
      if (found?.[1]) done({ child, url: found[1] });
    });
    child.on("close", () => fail(new Error(`serve exited: ${stderr}`)));
  });
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

function body(endpoint: string, items: Item[]): unknown {
  if (endpoint === "/score") {
    return { items: items.map(({ task, example, response }) => ({ task, example, response })) };
  }
  return {
    query: items.map((it) => `${it.prompt}${it.response}<|im_end|>`),
    prompts: items.map((it) => it.prompt),
    labels: items.map((it) => JSON.stringify({ task: it.task, example: it.example })),
  };
}

interface Measured {
  endpoint: string;
  batch: number;
  clients: number;
  requests: number;
  seconds: number;
  p50: number;
  p99: number;
}

async function measure(
  url: string,
  endpoint: string,
  pool: Item[],
  batch: number,
  clients: number,
) {
  const requests = Math.max(clients, Math.ceil(ITEMS / batch / clients) * clients);
  const latencies: number[] = [];
  let next = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      for (let r = next++; r < requests; r = next++) {
        const items = Array.from({ length: batch }, (_, k) => pool[(r * batch + k) % POOL] as Item);
        const t0 = performance.now();
        const reply = await fetch(url + endpoint, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(body(endpoint, items)),
        });
        if (reply.status !== 200) throw new Error(`${endpoint}: HTTP ${reply.status}`);
        await reply.json();
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  process.stderr.write(`${endpoint} batch ${batch} clients ${clients}: ${seconds.toFixed(1)} s\n`);
  latencies.sort((a, b) => a - b);
  return {
    endpoint,
    batch,
    clients,
    requests,
    seconds,
    p50: quantile(latencies, 0.5),
    p99: quantile(latencies, 0.99),
  } satisfies Measured;
}

const { registry } = await loadTaskRegistry();
const pool = itemPool(registry);
const count = (task: string) => pool.filter((it) => it.task.split("/")[0] === task).length;

// Floor: every item verified in-process, CORES at a time (scoreItem, as the server does).
for (const item of pool.slice(0, 64)) await scoreItem(item, { registry }, "warm-up");
let next = 0;
const t0 = performance.now();
await Promise.all(
  Array.from({ length: CORES }, async () => {
    for (let i = next++; i < ITEMS; i = next++) {
      await scoreItem(pool[i % POOL], { registry }, "bench");
    }
  }),
);
const directPerItemMs = (performance.now() - t0) / ITEMS;
process.stderr.write(`in-process floor: ${directPerItemMs.toFixed(3)} ms per item\n`);

// prorl-eval score: the same items as a JSONL file through scoreFile.
const dir = await mkdtemp(join(tmpdir(), "prorl-serve-bench-"));
const lines = Array.from({ length: ITEMS }, (_, i) => {
  const { task, example, response } = pool[i % POOL] as Item;
  return JSON.stringify({ task, example, response });
});
await writeFile(join(dir, "in.jsonl"), `${lines.join("\n")}\n`);
const t1 = performance.now();
await scoreFile({
  input: join(dir, "in.jsonl"),
  output: join(dir, "out.jsonl"),
  registry,
  concurrency: CORES,
});
const scorePerItemMs = (performance.now() - t1) / ITEMS;
process.stderr.write(`scoreFile: ${scorePerItemMs.toFixed(3)} ms per item\n`);
await rm(dir, { recursive: true, force: true });

const { child, url } = await startServer();
const runs: Measured[] = [];
try {
  await measure(url, "/score", pool, 64, 2); // warm-up: sandbox probe, JIT
  for (const endpoint of ["/score", "/openrlhf"]) {
    for (const [batch, clientList] of [
      [1, [1, 8, 64]],
      [64, [1, 8, 64]],
      [1024, [1, 4]],
    ] as const) {
      for (const clients of clientList)
        runs.push(await measure(url, endpoint, pool, batch, clients));
    }
  }
} finally {
  child.kill("SIGTERM");
}

const fmt = (x: number, digits = 1) =>
  x.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
const rows = runs.map((m) => {
  const items = m.requests * m.batch;
  const perItem = (m.seconds * 1000) / items;
  return `| \`${m.endpoint}\` | ${m.batch} | ${m.clients} | ${m.requests} | ${fmt(m.requests / m.seconds)} | ${fmt(items / m.seconds, 0)} | ${fmt(m.p50)} | ${fmt(m.p99)} | ${fmt(perItem / directPerItemMs, 2)} |`;
});

console.log(`## @prorl/eval: \`prorl-eval serve\`

Date: ${new Date().toISOString().slice(0, 10)}. Machine: ${CORES} × ${cpus()[0]?.model.trim()}, Node ${process.version}; shared with other jobs (load average ${loadavg()[0]?.toFixed(1)} at the end), so compare ratios, not absolute rates.
Command: \`pnpm --filter @prorl/eval bench\` (bench/serve.ts). Server: \`prorl-eval serve --concurrency ${CORES}\` as its own process, client in the bench process, loopback.

Items: a fixed mix of ${POOL} (math ${count("math")}, logic ${count("logic")} over 12 Reasoning Gym tasks, stem ${count("stem")}, if ${count("if")}, code ${count("code")} run in the bubblewrap sandbox), half of them right.

| | ms per item | items/s |
| --- | ---: | ---: |
| verified in-process (\`scoreItem\`, ${CORES} at a time): the floor | ${fmt(directPerItemMs, 3)} | ${fmt(1000 / directPerItemMs, 0)} |
| \`prorl-eval score\` (\`scoreFile\`, concurrency ${CORES}) | ${fmt(scorePerItemMs, 3)} | ${fmt(1000 / scorePerItemMs, 0)} |

| endpoint | batch | clients | requests | requests/s | items/s | p50 ms | p99 ms | time per item ÷ floor |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${rows.join("\n")}
`);
