import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { promptsFileText } from "@prorl/core";
import { ByteTokenizer, CausalLM, parseConfig, saveModel, selectBackend } from "@prorl/model";
import { Sandbox, SandboxUnavailableError } from "@prorl/task-code";
import { describe, expect, it } from "vitest";
import type { Engine, GenerationRequest } from "./engines.js";
import { main } from "./program.js";
import { type RunResults, runEval } from "./run.js";
import { loadEvalConfig, parseEvalConfig } from "./run-config.js";
import { loadTaskRegistry } from "./task-packages.js";
import { captureOutput } from "./testing/capture-output.js";

const fixture = resolve(import.meta.dirname, "../test-fixtures/eval-tasks.mjs");
const { stdout, stderr } = captureOutput();

const run = (...args: string[]) => main(["node", "prorl-eval", ...args]);

/** Two file problems (math) and two generated continuous problems (if), replayed with n = 4. */
async function replaySetup(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "prorl-run-"));
  await writeFile(
    join(dir, "qa.jsonl"),
    [
      { question: "capital of France?", answer: "Paris" },
      { question: "2*3?", answer: "6" },
    ]
      .map((r) => JSON.stringify(r))
      .join("\n"),
  );
  const generations = [
    // 2 of 4 correct
    { prompt: "capital of France?", responses: ["Paris", "Lyon", " Paris ", "Nice"] },
    // 0 of 4 correct, written as a vLLM-style record in two lines
    {
      prompt: "2*3?",
      outputs: [
        { text: "5", finish_reason: "length" },
        { text: "7", finish_reason: "stop" },
      ],
    },
    {
      prompt: "2*3?",
      choices: [{ text: "8", finish_reason: "stop" }, { message: { content: "9" } }],
    },
    // continuous: rewards 1, 0.5, 0.5, 0
    { task: "demo/words", prompt: "Say: w0 x0", responses: ["w0 x0", "w0", "x0", "no"] },
    // rewards 1, 1, 1, 1
    { prompt: "Say: w1 x1", responses: ["w1 x1", "x1 w1", "w1 x1 y", "a w1 x1"] },
  ];
  await writeFile(join(dir, "gens.jsonl"), generations.map((g) => JSON.stringify(g)).join("\n"));
  await writeFile(
    join(dir, "eval.yaml"),
    [
      "name: base",
      "output: out",
      "engine: { type: replay, file: gens.jsonl }",
      "sampling: { n: 4 }",
      "k: [1, 2, 4]",
      `tasks: [${JSON.stringify(fixture)}]`,
      "benchmarks:",
      "  seed: 3",
      "  components:",
      "    - { name: QA, task: demo/exact, source: { file: qa.jsonl }, count: 2 }",
      "    - { name: Words, task: demo/words, source: { generator: {} }, count: 2 }",
    ].join("\n"),
  );
  return dir;
}

/** A random byte-tokenizer model in the Hugging Face layout, for the local engine. */
async function saveRandomModel(dir: string): Promise<void> {
  await selectBackend("cpu");
  const tokenizer = new ByteTokenizer();
  const modelConfig = parseConfig({
    model_type: "qwen2",
    vocab_size: tokenizer.vocabSize,
    hidden_size: 32,
    intermediate_size: 64,
    num_hidden_layers: 1,
    num_attention_heads: 4,
    num_key_value_heads: 2,
    eos_token_id: tokenizer.eosTokenId,
  });
  await saveModel(CausalLM.random(modelConfig, 3), dir);
}

describe("prorl-eval run with the replay engine", () => {
  it("scores stored generations and reports pass@k computed by hand", async () => {
    const dir = await replaySetup();
    expect(await run("run", "--config", join(dir, "eval.yaml"))).toBe(0);
    const results = JSON.parse(await readFile(join(dir, "out/results.json"), "utf8")) as RunResults;
    const qa = results.tasks.find((t) => t.benchmark === "QA");
    // Problem 1: n=4, c=2. pass@1 = 1/2, pass@2 = 1 - C(2,2)/C(4,2) = 5/6, pass@4 = 1.
    // Problem 2: c=0, every pass@k = 0. Averages: 1/4, 5/12, 1/2.
    expect(qa?.passAtK["1"]).toBeCloseTo(0.25, 12);
    expect(qa?.passAtK["2"]).toBeCloseTo(5 / 12, 12);
    expect(qa?.passAtK["4"]).toBeCloseTo(0.5, 12);
    expect(qa?.meanReward).toBeCloseTo(0.25, 12);
    // Finish reasons known for 3 samples, one of them cut at max tokens; none for Words.
    expect(qa?.truncated).toBeCloseTo(1 / 3, 12);
    expect(results.tasks.find((t) => t.benchmark === "Words")?.truncated).toBeNull();
    expect([...(qa?.pass1PerProblem ?? [])].sort()).toEqual([0, 0.5]);
    const words = results.tasks.find((t) => t.benchmark === "Words");
    // Mean reward: (0.5 + 1) / 2; correct only at reward 1: c=1 and c=4.
    expect(words?.meanReward).toBeCloseTo(0.75, 12);
    expect(words?.passAtK["1"]).toBeCloseTo((0.25 + 1) / 2, 12);
    expect(words?.rewardType).toBe("continuous");
    expect(results.domains.map((d) => d.domain).sort()).toEqual(["if", "math"]);
    const markdown = await readFile(join(dir, "out/results.md"), "utf8");
    expect(markdown).toMatch(/## Math/);
    expect(markdown).toMatch(/; 33\.33% of samples cut at max tokens/);
    expect(markdown).toMatch(/\| base pass@2 \| 41\.67 \| 41\.67 \|/);
    expect(markdown).toMatch(/\| base mean reward \| 75\.00 \| 75\.00 \|/);
    expect(stdout.join("")).toBe(`${markdown}`);
    const details = (await readFile(join(dir, "out/samples.jsonl"), "utf8"))
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    const paris = details.find((d) => d.example.answer === "Paris");
    expect(paris).toMatchObject({ benchmark: "QA", task: "demo/exact", rewards: [1, 0, 1, 0] });
    expect(paris.reasons).toEqual(["match", "mismatch", "match", "mismatch"]);
    expect(details).toHaveLength(4);
    expect(stderr.join("")).toMatch(/wrote .*out \(results\.json, results\.md, 4 plots\)/);
    expect((await readdir(join(dir, "out/plots"))).sort()).toEqual([
      "pass1-QA.svg",
      "pass1-Words.svg",
      "passk-QA.svg",
      "passk-Words.svg",
    ]);
  });

  it("fails with one line when a prompt has too few generations", async () => {
    const dir = await replaySetup();
    const config = (await readFile(join(dir, "eval.yaml"), "utf8")).replace("n: 4", "n: 5");
    await writeFile(join(dir, "eval.yaml"), config.replace("k: [1, 2, 4]", "k: [1]"));
    expect(await run("run", "--config", join(dir, "eval.yaml"), "-q")).toBe(1);
    expect(stderr.join("")).toMatch(
      /^prorl-eval: replay: 4 generations for a demo\/\w+ prompt, 5 needed/,
    );
    expect(stderr.join("").trim().split("\n")).toHaveLength(1);
  });

  it("passes taskOptions to the verifiers, and refuses options a task does not declare", async () => {
    const dir = await replaySetup();
    const config = await readFile(join(dir, "eval.yaml"), "utf8");
    await writeFile(
      join(dir, "eval.yaml"),
      `${config}\ntaskOptions: { "demo/*x*": { also: [Lyon] } }\n`,
    );
    expect(await run("run", "--config", join(dir, "eval.yaml"), "-q")).toBe(0);
    const results = JSON.parse(await readFile(join(dir, "out/results.json"), "utf8")) as RunResults;
    // Lyon is now accepted: 3 of 4 on the first problem, 0 on the second.
    expect(results.tasks.find((t) => t.benchmark === "QA")?.passAtK["1"]).toBeCloseTo(3 / 8, 12);
    await writeFile(
      join(dir, "eval.yaml"),
      `${config}\ntaskOptions: { demo/words: { also: [x] } }\n`,
    );
    expect(await run("run", "--config", join(dir, "eval.yaml"), "-q")).toBe(1);
    expect(stderr.join("")).toMatch(
      /^prorl-eval: taskOptions\.demo\/words: task demo\/words takes no options \(got "also"\)$/m,
    );
  });

  it("tells on stderr when a benchmark's source has fewer problems than asked", async () => {
    const dir = await replaySetup();
    const config = (await readFile(join(dir, "eval.yaml"), "utf8")).replace(
      "count: 2 }",
      "count: 5 }",
    );
    await writeFile(join(dir, "eval.yaml"), config);
    expect(await run("run", "--config", join(dir, "eval.yaml"))).toBe(0);
    expect(stderr.join("")).toMatch(/^benchmark QA: 2 problems, not 5 \(its source has 2\)$/m);
  });
});

describe("the shipped example (examples/eval)", () => {
  it("runs offline on the real task packages with the counts its generations were made with", async () => {
    const config = await loadEvalConfig(
      resolve(import.meta.dirname, "../../../examples/eval/base.yaml"),
    );
    const output = await mkdtemp(join(tmpdir(), "prorl-example-"));
    const { registry } = await loadTaskRegistry();
    const results = await runEval({ ...config, output }, { registry });
    const passAt1 = Object.fromEntries(results.tasks.map((t) => [t.benchmark, t.passAtK["1"]]));
    // Correct samples of 4: math problems 1, 2, 4, 0; spell_backward 0, 1, 3.
    expect(passAt1.MiniMath).toBeCloseTo((1 + 2 + 4 + 0) / 16, 12);
    expect(passAt1.spell_backward).toBeCloseTo((0 + 1 + 3) / 12, 12);
  });
});

/** Whether bubblewrap works here (the code benchmarks need it). */
async function sandboxWorks(): Promise<boolean> {
  try {
    await new Sandbox().info();
    return true;
  } catch (error) {
    if (error instanceof SandboxUnavailableError) return false;
    throw error;
  }
}

describe("the shipped paper code evaluation (examples/eval/paper-code.yaml)", () => {
  const path = resolve(import.meta.dirname, "../../../examples/eval/paper-code.yaml");

  it("uses the paper's sampling and reads the three files it is pointed to", async () => {
    const config = await loadEvalConfig(path);
    expect(config.sampling).toMatchObject({ n: 16, temperature: 0.6, topP: 0.95 });
    expect(config.k).toEqual([1]);
    expect(config.taskOptions).toEqual({ code: { testTimeoutMs: 6000, totalTimeoutMs: 60000 } });
  });

  it("scores PRIME, HumanEval+ and LiveCodeBench rows as their files hold them", async (context) => {
    if (!(await sandboxWorks())) context.skip();
    const dir = await mkdtemp(join(tmpdir(), "prorl-paper-code-"));
    const sum = "a, b = map(int, input().split())\nprint(a + b)";
    // Eurus-2-RL validation rows: one math row (skipped), a stdin and a call-based code row.
    const prime = [
      {
        prompt: [{ role: "user", content: "What is 1+1?" }],
        ability: "math",
        reward_model: { ground_truth: "2" },
      },
      {
        prompt: [{ role: "user", content: "PRIME-1: print the sum of two integers." }],
        ability: "code",
        data_source: "codecontests",
        reward_model: { ground_truth: JSON.stringify({ inputs: ["1 2\n"], outputs: ["3\n"] }) },
      },
      {
        prompt: [{ role: "user", content: "PRIME-2: implement twice(x)." }],
        ability: "code",
        data_source: "apps",
        reward_model: { ground_truth: { inputs: ["4"], outputs: ["8"], fn_name: "twice" } },
      },
    ];
    await writeFile(join(dir, "validation.jsonl"), prime.map((r) => JSON.stringify(r)).join("\n"));
    const plus = {
      task_id: "HumanEval/fixture",
      prompt: 'def inc(x: int) -> int:\n    """HE-1: x + 1."""\n',
      canonical_solution: "    return x + 1\n",
      entry_point: "inc",
      contract: "",
      base_input: [[1], [2]],
      plus_input: [[-7], [10 ** 12]],
      atol: 0,
    };
    await writeFile(join(dir, "HumanEvalPlus.jsonl.gz"), gzipSync(`${JSON.stringify(plus)}\n`));
    const lcb = {
      question_content: "LCB-1: print A+B.",
      platform: "atcoder",
      question_id: "abc000_a",
      contest_date: "2024-09-01T00:00:00",
      starter_code: "",
      public_test_cases: JSON.stringify([{ input: "2 3\n", output: "5\n", testtype: "stdin" }]),
      // base64(zlib(pickle(json))) of two stdin cases (1 2 -> 3, 5 5 -> 10), as LiveCodeBench ships it
      private_test_cases:
        "eJxrYJlayQABPaXR1UqZeQWlJUpWCkqGCkYxeUo6Ckr5pSVQIWOIQElqcUlJZUEqSKi4JCUzT6lWRwFJp6mCKbpOQwOcWmOn6AEAk/gmmQ==",
      metadata: "{}",
    };
    await writeFile(join(dir, "lcb.jsonl"), `${JSON.stringify(lcb)}\n`);

    // Sample 1 of each problem is right, sample 2 wrong: pass@1 = 1/2 everywhere.
    const right: [string, string][] = [
      ["PRIME-1", sum],
      ["PRIME-2", "def twice(x):\n    return 2 * x"],
      ["HE-1", "    return x + 1\n"],
      ["LCB-1", sum],
    ];
    const engine: Engine = {
      description: "fixture",
      fingerprint: "fixture",
      concurrency: 4,
      maxSamplesPerRequest: 16,
      cacheable: false,
      async generate(request: GenerationRequest) {
        const code = right.find(([tag]) => request.prompt.includes(tag))?.[1] ?? "print(0)";
        const texts = [code, "print(0)"].map((c) => `\`\`\`python\n${c}\n\`\`\``);
        return { texts: texts.slice(0, request.count), finishReasons: texts.map(() => "stop") };
      },
    };
    const env = {
      PRORL_PRIME_VALIDATION: join(dir, "validation.jsonl"),
      PRORL_HUMANEVAL_PLUS: join(dir, "HumanEvalPlus.jsonl.gz"),
      PRORL_LIVECODEBENCH: join(dir, "lcb.jsonl"),
    };
    const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
    Object.assign(process.env, env);
    const notices: string[] = [];
    try {
      const config = await loadEvalConfig(path);
      const { registry } = await loadTaskRegistry();
      const results = await runEval(
        { ...config, output: join(dir, "out"), sampling: { ...config.sampling, n: 2 } },
        { registry, engine, onNotice: (m) => notices.push(m) },
      );
      const passAt1 = Object.fromEntries(results.tasks.map((t) => [t.benchmark, t.passAtK["1"]]));
      expect(passAt1).toEqual({ PRIME: 0.5, "HumanEval+": 0.5, LiveCodeBench: 0.5 });
      const problems = Object.fromEntries(results.tasks.map((t) => [t.benchmark, t.problems]));
      expect(problems).toEqual({ PRIME: 2, "HumanEval+": 1, LiveCodeBench: 1 });
      expect(notices).toContain(
        "benchmark PRIME: skipped 1 rows that its loader refuses (onInvalidRow: skip)",
      );
    } finally {
      for (const [key, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
  });
});

describe("eval config", () => {
  const base = {
    name: "x",
    output: "out",
    engine: { type: "replay", file: "g.jsonl" },
    benchmarks: "blend.yaml",
  };

  it("applies the paper's evaluation defaults and k = 1, 2, 4, ..., n", () => {
    const config = parseEvalConfig(base, "/tmp/cfg");
    expect(config.sampling).toMatchObject({ n: 16, temperature: 0.6, topP: 0.95 });
    expect(config.k).toEqual([1, 2, 4, 8, 16]);
    expect(config.output).toBe("/tmp/cfg/out");
    expect(config.benchmarks).toBe("/tmp/cfg/blend.yaml");
    expect(parseEvalConfig({ ...base, sampling: { n: 12 } }).k).toEqual([1, 2, 4, 8, 12]);
  });

  it("reports a bad key, an unknown key and k > n with their paths", () => {
    expect(() => parseEvalConfig({ ...base, sampling: { topP: 2 } })).toThrow(/sampling\.topP/);
    expect(() => parseEvalConfig({ ...base, sampling: { nn: 3 } })).toThrow(/sampling.*nn/);
    expect(() => parseEvalConfig({ ...base, sampling: { n: 4 }, k: [1, 8] })).toThrow(
      /k\.1: pass@8 needs k <= sampling\.n \(4\)/,
    );
    expect(() =>
      parseEvalConfig({ ...base, engine: { type: "openai", baseURL: "not a url", model: "m" } }),
    ).toThrow(/engine\.baseURL/);
  });

  it("runs a local @prorl/model directory, and names a missing one in one line", async () => {
    const dir = await replaySetup();
    await saveRandomModel(join(dir, "model"));
    const local = "engine: { type: local, model: ./model, tokenizer: byte, backend: cpu }";
    const config = (await readFile(join(dir, "eval.yaml"), "utf8"))
      .replace("engine: { type: replay, file: gens.jsonl }", local)
      .replace("sampling: { n: 4 }", "sampling: { n: 4, maxTokens: 6, seed: 1 }");
    await writeFile(join(dir, "eval.yaml"), config);
    expect(await run("run", "--config", join(dir, "eval.yaml"), "-q")).toBe(0);
    const results = JSON.parse(await readFile(join(dir, "out", "results.json"), "utf8"));
    expect(results.tasks.length).toBeGreaterThan(0);
    const cached = (await readFile(join(dir, "out", "generations.jsonl"), "utf8"))
      .trim()
      .split("\n");
    expect(cached.length).toBeGreaterThan(0);

    await writeFile(join(dir, "eval.yaml"), config.replace("model: ./model", "model: ./nowhere"));
    stderr.length = 0;
    expect(await run("run", "--config", join(dir, "eval.yaml"), "-q")).toBe(1);
    expect(stderr.join("")).toMatch(/^prorl-eval: .*nowhere.*\n$/);
  });

  it("prompts a local model as prompts.json says it was trained, unless the config sets prompts", async () => {
    const dir = await replaySetup();
    await saveRandomModel(join(dir, "model"));
    await writeFile(
      join(dir, "model", "prompts.json"),
      promptsFileText({ "demo/exact": "Q: {question}" }, true),
    );
    const config = (await readFile(join(dir, "eval.yaml"), "utf8"))
      .replace(
        "engine: { type: replay, file: gens.jsonl }",
        "engine: { type: local, model: ./model, tokenizer: byte, backend: cpu }",
      )
      .replace("sampling: { n: 4 }", "sampling: { n: 2, maxTokens: 3, seed: 1 }")
      .replace("k: [1, 2, 4]", "k: [1, 2]");
    const prompted = async (output: string) =>
      (await readFile(join(dir, output, "generations.jsonl"), "utf8"))
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l))
        .filter((r) => r.task === "demo/exact")
        .map((r) => r.prompt)
        .sort();

    await writeFile(join(dir, "eval.yaml"), config);
    expect(await run("run", "--config", join(dir, "eval.yaml"))).toBe(0);
    expect(await prompted("out")).toEqual(["Q: 2*3?", "Q: capital of France?"]);
    expect(stderr.join("")).toContain("prompting as in training (prompts.json of the model)");

    await writeFile(
      join(dir, "eval.yaml"),
      `${config.replace("output: out", "output: out2")}\nprompts: { "demo/exact": "Answer {question}" }\n`,
    );
    expect(await run("run", "--config", join(dir, "eval.yaml"), "-q")).toBe(0);
    expect(await prompted("out2")).toEqual(["Answer 2*3?", "Answer capital of France?"]);
  });

  it("exits 1 with the file and key for a bad config file", async () => {
    const dir = await mkdtemp(join(tmpdir(), "prorl-cfg-"));
    await writeFile(
      join(dir, "eval.yaml"),
      "name: x\noutput: o\nengine: { type: replay }\nbenchmarks: b.yaml\n",
    );
    expect(await run("run", "--config", join(dir, "eval.yaml"))).toBe(1);
    expect(stderr.join("")).toMatch(/eval\.yaml: invalid eval config: .*engine\.file/);
  });
});
