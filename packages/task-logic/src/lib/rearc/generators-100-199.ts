// RE-ARC generators (Michael Hodel, MIT licence: ./LICENSE-RE-ARC), as vendored by Reasoning Gym
// in reasoning_gym/arc/rearc_utils/generators/generators_100_199.py, written in TypeScript on the
// DSL of ./dsl.ts: each function is RE-ARC's generate_<key>, statement for statement, except
// that a Python variable that changes type (a set that becomes a tuple) takes a second name,
// unused computations that draw nothing are left out, an elif chain Python knows to be
// exhaustive ends in `else`, and a value Python could read unbound goes through `bound`.
import {
  type ArcObject,
  add,
  apply,
  asindices,
  asobject,
  backdrop,
  bottomhalf,
  box,
  type Cell,
  canvas,
  center,
  cmirror,
  color,
  combine,
  compose,
  compress,
  connect,
  corners,
  crop,
  DOWN,
  difference,
  dmirror,
  dneighbors,
  double,
  F,
  fill,
  first,
  type Grid,
  type GridFunction,
  hconcat,
  height,
  hfrontier,
  hmirror,
  hupscale,
  type Indices,
  type IntegerTuple,
  identity,
  inbox,
  ineighbors,
  insert,
  interval,
  LEFT,
  lefthalf,
  llcorner,
  lowermost,
  lrcorner,
  manhattan,
  mapply,
  matcher,
  maximum,
  merge,
  mpapply,
  multiply,
  neighbors,
  normalize,
  numcolors,
  ORIGIN,
  objects,
  ofcolor,
  order,
  outbox,
  paint,
  palette,
  RIGHT,
  rbind,
  recolor,
  remove,
  repeat,
  replace,
  righthalf,
  rot90,
  rot180,
  rot270,
  sfilter,
  shape,
  shift,
  shoot,
  sizefilter,
  subgrid,
  switch_,
  T,
  TWO,
  toindices,
  toivec,
  tojvec,
  tophalf,
  totuple,
  UNITY,
  UP,
  UP_RIGHT,
  ulcorner,
  underfill,
  upscale,
  vconcat,
  vfrontier,
  vmirror,
  vupscale,
  width,
} from "./dsl.js";
import { eq } from "./frozenset.js";
import type { Example, Generator } from "./generator.js";
import {
  at,
  bound,
  concat,
  contains,
  enumerate,
  floordiv,
  frozenset,
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
  slice,
  sorted,
  truediv,
  unpack,
  zip,
} from "./python.js";
import { type PyRandom, unifint } from "./random.js";

function generate_d0f5fe59(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const nobjs = unifint(rng, diff_lb, diff_ub, [1, Math.min(30, Math.floor((h * w) / 9))] as const);
  const bgc = rng.choice(cols);
  const remcols = remove(bgc, cols);
  const fgc = rng.choice(remcols);
  let nfound = 0;
  let trials = 0;
  const maxtrials = nobjs * 5;
  let gi = canvas(bgc, [h, w]);
  let inds = asindices(gi);
  while (trials < maxtrials && nfound < nobjs) {
    const oh = unifint(rng, diff_lb, diff_ub, [1, 5] as const);
    const ow = unifint(rng, diff_lb, diff_ub, [1, 5] as const);
    const bx = asindices(canvas(-1, [oh, ow]));
    const sp = rng.choice(totuple(bx));
    let shp: Indices = set<IntegerTuple>([sp]);
    const dev = unifint(rng, diff_lb, diff_ub, [0, Math.floor((oh * ow) / 2)] as const);
    let ncells: number = rng.choice([dev, oh * ow - dev] as const);
    ncells = Math.min(Math.max(1, ncells), oh * ow - 1);
    for (let k = 0; k < ncells; k++) {
      const ij = rng.choice(totuple(bx.difference(shp).intersection(mapply(dneighbors, shp))));
      setAdd(shp, ij);
    }
    shp = normalize(shp);
    if (len(inds) === 0) {
      break;
    }
    const loc = rng.choice(totuple(inds));
    const plcd = shift(shp, loc);
    if (plcd.issubset(inds)) {
      gi = fill(gi, fgc, plcd);
      inds = inds.difference(plcd).difference(mapply(neighbors, plcd));
      nfound += 1;
    }
    trials += 1;
  }
  let go = canvas(bgc, [nfound, nfound]);
  go = fill(go, fgc, connect([0, 0], [nfound - 1, nfound - 1]));
  return { input: gi, output: go };
}

function generate_6e82a1ae(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
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
  const dset = set<Indices>();
  for (let k = 0; k < 100; k++) {
    const shpset = set<IntegerTuple>([[0, 0]]);
    for (let jj = 0; jj < 3; jj++) {
      shpset.add(rng.choice(totuple(mapply(dneighbors, shpset).difference(shpset))));
    }
    dset.add(frozenset(normalize(shpset)));
  }
  const [d, b, c] = [totuple(frozenset(dset)), totuple(bset), totuple(cset)];
  const prs: (readonly [Indices[], number])[] = [
    [b, 3],
    [c, 2],
    [d, 1],
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
    Math.floor(Math.floor((h * w) / 2) / 3),
  ] as const);
  const maxtr = 10;
  for (let k = 0; k < nobjs; k++) {
    let ntr = 0;
    const [objs, col] = rng.choice(prs);
    const obj = rng.choice(objs);
    while (ntr < maxtr) {
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

function generate_f2829549(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = remove(3, interval(0, 10, 1));
  const h = unifint(rng, diff_lb, diff_ub, [2, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [2, 14] as const);
  const bgc = rng.choice(cols);
  let remcols = remove(bgc, cols);
  const linc = rng.choice(remcols);
  remcols = remove(linc, remcols);
  const acol = rng.choice(remcols);
  remcols = remove(acol, remcols);
  const bcol = rng.choice(remcols);
  const c = canvas(bgc, [h, w]);
  const inds = totuple(asindices(c));
  const bar = canvas(linc, [h, 1]);
  const numadev = unifint(rng, diff_lb, diff_ub, [0, Math.floor((h * w) / 2)] as const);
  const numbdev = unifint(rng, diff_lb, diff_ub, [0, Math.floor((h * w) / 2)] as const);
  let numa: number = rng.choice([numadev, h * w - numadev] as const);
  let numb: number = rng.choice([numadev, h * w - numbdev] as const);
  numa = Math.min(Math.max(1, numa), h * w - 1);
  numb = Math.min(Math.max(1, numb), h * w - 1);
  const aset = rng.sample(inds, numa);
  const bset = rng.sample(inds, numb);
  const A = fill(c, acol, aset);
  const B = fill(c, bcol, bset);
  let gi = hconcat(hconcat(A, bar), B);
  const res = set(inds)
    .difference(set(aset))
    .intersection(set(inds).difference(set(bset)));
  let go = fill(c, 3, res);
  if (rng.choice([true, false])) {
    gi = dmirror(gi);
    go = dmirror(go);
  }
  return { input: gi, output: go };
}

function generate_ce22a75a(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = remove(1, interval(0, 10, 1));
  const h = unifint(rng, diff_lb, diff_ub, [3, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [3, 30] as const);
  const bgc = rng.choice(cols);
  const remcols = remove(bgc, cols);
  const fgc = rng.choice(remcols);
  const c = canvas(bgc, [h, w]);
  const ndots = unifint(rng, diff_lb, diff_ub, [1, Math.floor((h * w) / 3)] as const);
  const dots = rng.sample(totuple(asindices(c)), ndots);
  const gi = fill(c, fgc, dots);
  let go = fill(c, 1, mapply(neighbors, dots));
  go = fill(go, 1, dots);
  return { input: gi, output: go };
}

function generate_3c9b0459(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
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

function generate_99b1bc43(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = remove(3, interval(0, 10, 1));
  const h = unifint(rng, diff_lb, diff_ub, [2, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [2, 14] as const);
  const bgc = rng.choice(cols);
  let remcols = remove(bgc, cols);
  const linc = rng.choice(remcols);
  remcols = remove(linc, remcols);
  const acol = rng.choice(remcols);
  remcols = remove(acol, remcols);
  const bcol = rng.choice(remcols);
  const c = canvas(bgc, [h, w]);
  const inds = totuple(asindices(c));
  const bar = canvas(linc, [h, 1]);
  const numadev = unifint(rng, diff_lb, diff_ub, [0, Math.floor((h * w) / 2)] as const);
  const numbdev = unifint(rng, diff_lb, diff_ub, [0, Math.floor((h * w) / 2)] as const);
  let numa: number = rng.choice([numadev, h * w - numadev] as const);
  let numb: number = rng.choice([numadev, h * w - numbdev] as const);
  numa = Math.min(Math.max(1, numa), h * w - 1);
  numb = Math.min(Math.max(1, numb), h * w - 1);
  const aset = rng.sample(inds, numa);
  const bset = rng.sample(inds, numb);
  const A = fill(c, acol, aset);
  const B = fill(c, bcol, bset);
  let gi = hconcat(hconcat(A, bar), B);
  const res = set(bset)
    .difference(set(aset))
    .union(set(aset).difference(set(bset)));
  let go = fill(c, 3, res);
  if (rng.choice([true, false])) {
    gi = dmirror(gi);
    go = dmirror(go);
  }
  return { input: gi, output: go };
}

function generate_b6afb2da(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = difference(interval(0, 10, 1), [1, 2, 4] as const);
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
      go = fill(go, 2, bd);
      go = fill(go, 4, box(bd));
      go = fill(go, 1, corners(bd));
      succ += 1;
      indss = indss.difference(bd);
    }
    tr += 1;
  }
  return { input: gi, output: go };
}

function generate_c8f0f002(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = remove(7, interval(0, 10, 1));
  const h = unifint(rng, diff_lb, diff_ub, [2, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [2, 30] as const);
  const numc = unifint(rng, diff_lb, diff_ub, [1, 9] as const);
  const ccols = rng.sample(cols, numc);
  const c = canvas(-1, [h, w]);
  const inds = totuple(asindices(c));
  const numo = unifint(rng, diff_lb, diff_ub, [0, Math.floor((h * w) / 2)] as const);
  const orng = rng.sample(inds, numo);
  const rem = difference(inds, orng);
  let gi = fill(c, 7, orng);
  let go = fill(c, 5, orng);
  for (const ij of rem) {
    const col = rng.choice(ccols);
    gi = fill(gi, col, set([ij]));
    go = fill(go, col, set([ij]));
  }
  return { input: gi, output: go };
}

function generate_54d82841(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = remove(4, interval(0, 10, 1));
  const h = unifint(rng, diff_lb, diff_ub, [5, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [5, 30] as const);
  const bgc = rng.choice(cols);
  const remcols = remove(bgc, cols);
  const nshps = unifint(rng, diff_lb, diff_ub, [1, Math.floor(w / 3)] as const);
  let gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [h, w]);
  let locs = interval(1, w - 1, 1);
  for (let k = 0; k < nshps; k++) {
    if (len(locs) === 0) {
      break;
    }
    const loc = rng.choice(locs);
    locs = remove(loc, locs);
    locs = remove(loc + 1, locs);
    locs = remove(loc - 1, locs);
    locs = remove(loc + 2, locs);
    locs = remove(loc - 2, locs);
    const loci = rng.randint(1, h - 1);
    const col = rng.choice(remcols);
    const ij = [loci, loc] as const;
    const shp = neighbors(ij).difference(connect([loci + 1, loc - 1], [loci + 1, loc + 1]));
    gi = fill(gi, col, shp);
    go = fill(go, col, shp);
    go = fill(go, 4, set<IntegerTuple>([[h - 1, loc]]));
  }
  const rotf = rng.choice<GridFunction>([identity, rot90, rot180, rot270]);
  gi = rotf(gi);
  go = rotf(go);
  return { input: gi, output: go };
}

function generate_d631b094(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [2, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [2, 30] as const);
  const bgc = 0;
  const remcols = remove(bgc, cols);
  const fgc = rng.choice(remcols);
  const nc = unifint(rng, diff_lb, diff_ub, [
    1,
    Math.min(30, Math.floor((h * w) / 2) - 1),
  ] as const);
  const c = canvas(bgc, [h, w]);
  const cands = totuple(asindices(c));
  const cels = rng.sample(cands, nc);
  const gi = fill(c, fgc, cels);
  const go = canvas(fgc, [1, nc]);
  return { input: gi, output: go };
}

function generate_7c008303(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  let h = unifint(rng, diff_lb, diff_ub, [2, 13] as const);
  let w = unifint(rng, diff_lb, diff_ub, [2, 13] as const);
  h = h * 2;
  w = w * 2;
  const bgc = rng.choice(cols);
  let remcols = remove(bgc, cols);
  const linc = rng.choice(remcols);
  remcols = remove(linc, remcols);
  const fgc = rng.choice(remcols);
  remcols = remove(fgc, remcols);
  const fremcols = rng.sample(remcols, unifint(rng, diff_lb, diff_ub, [1, 4] as const));
  const qc = range(4).map(() => rng.choice(fremcols));
  const c = canvas(bgc, [h, w]);
  const inds = totuple(asindices(c));
  const ncd = unifint(rng, diff_lb, diff_ub, [0, Math.floor((h * w) / 2)] as const);
  let nc: number = rng.choice([ncd, h * w - ncd] as const);
  nc = Math.min(Math.max(0, nc), h * w);
  const cels = rng.sample(inds, nc);
  let go = fill(c, fgc, cels);
  let gi = canvas(bgc, [h + 3, w + 3]);
  gi = paint(gi, shift(asobject(go), [3, 3]));
  gi = fill(gi, linc, connect([2, 0], [2, w + 2]));
  gi = fill(gi, linc, connect([0, 2], [h + 2, 2]));
  gi = fill(gi, at(qc, 0), set<IntegerTuple>([[0, 0]]));
  gi = fill(gi, at(qc, 1), set<IntegerTuple>([[0, 1]]));
  gi = fill(gi, at(qc, 2), set<IntegerTuple>([[1, 0]]));
  gi = fill(gi, at(qc, 3), set<IntegerTuple>([[1, 1]]));
  const A = lefthalf(tophalf(go));
  const B = righthalf(tophalf(go));
  const C = lefthalf(bottomhalf(go));
  const D = righthalf(bottomhalf(go));
  const A2 = replace(A, fgc, at(qc, 0));
  const B2 = replace(B, fgc, at(qc, 1));
  const C2 = replace(C, fgc, at(qc, 2));
  const D2 = replace(D, fgc, at(qc, 3));
  go = vconcat(hconcat(A2, B2), hconcat(C2, D2));
  const rotf = rng.choice<GridFunction>([identity, rot90, rot180, rot270]);
  gi = rotf(gi);
  go = rotf(go);
  return { input: gi, output: go };
}

function generate_dae9d2b5(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = remove(6, interval(0, 10, 1));
  const h = unifint(rng, diff_lb, diff_ub, [2, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [2, 14] as const);
  const bgc = rng.choice(cols);
  let remcols = remove(bgc, cols);
  const acol = rng.choice(remcols);
  remcols = remove(acol, remcols);
  const bcol = rng.choice(remcols);
  const c = canvas(bgc, [h, w]);
  const inds = totuple(asindices(c));
  const numadev = unifint(rng, diff_lb, diff_ub, [0, Math.floor((h * w) / 2)] as const);
  const numbdev = unifint(rng, diff_lb, diff_ub, [0, Math.floor((h * w) / 2)] as const);
  let numa: number = rng.choice([numadev, h * w - numadev] as const);
  let numb: number = rng.choice([numadev, h * w - numbdev] as const);
  numa = Math.min(Math.max(1, numa), h * w - 1);
  numb = Math.min(Math.max(1, numb), h * w - 1);
  const aset = rng.sample(inds, numa);
  let bset = rng.sample(inds, numb);
  if (len(set(aset).intersection(set(bset))) === 0) {
    bset = concat(bset.slice(0, -1), [rng.choice(aset)]);
  }
  const A = fill(c, acol, aset);
  const B = fill(c, bcol, bset);
  let gi = hconcat(A, B);
  const res = set(aset).union(set(bset));
  let go = fill(c, 6, res);
  if (rng.choice([true, false])) {
    gi = dmirror(gi);
    go = dmirror(go);
  }
  return { input: gi, output: go };
}

function generate_aedd82e4(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const colopts = remove(1, interval(0, 10, 1));
  const h = unifint(rng, diff_lb, diff_ub, [1, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [1, 30] as const);
  const bgc = 0;
  const remcols = remove(bgc, colopts);
  const c = canvas(bgc, [h, w]);
  const card_bounds = [0, Math.max(0, Math.floor((h * w) / 2) - 1)] as const;
  const num = unifint(rng, diff_lb, diff_ub, card_bounds);
  const numcols = unifint(rng, diff_lb, diff_ub, [0, Math.min(8, num)] as const);
  const inds = totuple(asindices(c));
  const chosinds = rng.sample(inds, num);
  const choscols = rng.sample(remcols, numcols);
  const locs = interval(0, len(chosinds), 1);
  const choslocs = rng.sample(locs, numcols);
  let gi = canvas(bgc, [h, w]);
  for (const [col, endidx] of zip(choscols, reversed(sorted(choslocs)))) {
    gi = fill(gi, col, chosinds.slice(0, endidx));
  }
  const objs = objects(gi, F, F, T);
  const res = merge(sizefilter(objs, 1));
  const go = fill(gi, 1, res);
  return { input: gi, output: go };
}

function generate_c9e6f938(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
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

function generate_913fb3ed(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = difference(interval(0, 10, 1), [1, 2, 3, 4, 6, 8] as const);
  const sr = [2, 3, 8] as const;
  const tr = [1, 6, 4] as const;
  const prs = [...zip(sr, tr)];
  const h = unifint(rng, diff_lb, diff_ub, [1, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [1, 30] as const);
  const bgc = rng.choice(cols);
  let gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [h, w]);
  const numc = unifint(rng, diff_lb, diff_ub, [1, Math.max(1, Math.floor((h * w) / 10))] as const);
  let inds = asindices(gi);
  for (let k = 0; k < numc; k++) {
    if (len(inds) === 0) {
      break;
    }
    const loc = rng.choice(totuple(inds));
    const [a, b] = unpack(rng.choice(prs), 2);
    inds = inds.difference(neighbors(loc)).difference(outbox(neighbors(loc)));
    inds = remove(loc, inds);
    gi = fill(gi, a, set<IntegerTuple>([loc]));
    go = fill(go, a, set<IntegerTuple>([loc]));
    go = fill(go, b, neighbors(loc));
  }
  return { input: gi, output: go };
}

function generate_6430c8c4(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = remove(3, interval(0, 10, 1));
  const h = unifint(rng, diff_lb, diff_ub, [2, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [2, 14] as const);
  const bgc = rng.choice(cols);
  let remcols = remove(bgc, cols);
  const linc = rng.choice(remcols);
  remcols = remove(linc, remcols);
  const acol = rng.choice(remcols);
  remcols = remove(acol, remcols);
  const bcol = rng.choice(remcols);
  const c = canvas(bgc, [h, w]);
  const inds = totuple(asindices(c));
  const bar = canvas(linc, [h, 1]);
  const numadev = unifint(rng, diff_lb, diff_ub, [0, Math.floor((h * w) / 2)] as const);
  const numbdev = unifint(rng, diff_lb, diff_ub, [0, Math.floor((h * w) / 2)] as const);
  let numa: number = rng.choice([numadev, h * w - numadev] as const);
  let numb: number = rng.choice([numadev, h * w - numbdev] as const);
  numa = Math.min(Math.max(1, numa), h * w - 1);
  numb = Math.min(Math.max(1, numb), h * w - 1);
  const aset = rng.sample(inds, numa);
  const bset = rng.sample(inds, numb);
  const A = fill(c, acol, aset);
  const B = fill(c, bcol, bset);
  let gi = hconcat(hconcat(A, bar), B);
  const res = set(inds).difference(set(aset)).difference(set(bset));
  let go = fill(c, 3, res);
  if (rng.choice([true, false])) {
    gi = dmirror(gi);
    go = dmirror(go);
  }
  return { input: gi, output: go };
}

function generate_c0f76784(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = difference(interval(0, 10, 1), [6, 7, 8] as const);
  const h = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const bgc = rng.choice(cols);
  const remcols = remove(bgc, cols);
  const numcols = unifint(rng, diff_lb, diff_ub, [1, len(remcols)] as const);
  const ccols = rng.sample(remcols, numcols);
  let gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [h, w]);
  const num = unifint(rng, diff_lb, diff_ub, [1, Math.floor((h * w) / 20)] as const);
  let indss = asindices(gi);
  const maxtrials = 4 * num;
  let tr = 0;
  let succ = 0;
  while (succ < num && tr <= maxtrials) {
    if (len(indss) === 0) {
      break;
    }
    const oh = rng.choice([3, 4, 5] as const);
    const ow = oh;
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
    const col = rng.choice(ccols);
    if (bd.issubset(indss)) {
      gi = fill(gi, col, bd);
      go = fill(go, col, bd);
      const ccc = oh + 3;
      const bdx = backdrop(inbox(obj));
      gi = fill(gi, bgc, bdx);
      go = fill(go, ccc, bdx);
      succ += 1;
      indss = indss.difference(bd).difference(outbox(bd));
    }
    tr += 1;
  }
  return { input: gi, output: go };
}

function generate_3af2c5a8(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
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
  let go = hconcat(gi, vmirror(gi));
  go = vconcat(go, hmirror(go));
  return { input: gi, output: go };
}

function generate_496994bd(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(1, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [3, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [3, 14] as const);
  const bgc = rng.choice(cols);
  let remcols = remove(bgc, cols);
  const numcols = unifint(rng, diff_lb, diff_ub, [1, 8] as const);
  remcols = rng.sample(remcols, numcols);
  const canv = canvas(bgc, [h, w]);
  const nc = unifint(rng, diff_lb, diff_ub, [2, h * w - 1] as const);
  let bx = asindices(canv);
  const obj = set([
    [
      rng.choice(remcols),
      rng.choice(totuple(sfilter(bx, (ij) => ij[0] < Math.floor(h / 2)))),
    ] as const,
    [
      rng.choice(remcols),
      rng.choice(totuple(sfilter(bx, (ij) => ij[0] > Math.floor(h / 2)))),
    ] as const,
  ]);
  for (let kk = 0; kk < nc - 2; kk++) {
    const dns = mapply(neighbors, toindices(obj));
    const ch = rng.choice(totuple(bx.intersection(dns)));
    obj.add([rng.choice(remcols), ch] as const);
    bx = bx.difference(set<IntegerTuple>([ch]));
  }
  let gix = paint(canv, obj);
  gix = apply(rbind(order, matcher(identity, bgc)), gix);
  const flag = rng.choice([true, false]);
  let gi = hconcat(gix, flag ? canv : hconcat(canvas(bgc, [h, 1]), canv));
  let go = hconcat(gix, flag ? vmirror(gix) : hconcat(canvas(bgc, [h, 1]), vmirror(gix)));
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

function generate_bd4472b8(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(1, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [1, 28] as const);
  const w = unifint(rng, diff_lb, diff_ub, [2, 8] as const);
  const bgc = rng.choice(cols);
  const remcols = remove(bgc, cols);
  const linc = rng.choice(remcols);
  const ccols = rng.sample(remcols, w);
  const cc = [[...ccols]] as const;
  const br = canvas(linc, [1, w]);
  const lp = canvas(bgc, [h, w]);
  let gi = vconcat(vconcat(cc, br), lp);
  let go = vconcat(vconcat(cc, br), lp);
  const pt = hupscale(dmirror(cc), w);
  const pto = asobject(pt);
  let idx = 2;
  while (idx < h + 3) {
    go = paint(go, shift(pto, [idx, 0]));
    idx += w;
  }
  const rotf = rng.choice<GridFunction>([identity, rot90, rot180, rot270]);
  gi = rotf(gi);
  go = rotf(go);
  return { input: gi, output: go };
}

function generate_fafffa47(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = remove(2, interval(0, 10, 1));
  const h = unifint(rng, diff_lb, diff_ub, [2, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [2, 14] as const);
  const bgc = rng.choice(cols);
  let remcols = remove(bgc, cols);
  const acol = rng.choice(remcols);
  remcols = remove(acol, remcols);
  const bcol = rng.choice(remcols);
  const c = canvas(bgc, [h, w]);
  const inds = totuple(asindices(c));
  const numadev = unifint(rng, diff_lb, diff_ub, [0, Math.floor((h * w) / 2)] as const);
  const numbdev = unifint(rng, diff_lb, diff_ub, [0, Math.floor((h * w) / 2)] as const);
  let numa: number = rng.choice([numadev, h * w - numadev] as const);
  let numb: number = rng.choice([numadev, h * w - numbdev] as const);
  numa = Math.min(Math.max(1, numa), h * w - 1);
  numb = Math.min(Math.max(1, numb), h * w - 1);
  const aset = rng.sample(inds, numa);
  const bset = rng.sample(inds, numb);
  const A = fill(c, acol, aset);
  const B = fill(c, bcol, bset);
  let gi = hconcat(A, B);
  const res = set(inds).difference(set(aset).union(set(bset)));
  let go = fill(c, 2, res);
  if (rng.choice([true, false])) {
    gi = dmirror(gi);
    go = dmirror(go);
  }
  return { input: gi, output: go };
}

function generate_67e8384a(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [1, 14] as const);
  const w = unifint(rng, diff_lb, diff_ub, [1, 14] as const);
  const bgc = rng.choice(cols);
  let remcols = remove(bgc, cols);
  const numcols = unifint(rng, diff_lb, diff_ub, [1, 9] as const);
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
  const gi = paint(canv, obj);
  let go = paint(canv, obj);
  go = hconcat(go, vmirror(go));
  go = vconcat(go, hmirror(go));
  return { input: gi, output: go };
}

function generate_ed36ccf7(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
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
  const go = rot270(gi);
  return { input: gi, output: go };
}

function generate_67a3c6ac(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
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
  const go = vmirror(gi);
  return { input: gi, output: go };
}

function generate_a416b8f3(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
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
  const go = hconcat(gi, gi);
  return { input: gi, output: go };
}

function generate_d10ecb37(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [2, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [2, 30] as const);
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
  const go = crop(gi, [0, 0], [2, 2]);
  return { input: gi, output: go };
}

function generate_5bd6f4ac(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [4, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [4, 30] as const);
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
  const go = rot90(crop(rot270(gi), [0, 0], [3, 3]));
  return { input: gi, output: go };
}

function generate_7b7f7511(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [2, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [2, 15] as const);
  const bgc = rng.choice(cols);
  let go = canvas(bgc, [h, w]);
  const remcols = remove(bgc, cols);
  const numc = unifint(rng, diff_lb, diff_ub, [1, Math.min(9, h * w - 1)] as const);
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
  let gi: Grid;
  if (rng.choice([true, false])) {
    go = dmirror(go);
    gi = vconcat(go, go);
  } else {
    gi = hconcat(go, go);
  }
  return { input: gi, output: go };
}

function generate_c59eb873(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
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
  const go = upscale(gi, 2);
  return { input: gi, output: go };
}

function generate_b1948b0a(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = remove(6, interval(0, 10, 1));
  const h = unifint(rng, diff_lb, diff_ub, [2, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [2, 30] as const);
  const npd = unifint(rng, diff_lb, diff_ub, [0, Math.floor((h * w) / 2)] as const);
  let np: number = rng.choice([npd, h * w - npd] as const);
  np = Math.min(Math.max(0, npd), h * w);
  let gi = canvas(6, [h, w]);
  const inds = totuple(asindices(gi));
  const pp = rng.sample(inds, np);
  const npp = difference(inds, pp);
  for (const ij of npp) {
    gi = fill(gi, rng.choice(cols), set([ij]));
  }
  const go = fill(gi, 2, pp);
  return { input: gi, output: go };
}

function generate_25ff71a9(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [2, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [2, 30] as const);
  const nc = unifint(rng, diff_lb, diff_ub, [1, Math.floor((h * w) / 2) - 1] as const);
  const bgc = rng.choice(cols);
  const remcols = remove(bgc, cols);
  const fgc = rng.choice(remcols);
  const c = canvas(bgc, [h, w]);
  let bounds = asindices(c);
  const ch = rng.choice(totuple(bounds));
  let shp: Indices = set<IntegerTuple>([ch]);
  bounds = remove(ch, bounds);
  for (let j = 0; j < nc - 1; j++) {
    setAdd(shp, rng.choice(totuple(bounds.difference(shp).intersection(mapply(neighbors, shp)))));
  }
  shp = normalize(shp);
  const [oh, ow] = shape(shp);
  const loci = rng.randint(0, h - oh);
  const locj = rng.randint(0, w - ow);
  const loc = [loci, locj] as const;
  const plcd = shift(shp, loc);
  const gi = fill(c, fgc, plcd);
  const go = fill(c, fgc, shift(plcd, [1, 0]));
  return { input: gi, output: go };
}

function generate_f25fbde4(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [2, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [2, 30] as const);
  const ncd = unifint(rng, diff_lb, diff_ub, [
    1,
    Math.max(1, Math.floor((Math.min(15, h - 1) * Math.min(15, w - 1)) / 2)),
  ] as const);
  let nc: number = rng.choice([ncd, (h - 1) * (w - 1) - ncd] as const);
  nc = Math.min(Math.max(1, ncd), (h - 1) * (w - 1) - 1);
  const bgc = rng.choice(cols);
  const remcols = remove(bgc, cols);
  const fgc = rng.choice(remcols);
  const c = canvas(bgc, [h, w]);
  let bounds = asindices(canvas(-1, [Math.min(15, h - 1), Math.min(15, w - 1)]));
  const ch = rng.choice(totuple(bounds));
  let shp: Indices = set<IntegerTuple>([ch]);
  bounds = remove(ch, bounds);
  for (let j = 0; j < nc; j++) {
    setAdd(shp, rng.choice(totuple(bounds.difference(shp).intersection(mapply(neighbors, shp)))));
  }
  shp = normalize(shp);
  const [oh, ow] = shape(shp);
  const loci = rng.randint(0, h - oh);
  const locj = rng.randint(0, w - ow);
  const loc = [loci, locj] as const;
  const plcd = shift(shp, loc);
  const gi = fill(c, fgc, plcd);
  let go = compress(gi);
  go = upscale(go, 2);
  return { input: gi, output: go };
}

function generate_a740d043(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = remove(0, interval(0, 10, 1));
  const h = unifint(rng, diff_lb, diff_ub, [2, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [2, 30] as const);
  const ncd = unifint(rng, diff_lb, diff_ub, [
    1,
    Math.max(1, Math.floor(((h - 1) * (w - 1)) / 2)),
  ] as const);
  let nc: number = rng.choice([ncd, (h - 1) * (w - 1) - ncd] as const);
  nc = Math.min(Math.max(1, ncd), (h - 1) * (w - 1) - 1);
  const bgc = rng.choice(cols);
  let remcols = remove(bgc, cols);
  const numc = unifint(rng, diff_lb, diff_ub, [1, len(remcols)] as const);
  remcols = rng.sample(remcols, numc);
  const c = canvas(bgc, [h, w]);
  let bounds = asindices(canvas(-1, [h - 1, w - 1]));
  const ch = rng.choice(totuple(bounds));
  let shp: Indices = set<IntegerTuple>([ch]);
  bounds = remove(ch, bounds);
  for (let j = 0; j < nc; j++) {
    setAdd(shp, rng.choice(totuple(bounds.difference(shp).intersection(mapply(neighbors, shp)))));
  }
  shp = normalize(shp);
  const [oh, ow] = shape(shp);
  const loci = rng.randint(0, h - oh);
  const locj = rng.randint(0, w - ow);
  const loc = [loci, locj] as const;
  const plcd = shift(shp, loc);
  const obj = set([...plcd].map((ij): Cell => [rng.choice(remcols), ij]));
  const gi = paint(c, obj);
  let go = compress(gi);
  go = replace(go, bgc, 0);
  return { input: gi, output: go };
}

function generate_be94b721(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [6, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [6, 30] as const);
  const no = unifint(rng, diff_lb, diff_ub, [3, Math.max(3, Math.floor((h * w) / 16))] as const);
  const bgc = rng.choice(cols);
  const remcols = remove(bgc, cols);
  const c = canvas(bgc, [h, w]);
  const nc = unifint(rng, diff_lb, diff_ub, [no + 1, Math.max(no + 1, 2 * no)] as const);
  let inds = asindices(c);
  let ch = rng.choice(totuple(inds));
  let shp: Indices = set<IntegerTuple>([ch]);
  inds = remove(ch, inds);
  for (let k = 0; k < nc - 1; k++) {
    setAdd(shp, rng.choice(totuple(inds.difference(shp).intersection(mapply(dneighbors, shp)))));
  }
  inds = inds.difference(shp).difference(mapply(neighbors, shp));
  const trgc = rng.choice(remcols);
  let gi = fill(c, trgc, shp);
  const go = fill(canvas(bgc, shape(shp)), trgc, normalize(shp));
  for (let k = 0; k < no; k++) {
    if (len(inds) === 0) {
      break;
    }
    ch = rng.choice(totuple(inds));
    shp = set<IntegerTuple>([ch]);
    const nc2 = unifint(rng, diff_lb, diff_ub, [1, nc - 1] as const);
    for (let k = 0; k < nc2 - 1; k++) {
      const cands = totuple(inds.difference(shp).intersection(mapply(dneighbors, shp)));
      if (len(cands) === 0) {
        break;
      }
      setAdd(shp, rng.choice(cands));
    }
    const col = rng.choice(remcols);
    gi = fill(gi, col, shp);
    inds = inds.difference(shp).difference(mapply(neighbors, shp));
  }
  return { input: gi, output: go };
}

function generate_44d8ac46(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = remove(2, interval(0, 10, 1));
  const h = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const bgc = rng.choice(cols);
  const remcols = remove(bgc, cols);
  let gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [h, w]);
  const num = unifint(rng, diff_lb, diff_ub, [1, 10] as const);
  let indss = asindices(gi);
  const maxtrials = 4 * num;
  let tr = 0;
  let succ = 0;
  let incol: number;
  let inpart: Indices;
  while (succ < num && tr <= maxtrials) {
    tr += 1;
    if (len(remcols) === 0 || len(indss) === 0) {
      break;
    }
    const oh = rng.randint(5, 7);
    const ow = rng.randint(5, 7);
    const subs = totuple(sfilter(indss, (ij) => ij[0] < h - oh && ij[1] < w - ow));
    if (len(subs) === 0) {
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
      const ensuresq = rng.choice([true, false]);
      if (ensuresq) {
        const dim = rng.randint(1, Math.min(oh, ow) - 2);
        const iloci = rng.randint(1, oh - dim - 1);
        const ilocj = rng.randint(1, ow - dim - 1);
        inpart = backdrop(
          set<IntegerTuple>([
            [loci + iloci, locj + ilocj],
            [loci + iloci + dim - 1, locj + ilocj + dim - 1],
          ]),
        );
      } else {
        const cnds = backdrop(inbox(bd));
        const ch = rng.choice(totuple(cnds));
        inpart = set<IntegerTuple>([ch]);
        const kk = unifint(rng, diff_lb, diff_ub, [1, len(cnds)] as const);
        for (let k = 0; k < kk - 1; k++) {
          setAdd(
            inpart,
            rng.choice(totuple(cnds.difference(inpart).intersection(mapply(dneighbors, inpart)))),
          );
        }
      }
      inpart = frozenset(inpart);
      const [hi, wi] = shape(inpart);
      if (hi === wi && len(inpart) === hi * wi) {
        incol = 2;
      } else {
        incol = bgc;
      }
      gi = fill(gi, col, bd);
      go = fill(go, col, bd);
      gi = fill(gi, bgc, inpart);
      go = fill(go, incol, inpart);
      succ += 1;
      indss = indss.difference(bd).difference(outbox(bd));
    }
  }
  return { input: gi, output: go };
}

function generate_3618c87e(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [4, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [4, 30] as const);
  const [bgc, linc, dotc] = unpack(rng.sample(cols, 3), 3);
  const c = canvas(bgc, [h, w]);
  const ln = connect([0, 0], [0, w - 1]);
  let nlocs = unifint(rng, diff_lb, diff_ub, [1, Math.floor(w / 2)] as const);
  const locs = [];
  let opts = interval(0, w, 1);
  for (let k = 0; k < nlocs; k++) {
    if (len(opts) === 0) {
      break;
    }
    const ch = rng.choice(opts);
    locs.push(ch);
    opts = remove(ch, opts);
    opts = remove(ch - 1, opts);
    opts = remove(ch + 1, opts);
  }
  nlocs = len(opts);
  let gi = fill(c, linc, ln);
  let go = fill(c, linc, ln);
  for (const j of locs) {
    const hh = rng.randint(1, h - 3);
    const lnx = connect([0, j], [hh, j]);
    gi = fill(gi, linc, lnx);
    go = fill(go, linc, lnx);
    gi = fill(gi, dotc, set([[hh + 1, j] as const]));
    go = fill(go, dotc, set([[0, j] as const]));
  }
  const rotf = rng.choice<GridFunction>([identity, rot90, rot180, rot270]);
  gi = rotf(gi);
  go = rotf(go);
  return { input: gi, output: go };
}

function generate_b27ca6d3(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = remove(3, interval(0, 10, 1));
  const h = unifint(rng, diff_lb, diff_ub, [4, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [4, 30] as const);
  const [bgc, dotc] = unpack(rng.sample(cols, 2), 2);
  let gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [h, w]);
  const ndots = unifint(rng, diff_lb, diff_ub, [0, Math.floor((h * w) / 5)] as const);
  const nbars = unifint(rng, diff_lb, diff_ub, [0, Math.floor((h * w) / 12)] as const);
  const dot = frozenset(set<Cell>([[dotc, [1, 1]]])).union(recolor(bgc, dneighbors([1, 1])));
  const bar1g = fill(
    canvas(bgc, [4, 3]),
    dotc,
    set<IntegerTuple>([
      [1, 1],
      [2, 1],
    ]),
  );
  const bar2g = dmirror(bar1g);
  const bar1 = asobject(bar1g);
  const bar2 = asobject(bar2g);
  const opts = concat(
    repeatSeq([dot], ndots),
    range(nbars).map(() => rng.choice([bar1, bar2] as const)),
  );
  rng.shuffle(opts);
  let inds = shift(asindices(canvas(-1, [h + 2, w + 2])), [-1, -1]);
  for (const elem of opts) {
    let loc: IntegerTuple = [-1, -1] as const;
    let tr = 0;
    while (!toindices(shift(elem, loc)).issubset(inds) && tr < 5) {
      loc = rng.choice(totuple(inds));
      tr += 1;
    }
    const xx = shift(elem, loc);
    if (toindices(xx).issubset(inds)) {
      gi = paint(gi, xx);
      if (len(elem) === 12) {
        go = paint(go, set([...xx].map((cel): Cell => (cel[0] !== bgc ? cel : [3, cel[1]]))));
      } else {
        go = paint(go, xx);
      }
      inds = inds.difference(toindices(xx));
    }
  }
  return { input: gi, output: go };
}

function generate_46f33fce(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [2, 7] as const);
  const w = unifint(rng, diff_lb, diff_ub, [2, 7] as const);
  const nc = unifint(rng, diff_lb, diff_ub, [0, Math.floor((h * w) / 2) - 1] as const);
  const bgc = rng.choice(cols);
  const remcols = remove(bgc, cols);
  let go = canvas(bgc, [h, w]);
  let gi = canvas(bgc, [h * 2, w * 2]);
  const inds = totuple(asindices(go));
  const locs = rng.sample(inds, nc);
  const objo = frozenset(set(locs.map((ij): Cell => [rng.choice(remcols), ij])));
  const f = (cij: Cell): Cell => [cij[0], double(cij[1])];
  const obji = shift(apply(f, objo), [1, 1]);
  gi = paint(gi, obji);
  go = paint(go, objo);
  go = upscale(go, 4);
  return { input: gi, output: go };
}

function generate_a79310a0(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = remove(2, interval(0, 10, 1));
  const h = unifint(rng, diff_lb, diff_ub, [2, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [2, 30] as const);
  const nc = unifint(rng, diff_lb, diff_ub, [1, Math.floor((h * w) / 2) - 1] as const);
  const bgc = rng.choice(cols);
  const remcols = remove(bgc, cols);
  const fgc = rng.choice(remcols);
  const c = canvas(bgc, [h, w]);
  let bounds = asindices(c);
  const ch = rng.choice(totuple(bounds));
  let shp: Indices = set<IntegerTuple>([ch]);
  bounds = remove(ch, bounds);
  for (let j = 0; j < nc - 1; j++) {
    setAdd(shp, rng.choice(totuple(bounds.difference(shp).intersection(mapply(neighbors, shp)))));
  }
  shp = normalize(shp);
  const [oh, ow] = shape(shp);
  const loci = rng.randint(0, h - oh);
  const locj = rng.randint(0, w - ow);
  const loc = [loci, locj] as const;
  const plcd = shift(shp, loc);
  const gi = fill(c, fgc, plcd);
  const go = fill(c, 2, shift(plcd, [1, 0]));
  return { input: gi, output: go };
}

function generate_dc1df850(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = difference(interval(0, 10, 1), [1, 2] as const);
  const h = unifint(rng, diff_lb, diff_ub, [4, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [4, 30] as const);
  const bgc = rng.choice(cols);
  const remcols = remove(bgc, cols);
  let c = canvas(bgc, [h, w]);
  const nc = unifint(rng, diff_lb, diff_ub, [0, Math.floor((h * w) / 2) - 1] as const);
  const nreddev = unifint(rng, diff_lb, diff_ub, [0, Math.floor(nc / 2)] as const);
  let nred: number = rng.choice([nreddev, nc - nreddev] as const);
  nred = Math.min(Math.max(0, nred), nc);
  const inds = totuple(asindices(c));
  const occ = rng.sample(inds, nc);
  const reds = rng.sample(occ, nred);
  const others = difference(occ, reds);
  c = fill(c, 2, reds);
  const obj = frozenset(set(others.map((ij): Cell => [rng.choice(remcols), ij])));
  c = paint(c, obj);
  const gi = [...c].map((r) => r);
  const go = underfill(c, 1, mapply(neighbors, frozenset(reds)));
  return { input: gi, output: go };
}

function generate_f76d97a5(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = remove(0, remove(5, interval(0, 10, 1)));
  const h = unifint(rng, diff_lb, diff_ub, [4, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [4, 30] as const);
  const col = rng.choice(cols);
  let gi = canvas(5, [h, w]);
  let go = canvas(col, [h, w]);
  const numdev = unifint(rng, diff_lb, diff_ub, [0, Math.floor((h * w) / 2)] as const);
  let num: number = rng.choice([numdev, h * w - numdev] as const);
  num = Math.min(Math.max(1, num), h * w);
  const inds = totuple(asindices(gi));
  const locs = rng.sample(inds, num);
  gi = fill(gi, col, locs);
  go = fill(go, 0, locs);
  return { input: gi, output: go };
}

function generate_0d3d703e(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const incols = [1, 2, 3, 4, 5, 6, 8, 9] as const;
  const outcols = [5, 6, 4, 3, 1, 2, 9, 8] as const;
  const k = len(incols);
  const h = unifint(rng, diff_lb, diff_ub, [4, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [4, 30] as const);
  let gi = canvas(-1, [h, w]);
  let go = canvas(-1, [h, w]);
  const inds = asindices(gi);
  const numc = unifint(rng, diff_lb, diff_ub, [1, k] as const);
  const idxes = rng.sample(interval(0, k, 1), numc);
  for (const ij of inds) {
    const idx = rng.choice(idxes);
    gi = fill(gi, at(incols, idx), set([ij]));
    go = fill(go, at(outcols, idx), set([ij]));
  }
  return { input: gi, output: go };
}

function generate_445eab21(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const bgc = rng.choice(cols);
  let remcols = remove(bgc, cols);
  let gi = canvas(bgc, [h, w]);
  const num = unifint(rng, diff_lb, diff_ub, [1, 9] as const);
  let indss = asindices(gi);
  const maxtrials = 4 * num;
  let succ = 0;
  let tr = 0;
  let [bigcol, area] = [0, 0];
  while (succ < num && tr <= maxtrials) {
    if (len(remcols) === 0 || len(indss) === 0) {
      break;
    }
    const oh = rng.randint(3, 7);
    const ow = rng.randint(3, 7);
    if (oh * ow === area) {
      continue;
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
      gi = fill(gi, col, box(bd));
      succ += 1;
      indss = indss.difference(bd);
      if (oh * ow > area) {
        [bigcol, area] = [col, oh * ow];
      }
    }
    tr += 1;
  }
  const go = canvas(bigcol, [2, 2]);
  return { input: gi, output: go };
}

function generate_b94a9452(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [4, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [4, 30] as const);
  const [bgc, outer, inner] = unpack(rng.sample(cols, 3), 3);
  const c = canvas(bgc, [h, w]);
  const oh = unifint(rng, diff_lb, diff_ub, [3, h - 1] as const);
  const ow = unifint(rng, diff_lb, diff_ub, [3, w - 1] as const);
  const loci = rng.randint(0, h - oh);
  const locj = rng.randint(0, w - ow);
  const oh2d = unifint(rng, diff_lb, diff_ub, [0, Math.floor(oh / 2)] as const);
  const ow2d = unifint(rng, diff_lb, diff_ub, [0, Math.floor(ow / 2)] as const);
  let oh2: number = rng.choice([oh2d, oh - oh2d] as const);
  oh2 = Math.min(Math.max(1, oh2), oh - 2);
  let ow2: number = rng.choice([ow2d, ow - ow2d] as const);
  ow2 = Math.min(Math.max(1, ow2), ow - 2);
  const loci2 = rng.randint(loci + 1, loci + oh - oh2 - 1);
  const locj2 = rng.randint(locj + 1, locj + ow - ow2 - 1);
  const obj1 = backdrop(
    frozenset(
      set<IntegerTuple>([
        [loci, locj],
        [loci + oh - 1, locj + ow - 1],
      ]),
    ),
  );
  const obj2 = backdrop(
    frozenset(
      set<IntegerTuple>([
        [loci2, locj2],
        [loci2 + oh2 - 1, locj2 + ow2 - 1],
      ]),
    ),
  );
  let gi = fill(c, outer, obj1);
  gi = fill(gi, inner, obj2);
  let go = compress(gi);
  go = switch_(go, outer, inner);
  return { input: gi, output: go };
}

function generate_e9afcf9a(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [2, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [4, 30] as const);
  const numc = unifint(rng, diff_lb, diff_ub, [1, Math.min(10, h)] as const);
  const colss = rng.sample(cols, numc);
  const rr = range(h).map(() => rng.choice(colss));
  const rr2 = reversed(rr);
  const gil: number[][] = [];
  const gol: number[][] = [];
  for (let k = 0; k < w; k++) {
    gil.push(rr);
    if (mod(k, 2) === 0) {
      gol.push(rr);
    } else {
      gol.push(rr2);
    }
  }
  const gi = dmirror([...gil]);
  const go = dmirror([...gol]);
  return { input: gi, output: go };
}

function generate_e9614598(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = remove(3, interval(0, 10, 1));
  const h = unifint(rng, diff_lb, diff_ub, [5, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [5, 30] as const);
  const r = rng.randint(0, h - 1);
  const sizh = unifint(rng, diff_lb, diff_ub, [2, Math.floor(w / 2)] as const);
  let siz = 2 * sizh + 1;
  siz = Math.min(Math.max(5, siz), w);
  const locj = rng.randint(0, w - siz);
  const [bgc, dotc] = unpack(rng.sample(cols, 2), 2);
  const c = canvas(bgc, [h, w]);
  const A = [r, locj] as const;
  const B = [r, locj + siz - 1] as const;
  let gi = fill(c, dotc, set<IntegerTuple>([A, B]));
  const locc = [r, locj + Math.floor(siz / 2)] as const;
  let go = fill(gi, 3, set<IntegerTuple>([locc]));
  go = fill(go, 3, dneighbors(locc));
  if (rng.choice([true, false])) {
    gi = dmirror(gi);
    go = dmirror(go);
  }
  return { input: gi, output: go };
}

function generate_d23f8c26(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [2, 30] as const);
  const wh = unifint(rng, diff_lb, diff_ub, [1, 14] as const);
  const w = 2 * wh + 1;
  const bgc = rng.choice(cols);
  let remcols = remove(bgc, cols);
  let gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [h, w]);
  const numn = unifint(rng, diff_lb, diff_ub, [1, Math.floor((h * w) / 2) - 1] as const);
  const numcols = unifint(rng, diff_lb, diff_ub, [1, 9] as const);
  remcols = rng.sample(remcols, numcols);
  const inds = totuple(asindices(gi));
  const locs = rng.sample(inds, numn);
  for (const ij of locs) {
    const col = rng.choice(remcols);
    gi = fill(gi, col, set([ij]));
    const [_a, b] = unpack(ij, 2);
    if (b === Math.floor(w / 2)) {
      go = fill(go, col, set([ij]));
    }
  }
  return { input: gi, output: go };
}

function generate_ce9e57f2(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = remove(8, interval(0, 10, 1));
  const h = unifint(rng, diff_lb, diff_ub, [6, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [6, 30] as const);
  const nbars = unifint(rng, diff_lb, diff_ub, [2, Math.floor((w - 2) / 2)] as const);
  let locopts = interval(1, w - 1, 1);
  const barlocs = [];
  for (let k = 0; k < nbars; k++) {
    if (len(locopts) === 0) {
      break;
    }
    const loc = rng.choice(locopts);
    barlocs.push(loc);
    locopts = remove(loc, locopts);
    locopts = remove(loc + 1, locopts);
    locopts = remove(loc - 1, locopts);
  }
  const bgc = rng.choice(cols);
  const remcols = remove(bgc, cols);
  const numc = unifint(rng, diff_lb, diff_ub, [1, 8] as const);
  const colss = rng.sample(remcols, numc);
  let gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [h, w]);
  for (const j of barlocs) {
    const barloci = unifint(rng, diff_lb, diff_ub, [1, h - 2] as const);
    const fullbar = connect([0, j], [barloci, j]);
    const halfbar = connect(
      [0, j],
      [mod(barloci, 2) === 1 ? Math.floor(barloci / 2) : Math.floor((barloci - 1) / 2), j],
    );
    const barcol = rng.choice(colss);
    gi = fill(gi, barcol, fullbar);
    go = fill(go, barcol, fullbar);
    go = fill(go, 8, halfbar);
  }
  const rotf = rng.choice<GridFunction>([identity, rot90, rot180, rot270]);
  gi = rotf(gi);
  go = rotf(go);
  return { input: gi, output: go };
}

function generate_b9b7f026(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const bgc = rng.choice(cols);
  let remcols = remove(bgc, cols);
  let gi = canvas(bgc, [h, w]);
  const num = unifint(rng, diff_lb, diff_ub, [1, 9] as const);
  let indss = asindices(gi);
  const maxtrials = 4 * num;
  let succ = 0;
  let tr = 0;
  let outcol: number | null = null;
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
      succ += 1;
      indss = indss.difference(bd);
      if (outcol === null) {
        outcol = col;
        const cands = totuple(backdrop(inbox(bd)));
        const bd2 = backdrop(len(cands) > 2 ? frozenset(rng.sample(cands, 2)) : frozenset(cands));
        gi = fill(gi, bgc, bd2);
      }
    }
    tr += 1;
  }
  const go = canvas(bound(outcol, "outcol"), [1, 1]);
  return { input: gi, output: go };
}

function generate_6d75e8bb(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = remove(2, interval(0, 10, 1));
  const h = unifint(rng, diff_lb, diff_ub, [2, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [2, 30] as const);
  const nc = unifint(rng, diff_lb, diff_ub, [1, Math.floor((h * w) / 2) - 1] as const);
  const bgc = rng.choice(cols);
  const remcols = remove(bgc, cols);
  const fgc = rng.choice(remcols);
  const c = canvas(bgc, [h, w]);
  let bounds = asindices(c);
  const ch = rng.choice(totuple(bounds));
  let shp: Indices = set<IntegerTuple>([ch]);
  bounds = remove(ch, bounds);
  for (let j = 0; j < nc - 1; j++) {
    setAdd(shp, rng.choice(totuple(bounds.difference(shp).intersection(mapply(neighbors, shp)))));
  }
  shp = normalize(shp);
  const [oh, ow] = shape(shp);
  const loci = rng.randint(0, h - oh);
  const locj = rng.randint(0, w - ow);
  const loc = [loci, locj] as const;
  const plcd = shift(shp, loc);
  const gi = fill(c, fgc, plcd);
  let go = fill(c, 2, backdrop(plcd));
  go = fill(go, fgc, plcd);
  return { input: gi, output: go };
}

function generate_3f7978a0(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [5, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [5, 30] as const);
  const [bgc, noisec, linec] = unpack(rng.sample(cols, 3), 3);
  const c = canvas(bgc, [h, w]);
  let oh = unifint(rng, diff_lb, diff_ub, [4, Math.max(4, int((2 / 3) * h))] as const);
  oh = Math.min(oh, h);
  let ow = unifint(rng, diff_lb, diff_ub, [4, Math.max(4, int((2 / 3) * w))] as const);
  ow = Math.min(ow, w);
  const loci = rng.randint(0, h - oh);
  const locj = rng.randint(0, w - ow);
  const nnoise = unifint(rng, diff_lb, diff_ub, [0, Math.floor((h * w) / 4)] as const);
  const inds = totuple(asindices(c));
  const noise = rng.sample(inds, nnoise);
  let gi = fill(c, noisec, noise);
  const ulc = [loci, locj] as const;
  const lrc = [loci + oh - 1, locj + ow - 1] as const;
  const llc = [loci + oh - 1, locj] as const;
  const urc = [loci, locj + ow - 1] as const;
  gi = fill(gi, linec, connect(ulc, llc));
  gi = fill(gi, linec, connect(urc, lrc));
  const crns = set<IntegerTuple>([ulc, lrc, llc, urc]);
  gi = fill(gi, noisec, crns);
  let go = subgrid(crns, gi);
  if (rng.choice([true, false])) {
    gi = dmirror(gi);
    go = dmirror(go);
  }
  return { input: gi, output: go };
}

function generate_e76a88a6(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
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
  return { input: gi, output: go };
}

function generate_a61f2674(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = remove(2, remove(1, interval(0, 10, 1)));
  const w = unifint(rng, diff_lb, diff_ub, [5, 28] as const);
  const h = unifint(rng, diff_lb, diff_ub, [Math.floor(w / 2) + 1, 30] as const);
  const [bgc, fgc] = unpack(rng.sample(cols, 2), 2);
  let gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [h, w]);
  const nbars = unifint(rng, diff_lb, diff_ub, [2, Math.floor(w / 2)] as const);
  const barlocs = [];
  let options = interval(0, w, 1);
  while (len(options) > 0 && len(barlocs) < nbars) {
    const loc = rng.choice(options);
    barlocs.push(loc);
    options = remove(loc, options);
    options = remove(loc + 1, options);
    options = remove(loc - 1, options);
  }
  const barheights = rng.sample(interval(0, h, 1), nbars);
  for (const [j, bh] of zip(barlocs, barheights)) {
    gi = fill(gi, fgc, connect([0, j], [bh, j]));
    if (eq(bh, pymax(barheights))) {
      go = fill(go, 1, connect([0, j], [bh, j]));
    }
    if (eq(bh, pymin(barheights))) {
      go = fill(go, 2, connect([0, j], [bh, j]));
    }
  }
  const rotf = rng.choice<GridFunction>([identity, rot90, rot180, rot270]);
  gi = rotf(gi);
  go = rotf(go);
  return { input: gi, output: go };
}

function generate_ce4f8723(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = remove(3, interval(0, 10, 1));
  const h = unifint(rng, diff_lb, diff_ub, [2, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [2, 14] as const);
  const bgc = rng.choice(cols);
  let remcols = remove(bgc, cols);
  const barcol = rng.choice(remcols);
  remcols = remove(barcol, remcols);
  const cola = rng.choice(remcols);
  const colb = rng.choice(remove(cola, remcols));
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
  let go = fill(canv, 3, set(a).union(set(b)));
  if (rng.choice([true, false])) {
    gi = dmirror(gi);
    go = dmirror(go);
  }
  return { input: gi, output: go };
}

function generate_caa06a1f(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const vp = unifint(rng, diff_lb, diff_ub, [2, Math.floor(h / 2) - 1] as const);
  const hp = unifint(rng, diff_lb, diff_ub, [2, Math.floor(w / 2) - 1] as const);
  const bgc = rng.choice(cols);
  const numc = unifint(rng, diff_lb, diff_ub, [2, Math.min(8, Math.max(2, hp * vp))] as const);
  let remcols = remove(bgc, cols);
  const ccols = rng.sample(remcols, numc);
  remcols = difference(remcols, ccols);
  const tric = rng.choice(remcols);
  const obj = set([...asindices(canvas(-1, [vp, hp]))].map((ij): Cell => [rng.choice(ccols), ij]));
  let go = canvas(bgc, [h, w]);
  let gi = canvas(bgc, [h, w]);
  for (const a of range(-vp, h + 1, vp)) {
    for (const b of range(-hp, w + 1, hp)) {
      go = paint(go, shift(obj, [a, b + 1]));
    }
  }
  for (const a of range(-vp, h + 1, vp)) {
    for (const b of range(-hp, w + 1, hp)) {
      gi = paint(gi, shift(obj, [a, b]));
    }
  }
  const ioffs = unifint(rng, diff_lb, diff_ub, [1, h - 2 * vp] as const);
  const joffs = unifint(rng, diff_lb, diff_ub, [1, w - 2 * hp] as const);
  for (let a = 0; a < ioffs; a++) {
    gi = fill(gi, tric, connect([a, 0], [a, w - 1]));
  }
  for (let b = 0; b < joffs; b++) {
    gi = fill(gi, tric, connect([0, b], [h - 1, b]));
  }
  const rotf = rng.choice<GridFunction>([identity, rot90, rot180, rot270]);
  gi = rotf(gi);
  go = rotf(go);
  return { input: gi, output: go };
}

function generate_94f9d214(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = remove(2, interval(0, 10, 1));
  const h = unifint(rng, diff_lb, diff_ub, [2, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [2, 14] as const);
  const bgc = rng.choice(cols);
  let remcols = remove(bgc, cols);
  const acol = rng.choice(remcols);
  remcols = remove(acol, remcols);
  const bcol = rng.choice(remcols);
  const c = canvas(bgc, [h, w]);
  const inds = totuple(asindices(c));
  const numadev = unifint(rng, diff_lb, diff_ub, [0, Math.floor((h * w) / 2)] as const);
  const numbdev = unifint(rng, diff_lb, diff_ub, [0, Math.floor((h * w) / 2)] as const);
  let numa: number = rng.choice([numadev, h * w - numadev] as const);
  let numb: number = rng.choice([numadev, h * w - numbdev] as const);
  numa = Math.min(Math.max(1, numa), h * w - 1);
  numb = Math.min(Math.max(1, numb), h * w - 1);
  const aset = rng.sample(inds, numa);
  const bset = rng.sample(inds, numb);
  const A = fill(c, acol, aset);
  const B = fill(c, bcol, bset);
  let gi = hconcat(A, B);
  const res = set(inds)
    .difference(set(aset))
    .intersection(set(inds).difference(set(bset)));
  let go = fill(c, 2, res);
  if (rng.choice([true, false])) {
    gi = dmirror(gi);
    go = dmirror(go);
  }
  return { input: gi, output: go };
}

function generate_feca6190(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const w = unifint(rng, diff_lb, diff_ub, [2, 6] as const);
  const bgc = 0;
  const remcols = remove(bgc, cols);
  const ncols = unifint(rng, diff_lb, diff_ub, [1, Math.min(w, 5)] as const);
  const ccols = rng.sample(remcols, ncols);
  const cands = interval(0, w, 1);
  const locs = rng.sample(cands, ncols);
  let gi = canvas(bgc, [1, w]);
  let go = canvas(bgc, [w * ncols, w * ncols]);
  for (const [col, j] of zip(ccols, locs)) {
    gi = fill(gi, col, set([[0, j] as const]));
    go = fill(go, col, shoot([w * ncols - 1, j], UP_RIGHT));
  }
  return { input: gi, output: go };
}

function generate_d5d6de2d(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = remove(3, interval(0, 10, 1));
  const h = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const bgc = rng.choice(cols);
  const remcols = remove(bgc, cols);
  let gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [h, w]);
  const num = unifint(rng, diff_lb, diff_ub, [1, 16] as const);
  let indss = asindices(gi);
  const maxtrials = 4 * num;
  let tr = 0;
  let succ = 0;
  while (succ < num && tr <= maxtrials) {
    if (len(remcols) === 0 || len(indss) === 0) {
      break;
    }
    const oh = rng.randint(1, 7);
    const ow = rng.randint(1, 7);
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
      gi = fill(gi, col, box(bd));
      if (oh > 2 && ow > 2) {
        go = fill(go, 3, backdrop(inbox(bd)));
      }
      succ += 1;
      indss = indss.difference(bd).difference(outbox(bd));
    }
    tr += 1;
  }
  return { input: gi, output: go };
}

function generate_4612dd53(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = remove(2, interval(0, 10, 1));
  const h = unifint(rng, diff_lb, diff_ub, [8, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [8, 30] as const);
  const ih = unifint(rng, diff_lb, diff_ub, [5, h - 1] as const);
  const iw = unifint(rng, diff_lb, diff_ub, [5, w - 1] as const);
  const [bgc, col] = unpack(rng.sample(cols, 2), 2);
  const loci = rng.randint(0, h - ih);
  const locj = rng.randint(0, w - iw);
  const bx = box(
    frozenset(
      set<IntegerTuple>([
        [loci, locj],
        [loci + ih - 1, locj + iw - 1],
      ]),
    ),
  );
  let br: Indices;
  let locc: number;
  if (rng.choice([true, false])) {
    locc = rng.randint(loci + 2, loci + ih - 3);
    br = connect([locc, locj + 1], [locc, locj + iw - 2]);
  } else {
    locc = rng.randint(locj + 2, locj + iw - 3);
    br = connect([loci + 1, locc], [loci + ih - 2, locc]);
  }
  let c = canvas(bgc, [h, w]);
  const crns = rng.sample(totuple(corners(bx)), 3);
  const rembx = difference(bx, crns);
  const onbr = rng.sample(totuple(br), 2);
  const rembr = difference(br, onbr);
  const noccbx = unifint(rng, diff_lb, diff_ub, [0, len(rembx)] as const);
  const noccbr = unifint(rng, diff_lb, diff_ub, [0, len(rembr)] as const);
  const occbx = rng.sample(totuple(rembx), noccbx);
  const occbr = rng.sample(totuple(rembr), noccbr);
  c = fill(c, col, bx);
  c = fill(c, col, br);
  let gi = fill(c, bgc, occbx);
  gi = fill(gi, bgc, occbr);
  let go = fill(c, 2, occbx);
  go = fill(go, 2, occbr);
  if (rng.choice([true, false])) {
    gi = fill(gi, bgc, br);
    go = fill(go, bgc, br);
  }
  return { input: gi, output: go };
}

function generate_1f642eb9(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [6, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [6, 30] as const);
  const ih = unifint(rng, diff_lb, diff_ub, [2, Math.min(h - 4, 2 * Math.floor(h / 3))] as const);
  const iw = unifint(rng, diff_lb, diff_ub, [2, Math.min(w - 4, 2 * Math.floor(w / 3))] as const);
  const loci = rng.randint(2, h - ih - 2);
  const locj = rng.randint(2, w - iw - 2);
  const [bgc, sqc] = unpack(rng.sample(cols, 2), 2);
  const remcols = difference(cols, [bgc, sqc] as const);
  const numcells = unifint(rng, diff_lb, diff_ub, [1, 2 * ih + 2 * iw - 4] as const);
  let outs = [];
  let ins = [];
  const c1 = rng.choice([true, false]);
  const c2 = rng.choice([true, false]);
  const c3 = rng.choice([true, false]);
  const c4 = rng.choice([true, false]);
  for (let a = loci + Number(!c1); a < loci + ih - Number(!c2); a++) {
    outs.push([a, 0] as const);
    ins.push([a, locj] as const);
  }
  for (let a = loci + Number(!c3); a < loci + ih - Number(!c4); a++) {
    outs.push([a, w - 1] as const);
    ins.push([a, locj + iw - 1] as const);
  }
  for (let b = locj + Number(c1); b < locj + iw - Number(c3); b++) {
    outs.push([0, b] as const);
    ins.push([loci, b] as const);
  }
  for (let b = locj + Number(c2); b < locj + iw - Number(c4); b++) {
    outs.push([h - 1, b] as const);
    ins.push([loci + ih - 1, b] as const);
  }
  const inds = interval(0, 2 * ih + 2 * iw - 4, 1);
  const locs = rng.sample(inds, numcells);
  const numc = unifint(rng, diff_lb, diff_ub, [1, 8] as const);
  const ccols = rng.sample(remcols, numc);
  outs = enumerate(outs)
    .filter(([j, _e]) => contains(locs, j))
    .map(([_j, e]) => e);
  ins = enumerate(ins)
    .filter(([j, _e]) => contains(locs, j))
    .map(([_j, e]) => e);
  const c = canvas(bgc, [h, w]);
  const bd = backdrop(
    frozenset(
      set<IntegerTuple>([
        [loci, locj],
        [loci + ih - 1, locj + iw - 1],
      ]),
    ),
  );
  let gi = fill(c, sqc, bd);
  const seq = range(numcells).map(() => rng.choice(ccols));
  // RE-ARC rebinds `c` (the canvas) to each colour here
  for (const [col, loc] of zip(seq, outs)) {
    gi = fill(gi, col, set([loc]));
  }
  let go: Grid = [...gi].map((e) => e);
  for (const [col, loc] of zip(seq, ins)) {
    go = fill(go, col, set([loc]));
  }
  return { input: gi, output: go };
}

function generate_681b3aeb(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  let A: Indices;
  let B: Indices;
  let ca: number;
  let cb: number;
  let gi: Grid;
  let go: Grid;
  let loc: IntegerTuple;
  let plcda: Indices = frozenset();
  let plcdb: Indices = frozenset();
  // RE-ARC: while not fullsuc (fullsuc is set when minisuc holds, at the end of the body)
  while (true) {
    const hi = unifint(rng, diff_lb, diff_ub, [2, 8] as const);
    const wi = unifint(rng, diff_lb, diff_ub, [2, 8] as const);
    const h = unifint(rng, diff_lb, diff_ub, [3 * hi, 30] as const);
    const w = unifint(rng, diff_lb, diff_ub, [3 * wi, 30] as const);
    const c = canvas(-1, [hi, hi]);
    let bgc: number;
    [bgc, ca, cb] = unpack(rng.sample(cols, 3), 3);
    gi = canvas(bgc, [h, w]);
    let [conda, condb] = [true, true];
    // RE-ARC: while conda and condb (both start true, so the body runs at least once)
    do {
      const inds = totuple(asindices(c));
      const pa = rng.choice(inds);
      let reminds = remove(pa, inds);
      const pb = rng.choice(reminds);
      reminds = remove(pb, reminds);
      A = set<IntegerTuple>([pa]);
      B = set<IntegerTuple>([pb]);
      const nreminds = len(reminds);
      for (let k = 0; k < nreminds; k++) {
        const acands = set(reminds).intersection(mapply(dneighbors, A));
        const bcands = set(reminds).intersection(mapply(dneighbors, B));
        const opts = [];
        if (len(acands) > 0) {
          opts.push(0);
        }
        if (len(bcands) > 0) {
          opts.push(1);
        }
        const idx = rng.choice(opts);
        if (idx === 0) {
          loc = rng.choice(totuple(acands));
          setAdd(A, loc);
        } else {
          loc = rng.choice(totuple(bcands));
          setAdd(B, loc);
        }
        reminds = remove(loc, reminds);
      }
      conda = len(A) === height(A) * width(A);
      condb = len(B) === height(B) * width(B);
    } while (conda && condb);
    go = fill(c, ca, A);
    go = fill(go, cb, B);
    const fullocs = totuple(asindices(gi));
    A = normalize(A);
    B = normalize(B);
    const [ha, wa] = shape(A);
    const [hb, wb] = shape(B);
    let minisuc: boolean = false;
    if (!(ha > h || wa > w)) {
      for (let kkk = 0; kkk < 10; kkk++) {
        rng.randint(0, h - ha);
        const locaj = rng.randint(0, w - wa);
        plcda = shift(A, [locaj, locaj]);
        const remlocs = difference(fullocs, plcda);
        const remlocs2 = sfilter(remlocs, (ij) => ij[0] <= h - hb && ij[1] <= w - wb);
        if (len(remlocs2) === 0) {
          continue;
        }
        const ch = rng.choice(remlocs2);
        plcdb = shift(B, ch);
        if (set(plcdb).issubset(set(remlocs2))) {
          minisuc = true;
          break;
        }
      }
    }
    if (minisuc) {
      break;
    }
  }
  gi = fill(gi, ca, plcda);
  gi = fill(gi, cb, plcdb);
  return { input: gi, output: go };
}

function generate_d364b489(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = difference(interval(0, 10, 1), [2, 6, 7, 8] as const);
  const h = unifint(rng, diff_lb, diff_ub, [4, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [4, 30] as const);
  const [bgc, fgc] = unpack(rng.sample(cols, 2), 2);
  let gi = canvas(bgc, [h, w]);
  let inds = totuple(asindices(gi));
  const num = unifint(rng, diff_lb, diff_ub, [1, Math.floor((h * w) / 5)] as const);
  const res = set<IntegerTuple>();
  for (let j = 0; j < num; j++) {
    if (len(inds) === 0) {
      break;
    }
    const r = rng.choice(inds);
    inds = remove(r, inds);
    inds = difference(inds, neighbors(r));
    inds = difference(inds, totuple(shift(apply(rbind(multiply, TWO), dneighbors(ORIGIN)), r)));
    res.add(r);
  }
  gi = fill(gi, fgc, res);
  let go = fill(gi, 7, shift(res, LEFT));
  go = fill(go, 6, shift(res, RIGHT));
  go = fill(go, 8, shift(res, DOWN));
  go = fill(go, 2, shift(res, UP));
  return { input: gi, output: go };
}

function generate_25d8a9c8(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [2, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [2, 30] as const);
  let gi = [];
  let go = [];
  const ncols = unifint(rng, diff_lb, diff_ub, [2, 10] as const);
  const ccols = rng.sample(cols, ncols);
  for (let k = 0; k < h; k++) {
    const singlecol = rng.choice([true, false]);
    const col = rng.choice(ccols);
    let row = repeat(col, w);
    if (singlecol) {
      gi.push(row);
      go.push(repeat(5, w));
    } else {
      const remcols = remove(col, ccols);
      const nothercinv = unifint(rng, diff_lb, diff_ub, [1, w - 1] as const);
      let notherc = w - 1 - nothercinv;
      notherc = Math.min(Math.max(1, notherc), w - 1);
      row = [...row];
      const indss = interval(0, w, 1);
      for (const j of rng.sample(indss, notherc)) {
        row[j] = rng.choice(remcols);
      }
      gi.push([...row]);
      go.push(repeat(0, w));
    }
  }
  gi = [...gi];
  go = [...go];
  return { input: gi, output: go };
}

function generate_bda2d7a6(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const colopts = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [2, 14] as const);
  const w = unifint(rng, diff_lb, diff_ub, [2, 14] as const);
  const ncols = unifint(rng, diff_lb, diff_ub, [2, 10] as const);
  const cols = rng.sample(colopts, ncols);
  const colord = range(Math.min(h, w)).map(() => rng.choice(cols));
  const shp = [h * 2, w * 2] as const;
  let gi = canvas(0, shp);
  for (const [idx, [ci, _co]] of enumerate(
    zip(colord, concat(colord.slice(-1), colord.slice(0, -1))),
  )) {
    const ulc = [idx, idx] as const;
    const lrc = [h * 2 - 1 - idx, w * 2 - 1 - idx] as const;
    const bx = box(frozenset(set([ulc, lrc])));
    gi = fill(gi, ci, bx);
  }
  const I = gi;
  let objso = order(objects(I, T, F, F), compose(maximum, shape));
  if (color(at(objso, 0)) === color(at(objso, -1))) {
    objso = concat([combine(at(objso, 0), at(objso, -1))] as const, objso.slice(1, -1));
  }
  const res = mpapply(
    recolor,
    apply(color, objso),
    concat([at(objso, -1)] as const, objso.slice(0, -1)),
  );
  const go = paint(gi, res);
  return { input: gi, output: go };
}

function generate_a5f85a15(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const colopts = remove(4, interval(0, 10, 1));
  const h = unifint(rng, diff_lb, diff_ub, [3, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [3, 30] as const);
  const startlocs = concat(apply(toivec, interval(h - 1, 0, -1)), apply(tojvec, interval(0, w, 1)));
  let cands = interval(0, h + w - 1, 1);
  const num = unifint(rng, diff_lb, diff_ub, [1, Math.floor((h + w - 1) / 3)] as const);
  const locidxs: number[] = [];
  for (let k = 0; k < num; k++) {
    if (len(cands) === 0) {
      break;
    }
    const loc = rng.choice(cands);
    locidxs.push(loc);
    cands = remove(loc, cands);
    cands = remove(loc - 1, cands);
    cands = remove(loc + 1, cands);
  }
  const locs = set(locidxs.map((loc) => at(startlocs, loc)));
  const [bgc, fgc] = unpack(rng.sample(colopts, 2), 2);
  let gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [h, w]);
  for (const loc of locs) {
    const ln = order(shoot(loc, [1, 1]), first);
    gi = fill(gi, fgc, ln);
    go = fill(go, fgc, ln);
    go = fill(go, 4, slice(ln, 1, null, 2));
  }
  return { input: gi, output: go };
}

function generate_32597951(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = remove(3, interval(0, 10, 1));
  const h = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const ih = unifint(rng, diff_lb, diff_ub, [2, Math.floor(h / 2)] as const);
  const iw = unifint(rng, diff_lb, diff_ub, [2, Math.floor(w / 2)] as const);
  const [bgc, noisec, fgc] = unpack(rng.sample(cols, 3), 3);
  let c = canvas(bgc, [h, w]);
  const inds = totuple(asindices(c));
  const ndev = unifint(rng, diff_lb, diff_ub, [1, Math.floor((h * w) / 2)] as const);
  let num: number = rng.choice([ndev, h * w - ndev] as const);
  num = Math.min(Math.max(num, 0), h * w);
  const ofc = rng.sample(inds, num);
  c = fill(c, noisec, ofc);
  const loci = rng.randint(0, h - ih);
  const locj = rng.randint(0, w - iw);
  const bd = backdrop(
    frozenset(
      set<IntegerTuple>([
        [loci, locj],
        [loci + ih - 1, locj + iw - 1],
      ]),
    ),
  );
  const tofillfc = bd.intersection(ofcolor(c, bgc));
  const gi = fill(c, fgc, tofillfc);
  let go: Grid;
  if (len(tofillfc) > 0) {
    go = fill(gi, 3, backdrop(tofillfc).intersection(ofcolor(gi, noisec)));
  } else {
    go = gi;
  }
  return { input: gi, output: go };
}

function generate_cf98881b(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [2, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [2, 9] as const);
  const [bgc, barcol, cola, colb, colc] = unpack(rng.sample(cols, 5), 5);
  const canv = canvas(bgc, [h, w]);
  const inds = totuple(asindices(canv));
  const gbar = canvas(barcol, [h, 1]);
  const mp = Math.floor((h * w) / 2);
  const devrng = [0, mp] as const;
  let deva = unifint(rng, diff_lb, diff_ub, devrng);
  let devb = unifint(rng, diff_lb, diff_ub, devrng);
  let devc = unifint(rng, diff_lb, diff_ub, devrng);
  const sgna = rng.choice([1, -1] as const);
  const sgnb = rng.choice([1, -1] as const);
  const sgnc = rng.choice([1, -1] as const);
  deva = sgna * deva;
  devb = sgnb * devb;
  devc = sgnc * devc;
  let numa: number = mp + deva;
  let numb: number = mp + devb;
  let numc: number = mp + devc;
  numa = Math.max(Math.min(h * w - 1, numa), 1);
  numb = Math.max(Math.min(h * w - 1, numb), 1);
  numc = Math.max(Math.min(h * w - 1, numc), 1);
  const a = rng.sample(inds, numa);
  const b = rng.sample(inds, numb);
  const c = rng.sample(inds, numc);
  const gia = fill(canv, cola, a);
  const gib = fill(canv, colb, b);
  const gic = fill(canv, colc, c);
  const gi = hconcat(hconcat(hconcat(gia, gbar), hconcat(gib, gbar)), gic);
  let go = fill(gic, colb, b);
  go = fill(go, cola, a);
  return { input: gi, output: go };
}

function generate_41e4d17e(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = remove(6, interval(0, 10, 1));
  const h = unifint(rng, diff_lb, diff_ub, [6, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [6, 30] as const);
  const num = unifint(rng, diff_lb, diff_ub, [1, Math.floor((h * w) / 16)] as const);
  const [bgc, fgc] = unpack(rng.sample(cols, 2), 2);
  let gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [h, w]);
  let inds = asindices(gi);
  const bx = box(
    frozenset(
      set<IntegerTuple>([
        [0, 0],
        [4, 4],
      ]),
    ),
  );
  const bd = backdrop(bx);
  const maxtrials = 4 * num;
  let succ = 0;
  let tr = 0;
  while (succ < num && tr < maxtrials) {
    const loc = rng.choice(totuple(inds));
    const bxs = shift(bx, loc);
    if (bxs.issubset(set(inds))) {
      gi = fill(gi, fgc, bxs);
      go = fill(go, fgc, bxs);
      const cen = center(bxs);
      const frns = hfrontier(cen).union(vfrontier(cen));
      const kep = frns.intersection(ofcolor(go, bgc));
      go = fill(go, 6, kep);
      inds = difference(inds, shift(bd, loc));
      succ += 1;
    }
    tr += 1;
  }
  return { input: gi, output: go };
}

function generate_91714a58(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [6, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [6, 30] as const);
  const [bgc, targc] = unpack(rng.sample(cols, 2), 2);
  const remcols = remove(bgc, cols);
  const nnoise = unifint(rng, diff_lb, diff_ub, [1, Math.floor((h * w) / 2)] as const);
  let gi = canvas(bgc, [h, w]);
  const inds = totuple(asindices(gi));
  const noise = rng.sample(inds, nnoise);
  const ih = rng.randint(2, Math.floor(h / 2));
  const iw = rng.randint(2, Math.floor(w / 2));
  const loci = rng.randint(0, h - ih);
  const locj = rng.randint(0, w - iw);
  const bd = backdrop(
    frozenset(
      set<IntegerTuple>([
        [loci, locj],
        [loci + ih - 1, locj + iw - 1],
      ]),
    ),
  );
  const go = fill(gi, targc, bd);
  for (const ij of noise) {
    const col = rng.choice(remcols);
    gi = fill(gi, col, set([ij]));
  }
  gi = fill(gi, targc, bd);
  return { input: gi, output: go };
}

function generate_b60334d2(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = remove(1, interval(0, 10, 1));
  const h = unifint(rng, diff_lb, diff_ub, [6, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [6, 30] as const);
  const num = unifint(rng, diff_lb, diff_ub, [1, Math.floor((h * w) / 9)] as const);
  const [bgc, fgc] = unpack(rng.sample(cols, 2), 2);
  let gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [h, w]);
  let inds = asindices(gi);
  const bx = box(
    frozenset(
      set<IntegerTuple>([
        [0, 0],
        [2, 2],
      ]),
    ),
  );
  const bd = backdrop(bx);
  const maxtrials = 4 * num;
  let succ = 0;
  let tr = 0;
  while (succ < num && tr < maxtrials) {
    const loc = rng.choice(totuple(inds));
    const bxs = shift(bx, loc);
    if (bxs.issubset(set(inds))) {
      const cen = center(bxs);
      gi = fill(gi, fgc, set<IntegerTuple>([cen]));
      go = fill(go, fgc, ineighbors(cen));
      go = fill(go, 1, dneighbors(cen));
      inds = difference(inds, shift(bd, loc));
      succ += 1;
    }
    tr += 1;
  }
  return { input: gi, output: go };
}

function generate_952a094c(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [6, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [6, 30] as const);
  const ih = unifint(rng, diff_lb, diff_ub, [4, h - 2] as const);
  const iw = unifint(rng, diff_lb, diff_ub, [4, w - 2] as const);
  const loci = rng.randint(1, h - ih - 1);
  const locj = rng.randint(1, w - iw - 1);
  const sp = [loci, locj] as const;
  const ep = [loci + ih - 1, locj + iw - 1] as const;
  const bx = box(frozenset(set<IntegerTuple>([sp, ep])));
  const [bgc, fgc, a, b, c, d] = unpack(rng.sample(cols, 6), 6);
  const canv = canvas(bgc, [h, w]);
  const canvv = fill(canv, fgc, bx);
  let gi: Grid = [...canvv].map((e) => e);
  let go: Grid = [...canvv].map((e) => e);
  gi = fill(gi, a, set<IntegerTuple>([[loci + 1, locj + 1]]));
  go = fill(go, a, set<IntegerTuple>([[loci + ih, locj + iw]]));
  gi = fill(gi, b, set<IntegerTuple>([[loci + 1, locj + iw - 2]]));
  go = fill(go, b, set<IntegerTuple>([[loci + ih, locj - 1]]));
  gi = fill(gi, c, set<IntegerTuple>([[loci + ih - 2, locj + 1]]));
  go = fill(go, c, set<IntegerTuple>([[loci - 1, locj + iw]]));
  gi = fill(gi, d, set<IntegerTuple>([[loci + ih - 2, locj + iw - 2]]));
  go = fill(go, d, set<IntegerTuple>([[loci - 1, locj - 1]]));
  return { input: gi, output: go };
}

function generate_b8cdaf2b(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [3, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [3, 30] as const);
  const [bgc, linc, dotc] = unpack(rng.sample(cols, 3), 3);
  const lin = connect([0, 0], [0, w - 1]);
  const winv = unifint(rng, diff_lb, diff_ub, [2, w - 1] as const);
  let w2 = w - winv;
  w2 = Math.min(Math.max(w2, 1), w - 2);
  const locj = rng.randint(1, w - w2 - 1);
  const bar2 = connect([0, locj], [0, locj + w2 - 1]);
  const c = canvas(bgc, [h, w]);
  let gi = fill(c, linc, lin);
  gi = fill(gi, dotc, bar2);
  gi = fill(gi, linc, shift(bar2, [1, 0]));
  let go = fill(gi, dotc, shoot([2, locj - 1], [1, -1]));
  go = fill(go, dotc, shoot([2, locj + w2], [1, 1]));
  const rotf = rng.choice<GridFunction>([identity, rot90, rot180, rot270]);
  gi = rotf(gi);
  go = rotf(go);
  return { input: gi, output: go };
}

function generate_b548a754(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [5, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [4, 30] as const);
  const hi = unifint(rng, diff_lb, diff_ub, [4, h - 1] as const);
  const wi = unifint(rng, diff_lb, diff_ub, [3, w - 1] as const);
  const loci = rng.randint(0, h - hi);
  const locj = rng.randint(0, w - wi);
  const bx = box(
    frozenset(
      set<IntegerTuple>([
        [loci, locj],
        [loci + hi - 1, locj + wi - 1],
      ]),
    ),
  );
  const ins = backdrop(inbox(bx));
  const [bgc, boxc, inc, dotc] = unpack(rng.sample(cols, 4), 4);
  const c = canvas(bgc, [h, w]);
  let go = fill(c, boxc, bx);
  go = fill(go, inc, ins);
  const cutoff = rng.randint(loci + 2, loci + hi - 2);
  const bx2 = box(
    frozenset(
      set<IntegerTuple>([
        [loci, locj],
        [cutoff, locj + wi - 1],
      ]),
    ),
  );
  const ins2 = backdrop(inbox(bx2));
  let gi = fill(c, boxc, bx2);
  gi = fill(gi, inc, ins2);
  const locc = rng.choice(totuple(connect([loci + hi - 1, locj], [loci + hi - 1, locj + wi - 1])));
  gi = fill(gi, dotc, set<IntegerTuple>([locc]));
  const rotf = rng.choice<GridFunction>([identity, rot90, rot180, rot270]);
  gi = rotf(gi);
  go = rotf(go);
  return { input: gi, output: go };
}

function generate_95990924(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = difference(interval(0, 10, 1), [1, 2, 3, 4] as const);
  const h = unifint(rng, diff_lb, diff_ub, [6, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [6, 30] as const);
  const num = unifint(rng, diff_lb, diff_ub, [1, Math.floor((h * w) / 16)] as const);
  const [bgc, fgc] = unpack(rng.sample(cols, 2), 2);
  let gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [h, w]);
  let inds = asindices(gi);
  const bx = box(
    frozenset(
      set<IntegerTuple>([
        [0, 0],
        [3, 3],
      ]),
    ),
  );
  const bd = backdrop(bx);
  const maxtrials = 4 * num;
  let succ = 0;
  let tr = 0;
  while (succ < num && tr < maxtrials) {
    const loc = rng.choice(totuple(inds));
    const bxs = shift(bx, loc);
    if (bxs.issubset(set(inds))) {
      gi = fill(gi, fgc, inbox(bxs));
      go = fill(go, fgc, inbox(bxs));
      go = fill(go, 1, set<IntegerTuple>([loc]));
      go = fill(go, 2, set<IntegerTuple>([add(loc, [0, 3] as const)]));
      go = fill(go, 3, set<IntegerTuple>([add(loc, [3, 0] as const)]));
      go = fill(go, 4, set<IntegerTuple>([add(loc, [3, 3] as const)]));
      inds = difference(inds, shift(bd, loc));
      succ += 1;
    }
    tr += 1;
  }
  return { input: gi, output: go };
}

function generate_f1cefba8(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [7, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [7, 30] as const);
  const ih = unifint(rng, diff_lb, diff_ub, [6, h - 1] as const);
  const iw = unifint(rng, diff_lb, diff_ub, [6, w - 1] as const);
  const loci = rng.randint(0, h - ih);
  const locj = rng.randint(0, w - iw);
  const [bgc, ringc, inc] = unpack(rng.sample(cols, 3), 3);
  const obj = frozenset(
    set<IntegerTuple>([
      [loci, locj],
      [loci + ih - 1, locj + iw - 1],
    ]),
  );
  const ring1 = box(obj);
  const ring2 = inbox(obj);
  const bd = backdrop(obj);
  let c = canvas(bgc, [h, w]);
  c = fill(c, inc, bd);
  c = fill(c, ringc, ring1.union(ring2));
  const cands = totuple(ring2.difference(corners(ring2)));
  const numc = unifint(rng, diff_lb, diff_ub, [1, Math.floor(len(cands) / 2)] as const);
  const locs = rng.sample(cands, numc);
  const gi = fill(c, inc, locs);
  const lm = lowermost(ring2);
  const hori = sfilter(locs, (ij) => ij[0] > loci + 1 && ij[0] < lm);
  const verti = difference(locs, hori);
  const hlines = mapply(hfrontier, hori);
  const vlines = mapply(vfrontier, verti);
  const fulllocs = set(hlines).union(set(vlines));
  const topaintinc = fulllocs.intersection(ofcolor(c, bgc));
  const topaintringc = fulllocs.intersection(ofcolor(c, inc));
  let go = fill(c, inc, topaintinc);
  go = fill(go, ringc, topaintringc);
  return { input: gi, output: go };
}

function generate_c444b776(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [2, 9] as const);
  const w = unifint(rng, diff_lb, diff_ub, [2, 9] as const);
  const nh = unifint(rng, diff_lb, diff_ub, [1, 3] as const);
  const nw = unifint(rng, diff_lb, diff_ub, [nh > 1 ? 1 : 2, 3] as const);
  const bgclinc = rng.sample(cols, 2);
  const [bgc, linc] = unpack(bgclinc, 2);
  const remcols = difference(cols, bgclinc);
  const fullh = h * nh + (nh - 1);
  const fullw = w * nw + (nw - 1);
  const c = canvas(linc, [fullh, fullw]);
  const smallc = canvas(bgc, [h, w]);
  const inds = totuple(asindices(smallc));
  const numcol = unifint(rng, diff_lb, diff_ub, [1, 8] as const);
  const ccols = rng.sample(remcols, numcol);
  const numcels = unifint(rng, diff_lb, diff_ub, [1, Math.floor((h * w) / 2)] as const);
  const cels = rng.sample(inds, numcels);
  let obj: ArcObject = set(cels.map((ij): Cell => [rng.choice(ccols), ij]));
  const smallcpainted = paint(smallc, obj);
  const llocset = set<IntegerTuple>();
  for (const a of range(0, fullh, h + 1)) {
    for (const b of range(0, fullw, w + 1)) {
      llocset.add([a, b] as const);
    }
  }
  const llocs = [...llocset];
  const srcloc = rng.choice(llocs);
  obj = asobject(smallcpainted);
  let gi = paint(c, shift(obj, srcloc));
  const remlocs = remove(srcloc, llocs);
  const bobj = asobject(smallc);
  for (const rl of remlocs) {
    gi = paint(gi, shift(bobj, rl));
  }
  let go: Grid = [...gi].map((e) => e);
  for (const rl of remlocs) {
    go = paint(go, shift(obj, rl));
  }
  return { input: gi, output: go };
}

function generate_97999447(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = remove(5, interval(0, 10, 1));
  const h = unifint(rng, diff_lb, diff_ub, [3, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [3, 30] as const);
  const opts = interval(0, h, 1);
  const num = unifint(rng, diff_lb, diff_ub, [1, h] as const);
  const locs = rng.sample(opts, num);
  const bgc = rng.choice(cols);
  const remcols = remove(bgc, cols);
  const numc = unifint(rng, diff_lb, diff_ub, [1, 8] as const);
  const ccols = rng.sample(remcols, numc);
  let gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [h, w]);
  for (const idx of locs) {
    const col = rng.choice(ccols);
    const j = rng.randint(0, w - 1);
    const dot = [idx, j] as const;
    gi = fill(gi, col, set<IntegerTuple>([dot]));
    go = fill(go, col, set(range(j, w, 2).map((x) => [idx, x] as const)));
    go = fill(go, 5, set(range(j + 1, w, 2).map((x) => [idx, x] as const)));
  }
  return { input: gi, output: go };
}

function generate_d89b689b(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = remove(5, interval(0, 10, 1));
  const h = unifint(rng, diff_lb, diff_ub, [4, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [4, 30] as const);
  const [bgc, sqc, a, b, c, d] = unpack(rng.sample(cols, 6), 6);
  const loci = rng.randint(1, h - 3);
  const locj = rng.randint(1, w - 3);
  const canv = canvas(bgc, [h, w]);
  let go = fill(canv, a, set<IntegerTuple>([[loci, locj]]));
  go = fill(go, b, set<IntegerTuple>([[loci, locj + 1]]));
  go = fill(go, c, set<IntegerTuple>([[loci + 1, locj]]));
  go = fill(go, d, set<IntegerTuple>([[loci + 1, locj + 1]]));
  const inds = totuple(asindices(canv));
  let aopts = sfilter(inds, (ij) => ij[0] < loci && ij[1] < locj);
  let bopts = sfilter(inds, (ij) => ij[0] < loci && ij[1] > locj + 1);
  let copts = sfilter(inds, (ij) => ij[0] > loci + 1 && ij[1] < locj);
  let dopts = sfilter(inds, (ij) => ij[0] > loci + 1 && ij[1] > locj + 1);
  aopts = order(aopts, (ij) => manhattan(set([ij]), set<IntegerTuple>([[loci, locj]])));
  bopts = order(bopts, (ij) => manhattan(set([ij]), set<IntegerTuple>([[loci, locj + 1]])));
  copts = order(copts, (ij) => manhattan(set([ij]), set<IntegerTuple>([[loci + 1, locj]])));
  dopts = order(dopts, (ij) => manhattan(set([ij]), set<IntegerTuple>([[loci + 1, locj + 1]])));
  const aidx = unifint(rng, diff_lb, diff_ub, [0, len(aopts) - 1] as const);
  const bidx = unifint(rng, diff_lb, diff_ub, [0, len(bopts) - 1] as const);
  const cidx = unifint(rng, diff_lb, diff_ub, [0, len(copts) - 1] as const);
  const didx = unifint(rng, diff_lb, diff_ub, [0, len(dopts) - 1] as const);
  const loca = at(aopts, aidx);
  const locb = at(bopts, bidx);
  const locc = at(copts, cidx);
  const locd = at(dopts, didx);
  let gi = fill(
    canv,
    sqc,
    backdrop(
      set<IntegerTuple>([
        [loci, locj],
        [loci + 1, locj + 1],
      ]),
    ),
  );
  gi = fill(gi, a, set([loca]));
  gi = fill(gi, b, set([locb]));
  gi = fill(gi, c, set([locc]));
  gi = fill(gi, d, set([locd]));
  return { input: gi, output: go };
}

function generate_543a7ed5(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = difference(interval(0, 10, 1), [3, 4] as const);
  const h = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const bgc = rng.choice(cols);
  const remcols = remove(bgc, cols);
  const numc = unifint(rng, diff_lb, diff_ub, [1, 7] as const);
  const ccols = rng.sample(remcols, numc);
  let gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [h, w]);
  const num = unifint(rng, diff_lb, diff_ub, [1, Math.floor((h * w) / 25)] as const);
  let indss = asindices(gi);
  const maxtrials = 4 * num;
  let tr = 0;
  let succ = 0;
  while (succ < num && tr <= maxtrials) {
    if (len(indss) === 0) {
      break;
    }
    const oh = rng.randint(4, 8);
    const ow = rng.randint(4, 8);
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
    const col = rng.choice(ccols);
    if (bd.issubset(indss)) {
      const bdibd = backdrop(
        frozenset(
          set<IntegerTuple>([
            [loci + 1, locj + 1],
            [loci + oh - 2, locj + ow - 2],
          ]),
        ),
      );
      go = fill(go, col, bdibd);
      go = fill(go, 3, box(bd));
      gi = fill(gi, col, bdibd);
      if (oh > 5 && ow > 5 && rng.randint(1, 10) !== 1) {
        const [ulci, ulcj] = ulcorner(bdibd);
        const [lrci, lrcj] = lrcorner(bdibd);
        let aa = rng.randint(ulci + 1, lrci - 1);
        aa = rng.randint(ulci + 1, aa);
        let bb = rng.randint(ulcj + 1, lrcj - 1);
        bb = rng.randint(ulcj + 1, bb);
        let cc = rng.randint(aa, lrci - 1);
        let dd = rng.randint(bb, lrcj - 1);
        cc = rng.randint(cc, lrci - 1);
        dd = rng.randint(dd, lrcj - 1);
        const ins = backdrop(
          set<IntegerTuple>([
            [aa, bb],
            [cc, dd],
          ]),
        );
        go = fill(go, 4, ins);
        gi = fill(gi, bgc, ins);
      }
      succ += 1;
      indss = indss.difference(bd);
    }
    tr += 1;
  }
  return { input: gi, output: go };
}

function generate_a2fd1cf0(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = difference(interval(0, 10, 1), [2, 3, 8] as const);
  const h = unifint(rng, diff_lb, diff_ub, [4, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [4, 30] as const);
  const gloci = unifint(rng, diff_lb, diff_ub, [1, h - 1] as const);
  const glocj = unifint(rng, diff_lb, diff_ub, [1, w - 1] as const);
  const gloc = [gloci, glocj] as const;
  const bgc = rng.choice(cols);
  let g = canvas(bgc, [h, w]);
  g = fill(g, 3, set<IntegerTuple>([gloc]));
  g = rot180(g);
  const glocinv = center(ofcolor(g, 3));
  const [glocinvi, glocinvj] = glocinv;
  const rloci = unifint(rng, diff_lb, diff_ub, [glocinvi + 1, h - 1] as const);
  const rlocj = unifint(rng, diff_lb, diff_ub, [glocinvj + 1, w - 1] as const);
  const rlocinv = [rloci, rlocj] as const;
  g = fill(g, 2, set<IntegerTuple>([rlocinv]));
  const rotf = rng.choice<GridFunction>([identity, rot90, rot180, rot270]);
  const gi = rotf(g);
  const [a, b] = center(ofcolor(gi, 2));
  const [c, d] = center(ofcolor(gi, 3));
  let go = fill(gi, 8, connect([a, b], [a, d]));
  go = fill(go, 8, connect([a, d], [c, d]));
  go = fill(go, 2, set<IntegerTuple>([[a, b]]));
  go = fill(go, 3, set<IntegerTuple>([[c, d]]));
  return { input: gi, output: go };
}

function generate_cdecee7f(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [3, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [3, 30] as const);
  const numc = unifint(rng, diff_lb, diff_ub, [1, Math.min(9, w)] as const);
  const bgc = rng.choice(cols);
  const remcols = remove(bgc, cols);
  const numcols = unifint(rng, diff_lb, diff_ub, [1, 9] as const);
  const ccols = rng.sample(remcols, numcols);
  const inds = interval(0, w, 1);
  let locs = rng.sample(inds, numc);
  locs = order(locs, identity);
  let gi = canvas(bgc, [h, w]);
  let go = [];
  for (const j of locs) {
    const iloc = rng.randint(0, h - 1);
    const col = rng.choice(ccols);
    gi = fill(gi, col, set([[iloc, j] as const]));
    go.push(col);
  }
  go = concat(go, repeatSeq([bgc], 9 - len(go)));
  go = [...go];
  go = [...[go.slice(0, 3), reversed(go.slice(3, 6)), go.slice(6)]];
  return { input: gi, output: go };
}

function generate_0962bcdd(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = difference(interval(0, 10, 1), [3, 4] as const);
  const h = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const bgc = rng.choice(cols);
  const remcols = remove(bgc, cols);
  const numc = unifint(rng, diff_lb, diff_ub, [2, 7] as const);
  const ccols = rng.sample(remcols, numc);
  let gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [h, w]);
  const num = unifint(rng, diff_lb, diff_ub, [1, Math.floor((h * w) / 25)] as const);
  let indss = asindices(gi);
  const maxtrials = 4 * num;
  let tr = 0;
  let succ = 0;
  const [oh, ow] = [5, 5];
  const subs = totuple(sfilter(indss, (ij) => ij[0] < h - oh && ij[1] < w - ow));
  while (succ < num && tr <= maxtrials) {
    if (len(indss) === 0) {
      break;
    }
    if (len(subs) === 0) {
      tr += 1;
      continue;
    }
    const [loci, locj] = rng.choice(subs);
    const obj = frozenset(
      set<IntegerTuple>([
        [loci, locj],
        [loci + 4, locj + 4],
      ]),
    );
    const bd = backdrop(obj);
    rng.choice(ccols);
    if (bd.issubset(indss)) {
      const [ca, cb] = unpack(rng.sample(ccols, 2), 2);
      const cp = [loci + 2, locj + 2] as const;
      const lins1 = connect([loci, locj], [loci + 4, locj + 4]);
      const lins2 = connect([loci + 4, locj], [loci, locj + 4]);
      const lins12 = lins1.union(lins2);
      const lins3 = connect([loci + 2, locj], [loci + 2, locj + 4]);
      const lins4 = connect([loci, locj + 2], [loci + 4, locj + 2]);
      const lins34 = lins3.union(lins4);
      go = fill(go, cb, lins34);
      go = fill(go, ca, lins12);
      gi = fill(gi, ca, set<IntegerTuple>([cp]));
      gi = fill(gi, cb, dneighbors(cp));
      succ += 1;
      indss = indss.difference(bd);
    }
    tr += 1;
  }
  return { input: gi, output: go };
}

function generate_dc0a314f(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = remove(3, interval(0, 10, 1));
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
  gi = fill(gi, 3, bd);
  const rotf = rng.choice<GridFunction>([identity, rot90, rot180, rot270]);
  gi = rotf(gi);
  go = rotf(go);
  return { input: gi, output: go };
}

function generate_29623171(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [2, 6] as const);
  const w = unifint(rng, diff_lb, diff_ub, [2, 6] as const);
  const nh = unifint(rng, diff_lb, diff_ub, [2, 4] as const);
  const nw = unifint(rng, diff_lb, diff_ub, [2, 4] as const);
  const [bgc, linc, fgc] = unpack(rng.sample(cols, 3), 3);
  const fullh = h * nh + (nh - 1);
  const fullw = w * nw + (nw - 1);
  const c = canvas(linc, [fullh, fullw]);
  const smallc = canvas(bgc, [h, w]);
  const inds = totuple(asindices(smallc));
  const llocset = set<IntegerTuple>();
  for (const a of range(0, fullh, h + 1)) {
    for (const b of range(0, fullw, w + 1)) {
      llocset.add([a, b] as const);
    }
  }
  const llocs = [...llocset];
  const srcloc = rng.choice(llocs);
  const nmostc = unifint(rng, diff_lb, diff_ub, [1, Math.floor((h * w) / 2) - 1] as const);
  const mostc = rng.sample(inds, nmostc);
  const srcg = fill(smallc, fgc, mostc);
  const obj = asobject(srcg);
  const shftd = shift(obj, srcloc);
  let gi = paint(c, shftd);
  let go = fill(c, fgc, shftd);
  const remlocs = remove(srcloc, llocs);
  const gg = asobject(fill(smallc, bgc, inds));
  for (const rl of remlocs) {
    const noth = unifint(rng, diff_lb, diff_ub, [0, nmostc] as const);
    const otherg = fill(smallc, fgc, rng.sample(inds, noth));
    gi = paint(gi, shift(asobject(otherg), rl));
    if (noth === nmostc) {
      go = fill(go, fgc, shift(obj, rl));
    } else {
      go = paint(go, shift(gg, rl));
    }
  }
  return { input: gi, output: go };
}

function generate_d4a91cb9(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = difference(interval(0, 10, 1), [2, 4, 8] as const);
  const h = unifint(rng, diff_lb, diff_ub, [4, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [4, 30] as const);
  const gloci = unifint(rng, diff_lb, diff_ub, [1, h - 1] as const);
  const glocj = unifint(rng, diff_lb, diff_ub, [1, w - 1] as const);
  const gloc = [gloci, glocj] as const;
  const bgc = rng.choice(cols);
  let g = canvas(bgc, [h, w]);
  g = fill(g, 8, set<IntegerTuple>([gloc]));
  g = rot180(g);
  const glocinv = center(ofcolor(g, 8));
  const [glocinvi, glocinvj] = glocinv;
  const rloci = unifint(rng, diff_lb, diff_ub, [glocinvi + 1, h - 1] as const);
  const rlocj = unifint(rng, diff_lb, diff_ub, [glocinvj + 1, w - 1] as const);
  const rlocinv = [rloci, rlocj] as const;
  g = fill(g, 2, set<IntegerTuple>([rlocinv]));
  const rotf = rng.choice<GridFunction>([identity, rot90, rot180, rot270]);
  const gi = rotf(g);
  const [a, b] = center(ofcolor(gi, 2));
  const [c, d] = center(ofcolor(gi, 8));
  let go = fill(gi, 4, connect([a, b], [a, d]));
  go = fill(go, 4, connect([a, d], [c, d]));
  go = fill(go, 2, set<IntegerTuple>([[a, b]]));
  go = fill(go, 8, set<IntegerTuple>([[c, d]]));
  return { input: gi, output: go };
}

function generate_60b61512(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = remove(7, interval(0, 10, 1));
  const h = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const bgc = rng.choice(cols);
  const remcols = remove(bgc, cols);
  const numcols = unifint(rng, diff_lb, diff_ub, [1, 8] as const);
  const ccols = rng.sample(remcols, numcols);
  let gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [h, w]);
  const num = unifint(rng, diff_lb, diff_ub, [1, Math.floor((h * w) / 20)] as const);
  let indss = asindices(gi);
  const maxtrials = 4 * num;
  let tr = 0;
  let succ = 0;
  while (succ < num && tr <= maxtrials) {
    if (len(indss) === 0) {
      break;
    }
    let oh = rng.randint(2, 7);
    let ow = rng.randint(2, 7);
    const subs = totuple(sfilter(indss, (ij) => ij[0] < h - oh && ij[1] < w - ow));
    if (len(subs) === 0) {
      tr += 1;
      continue;
    }
    const [loci, locj] = rng.choice(subs);
    let indsss = asindices(canvas(-1, [oh, ow]));
    const chch = rng.choice(totuple(indsss));
    let obj: Indices = set<IntegerTuple>([chch]);
    indsss = remove(chch, indsss);
    const numcd = unifint(rng, diff_lb, diff_ub, [0, Math.floor((oh * ow) / 2)] as const);
    let numc: number = rng.choice([numcd, oh * ow - numcd] as const);
    numc = Math.min(Math.max(2, numc), oh * ow - 1);
    for (let k = 0; k < numc; k++) {
      setAdd(obj, rng.choice(totuple(indsss.intersection(mapply(neighbors, obj)))));
      indsss = indsss.difference(obj);
    }
    [oh, ow] = shape(obj);
    obj = shift(obj, [loci, locj]);
    const bd = backdrop(obj);
    const col = rng.choice(ccols);
    if (bd.issubset(indss)) {
      gi = fill(gi, col, obj);
      go = fill(go, 7, bd);
      go = fill(go, col, obj);
      succ += 1;
      indss = indss.difference(bd).difference(outbox(bd));
    }
    tr += 1;
  }
  return { input: gi, output: go };
}

function generate_4938f0c2(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [10, 31] as const);
  const w = unifint(rng, diff_lb, diff_ub, [10, 31] as const);
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
  while (ncells === 4 && eq(shape(cells), [2, 2] as const)) {
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
  const [ccpi, ccpj] = center(ofcolor(gi, cc));
  gi = concat(gi.slice(0, ccpi), gi.slice(ccpi + 1));
  gi = gi.map((r) => concat(r.slice(0, ccpj), r.slice(ccpj + 1)));
  go = concat(go.slice(0, ccpi), go.slice(ccpi + 1));
  go = go.map((r) => concat(r.slice(0, ccpj), r.slice(ccpj + 1)));
  return { input: gi, output: go };
}

function generate_a8d7556c(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = difference(interval(0, 10, 1), [0, 2] as const);
  const h = unifint(rng, diff_lb, diff_ub, [6, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [6, 30] as const);
  const fgc = rng.choice(cols);
  const c = canvas(fgc, [h, w]);
  const numblacks = unifint(rng, diff_lb, diff_ub, [1, Math.floor((h * w) / 3) * 2] as const);
  const inds = totuple(asindices(c));
  const blacks = rng.sample(inds, numblacks);
  let gi = fill(c, 0, blacks);
  const numsq = unifint(rng, diff_lb, diff_ub, [1, Math.floor((h * w) / 10)] as const);
  const sqlocs = rng.sample(inds, numsq);
  gi = fill(gi, 0, shift(sqlocs, [0, 0]));
  gi = fill(gi, 0, shift(sqlocs, [0, 1]));
  gi = fill(gi, 0, shift(sqlocs, [1, 0]));
  gi = fill(gi, 0, shift(sqlocs, [1, 1]));
  let go: Grid = [...gi].map((e) => e);
  for (let a = 0; a < h - 1; a++) {
    for (let b = 0; b < w - 1; b++) {
      if (
        at(at(gi, a), b) === 0 &&
        at(at(gi, a + 1), b) === 0 &&
        at(at(gi, a), b + 1) === 0 &&
        at(at(gi, a + 1), b + 1) === 0
      ) {
        go = fill(
          go,
          2,
          set<IntegerTuple>([
            [a, b],
            [a + 1, b],
            [a, b + 1],
            [a + 1, b + 1],
          ]),
        );
      }
    }
  }
  return { input: gi, output: go };
}

function generate_007bbfb7(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(1, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [2, 5] as const);
  const w = unifint(rng, diff_lb, diff_ub, [2, 5] as const);
  const c = canvas(0, [h, w]);
  const numcd = unifint(rng, diff_lb, diff_ub, [0, Math.floor((h * w) / 2)] as const);
  let numc: number = rng.choice([numcd, h * w - numcd] as const);
  numc = Math.min(Math.max(1, numc), h * w - 1);
  const inds = totuple(asindices(c));
  const locs = rng.sample(inds, numc);
  const fgc = rng.choice(cols);
  const gi = fill(c, fgc, locs);
  let go = canvas(0, [h ** 2, w ** 2]);
  for (const loc of locs) {
    go = fill(go, fgc, shift(locs, multiply(loc, [h, w] as const)));
  }
  return { input: gi, output: go };
}

function generate_b190f7f5(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const fullcols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [2, 5] as const);
  const w = unifint(rng, diff_lb, diff_ub, [2, 5] as const);
  const bgc = rng.choice(fullcols);
  const cols = remove(bgc, fullcols);
  const c = canvas(bgc, [h, w]);
  const numcd = unifint(rng, diff_lb, diff_ub, [0, Math.floor((h * w) / 2)] as const);
  let numc: number = rng.choice([numcd, h * w - numcd] as const);
  numc = Math.min(Math.max(1, numc), h * w - 1);
  const numcd2 = unifint(rng, diff_lb, diff_ub, [0, Math.floor((h * w) / 2)] as const);
  let numc2: number = rng.choice([numcd2, h * w - numcd2] as const);
  numc2 = Math.min(Math.max(2, numc2), h * w - 1);
  const inds = totuple(asindices(c));
  const srclocs = rng.sample(inds, numc);
  const srccol = rng.choice(cols);
  const remcols = remove(srccol, cols);
  const numcols = unifint(rng, diff_lb, diff_ub, [2, 8] as const);
  const trglocs = rng.sample(inds, numc2);
  const ccols = rng.sample(remcols, numcols);
  const fixc1 = rng.choice(ccols);
  const trgcells: Cell[] = [
    [fixc1, at(trglocs, 0)],
    [rng.choice(remove(fixc1, ccols)), at(trglocs, 1)],
    ...trglocs.slice(2).map((ij): Cell => [rng.choice(ccols), ij]),
  ];
  const trgobj = frozenset(trgcells);
  const gisrc = fill(c, srccol, srclocs);
  const gitrg = paint(c, trgobj);
  const catf = rng.choice([hconcat, vconcat]);
  const ordd = rng.choice<readonly [Grid, Grid]>([
    [gisrc, gitrg],
    [gitrg, gisrc],
  ]);
  const gi = catf(...ordd);
  let go = canvas(bgc, [h ** 2, w ** 2]);
  for (const loc of trglocs) {
    const [a, b] = unpack(loc, 2);
    go = fill(go, at(at(gitrg, a), b), shift(srclocs, multiply(loc, [h, w] as const)));
  }
  return { input: gi, output: go };
}

function generate_2bcee788(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = remove(3, interval(0, 10, 1));
  const h = unifint(rng, diff_lb, diff_ub, [2, 20] as const);
  const w = unifint(rng, diff_lb, diff_ub, [2, 10] as const);
  const [bgc, sepc, objc] = unpack(rng.sample(cols, 3), 3);
  const c = canvas(bgc, [h, w]);
  const inds = totuple(asindices(c));
  const spi = rng.randint(0, h - 1);
  const sp = [spi, w - 1] as const;
  const shp = set<IntegerTuple>([sp]);
  const numcellsd = unifint(rng, diff_lb, diff_ub, [0, Math.floor((h * w) / 2)] as const);
  let numc: number = rng.choice([numcellsd, h * w - numcellsd] as const);
  numc = Math.min(Math.max(2, numc), h * w - 1);
  const reminds = set(remove(sp, inds));
  for (let k = 0; k < numc; k++) {
    setAdd(shp, rng.choice(totuple(reminds.difference(shp).intersection(mapply(neighbors, shp)))));
  }
  while (width(shp) === 1) {
    setAdd(shp, rng.choice(totuple(reminds.difference(shp).intersection(mapply(neighbors, shp)))));
  }
  const c2 = fill(c, objc, shp);
  const borderinds = sfilter(shp, (ij) => ij[1] === w - 1);
  const c3 = fill(c, sepc, borderinds);
  const gimini = asobject(hconcat(c2, vmirror(c3)));
  const gomini = asobject(hconcat(c2, vmirror(c2)));
  const fullh = unifint(rng, diff_lb, diff_ub, [h + 1, 30] as const);
  const fullw = unifint(rng, diff_lb, diff_ub, [2 * w + 1, 30] as const);
  const fullg = canvas(bgc, [fullh, fullw]);
  rng.randint(0, fullh - h);
  rng.randint(0, fullw - 2 * w);
  let gi = paint(fullg, gimini);
  let go = paint(fullg, gomini);
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
  go = replace(go, bgc, 3);
  return { input: gi, output: go };
}

function generate_a3df8b1e(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const w = unifint(rng, diff_lb, diff_ub, [2, 10] as const);
  const h = unifint(rng, diff_lb, diff_ub, [w + 1, 30] as const);
  const [bgc, linc] = unpack(rng.sample(cols, 2), 2);
  const c = canvas(bgc, [h, w]);
  let sp: IntegerTuple = [h - 1, 0];
  let gi = fill(c, linc, set<IntegerTuple>([sp]));
  let go: Grid = [...gi].map((e) => e);
  let direc = 1;
  while (true) {
    sp = add(sp, [-1, direc] as const);
    if (sp[1] === w - 1 || sp[1] === 0) {
      direc *= -1;
    }
    const go2 = fill(go, linc, set<IntegerTuple>([sp]));
    if (eq(go2, go)) {
      break;
    }
    go = go2;
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
  const gix = [...gi].map((e) => e);
  const gox = [...go].map((e) => e);
  const numlins = unifint(rng, diff_lb, diff_ub, [1, 4] as const);
  if (numlins > 1) {
    gi = fill(gi, linc, ofcolor(hmirror(gix), linc));
    go = fill(go, linc, ofcolor(hmirror(gox), linc));
  }
  if (numlins > 2) {
    gi = fill(gi, linc, ofcolor(vmirror(gix), linc));
    go = fill(go, linc, ofcolor(vmirror(gox), linc));
  }
  if (numlins > 3) {
    gi = fill(gi, linc, ofcolor(hmirror(vmirror(gix)), linc));
    go = fill(go, linc, ofcolor(hmirror(vmirror(gox)), linc));
  }
  return { input: gi, output: go };
}

function generate_80af3007(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const fullcols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [2, 5] as const);
  const w = unifint(rng, diff_lb, diff_ub, [2, 5] as const);
  const bgc = rng.choice(fullcols);
  const cols = remove(bgc, fullcols);
  const c = canvas(bgc, [h, w]);
  const numcd = unifint(rng, diff_lb, diff_ub, [0, Math.floor((h * w) / 2)] as const);
  let numc: number = rng.choice([numcd, h * w - numcd] as const);
  numc = Math.min(Math.max(0, numc), h * w);
  const inds = totuple(asindices(c));
  const locs = [...set(rng.sample(inds, numc)).union(set(rng.sample(totuple(corners(inds)), 3)))];
  const fgc = rng.choice(cols);
  let gi = fill(c, fgc, locs);
  let go = canvas(bgc, [h ** 2, w ** 2]);
  let loc: IntegerTuple;
  for (loc of locs) {
    go = fill(go, fgc, shift(locs, multiply(loc, [h, w] as const)));
  }
  const fullh = unifint(rng, diff_lb, diff_ub, [h ** 2 + 2, 30] as const);
  const fullw = unifint(rng, diff_lb, diff_ub, [w ** 2 + 2, 30] as const);
  const fullg = canvas(bgc, [fullh, fullw]);
  const loci = rng.randint(1, fullh - h ** 2 - 1);
  const locj = rng.randint(1, fullw - w ** 2 - 1);
  loc = [loci, locj] as const;
  const giups = hupscale(vupscale(gi, h), w);
  gi = paint(fullg, shift(asobject(giups), loc));
  return { input: gi, output: go };
}

function generate_e50d258f(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = remove(2, interval(0, 10, 1));
  const h = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const bgc = rng.choice(cols);
  let remcols = remove(bgc, cols);
  const padcol = rng.choice(remcols);
  remcols = remove(padcol, remcols);
  let gi = canvas(bgc, [h, w]);
  // RE-ARC sets go = canvas(bgc, (h, w)), then go = None below
  canvas(bgc, [h, w]);
  const num = unifint(rng, diff_lb, diff_ub, [1, 10] as const);
  let indss = asindices(gi);
  const maxtrials = 4 * num;
  let tr = 0;
  let succ = 0;
  // RE-ARC's `bound`
  let bnd: number | null = null;
  let go: Grid | null = null;
  let numred: number;
  while (succ < num && tr <= maxtrials) {
    if (len(remcols) === 0 || len(indss) === 0) {
      break;
    }
    const oh = rng.randint(3, 8);
    const ow = rng.randint(3, 8);
    let subs = totuple(sfilter(indss, (ij) => ij[0] < h - oh && ij[1] < w - ow));
    if (len(subs) === 0) {
      tr += 1;
      continue;
    }
    const [loci, locj] = rng.choice(subs);
    const box0 = frozenset(
      set<IntegerTuple>([
        [loci, locj],
        [loci + oh - 1, locj + ow - 1],
      ]),
    );
    const bd = backdrop(box0);
    if (bd.issubset(indss)) {
      const numcc = unifint(rng, diff_lb, diff_ub, [1, 7] as const);
      const ccols = rng.sample(remcols, numcc);
      if (succ === 0) {
        numred = unifint(rng, diff_lb, diff_ub, [1, oh * ow] as const);
        bnd = numred;
      } else {
        numred = unifint(rng, diff_lb, diff_ub, [
          0,
          Math.min(oh * ow, bound(bnd, "bound") - 1),
        ] as const);
      }
      const cc = canvas(rng.choice(ccols), [oh, ow]);
      const cci = asindices(cc);
      subs = rng.sample(totuple(cci), numred);
      const obj1 = set([...cci.difference(set(subs))].map((ij): Cell => [rng.choice(ccols), ij]));
      const obj2 = set(subs.map((ij): Cell => [2, ij]));
      const obj = obj1.union(obj2);
      gi = paint(gi, shift(obj, [loci, locj]));
      if (go === null) {
        go = paint(cc, obj);
      }
      succ += 1;
      indss = indss.difference(bd).difference(outbox(bd));
    }
    tr += 1;
  }
  return { input: gi, output: bound(go, "go") };
}

function generate_0e206a2e(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const [bgc, acol, bcol, ccol, Dcol] = unpack(rng.sample(cols, 5), 5);
  let gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [h, w]);
  let inds = asindices(gi);
  const nsrcs = unifint(rng, diff_lb, diff_ub, [1, Math.floor(Math.min(h, w) / 5)] as const);
  const srcs = [];
  const abclist = [];
  const maxtrforsrc = 5 * nsrcs;
  let trforsrc = 0;
  let srcsucc = 0;
  while (trforsrc < maxtrforsrc && srcsucc < nsrcs) {
    trforsrc += 1;
    const objsize = unifint(rng, diff_lb, diff_ub, [5, 20] as const);
    let bb = asindices(canvas(-1, [7, 7]));
    const sp = rng.choice(totuple(bb));
    bb = remove(sp, bb);
    const shpset = set<IntegerTuple>([sp]);
    for (let k = 0; k < objsize - 1; k++) {
      shpset.add(
        rng.choice(totuple(bb.difference(shpset).intersection(mapply(dneighbors, shpset)))),
      );
    }
    while (contains(shape(shpset), 1)) {
      shpset.add(
        rng.choice(totuple(bb.difference(shpset).intersection(mapply(dneighbors, shpset)))),
      );
    }
    while (
      len(set([...shpset].map(([x, y]) => x - y))) === 1 ||
      len(set([...shpset].map(([x, y]) => x + y))) === 1
    ) {
      shpset.add(
        rng.choice(totuple(bb.difference(shpset).intersection(mapply(dneighbors, shpset)))),
      );
    }
    const shp = [...normalize(shpset)];
    rng.shuffle(shp);
    let [a, b, c] = unpack(shp.slice(0, 3), 3);
    while (
      contains(shape(set([a, b, c])), 1) ||
      len(set([...set([a, b, c])].map(([x, y]) => x - y))) === 1 ||
      len(set([...set([a, b, c])].map(([x, y]) => x + y))) === 1
    ) {
      rng.shuffle(shp);
      [a, b, c] = unpack(shp.slice(0, 3), 3);
    }
    if (contains(abclist, sorted(shape(set([a, b, c]))))) {
      continue;
    }
    const D = shp.slice(3);
    const markers = set<Cell>([
      [acol, a],
      [bcol, b],
      [ccol, c],
    ]);
    const obj = frozenset(markers.union(set(D.map((ij): Cell => [Dcol, ij]))));
    const [_oh, _ow] = shape(obj);
    const opts = sfilter(inds, (ij) => shift(set(shp), ij).issubset(inds));
    if (len(opts) === 0) {
      continue;
    }
    const loc = rng.choice(totuple(opts));
    srcsucc += 1;
    gi = paint(gi, shift(obj, loc));
    const shpplcd = shift(set(shp), loc);
    go = fill(go, -1, shpplcd);
    inds = inds.difference(shpplcd).difference(mapply(neighbors, shpplcd));
    srcs.push([obj, markers] as const);
    abclist.push(sorted(shape(set([a, b, c]))));
  }
  const num = unifint(rng, diff_lb, diff_ub, [1, Math.floor((h * w) / 30)] as const);
  const maxtrials = 10 * num;
  let tr = 0;
  let succ = 0;
  while (succ < num && tr < maxtrials) {
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
    const fn = rng.choice(mfs);
    gi = fn(gi);
    go = fn(go);
    const aigo = asindices(go);
    const fullinds = ofcolor(go, bgc).difference(
      mapply(neighbors, aigo.difference(ofcolor(go, bgc))),
    );
    const [obj, markers] = rng.choice(srcs);
    const shp = toindices(obj);
    if (len(fullinds) === 0) {
      break;
    }
    const loctr = rng.choice(totuple(fullinds));
    const xx = shift(shp, loctr);
    if (xx.issubset(fullinds)) {
      succ += 1;
      gi = paint(gi, shift(markers, loctr));
      go = paint(go, shift(obj, loctr));
    }
    tr += 1;
  }
  go = replace(go, -1, bgc);
  return { input: gi, output: go };
}

function generate_b230c067(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = difference(interval(0, 10, 1), [1, 2] as const);
  let gi: Grid;
  let go: Grid;
  let ij: IntegerTuple;
  while (true) {
    const h = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
    const w = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
    const oh = unifint(rng, diff_lb, diff_ub, [2, Math.floor(h / 3) - 1] as const);
    const ow = unifint(rng, diff_lb, diff_ub, [2, Math.floor(w / 3) - 1] as const);
    const numcd = unifint(rng, diff_lb, diff_ub, [0, Math.floor((oh * ow) / 2)] as const);
    const numc = rng.choice([numcd, oh * ow - numcd] as const);
    const numca = Math.min(Math.max(2, numc), oh * ow - 2);
    const bounds = asindices(canvas(-1, [oh, ow]));
    const sp = rng.choice(totuple(bounds));
    const shp = set<IntegerTuple>([sp]);
    for (let k = 0; k < numca; k++) {
      ij = rng.choice(totuple(bounds.difference(shp).intersection(mapply(neighbors, shp))));
      setAdd(shp, ij);
    }
    let shpa: Indices = normalize(shp);
    let shpb: Indices = set(normalize(shp));
    const mxnch = oh * ow - len(shpa);
    const nchinv = unifint(rng, diff_lb, diff_ub, [1, mxnch] as const);
    let nch = mxnch - nchinv;
    nch = Math.min(Math.max(1, nch), mxnch);
    for (let k = 0; k < nch; k++) {
      ij = rng.choice(totuple(bounds.difference(shpb).intersection(mapply(neighbors, shpb))));
      setAdd(shpb, ij);
    }
    if (rng.choice([true, false])) {
      [shpa, shpb] = [shpb, shpa];
    }
    const [bgc, fgc] = unpack(rng.sample(cols, 2), 2);
    const c = canvas(bgc, [h, w]);
    let inds = asindices(c);
    const acands = sfilter(inds, (ij) => ij[0] <= h - height(shpa) && ij[1] <= w - width(shpa));
    const aloc = rng.choice(totuple(acands));
    const aplcd = shift(shpa, aloc);
    gi = fill(c, fgc, aplcd);
    go = fill(c, 2, aplcd);
    const maxtrials = 10;
    let tr = 0;
    let succ = 0;
    inds = inds.difference(aplcd).difference(mapply(neighbors, aplcd));
    inds = sfilter(inds, (ij) => ij[0] <= h - height(shpb) && ij[1] <= w - width(shpb));
    while (succ < 2 && tr <= maxtrials) {
      if (len(inds) === 0) {
        break;
      }
      const loc = rng.choice(totuple(inds));
      const plcbd = shift(shpb, loc);
      if (plcbd.issubset(inds)) {
        gi = fill(gi, fgc, plcbd);
        go = fill(go, 1, plcbd);
        succ += 1;
        inds = inds.difference(plcbd).difference(mapply(neighbors, plcbd));
      }
      tr += 1;
    }
    if (succ === 2) {
      break;
    }
  }
  return { input: gi, output: go };
}

function generate_db93a21d(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = difference(interval(0, 10, 1), [1, 3] as const);
  const h = unifint(rng, diff_lb, diff_ub, [12, 31] as const);
  const w = unifint(rng, diff_lb, diff_ub, [12, 32] as const);
  const num = unifint(rng, diff_lb, diff_ub, [1, Math.floor((h * w) / 25)] as const);
  const [bgc, fgc] = unpack(rng.sample(cols, 2), 2);
  let gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [h, w]);
  let indss = asindices(gi);
  const maxtrials = 4 * num;
  let tr = 0;
  let succ = 0;
  while (succ < num && tr <= maxtrials) {
    if (len(indss) === 0) {
      break;
    }
    const oh = rng.randint(1, Math.floor(h / 4));
    const ow = oh;
    const fullh = 4 * oh;
    const fullw = 4 * ow;
    const subs = totuple(sfilter(indss, (ij) => ij[0] < h - fullh && ij[1] < w - fullw));
    if (len(subs) === 0) {
      tr += 1;
      continue;
    }
    const [loci, locj] = rng.choice(subs);
    const bigobj = backdrop(
      frozenset(
        set<IntegerTuple>([
          [loci, locj],
          [loci + fullh - 1, locj + fullw - 1],
        ]),
      ),
    );
    const smallobj = backdrop(
      frozenset(
        set<IntegerTuple>([
          [loci + oh, locj + ow],
          [loci + fullh - 1 - oh, locj + fullw - 1 - ow],
        ]),
      ),
    );
    if (bigobj.issubset(indss.union(ofcolor(go, 3)))) {
      gi = fill(gi, fgc, smallobj);
      go = fill(go, 3, bigobj);
      go = fill(go, fgc, smallobj);
      const strp = mapply(rbind(shoot, [1, 0]), connect(lrcorner(smallobj), llcorner(smallobj)));
      go = fill(go, 1, ofcolor(go, bgc).intersection(strp));
      succ += 1;
      indss = indss.difference(bigobj);
    }
    tr += 1;
  }
  gi = gi.slice(1);
  go = go.slice(1);
  gi = [...gi].map((r) => r.slice(1, -1));
  go = [...go].map((r) => r.slice(1, -1));
  return { input: gi, output: go };
}

function generate_1e32b0e9(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [4, 6] as const);
  const w = unifint(rng, diff_lb, diff_ub, [4, 6] as const);
  const nh = unifint(rng, diff_lb, diff_ub, [1, 4] as const);
  const nw = unifint(rng, diff_lb, diff_ub, [nh > 1 ? 1 : 2, 3] as const);
  const [bgc, linc, fgc] = unpack(rng.sample(cols, 3), 3);
  const fullh = h * nh + (nh - 1);
  const fullw = w * nw + (nw - 1);
  const c = canvas(linc, [fullh, fullw]);
  const smallc = canvas(bgc, [h, w]);
  const llocset = set<IntegerTuple>();
  for (const a of range(0, fullh, h + 1)) {
    for (const b of range(0, fullw, w + 1)) {
      llocset.add([a, b] as const);
    }
  }
  const llocs = [...llocset];
  const srcloc = rng.choice(llocs);
  const remlocs = remove(srcloc, llocs);
  const ncells = unifint(rng, diff_lb, diff_ub, [0, (h - 2) * (w - 2) - 1] as const);
  const smallc2 = canvas(bgc, [h - 2, w - 2]);
  let inds = asindices(smallc2);
  const sp = rng.choice(totuple(inds));
  inds = remove(sp, inds);
  let shp: Indices = set<IntegerTuple>([sp]);
  for (let j = 0; j < ncells; j++) {
    const ij = rng.choice(totuple(inds.difference(shp).intersection(mapply(neighbors, shp))));
    setAdd(shp, ij);
  }
  shp = shift(shp, [1, 1]);
  const gg = asobject(fill(smallc, fgc, shp));
  const gg2 = asobject(fill(smallc, linc, shp));
  let gi = paint(c, shift(gg, srcloc));
  let go: Grid = [...gi].map((e) => e);
  const ncc = ncells + 1;
  for (const rl of remlocs) {
    const nleft = rng.randint(0, ncc);
    const subobj = rng.sample(totuple(shp), nleft);
    const sg2 = asobject(fill(smallc, fgc, subobj));
    gi = paint(gi, shift(sg2, rl));
    go = paint(go, shift(gg2, rl));
    go = fill(go, fgc, shift(subobj, rl));
  }
  return { input: gi, output: go };
}

function generate_6773b310(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = remove(1, interval(0, 10, 1));
  const h = unifint(rng, diff_lb, diff_ub, [2, 5] as const);
  const w = unifint(rng, diff_lb, diff_ub, [2, 5] as const);
  const nh = unifint(rng, diff_lb, diff_ub, [2, 5] as const);
  const nw = unifint(rng, diff_lb, diff_ub, [2, 5] as const);
  const [bgc, linc, fgc] = unpack(rng.sample(cols, 3), 3);
  const fullh = h * nh + (nh - 1);
  const fullw = w * nw + (nw - 1);
  const c = canvas(linc, [fullh, fullw]);
  const smallc = canvas(bgc, [h, w]);
  const llocset = set<IntegerTuple>();
  for (const a of range(0, fullh, h + 1)) {
    for (const b of range(0, fullw, w + 1)) {
      llocset.add([a, b] as const);
    }
  }
  const llocs = [...llocset];
  const nbldev = unifint(rng, diff_lb, diff_ub, [0, Math.floor((nh * nw) / 2)] as const);
  let nbl: number = rng.choice([nbldev, nh * nw - nbldev] as const);
  nbl = Math.min(Math.max(1, nbl), nh * nw - 1);
  const bluelocs = rng.sample(llocs, nbl);
  const bglocs = difference(llocs, bluelocs);
  const inds = totuple(asindices(smallc));
  let gi: Grid = [...c].map((e) => e);
  let go = canvas(bgc, [nh, nw]);
  let subg: ArcObject;
  for (const ij of bluelocs) {
    subg = asobject(fill(smallc, fgc, rng.sample(inds, 2)));
    gi = paint(gi, shift(subg, ij));
    const [a, b] = ij;
    const loci = floordiv(a, h + 1);
    const locj = floordiv(b, w + 1);
    go = fill(go, 1, set<IntegerTuple>([[loci, locj]]));
  }
  for (const ij of bglocs) {
    subg = asobject(fill(smallc, fgc, rng.sample(inds, 1)));
    gi = paint(gi, shift(subg, ij));
  }
  return { input: gi, output: go };
}

function generate_6ecd11f4(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  let h = unifint(rng, diff_lb, diff_ub, [2, 7] as const);
  let w = unifint(rng, diff_lb, diff_ub, [2, 7] as const);
  const [bgc, fgc] = unpack(rng.sample(cols, 2), 2);
  const remcols = remove(bgc, cols);
  const ncols = unifint(rng, diff_lb, diff_ub, [2, 9] as const);
  const ccols = rng.sample(remcols, ncols);
  let inds = asindices(canvas(bgc, [h, w]));
  const nlocsd = unifint(rng, diff_lb, diff_ub, [0, Math.floor((h * w) / 2)] as const);
  let nlocs: number = rng.choice([nlocsd, h * w - nlocsd] as const);
  nlocs = Math.min(Math.max(3, nlocs), h * w - 1);
  const sp = rng.choice(totuple(inds));
  inds = remove(sp, inds);
  let shp: Indices = set<IntegerTuple>([sp]);
  for (let j = 0; j < nlocs; j++) {
    const ij = rng.choice(totuple(inds.difference(shp).intersection(mapply(neighbors, shp))));
    setAdd(shp, ij);
  }
  shp = normalize(shp);
  [h, w] = shape(shp);
  const canv = canvas(bgc, [h, w]);
  const objbase = fill(canv, fgc, shp);
  const maxhscf = floordiv(2 * h + h + 1, h);
  const maxwscf = floordiv(2 * w + w + 1, w);
  const hscf = unifint(rng, diff_lb, diff_ub, [2, maxhscf] as const);
  const wscf = unifint(rng, diff_lb, diff_ub, [2, maxwscf] as const);
  const obj = asobject(hupscale(vupscale(objbase, hscf), wscf));
  const [oh, ow] = shape(obj);
  inds = asindices(canv);
  let objx: ArcObject = set([...inds].map((ij): Cell => [rng.choice(ccols), ij]));
  if (len(palette(objx)) === 1) {
    const objxodo = first(objx);
    objx = insert(
      [rng.choice(remove(objxodo[0], ccols)), objxodo[1]] as const,
      remove(objxodo, objx),
    );
  }
  const fullh = unifint(rng, diff_lb, diff_ub, [hscf * h + h + 1, 30] as const);
  const fullw = unifint(rng, diff_lb, diff_ub, [wscf * w + w + 1, 30] as const);
  let gi = canvas(bgc, [fullh, fullw]);
  const fullinds = asindices(gi);
  while (true) {
    const loci = rng.randint(0, fullh - oh);
    const locj = rng.randint(0, fullw - ow);
    const loc = [loci, locj] as const;
    const gix = paint(gi, shift(obj, loc));
    const ofc = ofcolor(gix, fgc);
    const delt = fullinds.difference(ofc);
    const delt2 = delt.difference(mapply(neighbors, ofc));
    const scands = sfilter(delt2, (ij) => ij[0] <= fullh - oh && ij[1] <= fullw - ow);
    if (len(scands) === 0) {
      continue;
    }
    const locc = rng.choice(totuple(scands));
    const shftd = shift(objx, locc);
    if (toindices(shftd).issubset(delt2)) {
      gi = paint(gix, shftd);
      break;
    }
  }
  let go = paint(canv, objx);
  go = fill(go, bgc, ofcolor(objbase, bgc));
  return { input: gi, output: go };
}

export const GENERATORS_100_199: Readonly<Record<string, Generator>> = {
  d0f5fe59: generate_d0f5fe59,
  "6e82a1ae": generate_6e82a1ae,
  f2829549: generate_f2829549,
  ce22a75a: generate_ce22a75a,
  "3c9b0459": generate_3c9b0459,
  "99b1bc43": generate_99b1bc43,
  b6afb2da: generate_b6afb2da,
  c8f0f002: generate_c8f0f002,
  "54d82841": generate_54d82841,
  d631b094: generate_d631b094,
  "7c008303": generate_7c008303,
  dae9d2b5: generate_dae9d2b5,
  aedd82e4: generate_aedd82e4,
  c9e6f938: generate_c9e6f938,
  "913fb3ed": generate_913fb3ed,
  "6430c8c4": generate_6430c8c4,
  c0f76784: generate_c0f76784,
  "3af2c5a8": generate_3af2c5a8,
  "496994bd": generate_496994bd,
  bd4472b8: generate_bd4472b8,
  fafffa47: generate_fafffa47,
  "67e8384a": generate_67e8384a,
  ed36ccf7: generate_ed36ccf7,
  "67a3c6ac": generate_67a3c6ac,
  a416b8f3: generate_a416b8f3,
  d10ecb37: generate_d10ecb37,
  "5bd6f4ac": generate_5bd6f4ac,
  "7b7f7511": generate_7b7f7511,
  c59eb873: generate_c59eb873,
  b1948b0a: generate_b1948b0a,
  "25ff71a9": generate_25ff71a9,
  f25fbde4: generate_f25fbde4,
  a740d043: generate_a740d043,
  be94b721: generate_be94b721,
  "44d8ac46": generate_44d8ac46,
  "3618c87e": generate_3618c87e,
  b27ca6d3: generate_b27ca6d3,
  "46f33fce": generate_46f33fce,
  a79310a0: generate_a79310a0,
  dc1df850: generate_dc1df850,
  f76d97a5: generate_f76d97a5,
  "0d3d703e": generate_0d3d703e,
  "445eab21": generate_445eab21,
  b94a9452: generate_b94a9452,
  e9afcf9a: generate_e9afcf9a,
  e9614598: generate_e9614598,
  d23f8c26: generate_d23f8c26,
  ce9e57f2: generate_ce9e57f2,
  b9b7f026: generate_b9b7f026,
  "6d75e8bb": generate_6d75e8bb,
  "3f7978a0": generate_3f7978a0,
  e76a88a6: generate_e76a88a6,
  a61f2674: generate_a61f2674,
  ce4f8723: generate_ce4f8723,
  caa06a1f: generate_caa06a1f,
  "94f9d214": generate_94f9d214,
  feca6190: generate_feca6190,
  d5d6de2d: generate_d5d6de2d,
  "4612dd53": generate_4612dd53,
  "1f642eb9": generate_1f642eb9,
  "681b3aeb": generate_681b3aeb,
  d364b489: generate_d364b489,
  "25d8a9c8": generate_25d8a9c8,
  bda2d7a6: generate_bda2d7a6,
  a5f85a15: generate_a5f85a15,
  "32597951": generate_32597951,
  cf98881b: generate_cf98881b,
  "41e4d17e": generate_41e4d17e,
  "91714a58": generate_91714a58,
  b60334d2: generate_b60334d2,
  "952a094c": generate_952a094c,
  b8cdaf2b: generate_b8cdaf2b,
  b548a754: generate_b548a754,
  "95990924": generate_95990924,
  f1cefba8: generate_f1cefba8,
  c444b776: generate_c444b776,
  "97999447": generate_97999447,
  d89b689b: generate_d89b689b,
  "543a7ed5": generate_543a7ed5,
  a2fd1cf0: generate_a2fd1cf0,
  cdecee7f: generate_cdecee7f,
  "0962bcdd": generate_0962bcdd,
  dc0a314f: generate_dc0a314f,
  "29623171": generate_29623171,
  d4a91cb9: generate_d4a91cb9,
  "60b61512": generate_60b61512,
  "4938f0c2": generate_4938f0c2,
  a8d7556c: generate_a8d7556c,
  "007bbfb7": generate_007bbfb7,
  b190f7f5: generate_b190f7f5,
  "2bcee788": generate_2bcee788,
  a3df8b1e: generate_a3df8b1e,
  "80af3007": generate_80af3007,
  e50d258f: generate_e50d258f,
  "0e206a2e": generate_0e206a2e,
  b230c067: generate_b230c067,
  db93a21d: generate_db93a21d,
  "1e32b0e9": generate_1e32b0e9,
  "6773b310": generate_6773b310,
  "6ecd11f4": generate_6ecd11f4,
};
