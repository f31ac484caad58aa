import { mkdtemp, readFile, stat, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bf16ToF32, f16ToF32, f32ToBf16, f32ToF16 } from "./dtype.js";
import {
  modelFiles,
  readModelTensors,
  readSafetensors,
  readSafetensorsHeader,
  writeModelTensors,
  writeSafetensors,
} from "./safetensors.js";

const tmp = () => mkdtemp(join(tmpdir(), "prorl-st-"));

const collect = async <T>(it: AsyncIterable<T>): Promise<T[]> => {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
};

describe("half-precision conversions", () => {
  it("f16 round-trips exactly representable values and rounds to nearest even", () => {
    for (const x of [0, 1, -2, 0.5, 65504, 2 ** -24, -(2 ** -14), 3.140625]) {
      expect(f16ToF32(f32ToF16(x))).toBe(x);
    }
    // 1 + 2^-11 lies halfway between 1 and 1 + 2^-10: ties go to the even mantissa (1).
    expect(f16ToF32(f32ToF16(1 + 2 ** -11))).toBe(1);
    expect(f16ToF32(f32ToF16(1 + 3 * 2 ** -11))).toBe(1 + 2 * 2 ** -10);
    expect(f16ToF32(f32ToF16(1e6))).toBe(Number.POSITIVE_INFINITY);
    expect(Number.isNaN(f16ToF32(f32ToF16(Number.NaN)))).toBe(true);
  });

  it("bf16 keeps the float32 exponent and rounds the mantissa to 8 bits", () => {
    expect(bf16ToF32(f32ToBf16(1e30))).toBeCloseTo(1e30, -28);
    expect(bf16ToF32(f32ToBf16(1 + 2 ** -8))).toBe(1); // tie to even
    expect(bf16ToF32(f32ToBf16(1 + 3 * 2 ** -8))).toBe(1 + 2 ** -6);
    expect(Number.isNaN(bf16ToF32(f32ToBf16(Number.NaN)))).toBe(true);
  });
});

describe("safetensors", () => {
  const a = new Float32Array([1, -2.5, 3, 0.125, 7, 8]);
  const b = new Float32Array([0.1, 0.2, 0.3]);
  const sources = [
    { name: "a", shape: [2, 3], values: () => a },
    { name: "b", shape: [3], values: () => b },
  ];

  for (const dtype of ["F32", "F16", "BF16"] as const) {
    it(`writes and reads ${dtype}`, async () => {
      const file = join(await tmp(), "x.safetensors");
      await writeSafetensors(file, sources, dtype);
      const h = await readSafetensorsHeader(file);
      expect(h.tensors.map((t) => [t.name, t.dtype, t.shape])).toEqual([
        ["a", dtype, [2, 3]],
        ["b", dtype, [3]],
      ]);
      expect((h.tensors[0]?.begin ?? 1) % 8).toBe(0);
      const got = await collect(readSafetensors(file));
      const tol = dtype === "F32" ? 1e-7 : dtype === "F16" ? 1e-3 : 1e-2;
      for (const [i, src] of [a, b].entries()) {
        const data = got[i]?.data ?? new Float32Array();
        expect(data.length).toBe(src.length);
        for (let j = 0; j < src.length; j++) {
          expect(Math.abs((data[j] ?? 0) - (src[j] ?? 0))).toBeLessThanOrEqual(
            tol * Math.max(1, Math.abs(src[j] ?? 0)),
          );
        }
      }
    });
  }

  it("matches the byte layout of the reference format", async () => {
    const file = join(await tmp(), "x.safetensors");
    await writeSafetensors(file, [
      { name: "w", shape: [2], values: () => new Float32Array([1, 2]) },
    ]);
    const buf = await readFile(file);
    const n = Number(buf.readBigUInt64LE(0));
    const header = JSON.parse(buf.subarray(8, 8 + n).toString("utf8"));
    expect(header.w).toEqual({ dtype: "F32", shape: [2], data_offsets: [0, 8] });
    expect(buf.readFloatLE(8 + n)).toBe(1);
    expect(buf.readFloatLE(8 + n + 4)).toBe(2);
  });

  it("shards a model with an index and streams it back in order", async () => {
    const dir = await tmp();
    const files = await writeModelTensors(dir, sources, { maxShardBytes: 24 });
    expect(files.map((f) => f.slice(dir.length + 1))).toEqual([
      "model-00001-of-00002.safetensors",
      "model-00002-of-00002.safetensors",
    ]);
    const index = JSON.parse(await readFile(join(dir, "model.safetensors.index.json"), "utf8"));
    expect(index.weight_map).toEqual({
      a: "model-00001-of-00002.safetensors",
      b: "model-00002-of-00002.safetensors",
    });
    expect(index.metadata.total_size).toBe(36);
    expect(await modelFiles(dir)).toEqual(files);
    const got = await collect(readModelTensors(dir));
    expect(got.map((t) => t.name)).toEqual(["a", "b"]);
    expect(Array.from(got[0]?.data ?? [])).toEqual(Array.from(a));
  });

  it("names the file and tensor of a truncated file", async () => {
    const file = join(await tmp(), "x.safetensors");
    await writeSafetensors(file, sources);
    await truncate(file, (await stat(file)).size - 4);
    await expect(readSafetensorsHeader(file)).rejects.toThrow(
      new RegExp(`${file}: tensor "b": truncated file`),
    );
  });

  it("rejects a corrupt header, mismatched offsets and unsupported dtypes", async () => {
    const dir = await tmp();
    const bad = join(dir, "bad.safetensors");
    await writeFile(bad, Buffer.from([0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0, 1, 2]));
    await expect(readSafetensorsHeader(bad)).rejects.toThrow(
      /bad\.safetensors: corrupt or truncated header/,
    );

    const mk = async (entry: object) => {
      const json = Buffer.from(JSON.stringify({ w: entry }));
      const len = Buffer.alloc(8);
      len.writeBigUInt64LE(BigInt(json.length));
      const f = join(dir, "m.safetensors");
      await writeFile(f, Buffer.concat([len, json, Buffer.alloc(64)]));
      return f;
    };
    await expect(
      readSafetensorsHeader(await mk({ dtype: "F32", shape: [3], data_offsets: [0, 8] })),
    ).rejects.toThrow(/tensor "w": data_offsets \[0, 8\] do not match shape \[3\]/);
    await expect(
      readSafetensorsHeader(await mk({ dtype: "I64", shape: [1], data_offsets: [0, 8] })),
    ).rejects.toThrow(/tensor "w": dtype I64 is not supported/);
    await writeFile(join(dir, "t.safetensors"), Buffer.from([1, 2, 3]));
    await expect(readSafetensorsHeader(join(dir, "t.safetensors"))).rejects.toThrow(/truncated/);
  });
});
