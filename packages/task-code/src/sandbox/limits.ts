import { z } from "zod";

const MiB = 1024 * 1024;

/** Resource limits for one sandboxed run. Every field has a default. */
export const LimitsSchema = z.object({
  /** Address space of each process (RLIMIT_AS), bytes. */
  memoryBytes: z
    .number()
    .int()
    .min(64 * MiB)
    .default(1024 * MiB),
  /** Tasks (processes and threads) the program may have at once (RLIMIT_NPROC, per sandbox). */
  processes: z.number().int().min(1).max(4096).default(16),
  /** Open file descriptors per process (RLIMIT_NOFILE). */
  openFiles: z.number().int().min(16).max(65536).default(64),
  /** Largest file the program may write (RLIMIT_FSIZE), bytes. */
  fileSizeBytes: z
    .number()
    .int()
    .min(0)
    .default(16 * MiB),
  /** Size of the private scratch tmpfs mounted at /tmp (the only writable place), bytes. */
  scratchBytes: z
    .number()
    .int()
    .min(MiB)
    .default(64 * MiB),
  /** stdout and stderr, each, per test; more is a failed test. */
  outputBytes: z.number().int().min(1024).default(MiB),
  /** Wall-clock limit of one test, ms. */
  testTimeoutMs: z.number().int().min(10).default(5000),
  /** Wall-clock budget for all tests of one program, ms (PRIME: 5 s). */
  totalTimeoutMs: z.number().int().min(10).default(5000),
  /** Extra wall-clock time for starting the sandbox before it is killed, ms. */
  startupGraceMs: z.number().int().min(0).default(2000),
});

export type Limits = z.output<typeof LimitsSchema>;
export type LimitsInput = z.input<typeof LimitsSchema>;

export function resolveLimits(...parts: (LimitsInput | undefined)[]): Limits {
  const merged: Record<string, unknown> = {};
  for (const part of parts) {
    if (!part) continue;
    for (const [key, value] of Object.entries(part)) if (value !== undefined) merged[key] = value;
  }
  return LimitsSchema.parse(merged);
}
