import { describe, expect, it } from "vitest";
import { checkTaskProperties } from "../testing.js";
import { CubeForTests, playSequenceForTests, rubiksCube } from "./rubiks_cube.js";

describe("logic/rubiks_cube", () => {
  it("holds the task properties over 500 entries", async () => {
    const failures = await checkTaskProperties(rubiksCube, {
      perturb: (answer) => `${answer} U`,
    });
    expect(failures).toEqual([]);
  });

  it("holds the task properties on 2 x 2 x 2 to 7 x 7 x 7 cubes", async () => {
    for (const cube_size of [2, 4, 5, 6, 7]) {
      const failures = await checkTaskProperties(rubiksCube, {
        seeds: 40,
        config: { cube_size, max_scramble_steps: 30 },
        perturb: (answer) => `${answer} R`,
      });
      expect(failures, `size ${cube_size}`).toEqual([]);
    }
  });

  // Entries as RG 49b07130 emits them (seed 3): a 3 x 3 x 3 with magiccube's solver answer and a
  // 4 x 4 x 4 scrambled with inner-slice turns ("2F'", "2D'").
  const rgEntry = {
    question:
      "You are given a 3x3x3 Rubik's cube. It looks like this:\n\n          O  Y  Y                   \n          O  Y  Y                   \n          G  Y  Y                   \n G  G  R  W  O  O  B  B  B  R  R  Y \n R  R  Y  G  G  R  W  O  O  B  B  B \n B  B  Y  G  G  R  W  G  G  O  O  O \n          R  R  B                   \n          W  W  W                   \n          W  W  W                   \n \n\nPlease provide a solution to solve this cube using Singmaster notation. Do not combine any steps, for instance, do not write 'U2', and instead write 'U U'.",
    answer: null,
    metadata: {
      source_dataset: "rubiks_cube",
      source_index: 1,
      cube_size: 3,
      scramble_steps: 3,
      scramble_moves: "D F' U",
      example_correct_answer:
        "L D L' F D' R D R' D' U' R D B' D' U' R' U R F U F' U' B' U B U' F U' F' L' U U L U' U' L' U L U F U' F' U' R U' R' U' F' U F U' R' U R U B U' B' U' R' U R U B U' B' U R' U R U B U' B' B' U B U L U' L' F R U R' U' F' U R U R' U R U U R' U' R U R' U R U U R' U' R U' L' U R' U' L U F U' B' U F' U' B R' D' R D R' D' R D R' D' R D R' D' R D U R' D' R D R' D' R D U R' D' R D R' D' R D R' D' R D R' D' R D U R' D' R D R' D' R D U",
      difficulty: {
        cube_size: 3,
        scramble_steps: [3, 4],
      },
    },
  };
  const rg4 = {
    question:
      "You are given a 4x4x4 Rubik's cube. It looks like this:\n\n             Y  Y  Y  G                         \n             Y  Y  Y  G                         \n             O  O  O  G                         \n             Y  Y  Y  G                         \n R  R  Y  R  G  G  G  W  O  O  O  O  Y  B  B  B \n R  R  Y  R  G  G  G  R  W  W  W  W  O  B  B  B \n G  G  G  W  O  O  O  O  Y  B  B  B  R  R  Y  R \n R  R  Y  R  G  G  G  W  O  O  O  O  Y  B  B  B \n             W  W  W  B                         \n             R  R  R  B                         \n             W  W  W  B                         \n             W  W  W  B                         \n \n\nPlease provide a solution to solve this cube using Singmaster notation. Do not combine any steps, for instance, do not write 'U2', and instead write 'U U'.",
    answer: null,
    metadata: {
      source_dataset: "rubiks_cube",
      source_index: 2,
      cube_size: 4,
      scramble_steps: 3,
      scramble_moves: "2F' R 2D'",
      example_correct_answer: "",
      difficulty: {
        cube_size: 4,
        scramble_steps: [3, 3],
      },
    },
  };

  it("draws RG's cube exactly as magiccube prints it", () => {
    const cube = new CubeForTests(3);
    playSequenceForTests(cube, rgEntry.metadata.scramble_moves);
    expect(rgEntry.question).toContain(`\n\n${cube.print(false)} \n\nPlease provide`);
    const four = new CubeForTests(4);
    playSequenceForTests(four, rg4.metadata.scramble_moves);
    expect(rg4.question).toContain(`\n\n${four.print(false)} \n\nPlease provide`);
  });

  it("scores answers on an RG entry as RG does", () => {
    expect(rubiksCube.scoreAnswer(rgEntry.metadata.example_correct_answer, rgEntry)).toBe(1);
    // Scramble "D F' U": undone by U' F D', written several ways.
    expect(rubiksCube.scoreAnswer("U' F D'", rgEntry)).toBe(1);
    expect(rubiksCube.scoreAnswer("U3 F D3", rgEntry)).toBe(1);
    expect(rubiksCube.scoreAnswer("U'  F\nD' D D'", rgEntry)).toBe(1);
    expect(rubiksCube.scoreAnswer("U'  F\nD' D D' D'", rgEntry)).toBe(0.01);
    expect(rubiksCube.scoreAnswer("U' F D' U0 R4", rgEntry)).toBe(1);
    // A repeat count far past what RG would expand, reduced modulo 4.
    expect(rubiksCube.scoreAnswer("U' F D' R100000000000000000000", rgEntry)).toBe(1);
    expect(rubiksCube.scoreAnswer("U' F D' R100000000000000000001", rgEntry)).toBe(0.01);
    // Tokens with a digit before the letter are dropped by RG's expansion.
    expect(rubiksCube.scoreAnswer("U' F D' 2R", rgEntry)).toBe(1);
    // Wrong, invalid or unknown moves: 0.01.
    expect(rubiksCube.scoreAnswer("U F D", rgEntry)).toBe(0.01);
    expect(rubiksCube.scoreAnswer("U' F D' Q", rgEntry)).toBe(0.01);
    expect(rubiksCube.scoreAnswer("u' f d'", rgEntry)).toBe(0.01);
    expect(rubiksCube.scoreAnswer("U' F D''", rgEntry)).toBe(0.01);
    expect(rubiksCube.scoreAnswer("U'F D'", rgEntry)).toBe(0.01);
    expect(rubiksCube.scoreAnswer("U' F D' M", rgEntry)).toBe(0.01);
    expect(rubiksCube.scoreAnswer("", rgEntry)).toBe(0);
    expect(rubiksCube.scoreAnswer(null, rgEntry)).toBe(0);
  });

  it("solves a 4 x 4 x 4 RG entry with wide turns (an inner slice is a wide turn less the face)", () => {
    // Scramble "2F' R 2D'": 2D' is Dw' D, so undo it with D' ... (Dw D'); 2F' likewise.
    expect(rubiksCube.scoreAnswer("Dw D' R' Fw F'", rg4)).toBe(1);
    expect(rubiksCube.scoreAnswer("Dw D' R' Fw", rg4)).toBe(0.01);
    expect(rubiksCube.scoreAnswer("Dw D' R' Fw F' M", rg4)).toBe(0.01); // M on an even cube
  });

  it("keeps hostile answers bounded", () => {
    expect(rubiksCube.scoreAnswer("U ".repeat(60_000), rgEntry)).toBe(0.01);
    expect(rubiksCube.scoreAnswer(`U'${"9".repeat(50_000)}`, rgEntry)).toBe(0.01);
  });
});
