// A user's own task package, loaded by path: the same shape as @prorl/task-* packages.
import { z } from "zod";

const exact = {
  id: "demo/exact",
  domain: "logic",
  rewardType: "binary",
  schema: z.object({ question: z.string(), answer: z.string() }),
  prompt: (example) => example.question,
  // Waits a little (different per response) so that out-of-order completion is exercised.
  async verify(response, example) {
    await new Promise((resolve) => setTimeout(resolve, (response.length * 7) % 13));
    const reward = response.trim() === example.answer ? 1 : 0;
    return { reward, correct: reward === 1, reason: reward ? "match" : "mismatch" };
  },
};

const broken = {
  id: "demo/broken",
  domain: "logic",
  rewardType: "binary",
  schema: z.object({}).passthrough(),
  prompt: () => "",
  verify() {
    throw new Error("verifier bug");
  },
};

export default { name: "echo-tasks", tasks: [exact, broken] };
