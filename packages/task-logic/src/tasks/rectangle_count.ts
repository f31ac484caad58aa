import type { Rng } from "@prorl/core";
import { z } from "zod";
import { scalar } from "../curriculum-attributes.js";
import { defineLogicTask } from "../define.js";
import { pyInt } from "../lib/numbers.js";

// Reasoning Gym: reasoning_gym/cognition/rectangle_count.py
// Scoring as RG: the answer read as an integer; exact: 1.0, off by d < 5: 0.8 * (1 - d / 5),
// else 0.
const QUESTION = (puzzle: string) =>
  `Your task is to count how many rectangles are present in an ASCII grid.\n\nSingle rectangles are outlined with a '#', overlapping rectangles (max 2) are shown with '█'.\n\nYour output should be a single number, representing the total count of rectangles.\n\nNow, it's your turn. How many rectangles do you see in the grid below?\n${puzzle}\n`;

const UTF16 = new TextDecoder("utf-16le");
const GLYPHS = [32, 35, 0x2588]; // " ", "#", "█"

/** Places up to n rectangle outlines; a cell may be covered by at most two of them. */
export function drawRectangles(
  n: number,
  width: number,
  height: number,
  rng: Rng,
): [string, number] {
  const grid = new Uint8Array(width * height);
  let placed = 0;
  for (let attempt = 0; placed < n && attempt < 100_000; attempt++) {
    const left = rng.int(0, width - 3);
    const right = rng.int(left + 2, width - 1);
    const top = rng.int(0, height - 3);
    const bottom = rng.int(top + 2, height - 1);
    // The outline's cells, each once: top and bottom rows, then the sides between them.
    const cells: number[] = [];
    for (let col = left; col <= right; col++) cells.push(top * width + col, bottom * width + col);
    for (let row = top + 1; row < bottom; row++)
      cells.push(row * width + left, row * width + right);
    if (cells.some((cell) => (grid[cell] as number) >= 2)) continue;
    for (const cell of cells) grid[cell] = (grid[cell] as number) + 1;
    placed++;
  }
  const codes = new Uint16Array((width + 1) * height);
  let k = 0;
  for (let row = 0; row < height; row++) {
    for (let col = 0; col < width; col++)
      codes[k++] = GLYPHS[grid[row * width + col] as number] as number;
    codes[k++] = 10;
  }
  return [UTF16.decode(codes), placed];
}

export const rectangleCount = defineLogicTask({
  name: "rectangle_count",
  category: "cognition",
  curriculum: { max_rectangles: scalar("max_rectangles", [5, 10, 15, 20, 25]) },
  description: "Count the rectangles outlined in an ASCII grid.",
  config: z.object({
    max_rectangles: z.number().int().positive().default(10),
    width: z.number().int().min(10).default(80),
    height: z.number().int().min(10).default(80),
  }),
  generate(rng, config) {
    const target = rng.int(1, config.max_rectangles);
    const [puzzle, count] = drawRectangles(target, config.width, config.height, rng);
    return {
      question: QUESTION(puzzle),
      answer: String(count),
      metadata: {
        puzzle,
        solution: count,
        num_rectangles: target,
        difficulty: { max_rectangles: config.max_rectangles },
      },
    };
  },
  score(answer, entry) {
    if (answer === null || entry.answer === null) return 0;
    const correct = pyInt(entry.answer.toLowerCase().replaceAll("\n", ""));
    const given = pyInt(answer);
    if (correct === null || given === null) return 0;
    const distance = Number(given > correct ? given - correct : correct - given);
    if (distance === 0) return 1;
    if (distance >= 5) return 0;
    return 0.8 * (1 - distance / 5);
  },
});
