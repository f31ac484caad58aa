import { afterEach, beforeEach, vi } from "vitest";

/**
 * Collects what the CLI writes to stdout and stderr during each test of the calling file. The
 * arrays are the same objects throughout, emptied before every test.
 */
export function captureOutput(): { stdout: string[]; stderr: string[] } {
  const output = { stdout: [] as string[], stderr: [] as string[] };
  beforeEach(() => {
    output.stdout.length = 0;
    output.stderr.length = 0;
    for (const stream of ["stdout", "stderr"] as const) {
      vi.spyOn(process[stream], "write").mockImplementation((chunk) => {
        output[stream].push(String(chunk));
        return true;
      });
    }
  });
  afterEach(() => vi.restoreAllMocks());
  return output;
}
