// The safetensors format (https://github.com/huggingface/safetensors, README "Format"): an 8-byte
// little-endian header length, a JSON header mapping tensor names to dtype, shape and byte offsets
// relative to the end of the header, then the raw little-endian data. No npm package in the
// registry reads it from Node file handles tensor by tensor, so it is written here (~200 lines).
import { open, readFile, writeFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { BYTES, decode, encode, type StorageDtype } from "./dtype.js";

export class SafetensorsError extends Error {
  override name = "SafetensorsError";
}

export interface TensorInfo {
  name: string;
  dtype: StorageDtype;
  shape: number[];
  /** Absolute byte offsets in the file. */
  begin: number;
  end: number;
}

export interface SafetensorsHeader {
  file: string;
  tensors: TensorInfo[];
  metadata: Record<string, string>;
}

const MAX_HEADER = 100 * 1024 * 1024;
const SUPPORTED = new Set(["F32", "F16", "BF16"]);

/** Reads and validates the header of one safetensors file (the data is not read). */
export async function readSafetensorsHeader(file: string): Promise<SafetensorsHeader> {
  const fh = await open(file, "r").catch((e: Error) => {
    throw new SafetensorsError(`${file}: cannot open: ${e.message}`);
  });
  try {
    const size = (await fh.stat()).size;
    if (size < 8) throw new SafetensorsError(`${file}: truncated (${size} bytes, no header)`);
    const lenBuf = Buffer.alloc(8);
    await fh.read(lenBuf, 0, 8, 0);
    const headerLen = Number(lenBuf.readBigUInt64LE(0));
    if (headerLen > MAX_HEADER || 8 + headerLen > size) {
      throw new SafetensorsError(
        `${file}: corrupt or truncated header (header length ${headerLen}, file size ${size})`,
      );
    }
    const hbuf = Buffer.alloc(headerLen);
    await fh.read(hbuf, 0, headerLen, 8);
    let json: unknown;
    try {
      json = JSON.parse(hbuf.toString("utf8"));
    } catch (e) {
      throw new SafetensorsError(`${file}: header is not valid JSON: ${(e as Error).message}`);
    }
    if (typeof json !== "object" || json === null || Array.isArray(json)) {
      throw new SafetensorsError(`${file}: header is not a JSON object`);
    }
    const dataStart = 8 + headerLen;
    const tensors: TensorInfo[] = [];
    let metadata: Record<string, string> = {};
    for (const [name, v] of Object.entries(json as Record<string, unknown>)) {
      if (name === "__metadata__") {
        metadata = (v ?? {}) as Record<string, string>;
        continue;
      }
      const e = v as { dtype?: unknown; shape?: unknown; data_offsets?: unknown };
      const shape = e?.shape;
      const offs = e?.data_offsets;
      if (
        typeof e?.dtype !== "string" ||
        !Array.isArray(shape) ||
        !shape.every((d) => Number.isInteger(d) && d >= 0) ||
        !Array.isArray(offs) ||
        offs.length !== 2 ||
        !offs.every((d) => Number.isInteger(d) && d >= 0)
      ) {
        throw new SafetensorsError(`${file}: tensor "${name}": malformed header entry`);
      }
      if (!SUPPORTED.has(e.dtype)) {
        throw new SafetensorsError(
          `${file}: tensor "${name}": dtype ${e.dtype} is not supported (F32, F16, BF16)`,
        );
      }
      const dtype = e.dtype as StorageDtype;
      const [b, en] = offs as [number, number];
      const numel = (shape as number[]).reduce((a, d) => a * d, 1);
      if (en < b || en - b !== numel * BYTES[dtype]) {
        throw new SafetensorsError(
          `${file}: tensor "${name}": data_offsets [${b}, ${en}] do not match shape [${shape.join(", ")}] of ${dtype}`,
        );
      }
      if (dataStart + en > size) {
        throw new SafetensorsError(
          `${file}: tensor "${name}": truncated file (data ends at byte ${dataStart + en}, file has ${size})`,
        );
      }
      tensors.push({
        name,
        dtype,
        shape: shape as number[],
        begin: dataStart + b,
        end: dataStart + en,
      });
    }
    return { file, tensors, metadata };
  } finally {
    await fh.close();
  }
}

export interface LoadedTensor {
  name: string;
  shape: number[];
  dtype: StorageDtype;
  /** The values converted to float32. */
  data: Float32Array;
}

/**
 * Streams the tensors of one file, one at a time, each decoded to float32: only one tensor's bytes
 * are held at once besides what the caller keeps.
 */
export async function* readSafetensors(file: string): AsyncGenerator<LoadedTensor> {
  const header = await readSafetensorsHeader(file);
  const fh = await open(file, "r");
  try {
    for (const t of header.tensors) {
      const bytes = new Uint8Array(t.end - t.begin);
      const { bytesRead } = await fh.read(bytes, 0, bytes.length, t.begin);
      if (bytesRead !== bytes.length) {
        throw new SafetensorsError(`${file}: tensor "${t.name}": truncated while reading`);
      }
      yield { name: t.name, shape: t.shape, dtype: t.dtype, data: decode(bytes, t.dtype) };
    }
  } finally {
    await fh.close();
  }
}

/** The shard files of a model directory: the index's files in order, or model.safetensors. */
export async function modelFiles(dir: string): Promise<string[]> {
  const indexPath = join(dir, "model.safetensors.index.json");
  let text: string | null = null;
  try {
    text = await readFile(indexPath, "utf8");
  } catch {
    text = null;
  }
  if (text === null) return [join(dir, "model.safetensors")];
  let index: { weight_map?: Record<string, string> };
  try {
    index = JSON.parse(text);
  } catch (e) {
    throw new SafetensorsError(`${indexPath}: not valid JSON: ${(e as Error).message}`);
  }
  if (!index.weight_map || typeof index.weight_map !== "object") {
    throw new SafetensorsError(`${indexPath}: no weight_map`);
  }
  const files = [...new Set(Object.values(index.weight_map))];
  for (const f of files) {
    if (f !== basename(f))
      throw new SafetensorsError(`${indexPath}: shard "${f}" is not a file name`);
  }
  return files.map((f) => join(dir, f));
}

/** Streams every tensor of a model directory (single file or sharded). */
export async function* readModelTensors(
  dir: string,
): AsyncGenerator<LoadedTensor & { file: string }> {
  for (const file of await modelFiles(dir)) {
    for await (const t of readSafetensors(file)) yield { ...t, file };
  }
}

export interface TensorSource {
  name: string;
  shape: number[];
  /** Produces the float32 values when the writer reaches this tensor. */
  values: () => Float32Array | Promise<Float32Array>;
}

function headerBytes(
  tensors: readonly TensorSource[],
  dtype: StorageDtype,
  metadata: Record<string, string>,
): { bytes: Buffer; dataLength: number } {
  const h: Record<string, unknown> = { __metadata__: metadata };
  let off = 0;
  for (const t of tensors) {
    const n = t.shape.reduce((a, d) => a * d, 1) * BYTES[dtype];
    h[t.name] = { dtype, shape: t.shape, data_offsets: [off, off + n] };
    off += n;
  }
  let json = JSON.stringify(h);
  // Pad with spaces so the data starts 8-byte aligned (as the reference implementation does).
  json += " ".repeat((8 - ((8 + Buffer.byteLength(json)) % 8)) % 8);
  const body = Buffer.from(json, "utf8");
  const out = Buffer.alloc(8 + body.length);
  out.writeBigUInt64LE(BigInt(body.length), 0);
  body.copy(out, 8);
  return { bytes: out, dataLength: off };
}

/** Writes one safetensors file, producing and encoding one tensor at a time. */
export async function writeSafetensors(
  file: string,
  tensors: readonly TensorSource[],
  dtype: StorageDtype = "F32",
  metadata: Record<string, string> = { format: "pt" },
): Promise<number> {
  const { bytes, dataLength } = headerBytes(tensors, dtype, metadata);
  const fh = await open(file, "w");
  try {
    await fh.write(bytes);
    for (const t of tensors) {
      const values = await t.values();
      const numel = t.shape.reduce((a, d) => a * d, 1);
      if (values.length !== numel) {
        throw new SafetensorsError(
          `${file}: tensor "${t.name}": ${values.length} values for shape [${t.shape.join(", ")}]`,
        );
      }
      await fh.write(encode(values, dtype));
    }
  } finally {
    await fh.close();
  }
  return dataLength;
}

/**
 * Writes a model's tensors into `dir`: one `model.safetensors`, or, when they exceed
 * `maxShardBytes`, `model-0000i-of-0000n.safetensors` shards plus `model.safetensors.index.json`.
 */
export async function writeModelTensors(
  dir: string,
  tensors: readonly TensorSource[],
  opts: { dtype?: StorageDtype; maxShardBytes?: number } = {},
): Promise<string[]> {
  const dtype = opts.dtype ?? "F32";
  const max = opts.maxShardBytes ?? 2 * 1024 ** 3;
  const shards: TensorSource[][] = [[]];
  let cur = 0;
  for (const t of tensors) {
    const n = t.shape.reduce((a, d) => a * d, 1) * BYTES[dtype];
    const last = shards[shards.length - 1] as TensorSource[];
    if (last.length > 0 && cur + n > max) {
      shards.push([t]);
      cur = n;
    } else {
      last.push(t);
      cur += n;
    }
  }
  if (shards.length === 1) {
    const file = join(dir, "model.safetensors");
    await writeSafetensors(file, tensors, dtype);
    return [file];
  }
  const pad = (i: number) => String(i).padStart(5, "0");
  const weightMap: Record<string, string> = {};
  const files: string[] = [];
  let total = 0;
  for (const [i, shard] of shards.entries()) {
    const name = `model-${pad(i + 1)}-of-${pad(shards.length)}.safetensors`;
    total += await writeSafetensors(join(dir, name), shard, dtype);
    for (const t of shard) weightMap[t.name] = name;
    files.push(join(dir, name));
  }
  await writeFile(
    join(dir, "model.safetensors.index.json"),
    `${JSON.stringify({ metadata: { total_size: total }, weight_map: weightMap }, null, 2)}\n`,
  );
  return files;
}
