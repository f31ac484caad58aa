import type { GsmTemplate } from "./solution.js";
import { TEMPLATES_00_24 } from "./templates-00-24.js";
import { TEMPLATES_25_49 } from "./templates-25-49.js";
import { TEMPLATES_50_74 } from "./templates-50-74.js";
import { TEMPLATES_75_99 } from "./templates-75-99.js";

/** RG's 100 GSM-Symbolic templates by number (generate_0 ... generate_99). */
export const GSM_TEMPLATES: readonly GsmTemplate[] = [
  ...TEMPLATES_00_24,
  ...TEMPLATES_25_49,
  ...TEMPLATES_50_74,
  ...TEMPLATES_75_99,
];

/** The templates RG's dataset draws from (its `tasks_ok`); the other 15 RG marks as needing a fix. */
export const GSM_TEMPLATES_OK: readonly number[] = [
  0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26,
  27, 28, 29, 30, 31, 33, 34, 36, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53,
  54, 55, 56, 57, 58, 59, 60, 62, 64, 66, 67, 68, 69, 70, 71, 72, 73, 75, 78, 80, 81, 82, 83, 84,
  85, 88, 89, 91, 92, 93, 94, 95, 96, 99,
];
