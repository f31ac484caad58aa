import { inflateSync } from "node:zlib";
import { z } from "zod";
import { type CodeExample, CodeExampleSchema, type IoTests } from "./example.js";

/**
 * LiveCodeBench's code-generation rows (`livecodebench/code_generation_lite`, read in
 * `lcb_runner/benchmarks/code_generation.py`): `question_content`, `starter_code`,
 * `public_test_cases` and `private_test_cases` (lists of `{input, output, testtype}`),
 * `metadata` (`func_name` for LeetCode's functional problems). The tests are public then
 * private, as `get_evaluation_sample` orders them, scored with LiveCodeBench's comparison.
 */

const MAX_PRIVATE_BYTES = 256 * 1024 * 1024;

const PICKLE = {
  PROTO: 0x80,
  FRAME: 0x95,
  SHORT_BINUNICODE: 0x8c,
  BINUNICODE: 0x58,
  BINUNICODE8: 0x8d,
  MEMOIZE: 0x94,
  BINPUT: 0x71,
  LONG_BINPUT: 0x72,
  STOP: 0x2e,
} as const;

class PickleRefused extends Error {}

/** Reads a little-endian length field, refusing one that runs past the end. */
function lengthAt(bytes: Buffer, at: number, size: 1 | 4 | 8): number {
  if (at + size > bytes.length) throw new PickleRefused("it ends inside a length field");
  if (size === 1) return bytes[at] as number;
  if (size === 4) return bytes.readUInt32LE(at);
  const long = bytes.readBigUInt64LE(at);
  if (long > BigInt(bytes.length)) throw new PickleRefused("a length runs past its end");
  return Number(long);
}

/** FRAME opcodes only announce sizes (protocol 4+); they may stand before any opcode. */
function skipFrames(bytes: Buffer, at: number): number {
  let next = at;
  while (bytes[next] === PICKLE.FRAME) next += 9;
  return next;
}

const STRING_LENGTH: Readonly<Record<number, 1 | 4 | 8>> = {
  [PICKLE.SHORT_BINUNICODE]: 1,
  [PICKLE.BINUNICODE]: 4,
  [PICKLE.BINUNICODE8]: 8,
};

const MEMO_ARGUMENT: Readonly<Record<number, number>> = {
  [PICKLE.MEMOIZE]: 0,
  [PICKLE.BINPUT]: 1,
  [PICKLE.LONG_BINPUT]: 4,
};

/**
 * The one `str` in a pickle of protocol 2 to 5 that holds nothing else (what
 * `pickle.dumps(json.dumps(cases))` writes): PROTO, the string, an optional memo entry, STOP.
 * Any other opcode is refused; nothing is ever unpickled.
 */
export function pickledString(bytes: Buffer): string {
  if (bytes[0] !== PICKLE.PROTO || (bytes[1] ?? 0) < 2 || (bytes[1] ?? 0) > 5) {
    throw new PickleRefused("it is not a pickle of protocol 2 to 5");
  }
  let at = skipFrames(bytes, 2);
  const size = STRING_LENGTH[bytes[at] ?? -1];
  if (size === undefined) {
    throw new PickleRefused(
      `it holds something other than one string (opcode 0x${hex(bytes, at)})`,
    );
  }
  const length = lengthAt(bytes, at + 1, size);
  const start = at + 1 + size;
  if (start + length > bytes.length) throw new PickleRefused("the string runs past its end");
  const text = bytes.toString("utf8", start, start + length);
  at = skipFrames(bytes, start + length);
  const memo = MEMO_ARGUMENT[bytes[at] ?? -1];
  if (memo !== undefined) at = skipFrames(bytes, at + 1 + memo);
  if (bytes[at] !== PICKLE.STOP || at + 1 !== bytes.length) {
    throw new PickleRefused(`it holds more than one string (opcode 0x${hex(bytes, at)})`);
  }
  return text;
}

function hex(bytes: Buffer, at: number): string {
  return (bytes[at] ?? 0).toString(16).padStart(2, "0");
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * A test-case column as LiveCodeBench stores it: JSON text, or (the released private cases)
 * base64 of zlib of a pickle of that JSON text. Only a pickle holding one string is accepted,
 * and at most `maxBytes` (256 MiB) are inflated.
 */
export function decodeLiveCodeBenchCases(text: string, maxBytes = MAX_PRIVATE_BYTES): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // Not JSON: LiveCodeBench's compressed form.
  }
  const compact = text.replace(/\s+/g, "");
  if (compact === "" || !BASE64.test(compact)) {
    throw new Error("is neither JSON nor base64 of zlib-compressed pickled JSON");
  }
  let inflated: Buffer;
  try {
    inflated = inflateSync(Buffer.from(compact, "base64"), { maxOutputLength: maxBytes });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    throw new Error(
      code === "ERR_BUFFER_TOO_LARGE"
        ? `decompresses to more than ${maxBytes} bytes`
        : `is base64 but not zlib data (${(error as Error).message})`,
    );
  }
  let json: string;
  try {
    json = pickledString(inflated);
  } catch (error) {
    if (!(error instanceof PickleRefused)) throw error;
    throw new Error(
      `holds a pickle that is refused: ${error.message}; only pickled JSON text is read`,
    );
  }
  try {
    return JSON.parse(json);
  } catch (error) {
    throw new Error(`holds a pickled string that is not JSON (${(error as Error).message})`);
  }
}

const TestCaseSchema = z.object({
  input: z.string(),
  output: z.string(),
  testtype: z.enum(["stdin", "functional"]),
});
type TestCase = z.output<typeof TestCaseSchema>;

const CasesColumn = z.union([z.string(), z.array(z.unknown())]);

/** A test-case column's cases, or null after adding an issue that names the column. */
function parseCases(
  value: string | unknown[],
  name: string,
  ctx: z.RefinementCtx,
): TestCase[] | null {
  let raw: unknown = value;
  if (typeof value === "string") {
    try {
      raw = decodeLiveCodeBenchCases(value);
    } catch (error) {
      ctx.addIssue({ code: "custom", path: [name], message: (error as Error).message });
      return null;
    }
  }
  const parsed = z.array(TestCaseSchema).safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `.${issue.path.join(".")}` : "";
    ctx.addIssue({ code: "custom", path: [name], message: `test case${where}: ${issue?.message}` });
    return null;
  }
  return parsed.data;
}

/** The metadata column (JSON text or an object), or null after adding an issue. */
function parseMetadata(value: unknown, ctx: z.RefinementCtx): Record<string, unknown> | null {
  let raw = value;
  if (typeof value === "string") {
    try {
      raw = JSON.parse(value);
    } catch (error) {
      ctx.addIssue({
        code: "custom",
        path: ["metadata"],
        message: `is not JSON (${(error as Error).message})`,
      });
      return null;
    }
  }
  return typeof raw === "object" && raw !== null && !Array.isArray(raw)
    ? (raw as Record<string, unknown>)
    : {};
}

// lcb_runner/prompts/code_generation.py, get_generic_question_template_answer.
const WITH_STARTER =
  "You will use the following starter code to write the solution to the problem and enclose your code within delimiters.";
const WITHOUT_STARTER =
  "Read the inputs from stdin solve the problem and write the answer to stdout (do not directly test on the sample inputs). Enclose your code within delimiters as follows. Ensure that when the python program runs, it reads the inputs, runs the algorithm and writes output to STDOUT.";

/** LiveCodeBench's generic prompt (its `GenericBase`-free chat template). */
export function liveCodeBenchPrompt(question: string, starterCode: string): string {
  const format = starterCode
    ? `### Format: ${WITH_STARTER}\n\`\`\`python\n${starterCode}\n\`\`\`\n\n`
    : `### Format: ${WITHOUT_STARTER}\n\`\`\`python\n# YOUR CODE HERE\n\`\`\`\n\n`;
  return `### Question:\n${question}\n\n${format}### Answer: (use the provided format with backticks)\n\n`;
}

function toTests(cases: TestCase[], fnName: unknown, ctx: z.RefinementCtx): IoTests {
  if (cases.length === 0) {
    ctx.addIssue({ code: "custom", message: "no test cases" });
    return z.NEVER;
  }
  const kinds = new Set(cases.map((c) => c.testtype));
  if (kinds.size > 1) {
    ctx.addIssue({ code: "custom", message: "mixes stdin and functional test cases" });
    return z.NEVER;
  }
  const inputs = cases.map((c) => c.input);
  const outputs = cases.map((c) => c.output);
  if (!kinds.has("functional")) return { inputs, outputs, compare: "livecodebench" };
  if (typeof fnName !== "string" || fnName === "") {
    ctx.addIssue({
      code: "custom",
      path: ["metadata"],
      message: "functional test cases need metadata.func_name",
    });
    return z.NEVER;
  }
  // A functional input is the arguments as JSON, one per line: the call-based layout.
  return { inputs, outputs, fn_name: fnName, compare: "livecodebench" };
}

/** LiveCodeBench row → CodeExample. */
export const LiveCodeBenchRowSchema = z
  .object({
    question_content: z.string(),
    question_id: z.union([z.string(), z.number()]).optional(),
    platform: z.string().optional(),
    starter_code: z.string().nullish(),
    public_test_cases: CasesColumn,
    private_test_cases: CasesColumn.optional(),
    metadata: z.unknown().optional(),
  })
  .transform((row, ctx): CodeExample => {
    const open = parseCases(row.public_test_cases, "public_test_cases", ctx);
    const hidden =
      row.private_test_cases === undefined
        ? []
        : parseCases(row.private_test_cases, "private_test_cases", ctx);
    const metadata = parseMetadata(row.metadata, ctx);
    if (open === null || hidden === null || metadata === null) return z.NEVER;
    const tests = toTests([...open, ...hidden], metadata.func_name, ctx);
    return {
      prompt: liveCodeBenchPrompt(row.question_content, row.starter_code ?? ""),
      tests,
      data_source: row.platform ? `livecodebench/${row.platform}` : "livecodebench",
      ...(row.question_id === undefined ? {} : { task_id: String(row.question_id) }),
    };
  })
  .pipe(CodeExampleSchema);
