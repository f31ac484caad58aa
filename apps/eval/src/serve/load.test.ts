import { resolve } from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { afterAll, describe, expect, it } from "vitest";
import { loadTaskRegistry } from "../task-packages.js";
import { createRewardServer } from "./server.js";

// A load test, not a benchmark: it checks that nothing is lost or leaks, never how fast.
const REQUESTS = 5000;
const CLIENTS = 32;

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;
const heapAfterGc = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

const fixture = resolve(import.meta.dirname, "../../test-fixtures/serve-tasks.mjs");
const { registry } = await loadTaskRegistry([fixture]);
const app = createRewardServer({
  registry,
  concurrency: 8,
  queueSize: 4096,
  maxBodyBytes: 1024 * 1024,
  itemTimeoutMs: 30_000,
});
afterAll(() => app.close());

const word = (i: number) => `w${i.toString(36)}x`;
const mathExample = (i: number) => ({ problem: `${i}+1?`, answer: String(i + 1) });

/** Request i and the rewards it must get back. */
function request(i: number): { url: string; body: unknown; expect: (reply: unknown) => void } {
  switch (i % 4) {
    case 0:
      return {
        url: "/score",
        body: {
          items: [
            { task: "math", example: mathExample(i), response: `\\boxed{${i + 1}}` },
            { task: "demo/echo", example: { answer: word(i) }, response: word(i + 1) },
            { task: "nope", example: {}, response: "x" },
          ],
        },
        expect: (reply) =>
          expect((reply as { results: { reward: number }[] }).results.map((r) => r.reward)).toEqual(
            [1, 0, 0],
          ),
      };
    case 1:
      return {
        url: "/openrlhf",
        body: {
          query: [`Q${i}:${word(i)}<|im_end|>`, `Q${i}:wrong`],
          prompts: [`Q${i}:`, `Q${i}:`],
          labels: [
            JSON.stringify({ task: "demo/echo", example: { answer: word(i) } }),
            JSON.stringify({ task: "demo/echo", example: { answer: word(i) } }),
          ],
        },
        expect: (reply) => expect(reply).toMatchObject({ rewards: [1, 0], scores: [1, 0] }),
      };
    case 2:
      return {
        url: "/slime",
        body: {
          prompt: "p",
          response: `so \\boxed{${i + 1}}`,
          label: JSON.stringify({ task: "math", example: mathExample(i) }),
        },
        expect: (reply) => expect(reply).toBe(1),
      };
    default:
      return {
        url: "/score",
        body: {
          items: [
            {
              task: "demo/echo",
              example: { answer: word(i).toUpperCase() },
              response: word(i),
              options: { ignoreCase: true },
            },
          ],
        },
        expect: (reply) =>
          expect(reply).toEqual({ results: [expect.objectContaining({ reward: 1 })] }),
      };
  }
}

describe("load: 5,000 requests from 32 concurrent clients", () => {
  it("answers every request correctly, keeps memory bounded and shuts down cleanly", async () => {
    await app.listen({ host: "127.0.0.1", port: 0 });
    const address = app.server.address();
    const base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
    let next = 0;
    let answered = 0;
    const failures: string[] = [];
    let heapAtWarm = 0;
    const client = async () => {
      for (let i = next++; i < REQUESTS; i = next++) {
        const { url, body, expect: check } = request(i);
        try {
          const reply = await fetch(base + url, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify(body),
          });
          if (reply.status !== 200) throw new Error(`HTTP ${reply.status}: ${await reply.text()}`);
          check(await reply.json());
          answered++;
          if (answered === 1000) heapAtWarm = heapAfterGc();
        } catch (error) {
          failures.push(`request ${i} ${url}: ${(error as Error).message.split("\n")[0]}`);
        }
      }
    };
    await Promise.all(Array.from({ length: CLIENTS }, client));
    expect(failures.slice(0, 5)).toEqual([]);
    expect(answered).toBe(REQUESTS);
    // Bounded memory: 4,000 more requests after warm-up leave the heap within 16 MiB.
    const growth = heapAfterGc() - heapAtWarm;
    expect(growth).toBeLessThan(16 * 1024 * 1024);
    const health = await (await fetch(`${base}/health`)).json();
    expect(health).toMatchObject({ held: 0, running: 0 });
    await app.close();
    expect(app.server.listening).toBe(false);
    const open = await new Promise<number>((resolve, reject) =>
      app.server.getConnections((error, count) => (error ? reject(error) : resolve(count))),
    );
    expect(open).toBe(0);
  }, 300_000);
});
