import { mkdir } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  buildBlend,
  errorMessage,
  formatBlendTable,
  loadBlendFile,
  PRORL_BLEND_PATH,
  writeFileAtomic,
} from "@prorl/core";
import { Command, CommanderError, InvalidArgumentError } from "commander";
import { compareRuns, formatComparison, loadResults } from "./compare.js";
import { EXPORT_FORMATS, type ExportFormat, exportBlend } from "./export.js";
import { writePlots } from "./plots.js";
import { createProgress, type Progress } from "./progress.js";
import { formatMarkdown } from "./report.js";
import { RESULT_FILES, runEval } from "./run.js";
import { loadEvalConfig } from "./run-config.js";
import { formatScoreSummary, scoreFile } from "./score.js";
import { resolveTaskOptions } from "./score-item.js";
import { readTaskOptions, serve } from "./serve/command.js";
import { loadTaskRegistry } from "./task-packages.js";

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("must be a positive integer");
  return n;
}

/** The Python glue shipped in the package (python/ beside src/ and dist/). */
export const PYTHON_GLUE_PATH = fileURLToPath(
  new URL("../python/prorl_reward.py", import.meta.url),
);

function exportFormat(value: string): ExportFormat {
  const format = EXPORT_FORMATS.find((f) => f === value);
  if (!format) throw new InvalidArgumentError(`must be one of ${EXPORT_FORMATS.join(", ")}`);
  return format;
}

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) {
    throw new InvalidArgumentError("must be a port number (0-65535; 0 picks a free one)");
  }
  return n;
}

function positiveNumber(value: string): number {
  const x = Number(value);
  if (!(x > 0 && Number.isFinite(x))) throw new InvalidArgumentError("must be a positive number");
  return x;
}

function fraction(value: string): number {
  const x = Number(value);
  if (!(x >= 0 && x <= 1)) throw new InvalidArgumentError("must be a number in [0, 1]");
  return x;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

const TASKS_OPTION = [
  "--tasks <package>",
  "also register a task package: a package name or a path to a module (repeatable)",
  collect,
  [] as string[],
] as const;

export function buildProgram(): Command {
  const program = new Command("prorl-eval")
    .description("Score model responses with prorl's verifiers and measure pass@k.")
    .configureOutput({ outputError: (text, write) => write(`${text.split("\n")[0]}\n`) });

  program
    .command("score")
    .description(
      "verify each {task, example, response} line of a JSONL file; write reward, correct and reason",
    )
    .requiredOption(
      "-i, --input <file>",
      "input JSONL: one {task, example, response} object per line",
    )
    .requiredOption(
      "-o, --output <file>",
      "output JSONL: each input object plus reward, correct, reason",
    )
    .option(
      "-c, --concurrency <n>",
      "verifications in flight at once",
      positiveInteger,
      availableParallelism(),
    )
    .option(...TASKS_OPTION)
    .option("-q, --quiet", "no progress bar or summary on stderr")
    .action(
      async (options: {
        input: string;
        output: string;
        concurrency: number;
        tasks: string[];
        quiet?: boolean;
      }) => {
        const { registry } = await loadTaskRegistry(options.tasks);
        let lines = 0;
        let progress: Progress | undefined;
        // Ctrl-C stops the scoring, which removes its temporary output file.
        const interrupt = new AbortController();
        const onInterrupt = () => interrupt.abort();
        process.once("SIGINT", onInterrupt);
        process.once("SIGTERM", onInterrupt);
        let summary: Awaited<ReturnType<typeof scoreFile>>;
        try {
          summary = await scoreFile({
            input: options.input,
            output: options.output,
            registry,
            concurrency: options.concurrency,
            signal: interrupt.signal,
            onProgress: (bytes, total, lineNumber) => {
              lines = lineNumber;
              progress ??= createProgress("scoring", Math.max(1, total), options.quiet);
              if (lineNumber % 64 === 0) progress.update(bytes, `${lines} lines`);
            },
          });
          progress?.update(Number.POSITIVE_INFINITY, `${lines} lines`);
        } catch (error) {
          if (!interrupt.signal.aborted) throw error;
          throw new ExitError(`interrupted; ${options.output} not written`, 130);
        } finally {
          progress?.stop();
          process.off("SIGINT", onInterrupt);
          process.off("SIGTERM", onInterrupt);
        }
        if (!options.quiet)
          process.stderr.write(`${formatScoreSummary(summary)}\nwrote ${options.output}\n`);
      },
    );

  program
    .command("serve")
    .description(
      "serve the verifiers and the sandbox over HTTP: /score, /openrlhf (OpenRLHF remote RM), /slime (remote_rm), /run_code (SandboxFusion), /health, /tasks",
    )
    .option("--host <host>", "address to listen on", "127.0.0.1")
    .option("--port <n>", "port to listen on (0: any free port)", port, 8700)
    .option(...TASKS_OPTION)
    .option(
      "-c, --concurrency <n>",
      "verifications running at once",
      positiveInteger,
      availableParallelism(),
    )
    .option(
      "--queue <n>",
      "items that may wait beyond those running (more: 429)",
      positiveInteger,
      4096,
    )
    .option(
      "--max-body <bytes>",
      "largest request body (more: 413)",
      positiveInteger,
      64 * 1024 * 1024,
    )
    .option("--item-timeout <seconds>", "budget for one verification", positiveNumber, 60)
    .option(
      "--api-key-env <name>",
      "require Authorization: Bearer $NAME (or ?api_key=) on every endpoint but /health",
    )
    .option(
      "--task-options <json|file>",
      `default options per task id or glob, e.g. '{"math": {"mode": "lenient"}}', or a YAML/JSON file`,
    )
    .action(async (options: Parameters<typeof serve>[0]) => {
      await serve(options);
    });

  program
    .command("export")
    .description(
      "write a blend (train and validation splits) as verl's RL parquet or OpenRLHF JSONL; labels are {task, example} for prorl-eval serve",
    )
    .requiredOption("--config <file>", "blend file (YAML or JSON)")
    .requiredOption("--format <format>", `${EXPORT_FORMATS.join(" | ")}`, exportFormat)
    .requiredOption("-o, --out <file>", "the training split's file")
    .option(
      "--validation-out <file>",
      "the validation split's file (default: --out with .validation before the extension)",
    )
    .option("--template <text>", 'wrap each task prompt: "{prompt}" is replaced by it')
    .option("--system <text>", "a system message before each prompt")
    .option(
      "--task-options <json|file>",
      "options written into the labels, per task id or glob (as serve's --task-options)",
    )
    .option(...TASKS_OPTION)
    .option("-q, --quiet", "no summary on stderr")
    .action(
      async (options: {
        config: string;
        format: ExportFormat;
        out: string;
        validationOut?: string;
        template?: string;
        system?: string;
        taskOptions?: string;
        tasks: string[];
        quiet?: boolean;
      }) => {
        const blend = await loadBlendFile(options.config);
        const { registry } = await loadTaskRegistry(options.tasks);
        const taskOptions = resolveTaskOptions(
          await readTaskOptions(options.taskOptions),
          registry,
          "--task-options",
        );
        const say = (message: string) => {
          if (!options.quiet) process.stderr.write(`${message}\n`);
        };
        const summary = await exportBlend({
          blend,
          registry,
          format: options.format,
          out: options.out,
          ...(options.validationOut ? { validationOut: options.validationOut } : {}),
          ...(options.template !== undefined ? { template: options.template } : {}),
          ...(options.system !== undefined ? { system: options.system } : {}),
          taskOptions,
          onNotice: say,
        });
        for (const file of summary.files)
          say(`wrote ${file.path} (${file.split}, ${file.rows} rows)`);
      },
    );

  program
    .command("glue")
    .description(
      "print the path of prorl_reward.py, the stdlib-only Python glue for verl's custom_reward_function and TRL's reward_funcs",
    )
    .action(() => {
      process.stdout.write(`${PYTHON_GLUE_PATH}\n`);
    });

  program
    .command("blend")
    .description(
      "print a blend's composition table (per component: counts, shortfalls, duplicates) without training",
    )
    .option(
      "--config <file>",
      "blend file (YAML or JSON); default: the shipped ProRL 136K blend",
      PRORL_BLEND_PATH,
    )
    .option(...TASKS_OPTION)
    .option("--json", "print the report as JSON instead of a Markdown table")
    .action(async (options: { config: string; tasks: string[]; json?: boolean }) => {
      const blend = await loadBlendFile(options.config);
      const { registry } = await loadTaskRegistry(options.tasks);
      const built = await buildBlend(blend, registry);
      if (options.json) {
        process.stdout.write(
          `${JSON.stringify({ name: built.name, seed: built.seed, complete: built.complete, components: built.components }, null, 2)}\n`,
        );
      } else {
        process.stdout.write(`${formatBlendTable(built)}\n`);
      }
    });

  program
    .command("run")
    .description(
      "generate n samples per benchmark prompt (openai or replay engine), score them, and write pass@k tables (Markdown, JSON) and plots (SVG)",
    )
    .requiredOption("--config <file>", "eval config (YAML or JSON); see the README")
    .option("-q, --quiet", "no progress on stderr")
    .action(async (options: { config: string; quiet?: boolean }) => {
      const config = await loadEvalConfig(options.config);
      const { registry } = await loadTaskRegistry(config.tasks);
      const bars = new Map<string, Progress>();
      // Every reply is already on disk (appended and synced as it arrived): say how to resume.
      const onInterrupt = () => {
        for (const bar of bars.values()) bar.stop();
        process.stderr.write(
          `prorl-eval: interrupted; generations so far are in ${join(config.output, RESULT_FILES.generations)}: run the same command again to resume\n`,
        );
        process.exit(130);
      };
      process.once("SIGINT", onInterrupt);
      process.once("SIGTERM", onInterrupt);
      const running = runEval(config, {
        registry,
        onNotice: (message) => {
          if (!options.quiet) process.stderr.write(`${message}\n`);
        },
        onProgress: ({ phase, done, total }) => {
          let bar = bars.get(phase);
          if (!bar) {
            for (const other of bars.values()) other.stop();
            const label =
              phase === "score"
                ? "scoring"
                : config.engine.type === "replay"
                  ? "replaying"
                  : "generating";
            bar = createProgress(label, total, options.quiet);
            bars.set(phase, bar);
          }
          bar.update(done, `${done}/${total} samples`);
        },
      });
      // Every exit path stops the bars: a running bar's timer keeps the process alive.
      const results = await running.finally(() => {
        for (const bar of bars.values()) bar.stop();
        process.off("SIGINT", onInterrupt);
        process.off("SIGTERM", onInterrupt);
      });
      const markdown = formatMarkdown([results]);
      await writeFileAtomic(join(config.output, RESULT_FILES.markdown), `${markdown}\n`);
      const plots = await writePlots([results], join(config.output, "plots"));
      process.stdout.write(`${markdown}\n`);
      if (!options.quiet) {
        process.stderr.write(
          `wrote ${config.output} (results.json, results.md, ${plots.length} plots)\n`,
        );
      }
    });

  program
    .command("compare")
    .description(
      "side-by-side pass@k tables of two or three runs (base, ..., trained); with three, each benchmark's regime (diminish, plateau, sustained)",
    )
    .argument("<runs...>", "two or three run directories (or their results.json), base first")
    .option("-o, --output <dir>", "also write compare.md, compare.json and the SVG plots here")
    .option("--epsilon <x>", "tolerance of the regime rule, in pass@k units", fraction, 0.02)
    .action(async (paths: string[], options: { output?: string; epsilon: number }) => {
      if (paths.length < 2 || paths.length > 3) {
        throw new Error(`compare takes two or three runs, got ${paths.length}`);
      }
      const runs = [];
      for (const path of paths) runs.push(await loadResults(path));
      const comparison = compareRuns(runs, options.epsilon);
      const markdown = formatComparison(runs, comparison);
      if (options.output) {
        await mkdir(options.output, { recursive: true });
        await writeFileAtomic(join(options.output, "compare.md"), `${markdown}\n`);
        await writeFileAtomic(
          join(options.output, "compare.json"),
          `${JSON.stringify(comparison, null, 2)}\n`,
        );
        await writePlots(runs, join(options.output, "plots"));
      }
      process.stdout.write(`${markdown}\n`);
    });

  program
    .command("tasks")
    .description("list the registered tasks (every installed @prorl/task-* package, plus --tasks)")
    .option(...TASKS_OPTION)
    .action(async (options: { tasks: string[] }) => {
      const { registry, skipped } = await loadTaskRegistry(options.tasks);
      for (const id of registry.ids()) {
        const task = registry.get(id);
        process.stdout.write(
          `${id}\t${task.domain}\t${task.rewardType}\t${registry.packageOf(id)}\n`,
        );
      }
      for (const { name, why } of skipped) process.stderr.write(`skipped ${name}: ${why}\n`);
    });

  return program;
}

/** A failure with its own exit code (130: interrupted). */
class ExitError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram().exitOverride();
  try {
    await program.parseAsync(argv);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    if (error instanceof ExitError) {
      process.stderr.write(`prorl-eval: ${error.message}\n`);
      return error.exitCode;
    }
    process.stderr.write(`prorl-eval: ${errorMessage(error).split("\n")[0]}\n`);
    return 1;
  }
}
