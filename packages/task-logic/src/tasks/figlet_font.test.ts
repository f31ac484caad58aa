import { describe, expect, it } from "vitest";
import { checkTaskProperties } from "../testing.js";
import { figletFont, figletFormatForTests } from "./figlet_font.js";

describe("logic/figlet_font", () => {
  it("holds the task properties over 500 entries", async () => {
    const failures = await checkTaskProperties(figletFont, {
      perturb: (answer) => `${answer}S`,
    });
    expect(failures).toEqual([]);
  });

  // An entry as RG 49b07130 emits it (seed 3, index 1, font "standard", 4 to 5 letters).
  const rgEntry = {
    question:
      "Please read the following figlet font:\n\n ____       _      ____       _    \n/ ___|     / \\    / ___|     / \\   \n\\___ \\    / _ \\   \\___ \\    / _ \\  \n ___) |  / ___ \\   ___) |  / ___ \\ \n|____/  /_/   \\_\\ |____/  /_/   \\_\\\n                                   \n",
    answer: "SASA",
    metadata: {
      source_dataset: "figlet_font",
      source_index: 1,
      font: "standard",
      space_letters: true,
      difficulty: {
        word_len: [4, 5],
      },
    },
  };

  it("draws RG's entry exactly as pyfiglet did", () => {
    const drawing = rgEntry.question.slice("Please read the following figlet font:\n\n".length);
    expect(figletFormatForTests("S A S A", "Standard")).toBe(drawing);
    const generated = figletFont.dataset(
      { seed: 3, static_word: "SASA", static_font: "standard" },
      4,
    );
    expect(generated.map((e) => e.question)).toContain(rgEntry.question);
  });

  it("scores as RG does, with partial credit per matching position", () => {
    expect(figletFont.scoreAnswer("SASA", rgEntry)).toBe(1);
    expect(figletFont.scoreAnswer("s a s a", rgEntry)).toBe(1);
    expect(figletFont.scoreAnswer(" sasa\n", rgEntry)).toBe(1);
    expect(figletFont.scoreAnswer("SASS", rgEntry)).toBeCloseTo(0.3);
    expect(figletFont.scoreAnswer("SASAS", rgEntry)).toBeCloseTo(0.4);
    expect(figletFont.scoreAnswer("ASAS", rgEntry)).toBe(0);
    expect(figletFont.scoreAnswer("", rgEntry)).toBe(0);
    expect(figletFont.scoreAnswer(null, rgEntry)).toBe(0);
  });

  it("keeps a wrong answer below 1.0 however many letters match (RG gives 1.0 from ten)", () => {
    const long = { ...rgEntry, answer: "XXXXXXXXXXYZ" };
    expect(figletFont.scoreAnswer("xxxxxxxxxxxx", long)).toBe(0.9);
  });

  it("wraps long words at 80 columns as pyfiglet does", () => {
    // pyfiglet 1.0.2, font "slant": the alphabet in blocks cut at a space before column 80.
    const text = figletFormatForTests(
      "A B C D E F G H I J K L M N O P Q R S T U V W X Y Z",
      "Slant",
    );
    expect(text).toBe(
      "    ___       ____     ______   ____     ______   ______   ______   __  __\n   /   |     / __ )   / ____/  / __ \\   / ____/  / ____/  / ____/  / / / /\n  / /| |    / __  |  / /      / / / /  / __/    / /_     / / __   / /_/ / \n / ___ |   / /_/ /  / /___   / /_/ /  / /___   / __/    / /_/ /  / __  /  \n/_/  |_|  /_____/   \\____/  /_____/  /_____/  /_/       \\____/  /_/ /_/   \n                                                                          \n    ____       __   __ __    __       __  ___   _   __   ____     ____ \n   /  _/      / /  / //_/   / /      /  |/  /  / | / /  / __ \\   / __ \\\n   / /   __  / /  / ,<     / /      / /|_/ /  /  |/ /  / / / /  / /_/ /\n _/ /   / /_/ /  / /| |   / /___   / /  / /  / /|  /  / /_/ /  / ____/ \n/___/   \\____/  /_/ |_|  /_____/  /_/  /_/  /_/ |_/   \\____/  /_/      \n                                                                       \n   ____      ____     _____    ______   __  __   _    __   _       __   _  __\n  / __ \\    / __ \\   / ___/   /_  __/  / / / /  | |  / /  | |     / /  | |/ /\n / / / /   / /_/ /   \\__ \\     / /    / / / /   | | / /   | | /| / /   |   / \n/ /_/ /   / _, _/   ___/ /    / /    / /_/ /    | |/ /    | |/ |/ /   /   |  \n\\___\\_\\  /_/ |_|   /____/    /_/     \\____/     |___/     |__/|__/   /_/|_|  \n                                                                             \n__  __   _____\n\\ \\/ /  /__  /\n \\  /     / / \n / /     / /__\n/_/     /____/\n              \n",
    );
  });

  it("rejects a font figlet.js does not ship", () => {
    expect(() => figletFont.dataset({ static_font: "xsansb" }, 1)).toThrow(/static_font/);
  });
});
