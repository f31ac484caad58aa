import { describe, expect, it } from "vitest";
import { checkTaskProperties } from "../testing.js";
import { quantumLock } from "./quantum_lock.js";

describe("logic/quantum_lock", () => {
  it("holds the task properties over 500 entries", async () => {
    const failures = await checkTaskProperties(quantumLock, {
      perturb: (answer) => answer.split(" → ").slice(1).join(" → "),
    });
    expect(failures).toEqual([]);
  });

  const rgEntry = {
    question:
      "In front of you are some buttons ...\nStart: 0 (red)\nTarget: 8\nButtons:\nA: Add 2 (when any)\nB: Multiply 2 (when green)\nC: Subtract 1 (when red)",
    answer: "A → B → A → B",
    metadata: {
      source_dataset: "quantum_lock",
      source_index: 0,
      solution_path: ["A", "B", "A", "B"],
      target_value: 8,
      buttons: [
        { name: "A", type: "add", value: 2, active_state: "any" },
        { name: "B", type: "multiply", value: 2, active_state: "green" },
        { name: "C", type: "subtract", value: 1, active_state: "red" },
      ],
      initial_state: "red",
      initial_value: 0,
      difficulty: { difficulty: 3 },
    },
  };

  it("accepts equally short alternatives, half credit for longer ones", async () => {
    expect((await quantumLock.verify("<answer>A → B → A → B</answer>", rgEntry)).reward).toBe(1);
    expect(quantumLock.scoreAnswer("a,b,a,b", rgEntry)).toBe(1);
    // 0 -A-> 2 (green) -A-> 4 (red) -A-> 6 (green) -A-> 8: same length, also correct.
    expect(quantumLock.scoreAnswer("A → A → A → A", rgEntry)).toBe(1);
    // Longer: 0 -C-> -1 (green) -B-> -2 (red) -A-> 0 (green) ... reaches 8 in more presses.
    expect(quantumLock.scoreAnswer("A A A A B B", rgEntry)).toBe(0.5); // B inactive on red: ignored
    expect(quantumLock.scoreAnswer("A → B → A", rgEntry)).toBe(0);
    expect(quantumLock.scoreAnswer("", rgEntry)).toBe(0);
  });

  it("generates shortest solutions (no shorter sequence reaches the target)", () => {
    for (const entry of quantumLock.dataset({ seed: 5, difficulty: 6 }, 12)) {
      const n = (entry.metadata.solution_path as string[]).length;
      if (n === 0) continue;
      // Every sequence one press shorter misses the target.
      const letters = ["A", "B", "C"];
      const all = (k: number): string[][] =>
        k === 0 ? [[]] : all(k - 1).flatMap((s) => letters.map((l) => [...s, l]));
      if (n - 1 <= 7)
        for (const seq of all(n - 1)) expect(quantumLock.scoreAnswer(seq.join(" "), entry)).toBe(0);
    }
  });
});
