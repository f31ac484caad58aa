import { readdir, rename, rm, symlink } from "node:fs/promises";
import { join, resolve } from "node:path";
import { errorMessage } from "@prorl/core";
import type { ByteTokenizer, CausalLM } from "@prorl/model";
import { type PolicyPrompts, savePolicy, writeDirectoryAtomic } from "../checkpoint.js";
import { callServer, RolloutServerError, type ServerPool } from "./pool.js";
import type { Protocol } from "./protocols.js";

/** The directory vLLM servers are started on (`--model WEIGHTS_DIR/current`): a link to the newest version. */
export const CURRENT_LINK = "current";
const VERSION_DIR = /^v-\d{6,}$/;
/** What an interrupted write leaves: a version's temporary directory, the link's temporary name. */
const LEFTOVER = /^\.(v-\d{6,}|current)\.\d+\.tmp$/;
export const versionDirName = (step: number) => `v-${String(step).padStart(6, "0")}`;

export interface WeightSyncOptions {
  weightsDir: string;
  dtype: "f32" | "bf16";
  timeoutS: number;
  tokenizer: string | ByteTokenizer;
  prompts: PolicyPrompts;
}

export interface SyncResult {
  dir: string;
  /** Wall-clock milliseconds: writing the weights and every server loading them. */
  ms: number;
}

/**
 * Pushes the policy to the servers: writes it (Hugging Face layout, tokenizer and prompts.json
 * included) into a fresh versioned directory under `weightsDir` atomically, points the `current`
 * link at it, asks every server in rotation to load it, and removes the older versions. A server
 * whose load fails leaves the rotation (stale weights must never serve rollouts); none left is
 * a RolloutServerError.
 */
export class WeightSync {
  constructor(
    private readonly protocol: Protocol,
    private readonly pool: ServerPool,
    private readonly opts: WeightSyncOptions,
  ) {}

  async sync(policy: CausalLM, step: number): Promise<SyncResult> {
    const t0 = performance.now();
    const root = resolve(this.opts.weightsDir);
    const dir = join(root, versionDirName(step));
    await writeDirectoryAtomic(dir, (tmp) =>
      savePolicy(policy, tmp, this.opts.tokenizer, this.opts.prompts, this.opts.dtype),
    );
    await this.pointCurrentAt(root, versionDirName(step));
    const failures = await Promise.all(this.pool.inRotation.map((url) => this.load(url, dir)));
    if (this.pool.inRotation.length === 0) {
      const last = failures.filter((f) => f !== null).at(-1);
      throw new RolloutServerError(
        `weight sync of ${dir} failed on every inference server${last ? ` (last: ${last})` : ""}`,
      );
    }
    await this.prune(root, versionDirName(step));
    return { dir, ms: performance.now() - t0 };
  }

  /** Null when `url` loaded `dir`; else why not, after taking the server out of rotation. */
  private async load(url: string, dir: string): Promise<string | null> {
    try {
      const reply = await callServer(url, this.protocol.loadWeights(dir), this.opts.timeoutS);
      this.protocol.parseLoadWeights(reply);
      return null;
    } catch (error) {
      const message = errorMessage(error);
      const hint = this.protocol.loadFailureHint(message);
      const why = hint ? `${message}; ${hint}` : message;
      this.pool.remove(url, `weight sync failed: ${why}`);
      return why;
    }
  }

  /** Replaces the link in one rename, so a server never sees it missing. */
  private async pointCurrentAt(root: string, name: string): Promise<void> {
    const tmp = join(root, `.${CURRENT_LINK}.${process.pid}.tmp`);
    await rm(tmp, { force: true });
    await symlink(name, tmp);
    const link = join(root, CURRENT_LINK);
    await rename(tmp, link).catch(async (error: unknown) => {
      await rm(tmp, { force: true });
      throw new RolloutServerError(
        `${link} must be a symbolic link the trainer can replace (or absent): ${errorMessage(error)}`,
      );
    });
  }

  /**
   * Every server in rotation now serves `keep` (out-of-rotation ones are never asked again): the
   * other versions go, and what interrupted writes of an earlier run left.
   */
  private async prune(root: string, keep: string): Promise<void> {
    for (const name of await readdir(root)) {
      if ((VERSION_DIR.test(name) && name !== keep) || LEFTOVER.test(name)) {
        await rm(join(root, name), { recursive: true, force: true });
      }
    }
  }
}
