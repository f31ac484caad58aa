import { z } from "zod";
import { scalar } from "../curriculum-attributes.js";
import { defineLogicTask } from "../define.js";
import { MONTH_NAMES } from "../lib/calendar.js";
import { pyInt } from "../lib/numbers.js";

// Reasoning Gym: reasoning_gym/arithmetic/time_intervals.py
// Scoring as RG: the duration read from the answer in the task's format ("D days",
// "HH:MM[:SS[.mmm]]", "D days, HH:MM[:SS]"); equal: 1.0, else max(0, 1 - |diff| / max_diff)
// with max_diff the config's max_date_difference_days (date), max_time_difference_seconds
// (time) or max_date_difference_days in seconds (datetime); unreadable: 0.
// Deviations: RG scores with the scoring dataset's config; here the limits come from the
// entry's metadata.difficulty (RG writes them there), falling back to RG's defaults.
// Fix: for the "%Y-%m-%d (%A) %H:%M:%S %z" format RG cuts the string at " (" before parsing,
// so its answer ignores the time of day and the offsets; here the answer is the true duration.
// Durations are computed from the printed times (as RG does), so a format without seconds
// gives whole minutes and a time-of-day interval that ends at midnight is negative, as in RG.

const TEMPLATES = [
  "What is the duration between {start} and {end}? Please answer in {format}.",
  "Calculate the time difference between {start} and {end}. Express the result in {format}.",
  "How much time elapsed from {start} to {end}? Give your answer in {format}.",
  "A meeting started at {start} and ended at {end}. How long was the meeting? Answer in {format}.",
  "A system operation started at {start} and completed at {end}. What was the operation duration? Answer in {format}.",
  "A database query started at {start} and ended at {end}. How long did the query take? Answer in {format}.",
  "A flight departed at {start} and arrived at {end}. How long was the flight? Answer in {format}.",
  "A video call started at {start} and ended at {end}. How long was the call? Answer in {format}.",
  "A system backup started at {start} and completed at {end}. What was the total backup duration? Answer in {format}.",
  "A conference call began at {start} and ended at {end}. How long was the conference? Answer in {format}.",
];
const TIME_FORMATS = ["%H:%M", "%H:%M:%S", "%H:%M:%S.%f"];
const DATE_FORMATS = [
  "%Y-%m-%d",
  "%B %d, %Y",
  "%m/%d/%Y",
  "%A, %B %d, %Y",
  "%a %b %d %Y",
  "%d %B %Y",
  "%Y-%m-%d (%A)",
];
const DATETIME_FORMATS = [
  "%Y-%m-%d %H:%M",
  "%Y-%m-%d %H:%M:%S",
  "%Y-%m-%d %H:%M %z",
  "%Y-%m-%d %H:%M:%S %z",
  "%A, %B %d, %Y at %H:%M",
  "%a %b %d %Y %H:%M:%S",
  "%d %B %Y, %H:%M",
  "%d %B %Y, %H:%M %z",
  "%Y-%m-%d (%A) %H:%M:%S %z",
];
const TASK_TYPES = ["time", "time_seconds", "time_ms", "date", "datetime", "datetime_tz"] as const;
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const DAY_MS = 86_400_000;

const pad = (n: number, width: number) => String(n).padStart(width, "0");
/** Python's `f"{n:02d}"`: zero padding after the sign. */
const pyPad2 = (n: number) => (n < 0 ? `-${pad(-n, 1)}` : pad(n, 2));
const floorDiv = (a: number, b: number) => Math.floor(a / b);
const pyMod = (a: number, b: number) => {
  const r = a % b;
  return r !== 0 && r < 0 !== b < 0 ? r + b : r;
};

/** strftime for the directives RG uses, on a UTC wall-clock time in milliseconds. */
function strftime(format: string, wallMs: number, offsetHours = 0): string {
  const d = new Date(wallMs);
  return format.replace(/%[YmdBAabHMSfz]/g, (directive) => {
    switch (directive) {
      case "%Y":
        return pad(d.getUTCFullYear(), 4);
      case "%m":
        return pad(d.getUTCMonth() + 1, 2);
      case "%d":
        return pad(d.getUTCDate(), 2);
      case "%B":
        return MONTH_NAMES[d.getUTCMonth()] as string;
      case "%b":
        return (MONTH_NAMES[d.getUTCMonth()] as string).slice(0, 3);
      case "%A":
        return WEEKDAYS[d.getUTCDay()] as string;
      case "%a":
        return (WEEKDAYS[d.getUTCDay()] as string).slice(0, 3);
      case "%H":
        return pad(d.getUTCHours(), 2);
      case "%M":
        return pad(d.getUTCMinutes(), 2);
      case "%S":
        return pad(d.getUTCSeconds(), 2);
      case "%f":
        return pad(d.getUTCMilliseconds() * 1000, 6);
      default: {
        const value = offsetHours * 100;
        return `${value < 0 ? "-" : "+"}${pad(Math.abs(value), 4)}`;
      }
    }
  });
}

function parseIsoDate(text: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) throw new RangeError(`not a YYYY-MM-DD date: ${text}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

/** Python's str(datetime) for the metadata ("2024-01-15 14:30:45[+05:00]"). */
function pyDatetimeStr(wallMs: number, offsetHours: number | null): string {
  const d = new Date(wallMs);
  const micro = d.getUTCMilliseconds() * 1000;
  const time = `${pad(d.getUTCHours(), 2)}:${pad(d.getUTCMinutes(), 2)}:${pad(d.getUTCSeconds(), 2)}${micro ? `.${pad(micro, 6)}` : ""}`;
  const date = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
  const tz =
    offsetHours === null ? "" : `${offsetHours < 0 ? "-" : "+"}${pad(Math.abs(offsetHours), 2)}:00`;
  return `${date} ${time}${tz}`;
}

const ConfigSchema = z.object({
  max_time_difference_seconds: z.number().int().positive().default(86_400),
  min_date: z.string().default("1900-01-01"),
  max_date: z.string().default("3000-01-01"),
  max_date_difference_days: z.number().int().positive().default(100),
  task_types: z
    .array(z.enum(TASK_TYPES))
    .min(1)
    .default([...TASK_TYPES]),
});

function formatDuration(expected: string, micro: number): string {
  const total = micro / 1e6;
  const hh = pyPad2(floorDiv(total, 3600));
  const mm = pyPad2(floorDiv(pyMod(total, 3600), 60));
  const ss = pyPad2(Math.trunc(pyMod(total, 60)));
  if (expected === "HH:MM") return `${hh}:${mm}`;
  if (expected === "HH:MM:SS") return `${hh}:${mm}:${ss}`;
  if (expected === "HH:MM:SS.mmm")
    return `${hh}:${mm}:${ss}.${pad(Math.trunc(pyMod(total, 1) * 1000), 3)}`;
  const days = floorDiv(micro, DAY_MS * 1000);
  if (expected === "D days") return `${days} days`;
  const seconds = floorDiv(micro - days * DAY_MS * 1000, 1e6);
  const rest = `${pad(floorDiv(seconds, 3600), 2)}:${pad(floorDiv(seconds % 3600, 60), 2)}`;
  return expected === "D days, HH:MM:SS"
    ? `${days} days, ${rest}:${pad(seconds % 60, 2)}`
    : `${days} days, ${rest}`;
}

/** Python's int() on a string, as a number; throws where Python raises ValueError. */
function int(text: string | undefined): number {
  const value = text === undefined ? null : pyInt(text);
  if (value === null) throw new RangeError("invalid literal for int()");
  return Number(value);
}

function parseTime(text: string): number {
  const parts = text.trim().split(":");
  let seconds = int(parts[0]) * 3600 + int(parts[1]) * 60;
  if (parts.length > 2) {
    const last = parts[2] as string;
    if (last.includes(".")) {
      const pieces = last.split(".");
      if (pieces.length !== 2) throw new RangeError("too many values to unpack");
      seconds += int(pieces[0]) + int(pieces[1]) / 1000;
    } else seconds += int(last);
  }
  return seconds;
}

function parseDatetime(text: string): number {
  const days = int(text.split(" days,")[0]);
  const parts = (text.split(",")[1] ?? "").trim().split(":");
  let seconds = int(parts[0]) * 3600 + int(parts[1]) * 60;
  if (parts.length > 2) seconds += int(parts[2]);
  return days * 86400 + seconds;
}

function limit(entry: { metadata: Record<string, unknown> }, key: string, fallback: number) {
  const difficulty = entry.metadata.difficulty as Record<string, unknown> | undefined;
  const value = difficulty?.[key];
  return typeof value === "number" && value > 0 ? value : fallback;
}

export const timeIntervals = defineLogicTask({
  name: "time_intervals",
  category: "arithmetic",
  curriculum: {
    max_time_difference_seconds: scalar("max_time_difference_seconds", [
      60,
      3600,
      3 * 3600,
      6 * 3600,
      9 * 3600,
      12 * 3600,
      24 * 3600,
    ]),
    max_date_difference_days: scalar("max_date_difference_days", [1, 7, 30, 365, 5 * 365]),
  },
  description: "Duration between two times, dates or date-times, in a given format.",
  config: ConfigSchema,
  generate(rng, config) {
    const taskType = rng.pick(config.task_types);
    let start: string;
    let end: string;
    let format: string;
    let expected: string;
    let startWall: number; // ms, as printed
    let endWall: number;
    let startOffset: number | null = null;
    let endOffset: number | null = null;
    if (taskType.startsWith("time")) {
      format =
        taskType === "time_ms"
          ? (TIME_FORMATS[2] as string)
          : (TIME_FORMATS[taskType === "time_seconds" ? 1 : 0] as string);
      expected =
        taskType === "time_ms"
          ? "HH:MM:SS.mmm"
          : taskType === "time_seconds"
            ? "HH:MM:SS"
            : "HH:MM";
      const h = rng.int(0, 23);
      const m = rng.int(0, 59);
      const s = rng.int(0, 59);
      const untilMidnight = (24 - h) * 3600 - m * 60 - s;
      const maxSeconds = Math.min(config.max_time_difference_seconds, untilMidnight);
      const diff = maxSeconds > 0 ? rng.int(1, maxSeconds) : 0;
      let base = (h * 3600 + m * 60 + s) * 1000;
      let after = base + diff * 1000;
      if (taskType === "time_ms") {
        base += rng.int(0, 999);
        after = base + diff * 1000 + rng.int(0, 999);
      }
      const fmt = (ms: number) => {
        const text = strftime(format, ms % DAY_MS);
        return taskType === "time_ms" ? text.slice(0, -3) : text;
      };
      start = fmt(base);
      end = fmt(after);
      // The printed times are read back on the same day.
      const truncate = (ms: number) =>
        taskType === "time" ? Math.floor((ms % DAY_MS) / 60_000) * 60_000 : ms % DAY_MS;
      startWall = truncate(base);
      endWall = truncate(after);
    } else if (taskType === "date") {
      format = rng.pick(DATE_FORMATS);
      expected = "D days";
      const minDate = parseIsoDate(config.min_date);
      const span = (parseIsoDate(config.max_date) - minDate) / DAY_MS;
      const maxDiff = Math.min(config.max_date_difference_days, span);
      const startDays = rng.int(0, Math.max(0, span - maxDiff - 1));
      const diffDays = rng.int(0, maxDiff);
      startWall = minDate + startDays * DAY_MS;
      endWall = startWall + diffDays * DAY_MS;
      start = strftime(format, startWall);
      end = strftime(format, endWall);
    } else {
      format = rng.pick(DATETIME_FORMATS);
      expected = rng.pick(["D days, HH:MM", "D days, HH:MM:SS"]);
      const minDate = parseIsoDate(config.min_date);
      const span = (parseIsoDate(config.max_date) - minDate) / DAY_MS;
      const startDays = rng.int(0, span);
      const h = rng.int(0, 23);
      const m = rng.int(0, 59);
      const s = rng.int(0, 59);
      const diffDays = rng.int(0, config.max_date_difference_days);
      const diffSeconds = rng.int(1, config.max_time_difference_seconds);
      const base = minDate + startDays * DAY_MS + (h * 3600 + m * 60 + s) * 1000;
      const after = base + diffDays * DAY_MS + diffSeconds * 1000;
      if (format.includes("%z")) {
        startOffset = rng.int(-12, 12);
        endOffset = rng.int(-12, 12);
      }
      start = strftime(format, base, startOffset ?? 0);
      end = strftime(format, after, endOffset ?? 0);
      const truncate = (ms: number) =>
        format.includes("%S") ? ms : Math.floor(ms / 60_000) * 60_000;
      startWall = truncate(base);
      endWall = truncate(after);
    }
    // Absolute instants: wall time minus the UTC offset.
    const micro =
      (endWall - (endOffset ?? 0) * 3_600_000 - (startWall - (startOffset ?? 0) * 3_600_000)) *
      1000;
    const question = rng
      .pick(TEMPLATES)
      .replace("{start}", start)
      .replace("{end}", end)
      .replace("{format}", expected);
    return {
      question,
      answer: formatDuration(expected, micro),
      metadata: {
        task_type: taskType,
        start_time: pyDatetimeStr(startWall, startOffset),
        end_time: pyDatetimeStr(endWall, endOffset),
        format,
        expected_format: expected,
        difficulty: {
          max_time_difference_seconds: config.max_time_difference_seconds,
          max_date_difference_days: config.max_date_difference_days,
        },
      },
    };
  },
  score(answer, entry) {
    if (answer === null || entry.answer === null) return 0;
    const taskType = entry.metadata.task_type;
    if (typeof taskType !== "string") return 0;
    const maxDays = limit(entry, "max_date_difference_days", 100);
    let actual: number;
    let expected: number;
    let maxDiff: number;
    if (taskType === "date") {
      actual = int(answer.trim().split(/\s+/)[0]);
      expected = int(entry.answer.trim().split(/\s+/)[0]);
      maxDiff = maxDays;
    } else if (taskType.startsWith("time")) {
      actual = parseTime(answer);
      expected = parseTime(entry.answer);
      maxDiff = limit(entry, "max_time_difference_seconds", 86_400);
    } else {
      actual = parseDatetime(answer);
      expected = parseDatetime(entry.answer);
      maxDiff = maxDays * 86_400;
    }
    if (actual === expected) return 1;
    return Math.max(0, 1 - Math.abs(actual - expected) / maxDiff);
  },
});
