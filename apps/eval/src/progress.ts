import cliProgress from "cli-progress";

export interface Progress {
  update(value: number, detail?: string): void;
  stop(): void;
}

/**
 * A progress bar on stderr. On a terminal it redraws in place; elsewhere (CI, pipes) it prints
 * a line every few seconds. `quiet` turns it off.
 */
export function createProgress(label: string, total: number, quiet = false): Progress {
  if (quiet) return { update() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: `${label} [{bar}] {percentage}% | ETA {eta_formatted} | {detail}`,
      noTTYOutput: true,
      notTTYSchedule: 5000,
      hideCursor: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { detail: "" });
  return {
    update(value, detail = "") {
      bar.update(Math.min(value, total), { detail });
    },
    stop() {
      bar.stop();
    },
  };
}
