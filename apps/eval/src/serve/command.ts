import { errorMessage, loadConfigFile } from "@prorl/core";
import type { SandboxPool } from "@prorl/task-code";
import { resolveTaskOptions } from "../score-item.js";
import { loadTaskRegistry } from "../task-packages.js";
import { createRewardServer } from "./server.js";

export interface ServeCommandOptions {
  host: string;
  port: number;
  tasks: string[];
  concurrency: number;
  queue: number;
  maxBody: number;
  itemTimeout: number;
  apiKeyEnv?: string;
  taskOptions?: string;
}

/**
 * Runs the server until SIGTERM or SIGINT, then stops taking requests, finishes the ones in
 * flight and resolves. Start-up problems (a bad `--tasks` package, an unset key variable, a
 * port in use) reject with one line.
 */
export async function serve(options: ServeCommandOptions): Promise<void> {
  const apiKey = readApiKey(options.apiKeyEnv);
  const { registry } = await loadTaskRegistry(options.tasks);
  const taskOptions = resolveTaskOptions(
    await readTaskOptions(options.taskOptions),
    registry,
    "--task-options",
  );
  const sandbox = await codeSandbox();
  const app = createRewardServer({
    registry,
    concurrency: options.concurrency,
    queueSize: options.queue,
    maxBodyBytes: options.maxBody,
    itemTimeoutMs: options.itemTimeout * 1000,
    taskOptions,
    ...(apiKey ? { apiKey } : {}),
    ...(sandbox.pool ? { sandbox: sandbox.pool } : {}),
    onItemError: onceEach((message) => process.stderr.write(`prorl-eval serve: ${message}\n`)),
  });
  let address: string;
  try {
    address = await app.listen({ host: options.host, port: options.port });
  } catch (error) {
    throw new Error(`cannot listen on ${options.host}:${options.port}: ${errorMessage(error)}`);
  }
  process.stderr.write(
    `prorl-eval serve: listening on ${address} (${registry.ids().length} tasks; sandbox: ${sandbox.description}; ` +
      "POST /score /openrlhf /slime /run_code, GET /health /tasks)\n",
  );
  await new Promise<void>((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off("SIGTERM", stop);
      process.off("SIGINT", stop);
      process.stderr.write(`prorl-eval serve: ${signal}: finishing requests in flight\n`);
      app.close().then(resolve, resolve);
    };
    process.on("SIGTERM", stop);
    process.on("SIGINT", stop);
  });
  process.stderr.write("prorl-eval serve: stopped\n");
}

function readApiKey(name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  const key = process.env[name];
  if (!key) throw new Error(`--api-key-env ${name}: the environment variable is not set`);
  return key;
}

/** `--task-options`: inline JSON (`{"math": {"mode": "lenient"}}`) or a YAML/JSON file. */
export async function readTaskOptions(value: string | undefined): Promise<Record<string, unknown>> {
  if (value === undefined) return {};
  const text = value.trim();
  const parsed: unknown = text.startsWith("{")
    ? parseJson(text)
    : await loadConfigFile(value, "task options", (data) => data);
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw new Error("--task-options: expected an object of task id -> options");
  }
  return parsed as Record<string, unknown>;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`--task-options: invalid JSON (${errorMessage(error)})`);
  }
}

/** The code task's sandbox pool, shared by /run_code, and how it isolates (probed once). */
async function codeSandbox(): Promise<{ pool?: SandboxPool; description: string }> {
  let pool: SandboxPool;
  try {
    pool = (await import("@prorl/task-code")).codeTask.runner();
  } catch (error) {
    return { description: `none (@prorl/task-code: ${errorMessage(error).split("\n")[0]})` };
  }
  try {
    const info = await pool.sandbox.info();
    const how = info.isolation === "bwrap" ? (info.bwrapVersion ?? "bubblewrap") : "NO ISOLATION";
    return { pool, description: `${how}, ${info.interpreter.version}` };
  } catch (error) {
    return {
      pool,
      description: `unavailable, code items and /run_code will fail (${errorMessage(error).slice(0, 200)})`,
    };
  }
}

/** Calls `write` once per distinct message (the first 1,000), so a bad data set cannot flood. */
function onceEach(write: (message: string) => void): (message: string) => void {
  const seen = new Set<string>();
  return (message) => {
    if (seen.has(message) || seen.size >= 1000) return;
    seen.add(message);
    write(message);
  };
}
