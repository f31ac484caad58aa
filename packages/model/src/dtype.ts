// Conversions between float32 and the half formats stored in checkpoints (IEEE f16, bfloat16).

export type StorageDtype = "F32" | "F16" | "BF16";

export const BYTES: Record<StorageDtype, number> = { F32: 4, F16: 2, BF16: 2 };

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

export function f16ToF32(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const exp = (h >> 10) & 0x1f;
  const frac = h & 0x3ff;
  if (exp === 0) return sign * frac * 2 ** -24;
  if (exp === 0x1f) return frac === 0 ? sign * Number.POSITIVE_INFINITY : Number.NaN;
  return sign * (1 + frac / 1024) * 2 ** (exp - 15);
}

/** float32 to IEEE half, rounding to nearest even; overflow becomes infinity. */
export function f32ToF16(x: number): number {
  f32[0] = x;
  const bits = u32[0] as number;
  const sign = (bits >>> 16) & 0x8000;
  const exp = (bits >>> 23) & 0xff;
  let mant = bits & 0x7fffff;
  if (exp === 0xff) return sign | 0x7c00 | (mant ? 0x200 : 0);
  let e = exp - 127 + 15;
  if (e >= 0x1f) return sign | 0x7c00;
  if (e <= 0) {
    if (e < -10) return sign;
    mant |= 0x800000;
    const shift = 14 - e;
    const half = 1 << (shift - 1);
    const rest = mant & ((1 << shift) - 1);
    let m = mant >>> shift;
    if (rest > half || (rest === half && m & 1)) m++;
    return sign | m;
  }
  const rest = mant & 0x1fff;
  let m = mant >>> 13;
  if (rest > 0x1000 || (rest === 0x1000 && m & 1)) {
    m++;
    if (m === 0x400) {
      m = 0;
      e++;
      if (e >= 0x1f) return sign | 0x7c00;
    }
  }
  return sign | (e << 10) | m;
}

export function bf16ToF32(h: number): number {
  u32[0] = h << 16;
  return f32[0] as number;
}

/** float32 to bfloat16, rounding to nearest even; NaN stays NaN. */
export function f32ToBf16(x: number): number {
  f32[0] = x;
  const bits = u32[0] as number;
  if ((bits & 0x7fffffff) > 0x7f800000) return ((bits >>> 16) | 0x40) & 0xffff;
  const lsb = (bits >>> 16) & 1;
  return ((bits + 0x7fff + lsb) >>> 16) & 0xffff;
}

/** Decodes little-endian stored values into float32. */
export function decode(bytes: Uint8Array, dtype: StorageDtype): Float32Array {
  const n = bytes.byteLength / BYTES[dtype];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = new Float32Array(n);
  if (dtype === "F32") {
    for (let i = 0; i < n; i++) out[i] = view.getFloat32(i * 4, true);
  } else if (dtype === "F16") {
    for (let i = 0; i < n; i++) out[i] = f16ToF32(view.getUint16(i * 2, true));
  } else {
    for (let i = 0; i < n; i++) out[i] = bf16ToF32(view.getUint16(i * 2, true));
  }
  return out;
}

/** Encodes float32 values into little-endian bytes of `dtype`. */
export function encode(values: Float32Array, dtype: StorageDtype): Uint8Array {
  const out = new Uint8Array(values.length * BYTES[dtype]);
  const view = new DataView(out.buffer);
  if (dtype === "F32") {
    for (let i = 0; i < values.length; i++) view.setFloat32(i * 4, values[i] as number, true);
  } else {
    const conv = dtype === "F16" ? f32ToF16 : f32ToBf16;
    for (let i = 0; i < values.length; i++) view.setUint16(i * 2, conv(values[i] as number), true);
  }
  return out;
}
