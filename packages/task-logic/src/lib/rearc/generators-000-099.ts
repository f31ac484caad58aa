// RE-ARC generators (Michael Hodel, MIT licence: ./LICENSE-RE-ARC), as vendored by Reasoning Gym
// in reasoning_gym/arc/rearc_utils/generators/generators_00_99.py, written in TypeScript on the
// DSL of ./dsl.ts: each function is RE-ARC's generate_<key>, statement for statement, except
// that a Python variable that changes type (a set that becomes a tuple) takes a second name,
// unused computations that draw nothing are left out, an elif chain Python knows to be
// exhaustive ends in `else`, and a value Python could read unbound goes through `bound`.
import {
  type ArcObject,
  add,
  apply,
  argmax,
  argmin,
  asindices,
  asobject,
  astuple,
  backdrop,
  box,
  type Cell,
  canvas,
  chain,
  cmirror,
  color,
  colorcount,
  colorfilter,
  combine,
  compose,
  connect,
  corners,
  crop,
  DOWN,
  DOWN_LEFT,
  decrement,
  dedupe,
  difference,
  dmirror,
  dneighbors,
  equality,
  F,
  fill,
  first,
  fork,
  frontiers,
  type Grid,
  type GridFunction,
  hconcat,
  height,
  hfrontier,
  hline,
  hmirror,
  hupscale,
  type Indices,
  type IntegerTuple,
  identity,
  inbox,
  increment,
  initset,
  insert,
  intersection,
  interval,
  LEFT,
  last,
  lbind,
  leastcolor,
  lefthalf,
  leftmost,
  llcorner,
  lowermost,
  lrcorner,
  mapply,
  matcher,
  merge,
  mfilter,
  multiply,
  NEG_UNITY,
  neighbors,
  normalize,
  numcolors,
  type Objects,
  ORIGIN,
  objects,
  ofcolor,
  order,
  outbox,
  type PatchLike,
  paint,
  palette,
  partition,
  product,
  RIGHT,
  rbind,
  recolor,
  remove,
  repeat,
  replace,
  rightmost,
  rot90,
  rot180,
  rot270,
  sfilter,
  shape,
  shift,
  shoot,
  size,
  sizefilter,
  subgrid,
  switch_,
  T,
  THREE,
  toindices,
  toivec,
  tojvec,
  toobject,
  tophalf,
  totuple,
  trim,
  UNITY,
  UP,
  UP_RIGHT,
  ulcorner,
  uppermost,
  upscale,
  urcorner,
  valmax,
  valmin,
  vconcat,
  vfrontier,
  vline,
  vmirror,
  width,
} from "./dsl.js";
import { eq, PyDict } from "./frozenset.js";
import type { Example, Generator } from "./generator.js";
import {
  at,
  bound,
  concat,
  contains,
  count,
  enumerate,
  floordiv,
  frozenset,
  indexOf,
  int,
  len,
  mod,
  pymax,
  pymin,
  range,
  repeatSeq,
  reversed,
  set,
  setAdd,
  sorted,
  sum,
  truediv,
  unpack,
  zip,
} from "./python.js";
import { type PyRandom, unifint } from "./random.js";

function generate_dbc1a6ce(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const dim_bounds = [3, 30] as const;
  const colopts = remove(8, interval(0, 10, 1));
  const h = unifint(rng, diff_lb, diff_ub, dim_bounds);
  const w = unifint(rng, diff_lb, diff_ub, dim_bounds);
  const bgc = rng.choice(colopts);
  const c = canvas(bgc, [h, w]);
  const inds = totuple(asindices(c));
  const card_bounds = [0, Math.max(1, Math.floor((h * w) / 4))] as const;
  const num = unifint(rng, diff_lb, diff_ub, card_bounds);
  const s = rng.sample(inds, num);
  const fgcol = rng.choice(remove(bgc, colopts));
  const gi = fill(c, fgcol, s);
  let resh: Indices = frozenset();
  for (const [x, r] of enumerate(gi)) {
    if (count(r, fgcol) > 1) {
      resh = combine(
        resh,
        connect([x, indexOf(r, fgcol)], [x, -1 + w - indexOf(reversed(r), fgcol)]),
      );
    }
  }
  let go = fill(c, 8, resh);
  let resv: Indices = frozenset();
  for (const [x, r] of enumerate(dmirror(gi))) {
    if (count(r, fgcol) > 1) {
      resv = combine(
        resv,
        connect([x, indexOf(r, fgcol)], [x, -1 + h - indexOf(reversed(r), fgcol)]),
      );
    }
  }
  go = dmirror(fill(dmirror(go), 8, resv));
  go = fill(go, fgcol, s);
  return { input: gi, output: go };
}

function generate_2281f1f4(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const dim_bounds = [3, 30] as const;
  const colopts = remove(2, interval(0, 10, 1));
  const h = unifint(rng, diff_lb, diff_ub, dim_bounds);
  const w = unifint(rng, diff_lb, diff_ub, dim_bounds);
  const card_h_bounds = [1, Math.floor(h / 2) + 1] as const;
  const card_w_bounds = [1, Math.floor(w / 2) + 1] as const;
  let numtop = unifint(rng, diff_lb, diff_ub, card_w_bounds);
  let numright = unifint(rng, diff_lb, diff_ub, card_h_bounds);
  if (numtop === numright && numright === 1) {
    [numtop, numright] = unpack(rng.sample([1, 2], 2), 2);
  }
  const tp = rng.sample(interval(0, w - 1, 1), numtop);
  const rp = rng.sample(interval(1, h, 1), numright);
  const res = combine(apply(lbind(astuple, 0), tp), apply(rbind(astuple, w - 1), rp));
  const bgc = rng.choice(colopts);
  const dc = rng.choice(remove(bgc, colopts));
  let gi = fill(canvas(bgc, [h, w]), dc, res);
  let go = fill(gi, 2, product(rp, tp));
  const rotf = rng.choice<GridFunction>([identity, rot90, rot180, rot270]);
  gi = rotf(gi);
  go = rotf(go);
  return { input: gi, output: go };
}

function generate_c1d99e64(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const dim_bounds = [4, 30] as const;
  const colopts = remove(2, interval(0, 10, 1));
  const h = unifint(rng, diff_lb, diff_ub, dim_bounds);
  const w = unifint(rng, diff_lb, diff_ub, dim_bounds);
  const nofrontcol = rng.choice(colopts);
  const noisefrontcol = rng.choice(remove(nofrontcol, colopts));
  let gi = canvas(nofrontcol, [h, w]);
  let cands = totuple(asindices(gi));
  const horifront_bounds = [1, Math.floor(h / 4)] as const;
  const vertifront_bounds = [1, Math.floor(w / 4)] as const;
  const nhf = unifint(rng, diff_lb, diff_ub, horifront_bounds);
  const nvf = unifint(rng, diff_lb, diff_ub, vertifront_bounds);
  const vfs = mapply(compose(vfrontier, tojvec), rng.sample(interval(0, w, 1), nvf));
  const hfs = mapply(compose(hfrontier, toivec), rng.sample(interval(0, h, 1), nhf));
  gi = fill(gi, noisefrontcol, combine(vfs, hfs));
  cands = totuple(ofcolor(gi, nofrontcol));
  const kk = size(cands);
  const midp = Math.floor((h * w) / 2);
  const noise_bounds = [0, Math.max(0, kk - midp - 1)] as const;
  const num_noise = unifint(rng, diff_lb, diff_ub, noise_bounds);
  const noise = rng.sample(cands, num_noise);
  gi = fill(gi, noisefrontcol, noise);
  const go = fill(gi, 2, merge(colorfilter(frontiers(gi), noisefrontcol)));
  return { input: gi, output: go };
}

function generate_623ea044(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const dim_bounds = [3, 30] as const;
  const colopts = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, dim_bounds);
  const w = unifint(rng, diff_lb, diff_ub, dim_bounds);
  const bgc = rng.choice(colopts);
  const g = canvas(bgc, [h, w]);
  const inds = totuple(asindices(g));
  const card_bounds = [0, Math.max(int(h * w * 0.1), 1)] as const;
  const numdots = unifint(rng, diff_lb, diff_ub, card_bounds);
  const dots = rng.sample(inds, numdots);
  let gi = canvas(bgc, [h, w]);
  const fgc = rng.choice(remove(bgc, colopts));
  gi = fill(gi, fgc, dots);
  let go = fill(gi, fgc, mapply(rbind(shoot, UP_RIGHT), dots));
  go = fill(go, fgc, mapply(rbind(shoot, DOWN_LEFT), dots));
  go = fill(go, fgc, mapply(rbind(shoot, UNITY), dots));
  go = fill(go, fgc, mapply(rbind(shoot, NEG_UNITY), dots));
  return { input: gi, output: go };
}

function generate_1190e5a7(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const dim_bounds = [3, 30] as const;
  const colopts = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, dim_bounds);
  const w = unifint(rng, diff_lb, diff_ub, dim_bounds);
  const bgc = rng.choice(colopts);
  const c = canvas(bgc, [h, w]);
  const nhf_bounds = [1, Math.floor(h / 3)] as const;
  const nvf_bounds = [1, Math.floor(w / 3)] as const;
  const nhf = unifint(rng, diff_lb, diff_ub, nhf_bounds);
  const nvf = unifint(rng, diff_lb, diff_ub, nvf_bounds);
  let hf_options = interval(1, h - 1, 1);
  let vf_options = interval(1, w - 1, 1);
  const hf_selection = [];
  for (let k = 0; k < nhf; k++) {
    const hf = rng.choice(hf_options);
    hf_selection.push(hf);
    hf_options = difference(hf_options, [hf - 1, hf, hf + 1] as const);
  }
  const vf_selection = [];
  for (let k = 0; k < nvf; k++) {
    const vf = rng.choice(vf_options);
    vf_selection.push(vf);
    vf_options = difference(vf_options, [vf - 1, vf, vf + 1] as const);
  }
  const remcols = remove(bgc, colopts);
  const rcf = (x: PatchLike) => recolor(rng.choice(remcols), x);
  const hfs = mapply(chain(rcf, hfrontier, toivec), [...hf_selection]);
  const vfs = mapply(chain(rcf, vfrontier, tojvec), [...vf_selection]);
  const gi = paint(c, combine(hfs, vfs));
  const go = canvas(bgc, [nhf + 1, nvf + 1]);
  return { input: gi, output: go };
}

function generate_5614dbcf(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const dim_bounds = [2, 10] as const;
  const col_card_bounds = [1, 8] as const;
  const noise_card_bounds = [0, 8] as const;
  const colopts = remove(5, interval(1, 10, 1));
  const noisedindscands = totuple(asindices(canvas(0, [3, 3])));
  const d = unifint(rng, diff_lb, diff_ub, dim_bounds);
  const cells_card_bounds = [1, d * d] as const;
  let go = canvas(0, [d, d]);
  const inds = totuple(asindices(go));
  const numocc = unifint(rng, diff_lb, diff_ub, cells_card_bounds);
  const numcol = unifint(rng, diff_lb, diff_ub, col_card_bounds);
  const occs = rng.sample(inds, numocc);
  const colset = rng.sample(colopts, numcol);
  let gi = upscale(go, THREE);
  for (const occ of inds) {
    const offset = multiply(3, occ);
    const numnoise = unifint(rng, diff_lb, diff_ub, noise_card_bounds);
    const noise = rng.sample(noisedindscands, numnoise);
    if (contains(occs, occ)) {
      const col = rng.choice(colset);
      go = fill(go, col, initset(occ));
      gi = fill(gi, col, shift(noisedindscands, offset));
    }
    gi = fill(gi, 5, shift(noise, offset));
  }
  return { input: gi, output: go };
}

function generate_05269061(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const dim_bounds = [2, 30] as const;
  const colopts = interval(1, 10, 1);
  const d = unifint(rng, diff_lb, diff_ub, dim_bounds);
  let go = canvas(0, [d, d]);
  let gi = canvas(0, [d, d]);
  let cols: number[];
  let keeps: number[];
  let lin: Indices;
  let num: number;
  let period_bounds: IntegerTuple;
  if (rng.choice([true, false])) {
    period_bounds = [2, Math.min(2 * d - 2, 9)] as const;
    num = unifint(rng, diff_lb, diff_ub, period_bounds);
    cols = range(num).map(() => rng.choice(colopts));
    keeps = range(num).map((j) => rng.choice(interval(j, 2 * d - 1, num)));
    for (const [k, col] of enumerate(repeatSeq(cols, 30).slice(0, 2 * d - 1))) {
      lin = shoot(toivec(k), UP_RIGHT);
      go = fill(go, col, lin);
      if (eq(at(keeps, mod(k, num)), k)) {
        gi = fill(gi, col, lin);
      }
    }
  } else {
    period_bounds = [2, Math.min(d, 9)] as const;
    num = unifint(rng, diff_lb, diff_ub, period_bounds);
    cols = range(num).map(() => rng.choice(colopts));
    keeps = range(num).map((j) => rng.choice(interval(j, d, num)));
    for (const [k, col] of enumerate(repeatSeq(cols, 30).slice(0, d))) {
      lin = hfrontier(toivec(k));
      go = fill(go, col, lin);
      if (eq(at(keeps, mod(k, num)), k)) {
        gi = fill(gi, col, lin);
      }
    }
  }
  if (rng.choice([true, false])) {
    gi = vmirror(gi);
    go = vmirror(go);
  }
  return { input: gi, output: go };
}

function generate_1c786137(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const dim_bounds = [3, 30] as const;
  const num_cols_card_bounds = [1, 8] as const;
  const colopts = interval(1, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, dim_bounds);
  const w = unifint(rng, diff_lb, diff_ub, dim_bounds);
  const noise_card_bounds = [0, h * w] as const;
  const c = canvas(0, [h, w]);
  const inds = totuple(asindices(c));
  const num_noise = unifint(rng, diff_lb, diff_ub, noise_card_bounds);
  const num_cols = unifint(rng, diff_lb, diff_ub, num_cols_card_bounds);
  const noiseinds = rng.sample(inds, num_noise);
  const colset = rng.sample(colopts, num_cols);
  const trgcol = rng.choice(difference(colopts, colset));
  const noise = frozenset(noiseinds.map((ij): Cell => [rng.choice(colset), ij]));
  let gi = paint(c, noise);
  const boxhrng = [3, Math.max(3, Math.floor(h / 2))] as const;
  const boxwrng = [3, Math.max(3, Math.floor(w / 2))] as const;
  const boxh = unifint(rng, diff_lb, diff_ub, boxhrng);
  const boxw = unifint(rng, diff_lb, diff_ub, boxwrng);
  const boxi = rng.choice(interval(0, h - boxh + 1, 1));
  const boxj = rng.choice(interval(0, w - boxw + 1, 1));
  const loc = [boxi, boxj] as const;
  const llc = add(loc, toivec(boxh - 1));
  const urc = add(loc, tojvec(boxw - 1));
  const lrc = add(loc, [boxh - 1, boxw - 1] as const);
  const l1 = connect(loc, llc);
  const l2 = connect(loc, urc);
  const l3 = connect(urc, lrc);
  const l4 = connect(llc, lrc);
  const l = l1.union(l2).union(l3).union(l4);
  gi = fill(gi, trgcol, l);
  const go = crop(gi, increment(loc), [boxh - 2, boxw - 2]);
  return { input: gi, output: go };
}

function generate_2204b7a8(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const dim_bounds = [4, 30] as const;
  const colopts = interval(0, 10, 1);
  let gi: Grid;
  let go: Grid;
  while (true) {
    const h = unifint(rng, diff_lb, diff_ub, dim_bounds);
    const w = unifint(rng, diff_lb, diff_ub, dim_bounds);
    const bgc = rng.choice(colopts);
    const remcols = remove(bgc, colopts);
    const c = canvas(bgc, [h, w]);
    const inds = totuple(shift(asindices(canvas(0, [h, w - 2])), RIGHT));
    const ccol = rng.choice(remcols);
    const remcols2 = remove(ccol, remcols);
    const c1 = rng.choice(remcols2);
    const c2 = rng.choice(remove(c1, remcols2));
    const nc_bounds = [1, Math.floor((h * (w - 2)) / 2) - 1] as const;
    const nc = unifint(rng, diff_lb, diff_ub, nc_bounds);
    let locs = rng.sample(inds, nc);
    if (mod(w, 2) === 1) {
      locs = difference(locs, vfrontier(tojvec(Math.floor(w / 2))));
    }
    gi = fill(c, c1, vfrontier(ORIGIN));
    gi = fill(gi, c2, vfrontier(tojvec(w - 1)));
    gi = fill(gi, ccol, locs);
    const a = sfilter(locs, (ij) => last(ij) < Math.floor(w / 2));
    const b = difference(locs, a);
    go = fill(gi, c1, a);
    go = fill(go, c2, b);
    if (len(palette(gi)) === 4) {
      break;
    }
  }
  if (rng.choice([true, false])) {
    gi = dmirror(gi);
    go = dmirror(go);
  }
  return { input: gi, output: go };
}

function generate_23581191(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const dim_bounds = [3, 30] as const;
  const colopts = remove(2, interval(0, 10, 1));

  const h = unifint(rng, diff_lb, diff_ub, dim_bounds);
  const w = unifint(rng, diff_lb, diff_ub, dim_bounds);
  const bgcol = rng.choice(colopts);
  const remcols = remove(bgcol, colopts);
  const c = canvas(bgcol, [h, w]);
  const inds = totuple(asindices(c));
  const acol = rng.choice(remcols);
  const bcol = rng.choice(remove(acol, remcols));
  const card_bounds = [1, Math.floor((h * w) / 4)] as const;
  const na = unifint(rng, diff_lb, diff_ub, card_bounds);
  const nb = unifint(rng, diff_lb, diff_ub, card_bounds);
  const a = rng.sample(inds, na);
  const b = rng.sample(difference(inds, a), nb);
  let gi = fill(c, acol, a);
  gi = fill(gi, bcol, b);
  const fa = apply(first, a);
  const la = apply(last, a);
  const fb = apply(first, b);
  const lb = apply(last, b);
  const alins = sfilter(inds, (ij) => contains(fa, first(ij)) || contains(la, last(ij)));
  const blins = sfilter(inds, (ij) => contains(fb, first(ij)) || contains(lb, last(ij)));
  let go = fill(c, acol, alins);
  go = fill(go, bcol, blins);
  go = fill(go, 2, intersection(set(alins), set(blins)));
  go = fill(go, acol, a);
  go = fill(go, bcol, b);
  return { input: gi, output: go };
}

function generate_8be77c9e(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [1, 15] as const);
  const w = unifint(rng, diff_lb, diff_ub, [1, 30] as const);
  const bgc = rng.choice(cols);
  let gi = canvas(bgc, [h, w]);
  const numc = unifint(rng, diff_lb, diff_ub, [0, Math.min(9, h * w)] as const);
  const colsch = rng.sample(cols, numc);
  let inds = totuple(asindices(gi));
  for (const col of colsch) {
    const num = unifint(rng, diff_lb, diff_ub, [
      1,
      Math.max(1, floordiv(len(inds), numc)),
    ] as const);
    const chos = rng.sample(inds, num);
    gi = fill(gi, col, chos);
    inds = difference(inds, chos);
  }
  const go = vconcat(gi, hmirror(gi));
  return { input: gi, output: go };
}

function generate_6d0aefbc(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [1, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [1, 15] as const);
  const bgc = rng.choice(cols);
  let gi = canvas(bgc, [h, w]);
  const remcols = remove(bgc, cols);
  const numc = unifint(rng, diff_lb, diff_ub, [0, Math.min(9, h * w)] as const);
  const colsch = rng.sample(remcols, numc);
  let inds = totuple(asindices(gi));
  for (const col of colsch) {
    const num = unifint(rng, diff_lb, diff_ub, [
      1,
      Math.max(1, floordiv(len(inds), numc)),
    ] as const);
    const chos = rng.sample(inds, num);
    gi = fill(gi, col, chos);
    inds = difference(inds, chos);
  }
  const go = hconcat(gi, vmirror(gi));
  return { input: gi, output: go };
}

function generate_74dd1130(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [1, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [1, 30] as const);
  const bgc = rng.choice(cols);
  let gi = canvas(bgc, [h, w]);
  const remcols = remove(bgc, cols);
  const numc = unifint(rng, diff_lb, diff_ub, [0, Math.min(9, h * w)] as const);
  const colsch = rng.sample(remcols, numc);
  let inds = totuple(asindices(gi));
  for (const col of colsch) {
    const num = unifint(rng, diff_lb, diff_ub, [
      1,
      Math.max(1, floordiv(len(inds), numc)),
    ] as const);
    const chos = rng.sample(inds, num);
    gi = fill(gi, col, chos);
    inds = difference(inds, chos);
  }
  const go = dmirror(gi);
  return { input: gi, output: go };
}

function generate_62c24649(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [1, 15] as const);
  const w = unifint(rng, diff_lb, diff_ub, [1, 15] as const);
  const bgc = rng.choice(cols);
  let gi = canvas(bgc, [h, w]);
  const remcols = remove(bgc, cols);
  const numc = unifint(rng, diff_lb, diff_ub, [0, Math.min(9, h * w)] as const);
  const colsch = rng.sample(remcols, numc);
  let inds = totuple(asindices(gi));
  for (const col of colsch) {
    const num = unifint(rng, diff_lb, diff_ub, [
      1,
      Math.max(1, floordiv(len(inds), numc)),
    ] as const);
    const chos = rng.sample(inds, num);
    gi = fill(gi, col, chos);
    inds = difference(inds, chos);
  }
  const go = vconcat(hconcat(gi, vmirror(gi)), hconcat(hmirror(gi), hmirror(vmirror(gi))));
  return { input: gi, output: go };
}

function generate_6150a2bd(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [1, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [1, 30] as const);
  const bgc = rng.choice(cols);
  let gi = canvas(bgc, [h, w]);
  const remcols = remove(bgc, cols);
  const numc = unifint(rng, diff_lb, diff_ub, [0, Math.min(9, h * w)] as const);
  const colsch = rng.sample(remcols, numc);
  let inds = totuple(asindices(gi));
  for (const col of colsch) {
    const num = unifint(rng, diff_lb, diff_ub, [
      1,
      Math.max(1, floordiv(len(inds), numc)),
    ] as const);
    const chos = rng.sample(inds, num);
    gi = fill(gi, col, chos);
    inds = difference(inds, chos);
  }
  const go = rot180(gi);
  return { input: gi, output: go };
}

function generate_6fa7a44f(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [1, 15] as const);
  const w = unifint(rng, diff_lb, diff_ub, [1, 30] as const);
  const bgc = rng.choice(cols);
  let gi = canvas(bgc, [h, w]);
  const remcols = remove(bgc, cols);
  const numc = unifint(rng, diff_lb, diff_ub, [0, Math.min(9, h * w)] as const);
  const colsch = rng.sample(remcols, numc);
  let inds = totuple(asindices(gi));
  for (const col of colsch) {
    const num = unifint(rng, diff_lb, diff_ub, [
      1,
      Math.max(1, floordiv(len(inds), numc)),
    ] as const);
    const chos = rng.sample(inds, num);
    gi = fill(gi, col, chos);
    inds = difference(inds, chos);
  }
  const go = vconcat(gi, hmirror(gi));
  return { input: gi, output: go };
}

function generate_8d5021e8(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [1, 10] as const);
  const w = unifint(rng, diff_lb, diff_ub, [1, 15] as const);
  const bgc = rng.choice(cols);
  let gi = canvas(bgc, [h, w]);
  const remcols = remove(bgc, cols);
  const numc = unifint(rng, diff_lb, diff_ub, [0, Math.min(9, h * w)] as const);
  const colsch = rng.sample(remcols, numc);
  let inds = totuple(asindices(gi));
  for (const col of colsch) {
    const num = unifint(rng, diff_lb, diff_ub, [
      1,
      Math.max(1, floordiv(len(inds), numc)),
    ] as const);
    const chos = rng.sample(inds, num);
    gi = fill(gi, col, chos);
    inds = difference(inds, chos);
  }
  const go1 = hconcat(vmirror(gi), gi);
  const go2 = vconcat(go1, hmirror(go1));
  const go = vconcat(hmirror(go1), go2);
  return { input: gi, output: go };
}

function generate_0520fde7(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = remove(2, interval(0, 10, 1));
  const h = unifint(rng, diff_lb, diff_ub, [2, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [2, 14] as const);
  const bgc = 0;
  let remcols = remove(bgc, cols);
  const barcol = rng.choice(remcols);
  remcols = remove(barcol, remcols);
  const cola = rng.choice(remcols);
  const colb = rng.choice(remcols);
  const canv = canvas(bgc, [h, w]);
  const inds = totuple(asindices(canv));
  const gbar = canvas(barcol, [h, 1]);
  const mp = Math.floor((h * w) / 2);
  const devrng = [0, mp] as const;
  let deva = unifint(rng, diff_lb, diff_ub, devrng);
  let devb = unifint(rng, diff_lb, diff_ub, devrng);
  const sgna = rng.choice([1, -1] as const);
  const sgnb = rng.choice([1, -1] as const);
  deva = sgna * deva;
  devb = sgnb * devb;
  let numa: number = mp + deva;
  let numb: number = mp + devb;
  numa = Math.max(Math.min(h * w - 1, numa), 1);
  numb = Math.max(Math.min(h * w - 1, numb), 1);
  const a = rng.sample(inds, numa);
  const b = rng.sample(inds, numb);
  const gia = fill(canv, cola, a);
  const gib = fill(canv, colb, b);
  let gi = hconcat(hconcat(gia, gbar), gib);
  let go = fill(canv, 2, set(a).intersection(set(b)));
  if (rng.choice([true, false])) {
    gi = dmirror(gi);
    go = dmirror(go);
  }
  return { input: gi, output: go };
}

function generate_46442a0e(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [1, 15] as const);
  const w = h;
  const bgc = rng.choice(cols);
  let gi = canvas(bgc, [h, w]);
  const remcols = remove(bgc, cols);
  const numc = unifint(rng, diff_lb, diff_ub, [0, Math.min(9, h * w)] as const);
  const colsch = rng.sample(remcols, numc);
  let inds = totuple(asindices(gi));
  for (const col of colsch) {
    const num = unifint(rng, diff_lb, diff_ub, [
      1,
      Math.max(1, floordiv(len(inds), numc)),
    ] as const);
    const chos = rng.sample(inds, num);
    gi = fill(gi, col, chos);
    inds = difference(inds, chos);
  }
  const go1 = hconcat(gi, rot90(gi));
  const go2 = hconcat(rot270(gi), rot180(gi));
  const go = vconcat(go1, go2);
  return { input: gi, output: go };
}

function generate_1b2d62fb(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = remove(8, interval(0, 10, 1));
  const h = unifint(rng, diff_lb, diff_ub, [2, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [2, 14] as const);
  const bgc = 0;
  let remcols = remove(bgc, cols);
  const barcol = rng.choice(remcols);
  remcols = remove(barcol, remcols);
  const cola = rng.choice(remcols);
  const colb = rng.choice(remcols);
  const canv = canvas(0, [h, w]);
  const inds = totuple(asindices(canv));
  const gbar = canvas(barcol, [h, 1]);
  const mp = Math.floor((h * w) / 2);
  const devrng = [0, mp] as const;
  let deva = unifint(rng, diff_lb, diff_ub, devrng);
  let devb = unifint(rng, diff_lb, diff_ub, devrng);
  const sgna = rng.choice([1, -1] as const);
  const sgnb = rng.choice([1, -1] as const);
  deva = sgna * deva;
  devb = sgnb * devb;
  let numa: number = mp + deva;
  let numb: number = mp + devb;
  numa = Math.max(Math.min(h * w - 1, numa), 1);
  numb = Math.max(Math.min(h * w - 1, numb), 1);
  const a = rng.sample(inds, numa);
  const b = rng.sample(inds, numb);
  const gia = fill(canv, cola, a);
  const gib = fill(canv, colb, b);
  let gi = hconcat(hconcat(gia, gbar), gib);
  let go = fill(canv, 8, ofcolor(gia, 0).intersection(ofcolor(gib, 0)));
  if (rng.choice([true, false])) {
    gi = dmirror(gi);
    go = dmirror(go);
  }
  return { input: gi, output: go };
}

function generate_3428a4f5(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = remove(3, interval(0, 10, 1));
  const h = unifint(rng, diff_lb, diff_ub, [1, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [1, 14] as const);
  const bgc = 0;
  let remcols = remove(bgc, cols);
  const barcol = rng.choice(remcols);
  remcols = remove(barcol, remcols);
  const cola = rng.choice(remcols);
  const colb = rng.choice(remcols);
  const canv = canvas(bgc, [h, w]);
  const inds = totuple(asindices(canv));
  const gbar = canvas(barcol, [h, 1]);
  const mp = Math.floor((h * w) / 2);
  const devrng = [0, mp] as const;
  let deva = unifint(rng, diff_lb, diff_ub, devrng);
  let devb = unifint(rng, diff_lb, diff_ub, devrng);
  const sgna = rng.choice([1, -1] as const);
  const sgnb = rng.choice([1, -1] as const);
  deva = sgna * deva;
  devb = sgnb * devb;
  let numa: number = mp + deva;
  let numb: number = mp + devb;
  numa = Math.max(Math.min(h * w - 1, numa), 1);
  numb = Math.max(Math.min(h * w - 1, numb), 1);
  const a = rng.sample(inds, numa);
  const b = rng.sample(inds, numb);
  const gia = fill(canv, cola, a);
  const gib = fill(canv, colb, b);
  let gi = hconcat(hconcat(gia, gbar), gib);
  let go = fill(
    canv,
    3,
    set(a)
      .union(set(b))
      .difference(set(a).intersection(set(b))),
  );
  if (rng.choice([true, false])) {
    gi = dmirror(gi);
    go = dmirror(go);
  }
  return { input: gi, output: go };
}

function generate_42a50994(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const colopts = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [1, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [1, 30] as const);
  const bgc = rng.choice(colopts);
  const remcols = remove(bgc, colopts);
  const c = canvas(bgc, [h, w]);
  const card_bounds = [0, Math.max(0, Math.floor((h * w) / 2) - 1)] as const;
  const num = unifint(rng, diff_lb, diff_ub, card_bounds);
  const numcols = unifint(rng, diff_lb, diff_ub, [0, Math.min(9, num)] as const);
  const inds = totuple(asindices(c));
  const chosinds = rng.sample(inds, num);
  const choscols = rng.sample(remcols, numcols);
  const locs = interval(0, len(chosinds), 1);
  const choslocs = rng.sample(locs, numcols);
  let gi = canvas(bgc, [h, w]);
  for (const [col, endidx] of zip(choscols, reversed(sorted(choslocs)))) {
    gi = fill(gi, col, chosinds.slice(0, endidx));
  }
  const objs = objects(gi, F, T, T);
  const res = merge(sizefilter(objs, 1));
  const go = fill(gi, bgc, res);
  return { input: gi, output: go };
}

function generate_08ed6ac7(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const colopts = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [4, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [4, 30] as const);
  const bgc = rng.choice(difference(colopts, [1, 2, 3, 4] as const));
  const remcols = remove(bgc, colopts);
  let gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [h, w]);
  const barrange = [4, w] as const;
  const locopts = interval(0, w, 1);
  const nbars = unifint(rng, diff_lb, diff_ub, barrange);
  const barlocs = rng.sample(locopts, nbars);
  const barhopts = interval(0, h, 1);
  const barhs = rng.sample(barhopts, 4);
  const barcols = range(nbars).map(() => rng.choice(remcols));
  const barhsfx = concat(
    range(nbars - 4).map(() => rng.choice(barhs)),
    [...barhs],
  );
  rng.shuffle(barhsfx);
  const ordered = sorted(barhs);
  const colord = interval(1, 5, 1);
  for (const [col, [loci, locj]] of zip(barcols, [...zip(barhsfx, barlocs)])) {
    const bar = connect([loci, locj], [h - 1, locj]);
    gi = fill(gi, col, bar);
    go = fill(go, at(colord, indexOf(ordered, loci)), bar);
  }
  return { input: gi, output: go };
}

function generate_8f2ea7aa(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const colopts = interval(0, 10, 1);
  const d = unifint(rng, diff_lb, diff_ub, [2, 5] as const);
  const bgc = rng.choice(colopts);
  const remcols = remove(bgc, colopts);
  const d2 = d ** 2;
  let gi = canvas(bgc, [d2, d2]);
  let go = canvas(bgc, [d2, d2]);
  let minig = canvas(bgc, [d, d]);
  const inds = totuple(asindices(minig));
  const mp = Math.floor(d2 / 2);
  const devrng = [0, mp] as const;
  const dev = unifint(rng, diff_lb, diff_ub, devrng);
  const devs = rng.choice([1, -1] as const);
  let num: number = mp + devs * dev;
  num = Math.max(Math.min(num, d2), 0);
  const locs = set(rng.sample(inds, num));
  while (!eq(shape(locs), [d, d] as const)) {
    locs.add(rng.choice(totuple(set(inds).difference(locs))));
  }
  const ncols = unifint(rng, diff_lb, diff_ub, [1, 9] as const);
  const cols = rng.sample(remcols, ncols);
  for (const ij of locs) {
    minig = fill(minig, rng.choice(cols), set([ij]));
  }
  const itv = interval(0, d2, d);
  const plcopts = totuple(product(itv, itv));
  const plc = rng.choice(plcopts);
  const minigo = asobject(minig);
  gi = paint(gi, shift(minigo, plc));
  for (const ij of locs) {
    go = paint(go, shift(minigo, multiply(ij, d)));
  }
  return { input: gi, output: go };
}

function generate_7fe24cdd(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [1, 15] as const);
  const w = h;
  const bgc = rng.choice(cols);
  let gi = canvas(bgc, [h, w]);
  const remcols = remove(bgc, cols);
  const numc = unifint(rng, diff_lb, diff_ub, [0, Math.min(9, h * w)] as const);
  const colsch = rng.sample(remcols, numc);
  let inds = totuple(asindices(gi));
  for (const col of colsch) {
    const num = unifint(rng, diff_lb, diff_ub, [
      1,
      Math.max(1, floordiv(len(inds), numc)),
    ] as const);
    const chos = rng.sample(inds, num);
    gi = fill(gi, col, chos);
    inds = difference(inds, chos);
  }
  const go1 = hconcat(gi, rot90(gi));
  const go2 = hconcat(rot270(gi), rot180(gi));
  const go = vconcat(go1, go2);
  return { input: gi, output: go };
}

function generate_85c4e7cd(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const colopts = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [1, 15] as const);
  const w = unifint(rng, diff_lb, diff_ub, [1, 15] as const);
  const ncols = unifint(rng, diff_lb, diff_ub, [1, 10] as const);
  const cols = rng.sample(colopts, ncols);
  const colord = range(Math.min(h, w)).map(() => rng.choice(cols));
  const shp = [h * 2, w * 2] as const;
  let gi = canvas(0, shp);
  let go = canvas(0, shp);
  for (const [idx, [ci, co]] of enumerate(zip(colord, reversed(colord)))) {
    const ulc = [idx, idx] as const;
    const lrc = [h * 2 - 1 - idx, w * 2 - 1 - idx] as const;
    const bx = box(frozenset(set([ulc, lrc])));
    gi = fill(gi, ci, bx);
    go = fill(go, co, bx);
  }
  return { input: gi, output: go };
}

function generate_8e5a5113(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const colopts = interval(0, 10, 1);
  const d = unifint(rng, diff_lb, diff_ub, [2, 9] as const);
  const bgc = rng.choice(colopts);
  let remcols = remove(bgc, colopts);
  const k = d < 7 ? 4 : 3;
  const nbound = [2, k] as const;
  const num = unifint(rng, diff_lb, diff_ub, nbound);
  const barc = rng.choice(remcols);
  remcols = remove(barc, remcols);
  const colbnds = [1, 8] as const;
  const ncols = unifint(rng, diff_lb, diff_ub, colbnds);
  const patcols = rng.sample(remcols, ncols);
  const bgcanv = canvas(bgc, [d, d]);
  let c = canvas(bgc, [d, d]);
  const inds = totuple(asindices(c));
  const ncolbnds = [1, d ** 2 - 1] as const;
  const ncells = unifint(rng, diff_lb, diff_ub, ncolbnds);
  const indsss = rng.sample(inds, ncells);
  for (const ij of indsss) {
    c = fill(c, rng.choice(patcols), set([ij]));
  }
  const barr = canvas(barc, [d, 1]);
  const fillinidx = rng.choice(interval(0, num, 1));
  let gi = rot90(rot270(fillinidx === 0 ? c : bgcanv));
  let go = rot90(rot270(c));
  for (let j = 0; j < num - 1; j++) {
    c = rot90(c);
    gi = hconcat(hconcat(gi, barr), j + 1 === fillinidx ? c : bgcanv);
    go = hconcat(hconcat(go, barr), c);
  }
  if (rng.choice([true, false])) {
    gi = rot90(gi);
    go = rot90(go);
  }
  return { input: gi, output: go };
}

function generate_4c4377d9(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [1, 15] as const);
  const w = unifint(rng, diff_lb, diff_ub, [1, 30] as const);
  const bgc = rng.choice(cols);
  let gi = canvas(bgc, [h, w]);
  const numc = unifint(rng, diff_lb, diff_ub, [0, Math.min(9, h * w)] as const);
  const colsch = rng.sample(cols, numc);
  let inds = totuple(asindices(gi));
  for (const col of colsch) {
    const num = unifint(rng, diff_lb, diff_ub, [
      1,
      Math.max(1, floordiv(len(inds), numc)),
    ] as const);
    const chos = rng.sample(inds, num);
    gi = fill(gi, col, chos);
    inds = difference(inds, chos);
  }
  const go = vconcat(hmirror(gi), gi);
  return { input: gi, output: go };
}

function generate_a65b410d(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const colopts = difference(interval(0, 10, 1), [1, 3] as const);
  const h = unifint(rng, diff_lb, diff_ub, [3, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [3, 30] as const);
  const mpi = Math.floor(h / 2);
  const mpj = Math.floor(w / 2);
  const devi = unifint(rng, diff_lb, diff_ub, [0, mpi] as const);
  const devj = unifint(rng, diff_lb, diff_ub, [0, mpj] as const);
  let loci: number;
  let locj: number;
  if (rng.choice([true, false])) {
    locj = devj;
    loci = devi;
  } else {
    loci = h - devi;
    locj = w - devj;
  }
  loci = Math.max(Math.min(h - 2, loci), 1);
  locj = Math.max(Math.min(w - 2, locj), 1);
  const bgc = rng.choice(colopts);
  const linc = rng.choice(remove(bgc, colopts));
  let gi = canvas(bgc, [h, w]);
  gi = fill(gi, linc, connect([loci, 0], [loci, locj]));
  let blues = shoot([loci + 1, locj - 1], [1, -1]);
  const f = (ij: IntegerTuple) => (ij[1] >= 0 ? connect(ij, [ij[0], 0]) : frozenset());
  blues = mapply(f, blues);
  let greens = shoot([loci - 1, locj + 1], [-1, 1]);
  greens = mapply(f, greens);
  let go = fill(gi, 1, blues);
  go = fill(go, 3, greens);
  const rotf = rng.choice<GridFunction>([identity, rot90, rot180, rot270]);
  gi = rotf(gi);
  go = rotf(go);
  return { input: gi, output: go };
}

function generate_5168d44c(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [7, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [7, 30] as const);
  const doth = unifint(rng, diff_lb, diff_ub, [1, Math.floor(h / 3)] as const);
  const dotw = unifint(rng, diff_lb, diff_ub, [1, Math.floor(w / 3)] as const);
  const borderh = unifint(rng, diff_lb, diff_ub, [1, Math.floor(h / 4)] as const);
  const borderw = unifint(rng, diff_lb, diff_ub, [1, Math.floor(w / 4)] as const);
  const direc = rng.choice([DOWN, RIGHT, UNITY] as const);
  const dotloci = rng.randint(0, eq(direc, RIGHT) ? h - doth - 1 : h - doth - borderh - 1);
  const dotlocj = rng.randint(0, eq(direc, DOWN) ? w - dotw - 1 : w - dotw - borderw - 1);
  const dotloc = [dotloci, dotlocj] as const;
  const bgc = rng.choice(cols);
  let remcols = remove(bgc, cols);
  const dotcol = rng.choice(remcols);
  remcols = remove(dotcol, remcols);
  const boxcol = rng.choice(remcols);
  let gi = canvas(bgc, [h, w]);
  const dotshap = [doth, dotw] as const;
  const starterdot = backdrop(
    frozenset(set<IntegerTuple>([dotloc, add(dotloc, decrement(dotshap))])),
  );
  const bordershap = [borderh, borderw] as const;
  const offset = add(multiply(direc, dotshap), multiply(direc, bordershap));
  const itv = apply((k: number) => multiply(offset, k), interval(-15, 16, 1));
  const dots = mapply((d: IntegerTuple) => shift(starterdot, d), itv);
  gi = fill(gi, dotcol, dots);
  const protobx = backdrop(
    frozenset(
      set<IntegerTuple>([
        [dotloci - borderh, dotlocj - borderw],
        [dotloci + doth + borderh - 1, dotlocj + dotw + borderw - 1],
      ]),
    ),
  );
  const bx = protobx.difference(starterdot);
  const bxshifted = shift(bx, offset);
  const go = fill(gi, boxcol, bxshifted);
  gi = fill(gi, boxcol, bx);
  return { input: gi, output: go };
}

function generate_a9f96cdd(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = difference(interval(0, 10, 1), [3, 6, 7, 8] as const);
  const h = unifint(rng, diff_lb, diff_ub, [3, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [3, 30] as const);
  const bgc = rng.choice(cols);
  const fgc = rng.choice(remove(bgc, cols));
  let gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [h, w]);
  let locs = asindices(gi);
  const noccs = unifint(rng, diff_lb, diff_ub, [1, Math.max(1, Math.floor((h * w) / 10))] as const);
  for (let k = 0; k < noccs; k++) {
    if (len(locs) === 0) {
      break;
    }
    const loc = rng.choice(totuple(locs));
    locs = locs.difference(mapply(neighbors, neighbors(loc)));
    const plcd = set<IntegerTuple>([loc]);
    gi = fill(gi, fgc, plcd);
    go = fill(go, 3, shift(plcd, [-1, -1]));
    go = fill(go, 7, shift(plcd, [1, 1]));
    go = fill(go, 8, shift(plcd, [1, -1]));
    go = fill(go, 6, shift(plcd, [-1, 1]));
  }
  return { input: gi, output: go };
}

function generate_9172f3a0(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [1, 10] as const);
  const w = unifint(rng, diff_lb, diff_ub, [1, 10] as const);
  const bgc = rng.choice(cols);
  let gi = canvas(bgc, [h, w]);
  const remcols = remove(bgc, cols);
  const numc = unifint(rng, diff_lb, diff_ub, [0, Math.min(9, h * w)] as const);
  const colsch = rng.sample(remcols, numc);
  let inds = totuple(asindices(gi));
  for (const col of colsch) {
    const num = unifint(rng, diff_lb, diff_ub, [
      1,
      Math.max(1, floordiv(len(inds), numc)),
    ] as const);
    const chos = rng.sample(inds, num);
    gi = fill(gi, col, chos);
    inds = difference(inds, chos);
  }
  const go = upscale(gi, 3);
  return { input: gi, output: go };
}

function generate_67a423a3(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = remove(4, interval(0, 10, 1));
  const h = unifint(rng, diff_lb, diff_ub, [3, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [3, 30] as const);
  const bgc = rng.choice(cols);
  const remcols = remove(bgc, cols);
  let gi = canvas(bgc, [h, w]);
  const lineh = unifint(rng, diff_lb, diff_ub, [1, Math.floor(h / 3)] as const);
  const linew = unifint(rng, diff_lb, diff_ub, [1, Math.floor(w / 3)] as const);
  const loci = rng.randint(1, h - lineh - 1);
  const locj = rng.randint(1, w - linew - 1);
  const acol = rng.choice(remcols);
  const bcol = rng.choice(remove(acol, remcols));
  for (let a = 0; a < lineh; a++) {
    gi = fill(gi, acol, connect([loci + a, 0], [loci + a, w - 1]));
  }
  for (let b = 0; b < linew; b++) {
    gi = fill(gi, bcol, connect([0, locj + b], [h - 1, locj + b]));
  }
  const bx = outbox(
    frozenset(
      set<IntegerTuple>([
        [loci, locj],
        [loci + lineh - 1, locj + linew - 1],
      ]),
    ),
  );
  let go = fill(gi, 4, bx);
  if (rng.choice([true, false])) {
    gi = dmirror(gi);
    go = dmirror(go);
  }
  return { input: gi, output: go };
}

function generate_db3e9e38(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = remove(8, interval(0, 10, 1));
  const h = unifint(rng, diff_lb, diff_ub, [3, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [3, 30] as const);
  const bgc = rng.choice(cols);
  const remcols = remove(bgc, cols);
  const fgc = rng.choice(remcols);
  const barth = unifint(rng, diff_lb, diff_ub, [1, Math.max(1, Math.floor(w / 5))] as const);
  const loci = unifint(rng, diff_lb, diff_ub, [1, h - 2] as const);
  const locj = rng.randint(1, w - barth - 1);
  const bar = backdrop(
    frozenset(
      set<IntegerTuple>([
        [loci, locj],
        [0, locj + barth - 1],
      ]),
    ),
  );
  let gi = canvas(bgc, [h, w]);
  gi = fill(gi, fgc, bar);
  let go = canvas(bgc, [h, w]);
  for (let k = 0; k < 16; k++) {
    let rsh = multiply(2 * k, [-1, barth] as const);
    go = fill(go, fgc, shift(bar, rsh));
    let lsh = multiply(2 * k, [-1, -barth] as const);
    go = fill(go, fgc, shift(bar, lsh));
    rsh = multiply(2 * k + 1, [-1, barth] as const);
    go = fill(go, 8, shift(bar, rsh));
    lsh = multiply(2 * k + 1, [-1, -barth] as const);
    go = fill(go, 8, shift(bar, lsh));
  }
  const rotf = rng.choice<GridFunction>([identity, rot90, rot180, rot270]);
  gi = rotf(gi);
  go = rotf(go);
  return { input: gi, output: go };
}

function generate_9dfd6313(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const dh = unifint(rng, diff_lb, diff_ub, [1, 14] as const);
  const d = 2 * dh + 1;
  const bgc = rng.choice(cols);
  let remcols = remove(bgc, cols);
  const linc = rng.choice(remcols);
  remcols = remove(linc, remcols);
  let gi = canvas(bgc, [d, d]);
  const inds = asindices(gi);
  const lni = rng.randint(1, 4);
  let cands: Indices;
  let ln: Indices;
  let mirrf: GridFunction;
  if (lni === 1) {
    ln = connect([dh, 0], [dh, d - 1]);
    mirrf = hmirror;
    cands = sfilter(inds, (ij) => ij[0] > dh);
  } else if (lni === 2) {
    ln = connect([0, dh], [d - 1, dh]);
    mirrf = vmirror;
    cands = sfilter(inds, (ij) => ij[1] > dh);
  } else if (lni === 3) {
    ln = connect([0, 0], [d - 1, d - 1]);
    mirrf = dmirror;
    cands = sfilter(inds, (ij) => ij[0] > ij[1]);
  } else {
    // lni is 4
    ln = connect([d - 1, 0], [0, d - 1]);
    mirrf = cmirror;
    cands = sfilter(inds, (ij) => ij[0] + ij[1] > d);
  }
  gi = fill(gi, linc, ln);
  const mp = Math.floor((d * (d - 1)) / 2);
  const numcols = unifint(rng, diff_lb, diff_ub, [1, Math.min(7, mp)] as const);
  const colsch = rng.sample(remcols, numcols);
  const numpix = unifint(rng, diff_lb, diff_ub, [1, len(cands)] as const);
  const pixs = rng.sample(totuple(cands), numpix);
  for (const pix of pixs) {
    gi = fill(gi, rng.choice(colsch), set([pix]));
  }
  let go = mirrf(gi);
  if (rng.choice([true, false])) {
    [gi, go] = [go, gi];
  }
  return { input: gi, output: go };
}

function generate_746b3537(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const fullcols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [2, 15] as const);
  const w = unifint(rng, diff_lb, diff_ub, [1, 30] as const);
  const cols = [];
  let lastc: number = -1;
  for (let k = 0; k < h; k++) {
    const c = rng.choice(remove(lastc, fullcols));
    cols.push(c);
    lastc = c;
  }
  let go: Grid = cols.map((c) => [c]);
  let gi: Grid = cols.map((c) => repeat(c, w));
  const numinserts = unifint(rng, diff_lb, diff_ub, [1, 30 - h] as const);
  for (let k = 0; k < numinserts; k++) {
    const loc = rng.randint(0, len(gi) - 1);
    gi = concat(gi.slice(0, loc + 1), gi.slice(loc));
  }
  if (rng.choice([true, false])) {
    gi = dmirror(gi);
    go = dmirror(go);
  }
  return { input: gi, output: go };
}

function generate_75b8110e(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [2, 15] as const);
  const w = unifint(rng, diff_lb, diff_ub, [2, 15] as const);
  const bgc = rng.choice(cols);
  const remcols = remove(bgc, cols);
  const [c1, c2, c3, c4] = unpack(rng.sample(remcols, 4), 4);
  const canv = canvas(bgc, [h, w]);
  const cels = totuple(asindices(canv));
  const mp = Math.floor((h * w) / 2);
  const nums = [];
  let num: number;
  for (let k = 0; k < 4; k++) {
    const dev = unifint(rng, diff_lb, diff_ub, [0, mp] as const);
    if (rng.choice([true, false])) {
      num = h * w - dev;
    } else {
      num = dev;
    }
    num = Math.min(Math.max(0, num), h * w - 1);
    nums.push(num);
  }
  const [s1, s2, s3, s4] = unpack(
    nums.map((num) => rng.sample(cels, num)),
    4,
  );
  const gi1 = fill(canv, c1, s1);
  const gi2 = fill(canv, c2, s2);
  const gi3 = fill(canv, c3, s3);
  const gi4 = fill(canv, c4, s4);
  const gi = vconcat(hconcat(gi1, gi2), hconcat(gi3, gi4));
  let go = fill(gi1, c4, s4);
  go = fill(go, c3, s3);
  go = fill(go, c2, s2);
  return { input: gi, output: go };
}

function generate_1cf80156(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const colopts = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [3, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [3, 30] as const);
  const bgc = rng.choice(colopts);
  const fgc = rng.choice(remove(bgc, colopts));
  let gi = canvas(bgc, [h, w]);
  const hb = unifint(rng, diff_lb, diff_ub, [1, Math.min(15, h - 1)] as const);
  const wb = unifint(rng, diff_lb, diff_ub, [1, Math.min(15, w - 1)] as const);
  const bounds = asindices(canvas(0, [hb, wb]));
  let shp: Indices = set<IntegerTuple>([rng.choice(totuple(corners(bounds)))]);
  const mp = Math.floor((hb * wb) / 2);
  const dev = unifint(rng, diff_lb, diff_ub, [0, mp] as const);
  let nc: number = rng.choice([dev, hb * wb - dev] as const);
  nc = Math.max(0, Math.min(hb * wb - 1, nc));
  for (let j = 0; j < nc; j++) {
    setAdd(shp, rng.choice(totuple(bounds.difference(shp).intersection(mapply(neighbors, shp)))));
  }
  shp = normalize(shp);
  const di = rng.randint(0, h - height(shp));
  const dj = rng.randint(0, w - width(shp));
  const shpp = shift(shp, [di, dj]);
  gi = fill(gi, fgc, shpp);
  const go = fill(canvas(bgc, shape(shp)), fgc, shp);
  return { input: gi, output: go };
}

function generate_28bf18c6(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const colopts = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [3, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [3, 30] as const);
  const bgc = rng.choice(colopts);
  const fgc = rng.choice(remove(bgc, colopts));
  let gi = canvas(bgc, [h, w]);
  const hb = unifint(rng, diff_lb, diff_ub, [1, Math.min(14, h - 1)] as const);
  const wb = unifint(rng, diff_lb, diff_ub, [1, Math.min(14, w - 1)] as const);
  const bounds = asindices(canvas(0, [hb, wb]));
  let shp: Indices = set<IntegerTuple>([rng.choice(totuple(corners(bounds)))]);
  const mp = Math.floor((hb * wb) / 2);
  const dev = unifint(rng, diff_lb, diff_ub, [0, mp] as const);
  let nc: number = rng.choice([dev, hb * wb - dev] as const);
  nc = Math.max(0, Math.min(hb * wb - 1, nc));
  for (let j = 0; j < nc; j++) {
    setAdd(shp, rng.choice(totuple(bounds.difference(shp).intersection(mapply(neighbors, shp)))));
  }
  shp = normalize(shp);
  const di = rng.randint(0, h - height(shp));
  const dj = rng.randint(0, w - width(shp));
  const shpp = shift(shp, [di, dj]);
  gi = fill(gi, fgc, shpp);
  let go = fill(canvas(bgc, shape(shp)), fgc, shp);
  go = hconcat(go, go);
  return { input: gi, output: go };
}

function generate_22eb0ac0(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const colopts = interval(0, 10, 1);
  let gi = canvas(0, [1, 1]);
  const h = unifint(rng, diff_lb, diff_ub, [4, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [4, 30] as const);
  const bgc = rng.choice(colopts);
  const remcols = remove(bgc, colopts);
  gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [h, w]);
  const nlocs = unifint(rng, diff_lb, diff_ub, [1, h] as const);
  let locs = rng.sample(interval(0, h, 1), nlocs);
  while (set(locs).issubset(set([0, h - 1]))) {
    locs = rng.sample(interval(0, h, 1), nlocs);
  }
  const mp = Math.floor(nlocs / 2);
  const nbarsdev = unifint(rng, diff_lb, diff_ub, [0, mp] as const);
  let nbars: number = rng.choice([nbarsdev, h - nbarsdev] as const);
  nbars = Math.max(0, Math.min(nbars, nlocs));
  const barlocs = rng.sample(locs, nbars);
  const nonbarlocs = difference(locs, barlocs);
  const barcols = range(nbars).map(() => rng.choice(remcols));
  const acols = range(len(nonbarlocs)).map(() => rng.choice(remcols));
  const bcols = range(len(nonbarlocs)).map((j) => rng.choice(remove(at(acols, j), remcols)));
  for (const [bc, bl] of zip(barcols, barlocs)) {
    gi = fill(gi, bc, [
      [bl, 0],
      [bl, w - 1],
    ]);
    go = fill(go, bc, connect([bl, 0], [bl, w - 1]));
  }
  for (const [[a, b], loc] of zip(zip(acols, bcols), nonbarlocs)) {
    gi = fill(gi, a, set([[loc, 0] as const]));
    go = fill(go, a, set([[loc, 0] as const]));
    gi = fill(gi, b, set([[loc, w - 1] as const]));
    go = fill(go, b, set([[loc, w - 1] as const]));
  }
  if (rng.choice([true, false])) {
    gi = dmirror(gi);
    go = dmirror(go);
  }
  return { input: gi, output: go };
}

function generate_4258a5f9(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const colopts = remove(1, interval(0, 10, 1));
  const h = unifint(rng, diff_lb, diff_ub, [2, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [2, 30] as const);
  const bgc = rng.choice(colopts);
  const remcols = remove(bgc, colopts);
  const fgc = rng.choice(remcols);
  let gi = canvas(bgc, [h, w]);
  const mp = mod(h * w, 2) === 1 ? Math.floor((h * w) / 2) : Math.floor((h * w) / 2) - 1;
  const ndots = unifint(rng, diff_lb, diff_ub, [1, mp] as const);
  const inds = totuple(asindices(gi));
  const dots = rng.sample(inds, ndots);
  let go = fill(gi, 1, mapply(neighbors, frozenset(dots)));
  go = fill(go, fgc, dots);
  gi = fill(gi, fgc, dots);
  return { input: gi, output: go };
}

function generate_1e0a9b12(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  // chain(dmirror, lbind(apply, rbind(order, identity)), dmirror): sorts every column
  const ff = (grid: Grid): Grid =>
    dmirror(apply((column: readonly number[]) => order(column, identity), dmirror(grid)));
  let gi: Grid;
  let go: Grid;
  while (true) {
    const h = unifint(rng, diff_lb, diff_ub, [3, 30] as const);
    const w = unifint(rng, diff_lb, diff_ub, [3, 30] as const);
    const nc = unifint(rng, diff_lb, diff_ub, [1, w] as const);
    const bgc = rng.choice(cols);
    gi = canvas(bgc, [h, w]);
    const remcols = remove(bgc, cols);
    const scols = range(nc).map(() => rng.choice(remcols));
    const slocs = rng.sample(interval(0, w, 1), nc);
    const inds = totuple(connect(ORIGIN, [h - 1, 0]));
    for (const [c, l] of zip(scols, slocs)) {
      const nc2 = rng.randint(1, h - 1);
      const sel = rng.sample(inds, nc2);
      gi = fill(gi, c, shift(sel, tojvec(l)));
    }
    go = replace(ff(replace(gi, bgc, -1)), -1, bgc);
    if (colorcount(gi, bgc) > argmax(remove(bgc, palette(gi)), lbind(colorcount, gi))) {
      break;
    }
  }
  return { input: gi, output: go };
}

function generate_9565186b(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = remove(5, interval(0, 10, 1));
  const h = unifint(rng, diff_lb, diff_ub, [2, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [2, 30] as const);
  const wg = canvas(5, [h, w]);
  const numcols = unifint(rng, diff_lb, diff_ub, [2, Math.min(h * w - 1, 8)] as const);
  const mostcol = rng.choice(cols);
  const nummostcol_lb = floordiv(h * w, numcols) + 1;
  const nummostcol_ub = h * w - numcols + 1;
  const ubmlb = nummostcol_ub - nummostcol_lb;
  const nmcdev = unifint(rng, diff_lb, diff_ub, [0, ubmlb] as const);
  let nummostcol = nummostcol_ub - nmcdev;
  nummostcol = Math.min(Math.max(nummostcol, nummostcol_lb), nummostcol_ub);
  const inds = totuple(asindices(wg));
  const mostcollocs = rng.sample(inds, nummostcol);
  let gi = fill(wg, mostcol, mostcollocs);
  let go = fill(wg, mostcol, mostcollocs);
  const remcols = remove(mostcol, cols);
  let othcols = rng.sample(remcols, numcols - 1);
  let reminds = difference(inds, mostcollocs);
  const bufferlocs = rng.sample(reminds, numcols - 1);
  for (const [c, l] of zip(othcols, bufferlocs)) {
    gi = fill(gi, c, set([l]));
  }
  reminds = difference(reminds, bufferlocs);
  const colcounts = new PyDict<number, number>(othcols.map((c) => [c, 1] as const));
  for (const ij of reminds) {
    if (len(othcols) === 0) {
      gi = fill(gi, mostcol, set([ij]));
      go = fill(go, mostcol, set([ij]));
    } else {
      const chc = rng.choice(othcols);
      gi = fill(gi, chc, set([ij]));
      colcounts.set(chc, colcounts.get(chc) + 1);
      if (colcounts.get(chc) === nummostcol - 1) {
        othcols = remove(chc, othcols);
      }
    }
  }
  return { input: gi, output: go };
}

function generate_6e02f1e3(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const d = unifint(rng, diff_lb, diff_ub, [3, 30] as const);
  const c = canvas(0, [d, d]);
  const inds = [...asindices(c)];
  rng.shuffle(inds);
  const numcols = rng.choice([1, 2, 3] as const);
  const chcols = rng.sample(cols, numcols);
  let gi: Grid;
  let go: Grid;
  if (len(chcols) === 1) {
    gi = canvas(at(chcols, 0), [d, d]);
    go = canvas(0, [d, d]);
    go = fill(go, 5, connect([0, 0], [0, d - 1]));
  } else if (len(chcols) === 2) {
    const [c1, c2] = unpack(chcols, 2);
    const mp = Math.floor(d ** 2 / 2);
    const nc1 = unifint(rng, diff_lb, diff_ub, [1, mp] as const);
    const a = inds.slice(0, nc1);
    const b = inds.slice(nc1);
    gi = fill(c, c1, a);
    gi = fill(gi, c2, b);
    go = fill(canvas(0, [d, d]), 5, connect([0, 0], [d - 1, d - 1]));
  } else {
    // len(chcols) is 3
    const [c1, c2, c3] = unpack(chcols, 3);
    const kk = d ** 2;
    let a = int((1 / 3) * kk);
    let b = int((2 / 3) * kk);
    const adev = unifint(rng, diff_lb, diff_ub, [0, a - 1] as const);
    const bdev = unifint(rng, diff_lb, diff_ub, [0, kk - b - 1] as const);
    a -= adev;
    b -= bdev;
    const [x1, x2, x3] = [inds.slice(0, a), inds.slice(a, b), inds.slice(b)];
    gi = fill(c, c1, x1);
    gi = fill(gi, c2, x2);
    gi = fill(gi, c3, x3);
    go = fill(canvas(0, [d, d]), 5, connect([d - 1, 0], [0, d - 1]));
  }
  return { input: gi, output: go };
}

function generate_2dc579da(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [3, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [3, 30] as const);
  const bgc = rng.choice(cols);
  let remcols = remove(bgc, cols);
  const linc = rng.choice(remcols);
  remcols = remove(linc, remcols);
  const dotc = rng.choice(remcols);
  const hdev = unifint(rng, diff_lb, diff_ub, [0, Math.floor((h - 2) / 2)] as const);
  let lineh: number = rng.choice([hdev, h - 2 - hdev] as const);
  lineh = Math.max(Math.min(h - 2, lineh), 1);
  const wdev = unifint(rng, diff_lb, diff_ub, [0, Math.floor((w - 2) / 2)] as const);
  let linew: number = rng.choice([wdev, w - 2 - wdev] as const);
  linew = Math.max(Math.min(w - 2, linew), 1);
  const locidev = unifint(rng, diff_lb, diff_ub, [1, Math.floor(h / 2)] as const);
  let loci: number = rng.choice([
    Math.floor(h / 2) - locidev,
    Math.floor(h / 2) + locidev,
  ] as const);
  loci = Math.min(Math.max(1, loci), h - lineh - 1);
  const locjdev = unifint(rng, diff_lb, diff_ub, [1, Math.floor(w / 2)] as const);
  let locj: number = rng.choice([
    Math.floor(w / 2) - locjdev,
    Math.floor(w / 2) + locjdev,
  ] as const);
  locj = Math.min(Math.max(1, locj), w - linew - 1);
  let gi = canvas(bgc, [h, w]);
  for (let a = loci; a < loci + lineh; a++) {
    gi = fill(gi, linc, connect([a, 0], [a, w - 1]));
  }
  for (let b = locj; b < locj + linew; b++) {
    gi = fill(gi, linc, connect([0, b], [h - 1, b]));
  }
  const doth = rng.randint(1, loci);
  const dotw = rng.randint(1, locj);
  const dotloci = rng.randint(0, loci - doth);
  const dotlocj = rng.randint(0, locj - dotw);
  const dot = backdrop(
    frozenset(
      set<IntegerTuple>([
        [dotloci, dotlocj],
        [dotloci + doth - 1, dotlocj + dotw - 1],
      ]),
    ),
  );
  gi = fill(gi, dotc, dot);
  let go = crop(gi, [0, 0], [loci, locj]);
  const rotf = rng.choice<GridFunction>([identity, rot90, rot180, rot270]);
  gi = rotf(gi);
  go = rotf(go);
  return { input: gi, output: go };
}

function generate_2dee498d(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [1, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [1, 10] as const);
  const bgc = rng.choice(cols);
  let go = canvas(bgc, [h, w]);
  const remcols = remove(bgc, cols);
  const numc = unifint(rng, diff_lb, diff_ub, [1, Math.min(9, h * w)] as const);
  const colsch = rng.sample(remcols, numc);
  let inds = totuple(asindices(go));
  for (const col of colsch) {
    const num = unifint(rng, diff_lb, diff_ub, [
      1,
      Math.max(1, floordiv(len(inds), numc)),
    ] as const);
    const chos = rng.sample(inds, num);
    go = fill(go, col, chos);
    inds = difference(inds, chos);
  }
  const gi = hconcat(go, hconcat(go, go));
  return { input: gi, output: go };
}

function generate_508bd3b6(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = remove(3, interval(0, 10, 1));
  const h = unifint(rng, diff_lb, diff_ub, [5, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [h, 30] as const);
  const barh = unifint(rng, diff_lb, diff_ub, [1, Math.floor(h / 2)] as const);
  const barloci = unifint(rng, diff_lb, diff_ub, [2, h - barh] as const);
  const bgc = rng.choice(cols);
  let remcols = remove(bgc, cols);
  const barc = rng.choice(remcols);
  remcols = remove(barc, remcols);
  const linc = rng.choice(remcols);
  let gi = canvas(bgc, [h, w]);
  for (let j = barloci; j < barloci + barh; j++) {
    gi = fill(gi, barc, connect([j, 0], [j, w - 1]));
  }
  const dotlociinv = unifint(rng, diff_lb, diff_ub, [0, barloci - 1] as const);
  const dotloci = Math.min(Math.max(0, barloci - 2 - dotlociinv), barloci - 1);
  const ray1 = shoot([dotloci, 0], [1, 1]);
  const ofbgc = ofcolor(gi, bgc);
  const ln1 = order(
    sfilter(ray1.intersection(ofbgc), (ij) => ij[0] < barloci),
    first,
  );
  const ray2 = shoot(at(ln1, -1), [-1, 1]);
  const ln2 = order(
    sfilter(ray2.intersection(ofbgc), (ij) => ij[0] < barloci),
    last,
  ).slice(1);
  const ln = concat(ln1, ln2);
  const k = len(ln1);
  const lineleninv = unifint(rng, diff_lb, diff_ub, [0, k - 2] as const);
  const linelen = k - lineleninv;
  const givenl = ln.slice(0, linelen);
  const reml = ln.slice(linelen);
  gi = fill(gi, linc, givenl);
  let go = fill(gi, 3, reml);
  const mfs = [
    identity,
    dmirror,
    cmirror,
    vmirror,
    hmirror,
    rot90,
    rot180,
    rot270,
  ] as GridFunction[];
  const nmfs = rng.choice([1, 2] as const);
  for (const fn of rng.sample(mfs, nmfs)) {
    gi = fn(gi);
    go = fn(go);
  }
  return { input: gi, output: go };
}

function generate_88a62173(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [1, 14] as const);
  const w = unifint(rng, diff_lb, diff_ub, [1, 14] as const);
  const bgc = rng.choice(cols);
  let gib = canvas(bgc, [h, w]);
  const remcols = remove(bgc, cols);
  const numc = unifint(rng, diff_lb, diff_ub, [1, Math.min(9, h * w)] as const);
  const colsch = rng.sample(remcols, numc);
  let inds = totuple(asindices(gib));
  for (const col of colsch) {
    const num = unifint(rng, diff_lb, diff_ub, [
      1,
      Math.max(1, floordiv(len(inds), numc)),
    ] as const);
    const chos = rng.sample(inds, num);
    gib = fill(gib, col, chos);
    inds = difference(inds, chos);
  }
  const numchinv = unifint(rng, diff_lb, diff_ub, [0, h * w - 1] as const);
  const numch = h * w - numchinv;
  const inds2 = totuple(asindices(gib));
  const subs = rng.sample(inds2, numch);
  let go = hmirror(hmirror(gib));
  for (const [x, y] of subs) {
    go = fill(
      go,
      rng.choice(remove(at(at(go, x), y), concat(colsch, [bgc]))),
      set([[x, y] as const]),
    );
  }
  let gi = canvas(bgc, [h * 2 + 1, w * 2 + 1]);
  const idxes = [
    [0, 0],
    [h + 1, w + 1],
    [h + 1, 0],
    [0, w + 1],
  ] as const;
  const trgloc = rng.choice(idxes);
  const remidxes = remove(trgloc, idxes);
  const trgobj = asobject(go);
  const otherobj = asobject(gib);
  gi = paint(gi, shift(trgobj, trgloc));
  for (const ij of remidxes) {
    gi = paint(gi, shift(otherobj, ij));
  }
  return { input: gi, output: go };
}

function generate_3aa6fb7a(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const base = [ORIGIN, RIGHT, DOWN, UNITY] as const;
  const cols = remove(1, interval(0, 10, 1));
  const h = unifint(rng, diff_lb, diff_ub, [3, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [3, 30] as const);
  const bgc = rng.choice(cols);
  const remcols = remove(bgc, cols);
  const fgc = rng.choice(remcols);
  let gi = canvas(bgc, [h, w]);
  let inds = totuple(asindices(gi));
  const maxnum = Math.floor(Math.floor((h * w) / 2) / 3);
  const num = unifint(rng, diff_lb, diff_ub, [1, maxnum] as const);
  let [kk, tr] = [0, 0];
  const maxtrials = num * 2;
  const binds = set<IntegerTuple>();
  while (kk < num && tr < maxtrials) {
    const loc = rng.choice(inds);
    const ooo = rng.choice(base);
    const oo = remove(ooo, base);
    const oop = shift(oo, loc);
    if (set(oop).issubset(inds)) {
      inds = difference(inds, totuple(combine(oop, totuple(mapply(dneighbors, oop)))));
      gi = fill(gi, fgc, oop);
      binds.add(add(ooo, loc));
      kk += 1;
    }
    tr += 1;
  }
  const go = fill(gi, 1, binds);
  return { input: gi, output: go };
}

function generate_3ac3eb23(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [3, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [3, 30] as const);
  const bgc = rng.choice(cols);
  const remcols = remove(bgc, cols);
  const nlocs = unifint(rng, diff_lb, diff_ub, [1, Math.max(1, Math.floor((w - 2) / 3))] as const);
  let locopts = interval(1, w - 1, 1);
  let gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [h, w]);
  for (let k = 0; k < nlocs; k++) {
    if (len(locopts) === 0) {
      break;
    }
    const locj = rng.choice(locopts);
    locopts = difference(locopts, interval(locj - 2, locj + 3, 1));
    const col = rng.choice(remcols);
    gi = fill(gi, col, set<IntegerTuple>([[0, locj]]));
    go = fill(go, col, set(interval(0, h, 2).map((p) => [p, locj] as const)));
    go = fill(go, col, set(interval(1, h, 2).map((p) => [p, locj - 1] as const)));
    go = fill(go, col, set(interval(1, h, 2).map((p) => [p, locj + 1] as const)));
  }
  const mf = rng.choice<GridFunction>([identity, rot90, rot180, rot270]);
  gi = mf(gi);
  go = mf(go);
  return { input: gi, output: go };
}

function generate_c3e719e8(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = remove(0, interval(0, 10, 1));
  const h = unifint(rng, diff_lb, diff_ub, [2, 5] as const);
  const w = unifint(rng, diff_lb, diff_ub, [2, 5] as const);
  let gob = canvas(-1, [h ** 2, w ** 2]);
  const wg = canvas(-1, [h, w]);
  const ncols = unifint(rng, diff_lb, diff_ub, [1, Math.min(h * w - 1, 8)] as const);
  const nmc = rng.randint(Math.max(1, floordiv(h * w, ncols + 1) + 1), h * w);
  let inds = totuple(asindices(wg));
  const mc = rng.choice(cols);
  const remcols = remove(mc, cols);
  const mcc = rng.sample(inds, nmc);
  inds = difference(inds, mcc);
  let gi = fill(wg, mc, mcc);
  const ocols = rng.sample(remcols, ncols);
  const k = floordiv(len(inds), ncols) + 1;
  for (const ocol of ocols) {
    if (len(inds) === 0) {
      break;
    }
    let ub = Math.min(nmc - 1, len(inds));
    ub = Math.min(ub, k);
    ub = Math.max(ub, 1);
    const locs = rng.sample(inds, unifint(rng, diff_lb, diff_ub, [1, ub] as const));
    inds = difference(inds, locs);
    gi = fill(gi, ocol, locs);
  }
  gi = replace(gi, -1, mc);
  const o = asobject(gi);
  gob = replace(gob, -1, 0);
  const offsets = apply((ij: IntegerTuple) => multiply(ij, [h, w] as const), ofcolor(gi, mc));
  const go = paint(
    gob,
    mapply((d: IntegerTuple) => shift(o, d), offsets),
  );
  return { input: gi, output: go };
}

function generate_29c11459(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const colopts = remove(5, interval(0, 10, 1));
  let gi = canvas(0, [1, 1]);
  const h = unifint(rng, diff_lb, diff_ub, [5, 30] as const);
  let w = unifint(rng, diff_lb, diff_ub, [5, 29] as const);
  if (mod(w, 2) === 0) {
    w = rng.choice([Math.max(5, w - 1), Math.min(29, w + 1)] as const);
  }
  const bgc = rng.choice(colopts);
  const remcols = remove(bgc, colopts);
  const ncols = unifint(rng, diff_lb, diff_ub, [2, len(remcols)] as const);
  const ccols = rng.sample(remcols, ncols);
  gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [h, w]);
  const nlocs = unifint(rng, diff_lb, diff_ub, [1, h] as const);
  let locs = rng.sample(interval(0, h, 1), nlocs);
  while (set(locs).issubset(set([0, h - 1]))) {
    locs = rng.sample(interval(0, h, 1), nlocs);
  }
  const acols = [];
  const bcols = [];
  let aforb: number = -1;
  let bforb: number = -1;
  for (let k = 0; k < nlocs; k++) {
    const ac = rng.choice(remove(aforb, ccols));
    acols.push(ac);
    aforb = ac;
    const bc = rng.choice(remove(bforb, ccols));
    bcols.push(bc);
    bforb = bc;
  }
  for (const [[a, b], loc] of zip(zip(acols, bcols), sorted(locs))) {
    gi = fill(gi, a, set([[loc, 0] as const]));
    gi = fill(gi, b, set([[loc, w - 1] as const]));
    go = fill(go, a, connect([loc, 0], [loc, Math.floor(w / 2) - 1]));
    go = fill(go, b, connect([loc, Math.floor(w / 2) + 1], [loc, w - 1]));
    go = fill(go, 5, set([[loc, Math.floor(w / 2)] as const]));
  }
  if (rng.choice([true, false])) {
    gi = dmirror(gi);
    go = dmirror(go);
  }
  return { input: gi, output: go };
}

function generate_23b5c85d(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [5, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [5, 30] as const);
  const bgc = rng.choice(cols);
  let colopts = remove(bgc, cols);
  let gi = canvas(bgc, [h, w]);
  let oh = unifint(rng, diff_lb, diff_ub, [2, h - 1] as const);
  let ow = unifint(rng, diff_lb, diff_ub, [2, w - 1] as const);
  const num = unifint(rng, diff_lb, diff_ub, [1, 8] as const);
  let cnt = 0;
  let go: Grid | undefined;
  while (cnt < num) {
    const loci = rng.randint(0, h - oh);
    const locj = rng.randint(0, w - ow);
    const col = rng.choice(colopts);
    colopts = remove(col, colopts);
    const obj = backdrop(
      frozenset(
        set<IntegerTuple>([
          [loci, locj],
          [loci + oh - 1, locj + ow - 1],
        ]),
      ),
    );
    const gi2 = fill(gi, col, obj);
    if (
      color(
        argmin(
          sfilter(partition(gi2), fork(equality, size, fork(multiply, height, width))),
          fork(multiply, height, width),
        ),
      ) !== col
    ) {
      break;
    } else {
      gi = gi2;
      go = canvas(col, shape(obj));
    }
    oh = unifint(rng, diff_lb, diff_ub, [Math.max(0, oh - 4), oh - 1] as const);
    ow = unifint(rng, diff_lb, diff_ub, [Math.max(0, ow - 4), ow - 1] as const);
    if (oh < 1 || ow < 1) {
      break;
    }
    cnt += 1;
  }
  return { input: gi, output: bound(go, "go") };
}

function generate_1bfc4729(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  let h = unifint(rng, diff_lb, diff_ub, [4, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [4, 30] as const);
  if (mod(h, 2) === 1) {
    h = rng.choice([Math.max(4, h - 1), Math.min(30, h + 1)] as const);
  }
  let alocj = unifint(rng, diff_lb, diff_ub, [Math.floor(w / 2), w - 1] as const);
  if (rng.choice([true, false])) {
    alocj = Math.max(Math.min(Math.floor(w / 2), alocj - Math.floor(w / 2)), 1);
  }
  const aloci = rng.randint(1, Math.floor(h / 2) - 1);
  let blocj = unifint(rng, diff_lb, diff_ub, [Math.floor(w / 2), w - 1] as const);
  if (rng.choice([true, false])) {
    blocj = Math.max(Math.min(Math.floor(w / 2), blocj - Math.floor(w / 2)), 1);
  }
  const bloci = rng.randint(Math.floor(h / 2), h - 2);
  const bgc = rng.choice(cols);
  let remcols = remove(bgc, cols);
  const acol = rng.choice(remcols);
  remcols = remove(acol, remcols);
  const bcol = rng.choice(remcols);
  let gi = canvas(bgc, [h, w]);
  const aloc = [aloci, alocj] as const;
  const bloc = [bloci, blocj] as const;
  gi = fill(gi, acol, set<IntegerTuple>([aloc]));
  gi = fill(gi, bcol, set<IntegerTuple>([bloc]));
  let go = fill(gi, acol, hfrontier(aloc));
  go = fill(go, bcol, hfrontier(bloc));
  go = fill(go, acol, connect([0, 0], [0, w - 1]));
  go = fill(go, bcol, connect([h - 1, 0], [h - 1, w - 1]));
  go = fill(go, acol, connect([0, 0], [Math.floor(h / 2) - 1, 0]));
  go = fill(go, acol, connect([0, w - 1], [Math.floor(h / 2) - 1, w - 1]));
  go = fill(go, bcol, connect([Math.floor(h / 2), 0], [h - 1, 0]));
  go = fill(go, bcol, connect([Math.floor(h / 2), w - 1], [h - 1, w - 1]));
  return { input: gi, output: go };
}

function generate_47c1f68c(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(1, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [2, 14] as const);
  const w = unifint(rng, diff_lb, diff_ub, [2, 14] as const);
  const [bgc, linc] = unpack(rng.sample(cols, 2), 2);
  const remcols = difference(cols, [bgc, linc] as const);
  const objc = rng.choice(remcols);
  const canv = canvas(bgc, [h, w]);
  const nc = unifint(rng, diff_lb, diff_ub, [1, h * w - 1] as const);
  let bx = asindices(canv);
  const shp = set<IntegerTuple>([rng.choice(totuple(bx))]);
  for (let kk = 0; kk < nc - 1; kk++) {
    const dns = mapply(neighbors, shp);
    const ch = rng.choice(totuple(bx.intersection(dns)));
    shp.add(ch);
    bx = bx.difference(set<IntegerTuple>([ch]));
  }
  const obj = recolor(objc, shp);
  let gi = paint(canv, obj);
  const gi1 = hconcat(hconcat(gi, canvas(linc, [h, 1])), canv);
  const gi2 = hconcat(hconcat(canv, canvas(linc, [h, 1])), canv);
  gi = vconcat(vconcat(gi1, canvas(linc, [1, 2 * w + 1])), gi2);
  let go = paint(canv, obj);
  go = hconcat(go, vmirror(go));
  go = vconcat(go, hmirror(go));
  go = replace(go, objc, linc);
  const scf = rng.choice<GridFunction>([
    identity,
    hmirror,
    vmirror,
    compose<Grid, Grid, Grid>(hmirror, vmirror),
  ]);
  gi = scf(gi);
  go = scf(go);
  return { input: gi, output: go };
}

function generate_178fcbfb(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = difference(interval(0, 10, 1), [1, 2, 3] as const);
  const h = unifint(rng, diff_lb, diff_ub, [3, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [3, 30] as const);
  const bgc = rng.choice(cols);
  let gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [h, w]);
  let inds = totuple(asindices(gi));
  const iforb = set<number>();
  const jforb = set<number>();
  let ij: IntegerTuple;
  for (const col of [2, 1, 3] as const) {
    const bnd = unifint(rng, diff_lb, diff_ub, [1, col === 2 ? w : Math.floor(h / 2)] as const);
    for (let ndots = 0; ndots < bnd; ndots++) {
      if (col === 2) {
        ij = rng.choice(sfilter(inds, (ij) => !contains(jforb, last(ij))));
        jforb.add(last(ij));
      } else {
        // col is 1 or 3
        ij = rng.choice(sfilter(inds, (ij) => !contains(iforb, first(ij))));
        iforb.add(first(ij));
      }
      gi = fill(gi, col, initset(ij));
      go = fill(go, col, (col === 2 ? vfrontier : hfrontier)(ij));
      inds = remove(ij, inds);
    }
  }
  return { input: gi, output: go };
}

function generate_ae4f1146(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = remove(1, interval(0, 10, 1));
  const bgc = rng.choice(cols);
  const remcols = remove(bgc, cols);
  const fgc = rng.choice(remcols);
  const h = unifint(rng, diff_lb, diff_ub, [6, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [6, 30] as const);
  const dh = unifint(rng, diff_lb, diff_ub, [2, Math.floor(h / 3)] as const);
  const dw = unifint(rng, diff_lb, diff_ub, [2, Math.floor(w / 3)] as const);
  const num = unifint(rng, diff_lb, diff_ub, [1, floordiv(h * w, 2 * dh * dw)] as const);
  const cards = interval(0, dh * dw, 1);
  const ccards = sorted(rng.sample(cards, Math.min(num, len(cards))));
  const sgs = [];
  const c1 = canvas(fgc, [dh, dw]);
  const inds = totuple(asindices(c1));
  for (const card of ccards) {
    const x = rng.sample(inds, card);
    const x1 = fill(c1, 1, x);
    sgs.push(asobject(x1));
  }
  const go = paint(c1, at(sgs, -1));
  let gi = canvas(bgc, [h, w]);
  let inds2 = asindices(canvas(bgc, [h - dh, w - dw]));
  const maxtr = 10;
  for (const sg of reversed(sgs)) {
    if (len(inds2) === 0) {
      break;
    }
    let loc = rng.choice(totuple(inds2));
    let plcd = shift(sg, loc);
    let tr = 0;
    while (!toindices(plcd).issubset(inds2) && tr < maxtr) {
      loc = rng.choice(totuple(inds2));
      plcd = shift(sg, loc);
      tr += 1;
    }
    if (tr < maxtr) {
      inds2 = difference(inds2, toindices(plcd).union(outbox(plcd)));
      gi = paint(gi, plcd);
    }
  }
  return { input: gi, output: go };
}

function generate_3de23699(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [5, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [5, 30] as const);
  const bgc = rng.choice(cols);
  const c = canvas(bgc, [h, w]);
  const hi = unifint(rng, diff_lb, diff_ub, [4, h] as const);
  const wi = unifint(rng, diff_lb, diff_ub, [4, w] as const);
  const loci = rng.randint(0, h - hi);
  const locj = rng.randint(0, w - wi);
  let remcols = remove(bgc, cols);
  const ccol = rng.choice(remcols);
  remcols = remove(ccol, remcols);
  const ncol = rng.choice(remcols);
  const tmpo = frozenset(
    set<IntegerTuple>([
      [loci, locj],
      [loci + hi - 1, locj + wi - 1],
    ]),
  );
  const cnds = totuple(backdrop(inbox(tmpo)));
  const mp = Math.floor(len(cnds) / 2);
  const dev = unifint(rng, diff_lb, diff_ub, [0, mp] as const);
  let ncnds: number = rng.choice([dev, len(cnds) - dev] as const);
  ncnds = Math.min(Math.max(0, ncnds), len(cnds));
  const ss = rng.sample(cnds, ncnds);
  let gi = fill(c, ccol, corners(tmpo));
  gi = fill(gi, ncol, ss);
  const go = trim(crop(switch_(gi, ccol, ncol), [loci, locj], [hi, wi]));
  return { input: gi, output: go };
}

function generate_7ddcd7ec(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const crns = [
    [
      [0, 0],
      [-1, -1],
    ],
    [
      [0, 1],
      [-1, 1],
    ],
    [
      [1, 0],
      [1, -1],
    ],
    [
      [1, 1],
      [1, 1],
    ],
  ] as const;
  const h = unifint(rng, diff_lb, diff_ub, [5, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [5, 30] as const);
  const bgc = rng.choice(cols);
  let gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [h, w]);
  const num = unifint(rng, diff_lb, diff_ub, [0, 4] as const);
  const chos = rng.sample(crns, num);
  const loci = rng.randint(0, h - 2);
  const locj = rng.randint(0, w - 2);
  const loc = [loci, locj] as const;
  const remcols = remove(bgc, cols);
  for (const [sp, dr] of crns) {
    const sp2 = add(loc, sp);
    const col = rng.choice(remcols);
    gi = fill(gi, col, set<IntegerTuple>([sp2]));
    go = fill(go, col, set<IntegerTuple>([sp2]));
    if (contains(chos, [sp, dr] as const)) {
      gi = fill(gi, col, set<IntegerTuple>([add(sp2, dr)]));
      go = fill(go, col, shoot(sp2, dr));
    }
  }
  return { input: gi, output: go };
}

function generate_5c2c9af4(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [5, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [5, 30] as const);
  const boxhd = unifint(rng, diff_lb, diff_ub, [0, Math.floor(h / 2)] as const);
  const boxwd = unifint(rng, diff_lb, diff_ub, [0, Math.floor(w / 2)] as const);
  let boxh: number = rng.choice([boxhd, h - boxhd] as const);
  let boxw: number = rng.choice([boxwd, w - boxwd] as const);
  if (mod(boxh, 2) === 0) {
    boxh = rng.choice([boxh - 1, boxh + 1] as const);
  }
  if (mod(boxw, 2) === 0) {
    boxw = rng.choice([boxw - 1, boxw + 1] as const);
  }
  boxh = Math.min(Math.max(1, boxh), mod(h, 2) === 1 ? h : h - 1);
  boxw = Math.min(Math.max(1, boxw), mod(w, 2) === 1 ? w : w - 1);
  const loci = rng.randint(0, h - boxh);
  const locj = rng.randint(0, w - boxw);
  const bgc = rng.choice(cols);
  const remcols = remove(bgc, cols);
  const fgc = rng.choice(remcols);
  const c = canvas(bgc, [h, w]);
  const cpi = loci + Math.floor(boxh / 2);
  const cpj = locj + Math.floor(boxw / 2);
  const cp = [cpi, cpj] as const;
  const A = [loci, locj] as const;
  const B = [loci + boxh - 1, locj + boxw - 1] as const;
  let gi = fill(c, fgc, set<IntegerTuple>([A, B, cp]));
  let go = fill(c, fgc, set<IntegerTuple>([A, B, cp]));
  let cond: boolean = true;
  const ooo = set<IntegerTuple>([A, B, cp]);
  if (hline(ooo) && len(ooo) === 3) {
    go = fill(go, fgc, hfrontier(cp));
    cond = false;
  }
  if (vline(ooo) && len(ooo) === 3) {
    go = fill(go, fgc, vfrontier(cp));
    cond = false;
  }
  let k = 1;
  while (cond) {
    const f1 = k * Math.floor(boxh / 2);
    const f2 = k * Math.floor(boxw / 2);
    const ulci = cpi - f1;
    const ulcj = cpj - f2;
    const lrci = cpi + f1;
    const lrcj = cpj + f2;
    const ulc = [ulci, ulcj] as const;
    const lrc = [lrci, lrcj] as const;
    const bx = box(frozenset(set<IntegerTuple>([ulc, lrc])));
    const go2 = fill(go, fgc, bx);
    cond = !eq(go, go2);
    go = go2;
    k += 1;
  }
  if (rng.choice([true, false])) {
    gi = dmirror(gi);
    go = dmirror(go);
  }
  return { input: gi, output: go };
}

function generate_0b148d64(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const itv = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [7, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [7, 30] as const);
  const bgc = rng.choice(itv);
  const remitv = remove(bgc, itv);
  const g = canvas(bgc, [h, w]);
  const x = rng.randint(3, h - 3);
  const y = rng.randint(3, w - 3);
  const di = rng.randint(2, h - x - 1);
  const dj = rng.randint(2, w - y - 1);
  const A = backdrop(
    frozenset(
      set<IntegerTuple>([
        [0, 0],
        [x, y],
      ]),
    ),
  );
  const B = backdrop(
    frozenset(
      set<IntegerTuple>([
        [x + di, 0],
        [h - 1, y],
      ]),
    ),
  );
  const C = backdrop(
    frozenset(
      set<IntegerTuple>([
        [0, y + dj],
        [x, w - 1],
      ]),
    ),
  );
  const D = backdrop(
    frozenset(
      set<IntegerTuple>([
        [x + di, y + dj],
        [h - 1, w - 1],
      ]),
    ),
  );
  const cola = rng.choice(remitv);
  const colb = rng.choice(remove(cola, remitv));
  const trg = rng.choice([A, B, C, D] as const);
  const rem = remove(trg, [A, B, C, D] as const);
  const subf = (bx: PatchLike) =>
    set<IntegerTuple>([
      rng.choice(totuple(connect(ulcorner(bx), urcorner(bx)))),
      rng.choice(totuple(connect(ulcorner(bx), llcorner(bx)))),
      rng.choice(totuple(connect(urcorner(bx), lrcorner(bx)))),
      rng.choice(totuple(connect(llcorner(bx), lrcorner(bx)))),
    ]);
  const sampler = (bx: Indices) =>
    set(
      rng.sample(totuple(bx), len(bx) - unifint(rng, diff_lb, diff_ub, [0, len(bx) - 1] as const)),
    );
  let gi = fill(g, cola, sampler(trg).union(subf(trg)));
  for (const r of rem) {
    gi = fill(gi, colb, sampler(r).union(subf(r)));
  }
  const go = subgrid(frozenset(trg), gi);
  return { input: gi, output: go };
}

function generate_beb8660c(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = remove(8, interval(0, 10, 1));
  const w = unifint(rng, diff_lb, diff_ub, [3, 30] as const);
  const h = unifint(rng, diff_lb, diff_ub, [w, 30] as const);
  const bgc = rng.choice(cols);
  const remcols = remove(bgc, cols);
  let gi = canvas(bgc, [h, w]);
  let k = Math.min(8, w - 1);
  k = unifint(rng, diff_lb, diff_ub, [1, k] as const);
  const co = rng.sample(remcols, k);
  const wds = sorted(rng.sample(interval(1, w, 1), k));
  for (let [j, [c, l]] of enumerate(zip(co, wds))) {
    j = h - k - 1 + j;
    gi = fill(gi, c, connect([j, 0], [j, l - 1]));
  }
  gi = fill(gi, 8, connect([h - 1, 0], [h - 1, w - 1]));
  let go: Grid = vmirror(gi);
  const rows = [...gi.slice(0, -1)].map((r) => [...r]);
  rng.shuffle(rows);
  gi = [...rows.map((r) => [...r]), ...go.slice(-1)];
  let gif: Grid = [];
  for (const r of gi) {
    const nbc = count(r, bgc);
    const ofs = rng.randint(0, nbc);
    gif = [...gif, concat(r.slice(-ofs), r.slice(0, -ofs))];
  }
  gi = vmirror(gif);
  const rotf = rng.choice<GridFunction>([identity, rot90, rot180, rot270]);
  gi = rotf(gi);
  go = rotf(go);
  return { input: gi, output: go };
}

function generate_8d510a79(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = difference(interval(0, 10, 1), [1, 2] as const);
  const h = unifint(rng, diff_lb, diff_ub, [5, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [3, 30] as const);
  const barloci = rng.randint(2, h - 3);
  const bgc = rng.choice(cols);
  const remcols = remove(bgc, cols);
  const barcol = rng.choice(remcols);
  let gi = canvas(bgc, [h, w]);
  const bar = connect([barloci, 0], [barloci, w - 1]);
  gi = fill(gi, barcol, bar);
  let go: Grid = [...gi].map((e) => e);
  const jinds = interval(0, w, 1);
  const numtop = unifint(rng, diff_lb, diff_ub, [1, w - 1] as const);
  const numbot = unifint(rng, diff_lb, diff_ub, [1, w - 1] as const);
  const tops = rng.sample(jinds, numtop);
  const bots = rng.sample(jinds, numbot);
  let col: number;
  let loc: IntegerTuple;
  let loci: number;
  for (const t of tops) {
    loci = rng.randint(0, barloci - 2);
    col = rng.choice([1, 2] as const);
    loc = [loci, t] as const;
    gi = fill(gi, col, set<IntegerTuple>([loc]));
    if (col === 1) {
      go = fill(go, col, connect(loc, [0, t]));
    } else {
      go = fill(go, col, connect(loc, [barloci - 1, t]));
    }
  }
  for (const t of bots) {
    loci = rng.randint(barloci + 2, h - 1);
    col = rng.choice([1, 2] as const);
    loc = [loci, t] as const;
    gi = fill(gi, col, set<IntegerTuple>([loc]));
    if (col === 1) {
      go = fill(go, col, connect(loc, [h - 1, t]));
    } else {
      go = fill(go, col, connect(loc, [barloci + 1, t]));
    }
  }
  if (rng.choice([true, false])) {
    gi = dmirror(gi);
    go = dmirror(go);
  }
  return { input: gi, output: go };
}

function generate_7468f01a(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [3, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [3, 30] as const);
  const bgc = rng.choice(cols);
  const remcols = remove(bgc, cols);
  const [sgc, fgc] = unpack(rng.sample(remcols, 2), 2);
  const oh = unifint(rng, diff_lb, diff_ub, [2, Math.max(2, int(h * (2 / 3)))] as const);
  const ow = unifint(rng, diff_lb, diff_ub, [2, Math.max(2, int(w * (2 / 3)))] as const);
  let gi = canvas(bgc, [h, w]);
  let go = canvas(sgc, [oh, ow]);
  const bounds = asindices(go);
  const shp = set<IntegerTuple>([ORIGIN]);
  const nc = unifint(rng, diff_lb, diff_ub, [0, Math.max(1, Math.floor((oh * ow) / 2))] as const);
  for (let j = 0; j < nc; j++) {
    setAdd(shp, rng.choice(totuple(bounds.difference(shp).intersection(mapply(dneighbors, shp)))));
  }
  go = fill(go, fgc, shp);
  const objx = asobject(vmirror(go));
  const loci = rng.randint(0, h - oh);
  const locj = rng.randint(0, w - ow);
  gi = paint(gi, shift(objx, [loci, locj]));
  return { input: gi, output: go };
}

function generate_09629e4f(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [2, 5] as const);
  const w = unifint(rng, diff_lb, diff_ub, [2, 5] as const);
  const [nrows, ncolumns] = [h, w];
  const bgc = rng.choice(cols);
  let remcols = remove(bgc, cols);
  const barcol = rng.choice(remcols);
  remcols = remove(barcol, remcols);
  const ncols = unifint(rng, diff_lb, diff_ub, [2, Math.min(7, h * w - 2)] as const);
  const c = canvas(bgc, [h, w]);
  const inds = totuple(asindices(c));
  const [fullh, fullw] = [h * nrows + nrows - 1, w * ncolumns + ncolumns - 1];
  let gi = canvas(barcol, [fullh, fullw]);
  const locs = totuple(product(interval(0, fullh, h + 1), interval(0, fullw, w + 1)));
  const trgloc = rng.choice(locs);
  const remlocs = remove(trgloc, locs);
  const colssf = rng.sample(remcols, ncols);
  const colsss = remove(rng.choice(colssf), colssf);
  const trgssf = rng.sample(inds, ncols - 1);
  gi = fill(gi, bgc, shift(inds, trgloc));
  for (const [ij, cl] of zip(trgssf, colsss)) {
    gi = fill(gi, cl, set([add(trgloc, ij)]));
  }
  for (const rl of remlocs) {
    const trgss = rng.sample(inds, ncols);
    let tmpg: Grid = [...c].map((e) => e);
    for (const [ij, cl] of zip(trgss, colssf)) {
      tmpg = fill(tmpg, cl, set([ij]));
    }
    gi = paint(gi, shift(asobject(tmpg), rl));
  }
  let go = canvas(bgc, [fullh, fullw]);
  go = fill(go, barcol, ofcolor(gi, barcol));
  for (const [ij, cl] of zip(trgssf, colsss)) {
    go = fill(go, cl, shift(inds, multiply(ij, [h + 1, w + 1] as const)));
  }
  return { input: gi, output: go };
}

function generate_4347f46a(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const bgc = rng.choice(cols);
  let remcols = remove(bgc, cols);
  let gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [h, w]);
  const num = unifint(rng, diff_lb, diff_ub, [1, 9] as const);
  let indss = asindices(gi);
  const maxtrials = 4 * num;
  let tr = 0;
  let succ = 0;
  while (succ < num && tr <= maxtrials) {
    if (len(remcols) === 0 || len(indss) === 0) {
      break;
    }
    const oh = rng.randint(3, 7);
    const ow = rng.randint(3, 7);
    const subs = totuple(sfilter(indss, (ij) => ij[0] < h - oh && ij[1] < w - ow));
    if (len(subs) === 0) {
      tr += 1;
      continue;
    }
    const [loci, locj] = rng.choice(subs);
    const obj = frozenset(
      set<IntegerTuple>([
        [loci, locj],
        [loci + oh - 1, locj + ow - 1],
      ]),
    );
    const bd = backdrop(obj);
    const col = rng.choice(remcols);
    if (bd.issubset(indss)) {
      remcols = remove(col, remcols);
      gi = fill(gi, col, bd);
      go = fill(go, col, box(obj));
      succ += 1;
      indss = indss.difference(bd);
    }
    tr += 1;
  }
  return { input: gi, output: go };
}

function generate_6d58a25d(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const shp = normalize(
    frozenset(
      set<IntegerTuple>([
        [0, 0],
        [1, 0],
        [1, 1],
        [1, -1],
        [2, -1],
        [2, -2],
        [2, 1],
        [2, 2],
        [3, 3],
        [3, -3],
      ]),
    ),
  );
  const h = unifint(rng, diff_lb, diff_ub, [5, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [8, 30] as const);
  const bgc = rng.choice(cols);
  const remcols = remove(bgc, cols);
  const c = canvas(bgc, [h, w]);
  const inds = totuple(asindices(c));
  const c1 = rng.choice(remcols);
  const c2 = rng.choice(remove(c1, remcols));
  const loci = rng.randint(0, h - 4);
  const locj = rng.randint(0, w - 7);
  const plcd = shift(shp, [loci, locj]);
  const rem = difference(inds, plcd);
  const nnoise = unifint(rng, diff_lb, diff_ub, [
    1,
    Math.max(1, Math.floor(len(rem) / 2) - 1),
  ] as const);
  const nois = rng.sample(rem, nnoise);
  let gi = fill(c, c2, nois);
  gi = fill(gi, c1, plcd);
  const ff = (ij: IntegerTuple) => len(intersection(shoot(ij, [-1, 0]), plcd)) > 0;
  const trg = sfilter(nois, ff);
  const gg = (ij: IntegerTuple) =>
    valmax(
      sfilter(plcd, (kl) => eq(kl[1], ij[1])),
      first,
    ) + 1;
  const kk = (ij: IntegerTuple) => connect([gg(ij), ij[1]], [h - 1, ij[1]]);
  const fullres = mapply(kk, trg);
  let go = fill(gi, c2, fullres);
  const rotf = rng.choice<GridFunction>([identity, rot90, rot180, rot270]);
  gi = rotf(gi);
  go = rotf(go);
  return { input: gi, output: go };
}

function generate_363442ee(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  let h = unifint(rng, diff_lb, diff_ub, [1, 3] as const);
  let w = unifint(rng, diff_lb, diff_ub, [1, 3] as const);
  h = h * 2 + 1;
  w = w * 2 + 1;
  const nremh = unifint(rng, diff_lb, diff_ub, [2, floordiv(30, h)] as const);
  const nremw = unifint(rng, diff_lb, diff_ub, [2, floordiv(30 - w - 1, w)] as const);
  const rsh = nremh * h;
  const rsw = nremw * w;
  const rss = [rsh, rsw] as const;
  const bgc = rng.choice(cols);
  let remcols = remove(bgc, cols);
  const barcol = rng.choice(remcols);
  remcols = remove(barcol, remcols);
  let rsi = canvas(bgc, rss);
  let rso = canvas(bgc, rss);
  const ls = canvas(bgc, [(nremh - 1) * h, w]);
  let ulc = canvas(bgc, [h, w]);
  const bar = canvas(barcol, [nremh * h, 1]);
  const dotcands = totuple(product(interval(0, rsh, h), interval(0, rsw, w)));
  const dotcol = rng.choice(remcols);
  const dev = unifint(rng, diff_lb, diff_ub, [1, Math.floor(len(dotcands) / 2)] as const);
  let ndots: number = rng.choice([dev, len(dotcands) - dev] as const);
  ndots = Math.min(Math.max(1, ndots), len(dotcands));
  const dots = rng.sample(dotcands, ndots);
  const nfullremcols = unifint(rng, diff_lb, diff_ub, [1, 8] as const);
  const fullremcols = rng.sample(remcols, nfullremcols);
  for (const ij of asindices(ulc)) {
    ulc = fill(ulc, rng.choice(fullremcols), set([ij]));
  }
  const ulco = asobject(ulc);
  const osf = [Math.floor(h / 2), Math.floor(w / 2)] as const;
  for (const d of dots) {
    rsi = fill(rsi, dotcol, set<IntegerTuple>([add(osf, d)]));
    rso = paint(rso, shift(ulco, d));
  }
  let gi = hconcat(hconcat(vconcat(ulc, ls), bar), rsi);
  let go = hconcat(hconcat(vconcat(ulc, ls), bar), rso);
  const mfs = [
    identity,
    dmirror,
    cmirror,
    vmirror,
    hmirror,
    rot90,
    rot180,
    rot270,
  ] as GridFunction[];
  const nmfs = rng.choice([1, 2] as const);
  for (const fn of rng.sample(mfs, nmfs)) {
    gi = fn(gi);
    go = fn(go);
  }
  return { input: gi, output: go };
}

function generate_855e0971(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const nbarsd = unifint(rng, diff_lb, diff_ub, [1, 4] as const);
  let nbars: number = rng.choice([nbarsd, 11 - nbarsd] as const);
  nbars = Math.max(3, nbars);
  const h = unifint(rng, diff_lb, diff_ub, [nbars, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [3, 30] as const);
  const barsizes = repeatSeq([2], nbars);
  while (sum(barsizes) < h) {
    const j = rng.randint(0, nbars - 1);
    barsizes[j] = at(barsizes, j) + 1;
  }
  let gi: Grid = [];
  let go: Grid = [];
  const locs = interval(0, w, 1);
  const dotc = rng.choice(cols);
  const remcols = remove(dotc, cols);
  let lastcol: number = -1;
  const nloclbs = range(len(barsizes)).map(() => rng.choice([0, 1] as const));
  if (sum(nloclbs) < 2) {
    const [loc1, loc2] = unpack(rng.sample(interval(0, len(nloclbs), 1), 2), 2);
    nloclbs[loc1] = 1;
    nloclbs[loc2] = 1;
  }
  for (const [bs, nloclb] of zip(barsizes, nloclbs)) {
    const col = rng.choice(remove(lastcol, remcols));
    let gim = canvas(col, [bs, w]);
    let gom = canvas(col, [bs, w]);
    const nl = unifint(rng, diff_lb, diff_ub, [nloclb, Math.floor(w / 2)] as const);
    const chlocs = rng.sample(locs, nl);
    for (const jj of chlocs) {
      const idx = [rng.randint(0, bs - 1), jj] as const;
      gim = fill(gim, dotc, set<IntegerTuple>([idx]));
      gom = fill(gom, dotc, vfrontier(idx));
    }
    lastcol = col;
    gi = concat(gi, gim);
    go = concat(go, gom);
  }
  if (rng.choice([true, false])) {
    gi = dmirror(gi);
    go = dmirror(go);
  }
  return { input: gi, output: go };
}

function generate_137eaa0f(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [2, 4] as const);
  const w = unifint(rng, diff_lb, diff_ub, [2, 4] as const);
  const bgc = rng.choice(cols);
  let remcols = remove(bgc, cols);
  const dotc = rng.choice(remcols);
  remcols = remove(dotc, remcols);
  let go = canvas(dotc, [h, w]);
  const goinds = totuple(asindices(go));
  const loc = rng.choice(goinds);
  let reminds: IntegerTuple[] = remove(loc, goinds);
  const nc = unifint(rng, diff_lb, diff_ub, [1, Math.min(h * w - 1, 8)] as const);
  const choscols = rng.sample(remcols, nc);
  const cd = new PyDict(choscols.map((c) => [c, set<IntegerTuple>()] as const));
  for (const c of choscols) {
    const ij = rng.choice(reminds);
    cd.get(c).add(ij);
    reminds = remove(ij, reminds);
  }
  for (const ri of reminds) {
    cd.get(rng.choice(choscols)).add(ri);
  }
  for (const [c, idxes] of cd.items()) {
    go = fill(go, c, idxes);
  }
  let gih = unifint(rng, diff_lb, diff_ub, [Math.min(h, w) * 2, 30] as const);
  let giw = unifint(rng, diff_lb, diff_ub, [Math.min(h, w) * 2, 30] as const);
  const objs = choscols.map((c) =>
    normalize(
      insert([dotc, loc] as const, frozenset(set([...cd.get(c)].map((ij): Cell => [c, ij])))),
    ),
  );
  let maxtr = Math.min(h, w) * 2;
  let maxtrtot = 1000;
  let gi: Grid;
  let plcd: ArcObject = frozenset();
  while (true) {
    let succ: boolean = true;
    gi = canvas(bgc, [gih, giw]);
    let inds = asindices(gi);
    for (const obj of objs) {
      const [oh, ow] = shape(obj);
      let succ2: boolean = false;
      let tr = 0;
      while (tr < maxtr && !succ2) {
        const loci = rng.randint(0, gih - oh);
        const locj = rng.randint(0, giw - ow);
        plcd = shift(obj, [loci, locj]);
        tr += 1;
        if (toindices(plcd).issubset(inds)) {
          succ2 = true;
        }
      }
      if (succ2) {
        gi = paint(gi, plcd);
        inds = difference(inds, toindices(plcd));
        inds = difference(inds, mapply(neighbors, toindices(plcd)));
      } else {
        succ = false;
        break;
      }
    }
    if (succ) {
      break;
    }
    maxtrtot += 1;
    if (maxtrtot < 1000) {
      break;
    }
    maxtr = int(maxtr * 1.5);
    gih = rng.randint(gih, 30);
    giw = rng.randint(giw, 30);
  }
  return { input: gi, output: go };
}

function generate_31aa019c(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  let c: number;
  let canv: Grid;
  let gi: Grid;
  let ij: IntegerTuple;
  let locc: IntegerTuple;
  while (true) {
    const h = unifint(rng, diff_lb, diff_ub, [5, 30] as const);
    const w = unifint(rng, diff_lb, diff_ub, [5, 30] as const);
    const bgc = rng.choice(cols);
    canv = canvas(bgc, [h, w]);
    let inds = totuple(asindices(canv));
    const mp = Math.floor((h * w) / 2) - 1;
    const ncols = unifint(rng, diff_lb, diff_ub, [2, Math.min(9, Math.floor(mp / 2) - 1)] as const);
    let chcols = rng.sample(cols, ncols);
    const trgcol = at(chcols, 0);
    chcols = chcols.slice(1);
    const dic = new PyDict(chcols.map((c) => [c, set<IntegerTuple>()] as const));
    const nnoise = unifint(rng, diff_lb, diff_ub, [2 * (ncols - 1), mp] as const);
    locc = rng.choice(inds);
    inds = remove(locc, inds);
    const noise = rng.sample(inds, nnoise);
    for (c of chcols) {
      ij = rng.choice(inds);
      dic.get(c).add(ij);
      inds = remove(ij, inds);
    }
    for (c of chcols) {
      ij = rng.choice(inds);
      dic.get(c).add(ij);
      inds = remove(ij, inds);
    }
    for (ij of noise) {
      c = rng.choice(chcols);
      dic.get(c).add(ij);
      inds = remove(ij, inds);
    }
    gi = fill(canv, trgcol, set<IntegerTuple>([locc]));
    for (const [col, ss] of dic.items()) {
      gi = fill(gi, col, ss);
    }
    gi = fill(gi, trgcol, set<IntegerTuple>([locc]));
    if (len(sfilter(palette(gi), (c) => colorcount(gi, c) === 1)) === 1) {
      break;
    }
  }
  const lc = leastcolor(gi);
  const loccs = ofcolor(gi, lc);
  let go = fill(canv, lc, loccs);
  go = fill(go, 2, neighbors(first(loccs)));
  return { input: gi, output: go };
}

function generate_2bee17df(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = remove(3, interval(0, 10, 1));
  const h = unifint(rng, diff_lb, diff_ub, [7, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [7, 30] as const);
  const bgc = rng.choice(cols);
  let remcols = remove(bgc, cols);
  const c = canvas(bgc, [h, w]);
  const indord1 = apply(tojvec, interval(0, w, 1));
  const indord2 = apply(rbind(astuple, w - 1), interval(1, h - 1, 1));
  const indord3 = apply(lbind(astuple, h - 1), interval(w - 1, 0, -1));
  const indord4 = apply(toivec, interval(h - 1, 0, -1));
  const indord = concat(concat(concat(indord1, indord2), indord3), indord4);
  const k = len(indord);
  const sp = rng.randint(0, k);
  const arr = concat(indord.slice(sp), indord.slice(0, sp));
  const ep = rng.randint(Math.floor(k / 2) - 3, Math.floor(k / 2) + 1);
  const a = arr.slice(0, ep);
  const b = arr.slice(ep);
  const cola = rng.choice(remcols);
  remcols = remove(cola, remcols);
  const colb = rng.choice(remcols);
  let gi = fill(c, cola, a);
  gi = fill(gi, colb, b);
  const nr = unifint(rng, diff_lb, diff_ub, [
    1,
    Math.min(4, Math.floor(Math.min(h, w) / 2)),
  ] as const);
  for (let kk = 0; kk < nr; kk++) {
    const ring = box(
      frozenset(
        set<IntegerTuple>([
          [1 + kk, 1 + kk],
          [h - 1 - kk, w - 1 - kk],
        ]),
      ),
    );
    for (const br of [cola, colb] as const) {
      const bcands = totuple(
        ring.intersection(ofcolor(gi, bgc)).intersection(mapply(dneighbors, ofcolor(gi, br))),
      );
      const jj = len(bcands);
      const jj2 = rng.randint(
        Math.max(0, Math.floor(jj / 2) - 2),
        Math.min(jj, Math.floor(jj / 2) + 1),
      );
      const ss = rng.sample(bcands, jj2);
      gi = fill(gi, br, ss);
    }
  }
  const res = shift(merge(frontiers(trim(gi))), [1, 1]);
  const go = fill(gi, 3, res);
  return { input: gi, output: go };
}

function generate_50cb2852(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = remove(8, interval(0, 10, 1));
  const h = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const bgc = rng.choice(cols);
  let remcols = remove(bgc, cols);
  let gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [h, w]);
  const num = unifint(rng, diff_lb, diff_ub, [1, 8] as const);
  let indss = asindices(gi);
  const maxtrials = 4 * num;
  let tr = 0;
  let succ = 0;
  while (succ < num && tr <= maxtrials) {
    if (len(remcols) === 0 || len(indss) === 0) {
      break;
    }
    const oh = rng.randint(3, 7);
    const ow = rng.randint(3, 7);
    const subs = totuple(sfilter(indss, (ij) => ij[0] < h - oh && ij[1] < w - ow));
    if (len(subs) === 0) {
      tr += 1;
      continue;
    }
    const [loci, locj] = rng.choice(subs);
    const obj = frozenset(
      set<IntegerTuple>([
        [loci, locj],
        [loci + oh - 1, locj + ow - 1],
      ]),
    );
    const bd = backdrop(obj);
    const col = rng.choice(remcols);
    if (bd.issubset(indss)) {
      remcols = remove(col, remcols);
      gi = fill(gi, col, bd);
      go = fill(go, 8, bd);
      go = fill(go, col, box(obj));
      box(obj);
      succ += 1;
      indss = indss.difference(bd);
    }
    tr += 1;
  }
  return { input: gi, output: go };
}

function generate_662c240a(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const d = unifint(rng, diff_lb, diff_ub, [2, 7] as const);
  const ng = unifint(rng, diff_lb, diff_ub, [2, floordiv(30, d)] as const);
  const nc = unifint(rng, diff_lb, diff_ub, [2, Math.min(9, d ** 2)] as const);
  const c = canvas(-1, [d, d]);
  const inds = totuple(asindices(c));
  let tria = sfilter(inds, (ij) => ij[1] >= ij[0]);
  let tcolset = rng.sample(cols, nc);
  let triaf: ArcObject = frozenset(tria.map((ij): Cell => [rng.choice(tcolset), ij]));
  triaf = triaf.union(dmirror(triaf));
  let gik = paint(c, triaf);
  const ndistinv = unifint(rng, diff_lb, diff_ub, [0, Math.floor((d * (d - 1)) / 2) - 1] as const);
  const ndist = Math.floor((d * (d - 1)) / 2) - ndistinv;
  const distinds = rng.sample(
    difference(
      inds,
      sfilter(inds, (ij) => eq(ij[0], ij[1])),
    ),
    ndist,
  );
  for (const ij of distinds) {
    if (eq(at(at(gik, ij[0]), ij[1]), at(at(gik, ij[1]), ij[0]))) {
      gik = fill(gik, rng.choice(remove(at(at(gik, ij[0]), ij[1]), tcolset)), set([ij]));
    } else {
      gik = fill(gik, at(at(gik, ij[1]), ij[0]), set([ij]));
    }
  }
  let gi = gik;
  const go = [...gik].map((e) => e);
  const concatf = rng.choice([hconcat, vconcat] as const);
  for (let k = 0; k < ng - 1; k++) {
    tria = sfilter(inds, (ij) => ij[1] >= ij[0]);
    tcolset = rng.sample(cols, nc);
    triaf = frozenset(tria.map((ij): Cell => [rng.choice(tcolset), ij]));
    triaf = triaf.union(dmirror(triaf));
    gik = paint(c, triaf);
    if (rng.choice([true, false])) {
      gi = concatf(gi, gik);
    } else {
      gi = concatf(gik, gi);
    }
  }
  return { input: gi, output: go };
}

function generate_e8593010(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const aset = frozenset(set([frozenset(set<IntegerTuple>([ORIGIN]))]));
  const bset = frozenset(
    set([
      frozenset(set<IntegerTuple>([ORIGIN, RIGHT])),
      frozenset(set<IntegerTuple>([ORIGIN, DOWN])),
    ]),
  );
  const cset = frozenset(
    set([
      frozenset(set<IntegerTuple>([ORIGIN, DOWN, UNITY])),
      frozenset(set<IntegerTuple>([ORIGIN, DOWN, RIGHT])),
      frozenset(set<IntegerTuple>([UNITY, DOWN, RIGHT])),
      frozenset(set<IntegerTuple>([UNITY, ORIGIN, RIGHT])),
      shift(frozenset(set<IntegerTuple>([ORIGIN, UP, DOWN])), DOWN),
      shift(frozenset(set<IntegerTuple>([ORIGIN, LEFT, RIGHT])), RIGHT),
    ]),
  );
  const [a, b, c] = [totuple(aset), totuple(bset), totuple(cset)];
  const prs: (readonly [Indices[], number])[] = [
    [a, 3],
    [b, 2],
    [c, 1],
  ];
  const cols = difference(interval(0, 10, 1), [1, 2, 3] as const);
  const h = unifint(rng, diff_lb, diff_ub, [5, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [5, 30] as const);
  const bgc = rng.choice(cols);
  const remcols = remove(bgc, cols);
  const fgc = rng.choice(remcols);
  let gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [h, w]);
  let reminds = asindices(gi);
  const nobjs = unifint(rng, diff_lb, diff_ub, [
    1,
    Math.floor(Math.floor((h * w) / 2) / 2),
  ] as const);
  const maxtr = 10;
  for (let k = 0; k < nobjs; k++) {
    let ntr = 0;
    const [objs, col] = rng.choice(prs);
    const obj = rng.choice(objs);
    while (ntr < maxtr) {
      if (len(reminds) === 0) {
        break;
      }
      const loc = rng.choice(totuple(reminds));
      const olcd = shift(obj, loc);
      if (olcd.issubset(reminds)) {
        gi = fill(gi, fgc, olcd);
        go = fill(go, col, olcd);
        reminds = reminds.difference(olcd).difference(mapply(dneighbors, olcd));
        break;
      }
      ntr += 1;
    }
  }
  return { input: gi, output: go };
}

function generate_d9f24cd1(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [5, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [5, 30] as const);
  const bgc = rng.choice(cols);
  let remcols = remove(bgc, cols);
  const linc = rng.choice(remcols);
  remcols = remove(linc, remcols);
  const dotc = rng.choice(remcols);
  let locopts = interval(1, w - 1, 1);
  const maxnloc = Math.floor((w - 2) / 2);
  const nlins = unifint(rng, diff_lb, diff_ub, [1, maxnloc] as const);
  const locs = [];
  let loc: number;
  for (let k = 0; k < nlins; k++) {
    if (len(locopts) === 0) {
      break;
    }
    loc = rng.choice(locopts);
    locopts = remove(loc, locopts);
    locopts = remove(loc - 1, locopts);
    locopts = remove(loc + 1, locopts);
    locs.push(loc);
  }
  const ndots = unifint(rng, diff_lb, diff_ub, [1, maxnloc] as const);
  locopts = interval(1, w - 1, 1);
  const dotlocs = [];
  for (let k = 0; k < ndots; k++) {
    if (len(locopts) === 0) {
      break;
    }
    loc = rng.choice(locopts);
    locopts = remove(loc, locopts);
    locopts = remove(loc - 1, locopts);
    locopts = remove(loc + 1, locopts);
    dotlocs.push(loc);
  }
  let gi = canvas(bgc, [h, w]);
  for (const l of locs) {
    gi = fill(gi, linc, set([[h - 1, l] as const]));
  }
  const dotlocs2 = [];
  let jj: number;
  for (const l of dotlocs) {
    jj = rng.randint(1, h - 2);
    gi = fill(gi, dotc, set([[jj, l] as const]));
    dotlocs2.push(jj);
  }
  let go: Grid = [...gi].map((e) => e);
  for (const linloc of locs) {
    if (contains(dotlocs, linloc)) {
      jj = at(dotlocs2, indexOf(dotlocs, linloc));
      go = fill(go, linc, connect([h - 1, linloc], [jj + 1, linloc]));
      go = fill(go, linc, connect([jj + 1, linloc + 1], [0, linloc + 1]));
    } else {
      go = fill(go, linc, connect([h - 1, linloc], [0, linloc]));
    }
  }
  const rotf = rng.choice<GridFunction>([identity, rot90, rot180, rot270]);
  gi = rotf(gi);
  go = rotf(go);
  return { input: gi, output: go };
}

function generate_90c28cc7(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(1, 10, 1);
  let h = unifint(rng, diff_lb, diff_ub, [2, 10] as const);
  let w = unifint(rng, diff_lb, diff_ub, [2, 10] as const);
  const nc = unifint(rng, diff_lb, diff_ub, [2, 9] as const);
  let gi = canvas(-1, [h, w]);
  const inds = totuple(asindices(gi));
  const colss = rng.sample(cols, nc);
  for (const ij of inds) {
    gi = fill(gi, rng.choice(colss), set([ij]));
  }
  gi = dmirror(dedupe(dmirror(dedupe(gi))));
  const go = gi.map((e) => e);
  [h, w] = shape(gi);
  const fullh = unifint(rng, diff_lb, diff_ub, [h, 30] as const);
  const fullw = unifint(rng, diff_lb, diff_ub, [w, 30] as const);
  const inh = unifint(rng, diff_lb, diff_ub, [h, fullh] as const);
  const inw = unifint(rng, diff_lb, diff_ub, [w, fullw] as const);
  while (h < inh || w < inw) {
    const opts: (readonly [number, GridFunction])[] = [];
    if (h < inh) {
      opts.push([h, identity]);
    } else if (w < inw) {
      opts.push([w, dmirror]);
    }
    const [dim, mirrf] = rng.choice(opts);
    const idx = rng.randint(0, dim - 1);
    gi = mirrf(gi);
    gi = concat(gi.slice(0, idx + 1), gi.slice(idx));
    gi = mirrf(gi);
    [h, w] = shape(gi);
  }
  while (h < fullh || w < fullw) {
    const opts: GridFunction[] = [];
    if (h < fullh) {
      opts.push(identity);
    } else if (w < fullw) {
      opts.push(dmirror);
    }
    const mirrf = rng.choice(opts);
    gi = mirrf(gi);
    gi = merge([...rng.sample([[repeatSeq([0] as const, width(gi))], gi] as const, 2)]);
    gi = mirrf(gi);
    [h, w] = shape(gi);
  }
  return { input: gi, output: go };
}

function generate_321b1fc6(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [8, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [8, 30] as const);
  const objh = unifint(rng, diff_lb, diff_ub, [2, 5] as const);
  const objw = unifint(rng, diff_lb, diff_ub, [2, 5] as const);
  const bounds = asindices(canvas(0, [objh, objw]));
  let shp: Indices = set<IntegerTuple>([rng.choice(totuple(bounds))]);
  const nc = unifint(rng, diff_lb, diff_ub, [2, len(bounds) - 2] as const);
  for (let j = 0; j < nc; j++) {
    const ij = rng.choice(totuple(bounds.difference(shp).intersection(mapply(dneighbors, shp))));
    setAdd(shp, ij);
  }
  shp = normalize(shp);
  const bgc = rng.choice(cols);
  let remcols = remove(bgc, cols);
  const dmyc = rng.choice(remcols);
  remcols = remove(dmyc, remcols);
  const [oh, ow] = shape(shp);
  const loci = rng.randint(0, h - oh);
  const locj = rng.randint(0, w - ow);
  const shpp = shift(shp, [loci, locj]);
  const numco = unifint(rng, diff_lb, diff_ub, [2, 8] as const);
  const colll = rng.sample(remcols, numco);
  let shppc = frozenset(set([...shpp].map((ij): Cell => [rng.choice(colll), ij])));
  while (numcolors(shppc) === 1) {
    shppc = frozenset(set([...shpp].map((ij): Cell => [rng.choice(colll), ij])));
  }
  const shppcn = normalize(shppc);
  let gi = canvas(bgc, [h, w]);
  gi = paint(gi, shppc);
  let go: Grid = [...gi].map((e) => e);
  let ub: number = Math.floor(truediv(h * w, oh * ow) / 2);
  ub = Math.max(1, ub);
  const numlocs = unifint(rng, diff_lb, diff_ub, [1, ub] as const);
  let cnt = 0;
  let fails = 0;
  const maxfails = 5 * numlocs;
  let idns = asindices(gi).difference(shpp).difference(mapply(dneighbors, shpp));
  idns = sfilter(idns, (ij) => ij[0] <= h - oh && ij[1] <= w - ow);
  while (cnt < numlocs && fails < maxfails) {
    if (len(idns) === 0) {
      break;
    }
    const loc = rng.choice(totuple(idns));
    const plcd = shift(shppcn, loc);
    const plcdi = toindices(plcd);
    if (plcdi.issubset(idns)) {
      go = paint(go, plcd);
      gi = fill(gi, dmyc, plcdi);
      cnt += 1;
      idns = idns.difference(plcdi).difference(mapply(dneighbors, plcdi));
    } else {
      fails += 1;
    }
  }
  go = fill(go, bgc, shpp);
  return { input: gi, output: go };
}

function generate_6455b5f5(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = difference(interval(0, 10, 1), [1, 8] as const);
  let gi: Grid;
  let j: number;
  let ln: Indices;
  let objs: Objects;
  let ro: ArcObject;
  let vfr: boolean;
  while (true) {
    const h = unifint(rng, diff_lb, diff_ub, [6, 30] as const);
    const w = unifint(rng, diff_lb, diff_ub, [6, 30] as const);
    const bgc = rng.choice(cols);
    const fgc = rng.choice(remove(bgc, cols));
    gi = canvas(bgc, [h, w]);
    const ub = int((h * w) ** 0.5 * 1.5);
    const num = unifint(rng, diff_lb, diff_ub, [1, ub] as const);
    for (let k = 0; k < num; k++) {
      objs = colorfilter(objects(gi, T, T, F), bgc);
      const eligobjs = sfilter(objs, (o) => height(o) > 2 || width(o) > 2);
      if (len(eligobjs) === 0) {
        break;
      }
      if (rng.choice([true, false])) {
        ro = argmax(eligobjs, size);
      } else {
        ro = rng.choice(totuple(eligobjs));
      }
      if (rng.choice([true, false])) {
        vfr = height(ro) < width(ro);
      } else {
        vfr = rng.choice([true, false]);
      }
      if (vfr && width(ro) < 3) {
        vfr = false;
      }
      if (!vfr && height(ro) < 3) {
        vfr = true;
      }
      if (vfr) {
        j = rng.randint(leftmost(ro) + 1, rightmost(ro) - 1);
        ln = connect([uppermost(ro), j], [lowermost(ro), j]);
      } else {
        j = rng.randint(uppermost(ro) + 1, lowermost(ro) - 1);
        ln = connect([j, leftmost(ro)], [j, rightmost(ro)]);
      }
      gi = fill(gi, fgc, ln);
    }
    objs = colorfilter(objects(gi, T, T, F), bgc);
    if (valmin(objs, size) !== valmax(objs, size)) {
      break;
    }
  }
  const lblues = mfilter(objs, matcher(size, valmin(objs, size)));
  const dblues = mfilter(objs, matcher(size, valmax(objs, size)));
  let go = fill(gi, 8, lblues);
  go = fill(go, 1, dblues);
  return { input: gi, output: go };
}

function generate_4c5c2cf0(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const oh = unifint(rng, diff_lb, diff_ub, [2, Math.floor((h - 3) / 2)] as const);
  const ow = unifint(rng, diff_lb, diff_ub, [2, Math.floor((w - 3) / 2)] as const);
  const bgc = rng.choice(cols);
  let remcols = remove(bgc, cols);
  const cc = rng.choice(remcols);
  remcols = remove(cc, remcols);
  const objc = rng.choice(remcols);
  let sg = canvas(bgc, [oh, ow]);
  const locc = [oh - 1, ow - 1] as const;
  sg = fill(sg, cc, set<IntegerTuple>([locc]));
  const reminds = totuple(remove(locc, asindices(sg)));
  let ncells = unifint(rng, diff_lb, diff_ub, [1, Math.max(1, int((2 / 3) * oh * ow))] as const);
  let cells = rng.sample(reminds, ncells);
  while (ncells === 5 && eq(shape(cells), [3, 3] as const)) {
    ncells = unifint(rng, diff_lb, diff_ub, [1, Math.max(1, int((2 / 3) * oh * ow))] as const);
    cells = rng.sample(reminds, ncells);
  }
  sg = fill(sg, objc, cells);
  const G1 = sg;
  const G2 = vmirror(sg);
  const G3 = hmirror(sg);
  const G4 = vmirror(hmirror(sg));
  const vbar = canvas(bgc, [oh, 1]);
  const hbar = canvas(bgc, [1, ow]);
  const cp = canvas(cc, [1, 1]);
  const topg = hconcat(hconcat(G1, vbar), G2);
  const botg = hconcat(hconcat(G3, vbar), G4);
  const ggm = hconcat(hconcat(hbar, cp), hbar);
  const GG = vconcat(vconcat(topg, ggm), botg);
  const gg = asobject(GG);
  const canv = canvas(bgc, [h, w]);
  const loci = rng.randint(0, h - 2 * oh - 1);
  const locj = rng.randint(0, w - 2 * ow - 1);
  const loc = [loci, locj] as const;
  let go = paint(canv, shift(gg, loc));
  let gi = paint(canv, shift(asobject(sg), loc));
  gi = fill(gi, cc, ofcolor(go, cc));
  const rotf = rng.choice<GridFunction>([identity, rot90, rot180, rot270]);
  gi = rotf(gi);
  go = rotf(go);
  return { input: gi, output: go };
}

function generate_56ff96f3(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const bgc = rng.choice(cols);
  let remcols = remove(bgc, cols);
  let gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [h, w]);
  const num = unifint(rng, diff_lb, diff_ub, [1, 9] as const);
  let indss = asindices(gi);
  const maxtrials = 4 * num;
  let tr = 0;
  let succ = 0;
  let cnrs: readonly [IntegerTuple, IntegerTuple];
  while (succ < num && tr <= maxtrials) {
    if (len(remcols) === 0 || len(indss) === 0) {
      break;
    }
    const oh = rng.randint(2, 7);
    const ow = rng.randint(2, 7);
    const subs = totuple(sfilter(indss, (ij) => ij[0] < h - oh && ij[1] < w - ow));
    if (len(subs) === 0) {
      tr += 1;
      continue;
    }
    const [loci, locj] = rng.choice(subs);
    const obj = frozenset(
      set<IntegerTuple>([
        [loci, locj],
        [loci + oh - 1, locj + ow - 1],
      ]),
    );
    const bd = backdrop(obj);
    const col = rng.choice(remcols);
    if (bd.issubset(indss)) {
      remcols = remove(col, remcols);
      if (rng.choice([true, false])) {
        cnrs = [
          [loci, locj],
          [loci + oh - 1, locj + ow - 1],
        ] as const;
      } else {
        cnrs = [
          [loci + oh - 1, locj],
          [loci, locj + ow - 1],
        ] as const;
      }
      gi = fill(gi, col, cnrs);
      go = fill(go, col, bd);
      succ += 1;
      indss = indss.difference(bd);
    }
    tr += 1;
  }
  return { input: gi, output: go };
}

function generate_2c608aff(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const boxh = unifint(rng, diff_lb, diff_ub, [2, Math.floor(h / 2)] as const);
  const boxw = unifint(rng, diff_lb, diff_ub, [2, Math.floor(w / 2)] as const);
  const loci = rng.randint(0, h - boxh);
  const locj = rng.randint(0, w - boxw);
  const bgc = rng.choice(cols);
  let remcols = remove(bgc, cols);
  const ccol = rng.choice(remcols);
  remcols = remove(ccol, remcols);
  const dcol = rng.choice(remcols);
  const bd = backdrop(
    frozenset(
      set<IntegerTuple>([
        [loci, locj],
        [loci + boxh - 1, locj + boxw - 1],
      ]),
    ),
  );
  let gi = canvas(bgc, [h, w]);
  gi = fill(gi, ccol, bd);
  const reminds = totuple(asindices(gi).difference(backdrop(outbox(bd))));
  const noiseb = Math.max(1, Math.floor(len(reminds) / 4));
  const nnoise = unifint(rng, diff_lb, diff_ub, [0, noiseb] as const);
  const noise = rng.sample(reminds, nnoise);
  gi = fill(gi, dcol, noise);
  let go: Grid = [...gi].map((e) => e);
  const hs = interval(loci, loci + boxh, 1);
  const ws = interval(locj, locj + boxw, 1);
  for (const ij of noise) {
    const [a, b] = unpack(ij, 2);
    if (contains(hs, a)) {
      go = fill(go, dcol, connect(ij, [a, locj]));
    } else {
      if (contains(ws, b)) {
        go = fill(go, dcol, connect(ij, [loci, b]));
      }
    }
  }
  go = fill(go, ccol, bd);
  return { input: gi, output: go };
}

function generate_e98196ab(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [3, 14] as const);
  const w = unifint(rng, diff_lb, diff_ub, [3, 30] as const);
  const bgc = rng.choice(cols);
  let remcols = remove(bgc, cols);
  const linc = rng.choice(remcols);
  remcols = remove(linc, remcols);
  const topc = rng.choice(remcols);
  remcols = remove(topc, remcols);
  const botc = rng.choice(remcols);
  const c = canvas(bgc, [h, w]);
  const inds = totuple(asindices(c));
  const nocc = unifint(rng, diff_lb, diff_ub, [2, Math.floor((h * w) / 2)] as const);
  const subs = rng.sample(inds, nocc);
  const numa = rng.randint(1, nocc - 1);
  const A = rng.sample(subs, numa);
  const B = difference(subs, A);
  const topg = fill(c, topc, A);
  const botg = fill(c, botc, B);
  let go = fill(topg, botc, B);
  const br = canvas(linc, [1, w]);
  let gi = vconcat(vconcat(topg, br), botg);
  if (rng.choice([true, false])) {
    gi = dmirror(gi);
    go = dmirror(go);
  }
  return { input: gi, output: go };
}

function generate_c9f8e694(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(1, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [5, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [5, 30] as const);
  const bgc = 0;
  let remcols = remove(bgc, cols);
  const sqc = rng.choice(remcols);
  remcols = remove(sqc, remcols);
  unifint(rng, diff_lb, diff_ub, [1, Math.min(h, 8)] as const);
  const nsq = unifint(rng, diff_lb, diff_ub, [1, 8] as const);
  let gir = canvas(bgc, [h, w - 1]);
  let gil = range(h).map(() => [rng.choice(remcols)] as const);
  const inds = asindices(gir);
  let succ = 0;
  let fails = 0;
  const maxfails = nsq * 5;
  while (succ < nsq && fails < maxfails) {
    const loci = rng.randint(0, h - 3);
    const locj = rng.randint(0, w - 3);
    const lock = rng.randint(
      loci + 1,
      Math.min(loci + Math.max(1, Math.floor((2 * h) / 3)), h - 1),
    );
    const locl = rng.randint(
      locj + 1,
      Math.min(locj + Math.max(1, Math.floor((2 * w) / 3)), w - 1),
    );
    const bd = backdrop(
      frozenset(
        set<IntegerTuple>([
          [loci, locj],
          [lock, locl],
        ]),
      ),
    );
    if (bd.issubset(inds)) {
      gir = fill(gir, sqc, bd);
      succ += 1;
    } else {
      fails += 1;
    }
  }
  const locs = ofcolor(gir, sqc);
  gil = enumerate(gil).map(([idx, e]) =>
    contains(apply(first, locs), idx) ? e : ([bgc] as const),
  );
  const fullobj = toobject(locs, hupscale(gil, w));
  let gi = hconcat(gil, gir);
  const giro = paint(gir, fullobj);
  let go = hconcat(gil, giro);
  const rotf = rng.choice<GridFunction>([identity, rot90, rot180, rot270]);
  gi = rotf(gi);
  go = rotf(go);
  return { input: gi, output: go };
}

function generate_eb5a1d5d(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const d = unifint(rng, diff_lb, diff_ub, [2, 10] as const);
  let go = canvas(-1, [d * 2 - 1, d * 2 - 1]);
  const colss = rng.sample(cols, d);
  for (const [j, cc] of enumerate(colss)) {
    go = fill(
      go,
      cc,
      box(frozenset(set([[j, j] as const, [2 * d - 2 - j, 2 * d - 2 - j] as const]))),
    );
  }
  const nvenl = unifint(rng, diff_lb, diff_ub, [0, 30 - d] as const);
  const nhenl = unifint(rng, diff_lb, diff_ub, [0, 30 - d] as const);
  const enl = [nvenl, nhenl];
  let gi: Grid = [...go].map((e) => e);
  while ((at(enl, 0) > 0 || at(enl, 1) > 0) && pymax(shape(gi)) < 30) {
    const opts: (readonly [GridFunction, number])[] = [];
    if (at(enl, 0) > 0) {
      opts.push([identity, 0]);
    }
    if (at(enl, 1) > 0) {
      opts.push([dmirror, 1]);
    }
    const [mirrf, ch] = rng.choice(opts);
    gi = mirrf(gi);
    const idx = rng.randint(0, len(gi) - 1);
    gi = concat(gi.slice(0, idx + 1), gi.slice(idx));
    gi = mirrf(gi);
    enl[ch] = at(enl, ch) - 1;
  }
  return { input: gi, output: go };
}

function generate_82819916(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [5, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [5, 30] as const);
  const bgc = rng.choice(cols);
  const remcols = remove(bgc, cols);
  const [ass, bss] = unpack(rng.sample(remcols, 2), 2);
  const itv = interval(0, w, 1);
  const na = rng.randint(2, w - 2);
  let alocs = rng.sample(itv, na);
  let blocs = difference(itv, alocs);
  if (pymin(alocs) > pymin(blocs)) {
    [alocs, blocs] = [blocs, alocs];
  }
  const llocs = rng.randint(0, h - 1);
  let gi = canvas(bgc, [h, w]);
  gi = fill(gi, ass, set(alocs.map((j) => [llocs, j] as const)));
  gi = fill(gi, bss, set(blocs.map((j) => [llocs, j] as const)));
  const numl = unifint(rng, diff_lb, diff_ub, [1, Math.max(1, Math.floor((h - 1) / 2))] as const);
  let remlocs = remove(llocs, interval(0, h, 1));
  for (let k = 0; k < numl; k++) {
    const lloc = rng.choice(remlocs);
    remlocs = remove(lloc, remlocs);
    const [a, b] = unpack(rng.sample(remcols, 2), 2);
    gi = fill(gi, a, set(alocs.map((j) => [lloc, j] as const)));
    gi = fill(gi, b, set(blocs.map((j) => [lloc, j] as const)));
  }
  const cutoff = pymin(blocs) + 1;
  let go: Grid = [...gi].map((e) => e);
  gi = fill(gi, bgc, backdrop(frozenset(set([[0, cutoff] as const, [h - 1, w - 1] as const]))));
  gi = fill(gi, ass, set(alocs.map((j) => [llocs, j] as const)));
  gi = fill(gi, bss, set(blocs.map((j) => [llocs, j] as const)));
  const rotf = rng.choice<GridFunction>([identity, rot90, rot180, rot270]);
  gi = rotf(gi);
  go = rotf(go);
  return { input: gi, output: go };
}

function generate_5daaa586(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [7, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [7, 30] as const);
  let loci1 = rng.randint(1, h - 4);
  let locj1 = rng.randint(1, w - 4);
  const loci1dev = unifint(rng, diff_lb, diff_ub, [0, loci1 - 1] as const);
  const locj1dev = unifint(rng, diff_lb, diff_ub, [0, locj1 - 1] as const);
  loci1 -= loci1dev;
  locj1 -= locj1dev;
  const loci2 = unifint(rng, diff_lb, diff_ub, [loci1 + 2, h - 2] as const);
  const locj2 = unifint(rng, diff_lb, diff_ub, [locj1 + 2, w - 2] as const);
  const bgc = rng.choice(cols);
  const remcols = remove(bgc, cols);
  const [c1, c2, c3, c4] = unpack(rng.sample(remcols, 4), 4);
  const f1 = recolor(c1, hfrontier(toivec(loci1)));
  const f2 = recolor(c2, hfrontier(toivec(loci2)));
  const f3 = recolor(c3, vfrontier(tojvec(locj1)));
  const f4 = recolor(c4, vfrontier(tojvec(locj2)));
  let gi = canvas(bgc, [h, w]);
  const fronts = [f1, f2, f3, f4];
  rng.shuffle(fronts);
  for (const fr of fronts) {
    gi = paint(gi, fr);
  }
  const cands = totuple(ofcolor(gi, bgc));
  const nn = len(cands);
  let nnoise = unifint(rng, diff_lb, diff_ub, [1, Math.max(1, Math.floor(nn / 3))] as const);
  let noise = rng.sample(cands, nnoise);
  gi = fill(gi, c1, noise);
  while (len(frontiers(gi)) > 4) {
    gi = fill(gi, bgc, noise);
    nnoise = unifint(rng, diff_lb, diff_ub, [1, Math.max(1, Math.floor(nn / 3))] as const);
    noise = rng.sample(cands, nnoise);
    if (len(set(noise).intersection(ofcolor(gi, c1))) >= len(ofcolor(gi, bgc))) {
      break;
    }
    gi = fill(gi, c1, noise);
  }
  let go = crop(gi, [loci1, locj1], [loci2 - loci1 + 1, locj2 - locj1 + 1]);
  const ns = ofcolor(go, c1);
  go = fill(go, c1, mapply(rbind(shoot, [-1, 0]), ns));
  const rotf = rng.choice<GridFunction>([identity, rot90, rot180, rot270]);
  gi = rotf(gi);
  go = rotf(go);
  return { input: gi, output: go };
}

function generate_68b16354(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [1, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [1, 30] as const);
  const bgc = rng.choice(cols);
  let gi = canvas(bgc, [h, w]);
  const remcols = remove(bgc, cols);
  const numc = unifint(rng, diff_lb, diff_ub, [0, Math.min(9, h * w)] as const);
  const colsch = rng.sample(remcols, numc);
  let inds = totuple(asindices(gi));
  for (const col of colsch) {
    const num = unifint(rng, diff_lb, diff_ub, [
      1,
      Math.max(1, floordiv(len(inds), numc)),
    ] as const);
    const chos = rng.sample(inds, num);
    gi = fill(gi, col, chos);
    inds = difference(inds, chos);
  }
  const go = hmirror(gi);
  return { input: gi, output: go };
}

function generate_bb43febb(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = remove(2, interval(0, 10, 1));
  const h = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const bgc = rng.choice(cols);
  let remcols = remove(bgc, cols);
  let gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [h, w]);
  const num = unifint(rng, diff_lb, diff_ub, [1, 8] as const);
  let indss = asindices(gi);
  const maxtrials = 4 * num;
  let tr = 0;
  let succ = 0;
  while (succ < num && tr <= maxtrials) {
    if (len(remcols) === 0 || len(indss) === 0) {
      break;
    }
    const oh = rng.randint(3, 7);
    const ow = rng.randint(3, 7);
    const subs = totuple(sfilter(indss, (ij) => ij[0] < h - oh && ij[1] < w - ow));
    if (len(subs) === 0) {
      tr += 1;
      continue;
    }
    const [loci, locj] = rng.choice(subs);
    const obj = frozenset(
      set<IntegerTuple>([
        [loci, locj],
        [loci + oh - 1, locj + ow - 1],
      ]),
    );
    const bd = backdrop(obj);
    const col = rng.choice(remcols);
    if (bd.issubset(indss)) {
      remcols = remove(col, remcols);
      gi = fill(gi, col, bd);
      go = fill(go, 2, bd);
      go = fill(go, col, box(obj));
      succ += 1;
      indss = indss.difference(bd);
    }
    tr += 1;
  }
  return { input: gi, output: go };
}

function generate_9ecd008a(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(1, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [3, 15] as const);
  const w = h;
  const bgc = rng.choice(cols);
  let remcols = remove(bgc, cols);
  const numcols = unifint(rng, diff_lb, diff_ub, [1, 8] as const);
  remcols = rng.sample(remcols, numcols);
  const canv = canvas(bgc, [h, w]);
  const nc = unifint(rng, diff_lb, diff_ub, [1, h * w] as const);
  let bx = asindices(canv);
  const obj = set([[rng.choice(remcols), rng.choice(totuple(bx))] as const]);
  for (let kk = 0; kk < nc - 1; kk++) {
    const dns = mapply(neighbors, toindices(obj));
    const ch = rng.choice(totuple(bx.intersection(dns)));
    obj.add([rng.choice(remcols), ch] as const);
    bx = bx.difference(set<IntegerTuple>([ch]));
  }
  let gi = paint(canv, obj);
  const tr = sfilter(asobject(dmirror(gi)), (cij) => cij[1][1] >= cij[1][0]);
  gi = paint(gi, tr);
  gi = hconcat(gi, vmirror(gi));
  gi = vconcat(gi, hmirror(gi));
  const locidev = unifint(rng, diff_lb, diff_ub, [1, 2 * h] as const);
  const locjdev = unifint(rng, diff_lb, diff_ub, [1, w] as const);
  const loci = 2 * h - locidev;
  const locj = w - locjdev;
  const loci2 = unifint(rng, diff_lb, diff_ub, [loci, 2 * h - 1] as const);
  const locj2 = unifint(rng, diff_lb, diff_ub, [locj, w - 1] as const);
  const bd = backdrop(
    frozenset(
      set<IntegerTuple>([
        [loci, locj],
        [loci2, locj2],
      ]),
    ),
  );
  let go = subgrid(bd, gi);
  gi = fill(gi, 0, bd);
  const rotf = rng.choice<GridFunction>([identity, rot90, rot180, rot270]);
  gi = rotf(gi);
  go = rotf(go);
  return { input: gi, output: go };
}

function generate_f25ffba3(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(1, 10, 1);
  let h = unifint(rng, diff_lb, diff_ub, [1, 14] as const);
  h = h * 2 + 1;
  const w = unifint(rng, diff_lb, diff_ub, [3, 15] as const);
  const bgc = rng.choice(cols);
  let remcols = remove(bgc, cols);
  const numcols = unifint(rng, diff_lb, diff_ub, [1, 8] as const);
  remcols = rng.sample(remcols, numcols);
  const canv = canvas(bgc, [h, w]);
  const nc = unifint(rng, diff_lb, diff_ub, [2, h * w - 2] as const);
  let bx = asindices(canv);
  const obj = set([[rng.choice(remcols), rng.choice(totuple(bx))] as const]);
  let ch: IntegerTuple;
  let dns: Indices;
  for (let kk = 0; kk < nc - 1; kk++) {
    dns = mapply(neighbors, toindices(obj));
    ch = rng.choice(totuple(bx.intersection(dns)));
    obj.add([rng.choice(remcols), ch] as const);
    bx = bx.difference(set<IntegerTuple>([ch]));
  }
  while (uppermost(obj) > Math.floor(h / 2) - 1 || lowermost(obj) < Math.floor(h / 2) + 1) {
    dns = mapply(neighbors, toindices(obj));
    ch = rng.choice(totuple(bx.intersection(dns)));
    obj.add([rng.choice(remcols), ch] as const);
    bx = bx.difference(set<IntegerTuple>([ch]));
  }
  let gix = paint(canv, obj);
  gix = apply(rbind(order, matcher(identity, bgc)), gix);
  let gi = hconcat(gix, canv);
  let go = hconcat(gix, vmirror(gix));
  if (rng.choice([true, false])) {
    gi = vmirror(gi);
    go = vmirror(go);
  }
  if (rng.choice([true, false])) {
    gi = hmirror(gi);
    go = hmirror(go);
  }
  return { input: gi, output: go };
}

function generate_3bdb4ada(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const bgc = rng.choice(cols);
  let remcols = remove(bgc, cols);
  let gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [h, w]);
  const num = unifint(rng, diff_lb, diff_ub, [1, 8] as const);
  let indss = asindices(gi);
  const maxtrials = 4 * num;
  let tr = 0;
  let succ = 0;
  let ln: Indices;
  let oh: number;
  let ow: number;
  while (succ < num && tr <= maxtrials) {
    if (len(remcols) === 0 || len(indss) === 0) {
      break;
    }
    if (rng.choice([true, false])) {
      oh = 3;
      ow = unifint(rng, diff_lb, diff_ub, [1, Math.max(1, Math.floor(w / 2) - 1)] as const) * 2 + 1;
    } else {
      ow = 3;
      oh = unifint(rng, diff_lb, diff_ub, [1, Math.max(1, Math.floor(h / 2) - 1)] as const) * 2 + 1;
    }
    const subs = totuple(sfilter(indss, (ij) => ij[0] < h - oh && ij[1] < w - ow));
    if (len(subs) === 0) {
      tr += 1;
      continue;
    }
    const [loci, locj] = rng.choice(subs);
    const obj = frozenset(
      set<IntegerTuple>([
        [loci, locj],
        [loci + oh - 1, locj + ow - 1],
      ]),
    );
    const bd = backdrop(obj);
    const col = rng.choice(remcols);
    if (bd.issubset(indss)) {
      remcols = remove(col, remcols);
      gi = fill(gi, col, bd);
      go = fill(go, col, bd);
      if (oh === 3) {
        ln = set(range(locj + 1, locj + ow, 2).map((j) => [loci + 1, j] as const));
      } else {
        ln = set(range(loci + 1, loci + oh, 2).map((j) => [j, locj + 1] as const));
      }
      go = fill(go, bgc, ln);
      succ += 1;
      indss = indss.difference(bd);
    }
    tr += 1;
  }
  return { input: gi, output: go };
}

function generate_2013d3e2(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(1, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [3, 10] as const);
  const w = h;
  const bgc = rng.choice(cols);
  let remcols = remove(bgc, cols);
  const numcols = unifint(rng, diff_lb, diff_ub, [1, 8] as const);
  remcols = rng.sample(remcols, numcols);
  const canv = canvas(bgc, [h, w]);
  const nc = unifint(rng, diff_lb, diff_ub, [2, h * w - 1] as const);
  let bx = asindices(canv);
  const obj = set([[rng.choice(remcols), rng.choice(totuple(bx))] as const]);
  for (let kk = 0; kk < nc - 1; kk++) {
    const dns = mapply(neighbors, toindices(obj));
    const ch = rng.choice(totuple(bx.intersection(dns)));
    obj.add([rng.choice(remcols), ch] as const);
    bx = bx.difference(set<IntegerTuple>([ch]));
  }
  let gi = paint(canv, obj);
  const gi1 = hconcat(gi, rot90(gi));
  const gi2 = hconcat(rot270(gi), rot180(gi));
  gi = vconcat(gi1, gi2);
  const fullh = unifint(rng, diff_lb, diff_ub, [2 * h, 30] as const);
  const fullw = unifint(rng, diff_lb, diff_ub, [2 * w, 30] as const);
  const gio = asobject(gi);
  const gic = canvas(bgc, [fullh, fullw]);
  const loci = rng.randint(0, fullh - 2 * h);
  const locj = rng.randint(0, fullw - 2 * w);
  gi = paint(gic, shift(gio, [loci, locj]));
  const reminds = difference(asindices(gi), ofcolor(gi, bgc));
  const go = lefthalf(tophalf(subgrid(reminds, gi)));
  return { input: gi, output: go };
}

function generate_aabf363d(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [3, 28] as const);
  const w = unifint(rng, diff_lb, diff_ub, [3, 28] as const);
  const bgc = rng.choice(cols);
  let remcols = remove(bgc, cols);
  const cola = rng.choice(remcols);
  remcols = remove(cola, remcols);
  const colb = rng.choice(remcols);
  const c = canvas(bgc, [h, w]);
  const bounds = asindices(c);
  const sp = rng.choice(totuple(bounds));
  const ub = Math.min(h * w - 1, Math.max(1, (2 / 3) * h * w));
  const ncells = unifint(rng, diff_lb, diff_ub, [1, ub] as const);
  let shp: Indices = set<IntegerTuple>([sp]);
  for (let k = 0; k < ncells; k++) {
    const ij = rng.choice(totuple(bounds.difference(shp).intersection(mapply(neighbors, shp))));
    setAdd(shp, ij);
  }
  shp = shift(shp, [1, 1]);
  const c2 = canvas(bgc, [h + 2, w + 2]);
  let gi = fill(c2, cola, shp);
  const go = fill(c2, colb, shp);
  gi = fill(gi, colb, set<IntegerTuple>([rng.choice(totuple(ofcolor(gi, bgc)))]));
  return { input: gi, output: go };
}

function generate_d037b0a7(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [3, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [3, 30] as const);
  const bgc = rng.choice(cols);
  const remcols = remove(bgc, cols);
  let gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [h, w]);
  const nlocs = unifint(rng, diff_lb, diff_ub, [1, w] as const);
  const locs = rng.sample(interval(0, w, 1), nlocs);
  for (const j of locs) {
    const col = rng.choice(remcols);
    const loci = rng.randint(0, h - 1);
    const loc = [loci, j] as const;
    gi = fill(gi, col, set<IntegerTuple>([loc]));
    go = fill(go, col, connect(loc, [h - 1, j]));
  }
  return { input: gi, output: go };
}

function generate_e26a3af2(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const nr = unifint(rng, diff_lb, diff_ub, [1, 10] as const);
  const w = unifint(rng, diff_lb, diff_ub, [4, 30] as const);
  const scols = rng.sample(cols, nr);
  const sgs = scols.map((col) => canvas(col, [2, w]));
  const numexp = unifint(rng, diff_lb, diff_ub, [0, 30 - nr] as const);
  for (let k = 0; k < numexp; k++) {
    const idx = rng.randint(0, nr - 1);
    sgs[idx] = concat(at(sgs, idx), at(sgs, idx).slice(-1));
  }
  const sgs2: Grid[] = [];
  for (const [idx, col] of enumerate(scols)) {
    const sg = at(sgs, idx);
    const [a, b] = shape(sg);
    const ub = Math.floor((a * b) / 2) - 1;
    const nnoise = unifint(rng, diff_lb, diff_ub, [0, ub] as const);
    const inds = totuple(asindices(sg));
    const noiseinds = rng.sample(inds, nnoise);
    const oc = remove(col, cols);
    const noise = frozenset(set(noiseinds.map((ij): Cell => [rng.choice(oc), ij])));
    let sg2 = paint(sg, noise);
    for (const idxx of [0, -1]) {
      while (sum(at(sg2, idxx).map((e) => eq(e, col))) < Math.floor(w / 2)) {
        const locs = enumerate(at(sg2, idxx))
          .filter(([_j, e]) => !eq(e, col))
          .map(([j, _e]) => j);
        const ch = rng.choice(locs);
        if (idxx === 0) {
          sg2 = concat(
            [
              concat(concat(at(sg2, 0).slice(0, ch), [col] as const), at(sg2, 0).slice(ch + 1)),
            ] as const,
            sg2.slice(1),
          );
        } else {
          sg2 = concat(sg2.slice(0, -1), [
            concat(concat(at(sg2, -1).slice(0, ch), [col] as const), at(sg2, -1).slice(ch + 1)),
          ] as const);
        }
      }
    }
    sgs2.push(sg2);
  }
  let gi: Grid = sgs2.flatMap((sg) => [...sg].map((row) => row));
  let go: Grid = sgs.flatMap((sg) => [...sg].map((row) => row));
  if (rng.choice([true, false])) {
    gi = dmirror(gi);
    go = dmirror(go);
  }
  return { input: gi, output: go };
}

function generate_b8825c91(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = remove(4, interval(0, 10, 1));
  const h = unifint(rng, diff_lb, diff_ub, [3, 15] as const);
  const w = h;
  const bgc = rng.choice(cols);
  let remcols = remove(bgc, cols);
  const numcols = unifint(rng, diff_lb, diff_ub, [1, 8] as const);
  remcols = rng.sample(remcols, numcols);
  const canv = canvas(bgc, [h, w]);
  const nc = unifint(rng, diff_lb, diff_ub, [1, h * w] as const);
  let bx = asindices(canv);
  const obj = set([[rng.choice(remcols), rng.choice(totuple(bx))] as const]);
  for (let kk = 0; kk < nc - 1; kk++) {
    const dns = mapply(neighbors, toindices(obj));
    const ch = rng.choice(totuple(bx.intersection(dns)));
    obj.add([rng.choice(remcols), ch] as const);
    bx = bx.difference(set<IntegerTuple>([ch]));
  }
  let gi = paint(canv, obj);
  const tr = sfilter(asobject(dmirror(gi)), (cij) => cij[1][1] >= cij[1][0]);
  gi = paint(gi, tr);
  gi = hconcat(gi, vmirror(gi));
  gi = vconcat(gi, hmirror(gi));
  let go: Grid = [...gi].map((e) => e);
  for (const alph of [2, 1] as const) {
    const locidev = unifint(rng, diff_lb, diff_ub, [1, alph * h] as const);
    const locjdev = unifint(rng, diff_lb, diff_ub, [1, w] as const);
    const loci = alph * h - locidev;
    const locj = w - locjdev;
    const loci2 = unifint(rng, diff_lb, diff_ub, [loci, alph * h - 1] as const);
    const locj2 = unifint(rng, diff_lb, diff_ub, [locj, w - 1] as const);
    const bd = backdrop(
      frozenset(
        set<IntegerTuple>([
          [loci, locj],
          [loci2, locj2],
        ]),
      ),
    );
    gi = fill(gi, 4, bd);
    [gi, go] = [rot180(gi), rot180(go)];
  }
  const mfs = [
    identity,
    dmirror,
    cmirror,
    vmirror,
    hmirror,
    rot90,
    rot180,
    rot270,
  ] as GridFunction[];
  const nmfs = rng.choice([1, 2] as const);
  for (const fn of rng.sample(mfs, nmfs)) {
    gi = fn(gi);
    go = fn(go);
  }
  return { input: gi, output: go };
}

function generate_ba97ae07(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [3, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [3, 30] as const);
  const bgc = rng.choice(cols);
  const remcols = remove(bgc, cols);
  let gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [h, w]);
  const lineh = unifint(rng, diff_lb, diff_ub, [1, Math.floor(h / 3)] as const);
  const linew = unifint(rng, diff_lb, diff_ub, [1, Math.floor(w / 3)] as const);
  const loci = rng.randint(1, h - lineh - 1);
  const locj = rng.randint(1, w - linew - 1);
  const acol = rng.choice(remcols);
  const bcol = rng.choice(remove(acol, remcols));
  for (let a = 0; a < lineh; a++) {
    gi = fill(gi, acol, connect([loci + a, 0], [loci + a, w - 1]));
  }
  for (let b = 0; b < linew; b++) {
    gi = fill(gi, bcol, connect([0, locj + b], [h - 1, locj + b]));
  }
  for (let b = 0; b < linew; b++) {
    go = fill(go, bcol, connect([0, locj + b], [h - 1, locj + b]));
  }
  for (let a = 0; a < lineh; a++) {
    go = fill(go, acol, connect([loci + a, 0], [loci + a, w - 1]));
  }
  if (rng.choice([true, false])) {
    gi = dmirror(gi);
    go = dmirror(go);
  }
  return { input: gi, output: go };
}

function generate_c909285e(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [5, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [5, 30] as const);
  const nfronts = unifint(rng, diff_lb, diff_ub, [1, Math.floor((h + w) / 2)] as const);
  const bgc = rng.choice(cols);
  let remcols = remove(bgc, cols);
  const boxcol = rng.choice(remcols);
  remcols = remove(boxcol, remcols);
  let gi = canvas(bgc, [h, w]);
  let inds = totuple(asindices(gi));
  for (let k = 0; k < nfronts; k++) {
    const ff = rng.choice([hfrontier, vfrontier] as const);
    const loc = rng.choice(inds);
    inds = remove(loc, inds);
    const col = rng.choice(remcols);
    gi = fill(gi, col, ff(loc));
  }
  const oh = unifint(rng, diff_lb, diff_ub, [3, Math.max(3, Math.floor((h - 2) / 2))] as const);
  const ow = unifint(rng, diff_lb, diff_ub, [3, Math.max(3, Math.floor((w - 2) / 2))] as const);
  const loci = rng.randint(1, h - oh - 1);
  const locj = rng.randint(1, w - ow - 1);
  const bx = box(
    frozenset(
      set<IntegerTuple>([
        [loci, locj],
        [loci + oh - 1, locj + ow - 1],
      ]),
    ),
  );
  gi = fill(gi, boxcol, bx);
  const go = subgrid(bx, gi);
  return { input: gi, output: go };
}

function generate_d511f180(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = difference(interval(0, 10, 1), [5, 8] as const);
  const h = unifint(rng, diff_lb, diff_ub, [2, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [2, 30] as const);
  const numc = unifint(rng, diff_lb, diff_ub, [1, 8] as const);
  const ccols = rng.sample(cols, numc);
  const c = canvas(-1, [h, w]);
  const inds = totuple(asindices(c));
  const numbg = unifint(rng, diff_lb, diff_ub, [0, Math.floor((h * w) / 2)] as const);
  const bginds = rng.sample(inds, numbg);
  const idx = rng.randint(0, numbg);
  const blues = bginds.slice(0, idx);
  const greys = bginds.slice(idx);
  const rem = difference(inds, bginds);
  let gi = fill(c, 8, blues);
  gi = fill(gi, 5, greys);
  let go = fill(c, 5, blues);
  go = fill(go, 8, greys);
  for (const ij of rem) {
    const col = rng.choice(ccols);
    gi = fill(gi, col, set([ij]));
    go = fill(go, col, set([ij]));
  }
  return { input: gi, output: go };
}

export const GENERATORS_000_099: Readonly<Record<string, Generator>> = {
  dbc1a6ce: generate_dbc1a6ce,
  "2281f1f4": generate_2281f1f4,
  c1d99e64: generate_c1d99e64,
  "623ea044": generate_623ea044,
  "1190e5a7": generate_1190e5a7,
  "5614dbcf": generate_5614dbcf,
  "05269061": generate_05269061,
  "1c786137": generate_1c786137,
  "2204b7a8": generate_2204b7a8,
  "23581191": generate_23581191,
  "8be77c9e": generate_8be77c9e,
  "6d0aefbc": generate_6d0aefbc,
  "74dd1130": generate_74dd1130,
  "62c24649": generate_62c24649,
  "6150a2bd": generate_6150a2bd,
  "6fa7a44f": generate_6fa7a44f,
  "8d5021e8": generate_8d5021e8,
  "0520fde7": generate_0520fde7,
  "46442a0e": generate_46442a0e,
  "1b2d62fb": generate_1b2d62fb,
  "3428a4f5": generate_3428a4f5,
  "42a50994": generate_42a50994,
  "08ed6ac7": generate_08ed6ac7,
  "8f2ea7aa": generate_8f2ea7aa,
  "7fe24cdd": generate_7fe24cdd,
  "85c4e7cd": generate_85c4e7cd,
  "8e5a5113": generate_8e5a5113,
  "4c4377d9": generate_4c4377d9,
  a65b410d: generate_a65b410d,
  "5168d44c": generate_5168d44c,
  a9f96cdd: generate_a9f96cdd,
  "9172f3a0": generate_9172f3a0,
  "67a423a3": generate_67a423a3,
  db3e9e38: generate_db3e9e38,
  "9dfd6313": generate_9dfd6313,
  "746b3537": generate_746b3537,
  "75b8110e": generate_75b8110e,
  "1cf80156": generate_1cf80156,
  "28bf18c6": generate_28bf18c6,
  "22eb0ac0": generate_22eb0ac0,
  "4258a5f9": generate_4258a5f9,
  "1e0a9b12": generate_1e0a9b12,
  "9565186b": generate_9565186b,
  "6e02f1e3": generate_6e02f1e3,
  "2dc579da": generate_2dc579da,
  "2dee498d": generate_2dee498d,
  "508bd3b6": generate_508bd3b6,
  "88a62173": generate_88a62173,
  "3aa6fb7a": generate_3aa6fb7a,
  "3ac3eb23": generate_3ac3eb23,
  c3e719e8: generate_c3e719e8,
  "29c11459": generate_29c11459,
  "23b5c85d": generate_23b5c85d,
  "1bfc4729": generate_1bfc4729,
  "47c1f68c": generate_47c1f68c,
  "178fcbfb": generate_178fcbfb,
  ae4f1146: generate_ae4f1146,
  "3de23699": generate_3de23699,
  "7ddcd7ec": generate_7ddcd7ec,
  "5c2c9af4": generate_5c2c9af4,
  "0b148d64": generate_0b148d64,
  beb8660c: generate_beb8660c,
  "8d510a79": generate_8d510a79,
  "7468f01a": generate_7468f01a,
  "09629e4f": generate_09629e4f,
  "4347f46a": generate_4347f46a,
  "6d58a25d": generate_6d58a25d,
  "363442ee": generate_363442ee,
  "855e0971": generate_855e0971,
  "137eaa0f": generate_137eaa0f,
  "31aa019c": generate_31aa019c,
  "2bee17df": generate_2bee17df,
  "50cb2852": generate_50cb2852,
  "662c240a": generate_662c240a,
  e8593010: generate_e8593010,
  d9f24cd1: generate_d9f24cd1,
  "90c28cc7": generate_90c28cc7,
  "321b1fc6": generate_321b1fc6,
  "6455b5f5": generate_6455b5f5,
  "4c5c2cf0": generate_4c5c2cf0,
  "56ff96f3": generate_56ff96f3,
  "2c608aff": generate_2c608aff,
  e98196ab: generate_e98196ab,
  c9f8e694: generate_c9f8e694,
  eb5a1d5d: generate_eb5a1d5d,
  "82819916": generate_82819916,
  "5daaa586": generate_5daaa586,
  "68b16354": generate_68b16354,
  bb43febb: generate_bb43febb,
  "9ecd008a": generate_9ecd008a,
  f25ffba3: generate_f25ffba3,
  "3bdb4ada": generate_3bdb4ada,
  "2013d3e2": generate_2013d3e2,
  aabf363d: generate_aabf363d,
  d037b0a7: generate_d037b0a7,
  e26a3af2: generate_e26a3af2,
  b8825c91: generate_b8825c91,
  ba97ae07: generate_ba97ae07,
  c909285e: generate_c909285e,
  d511f180: generate_d511f180,
};
