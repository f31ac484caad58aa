// A user's own task package, written as plain ESM the way someone outside prorl would
// write one: the registry must load it by file path or by package name.
import { z } from "zod";

const Example = z.object({ a: z.number().int(), b: z.number().int(), answer: z.number().int() });

const add = {
  id: "user/add",
  domain: "math",
  rewardType: "binary",
  description: "Add two integers",
  schema: Example,
  prompt: (example) => `What is ${example.a} + ${example.b}?`,
  verify: (response, example) => {
    const correct = response.trim() === String(example.answer);
    return { reward: correct ? 1 : 0, correct, reason: correct ? "equal" : "different" };
  },
  generator: {
    configSchema: z.object({ seed: z.number().int(), max: z.number().int().default(100) }),
    generate: (config, index) => {
      const a = (config.seed * 31 + index * 17) % config.max;
      const b = (index * 7) % config.max;
      return { a, b, answer: a + b };
    },
  },
};

const echo = {
  id: "user/echo",
  domain: "if",
  rewardType: "continuous",
  schema: z.object({ text: z.string() }),
  prompt: (example) => `Repeat: ${example.text}`,
  verify: (response, example) => {
    const reward = response.includes(example.text) ? 1 : 0.5;
    return { reward, correct: reward === 1, reason: "echo" };
  },
};

export default { name: "user-tasks", tasks: [add, echo] };
