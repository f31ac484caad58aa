import { z } from "zod";
import { type CodeExample, CodeExampleSchema, PythonIdentifierSchema } from "./example.js";

/**
 * Assert-style benchmarks as test programs:
 *  - OpenAI's HumanEval (`HumanEval.jsonl.gz`: `prompt`, `canonical_solution`, `test` defining
 *    `check(candidate)`, `entry_point`): the program is `test`, then `check(entry_point)`.
 *  - EvalPlus's HumanEval+ (`HumanEvalPlus.jsonl`: the same plus `base_input`, `plus_input`,
 *    `atol`): evalplus compares the solution's outputs with the canonical solution's on those
 *    inputs (`evalplus/evaluate.py`, `evalplus/eval/__init__.py`); the program written here does
 *    the same inside the sandbox.
 *  - MBPP (`text`, `test_list` asserts, `test_setup_code`): the asserts are the program.
 */

// EvalPlus's chat prompt (evalplus/codegen.py, evalplus/provider/utility.py), with the code
// fenced as python so the task adds no instruction of its own.
const HUMANEVAL_INSTRUCTION =
  "Please provide a self-contained Python script that solves the following problem in a markdown code block:";

export function humanEvalPrompt(code: string): string {
  return `${HUMANEVAL_INSTRUCTION}\n\`\`\`python\n${code.trim()}\n\`\`\`\n`;
}

/**
 * JSON text that Python's json.loads reads back with the same types: JSON.stringify, except
 * that integers of 1e21 and more keep their digits (JSON.stringify would write 1e+21, a float
 * in Python).
 */
export function pythonJson(value: unknown): string {
  if (typeof value === "number" && Number.isInteger(value) && Math.abs(value) >= 1e21) {
    return BigInt(value).toString();
  }
  if (Array.isArray(value)) return `[${value.map(pythonJson).join(", ")}]`;
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${pythonJson(v)}`);
    return `{${entries.join(", ")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/**
 * The differential test of EvalPlus as a test program: for each input, the canonical solution
 * (run in its own namespace) gives the expected value and the candidate must return it: `==`,
 * or, where `atol` is non-zero (1e-6 once an expected value is a float or a list of floats),
 * the same type and numpy.allclose(rtol=1e-7, atol) on numbers and sequences of them.
 * HumanEval/32's `find_zero` is checked as evalplus does: |poly(xs, x)| <= atol.
 */
export function differentialTestProgram(
  reference: string,
  entryPoint: string,
  inputs: readonly unknown[],
  atol: number,
): string {
  const findZero = entryPoint === "find_zero";
  return `import copy as _copy
import json as _json
import math as _math

_REFERENCE = ${JSON.stringify(reference)}
_INPUTS = _json.loads(${JSON.stringify(pythonJson(inputs))})
_ATOL = ${JSON.stringify(atol)}


def _is_floats(x):
    if isinstance(x, float):
        return True
    if isinstance(x, (list, tuple)) and x:
        return all(isinstance(i, float) for i in x)
    return False


def _allclose(out, exp, atol):
    # numpy.allclose(out, exp, rtol=1e-07, atol=atol) on numbers and sequences of numbers.
    if isinstance(out, (list, tuple)) and isinstance(exp, (list, tuple)):
        return len(out) == len(exp) and all(_allclose(a, b, atol) for a, b in zip(out, exp))
    if not isinstance(out, (int, float)) or not isinstance(exp, (int, float)):
        return False
    if _math.isinf(out) or _math.isinf(exp):
        return out == exp
    return abs(out - exp) <= atol + 1e-07 * abs(exp)


def _matches(out, exp, atol):
    # EvalPlus: out == exp, or, with a tolerance, the same type and numpy.allclose.
    if out == exp:
        return True
    return atol != 0 and type(out) == type(exp) and _allclose(out, exp, atol)


def _poly(xs, x):
    return sum([coeff * _math.pow(x, i) for i, coeff in enumerate(xs)])


def _show(value):
    text = repr(value)
    return text if len(text) <= 120 else text[:120] + "..."


def _mismatch(i, args, out, expected):
    return "input %d: %s returned %s, expected %s" % (i, _show(args), _show(out), _show(expected))


def check(candidate):
    namespace = {"__name__": "reference"}
    exec(_REFERENCE, namespace)
    reference = namespace[${JSON.stringify(entryPoint)}]
    atol = _ATOL
    for i, args in enumerate(_INPUTS):
${
  findZero
    ? `        out = candidate(*_copy.deepcopy(args))
        assert abs(_poly(*args, out)) <= atol, "input %d: %s gave %s, not a zero" % (i, _show(args), _show(out))
`
    : `        expected = reference(*_copy.deepcopy(args))
        out = candidate(*_copy.deepcopy(args))
        if atol == 0 and _is_floats(expected):
            atol = 1e-6
        assert _matches(out, expected, atol), _mismatch(i, args, out, expected)
`
}`;
}

const ArgumentLists = z.array(z.array(z.unknown()));

const HumanEvalRow = z.object({
  task_id: z.string().optional(),
  prompt: z.string(),
  entry_point: PythonIdentifierSchema,
  canonical_solution: z.string().optional(),
  test: z.string().optional(),
  base_input: ArgumentLists.optional(),
  plus_input: ArgumentLists.optional(),
  atol: z.number().nonnegative().optional(),
});
type HumanEvalRow = z.output<typeof HumanEvalRow>;

type TestSet = "base" | "plus";

/** The row's test program: HumanEval's `test`, or EvalPlus's inputs as a differential test. */
function humanEvalProgram(row: HumanEvalRow, set: TestSet, ctx: z.RefinementCtx): string {
  if (set === "plus" && (row.base_input === undefined || row.plus_input === undefined)) {
    ctx.addIssue({
      code: "custom",
      path: ["plus_input"],
      message: "missing: this is not a HumanEval+ row (use the humaneval loader)",
    });
    return z.NEVER;
  }
  if (row.base_input === undefined) {
    if (row.test === undefined || row.test.trim() === "") {
      ctx.addIssue({ code: "custom", path: ["test"], message: "missing (and no base_input)" });
      return z.NEVER;
    }
    return row.test;
  }
  if (row.canonical_solution === undefined) {
    ctx.addIssue({
      code: "custom",
      path: ["canonical_solution"],
      message: "missing: EvalPlus's inputs are checked against it",
    });
    return z.NEVER;
  }
  const inputs = set === "plus" ? [...row.base_input, ...(row.plus_input ?? [])] : row.base_input;
  return differentialTestProgram(
    row.prompt + row.canonical_solution,
    row.entry_point,
    inputs,
    row.atol ?? 0,
  );
}

function humanEvalSchema(set: TestSet) {
  return HumanEvalRow.transform((row, ctx): CodeExample => {
    const program = humanEvalProgram(row, set, ctx);
    return {
      prompt: humanEvalPrompt(row.prompt),
      tests: { program, entry_point: row.entry_point, prefix: row.prompt },
      ...(row.canonical_solution === undefined
        ? {}
        : { solution: row.prompt + row.canonical_solution }),
      data_source: set === "plus" ? "humaneval_plus" : "humaneval",
      ...(row.task_id === undefined ? {} : { task_id: row.task_id }),
    };
  }).pipe(CodeExampleSchema);
}

/** HumanEval or HumanEval+ row → CodeExample with the base tests (EvalPlus's "base"). */
export const HumanEvalRowSchema = humanEvalSchema("base");
/** HumanEval+ row → CodeExample with base and plus inputs (EvalPlus's "plus" score). */
export const HumanEvalPlusRowSchema = humanEvalSchema("plus");

/** MBPP's prompt (the MBPP paper's, as bigcode-evaluation-harness uses it). */
export function mbppPrompt(text: string, tests: readonly string[]): string {
  return `You are an expert Python programmer, and here is your task: ${text} Your code should pass these tests:\n\n${tests.join("\n")}\n`;
}

/** MBPP row (original `text` or sanitized `prompt`) → CodeExample; the asserts are the program. */
export const MbppRowSchema = z
  .object({
    task_id: z.union([z.string(), z.number()]).optional(),
    text: z.string().optional(),
    prompt: z.string().optional(),
    code: z.string().optional(),
    test_list: z.array(z.string()).min(1),
    test_setup_code: z.string().optional(),
    test_imports: z.array(z.string()).optional(),
  })
  .transform((row, ctx): CodeExample => {
    const text = row.text ?? row.prompt;
    if (text === undefined) {
      ctx.addIssue({ code: "custom", path: ["text"], message: "missing (nor a prompt)" });
      return z.NEVER;
    }
    const setup = [row.test_setup_code ?? "", ...(row.test_imports ?? [])];
    const program = [...setup, ...row.test_list].filter((line) => line.trim() !== "").join("\n");
    return {
      prompt: mbppPrompt(text, row.test_list),
      tests: { program: `${program}\n` },
      ...(row.code === undefined ? {} : { solution: row.code }),
      data_source: "mbpp",
      ...(row.task_id === undefined ? {} : { task_id: String(row.task_id) }),
    };
  })
  .pipe(CodeExampleSchema);
