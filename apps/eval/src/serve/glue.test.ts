import { spawn } from "node:child_process";
import { createServer, type Server } from "node:http";
import { dirname } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PYTHON_GLUE_PATH } from "../program.js";
import { loadTaskRegistry } from "../task-packages.js";
import { createRewardServer } from "./server.js";

// python/prorl_reward.py run by the system python3 against a real server, called with the
// arguments verl and TRL pass (no verl or TRL needed).

function python(
  script: string,
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn("python3", ["-c", script], {
      env: { ...process.env, PYTHONPATH: dirname(PYTHON_GLUE_PATH), ...env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

const { registry } = await loadTaskRegistry();
const app = createRewardServer({
  registry,
  concurrency: 4,
  queueSize: 1024,
  maxBodyBytes: 8 * 1024 * 1024,
  itemTimeoutMs: 30_000,
});
await app.listen({ host: "127.0.0.1", port: 0 });
const address = app.server.address();
const url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
const stubs: Server[] = [];
afterAll(async () => {
  await app.close();
  for (const stub of stubs) stub.close();
});

const GT = JSON.stringify({ task: "math", example: { problem: "1+1?", answer: "2" } });

describe("python/prorl_reward.py with the system python3", () => {
  it("is verl's compute_score, its batch form and a TRL reward function", async () => {
    const script = `
import json
import prorl_reward as pr
gt = ${JSON.stringify(GT)}
out = {}
out["single"] = pr.compute_score("math", "so \\\\boxed{2}", gt, {"split": "train", "index": 0})
out["wrong"] = pr.compute_score(data_source="math", solution_str="\\\\boxed{3}", ground_truth=gt, extra_info={})
out["lenient"] = pr.compute_score("math", "2", gt, None, options={"mode": "lenient"})
out["batch"] = pr.compute_score_batch(
    data_sources=["math", "math", "math"],
    solution_strs=["\\\\boxed{2}", "no", "\\\\boxed{2}"],
    ground_truths=[gt, gt, "not json"],
    extra_infos=[{}, {}, {}],
)
metrics = {}
trl = pr.make_trl_reward(name="prorl")
out["trl_name"] = trl.__name__
out["trl"] = trl(
    prompts=[[{"role": "user", "content": "1+1?"}]] * 2,
    completions=[[{"role": "assistant", "content": "\\\\boxed{2}"}], [{"role": "assistant", "content": "\\\\boxed{5}"}]],
    completion_ids=[[1], [2]],
    reward_model=[{"style": "rule", "ground_truth": gt}] * 2,
    data_source=["math", "math"],
    trainer_state=None,
    log_extra=lambda *a, **k: None,
    log_metric=lambda name, value: metrics.__setitem__(name, value),
)
out["trl_text"] = pr.trl_reward(prompts=["1+1?"], completions=["\\\\boxed{2}"], label=[gt])
out["metrics"] = metrics
print(json.dumps(out))
`;
    const { code, stdout, stderr } = await python(script, { PRORL_SERVE_URL: url });
    expect(stderr).toMatch(/ground truth is not the JSON \{task, example\}/);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      single: { score: 1, acc: true },
      wrong: { score: 0, acc: false },
      lenient: { score: 1, acc: true },
      batch: [
        { score: 1, acc: true },
        { score: 0, acc: false },
        { score: 0, acc: false },
      ],
      trl_name: "prorl",
      trl: [1, 0],
      trl_text: [1],
      metrics: { "prorl/correct": 0.5, "prorl/invalid": 0 },
    });
  });

  it("retries 503 and 429 (honouring Retry-After) and fails with the reason on a 400", async () => {
    let calls = 0;
    const stub = createServer((_request, response) => {
      calls++;
      if (calls === 1) response.writeHead(503).end("{}");
      else if (calls === 2) response.writeHead(429, { "retry-after": "0" }).end("{}");
      else if (calls === 3) {
        response
          .writeHead(200, { "content-type": "application/json" })
          .end(JSON.stringify({ results: [{ reward: 1, correct: true, reason: "stub" }] }));
      } else response.writeHead(400).end('{"error": "bad request"}');
    });
    stubs.push(stub);
    await new Promise<void>((resolve) => stub.listen(0, "127.0.0.1", resolve));
    const port = (stub.address() as { port: number }).port;
    const script = `
import prorl_reward as pr
print(pr.compute_score("math", "x", ${JSON.stringify(GT)}, url="http://127.0.0.1:${port}")["score"])
try:
    pr.compute_score("math", "x", ${JSON.stringify(GT)}, url="http://127.0.0.1:${port}")
except RuntimeError as e:
    print("error:", e)
`;
    const { code, stdout } = await python(script);
    expect(code).toBe(0);
    expect(calls).toBe(4);
    expect(stdout.split("\n")).toEqual([
      "1.0",
      `error: HTTP 400 from http://127.0.0.1:${port}/score: {"error": "bad request"}`,
      "",
    ]);
  });
});
