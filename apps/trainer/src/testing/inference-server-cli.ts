#!/usr/bin/env node
// The test inference server as a process: `node dist/test-inference-server.js --model DIR`, for
// trying `rollout.engine` without a GPU and for tests that kill a server process. It prints
// "listening on URL" once ready; SIGTERM / SIGINT stop it.
import { errorMessage } from "@prorl/core";
import { selectBackend } from "@prorl/model";
import { BACKEND_CHOICES, type BackendChoice } from "@prorl/model/backend-choices";
import { Command, InvalidArgumentError, Option } from "commander";
import { TestInferenceServer } from "./inference-server.js";

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) {
    throw new InvalidArgumentError("must be an integer in 0..65535");
  }
  return n;
}

const program = new Command("test-inference-server")
  .description("a stand-in for SGLang / vLLM that speaks the subset prorl-train uses")
  .requiredOption("--model <dir>", "Hugging Face model directory to serve (and reload for vLLM)")
  .option("--host <host>", "address to listen on", "127.0.0.1")
  .option("--port <port>", "port (0: a free one)", port, 0)
  .option("--served-model-name <name>", "the name /v1/models reports", "prorl-policy")
  .addOption(
    new Option("--backend <backend>", "TensorFlow.js backend")
      .choices(BACKEND_CHOICES)
      .default("auto"),
  )
  .configureOutput({ outputError: (text, write) => write(`${text.split("\n")[0]}\n`) })
  .exitOverride();

try {
  program.parse();
  const opts = program.opts<{
    model: string;
    host: string;
    port: number;
    servedModelName: string;
    backend: BackendChoice;
  }>();
  await selectBackend(opts.backend);
  const server = await TestInferenceServer.start({
    modelDir: opts.model,
    host: opts.host,
    port: opts.port,
    servedName: opts.servedModelName,
  });
  console.log(`listening on ${server.url}`);
  const stop = () => void server.kill().then(() => process.exit(0));
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
} catch (error) {
  const code = (error as { exitCode?: number }).exitCode;
  if (code === undefined)
    process.stderr.write(`test-inference-server: ${errorMessage(error).split("\n")[0]}\n`);
  process.exitCode = code ?? 1;
}
