import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  type AnyTask,
  errorMessage,
  generatorSource,
  parseTaskOptions,
  safeVerify,
  type Task,
  verdict,
} from "./task.js";

describe("verdict", () => {
  it("keeps correct === (reward === 1)", () => {
    expect(verdict(1, "ok")).toEqual({ reward: 1, correct: true, reason: "ok" });
    expect(verdict(0.999, "close")).toEqual({ reward: 0.999, correct: false, reason: "close" });
    expect(verdict(0, "no").correct).toBe(false);
  });
  it("clamps into [0, 1] and turns non-finite rewards into 0", () => {
    expect(verdict(1.5, "").reward).toBe(1);
    expect(verdict(1.5, "").correct).toBe(true);
    expect(verdict(-2, "").reward).toBe(0);
    expect(verdict(Number.NaN, "").reward).toBe(0);
    expect(verdict(Number.POSITIVE_INFINITY, "").reward).toBe(0);
  });
});

function taskWithVerify(verify: AnyTask["verify"]): AnyTask {
  return {
    id: "test/verify",
    domain: "math",
    rewardType: "continuous",
    schema: z.unknown(),
    prompt: () => "",
    verify,
  };
}

describe("safeVerify", () => {
  it("passes a good verdict through, sync or async", async () => {
    expect(
      await safeVerify(
        taskWithVerify(() => verdict(0.5, "half")),
        "r",
        {},
      ),
    ).toEqual({
      reward: 0.5,
      correct: false,
      reason: "half",
    });
    const asyncTask = taskWithVerify(async () => verdict(1, "yes"));
    expect(await safeVerify(asyncTask, "r", {})).toEqual({
      reward: 1,
      correct: true,
      reason: "yes",
    });
  });
  it("turns a throwing verifier into reward 0 with the error as reason", async () => {
    const throwing = taskWithVerify(() => {
      throw new Error("boom");
    });
    expect(await safeVerify(throwing, "r", {})).toEqual({
      reward: 0,
      correct: false,
      reason: "verifier of test/verify failed: boom",
    });
    const rejecting = taskWithVerify(() => Promise.reject("plain string"));
    expect((await safeVerify(rejecting, "r", {})).reason).toMatch(/failed: plain string/);
  });
  it("turns a malformed result into reward 0", async () => {
    for (const bad of [undefined, null, 1, { reward: "1" }, { reward: Number.NaN }]) {
      const task = taskWithVerify(() => bad as never);
      expect(await safeVerify(task, "r", {})).toEqual({
        reward: 0,
        correct: false,
        reason: "verifier of test/verify returned no valid reward",
      });
    }
  });
  it("recomputes correct and clamps, whatever the verifier claimed", async () => {
    const liar = taskWithVerify(() => ({ reward: 0.2, correct: true, reason: "trust me" }));
    expect(await safeVerify(liar, "r", {})).toMatchObject({ reward: 0.2, correct: false });
    const over = taskWithVerify(() => ({
      reward: 7,
      correct: false,
      reason: 5 as unknown as string,
    }));
    expect(await safeVerify(over, "r", {})).toEqual({ reward: 1, correct: true, reason: "5" });
  });
  it("hands the verifier an empty string for a non-string response", async () => {
    let seen: unknown;
    const task = taskWithVerify((response) => {
      seen = response;
      return verdict(0, "");
    });
    await safeVerify(task, null as unknown as string, {});
    expect(seen).toBe("");
  });
});

const ModeOptions = z.strictObject({
  mode: z.enum(["strict", "lenient"]).optional(),
  timeoutMs: z.number().int().positive().optional(),
});

const withOptions: Task<string, z.infer<typeof ModeOptions>> = {
  id: "test/options",
  domain: "math",
  rewardType: "binary",
  schema: z.string(),
  optionsSchema: ModeOptions,
  prompt: (example) => example,
  verify: (response, example, options) =>
    verdict(response === example ? 1 : 0, `mode ${options?.mode ?? "strict"}`),
};

describe("parseTaskOptions", () => {
  it("accepts declared options and leaves absent ones to the task's defaults", () => {
    expect(parseTaskOptions(withOptions, { mode: "lenient" })).toEqual({
      ok: true,
      options: { mode: "lenient" },
    });
    expect(parseTaskOptions(withOptions, undefined)).toEqual({ ok: true, options: undefined });
    expect(parseTaskOptions(withOptions, null)).toEqual({ ok: true, options: undefined });
    expect(parseTaskOptions(withOptions, {})).toEqual({ ok: true, options: {} });
  });
  it("names an unknown option and the known ones", () => {
    expect(parseTaskOptions(withOptions, { mode: "strict", moed: "lenient" })).toEqual({
      ok: false,
      error: 'unknown option "moed" for task test/options (known: mode, timeoutMs)',
    });
  });
  it("names a bad value by its key", () => {
    const parsed = parseTaskOptions(withOptions, { mode: "loose" });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(/^invalid options for task test\/options: mode: /);
  });
  it("refuses options that are not an object, and any option for a task without options", () => {
    expect(parseTaskOptions(withOptions, "lenient")).toEqual({
      ok: false,
      error: "options for task test/options must be a JSON object",
    });
    expect(parseTaskOptions(withOptions, [1])).toMatchObject({ ok: false });
    const plain = { ...withOptions, optionsSchema: undefined };
    expect(parseTaskOptions(plain, { mode: "lenient" })).toEqual({
      ok: false,
      error: 'task test/options takes no options (got "mode")',
    });
    expect(parseTaskOptions(plain, {})).toEqual({ ok: true, options: undefined });
  });
  it("safeVerify hands validated options to the verifier", async () => {
    expect((await safeVerify(withOptions, "a", "a", { mode: "lenient" })).reason).toBe(
      "mode lenient",
    );
    expect((await safeVerify(withOptions, "a", "a")).reason).toBe("mode strict");
  });
});

describe("generatorSource", () => {
  const task: Task<{ n: number }> = {
    id: "test/gen",
    domain: "logic",
    rewardType: "binary",
    schema: z.object({ n: z.number() }),
    prompt: (e) => `n=${e.n}`,
    verify: () => verdict(1, ""),
    generator: {
      configSchema: z.object({ seed: z.number().int(), step: z.number().default(10) }),
      generate: (config, index) => {
        const { seed, step } = config as { seed: number; step: number };
        return { n: seed + index * step };
      },
    },
  };

  async function take<E>(iterable: AsyncIterable<E>, count: number): Promise<E[]> {
    const out: E[] = [];
    for await (const item of iterable) {
      out.push(item);
      if (out.length === count) break;
    }
    return out;
  }

  it("yields items 0, 1, 2, ... of the generator, with config defaults filled", async () => {
    const source = generatorSource(task, { seed: 5 });
    expect(source.description).toBe("generator test/gen");
    expect(await take(source.examples(), 3)).toEqual([{ n: 5 }, { n: 15 }, { n: 25 }]);
    expect(await take(source.examples(), 3)).toEqual([{ n: 5 }, { n: 15 }, { n: 25 }]);
  });
  it("refuses a task without a generator and a bad config", () => {
    const { generator: _, ...withoutGenerator } = task;
    expect(() => generatorSource(withoutGenerator, { seed: 1 })).toThrow(
      /task test\/gen has no offline generator/,
    );
    expect(() => generatorSource(task, { seed: "x" })).toThrow();
  });
});

describe("errorMessage", () => {
  it("reads an Error's message or stringifies anything else", () => {
    expect(errorMessage(new Error("x"))).toBe("x");
    expect(errorMessage(42)).toBe("42");
  });
});
