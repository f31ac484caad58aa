import { describe, expect, it } from "vitest";
import type { LogicEntry } from "../define.js";
import { checkTaskProperties } from "../testing.js";
import { timeIntervals } from "./time_intervals.js";

/** Adds one day, or one minute (times), to the correct duration. */
function perturb(answer: string, entry: LogicEntry): string {
  if (entry.metadata.task_type === "date") return `${Number.parseInt(answer, 10) + 1} days`;
  if (String(entry.metadata.task_type).startsWith("time")) {
    const [h, m, ...rest] = answer.split(":");
    return [h, String(Number(m) + 1).padStart(2, "0"), ...rest].join(":");
  }
  const [days, time] = answer.split(" days, ");
  return `${Number(days) + 1} days, ${time}`;
}

const tzEntry = {
  question:
    "A flight departed at 2024-01-15 14:30 +0500 and arrived at 2024-01-17 09:05 -0300. How long was the flight? Answer in D days, HH:MM.",
  answer: "2 days, 02:35",
  metadata: {
    source_dataset: "time_intervals",
    source_index: 0,
    task_type: "datetime_tz",
    start_time: "2024-01-15 14:30:00+05:00",
    end_time: "2024-01-17 09:05:00-03:00",
    format: "%Y-%m-%d %H:%M %z",
    expected_format: "D days, HH:MM",
    difficulty: { max_time_difference_seconds: 86400, max_date_difference_days: 100 },
  },
};

describe("logic/time_intervals", () => {
  it("holds the task properties over 500 entries", async () => {
    expect(await checkTaskProperties(timeIntervals, { perturb })).toEqual([]);
  });

  it("computes durations from the printed times", () => {
    for (const e of timeIntervals.dataset({ seed: 11, task_types: ["time_seconds"] }, 50)) {
      const times = e.question.match(/\d\d:\d\d:\d\d/g) as string[];
      const secs = (t: string) => t.split(":").reduce((acc, part) => acc * 60 + Number(part), 0);
      const diff = secs(times[1] as string) - secs(times[0] as string);
      expect(timeIntervals.scoreAnswer(e.answer, e)).toBe(1);
      if (diff >= 0) {
        const h = Math.floor(diff / 3600);
        const m = Math.floor((diff % 3600) / 60);
        const s = diff % 60;
        expect(e.answer).toBe([h, m, s].map((v) => String(v).padStart(2, "0")).join(":"));
      }
    }
    for (const e of timeIntervals.dataset({ seed: 11, task_types: ["date"] }, 50)) {
      expect(e.answer).toMatch(/^\d+ days$/);
      expect(Number.parseInt(e.answer as string, 10)).toBeLessThanOrEqual(100);
    }
  });

  it("gives RG's partial credit", () => {
    const dateEntry = {
      question: "",
      answer: "39 days",
      metadata: { task_type: "date", difficulty: { max_date_difference_days: 100 } },
    };
    expect(timeIntervals.scoreAnswer("39", dateEntry)).toBe(1);
    expect(timeIntervals.scoreAnswer("49 days", dateEntry)).toBeCloseTo(0.9);
    expect(timeIntervals.scoreAnswer("forty", dateEntry)).toBe(0);
    const timeEntry = {
      question: "",
      answer: "01:00:00.500",
      metadata: { task_type: "time_ms", difficulty: { max_time_difference_seconds: 86400 } },
    };
    expect(timeIntervals.scoreAnswer("1:00:00.500", timeEntry)).toBe(1);
    expect(timeIntervals.scoreAnswer("01:00:00", timeEntry)).toBeCloseTo(1 - 0.5 / 86400);
    expect(timeIntervals.scoreAnswer("01:00:00.5.0", timeEntry)).toBe(0);
    expect(timeIntervals.scoreAnswer("2 days, 02:35:00", tzEntry)).toBe(1);
    expect(timeIntervals.scoreAnswer("3 days, 02:35", tzEntry)).toBeCloseTo(0.99);
    expect(timeIntervals.scoreAnswer("2 days 02:35", tzEntry)).toBe(0);
  });

  it("accepts an entry as Reasoning Gym emits it", async () => {
    expect(await timeIntervals.verify("<answer>2 days, 02:35</answer>", tzEntry)).toMatchObject({
      reward: 1,
    });
    const dateEntry = {
      question:
        "How much time elapsed from Monday, January 15, 2024 to Friday, February 23, 2024? Give your answer in D days.",
      answer: "39 days",
      metadata: {
        source_dataset: "time_intervals",
        source_index: 1,
        task_type: "date",
        start_time: "2024-01-15 00:00:00",
        end_time: "2024-02-23 00:00:00",
        format: "%A, %B %d, %Y",
        expected_format: "D days",
        difficulty: { max_time_difference_seconds: 86400, max_date_difference_days: 100 },
      },
    };
    expect(await timeIntervals.verify("<answer>39 days</answer>", dateEntry)).toMatchObject({
      reward: 1,
    });
  });

  it("prints dates as Python's strftime does", () => {
    const e = timeIntervals.dataset({ seed: 2, task_types: ["date"] }, 200);
    const weekdayFormat = e.find((x) => x.metadata.format === "%a %b %d %Y");
    expect(weekdayFormat?.question).toMatch(
      /(Mon|Tue|Wed|Thu|Fri|Sat|Sun) [A-Z][a-z]{2} \d\d \d{4}/,
    );
  });
});
