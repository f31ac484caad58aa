import { readdir, readFile } from "node:fs/promises";
import { Sandbox, type SandboxOptions, SandboxUnavailableError } from "./sandbox/sandbox.js";

/**
 * For tests: a working bubblewrap sandbox, or the reason there is none (the sandbox tests
 * then skip, saying why, instead of failing on a machine without bubblewrap).
 */
export async function sandboxForTests(
  options: SandboxOptions = {},
): Promise<{ sandbox: Sandbox | null; reason: string }> {
  const sandbox = new Sandbox({ ...options, unsafe: false });
  try {
    const info = await sandbox.info();
    return { sandbox, reason: `bubblewrap ${info.bwrapVersion}, ${info.interpreter.version}` };
  } catch (error) {
    if (error instanceof SandboxUnavailableError) {
      const reason = `SKIPPED: no working bubblewrap sandbox on this machine (${error.message.slice(0, 300)})`;
      console.warn(`[task-code] ${reason}`);
      return { sandbox: null, reason };
    }
    throw error;
  }
}

/** Host processes whose command line contains `marker` (read from /proc). */
export async function processesWith(marker: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir("/proc")) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      const cmdline = (await readFile(`/proc/${entry}/cmdline`, "utf8")).split("\0").join(" ");
      if (cmdline.includes(marker)) found.push(`${entry}: ${cmdline.slice(0, 120)}`);
    } catch {
      // exited meanwhile
    }
  }
  return found;
}
