import { join } from "node:path";
import { errorMessage } from "@prorl/core";
import { type ModelConfig, readConfig } from "@prorl/model";
import { callServer, RolloutServerError } from "./pool.js";
import type { Protocol, ServedModel } from "./protocols.js";

/** The config.json fields a server's model must share with the policy for weights to transfer. */
const SHAPE_FIELDS = [
  "architecture",
  "vocabSize",
  "hiddenSize",
  "intermediateSize",
  "numLayers",
  "numHeads",
  "numKvHeads",
  "headDim",
  "tieWordEmbeddings",
] as const satisfies readonly (keyof ModelConfig)[];

/** The fields of `served` that differ from `policy`, as "vocabSize 151936 (policy 259)". */
export function configMismatches(policy: ModelConfig, served: ModelConfig): string[] {
  return SHAPE_FIELDS.filter((f) => policy[f] !== served[f]).map(
    (f) => `${f} ${String(served[f])} (policy ${String(policy[f])})`,
  );
}

export interface CheckOptions {
  timeoutS: number;
  /** Token ids that end a response (sent with the probe). */
  stopTokenIds: readonly number[];
  warn: (text: string) => void;
}

/**
 * Checks one server before the run uses it: it answers its health endpoint, serves a model whose
 * config.json (read from the path the server reports, which is on shared storage in a prorl
 * setup) matches the policy's shape and vocabulary, and answers a one-token probe with a token id
 * inside the policy's vocabulary. Any failure is a one-line RolloutServerError naming the server.
 */
export async function checkServer(
  protocol: Protocol,
  url: string,
  policy: ModelConfig,
  opts: CheckOptions,
): Promise<ServedModel> {
  const fail = (what: string): never => {
    throw new RolloutServerError(`inference server ${url} (${protocol.type}): ${what}`);
  };
  const call = async (what: string, run: () => Promise<unknown>) => {
    try {
      return await run();
    } catch (error) {
      return fail(`${what}: ${errorMessage(error)}`);
    }
  };
  await call("not reachable", () => callServer(url, protocol.health, opts.timeoutS));
  const served = (await call("model info", async () =>
    protocol.parseModelInfo(await callServer(url, protocol.modelInfo, opts.timeoutS)),
  )) as ServedModel;
  const config = await readConfig(join(served.path, "config.json")).catch(() => null);
  if (config) {
    const mismatches = configMismatches(policy, config);
    if (mismatches.length > 0) {
      fail(`serves ${served.path}, which does not match the policy: ${mismatches.join(", ")}`);
    }
  } else {
    opts.warn(
      `inference server ${url}: cannot read ${join(served.path, "config.json")} here; its shape is checked by the probe and the first weight sync only`,
    );
  }
  const probe = (await call("one-token probe failed", async () =>
    protocol.parseGenerate(
      await callServer(
        url,
        protocol.generate(
          {
            prompt: [policy.bosTokenId ?? 0],
            n: 1,
            temperature: 1,
            topP: 1,
            maxTokens: 1,
            stopTokenIds: opts.stopTokenIds,
            seed: 0,
          },
          served,
        ),
        opts.timeoutS,
      ),
      1,
    ),
  )) as { ids: number[] }[];
  const outside = probe[0]?.ids.find((id) => id >= policy.vocabSize);
  if (outside !== undefined) {
    fail(
      `the probe returned token id ${outside}, outside the policy's vocabulary of ${policy.vocabSize}`,
    );
  }
  return served;
}
