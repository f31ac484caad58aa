// Tasks for the server tests: an exact-match task with options, and one that takes
// `example.ms` milliseconds to verify (queue, time budget and drain tests).
import { z } from "zod";

const echo = {
  id: "demo/echo",
  domain: "logic",
  rewardType: "binary",
  schema: z.object({ answer: z.string() }),
  optionsSchema: z.strictObject({ ignoreCase: z.boolean().optional() }),
  prompt: (example) => `Say ${example.answer}`,
  verify(response, example, options) {
    const norm = (s) => (options?.ignoreCase ? s.toLowerCase() : s).trim();
    const reward = norm(response) === norm(example.answer) ? 1 : 0;
    return { reward, correct: reward === 1, reason: reward ? "match" : "mismatch" };
  },
};

const slow = {
  id: "demo/slow",
  domain: "logic",
  rewardType: "binary",
  schema: z.object({ ms: z.number() }),
  prompt: () => "wait",
  async verify(response, example) {
    await new Promise((resolve) => setTimeout(resolve, example.ms));
    return { reward: response === "ok" ? 1 : 0, correct: response === "ok", reason: "slept" };
  },
};

export default { name: "serve-tasks", tasks: [echo, slow] };
