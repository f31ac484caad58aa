import { pyStrip } from "@prorl/core";
import { checkInstruction, type Instruction, parseInstruction } from "./instructions.js";

/**
 * IFEval's two evaluation modes (`evaluation_lib.py`): strict checks the response as given;
 * loose also tries seven variants (first line dropped, last line dropped, both, and each of
 * those plus the response with every `*` removed) and counts an instruction as followed if
 * any variant passes. A blank (variant) response never passes.
 */

export type EvalMode = "strict" | "loose";

/** The eight responses loose mode tries, in IFEval's order. */
export function looseVariants(response: string): string[] {
  const lines = response.split("\n");
  const removeFirst = pyStrip(lines.slice(1).join("\n"));
  const removeLast = pyStrip(lines.slice(0, -1).join("\n"));
  const removeBoth = pyStrip(lines.slice(1, -1).join("\n"));
  const noStars = (s: string) => s.replaceAll("*", "");
  return [
    response,
    noStars(response),
    removeFirst,
    removeLast,
    removeBoth,
    noStars(removeFirst),
    noStars(removeLast),
    noStars(removeBoth),
  ];
}

/** One instruction's verdict on one response under one mode. */
export function followsInstruction(
  instruction: Instruction,
  response: string,
  mode: EvalMode = "strict",
): boolean {
  const candidates = mode === "strict" ? [response] : looseVariants(response);
  return candidates.some((r) => pyStrip(r) !== "" && checkInstruction(instruction, r));
}

export interface PromptResult {
  /** One entry per instruction, in the order of `instruction_id_list`. */
  followInstructionList: boolean[];
  followAllInstructions: boolean;
  /** Instructions that could not be checked (unknown id or bad kwargs): counted as not followed. */
  errors: string[];
}

/** An IFEval row: `instruction_id_list[i]` goes with `kwargs[i]`. */
export interface IfEvalRow {
  prompt: string;
  instruction_id_list: string[];
  kwargs: (Record<string, unknown> | null)[];
}

/**
 * IFEval's `test_instruction_following_strict` / `_loose` for one row and response.
 * Never throws: an instruction that cannot be parsed counts as not followed and is reported.
 */
export function evaluateRow(row: IfEvalRow, response: string, mode: EvalMode): PromptResult {
  const list: boolean[] = [];
  const errors: string[] = [];
  const candidates = mode === "strict" ? [response] : looseVariants(response);
  const live = candidates.filter((r) => pyStrip(r) !== "");
  for (const [i, id] of row.instruction_id_list.entries()) {
    const parsed = parseInstruction(id, row.kwargs[i] ?? {});
    if (!parsed.ok) {
      errors.push(parsed.error);
      list.push(false);
      continue;
    }
    list.push(live.some((r) => checkInstruction(parsed.instruction, r)));
  }
  return {
    followInstructionList: list,
    followAllInstructions: list.every(Boolean),
    errors,
  };
}

export interface Accuracy {
  /** Prompts whose instructions were all followed, over all prompts. */
  promptLevel: number;
  /** Followed instructions over all instructions. */
  instructionLevel: number;
  prompts: number;
  instructions: number;
  /** Per instruction id (tier 1) and per category before the colon (tier 0). */
  byInstruction: Record<string, { followed: number; total: number; accuracy: number }>;
  byCategory: Record<string, { followed: number; total: number; accuracy: number }>;
}

/** IFEval's `print_report` numbers from per-prompt results. */
export function accuracy(
  results: readonly {
    instructionIds: readonly string[];
    followInstructionList: readonly boolean[];
  }[],
): Accuracy {
  let promptCorrect = 0;
  let instructionCorrect = 0;
  let instructionTotal = 0;
  const byInstruction: Accuracy["byInstruction"] = {};
  const byCategory: Accuracy["byCategory"] = {};
  const bump = (table: Accuracy["byInstruction"], key: string, ok: boolean) => {
    const entry = table[key] ?? { followed: 0, total: 0, accuracy: 0 };
    table[key] = entry;
    entry.total++;
    if (ok) entry.followed++;
    entry.accuracy = entry.followed / entry.total;
  };
  for (const r of results) {
    if (r.followInstructionList.every(Boolean)) promptCorrect++;
    instructionTotal += r.instructionIds.length;
    for (const [i, id] of r.instructionIds.entries()) {
      const ok = r.followInstructionList[i] === true;
      if (ok) instructionCorrect++;
      bump(byInstruction, id, ok);
      bump(byCategory, id.split(":")[0] as string, ok);
    }
  }
  return {
    promptLevel: results.length ? promptCorrect / results.length : 0,
    instructionLevel: instructionTotal ? instructionCorrect / instructionTotal : 0,
    prompts: results.length,
    instructions: instructionTotal,
    byInstruction,
    byCategory,
  };
}
