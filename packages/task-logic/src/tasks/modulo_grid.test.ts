import { describe, expect, it } from "vitest";
import { checkTaskProperties } from "../testing.js";
import { moduloGrid } from "./modulo_grid.js";

/** The grid by exact big-integer arithmetic (x ** y in full, as Python computes it). */
function expectedGrid(op: string, divisor: number, target: number, sx: number, sy: number): string {
  const value = (x: bigint, y: bigint) => {
    if (op === "sum") return x + y;
    if (op === "diff") return x > y ? x - y : y - x;
    if (op === "prod") return x * y;
    return x ** y;
  };
  const rows: string[] = [];
  for (let y = 0; y < sy; y++) {
    let row = "";
    for (let x = 0; x < sx; x++)
      row += value(BigInt(x), BigInt(y)) % BigInt(divisor) === BigInt(target) ? "✅" : "❌";
    rows.push(row);
  }
  return rows.join("\n");
}

describe("logic/modulo_grid", () => {
  it("holds the task properties over 500 entries", async () => {
    const failures = await checkTaskProperties(moduloGrid, {
      perturb: (answer) =>
        answer.startsWith("✅") ? `❌${answer.slice(1)}` : `✅${answer.slice(1)}`,
    });
    expect(failures).toEqual([]);
  });

  // An entry as RG 49b07130 emits it (seed 3, index 1, a 6 x 6 grid).
  const rgEntry = {
    question:
      "Identify the mathematical pattern which defines this grid, then use that pattern to fill in the question marks. Return the entire completed grid as your answer.\n\n❔❌✅❌❌❌\n❌❌❌✅❌❌\n✅❌❌❌✅❌\n❌✅❌❌❌✅\n❌❌✅❌❌❌\n❌❌❌✅❌❌",
    answer: "❌❌✅❌❌❌\n❌❌❌✅❌❌\n✅❌❌❌✅❌\n❌✅❌❌❌✅\n❌❌✅❌❌❌\n❌❌❌✅❌❌",
    metadata: {
      source_dataset: "modulo_grid",
      source_index: 1,
      divisor: 4,
      target: 2,
      operation: "diff",
      difficulty: {
        size_x: 6,
        size_y: 6,
        holes: 1,
        divisor: 5,
        target: 3,
      },
    },
  };

  it("scores with RG's default rule and fills RG's holes by its rule", () => {
    const oracle = rgEntry.answer;
    expect(moduloGrid.scoreAnswer(oracle, rgEntry)).toBe(1);
    expect(moduloGrid.scoreAnswer(`${oracle}\n`, rgEntry)).toBeCloseTo(
      oracle.length / (oracle.length + 1),
    );
    expect(moduloGrid.scoreAnswer(oracle.replace("✅", "❌"), rgEntry)).toBe(0);
    expect(moduloGrid.scoreAnswer(oracle.replace("\n", ""), rgEntry)).toBe(0);
    const { divisor, target, operation } = rgEntry.metadata;
    expect(oracle).toBe(expectedGrid(operation, divisor, target, 6, 6));
  });

  it("computes x^y mod d exactly (modular exponentiation)", () => {
    for (const entry of moduloGrid.dataset({ seed: 5, size_x: 30, size_y: 30 }, 120)) {
      const { divisor, target, operation } = entry.metadata as {
        divisor: number;
        target: number;
        operation: string;
      };
      expect(entry.answer).toBe(expectedGrid(operation, divisor, target, 30, 30));
      const holes = [...entry.question].filter((c) => c === "❔").length;
      expect(holes).toBeLessThanOrEqual(1);
    }
  });

  it("treats max_target 0 (RG's curriculum level 1) as target 0 and stops on impossible configs", () => {
    for (const entry of moduloGrid.dataset({ seed: 1, max_target: 0 }, 20))
      expect(entry.metadata.target).toBe(0);
    expect(() => moduloGrid.dataset({ seed: 1, max_divisor: 1 }, 1)).toThrow(/no grid/);
  });
});
