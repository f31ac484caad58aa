import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** For tests: a tiny OpenAI-compatible server (completions and chat) on 127.0.0.1. */
export interface FakeServerOptions {
  /** The text of sample `index` for a prompt. */
  answer(prompt: string, index: number): string;
  /** Why sample `index` stopped (default "stop"). */
  finishReason?(prompt: string, index: number): string;
  /** Per request (numbered from 1): reply with this HTTP status instead, or after a delay. */
  plan?: (request: number) => { status?: number; delayMs?: number } | undefined;
  /** Requests beyond this many get 400 (a runaway client cannot loop forever). */
  maxRequests?: number;
  /** The server closes itself after this long even if the test forgets to. */
  lifetimeMs?: number;
}

export interface FakeRequest {
  path: string;
  authorization: string | undefined;
  body: Record<string, unknown>;
  status: number;
}

export interface FakeServer {
  baseURL: string;
  requests: FakeRequest[];
  close(): Promise<void>;
}

export async function startFakeOpenAI(options: FakeServerOptions): Promise<FakeServer> {
  const requests: FakeRequest[] = [];
  const maxRequests = options.maxRequests ?? 500;
  const server = createServer((req, res) => {
    void handle(req, res);
  });
  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let text = "";
    for await (const chunk of req) text += String(chunk);
    const body = (text ? JSON.parse(text) : {}) as Record<string, unknown>;
    const number = requests.length + 1;
    const plan = number > maxRequests ? { status: 400 } : options.plan?.(number);
    const status = plan?.status ?? 200;
    requests.push({ path: req.url ?? "", authorization: req.headers.authorization, body, status });
    if (plan?.delayMs) await new Promise((r) => setTimeout(r, plan.delayMs));
    if (res.destroyed) return;
    const send = (code: number, value: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(code, { "content-type": "application/json", ...headers });
      res.end(JSON.stringify(value));
    };
    if (status !== 200) {
      send(
        status,
        { error: { message: `fake status ${status}`, type: "fake" } },
        {
          "retry-after-ms": "5",
        },
      );
      return;
    }
    const n = typeof body.n === "number" ? body.n : 1;
    const chat = req.url?.endsWith("/chat/completions");
    const prompt = chat
      ? String((body.messages as { content: string }[] | undefined)?.[0]?.content ?? "")
      : String(body.prompt ?? "");
    const choices = Array.from({ length: n }, (_, index) => {
      const content = options.answer(prompt, index);
      const finish_reason = options.finishReason?.(prompt, index) ?? "stop";
      return chat
        ? { index, message: { role: "assistant", content }, finish_reason, logprobs: null }
        : { index, text: content, finish_reason, logprobs: null };
    });
    send(200, {
      id: `fake-${number}`,
      object: chat ? "chat.completion" : "text_completion",
      created: 0,
      model: body.model,
      choices,
      usage: { prompt_tokens: 1, completion_tokens: n, total_tokens: n + 1 },
    });
  }
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  let closed: Promise<void> | undefined;
  const close = () => {
    closed ??= new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
    return closed;
  };
  setTimeout(() => void close(), options.lifetimeMs ?? 30_000).unref();
  return { baseURL: `http://127.0.0.1:${port}/v1`, requests, close };
}
