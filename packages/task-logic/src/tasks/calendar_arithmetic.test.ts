import { describe, expect, it } from "vitest";
import type { LogicEntry } from "../define.js";
import { checkTaskProperties } from "../testing.js";
import { calendarArithmetic } from "./calendar_arithmetic.js";

const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

function perturb(answer: string, entry: LogicEntry): string {
  if (WEEKDAYS.includes(answer)) return WEEKDAYS[(WEEKDAYS.indexOf(answer) + 1) % 7] as string;
  if (entry.metadata.task === "is_leap_year") return answer === "Yes" ? "No" : "Yes";
  return String(Number(answer) + 1);
}

const offsetEntry = {
  question:
    "If today is Sunday, March 13, 2022, what day of the week will it be in 10 days? Reply with just the weekday name.",
  answer: "Wednesday",
  metadata: {
    task: "weekday_offset",
    start_date: "2022-03-13",
    offset_days: 10,
    target_date: "2022-03-23",
    source_dataset: "calendar_arithmetic",
    source_index: 0,
    difficulty: {
      tasks: [
        "weekday_offset",
        "weekday_of_date",
        "weekday_of_date_from_first_date",
        "recurring_event_day",
        "count_days",
        "count_business_days",
        "is_leap_year",
      ],
      offset_upper_bound: 100,
    },
  },
};

describe("logic/calendar_arithmetic", () => {
  it("holds the task properties over 500 entries", async () => {
    expect(await checkTaskProperties(calendarArithmetic, { perturb })).toEqual([]);
  });

  it("covers every sub-task", () => {
    const tasks = new Set(calendarArithmetic.dataset({ seed: 1 }, 200).map((e) => e.metadata.task));
    expect(tasks.size).toBe(7);
  });

  it("gives RG's partial credit", () => {
    const score = (a: string, e: LogicEntry = offsetEntry) => calendarArithmetic.scoreAnswer(a, e);
    expect(score(" Wednesday ")).toBe(1);
    expect(score("Thursday")).toBe(0.1);
    expect(score("wednesday")).toBe(0.05);
    expect(score("Wed")).toBe(0);
    const count = { question: "", answer: "10", metadata: { task: "count_days" } };
    expect(score("10", count)).toBe(1);
    expect(score("11", count)).toBeCloseTo(Math.exp(-0.5));
    expect(score("ten", count)).toBe(0);
    const missing = { question: "", answer: "-1", metadata: { task: "recurring_event_day" } };
    expect(score("3", missing)).toBeCloseTo(Math.exp(-20));
    const leap = { question: "", answer: "No", metadata: { task: "is_leap_year" } };
    expect(score("no", leap)).toBe(1);
    expect(score("Yes", leap)).toBe(0);
  });

  it("accepts an entry as Reasoning Gym emits it", async () => {
    expect(
      await calendarArithmetic.verify("<answer>Wednesday</answer>", offsetEntry),
    ).toMatchObject({
      reward: 1,
    });
  });
});
