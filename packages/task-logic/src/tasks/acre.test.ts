import { describe, expect, it } from "vitest";
import { checkTaskProperties } from "../testing.js";
import { acre, objectText } from "./acre.js";

describe("logic/acre", () => {
  it("holds the task properties over 500 entries", async () => {
    const failures = await checkTaskProperties(acre, {
      perturb: (answer) => (answer === "on" ? "off" : "on"),
    });
    expect(failures).toEqual([]);
  });

  const rgEntry = {
    question:
      "You are a researcher studying causal relationships using Blicket experiments. ...\n\nPrevious experimental results:\nred metal cylinder → on\ngray rubber cube → off\nred metal cylinder, gray rubber cube → on\n...\n\nNew test case:\nred metal cylinder\n\nWhat is the detector light status?",
    answer: "on",
    metadata: { source_dataset: "acre", source_index: 0 },
  };

  it("scores as RG's default scorer", async () => {
    expect((await acre.verify("<answer>on</answer>", rgEntry)).reward).toBe(1);
    expect(acre.scoreAnswer("off", rgEntry)).toBe(0);
    expect(acre.scoreAnswer("undetermined", rgEntry)).toBe(0);
    expect(acre.scoreAnswer("it is on", rgEntry)).toBeCloseTo(2 / 8);
    expect(acre.scoreAnswer(null, rgEntry)).toBe(0);
  });

  it("names objects as RG's acre_objects.json does", () => {
    expect(objectText(0)).toBe("gray rubber cube");
    expect(objectText(19)).toBe("red metal cylinder");
    expect(objectText(47)).toBe("yellow metal sphere");
  });

  it("gives answers consistent with the trials", () => {
    const entries = acre.dataset({ seed: 8 }, 300);
    const counts = { on: 0, off: 0, undetermined: 0 } as Record<string, number>;
    for (const entry of entries) {
      counts[entry.answer as string] = (counts[entry.answer as string] ?? 0) + 1;
      const lines =
        entry.question
          .split("Previous experimental results:\n")[1]
          ?.split("\n\nNew test case:\n") ?? [];
      const trials = (lines[0] ?? "").split("\n").map((line) => {
        const [objects, light] = line.split(" → ");
        return { objects: (objects ?? "").split(", "), light };
      });
      expect(trials).toHaveLength(6);
      const query = (lines[1] ?? "").split("\n\n")[0]?.split(", ") ?? [];
      // Objects seen in an "off" trial are never blickets: a query made only of them is off.
      const offObjects = new Set(trials.filter((t) => t.light === "off").flatMap((t) => t.objects));
      if (query.every((o) => offObjects.has(o))) expect(entry.answer).toBe("off");
      // A query containing an object that lit the detector alone is on.
      const lone = new Set(
        trials.filter((t) => t.light === "on" && t.objects.length === 1).flatMap((t) => t.objects),
      );
      if (query.some((o) => lone.has(o))) expect(entry.answer).toBe("on");
    }
    expect(counts.on).toBeGreaterThan(30);
    expect(counts.off).toBeGreaterThan(30);
    expect(counts.undetermined).toBeGreaterThan(30);
  });
});
