import { errorMessage } from "@prorl/core";
import pLimit, { type LimitFunction } from "p-limit";
import type { HttpCall } from "./protocols.js";

/** No server is left to send a request to, or a request failed on every try: the step fails. */
export class RolloutServerError extends Error {
  override name = "RolloutServerError";
}

/** A failure worth retrying elsewhere: no connection, a timeout, a 5xx, a reply of the wrong shape. */
export class ServerCallError extends Error {
  override name = "ServerCallError";
  constructor(
    readonly url: string,
    message: string,
  ) {
    super(`${url}: ${message}`);
  }
}

export interface PoolOptions {
  /** Seconds before a call counts as failed. */
  timeoutS: number;
  maxInFlight: number;
  /** Tries of one request across servers. */
  attempts: number;
  /** Failures in a row that take a server out of rotation. */
  maxFailures: number;
  /** Delay before the first retry, doubled after each. */
  backoffMs: number;
  /** Warnings (a server taken out of rotation). */
  warn: (text: string) => void;
}

interface ServerState {
  url: string;
  outstanding: number;
  failuresInRow: number;
  inRotation: boolean;
}

/** The body of a reply, or a ServerCallError for anything that is not a 2xx JSON reply. */
export async function callServer(url: string, call: HttpCall, timeoutS: number): Promise<unknown> {
  let reply: Response;
  try {
    reply = await fetch(`${url}${call.path}`, {
      method: call.method,
      headers: call.body === undefined ? {} : { "content-type": "application/json" },
      body: call.body === undefined ? undefined : JSON.stringify(call.body),
      signal: AbortSignal.timeout(timeoutS * 1000),
    });
  } catch (error) {
    const e = error as Error & { cause?: { code?: string; message?: string } };
    if (e.name === "TimeoutError") throw new ServerCallError(url, `no reply in ${timeoutS} s`);
    throw new ServerCallError(
      url,
      `${call.path}: ${e.cause?.message ?? e.cause?.code ?? errorMessage(e)}`,
    );
  }
  const text = await reply.text().catch((e: unknown) => {
    throw new ServerCallError(url, `${call.path}: reply cut off (${errorMessage(e)})`);
  });
  if (!reply.ok) {
    throw new ServerCallError(url, `${call.path}: HTTP ${reply.status} ${text.slice(0, 200)}`);
  }
  if (text === "") return null;
  try {
    return JSON.parse(text);
  } catch {
    throw new ServerCallError(url, `${call.path}: reply is not JSON: ${text.slice(0, 80)}`);
  }
}

/**
 * Inference servers in rotation. Each request goes to the server in rotation with the fewest
 * requests outstanding; a failed request is retried (after a growing delay) on the least busy
 * server that has not failed it yet (the same ones again once every server has). A server that fails
 * `maxFailures` times in a row, or a weight load, leaves the rotation for the rest of the run.
 */
export class ServerPool {
  private readonly servers: ServerState[];
  private readonly limit: LimitFunction;
  /** Requests retried since the last `takeRetries()`. */
  private retries = 0;

  constructor(
    urls: readonly string[],
    private readonly opts: PoolOptions,
  ) {
    this.servers = urls.map((url) => ({ url, outstanding: 0, failuresInRow: 0, inRotation: true }));
    this.limit = pLimit(opts.maxInFlight);
  }

  /** URLs of the servers still in rotation. */
  get inRotation(): string[] {
    return this.servers.filter((s) => s.inRotation).map((s) => s.url);
  }

  /** Retries since the last call, then resets the count. */
  takeRetries(): number {
    const r = this.retries;
    this.retries = 0;
    return r;
  }

  /** Takes a server out of rotation with a one-line warning. */
  remove(url: string, why: string): void {
    const server = this.servers.find((s) => s.url === url);
    if (!server?.inRotation) return;
    server.inRotation = false;
    const left = this.inRotation.length;
    this.opts.warn(`inference server ${url} taken out of rotation (${why}); ${left} left`);
  }

  /** The least busy server in rotation, one that has not failed this request where possible. */
  private pick(failed: ReadonlySet<string>, lastFailure: string): ServerState {
    const inRotation = this.servers.filter((s) => s.inRotation);
    const fresh = inRotation.filter((s) => !failed.has(s.url));
    let best: ServerState | undefined;
    for (const s of fresh.length > 0 ? fresh : inRotation) {
      if (!best || s.outstanding < best.outstanding) best = s;
    }
    if (!best) {
      const last = lastFailure ? ` (last failure: ${lastFailure})` : "";
      throw new RolloutServerError(`no inference server left in rotation${last}`);
    }
    return best;
  }

  private fail(server: ServerState, error: ServerCallError): void {
    server.failuresInRow++;
    if (server.failuresInRow >= this.opts.maxFailures) {
      this.remove(server.url, `${server.failuresInRow} failures in a row, last: ${error.message}`);
    }
  }

  /**
   * Runs `call` against a server and `parse`s its reply (a parse error counts as a server
   * failure); retried on failure, on another server while one is left that has not failed it.
   * Throws RolloutServerError when no try succeeds.
   */
  async request<T>(call: (url: string) => HttpCall, parse: (reply: unknown) => T): Promise<T> {
    return this.limit(async () => {
      let last = "";
      const failed = new Set<string>();
      for (let attempt = 0; attempt < this.opts.attempts; attempt++) {
        if (attempt > 0) {
          this.retries++;
          await new Promise((r) => setTimeout(r, this.opts.backoffMs * 2 ** (attempt - 1)));
        }
        const server = this.pick(failed, last);
        server.outstanding++;
        try {
          const result = parse(await callServer(server.url, call(server.url), this.opts.timeoutS));
          server.failuresInRow = 0;
          return result;
        } catch (error) {
          const failure =
            error instanceof ServerCallError
              ? error
              : new ServerCallError(server.url, errorMessage(error));
          last = failure.message;
          failed.add(server.url);
          this.fail(server, failure);
        } finally {
          server.outstanding--;
        }
      }
      throw new RolloutServerError(
        `rollout request failed ${this.opts.attempts} times (last: ${last}); ${this.inRotation.length} server(s) left in rotation`,
      );
    });
  }
}
