import type { Rng } from "@prorl/core";
import { z } from "zod";
import { range } from "../curriculum-attributes.js";
import { defineLogicTask, scoreExactOrContained } from "../define.js";

// Reasoning Gym: reasoning_gym/arc/arc_1d.py and arc/arc_1d_tasks.py (after optozorax/arc_1d,
// the 1D-ARC tasks of arXiv:2305.18354). One of RG's 70 one-dimensional rules (moves, gravity,
// reflections, fills, recolourings, sorting, ...) is drawn; num_train examples and a test input
// of the same width are generated, and the answer is the test output as space-separated colours.
// Scoring: RG's default (exact 1.0, contained len(oracle)/len(answer), else 0).
// A generator draw that RG's randint would reject (an empty range) is retried like a None result.

type Example = { input: number[]; output: number[] };
type Gen = (rng: Rng, size: number) => Example | null;

class Retry extends Error {}
/** Python's randint(a, b), which raises on an empty range: here the example is redrawn. */
const ri = (rng: Rng, a: number, b: number) => {
  if (b < a) throw new Retry();
  return rng.int(a, b);
};
const field = (size: number, color = 0) => new Array<number>(size).fill(color);
const write = (pos: number, block: number[], f: number[]) => {
  const out = f.slice();
  block.forEach((c, i) => {
    out[pos + i] = c;
  });
  return out;
};
const randomField = (rng: Rng, size: number, lo: number, hi: number) =>
  Array.from({ length: size }, () => (rng.float() < 0.5 ? ri(rng, lo, hi) : 0));
const mirror =
  (gen: Gen): Gen =>
  (rng, size) => {
    const r = gen(rng, size);
    return r && { input: r.input.slice().reverse(), output: r.output.slice().reverse() };
  };
const inverse =
  (gen: Gen): Gen =>
  (rng, size) => {
    const r = gen(rng, size);
    return r && { input: r.output, output: r.input };
  };

const moveNPix =
  (move: number, solid: boolean): Gen =>
  (rng, size) => {
    if (size <= move + 1) return null;
    const blockSize = ri(rng, 1, size - move - 1);
    const pos = ri(rng, 0, size - blockSize - move);
    const color = solid ? ri(rng, 1, 9) : 0;
    const block = Array.from({ length: blockSize }, () => (solid ? color : ri(rng, 1, 9)));
    return { input: write(pos, block, field(size)), output: write(pos + move, block, field(size)) };
  };

const moveNPixWrapped =
  (move: number, solid: boolean): Gen =>
  (rng, size) => {
    const blockSize = ri(rng, 1, size);
    const pos = ri(rng, 0, size - 1);
    const color = solid ? ri(rng, 1, 9) : 0;
    const block = Array.from({ length: blockSize }, () => (solid ? color : ri(rng, 1, 9)));
    const input = field(size);
    const output = field(size);
    block.forEach((c, i) => {
      input[(pos + i) % size] = c;
      output[(pos + move + i) % size] = c;
    });
    return { input, output };
  };

const gravity: Gen = (rng, size) => {
  const input = randomField(rng, size, 1, 9);
  const nz = input.filter((x) => x !== 0);
  return { input, output: [...nz, ...field(size - nz.length)] };
};
const gravityCounting: Gen = (rng, size) => {
  const input = randomField(rng, size, 1, 9);
  const n = input.filter((x) => x !== 0).length;
  return { input, output: [...field(n, 1), ...field(size - n)] };
};
const gravityAntigravity: Gen = (rng, size) => {
  const input = randomField(rng, size, 1, 2);
  const ones = input.filter((x) => x === 1).length;
  const twos = input.filter((x) => x === 2).length;
  return { input, output: [...field(twos, 2), ...field(size - ones - twos), ...field(ones, 1)] };
};
const gravityOneStep: Gen = (rng, size) => {
  const input = randomField(rng, size, 1, 9);
  const output = input.slice();
  for (let i = 1; i < size; i++)
    if (output[i] !== 0 && output[i - 1] === 0) {
      output[i - 1] = output[i] as number;
      output[i] = 0;
    }
  return { input, output };
};
const gravityWeighted: Gen = (rng, size) => {
  const input = randomField(rng, size, 1, 2);
  const ones = input.filter((x) => x === 1).length;
  const twos = input.filter((x) => x === 2).length;
  return { input, output: [...field(twos, 2), ...field(ones, 1), ...field(size - ones - twos)] };
};

/** Shared set-up of the block-and-dot tasks: null when the block fits on neither side. */
function blockAndDot(rng: Rng, size: number) {
  const blockSize = ri(rng, 1, size - 1);
  const dot = ri(rng, 0, size - 1);
  const left = dot >= blockSize;
  const right = dot + blockSize < size;
  if (!left && !right) return null;
  const side = left && right ? rng.pick(["left", "right"]) : left ? "left" : "right";
  const pos = side === "left" ? ri(rng, 0, dot - blockSize) : ri(rng, dot + 1, size - blockSize);
  return { blockSize, dot, side, pos };
}
const blockTouchDot: Gen = (rng, size) => {
  const color = ri(rng, 2, 9);
  const s = blockAndDot(rng, size);
  if (!s) return null;
  const target = s.side === "left" ? s.dot - s.blockSize : s.dot + 1;
  const make = (p: number) => {
    const f = field(size);
    f[s.dot] = 1;
    return write(p, field(s.blockSize, color), f);
  };
  return { input: make(s.pos), output: make(target) };
};
const blockTouchDotN =
  (move: number): Gen =>
  (rng, size) => {
    const color = ri(rng, 3, 9);
    const s = blockAndDot(rng, size);
    if (!s) return null;
    const target =
      s.side === "left"
        ? s.pos + Math.min(s.dot - s.blockSize - s.pos, move)
        : s.pos - Math.min(s.pos - (s.dot + 1), move);
    const make = (p: number) => {
      const f = field(size);
      f[s.dot] = 2;
      return write(p, field(s.blockSize, color), f);
    };
    return { input: make(s.pos), output: make(target) };
  };
const blockScaleToDot: Gen = (rng, size) => {
  const color = ri(rng, 3, 9);
  const s = blockAndDot(rng, size);
  if (!s) return null;
  const [from, length] =
    s.side === "left" ? [s.pos, s.dot - s.pos + 1] : [s.dot, s.pos + s.blockSize - s.dot];
  const input = field(size);
  input[s.dot] = 2;
  const output = input.slice();
  return {
    input: write(s.pos, field(s.blockSize, color), input),
    output: write(from, field(length, color), output),
  };
};

const twoPointsAndFill: Gen = (rng, size) => {
  const color = ri(rng, 1, 9);
  const a = ri(rng, 0, size - 1);
  const b = ri(rng, 0, size - 1);
  if (a === b) return null;
  const [lo, hi] = [Math.min(a, b), Math.max(a, b)];
  const input = field(size);
  input[lo] = color;
  input[hi] = color;
  const output = input.slice();
  for (let i = lo; i <= hi; i++) output[i] = color;
  return { input, output };
};

const reflectBorder =
  (random: boolean): Gen =>
  (rng, size) => {
    const blockSize = ri(rng, 2, size);
    let block: number[];
    let side: string;
    let pos: number;
    if (!random) {
      const c1 = ri(rng, 1, 9);
      const c2 = rng.pick([1, 2, 3, 4, 5, 6, 7, 8].filter((c) => c !== c1));
      side = rng.float() < 0.5 ? "left" : "right";
      pos = ri(rng, 0, size - blockSize);
      block = field(blockSize, c1);
      block[side === "left" ? 0 : blockSize - 1] = c2;
    } else {
      side = rng.float() < 0.5 ? "left" : "right";
      pos = ri(rng, 0, size - blockSize);
      const border = ri(rng, 1, 9);
      const others = [1, 2, 3, 4, 5, 6, 7, 8].filter((c) => c !== border);
      block = Array.from({ length: blockSize }, () => rng.pick(others));
      block[side === "left" ? 0 : blockSize - 1] = border;
    }
    return {
      input: write(pos, block, field(size)),
      output: write(pos, block.slice().reverse(), field(size)),
    };
  };

const reflectAroundDot: Gen = (rng, size) => {
  const dot = ri(rng, 0, size - 1);
  const blockSize = ri(rng, 1, size - 1);
  const pos = ri(rng, 0, size - blockSize);
  const end = pos + blockSize - 1;
  if (!(end < dot || pos > dot)) return null;
  const color = ri(rng, 3, 9);
  if (2 * dot - end < 0 || 2 * dot - pos >= size) return null;
  const input = write(pos, field(blockSize, color), field(size));
  input[dot] = 2;
  const output = field(size);
  output[dot] = 2;
  for (let i = 0; i < blockSize; i++) output[2 * dot - (pos + i)] = color;
  return { input, output };
};

const blockAndNoiseRemove: Gen = (rng, size) => {
  const blockSize = ri(rng, 2, size);
  const pos = ri(rng, 0, size - blockSize);
  const color = ri(rng, 1, 9);
  const f = write(pos, field(blockSize, color), field(size));
  const forbidden = new Array<boolean>(size).fill(false);
  for (let i = pos; i < pos + blockSize; i++) forbidden[i] = true;
  if (pos > 0) forbidden[pos - 1] = true;
  if (pos + blockSize < size) forbidden[pos + blockSize] = true;
  const count = ri(rng, 1, 3);
  const noise: number[] = [];
  for (let k = 0; k < count; k++) {
    const allowed = forbidden.flatMap((x, i) => (x ? [] : [i]));
    if (allowed.length === 0) break;
    const p = rng.pick(allowed);
    noise.push(p);
    f[p] = color;
    forbidden[p] = true;
    if (p > 0) forbidden[p - 1] = true;
    if (p + 1 < size) forbidden[p + 1] = true;
  }
  if (noise.length < count) return null;
  const output = f.slice();
  for (const p of noise) output[p] = 0;
  return { input: f, output };
};

const blockAndNoiseRemoveInside: Gen = (rng, size) => {
  if (size <= 6) return null;
  const blockSize = ri(rng, 6, size);
  const pos = ri(rng, 0, size - blockSize);
  const color = ri(rng, 1, 9);
  const f = write(pos, field(blockSize, color), field(size));
  const count = ri(rng, 1, Math.max(1, Math.floor(blockSize / 2) - 1));
  const offsets = rng.shuffle(Array.from({ length: blockSize }, (_, i) => i)).slice(0, count);
  for (const o of offsets) {
    let noise = ri(rng, 1, 9);
    while (noise === color) noise = ri(rng, 1, 9);
    f[pos + o] = noise;
  }
  const output = f.slice();
  for (const o of offsets) output[pos + o] = color;
  return { input: f, output };
};

const copyBlockToDots =
  (colors: boolean): Gen =>
  (rng, size) => {
    const blockSize = rng.float() < 0.5 ? 3 : 5;
    if (blockSize >= size) return null;
    const color = ri(rng, 1, 9);
    const dots: [number, number][] = [];
    let pos = blockSize + Math.floor(blockSize / 2) + 1;
    while (pos <= size - blockSize) {
      if (rng.float() < 0.5) {
        dots.push([pos, colors ? ri(rng, 1, 9) : color]);
        pos += blockSize;
      }
      pos++;
    }
    if (dots.length === 0) return null;
    const input = write(0, field(blockSize, color), field(size));
    let output = input.slice();
    for (const [p, c] of dots) {
      input[p] = c;
      output = write(p - Math.floor(blockSize / 2), field(blockSize, c), output);
    }
    return { input, output };
  };

const paintBiggestBlock: Gen = (rng, size) => {
  const color = ri(rng, 2, 9);
  const input = field(size);
  const blocks: [number, number][] = [];
  let pos = 0;
  while (pos < size) {
    if (rng.float() < 0.4 && size - pos >= 2) {
      const bs = ri(rng, 2, Math.min(size - pos, 6));
      blocks.push([pos, bs]);
      for (let i = 0; i < bs; i++) input[pos + i] = color;
      pos += bs + 1;
    } else pos++;
  }
  if (blocks.length < 2) return null;
  const biggest = Math.max(...blocks.map(([, s]) => s));
  if (blocks.filter(([, s]) => s === biggest).length > 1) return null;
  const [bp] = blocks.find(([, s]) => s === biggest) as [number, number];
  const output = input.slice();
  for (let i = 0; i < biggest; i++) output[bp + i] = 1;
  return { input, output };
};

const sortBlocksBySize: Gen = (rng, size) => {
  const color = ri(rng, 1, 9);
  const blocks: [number, number][] = [];
  let pos = 0;
  while (pos < size) {
    if (rng.float() < 0.4 && size - pos >= 2) {
      const bs = ri(rng, 1, Math.min(size - pos, 6));
      blocks.push([pos, bs]);
      pos += bs + ri(rng, 1, 4);
    } else pos++;
  }
  if (blocks.length < 2) return null;
  const input = field(size);
  for (const [p, bs] of blocks) for (let i = 0; i < bs; i++) input[p + i] = color;
  const sizes = blocks.map(([, s]) => s).sort((a, b) => a - b);
  if (sizes.reduce((a, b) => a + b, 0) + sizes.length - 1 > size) return null;
  const output = field(size);
  let at = 0;
  for (const bs of sizes) {
    for (let i = 0; i < bs; i++) output[at + i] = color;
    at += bs + 1;
  }
  return { input, output };
};

const sortCompleteSequence: Gen = (rng, size) => {
  let max = 1;
  let total = 0;
  while (total + max + 1 <= size) {
    total += max + 1;
    max++;
  }
  max--;
  if (max < 2) return null;
  const color = ri(rng, 1, 9);
  const order = rng.shuffle(Array.from({ length: max }, (_, i) => i + 1));
  const lay = (sizes: number[]) => {
    const f = field(size);
    let p = 0;
    for (const bs of sizes) {
      for (let i = 0; i < bs; i++) f[p + i] = color;
      p += bs + 1;
    }
    return f;
  };
  return { input: lay(order), output: lay(order.slice().sort((a, b) => a - b)) };
};

const recolorBlocksBySize: Gen = (rng, size) => {
  const s1 = ri(rng, 2, 8);
  let s2 = ri(rng, 2, 8);
  while (s2 === s1) s2 = ri(rng, 2, 8);
  if (s1 + s2 + 1 > size) return null;
  const p1 = ri(rng, 0, size - (s1 + s2 + 1));
  const p2 = ri(rng, p1 + s1 + 1, size - s2);
  const input = write(p2, field(s2, 3), write(p1, field(s1, 3), field(size)));
  const [c1, c2] = s1 > s2 ? [1, 2] : [2, 1];
  return { input, output: write(p2, field(s2, c2), write(p1, field(s1, c1), field(size))) };
};

const moveBlockByOwnSize: Gen = (rng, size) => {
  const bs = ri(rng, 1, Math.floor(size / 2));
  const pos = ri(rng, 0, size - bs * 2);
  const color = ri(rng, 1, 9);
  return {
    input: write(pos, field(bs, color), field(size)),
    output: write(pos + bs, field(bs, color), field(size)),
  };
};

const changeToFive: Gen = (rng, size) => {
  const input = randomField(rng, size, 1, 9);
  return { input, output: input.map((x) => (x !== 0 ? 5 : 0)) };
};

const recolorFromPalette: Gen = (rng, size) => {
  const bs = ri(rng, 2, 4);
  let blocks: number[] = [];
  let pos = 0;
  while (pos + bs <= size) {
    if (rng.float() < 0.4) {
      blocks.push(pos);
      pos += bs + 1;
    } else pos++;
  }
  while (blocks.length > 0 && (blocks.at(-1) as number) + bs + blocks.length + 1 >= size)
    blocks.pop();
  if (blocks.length === 0) return null;
  const palette = blocks.length;
  blocks = blocks.map((p) => p + palette + 1);
  const colors: number[] = [];
  for (let k = 0; k < blocks.length; k++) {
    for (;;) {
      const c = ri(rng, 1, 9);
      if (!colors.includes(c)) {
        colors.push(c);
        break;
      }
    }
  }
  let input = field(size);
  colors.forEach((c, i) => {
    input[i] = c;
  });
  for (const p of blocks) input = write(p, field(bs, 5), input);
  let output = input.slice();
  blocks.forEach((p, i) => {
    output = write(p, field(bs, colors[i] as number), output);
  });
  return { input, output };
};

const duplicateBlockFromSeeds: Gen = (rng, size) => {
  const bs = ri(rng, 2, 4);
  if (bs + 1 >= size || size <= 3 + bs) return null;
  const pos = ri(rng, 2, size - bs - 2);
  let left = false;
  let right = false;
  while (!left && !right) {
    left = rng.float() < 0.5;
    right = rng.float() < 0.5;
  }
  const input = write(pos, field(bs, 1), field(size));
  const seeds: [string, number, number][] = [];
  if (left) {
    const c = ri(rng, 1, 9);
    input[pos - 2] = c;
    seeds.push(["left", pos - 2, c]);
  }
  if (right) {
    const c = ri(rng, 1, 9);
    input[pos + bs + 1] = c;
    seeds.push(["right", pos + bs + 1, c]);
  }
  const output = input.slice();
  for (const [side, seed, c] of seeds) {
    if (side === "left") {
      let end = seed;
      while (end >= 0) {
        const start = end - bs + 1;
        for (let p = Math.max(0, start); p <= end; p++) output[p] = c;
        if (start < 1) break;
        end = start - 2;
      }
    } else {
      let start = seed;
      while (start < size) {
        for (let o = 0; o < Math.min(bs, size - start); o++) output[start + o] = c;
        if (start + bs + 1 >= size) break;
        start += bs + 1;
      }
    }
  }
  return { input, output };
};

const fillFromPixel: Gen = (rng, size) => {
  if (size < 8) return null;
  const bs = ri(rng, 3, size - 5);
  const pos = ri(rng, 2, size - bs - 2);
  const color = ri(rng, 1, 9);
  const input = write(pos, field(bs, color), field(size));
  let seed = ri(rng, 1, 8);
  if (seed >= color) seed++;
  const isLeft = rng.float() < 0.5;
  input[isLeft ? pos - 1 : pos + bs] = seed;
  const output = input.slice();
  if (isLeft) for (let i = 0; i < pos; i++) output[i] = seed;
  else for (let i = pos + bs; i < size; i++) output[i] = seed;
  return { input, output };
};

const markSizeTwoBlocks: Gen = (rng, size) => {
  if (size < 8) return null;
  let blocks = [2];
  let pos = 4;
  while (pos < size) {
    if (rng.float() < 0.4) {
      const bs = ri(rng, 1, 3);
      if (pos + bs <= size) blocks.push(bs);
      pos += bs + 2;
    } else {
      blocks.push(0);
      pos++;
    }
  }
  blocks = rng.shuffle(blocks);
  const placed: [number, number][] = [];
  pos = 0;
  for (const bs of blocks) {
    if (bs === 0) pos++;
    else {
      placed.push([pos, bs]);
      pos += bs + 2;
    }
  }
  const input = field(size);
  for (const [p, bs] of placed) {
    let c = ri(rng, 1, 8);
    if (c >= 3) c++;
    for (let i = 0; i < bs; i++) if (p + i < size) input[p + i] = c;
    // Python would raise IndexError writing past the end: such draws are redrawn.
    if (p + bs > size) throw new Retry();
  }
  const output = input.slice();
  for (const [p, bs] of placed)
    if (bs === 2) {
      if (p > 0) output[p - 1] = 3;
      if (p + bs < size) output[p + bs] = 3;
    }
  return { input, output };
};

const fillUntilCollision: Gen = (rng, size) => {
  if (size < 4) return null;
  const isLeft = rng.float() < 0.5;
  const input = field(size);
  input[isLeft ? 0 : size - 1] = 5;
  const count = ri(rng, 2, 4);
  const positions: number[] = [];
  for (let k = 0; k < count; k++) {
    for (;;) {
      const p = isLeft ? ri(rng, 1, size - 1) : ri(rng, 0, size - 2);
      if (!positions.includes(p)) {
        positions.push(p);
        break;
      }
    }
  }
  for (const p of positions) {
    let c = ri(rng, 1, 8);
    if (c >= 5) c++;
    input[p] = c;
  }
  positions.sort((a, b) => a - b);
  const output = input.slice();
  if (isLeft) {
    let prev = 0;
    for (const p of positions) {
      for (let i = prev + 1; i < p; i++) output[i] = input[p] as number;
      prev = p;
    }
  } else {
    let prev = size - 1;
    for (const p of positions.slice().reverse()) {
      for (let i = p + 1; i < prev; i++) output[i] = input[p] as number;
      prev = p;
    }
  }
  return { input, output };
};

const repeatPatternFull: Gen = (rng, size) => {
  const ps = ri(rng, 2, 5);
  const pattern = Array.from({ length: ps }, () => ri(rng, 1, 9));
  if (ps * 2 >= size) return null;
  const input = write(ps, pattern, write(0, pattern, field(size)));
  const output = Array.from({ length: size }, (_, i) => pattern[i % ps] as number);
  return { input, output };
};

const colorLeftHalfBlocks: Gen = (rng, size) => {
  const input = field(size);
  const blocks: [number, number][] = [];
  let pos = 0;
  while (pos < size) {
    if (rng.float() < 0.4) {
      const bs = ri(rng, 2, Math.floor(size / 2));
      if (pos + bs > size) break;
      blocks.push([pos, bs]);
      for (let i = 0; i < bs; i++) input[pos + i] = 2;
      pos += bs + 1;
    } else pos++;
  }
  if (blocks.length < 2) return null;
  const output = input.slice();
  for (const [p, bs] of blocks) for (let i = 0; i < Math.floor(bs / 2); i++) output[p + i] = 8;
  return { input, output };
};

/** RG's ARC_1D_TASKS table, in its order. */
export const ARC_1D_TASKS: Record<string, Gen> = {};
for (const move of [1, 2, 3, 4]) {
  ARC_1D_TASKS[`move_${move}pix_solid_right`] = moveNPix(move, true);
}
for (const move of [1, 2, 3, 4])
  ARC_1D_TASKS[`move_${move}pix_colorful_right`] = moveNPix(move, false);
for (const move of [1, 2, 3, 4])
  ARC_1D_TASKS[`move_${move}pix_solid_left`] = mirror(moveNPix(move, true));
for (const move of [1, 2, 3, 4])
  ARC_1D_TASKS[`move_${move}pix_colorful_left`] = mirror(moveNPix(move, false));
for (const move of [1, 2, 3, 4])
  ARC_1D_TASKS[`move_${move}pix_solid_wrapped_right`] = moveNPixWrapped(move, true);
for (const move of [1, 2, 3, 4])
  ARC_1D_TASKS[`move_${move}pix_colorful_wrapped_right`] = moveNPixWrapped(move, false);
for (const move of [1, 2, 3, 4])
  ARC_1D_TASKS[`move_${move}pix_solid_wrapped_left`] = mirror(moveNPixWrapped(move, true));
for (const move of [1, 2, 3, 4])
  ARC_1D_TASKS[`move_${move}pix_colorful_wrapped_left`] = mirror(moveNPixWrapped(move, false));
Object.assign(ARC_1D_TASKS, {
  gravity_right: gravity,
  gravity_counting_right: gravityCounting,
  gravity_antigravity_right: gravityAntigravity,
  gravity_one_step_right: gravityOneStep,
  gravity_weighted_colors_right: gravityWeighted,
  gravity_left: mirror(gravity),
  gravity_counting_left: mirror(gravityCounting),
  gravity_antigravity_left: mirror(gravityAntigravity),
  gravity_one_step_left: mirror(gravityOneStep),
  gravity_weighted_colors_left: mirror(gravityWeighted),
  block_touch_dot: blockTouchDot,
  block_touch_dot_1pix: blockTouchDotN(1),
  block_touch_dot_2pix: blockTouchDotN(2),
  block_touch_dot_3pix: blockTouchDotN(3),
  block_touch_dot_4pix: blockTouchDotN(4),
  block_scale_to_dot: blockScaleToDot,
  block_and_noise_remove: blockAndNoiseRemove,
  block_and_noise_remove_inside: blockAndNoiseRemoveInside,
  move_block_by_own_size: moveBlockByOwnSize,
  two_points_and_fill: twoPointsAndFill,
  two_points_and_fill_inv: inverse(twoPointsAndFill),
  copy_block_to_dots: copyBlockToDots(false),
  copy_block_to_dots_colors: copyBlockToDots(true),
  repeat_pattern_full: repeatPatternFull,
  reflect_block_with_border_pixel: reflectBorder(false),
  reflect_block_random: reflectBorder(true),
  reflect_block_around_dot: reflectAroundDot,
  paint_biggest_block: paintBiggestBlock,
  recolor_blocks_by_size: recolorBlocksBySize,
  change_to_five: changeToFive,
  recolor_blocks_from_palette: recolorFromPalette,
  color_left_half_blocks: colorLeftHalfBlocks,
  sort_blocks_by_size: sortBlocksBySize,
  sort_complete_sequence: sortCompleteSequence,
  duplicate_block_from_seeds: duplicateBlockFromSeeds,
  fill_from_pixel: fillFromPixel,
  fill_until_collision: fillUntilCollision,
  mark_size_two_blocks: markSizeTwoBlocks,
});
const TASK_NAMES = Object.keys(ARC_1D_TASKS);

/** One example of a rule, redrawn until the generator succeeds (at most 1000 draws). */
function example(rng: Rng, gen: Gen, size: number): Example | null {
  for (let k = 0; k < 1000; k++) {
    try {
      const e = gen(rng, size);
      if (e) return e;
    } catch (error) {
      if (!(error instanceof Retry)) throw error;
    }
  }
  return null;
}

const row = (xs: number[]) => xs.join(" ");

export const arc1d = defineLogicTask({
  name: "arc_1d",
  category: "arc",
  curriculum: { size: range("min_size", "max_size", [10, 25, 50, 100]) },
  description: "Infer a one-dimensional ARC rule from examples and apply it to a test input.",
  config: z.object({
    min_size: z.number().int().min(8).default(10),
    max_size: z.number().int().min(8).default(30),
    num_train: z.number().int().positive().default(3),
  }),
  generate(rng, config) {
    for (;;) {
      const name = rng.pick(TASK_NAMES);
      const gen = ARC_1D_TASKS[name] as Gen;
      const size = rng.int(config.min_size, config.max_size);
      const train: Example[] = [];
      for (let i = 0; i < config.num_train; i++) {
        const e = example(rng, gen, size);
        if (e) train.push(e);
      }
      const test = example(rng, gen, size);
      if (!test || train.length < config.num_train) continue; // a rule that cannot fit this width
      let question =
        "Find the common rule that maps an input grid to an output grid, given the examples below.\n\n";
      train.forEach((e, i) => {
        question += `Example ${i + 1}:\nInput:  ${row(e.input)}\nOutput: ${row(e.output)}\n\n`;
      });
      question +=
        "Below is a test input grid. Predict the corresponding output grid by applying the rule you found. " +
        "Describe how you derived the rule and your overall reasoning process in detail before you submit your answer. " +
        "Your final answer should be just the test output grid itself.\n\n";
      question += `Input:\n${row(test.input)}`;
      return {
        question,
        answer: row(test.output),
        metadata: {
          task_name: name,
          size,
          train_examples: train,
          test_example: test,
          difficulty: { size: [config.min_size, config.max_size] },
        },
      };
    }
  },
  score: scoreExactOrContained,
});
