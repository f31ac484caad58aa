import type { Rng } from "@prorl/core";
import { z } from "zod";
import { scalar } from "../curriculum-attributes.js";
import { defineLogicTask } from "../define.js";
import { MONTH_NAMES } from "../lib/calendar.js";
import { pyInt } from "../lib/numbers.js";

// Reasoning Gym: reasoning_gym/arithmetic/calendar_arithmetic.py
// Scoring as RG, per sub-task: weekday answers 1.0 when exact, 0.1 for another weekday name,
// 0.05 for a weekday name in the wrong case; counts exp(-5 * relative error); leap years a
// case-insensitive Yes/No.
// Fix: RG divides by the signed oracle, so for a negative oracle (-1, "no such day") any wrong
// count scores above 1; here the relative error uses |oracle|.

const TASKS = [
  "weekday_offset",
  "weekday_of_date",
  "weekday_of_date_from_first_date",
  "recurring_event_day",
  "count_days",
  "count_business_days",
  "is_leap_year",
] as const;
type CalendarTask = (typeof TASKS)[number];

const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const DAY_TEMPLATES = [
  "Answer with the weekday's name (e.g., Monday, Tuesday, etc.).",
  "Provide the full name of the weekday.",
  "State the weekday (Monday through Sunday).",
  "Give the weekday name in full.",
  "Reply with just the weekday name.",
  "Write out the full weekday name.",
  "Respond with the weekday (Monday-Sunday).",
  "Answer using the complete weekday name.",
  "Name the day of the week in full.",
];
const COUNT_TEMPLATES = [
  "Answer with a number.",
  "Provide the count as a number.",
  "Respond with just the number.",
  "Write the total number.",
  "Give the count numerically.",
  "State the amount as a number.",
  "Reply with the numerical value.",
  "Express your answer as a number.",
];

/** A proleptic Gregorian date as a day number (days since 1970-01-01), valid for any year. */
function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

interface Civil {
  year: number;
  month: number;
  day: number;
}

function civil(days: number): Civil {
  const z0 = days + 719468;
  const era = Math.floor(z0 / 146097);
  const doe = z0 - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Python's date.weekday(): Monday = 0. */
const weekdayIndex = (days: number) => (((days + 3) % 7) + 7) % 7;
const weekdayName = (days: number) => WEEKDAYS[weekdayIndex(days)] as string;
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const monthLength = (y: number, m: number) =>
  dayNumber(m === 12 ? y + 1 : y, (m % 12) + 1, 1) - dayNumber(y, m, 1);
const pad = (n: number, w: number) => String(n).padStart(w, "0");
const iso = (days: number) => {
  const c = civil(days);
  return `${pad(c.year, 4)}-${pad(c.month, 2)}-${pad(c.day, 2)}`;
};
/** "Wednesday, March 13" (strftime('%A, %B') plus the unpadded day). */
const weekdayMonthDay = (days: number) => {
  const c = civil(days);
  return `${weekdayName(days)}, ${MONTH_NAMES[c.month - 1]} ${c.day}`;
};

const ConfigSchema = z.object({
  year: z.number().int().positive().default(2022),
  tasks: z
    .array(z.enum(TASKS))
    .min(1)
    .default([...TASKS]),
  offset_upper_bound: z.number().int().positive().default(100),
  leap_year_range: z.number().int().min(0).default(200),
});
type Config = z.infer<typeof ConfigSchema>;
type Generated = [question: string, answer: string, metadata: Record<string, unknown>];

function randomDateForYear(rng: Rng, year: number): number {
  const month = rng.int(1, 12);
  return dayNumber(year, month, rng.int(1, monthLength(year, month)));
}

const HANDLERS: Record<CalendarTask, (rng: Rng, config: Config) => Generated> = {
  weekday_offset(rng, config) {
    const start = randomDateForYear(rng, config.year);
    const offset = rng.int(1, config.offset_upper_bound) * rng.pick([-1, 1]);
    const target = start + offset;
    const c = civil(start);
    const dateStr = `${weekdayName(start)}, ${MONTH_NAMES[c.month - 1]} ${c.day}, ${c.year}`;
    const templates =
      offset >= 0
        ? [
            `If today is ${dateStr}, what day of the week will it be in ${offset} days? `,
            `Starting from ${dateStr}, which weekday falls after a ${offset}-day jump? `,
            `Count forward ${offset} days from ${dateStr} - what's the weekday? `,
          ]
        : [
            `If today is ${dateStr}, what day of the week was it ${-offset} days ago? `,
            `Starting from ${dateStr}, which weekday was it ${-offset} days before? `,
            `Count backward ${-offset} days from ${dateStr} - what's the weekday? `,
          ];
    return [
      rng.pick(templates) + rng.pick(DAY_TEMPLATES),
      weekdayName(target),
      {
        task: "weekday_offset",
        start_date: iso(start),
        offset_days: offset,
        target_date: iso(target),
      },
    ];
  },
  weekday_of_date(rng, config) {
    const target = randomDateForYear(rng, config.year);
    const c = civil(target);
    const templates = [
      `What day of the week was ${MONTH_NAMES[c.month - 1]} ${c.day}, ${config.year}?`,
      `On which weekday did ${MONTH_NAMES[c.month - 1]} ${c.day}, ${config.year} fall?`,
      `Name the day of the week for ${pad(c.month, 2)}/${pad(c.day, 2)}/${pad(c.year, 4)}.`,
    ];
    return [
      `${rng.pick(templates)} ${rng.pick(DAY_TEMPLATES)}`,
      weekdayName(target),
      { task: "weekday_of_date", target_date: iso(target) },
    ];
  },
  weekday_of_date_from_first_date(rng, config) {
    const firstDay = rng.int(0, 6);
    const yearStart = dayNumber(config.year, 1, 1);
    const yearEnd = dayNumber(config.year, 12, 31);
    const maxDate = Math.min(yearStart + config.offset_upper_bound, yearEnd);
    let target = yearStart;
    while (target === yearStart) target = yearStart + rng.int(0, maxDate - yearStart);
    const delta = target - yearStart;
    const c = civil(target);
    const first = WEEKDAYS[firstDay] as string;
    const md = `${MONTH_NAMES[c.month - 1]} ${c.day}`;
    const templates = [
      `If the first day of the year was a ${first}, what day of the week will ${md} be? `,
      `Given that January 1 fell on a ${first}, which weekday occurs on ${md}? `,
      `In a year where ${first} is January 1st, name the weekday of ${md}. `,
    ];
    return [
      rng.pick(templates) + rng.pick(DAY_TEMPLATES),
      WEEKDAYS[(firstDay + delta) % 7] as string,
      {
        task: "weekday_of_date_from_first_date",
        year: config.year,
        first_day: first,
        target_date: iso(target),
        delta_days: delta,
      },
    ];
  },
  recurring_event_day(rng, config) {
    const year = config.year;
    const month = rng.int(1, 12);
    const ordinal = rng.pick(["first", "second", "third", "fourth", "last"]);
    const weekday = rng.int(0, 6);
    const last = monthLength(year, month);
    const days = Array.from({ length: last }, (_, k) => k + 1).filter(
      (d) => weekdayIndex(dayNumber(year, month, d)) === weekday,
    );
    const position =
      { first: 0, second: 1, third: 2, fourth: 3, last: days.length - 1 }[ordinal] ?? 0;
    const eventDay = days[position] ?? -1;
    const name = WEEKDAYS[weekday] as string;
    const monthName = MONTH_NAMES[month - 1] as string;
    const templates = [
      `If a meeting is scheduled on the ${ordinal} ${name} of ${monthName} ${year}, on which day of the month does it occur? `,
      `In ${monthName} ${year}, if an event recurs on the ${ordinal} ${name}, what is the date (day of the month) of the event? `,
      `Determine the day of the month for the ${ordinal} ${name} in ${monthName} ${year}. `,
    ];
    return [
      `${rng.pick(templates)}${rng.pick(COUNT_TEMPLATES)} Answer with -1 if the ordinal does not exist in the month.`,
      String(eventDay),
      { task: "recurring_event_day", year, month, ordinal, weekday: name },
    ];
  },
  count_days(rng, config) {
    const year = config.year;
    const yearStart = dayNumber(year, 1, 1);
    const yearEnd = dayNumber(year, 12, 31);
    const start = yearStart + rng.int(0, yearEnd - yearStart);
    const end = start + rng.int(0, Math.min(yearEnd, start + config.offset_upper_bound) - start);
    const weekday = rng.int(0, 6);
    let count = 0;
    for (let d = start; d <= end; d++) if (weekdayIndex(d) === weekday) count++;
    const name = WEEKDAYS[weekday] as string;
    const templates = [
      `How many ${name}s are there from ${weekdayMonthDay(start)}, ${year} to ${weekdayMonthDay(end)}, ${year} (inclusive of both dates)? `,
      `Count the occurrences of ${name} from ${weekdayMonthDay(start)} to ${weekdayMonthDay(end)}, ${year} (including both start and end dates). `,
      `Between ${weekdayMonthDay(start)}, ${year} and ${weekdayMonthDay(end)}, ${year} (counting both dates), how many times does ${name} occur? `,
    ];
    return [
      rng.pick(templates) + rng.pick(COUNT_TEMPLATES),
      String(count),
      { task: "count_days", year, start_date: iso(start), end_date: iso(end) },
    ];
  },
  count_business_days(rng, config) {
    const year = config.year;
    const yearStart = dayNumber(year, 1, 1);
    const yearEnd = dayNumber(year, 12, 31);
    const start = yearStart + rng.int(0, yearEnd - yearStart);
    // As in RG, the end date may run into the next year while the question prints `year`.
    const end = start + rng.int(0, config.offset_upper_bound);
    let count = 0;
    for (let d = start; d <= end; d++) if (weekdayIndex(d) < 5) count++;
    const templates = [
      `How many business days (Monday-Friday) are there from ${weekdayMonthDay(start)}, ${year} to ${weekdayMonthDay(end)}, ${year} (inclusive of both dates)? `,
      `Count the weekdays (excluding weekends) from ${weekdayMonthDay(start)} to ${weekdayMonthDay(end)}, ${year} (including both start and end dates). `,
      `Between ${weekdayMonthDay(start)}, ${year} and ${weekdayMonthDay(end)}, ${year} (counting both dates), what's the total count of business days (Monday through Friday)? `,
    ];
    return [
      rng.pick(templates) + rng.pick(COUNT_TEMPLATES),
      String(count),
      { task: "count_business_days", start_date: iso(start), end_date: iso(end) },
    ];
  },
  is_leap_year(rng, config) {
    const half = Math.floor(config.leap_year_range / 2);
    const year = rng.int(config.year - half, config.year + half);
    const leap = isLeap(year);
    const templates = [
      `Determine if the year ${year} is a leap year. `,
      `Is ${year} a leap year? `,
      `Tell me whether ${year} is a leap year. `,
    ];
    return [
      `${rng.pick(templates)}Answer with Yes or No.`,
      leap ? "Yes" : "No",
      { task: "is_leap_year", year, is_leap: leap },
    ];
  },
};

/** Python's str.title() for a single word: first letter upper, the rest lower. */
const title = (s: string) =>
  s.replace(/[A-Za-z]+/g, (w) => `${w[0]?.toUpperCase()}${w.slice(1).toLowerCase()}`);

/** The task mix of each curriculum level (RG's CalendarArithmeticCurriculum). */
const CURRICULUM_TASK_SETS = [
  ["weekday_of_date"],
  ["weekday_of_date", "is_leap_year", "weekday_offset"],
  ["weekday_of_date", "is_leap_year", "weekday_offset", "count_days", "count_business_days"],
  [
    "weekday_of_date",
    "is_leap_year",
    "weekday_offset",
    "count_days",
    "count_business_days",
    "weekday_of_date_from_first_date",
    "recurring_event_day",
  ],
];

export const calendarArithmetic = defineLogicTask({
  name: "calendar_arithmetic",
  category: "arithmetic",
  curriculum: {
    tasks: scalar("tasks", CURRICULUM_TASK_SETS),
    offset_upper_bound: scalar("offset_upper_bound", [30, 100, 250, 365]),
  },
  description: "Weekdays, day counts, business days and leap years.",
  config: ConfigSchema,
  generate(rng, config) {
    const task = rng.pick(config.tasks);
    const [question, answer, metadata] = HANDLERS[task](rng, config);
    return {
      question,
      answer,
      metadata: {
        ...metadata,
        difficulty: { tasks: config.tasks, offset_upper_bound: config.offset_upper_bound },
      },
    };
  },
  score(answer, entry) {
    if (answer === null || answer.length === 0 || entry.answer === null) return 0;
    const task = entry.metadata.task;
    if (
      task === "weekday_offset" ||
      task === "weekday_of_date" ||
      task === "weekday_of_date_from_first_date"
    ) {
      const given = answer.trim();
      if (given === entry.answer) return 1;
      if (WEEKDAYS.includes(given)) return 0.1;
      if (WEEKDAYS.includes(title(given))) return 0.05;
      return 0;
    }
    if (task === "count_days" || task === "count_business_days" || task === "recurring_event_day") {
      const given = pyInt(answer);
      const oracle = pyInt(entry.answer);
      if (given === null || oracle === null) return 0;
      if (oracle === 0n) return given === 0n ? 1 : 0;
      const relative = Math.abs(Number(given - oracle)) / Math.abs(Number(oracle));
      return Math.exp(-5 * relative);
    }
    if (task === "is_leap_year")
      return answer.trim().toLowerCase() === entry.answer.toLowerCase() ? 1 : 0;
    return 0;
  },
});
