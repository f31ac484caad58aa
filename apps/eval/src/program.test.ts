import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "./program.js";
import { captureOutput } from "./testing/capture-output.js";

const fixture = resolve(import.meta.dirname, "../test-fixtures/echo-tasks.mjs");
const { stdout, stderr } = captureOutput();

const run = (...args: string[]) => main(["node", "prorl-eval", ...args]);

describe("prorl-eval score", () => {
  it("processes a file with good lines, malformed JSON and an unknown task, and exits 0", async () => {
    const dir = await mkdtemp(join(tmpdir(), "prorl-cli-"));
    const input = join(dir, "in.jsonl");
    const output = join(dir, "out.jsonl");
    await writeFile(
      input,
      [
        JSON.stringify({
          task: "demo/exact",
          example: { question: "q", answer: "a" },
          response: "a",
        }),
        "{{{",
        JSON.stringify({ task: "no/such-task", example: {}, response: "a" }),
      ].join("\n"),
    );
    expect(await run("score", "--input", input, "--output", output, "--tasks", fixture)).toBe(0);
    const records = (await readFile(output, "utf8"))
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(records.map((r) => r.reward)).toEqual([1, 0, 0]);
    expect(records[1].error).toMatch(/invalid JSON/);
    expect(records[2].error).toMatch(/unknown task "no\/such-task"/);
    const log = stderr.join("");
    expect(log).toMatch(/demo\/exact\s+1\s+1\.000\s+1\s+0/);
    expect(log).toMatch(/3 lines, 2 errors/);
  });

  it("exits non-zero with one line for a missing input file", async () => {
    expect(await run("score", "-i", "/nonexistent/in.jsonl", "-o", "/tmp/x.jsonl", "-q")).toBe(1);
    expect(stderr.join("")).toBe("prorl-eval: /nonexistent/in.jsonl: no such input file\n");
  });

  it("rejects a bad --concurrency and a missing option with one line", async () => {
    expect(await run("score", "-i", "a", "-o", "b", "--concurrency", "0")).not.toBe(0);
    expect(await run("score", "-i", "a")).not.toBe(0);
    for (const message of stderr) expect(message.trim().split("\n")).toHaveLength(1);
  });

  it("exits non-zero when a --tasks package cannot be loaded", async () => {
    expect(await run("tasks", "--tasks", "./no/such/module.mjs")).toBe(1);
    expect(stderr.join("")).toMatch(/cannot load task package "\.\/no\/such\/module\.mjs"/);
  });
});

/** Reasoning Gym's registered datasets at commit 49b07130 (the one @prorl/task-logic follows). */
const REASONING_GYM_DATASETS = [
  "ab",
  "acre",
  "advanced_geometry",
  "aiw",
  "arc_1d",
  "arc_agi",
  "base_conversion",
  "basic_arithmetic",
  "bf",
  "binary_alternation",
  "binary_matrix",
  "bitwise_arithmetic",
  "boxnet",
  "caesar_cipher",
  "calendar_arithmetic",
  "chain_sum",
  "circuit_logic",
  "codeio",
  "coin_flip",
  "color_cube_rotation",
  "complex_arithmetic",
  "composite",
  "count_bits",
  "count_primes",
  "countdown",
  "course_schedule",
  "cryptarithm",
  "decimal_arithmetic",
  "decimal_chain_sum",
  "dice",
  "emoji_mystery",
  "family_relationships",
  "figlet_font",
  "fraction_simplification",
  "futoshiki",
  "game_of_life",
  "game_of_life_halting",
  "gcd",
  "graph_color",
  "group_anagrams",
  "gsm_symbolic",
  "intermediate_integration",
  "isomorphic_strings",
  "jugs",
  "kakurasu",
  "knight_swap",
  "knights_knaves",
  "largest_island",
  "lcm",
  "leg_counting",
  "letter_counting",
  "letter_jumble",
  "list_functions",
  "mahjong_puzzle",
  "manipulate_matrix",
  "maze",
  "mini_sudoku",
  "modulo_grid",
  "n_queens",
  "needle_haystack",
  "number_filtering",
  "number_format",
  "number_sequence",
  "number_sorting",
  "palindrome_generation",
  "palindrome_partitioning",
  "path_star",
  "polynomial_equations",
  "polynomial_multiplication",
  "pool_matrix",
  "power_function",
  "prime_factorization",
  "products",
  "propositional_logic",
  "puzzle24",
  "quantum_lock",
  "ransom_note",
  "rearc",
  "rectangle_count",
  "rotate_matrix",
  "rotten_oranges",
  "rubiks_cube",
  "rush_hour",
  "self_reference",
  "sentence_reordering",
  "shortest_path",
  "simple_equations",
  "simple_geometry",
  "simple_integration",
  "sokoban",
  "spell_backward",
  "spiral_matrix",
  "string_insertion",
  "string_manipulation",
  "string_splitting",
  "string_synthesis",
  "sudoku",
  "survo",
  "syllogism",
  "time_intervals",
  "tower_of_hanoi",
  "tsumego",
  "word_ladder",
  "word_sequence_reversal",
  "word_sorting",
  "zebra_puzzles",
];

describe("prorl-eval tasks", () => {
  it("lists built-in and user tasks", async () => {
    expect(await run("tasks", "--tasks", fixture)).toBe(0);
    const listing = stdout.join("");
    expect(listing).toMatch(/^demo\/exact\tlogic\tbinary\techo-tasks$/m);
    expect(listing).toMatch(/^logic\/spell_backward\tlogic\tcontinuous\t@prorl\/task-logic$/m);
  });

  it("lists every Reasoning Gym dataset, composite included, as a logic task", async () => {
    expect(await run("tasks")).toBe(0);
    const logic = stdout
      .join("")
      .split("\n")
      .filter((line) => line.endsWith("\t@prorl/task-logic"))
      .map((line) => line.split("\t")[0]);
    expect(logic).toEqual(REASONING_GYM_DATASETS.map((name) => `logic/${name}`));
  });
});
