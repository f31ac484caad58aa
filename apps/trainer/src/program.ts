import { writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { errorMessage } from "@prorl/core";
import { BACKEND_CHOICES } from "@prorl/model/backend-choices";
import cliProgress from "cli-progress";
import { Command, CommanderError, InvalidArgumentError } from "commander";
import { loadTrainConfig, type ResolvedConfig } from "./config.js";
import { readMetrics } from "./metrics-log.js";
import { writeReport } from "./report.js";
import { formatSummary, summarizeRun } from "./summary.js";
import { type ProgressEvent, train } from "./trainer.js";

/** Presets shipped with the package (presets/<name>.yaml). */
export const PRESETS = ["default", "smoke"] as const;

/** A command line that cannot run: printed as one line, exit code 1. */
export class UsageError extends Error {
  override name = "UsageError";
}

export function presetPath(name: string): string {
  if (!(PRESETS as readonly string[]).includes(name)) {
    throw new UsageError(`unknown preset "${name}" (known: ${PRESETS.join(", ")})`);
  }
  return fileURLToPath(new URL(`../presets/${name}.yaml`, import.meta.url));
}

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("must be a positive integer");
  return n;
}

const fmt = (x: number, digits = 3) => (Number.isFinite(x) ? x.toFixed(digits) : String(x));

/** Progress on stderr: a bar for the warm start and one for RL steps; messages on their own lines. */
function progressPrinter(quiet: boolean): {
  onProgress: (e: ProgressEvent) => void;
  stop: () => void;
} {
  let bar: cliProgress.SingleBar | null = null;
  let kind = "";
  // The payload's placeholders fill the first frame, drawn before any value is known.
  const open = (
    label: string,
    total: number,
    start: number,
    format: string,
    payload: Record<string, string>,
  ) => {
    bar?.stop();
    bar = new cliProgress.SingleBar(
      {
        stream: process.stderr,
        format: `${label} [{bar}] {value}/{total} | ETA {eta_formatted} | ${format}`,
        noTTYOutput: true,
        notTTYSchedule: 10000,
        hideCursor: true,
        etaBuffer: 20,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, start, payload);
    kind = label;
  };
  const stop = () => {
    bar?.stop();
    bar = null;
    kind = "";
  };
  const onProgress = (e: ProgressEvent) => {
    if (quiet) return;
    switch (e.kind) {
      case "message":
        if (bar && process.stderr.isTTY) process.stderr.write("\n");
        process.stderr.write(`prorl-train: ${e.text}\n`);
        return;
      case "warm-start":
        if (kind !== "warm start") open("warm start", e.steps, 0, "loss {loss}", { loss: "-" });
        bar?.update(e.step, { loss: fmt(e.loss) });
        if (e.step === e.steps) stop();
        return;
      case "step":
        if (kind !== "train") {
          open(
            "train",
            e.steps,
            e.step - 1,
            "reward {reward} | KL {kl} | entropy {entropy} | len {len} | trunc {trunc}",
            { reward: "-", kl: "-", entropy: "-", len: "-", trunc: "-" },
          );
        }
        bar?.update(e.step, {
          reward: fmt(e.record.reward),
          kl: fmt(e.record.klRef, 4),
          entropy: fmt(e.record.entropy),
          len: fmt(e.record.responseLength, 1),
          trunc: fmt(e.record.truncated, 2),
        });
        return;
      case "validation": {
        const tasks = Object.entries(e.record.tasks)
          .map(([t, s]) => `${t} ${fmt(s.passAtK["1"] ?? 0, 2)}`)
          .join(", ");
        if (bar && process.stderr.isTTY) process.stderr.write("\n");
        const truncated =
          e.record.truncated === undefined ? "" : `, truncated ${fmt(e.record.truncated, 2)}`;
        process.stderr.write(
          `prorl-train: validation at step ${e.record.step}: pass@1 ${fmt(e.record.score)} (${tasks})${truncated}\n`,
        );
      }
    }
  };
  return { onProgress, stop };
}

export function buildProgram(): Command {
  const program = new Command("prorl-train")
    .description(
      "Train a policy with the ProRL recipe (GRPO, clip-higher, dynamic sampling, KL, resets).",
    )
    .configureOutput({ outputError: (text, write) => write(`${text.split("\n")[0]}\n`) })
    .addHelpText(
      "after",
      `
Examples:
  prorl-train                                  the embedded default (tiny model, no downloads)
  prorl-train --preset smoke --out runs/smoke  the same path in under a minute
  prorl-train --config train.yaml --out runs/a
  prorl-train --config train.yaml --out runs/a --resume
  prorl-train --config train.yaml --model ./Qwen2-0.5B --out runs/q
  prorl-train reset runs/a                     reset the reference policy at the next step
Options of training: prorl-train train --help`,
    );

  program
    .command("train", { isDefault: true })
    .description("run (or --resume) training from a config file or a preset")
    .option("-c, --config <file>", "training config (YAML or JSON)")
    .option("--preset <name>", `a shipped config: ${PRESETS.join(", ")} (the embedded default)`)
    .option("-o, --out <dir>", "run directory (default: the config's output)")
    .option("--resume", "continue from the latest checkpoint in the run directory")
    .option(
      "--force",
      "with --resume: continue even though the seed, model, blend, prompts or tasks changed",
    )
    .option(
      "--model <dir>",
      "train this Hugging Face model directory instead of the config's model",
    )
    .option("--steps <n>", "override the number of RL steps", positiveInteger)
    .option("--backend <name>", `override the backend: ${BACKEND_CHOICES.join(", ")}`)
    .option("-q, --quiet", "no progress output")
    .action(async (options) => {
      if (options.config && options.preset) {
        throw new UsageError("give --config or --preset, not both");
      }
      const path = options.config ?? presetPath(options.preset ?? "default");
      let config: ResolvedConfig = await loadTrainConfig(path);
      // A preset's run directory is relative to where the command runs, not to the package.
      if (!options.config) config = { ...config, output: resolve(config.output) };
      if (options.model !== undefined) {
        config = {
          ...config,
          model: { path: resolve(options.model), initSeed: config.model.initSeed },
        };
      }
      if (options.steps !== undefined) config = { ...config, steps: options.steps };
      if (options.backend !== undefined) {
        if (!(BACKEND_CHOICES as readonly string[]).includes(options.backend)) {
          throw new UsageError(
            `unknown backend "${options.backend}" (known: ${BACKEND_CHOICES.join(", ")})`,
          );
        }
        config = { ...config, backend: options.backend };
      }
      let stopSignal: NodeJS.Signals | null = null;
      const onSignal = (signal: NodeJS.Signals) => {
        if (stopSignal !== null) process.exit(signal === "SIGINT" ? 130 : 143);
        stopSignal = signal;
        process.stderr.write(
          `\nprorl-train: ${signal}: finishing this step and saving a checkpoint (again to quit now)\n`,
        );
      };
      process.on("SIGINT", onSignal);
      process.on("SIGTERM", onSignal);
      const progress = progressPrinter(options.quiet === true);
      try {
        const result = await train(config, {
          ...(options.out ? { out: options.out } : {}),
          resume: options.resume === true,
          force: options.force === true,
          shouldStop: () => stopSignal !== null,
          onProgress: progress.onProgress,
        });
        progress.stop();
        process.stdout.write(result.summary);
        process.stdout.write(
          `\nRun directory: ${result.runDir} (report.html, metrics.jsonl, ${result.stopped ? "checkpoints/" : "final/"})\n`,
        );
        if (stopSignal !== null) process.exitCode = stopSignal === "SIGINT" ? 130 : 143;
      } finally {
        progress.stop();
        process.off("SIGINT", onSignal);
        process.off("SIGTERM", onSignal);
      }
    });

  program
    .command("reset")
    .description(
      "ask a running (or the next resumed) run to reset its reference policy and optimizer",
    )
    .argument("<run-dir>", "the run directory")
    .action(async (runDir: string) => {
      const config = JSON.parse(
        await import("node:fs/promises").then((fs) =>
          fs.readFile(join(runDir, "config.json"), "utf8").catch(() => {
            throw new Error(`${runDir}: not a run directory (no config.json)`);
          }),
        ),
      ) as { reset?: { signalFile?: string } };
      const file = join(runDir, config.reset?.signalFile ?? "RESET");
      await writeFile(file, `${new Date().toISOString()}\n`);
      process.stdout.write(`reset requested: ${file} (taken at the start of the next step)\n`);
    });

  program
    .command("report")
    .description("rewrite report.html of a run from its metrics and print the before/after table")
    .argument("<run-dir>", "the run directory")
    .action(async (runDir: string) => {
      const records = await readMetrics(join(runDir, "metrics.jsonl"));
      if (records.length === 0) throw new Error(`${runDir}: no metrics.jsonl records`);
      const path = await writeReport(runDir);
      process.stdout.write(formatSummary(summarizeRun(records)));
      process.stdout.write(`\nReport: ${path}\n`);
    });

  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram().exitOverride();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    process.stderr.write(`prorl-train: ${errorMessage(error).split("\n")[0]}\n`);
    return 1;
  }
}
