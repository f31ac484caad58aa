// Small tasks for the `run` tests: a binary one read from files, a generated binary one and a
// generated continuous one, in three domains.
import { z } from "zod";

const exact = {
  id: "demo/exact",
  domain: "math",
  rewardType: "binary",
  schema: z.object({ question: z.string(), answer: z.string() }),
  // `also`: more answers to accept (exercises per-task options).
  optionsSchema: z.strictObject({ also: z.array(z.string()).optional() }),
  prompt: (example) => example.question,
  verify(response, example, options) {
    const accepted = [example.answer, ...(options?.also ?? [])];
    const reward = accepted.includes(response.trim()) ? 1 : 0;
    return { reward, correct: reward === 1, reason: reward ? "match" : "mismatch" };
  },
};

const add = {
  id: "demo/add",
  domain: "logic",
  rewardType: "binary",
  schema: z.object({ a: z.number(), b: z.number() }),
  prompt: (example) => `${example.a}+${example.b}=`,
  verify(response, example) {
    const reward = response.trim() === String(example.a + example.b) ? 1 : 0;
    return { reward, correct: reward === 1, reason: reward ? "sum" : "wrong sum" };
  },
  generator: {
    configSchema: z.object({ seed: z.number() }),
    generate: (config, index) => ({ a: index, b: (Math.abs(config.seed) % 7) + index * 2 }),
  },
};

// Reward: the fraction of the wanted words the response contains.
const words = {
  id: "demo/words",
  domain: "if",
  rewardType: "continuous",
  schema: z.object({ words: z.array(z.string()) }),
  prompt: (example) => `Say: ${example.words.join(" ")}`,
  verify(response, example) {
    const said = new Set(response.split(/\s+/));
    const reward = example.words.filter((w) => said.has(w)).length / example.words.length;
    return { reward, correct: reward === 1, reason: `${reward}` };
  },
  generator: {
    configSchema: z.object({ seed: z.number() }),
    generate: (_config, index) => ({ words: [`w${index}`, `x${index}`] }),
  },
};

export default { name: "eval-tasks", tasks: [exact, add, words] };
