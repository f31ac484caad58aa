import { type ChildProcess, spawn } from "node:child_process";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

// The real `prorl-eval serve` process: start-up errors, and SIGTERM while a request is in flight.
const root = resolve(import.meta.dirname, "../../../..");
const cli = resolve(root, "apps/eval/src/cli.ts");
const fixture = resolve(import.meta.dirname, "../../test-fixtures/serve-tasks.mjs");

interface Started {
  child: ChildProcess;
  stderr: () => string;
  exited: Promise<number | null>;
}

function start(...args: string[]): Started {
  const child = spawn(
    process.execPath,
    ["-C", "@prorl/source", "--import", "tsx", cli, "serve", ...args],
    { cwd: root, stdio: ["ignore", "pipe", "pipe"] },
  );
  let stderr = "";
  child.stderr?.on("data", (chunk) => {
    stderr += chunk;
  });
  const exited = new Promise<number | null>((done) => child.on("close", (code) => done(code)));
  return { child, stderr: () => stderr, exited };
}

async function listening(server: Started): Promise<string> {
  for (;;) {
    const found = /listening on (http:\/\/\S+)/.exec(server.stderr());
    if (found?.[1]) return found[1];
    const ended = await Promise.race([
      server.exited.then(() => true),
      new Promise((r) => setTimeout(() => r(false), 100)),
    ]);
    if (ended) throw new Error(`serve exited: ${server.stderr()}`);
  }
}

describe("prorl-eval serve, the process", () => {
  it("drains a request in flight on SIGTERM, then exits 0", async () => {
    const server = start("--port", "0", "--tasks", fixture, "--concurrency", "2");
    const url = await listening(server);
    const reply = fetch(`${url}/score`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        items: [{ task: "demo/slow", example: { ms: 1500 }, response: "ok" }],
      }),
    });
    await new Promise((r) => setTimeout(r, 400));
    server.child.kill("SIGTERM");
    const answered = await reply;
    expect(answered.status).toBe(200);
    expect(((await answered.json()) as { results: unknown[] }).results).toEqual([
      { reward: 1, correct: true, reason: "slept" },
    ]);
    expect(await server.exited).toBe(0);
    expect(server.stderr()).toMatch(
      /SIGTERM: finishing requests in flight\nprorl-eval serve: stopped\n$/,
    );
  }, 120_000);

  it("exits 1 with one line for an unset key variable or bad task options", async () => {
    const unset = start("--port", "0", "--api-key-env", "PRORL_TEST_UNSET_KEY");
    expect(await unset.exited).toBe(1);
    expect(unset.stderr()).toBe(
      "prorl-eval: --api-key-env PRORL_TEST_UNSET_KEY: the environment variable is not set\n",
    );
    const options = start("--port", "0", "--task-options", '{"math": {"mode": "loose"}}');
    expect(await options.exited).toBe(1);
    expect(options.stderr()).toMatch(
      /^prorl-eval: --task-options\.math: invalid options for task math: mode: .*\n$/,
    );
  }, 120_000);
});
