/**
 * `prorl-eval export`: a blend as the RL data of verl (parquet) or OpenRLHF (JSONL). The ground
 * truth is the JSON text `{task, example[, options]}` that `prorl-eval serve` and
 * python/prorl_reward.py read back.
 */
import { createWriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { basename, dirname, extname, join } from "node:path";
import { finished } from "node:stream/promises";
import { type BlendItem, buildBlend, type LoadedBlend, type TaskRegistry } from "@prorl/core";
import type { SchemaElement } from "hyparquet";
import { fileWriter, ParquetWriter } from "hyparquet-writer";
import type { TaskOptionsByTask } from "./score-item.js";

export const EXPORT_FORMATS = ["verl", "openrlhf"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportOptions {
  blend: LoadedBlend;
  registry: TaskRegistry;
  format: ExportFormat;
  /** The training split's file. */
  out: string;
  /** The validation split's file; default: `out` with `.validation` before the extension. */
  validationOut?: string;
  /** Wraps each task prompt: `{prompt}` is replaced by it. */
  template?: string;
  /** A system message before the user's (verl's chat list; OpenRLHF's input becomes a chat list). */
  system?: string;
  /** Options written into the labels of these tasks. */
  taskOptions?: TaskOptionsByTask;
  /** Told about components with fewer rows than asked. */
  onNotice?: (message: string) => void;
}

export interface ExportSummary {
  files: { path: string; split: Split; rows: number }[];
}

type Split = "train" | "validation";

interface ChatMessage {
  role: string;
  content: string;
}

/** One verl RL row, with the column types of verl's own preprocessing scripts. */
export interface VerlRow {
  data_source: string;
  prompt: ChatMessage[];
  ability: string;
  reward_model: { style: "rule"; ground_truth: string };
  extra_info: { split: Split; index: bigint };
}

/** Rows per parquet row group: bounded memory per group, few groups for readers. */
const ROW_GROUP = 10_000;

/** Builds the blend and writes both splits; nothing appears under a name until complete. */
export async function exportBlend(options: ExportOptions): Promise<ExportSummary> {
  if (options.template !== undefined && !options.template.includes("{prompt}")) {
    throw new Error('--template must contain "{prompt}" where the task\'s prompt goes');
  }
  const built = await buildBlend(options.blend, options.registry);
  for (const report of built.components) {
    if (report.error) throw new Error(`component ${report.component}: ${report.error}`);
    if (report.shortfall > 0) {
      options.onNotice?.(
        `component ${report.component}: ${report.train + report.validation} rows, ${report.shortfall} fewer than asked (its source has ${report.available})`,
      );
    }
  }
  const summary: ExportSummary = { files: [] };
  const splits: [Split, BlendItem[], string][] = [
    ["train", built.train, options.out],
    ["validation", built.validation, options.validationOut ?? validationPath(options.out)],
  ];
  for (const [split, items, path] of splits) {
    if (split === "validation" && items.length === 0) continue;
    const rows = items.map((item, index) => rowParts(item, index, split, options));
    if (options.format === "verl") await writeVerlParquet(path, rows.map(verlRow));
    else await writeJsonl(path, rows.map(openRlhfRow));
    summary.files.push({ path, split, rows: rows.length });
  }
  return summary;
}

/** `blend.parquet` -> `blend.validation.parquet`. */
export function validationPath(out: string): string {
  const ext = extname(out);
  return join(dirname(out), `${basename(out, ext)}.validation${ext}`);
}

interface RowParts {
  task: string;
  domain: string;
  messages: ChatMessage[];
  label: string;
  split: Split;
  index: number;
}

function rowParts(item: BlendItem, index: number, split: Split, options: ExportOptions): RowParts {
  const task = options.registry.get(item.task);
  const prompt = task.prompt(item.example);
  const text = options.template ? options.template.replaceAll("{prompt}", prompt) : prompt;
  const messages: ChatMessage[] = options.system
    ? [
        { role: "system", content: options.system },
        { role: "user", content: text },
      ]
    : [{ role: "user", content: text }];
  const taskOptions = options.taskOptions?.[task.id];
  const label = JSON.stringify(
    taskOptions
      ? { task: task.id, example: item.example, options: taskOptions }
      : { task: task.id, example: item.example },
  );
  return { task: task.id, domain: task.domain, messages, label, split, index };
}

export function verlRow(parts: RowParts): VerlRow {
  return {
    data_source: parts.task,
    prompt: parts.messages,
    ability: parts.domain,
    reward_model: { style: "rule", ground_truth: parts.label },
    extra_info: { split: parts.split, index: BigInt(parts.index) },
  };
}

function openRlhfRow(parts: RowParts): { input: string | ChatMessage[]; label: string } {
  const only = parts.messages.length === 1 ? parts.messages[0] : undefined;
  return { input: only ? only.content : parts.messages, label: parts.label };
}

const text = (name: string): SchemaElement => ({
  name,
  type: "BYTE_ARRAY",
  converted_type: "UTF8",
  repetition_type: "OPTIONAL",
});

/**
 * The schema pandas/pyarrow write for verl's rows (`datasets.Dataset.to_parquet` in
 * examples/data_preprocess/*.py): `prompt` a list of {role, content} structs in the standard
 * three-level list layout, `reward_model` and `extra_info` structs, `index` int64.
 */
export const VERL_SCHEMA: SchemaElement[] = [
  { name: "schema", num_children: 5 },
  text("data_source"),
  { name: "prompt", repetition_type: "OPTIONAL", converted_type: "LIST", num_children: 1 },
  { name: "list", repetition_type: "REPEATED", num_children: 1 },
  { name: "element", repetition_type: "OPTIONAL", num_children: 2 },
  text("content"),
  text("role"),
  text("ability"),
  { name: "reward_model", repetition_type: "OPTIONAL", num_children: 2 },
  text("ground_truth"),
  text("style"),
  { name: "extra_info", repetition_type: "OPTIONAL", num_children: 2 },
  { name: "index", type: "INT64", repetition_type: "OPTIONAL" },
  text("split"),
];

const VERL_COLUMNS = ["data_source", "prompt", "ability", "reward_model", "extra_info"] as const;

async function writeVerlParquet(path: string, rows: VerlRow[]): Promise<void> {
  await writeAtomically(path, async (temporary) => {
    const writer = new ParquetWriter({
      writer: fileWriter(temporary),
      schema: VERL_SCHEMA,
      createdBy: "prorl-eval export",
    });
    for (let start = 0; start < rows.length; start += ROW_GROUP) {
      const group = rows.slice(start, start + ROW_GROUP);
      await writer.write({
        columnData: VERL_COLUMNS.map((name) => ({ name, data: group.map((row) => row[name]) })),
        rowGroupSize: ROW_GROUP,
      });
    }
    await writer.finish();
  });
}

async function writeJsonl(path: string, rows: unknown[]): Promise<void> {
  await writeAtomically(path, async (temporary) => {
    const out = createWriteStream(temporary, { flags: "wx" });
    for (const row of rows) {
      if (!out.write(`${JSON.stringify(row)}\n`)) {
        await new Promise<void>((resolve) => out.once("drain", () => resolve()));
      }
    }
    out.end();
    await finished(out);
  });
}

/** Writes through a temporary file beside `path`, renamed when complete, removed on failure. */
async function writeAtomically(path: string, write: (temporary: string) => Promise<void>) {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await write(temporary);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new Error(`cannot write ${path}: its directory does not exist`);
    throw error;
  }
}
