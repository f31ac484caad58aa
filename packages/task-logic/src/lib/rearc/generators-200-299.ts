// RE-ARC generators (Michael Hodel, MIT licence: ./LICENSE-RE-ARC), as vendored by Reasoning Gym
// in reasoning_gym/arc/rearc_utils/generators/generators_200_299.py, written in TypeScript on the
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
  bordering,
  box,
  type Cell,
  canvas,
  center,
  cmirror,
  colorcount,
  colorfilter,
  combine,
  compose,
  compress,
  connect,
  corners,
  decrement,
  difference,
  dmirror,
  dneighbors,
  even,
  extract,
  F,
  fgpartition,
  fill,
  first,
  flip,
  type Grid,
  type GridFunction,
  hconcat,
  height,
  hfrontier,
  hline,
  hmirror,
  type Indices,
  type IntegerTuple,
  identity,
  inbox,
  increment,
  ineighbors,
  initset,
  insert,
  interval,
  last,
  lbind,
  leftmost,
  lowermost,
  lrcorner,
  manhattan,
  mapply,
  matcher,
  merge,
  mfilter,
  multiply,
  neighbors,
  normalize,
  objects,
  occurrences,
  ofcolor,
  order,
  outbox,
  type PatchLike,
  paint,
  prapply,
  product,
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
  T,
  toindices,
  totuple,
  UP,
  ulcorner,
  uppermost,
  upscale,
  valmax,
  valmin,
  vconcat,
  vfrontier,
  vmirror,
  width,
} from "./dsl.js";
import { eq, PyDict } from "./frozenset.js";
import type { Example, Generator } from "./generator.js";
import {
  all,
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
  slice,
  sorted,
  sum,
  truthy,
  unpack,
  zip,
} from "./python.js";
import { type PyRandom, unifint } from "./random.js";

function generate_8403a5d5(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = remove(5, interval(0, 10, 1));
  const h = unifint(rng, diff_lb, diff_ub, [3, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [3, 30] as const);
  const loccinv = unifint(rng, diff_lb, diff_ub, [1, w - 1] as const);
  const locc = w - loccinv;
  const [bgc, fgc] = unpack(rng.sample(cols, 2), 2);
  const c = canvas(bgc, [h, w]);
  const idx = [h - 1, locc] as const;
  const gi = fill(c, fgc, set<IntegerTuple>([idx]));
  let go = canvas(bgc, [h, w]);
  for (let j = locc; j < w; j += 2) {
    go = fill(go, fgc, connect([0, j], [h - 1, j]));
  }
  for (let j = locc + 1; j < w; j += 4) {
    go = fill(go, 5, set<IntegerTuple>([[0, j]]));
  }
  for (let j = locc + 3; j < w; j += 4) {
    go = fill(go, 5, set<IntegerTuple>([[h - 1, j]]));
  }
  return { input: gi, output: go };
}

function generate_941d9a10(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = difference(interval(0, 10, 1), [1, 2, 3] as const);
  const h = unifint(rng, diff_lb, diff_ub, [5, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [5, 30] as const);
  let opts = interval(2, Math.floor((h - 1) / 2) + 1, 2);
  const nhidx = unifint(rng, diff_lb, diff_ub, [0, len(opts) - 1] as const);
  const nh = at(opts, nhidx);
  opts = interval(2, Math.floor((w - 1) / 2) + 1, 2);
  const nwidx = unifint(rng, diff_lb, diff_ub, [0, len(opts) - 1] as const);
  const nw = at(opts, nwidx);
  const [bgc, fgc] = unpack(rng.sample(cols, 2), 2);
  let hgrid = canvas(bgc, [2 * nh + 1, w]);
  for (let j = 1; j < h; j += 2) {
    hgrid = fill(hgrid, fgc, connect([j, 0], [j, w]));
  }
  let loc: number;
  for (let k = 0; k < h - (2 * nh + 1); k++) {
    loc = rng.randint(0, height(hgrid) - 1);
    hgrid = [...hgrid.slice(0, loc), ...canvas(bgc, [1, w]), ...hgrid.slice(loc)];
  }
  let wgrid = canvas(bgc, [2 * nw + 1, h]);
  for (let j = 1; j < w; j += 2) {
    wgrid = fill(wgrid, fgc, connect([j, 0], [j, h]));
  }
  for (let k = 0; k < w - (2 * nw + 1); k++) {
    loc = rng.randint(0, height(wgrid) - 1);
    wgrid = [...wgrid.slice(0, loc), ...canvas(bgc, [1, h]), ...wgrid.slice(loc)];
  }
  wgrid = dmirror(wgrid);
  let gi = canvas(bgc, [h, w]);
  const fronts = ofcolor(hgrid, fgc).union(ofcolor(wgrid, fgc));
  gi = fill(gi, fgc, fronts);
  let objs = objects(gi, T, T, F);
  objs = colorfilter(objs, bgc);
  const blue = argmin(objs, (o) => leftmost(o) + uppermost(o));
  const green = argmax(objs, (o) => leftmost(o) + uppermost(o));
  const f1 = (o: PatchLike) =>
    len(sfilter(objs, (o2) => leftmost(o2) < leftmost(o))) ===
    len(sfilter(objs, (o2) => leftmost(o2) > leftmost(o)));
  const f2 = (o: PatchLike) =>
    len(sfilter(objs, (o2) => uppermost(o2) < uppermost(o))) ===
    len(sfilter(objs, (o2) => uppermost(o2) > uppermost(o)));
  const red = extract(objs, (o) => truthy(f1(o)) && truthy(f2(o)));
  let go = fill(gi, 1, blue);
  go = fill(go, 3, green);
  go = fill(go, 2, red);
  return { input: gi, output: go };
}

function generate_b0c4d837(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [5, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [5, 30] as const);
  const oh = unifint(rng, diff_lb, diff_ub, [3, h - 1] as const);
  const ow = unifint(rng, diff_lb, diff_ub, [3, w - 1] as const);
  const loci = rng.randint(0, h - oh);
  const locj = rng.randint(0, w - ow);
  const [bgc, boxc, fillc] = unpack(rng.sample(cols, 3), 3);
  let subg = canvas(boxc, [oh, ow]);
  let subg2 = canvas(fillc, [oh - 1, ow - 2]);
  const ntofill = unifint(rng, diff_lb, diff_ub, [1, Math.min(9, oh - 2)] as const);
  for (let j = 0; j < ntofill; j++) {
    subg2 = fill(subg2, bgc, connect([j, 0], [j, ow - 2]));
  }
  subg = paint(subg, shift(asobject(subg2), [0, 1]));
  let gi = canvas(bgc, [h, w]);
  gi = paint(gi, shift(asobject(subg), [loci, locj]));
  const row = concat(repeat(fillc, ntofill), repeat(bgc, 9 - ntofill));
  const go: Grid = [row.slice(0, 3), reversed(row.slice(3, 6)), row.slice(6)];
  const rotf = rng.choice<GridFunction>([identity, rot90, rot180, rot270]);
  gi = rotf(gi);
  return { input: gi, output: go };
}

function generate_0a938d79(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [4, 29] as const);
  const w = unifint(rng, diff_lb, diff_ub, [h + 1, 30] as const);
  const [bgc, cola, colb] = unpack(rng.sample(cols, 3), 3);
  let gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [h, w]);
  const locja = unifint(rng, diff_lb, diff_ub, [3, w - 2] as const);
  const locjb = unifint(rng, diff_lb, diff_ub, [1, locja - 2] as const);
  const locia = rng.choice([0, h - 1] as const);
  const locib = rng.choice([0, h - 1] as const);
  gi = fill(gi, cola, set<IntegerTuple>([[locia, locja]]));
  gi = fill(gi, colb, set<IntegerTuple>([[locib, locjb]]));
  const ofs = -2 * (locja - locjb);
  for (const aa of range(locja, -1, ofs)) {
    go = fill(go, cola, connect([0, aa], [h - 1, aa]));
  }
  for (const bb of range(locjb, -1, ofs)) {
    go = fill(go, colb, connect([0, bb], [h - 1, bb]));
  }
  const rotf = rng.choice<GridFunction>([rot180, rot270]);
  gi = rotf(gi);
  go = rotf(go);
  return { input: gi, output: go };
}

function generate_b7249182(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [7, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [5, 30] as const);
  const ih = unifint(rng, diff_lb, diff_ub, [3, Math.floor((h - 1) / 2)] as const);
  const [bgc, ca, cb] = unpack(rng.sample(cols, 3), 3);
  let subg = canvas(bgc, [ih, 5]);
  let gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [h, w]);
  subg = fill(subg, ca, connect([0, 2], [ih - 2, 2]));
  subg = fill(subg, ca, connect([ih - 2, 0], [ih - 2, 4]));
  subg = fill(subg, ca, set<IntegerTuple>([[ih - 1, 0]]));
  const subga = fill(subg, ca, set<IntegerTuple>([[ih - 1, 4]]));
  const subgb = replace(subga, ca, cb);
  subg = vconcat(subga, hmirror(subgb));
  const loci = rng.randint(0, h - 2 * ih);
  const locj = rng.randint(0, w - 5);
  let obj = asobject(subg);
  obj = shift(obj, [loci, locj]);
  gi = fill(gi, ca, set<IntegerTuple>([[loci, locj + 2]]));
  gi = fill(gi, cb, set<IntegerTuple>([[loci + 2 * ih - 1, locj + 2]]));
  go = paint(go, obj);
  if (rng.choice([true, false])) {
    gi = dmirror(gi);
    go = dmirror(go);
  }
  return { input: gi, output: go };
}

function generate_7b6016b9(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = remove(3, remove(2, interval(0, 10, 1)));
  let a: number;
  let b: number;
  let bgc: number;
  let fgc: number;
  let gi: Grid;
  let tofill: Indices;
  while (true) {
    const h = unifint(rng, diff_lb, diff_ub, [5, 30] as const);
    const w = unifint(rng, diff_lb, diff_ub, [5, 30] as const);
    [bgc, fgc] = unpack(rng.sample(cols, 2), 2);
    const numl = unifint(rng, diff_lb, diff_ub, [4, Math.min(h, w)] as const);
    gi = canvas(bgc, [h, w]);
    const jint = interval(0, w, 1);
    const iint = interval(0, h, 1);
    let iopts = interval(1, h - 1, 1);
    let jopts = interval(1, w - 1, 1);
    const numlh = rng.randint(Math.floor(numl / 3), Math.floor(numl / 3) * 2);
    const numlw = numl - numlh;
    for (let k = 0; k < numlh; k++) {
      if (len(iopts) === 0) {
        continue;
      }
      const loci = rng.choice(iopts);
      iopts = remove(loci, iopts);
      iopts = remove(loci + 1, iopts);
      iopts = remove(loci - 1, iopts);
      [a, b] = unpack(rng.sample(jint, 2), 2);
      a = rng.randint(0, a);
      b = rng.randint(b, w - 1);
      gi = fill(gi, fgc, connect([loci, a], [loci, b]));
    }
    for (let k = 0; k < numlw; k++) {
      if (len(jopts) === 0) {
        continue;
      }
      const locj = rng.choice(jopts);
      jopts = remove(locj, jopts);
      jopts = remove(locj + 1, jopts);
      jopts = remove(locj - 1, jopts);
      [a, b] = unpack(rng.sample(iint, 2), 2);
      a = rng.randint(0, a);
      b = rng.randint(b, h - 1);
      gi = fill(gi, fgc, connect([a, locj], [b, locj]));
    }
    const objs = objects(gi, T, F, F);
    const bgobjs = colorfilter(objs, bgc);
    tofill = toindices(mfilter(bgobjs, compose(flip, rbind(bordering, gi))));
    if (len(tofill) > 0) {
      break;
    }
  }
  const tofix = mapply(neighbors, tofill).difference(tofill);
  gi = fill(gi, fgc, tofix);
  let go = fill(gi, 2, tofill);
  go = replace(go, bgc, 3);
  return { input: gi, output: go };
}

function generate_72ca375d(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const nobjs = unifint(rng, diff_lb, diff_ub, [1, Math.floor((h * w) / 25)] as const);
  let srcobjh = unifint(rng, diff_lb, diff_ub, [2, 8] as const);
  const srcobjwh = unifint(rng, diff_lb, diff_ub, [1, 4] as const);
  let bnds = asindices(canvas(-1, [srcobjh, srcobjwh]));
  const spi = rng.randint(0, srcobjh - 1);
  const sp = [spi, srcobjwh - 1] as const;
  let srcobj: Indices = set<IntegerTuple>([sp]);
  bnds = remove(sp, bnds);
  const ncellsd = unifint(rng, diff_lb, diff_ub, [
    0,
    Math.floor((srcobjh * srcobjwh) / 2),
  ] as const);
  const ncells1 = rng.choice([ncellsd, srcobjh * srcobjwh - ncellsd] as const);
  const ncells2 = unifint(rng, diff_lb, diff_ub, [1, srcobjh * srcobjwh] as const);
  let ncells: number = Math.floor((ncells1 + ncells2) / 2);
  ncells = Math.min(Math.max(1, ncells), srcobjh * srcobjwh, Math.floor((h * w) / 2) - 1);
  for (let k = 0; k < ncells - 1; k++) {
    setAdd(
      srcobj,
      rng.choice(totuple(bnds.difference(srcobj).intersection(mapply(neighbors, srcobj)))),
    );
  }
  srcobj = normalize(srcobj);
  srcobj = srcobj.union(shift(vmirror(srcobj), [0, width(srcobj)]));
  const shp = shape(srcobj);
  srcobjh = shp[0];
  const srcobjw = shp[1];
  const bgc = rng.choice(cols);
  const remcols = remove(bgc, cols);
  const trgc = rng.choice(remcols);
  let go = canvas(bgc, [srcobjh, srcobjw]);
  go = fill(go, trgc, srcobj);
  const loci = rng.randint(0, h - srcobjh);
  const locj = rng.randint(0, w - srcobjw);
  let locc = [loci, locj] as const;
  let gi = canvas(bgc, [h, w]);
  const shftd = shift(srcobj, locc);
  gi = fill(gi, trgc, shftd);
  let indss = asindices(gi);
  indss = indss.difference(shftd).difference(mapply(neighbors, shftd));
  const maxtrials = 4 * nobjs;
  let tr = 0;
  let succ = 0;
  const remcands = asindices(canvas(-1, [8, 8])).difference(srcobj);
  let newobj: Indices;
  while (succ < nobjs && tr <= maxtrials) {
    if (len(indss) === 0) {
      break;
    }
    while (true) {
      newobj = set([...srcobj].map((e) => e));
      const numperti = unifint(rng, diff_lb, diff_ub, [1, 63] as const);
      const numpert = 64 - numperti;
      for (let np = 0; np < numpert; np++) {
        const isadd = rng.choice([true, false]);
        if (isadd && len(newobj) < 64) {
          const cndds = totuple(
            remcands.difference(newobj).intersection(mapply(neighbors, newobj)),
          );
          if (len(cndds) === 0) {
            break;
          }
          setAdd(newobj, rng.choice(cndds));
        }
        if (!isadd && len(newobj) > 2) {
          newobj = remove(rng.choice(totuple(newobj)), newobj);
        }
      }
      newobj = normalize(newobj);
      const [a, b] = shape(newobj);
      const cc = canvas(-1, [a + 2, b + 2]);
      const cc2 = compress(fill(cc, -2, shift(newobj, [1, 1])));
      newobj = toindices(argmax(colorfilter(objects(cc2, T, T, F), -2), size));
      if (!eq(newobj, vmirror(newobj))) {
        break;
      }
    }
    const col = rng.choice(remcols);
    const loccands = sfilter(indss, (ij) => shift(newobj, ij).issubset(indss));
    if (len(loccands) === 0) {
      tr += 1;
      continue;
    }
    locc = rng.choice(totuple(loccands));
    newobj = shift(newobj, locc);
    gi = fill(gi, col, newobj);
    succ += 1;
    indss = indss.difference(newobj).difference(mapply(neighbors, newobj));
  }
  return { input: gi, output: go };
}

function generate_673ef223(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = remove(4, interval(0, 10, 1));
  const h = unifint(rng, diff_lb, diff_ub, [5, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [5, 30] as const);
  const barh = unifint(rng, diff_lb, diff_ub, [2, Math.floor((h - 1) / 2)] as const);
  const ncells = unifint(rng, diff_lb, diff_ub, [1, barh] as const);
  const [bgc, barc, dotc] = unpack(rng.sample(cols, 3), 3);
  const sg = canvas(bgc, [barh, w]);
  let topsgi = fill(sg, barc, connect([0, 0], [barh - 1, 0]));
  const botsgi = vmirror(topsgi);
  let topsgo: Grid = [...topsgi].map((e) => e);
  let botsgo: Grid = [...botsgi].map((e) => e);
  const iloccands = interval(0, barh, 1);
  const ilocs = rng.sample(iloccands, ncells);
  for (const k of ilocs) {
    const jloc = rng.randint(2, w - 2);
    topsgi = fill(topsgi, dotc, set<IntegerTuple>([[k, jloc]]));
    topsgo = fill(topsgo, 4, set<IntegerTuple>([[k, jloc]]));
    topsgo = fill(topsgo, dotc, connect([k, 1], [k, jloc - 1]));
    botsgo = fill(botsgo, dotc, connect([k, 0], [k, w - 2]));
  }
  let outpi: Grid[] = [topsgi, botsgi];
  let outpo: Grid[] = [topsgo, botsgo];
  const rr = canvas(bgc, [1, w]);
  while (len(merge(outpi)) < h) {
    const idx = rng.randint(0, len(outpi) - 1);
    outpi = [...outpi.slice(0, idx), rr, ...outpi.slice(idx)];
    outpo = [...outpo.slice(0, idx), rr, ...outpo.slice(idx)];
  }
  let gi: Grid = merge(outpi);
  let go: Grid = merge(outpo);
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

function generate_868de0fa(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = difference(interval(0, 10, 1), [2, 7] as const);
  const h = unifint(rng, diff_lb, diff_ub, [9, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [9, 30] as const);
  const bgc = rng.choice(cols);
  const remcols = remove(bgc, cols);
  let gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [h, w]);
  const num = unifint(rng, diff_lb, diff_ub, [1, 9] as const);
  let indss = asindices(gi);
  const maxtrials = 4 * num;
  let tr = 0;
  let succ = 0;
  while (succ < num && tr <= maxtrials) {
    if (len(indss) === 0) {
      break;
    }
    const oh = rng.randint(3, 8);
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
    const col = rng.choice(remcols);
    if (bd.issubset(indss)) {
      gi = fill(gi, col, box(bd));
      if (mod(oh, 2) === 1) {
        go = fill(go, 7, bd);
      } else {
        go = fill(go, 2, bd);
      }
      go = fill(go, col, box(bd));
      succ += 1;
      indss = indss.difference(bd).difference(outbox(bd));
    }
    tr += 1;
  }
  return { input: gi, output: go };
}

function generate_40853293(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [5, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [5, 30] as const);
  const nlines = unifint(rng, diff_lb, diff_ub, [2, Math.min(8, Math.floor((h * w) / 2))] as const);
  const nhorilines = rng.randint(1, nlines - 1);
  let nvertilines = nlines - nhorilines;
  let ilocs = interval(0, h, 1);
  ilocs = rng.sample(ilocs, Math.min(nhorilines, len(ilocs)));
  const bgc = rng.choice(cols);
  let remcols = remove(bgc, cols);
  let gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [h, w]);
  let a: IntegerTuple;
  let b: IntegerTuple;
  let col: number;
  let llen: number;
  for (const ii of ilocs) {
    llen = unifint(rng, diff_lb, diff_ub, [2, w - 1] as const);
    const js = rng.randint(0, w - llen);
    const je = js + llen - 1;
    a = [ii, js] as const;
    b = [ii, je] as const;
    const hln = connect(a, b);
    col = rng.choice(remcols);
    remcols = remove(col, remcols);
    gi = fill(gi, col, set<IntegerTuple>([a, b]));
    go = fill(go, col, hln);
  }
  let jlocs = interval(0, w, 1);
  const gim = dmirror(gi);
  jlocs = sfilter(
    jlocs,
    (j) =>
      sum(
        at(gim, j)
          .filter((e) => e === bgc)
          .map(() => 1),
      ) > 1,
  );
  nvertilines = Math.min(nvertilines, len(jlocs));
  jlocs = rng.sample(jlocs, nvertilines);
  for (const jj of jlocs) {
    const jcands = enumerate(at(gim, jj))
      .filter(([_idx, e]) => e === bgc)
      .map(([idx, _e]) => idx);
    const kk = len(jcands);
    llen = unifint(rng, diff_lb, diff_ub, [2, kk] as const);
    let sp = rng.randint(0, kk - llen);
    let ep = sp + llen - 1;
    sp = at(jcands, sp);
    ep = at(jcands, ep);
    a = [sp, jj] as const;
    b = [ep, jj] as const;
    const vln = connect(a, b);
    col = rng.choice(remcols);
    remcols = remove(col, remcols);
    gi = fill(gi, col, set([a, b]));
    go = fill(go, col, vln);
  }
  return { input: gi, output: go };
}

function generate_6e19193c(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const dirs: readonly (readonly [IntegerTuple, IntegerTuple])[] = [
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
  ];
  const base: IntegerTuple[] = [
    [0, 0],
    [1, 0],
    [0, 1],
    [1, 1],
  ];
  const candsi: Indices[] = dirs.map((dr) => set(base).difference(set([dr[0]])));
  const candso = dirs.map((dr) =>
    set(base)
      .union(shoot(dr[0], dr[1]))
      .difference(set([dr[0]])),
  );
  const cands = [...zip(candsi, candso)];
  const h = unifint(rng, diff_lb, diff_ub, [4, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [4, 30] as const);
  const num = unifint(rng, diff_lb, diff_ub, [1, Math.floor((h * w) / 8)] as const);
  const bgc = rng.choice(cols);
  const remcols = remove(bgc, cols);
  let gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [h, w]);
  const fullinds = asindices(gi);
  let inds = asindices(canvas(-1, [h, w]));
  let [kk, tr] = [0, 0];
  const maxtrials = num * 4;
  while (kk < num && tr < maxtrials) {
    if (len(inds) === 0) {
      break;
    }
    const loc = rng.choice(totuple(inds));
    const [candi, cando] = rng.choice(cands);
    const obji = shift(candi, loc);
    const objo = shift(cando, loc).intersection(fullinds);
    if (objo.issubset(inds) && obji.issubset(objo)) {
      const col = rng.choice(remcols);
      gi = fill(gi, col, obji);
      go = fill(go, col, objo);
      inds = inds.difference(objo).difference(mapply(dneighbors, obji));
      kk += 1;
    }
    tr += 1;
  }
  return { input: gi, output: go };
}

function generate_8731374e(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const inh = rng.randint(5, h - 2);
  const inw = rng.randint(5, w - 2);
  const [bgc, fgc] = unpack(rng.sample(cols, 2), 2);
  const num = unifint(rng, diff_lb, diff_ub, [1, Math.min(inh, inw)] as const);
  let mat = canvas(bgc, [inh - 2, inw - 2]);
  const tol = (g: Grid): number[][] => [...g].map((e) => [...e]);
  const tot = (g: Grid): Grid => [...g].map((e) => [...e]);
  mat = fill(mat, fgc, connect([0, 0], [num - 1, num - 1]));
  let matl = tol(mat);
  rng.shuffle(matl);
  matl = tol(dmirror(tot(matl)));
  rng.shuffle(matl);
  mat = dmirror(tot(matl));
  const sgi = paint(canvas(bgc, [inh, inw]), shift(asobject(mat), [1, 1]));
  let inds = ofcolor(sgi, fgc);
  // fork(combine, vfrontier, hfrontier)
  const lins = mapply((ij: IntegerTuple) => combine(vfrontier(ij), hfrontier(ij)), inds);
  const go = fill(sgi, fgc, lins);
  const numci = unifint(rng, diff_lb, diff_ub, [3, 10] as const);
  const numc = 13 - numci;
  const ccols = rng.sample(cols, numc);
  const canv = canvas(-1, [h, w]);
  inds = asindices(canv);
  const obj = set([...inds].map((ij): Cell => [rng.choice(ccols), ij]));
  let gi = paint(canv, obj);
  const loci = rng.randint(1, h - inh - 1);
  const locj = rng.randint(1, w - inw - 1);
  const loc = [loci, locj] as const;
  const plcd = shift(asobject(sgi), loc);
  gi = paint(gi, plcd);
  const [a, b] = ulcorner(plcd);
  const [c, d] = lrcorner(plcd);
  const p1 = rng.choice(totuple(connect([a - 1, b], [a - 1, d])));
  const p2 = rng.choice(totuple(connect([a, b - 1], [c, b - 1])));
  const p3 = rng.choice(totuple(connect([c + 1, b], [c + 1, d])));
  const p4 = rng.choice(totuple(connect([a, d + 1], [c, d + 1])));
  const remcols = remove(bgc, ccols);
  const fixobj = set<Cell>([
    [rng.choice(remcols), p1],
    [rng.choice(remcols), p2],
    [rng.choice(remcols), p3],
    [rng.choice(remcols), p4],
  ]);
  gi = paint(gi, fixobj);
  return { input: gi, output: go };
}

function generate_cce03e0d(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = difference(interval(0, 10, 1), [2, 8] as const);
  const h = unifint(rng, diff_lb, diff_ub, [2, 5] as const);
  const w = unifint(rng, diff_lb, diff_ub, [2, 5] as const);
  const nred = unifint(rng, diff_lb, diff_ub, [1, h * w - 1] as const);
  const ncols = unifint(rng, diff_lb, diff_ub, [1, Math.min(8, nred)] as const);
  const ncells = unifint(rng, diff_lb, diff_ub, [1, h * w - nred] as const);
  const ccols = rng.sample(cols, ncols);
  let gi = canvas(0, [h, w]);
  const inds = asindices(gi);
  const reds = rng.sample(totuple(inds), nred);
  const reminds = difference(inds, reds);
  gi = fill(gi, 2, reds);
  const restinds = rng.sample(totuple(reminds), ncells);
  const rest = set(restinds.map((ij): Cell => [rng.choice(ccols), ij]));
  gi = paint(gi, rest);
  let go = canvas(0, [h ** 2, w ** 2]);
  const locs = apply((ij: IntegerTuple) => multiply(ij, [h, w] as const), reds);
  const giobj = asobject(gi);
  const res = mapply((d: IntegerTuple) => shift(giobj, d), locs);
  go = paint(go, res);
  return { input: gi, output: go };
}

function generate_f9012d9b(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(1, 10, 1);
  const hp = unifint(rng, diff_lb, diff_ub, [2, 10] as const);
  const wp = unifint(rng, diff_lb, diff_ub, [2, 10] as const);
  let srco = canvas(0, [hp, wp]);
  const inds = asindices(srco);
  const nc = unifint(rng, diff_lb, diff_ub, [1, 9] as const);
  const ccols = rng.sample(cols, nc);
  const obj = set([...inds].map((ij): Cell => [rng.choice(ccols), ij]));
  srco = paint(srco, obj);
  let gi = paint(srco, obj);
  const numhp = unifint(rng, diff_lb, diff_ub, [3, floordiv(30, hp)] as const);
  const numwp = unifint(rng, diff_lb, diff_ub, [3, floordiv(30, wp)] as const);
  for (let k = 0; k < numhp - 1; k++) {
    gi = vconcat(gi, srco);
  }
  srco = [...gi].map((e) => e);
  for (let k = 0; k < numwp - 1; k++) {
    gi = hconcat(gi, srco);
  }
  const hcropfac = rng.randint(0, hp);
  for (let k = 0; k < hcropfac; k++) {
    gi = gi.slice(0, -1);
  }
  gi = dmirror(gi);
  const wcropfac = rng.randint(0, wp);
  for (let k = 0; k < wcropfac; k++) {
    gi = gi.slice(0, -1);
  }
  gi = dmirror(gi);
  const [h, w] = shape(gi);
  const sgh = unifint(rng, diff_lb, diff_ub, [1, h - hp - 1] as const);
  const sgw = unifint(rng, diff_lb, diff_ub, [1, w - wp - 1] as const);
  const loci = rng.randint(0, h - sgh);
  const locj = rng.randint(0, w - sgw);
  const loc = [loci, locj] as const;
  const shp = [sgh, sgw] as const;
  const bd = backdrop(set<IntegerTuple>([loc, decrement(add(loc, shp))]));
  let go = subgrid(bd, gi);
  gi = fill(gi, 0, bd);
  const mf = rng.choice<GridFunction>([
    identity,
    rot90,
    rot180,
    rot270,
    dmirror,
    vmirror,
    hmirror,
    cmirror,
  ]);
  gi = mf(gi);
  go = mf(go);
  return { input: gi, output: go };
}

function generate_f8ff0b80(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const bgc = rng.choice(cols);
  const remcols = remove(bgc, cols);
  const nobjs = unifint(rng, diff_lb, diff_ub, [
    1,
    Math.min(30, Math.floor((h * w) / 25)),
  ] as const);
  let gi = canvas(bgc, [h, w]);
  let numcells = unifint(rng, diff_lb, diff_ub, [nobjs + 1, 36] as const);
  const base = asindices(canvas(-1, [6, 6]));
  const maxtr = 10;
  let inds = asindices(gi);
  const gocols: number[] = [];
  for (let k = 0; k < nobjs; k++) {
    if (len(inds) === 0 || numcells < 2) {
      break;
    }
    numcells = unifint(rng, diff_lb, diff_ub, [nobjs - k, numcells - 1] as const);
    if (numcells === 0) {
      break;
    }
    const sp = rng.choice(totuple(base));
    let shp: Indices = set<IntegerTuple>([sp]);
    const reminds = remove(sp, base);
    for (let kk = 0; kk < numcells - 1; kk++) {
      setAdd(
        shp,
        rng.choice(totuple(reminds.difference(shp).intersection(mapply(neighbors, shp)))),
      );
    }
    shp = normalize(shp);
    let validloc: boolean = false;
    const rems = sfilter(inds, (ij) => ij[0] <= h - height(shp) && ij[1] <= w - width(shp));
    if (len(rems) === 0) {
      break;
    }
    let loc = rng.choice(totuple(rems));
    let tr = 0;
    while (!validloc && tr < maxtr) {
      loc = rng.choice(totuple(inds));
      validloc = shift(shp, loc).issubset(inds);
      tr += 1;
    }
    if (validloc) {
      const plcd = shift(shp, loc);
      const col = rng.choice(remcols);
      gocols.push(col);
      inds = inds.difference(plcd).difference(mapply(neighbors, plcd));
      gi = fill(gi, col, plcd);
    }
  }
  const go = dmirror([[...gocols]]);
  return { input: gi, output: go };
}

function generate_e21d9049(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const ph = unifint(rng, diff_lb, diff_ub, [2, 9] as const);
  const pw = unifint(rng, diff_lb, diff_ub, [2, 9] as const);
  const bgc = rng.choice(cols);
  const remcols = remove(bgc, cols);
  let hbar: ArcObject = frozenset(set(range(ph).map((k): Cell => [rng.choice(remcols), [k, 0]])));
  let wbar: ArcObject = frozenset(set(range(pw).map((k): Cell => [rng.choice(remcols), [0, k]])));
  const locih = rng.randint(0, h - ph);
  const locjh = rng.randint(0, w - 1);
  const loch = [locih, locjh] as const;
  const locjw = rng.randint(0, w - pw);
  const lociw = rng.randint(0, h - 1);
  const locw = [lociw, locjw] as const;
  const canv = canvas(bgc, [h, w]);
  hbar = shift(hbar, loch);
  wbar = shift(wbar, locw);
  const col = rng.choice(remcols);
  const hbard = extract(hbar, (cij) => mod(Math.abs(cij[1][0] - lociw), ph) === 0)[1];
  hbar = sfilter(hbar, (cij) => mod(Math.abs(cij[1][0] - lociw), ph) !== 0).union(
    set<Cell>([[col, hbard]]),
  );
  const wbard = extract(wbar, (cij) => mod(Math.abs(cij[1][1] - locjh), pw) === 0)[1];
  wbar = sfilter(wbar, (cij) => mod(Math.abs(cij[1][1] - locjh), pw) !== 0).union(
    set<Cell>([[col, wbard]]),
  );
  const gi = paint(canv, hbar.union(wbar));
  let go = paint(canv, hbar.union(wbar));
  for (let k = 0; k < floordiv(h, ph) + 1; k++) {
    go = paint(go, shift(hbar, [k * ph, 0]));
    go = paint(go, shift(hbar, [-k * ph, 0]));
  }
  for (let k = 0; k < floordiv(w, pw) + 1; k++) {
    go = paint(go, shift(wbar, [0, k * pw]));
    go = paint(go, shift(wbar, [0, -k * pw]));
  }
  return { input: gi, output: go };
}

function generate_d4f3cd78(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = remove(8, interval(0, 10, 1));
  const h = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const ih = unifint(rng, diff_lb, diff_ub, [3, Math.floor(h / 3) * 2] as const);
  const iw = unifint(rng, diff_lb, diff_ub, [3, Math.floor(w / 3) * 2] as const);
  const loci = rng.randint(1, h - ih - 1);
  const locj = rng.randint(1, w - iw - 1);
  const crns = frozenset(
    set<IntegerTuple>([
      [loci, locj],
      [loci + ih - 1, locj + iw - 1],
    ]),
  );
  const fullcrns = corners(crns);
  const bx = box(crns);
  const opts = bx.difference(fullcrns);
  const [bgc, fgc] = unpack(rng.sample(cols, 2), 2);
  const c = canvas(bgc, [h, w]);
  const nholes = unifint(rng, diff_lb, diff_ub, [1, len(opts)] as const);
  const holes = rng.sample(totuple(opts), nholes);
  const gi = fill(c, fgc, bx.difference(set(holes)));
  const bib = backdrop(inbox(bx));
  let go = fill(gi, 8, bib);
  const [A, B] = ulcorner(bib);
  const [C, D] = lrcorner(bib);
  const f1 = (idx: number) => (idx > C ? 1 : idx < A ? -1 : 0);
  const f2 = (idx: number) => (idx > D ? 1 : idx < B ? -1 : 0);
  const f = (d: IntegerTuple) => shoot(d, [f1(d[0]), f2(d[1])]);
  const res = mapply(f, set(holes));
  go = fill(go, 8, res);
  return { input: gi, output: go };
}

function generate_9d9215db(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  let h = unifint(rng, diff_lb, diff_ub, [5, 14] as const);
  let w = unifint(rng, diff_lb, diff_ub, [5, 14] as const);
  h = h * 2 + 1;
  w = w * 2 + 1;
  const bgc = rng.choice(cols);
  const remcols = remove(bgc, cols);
  const ub = Math.floor(Math.min(h, w) / 4);
  const nrings = unifint(rng, diff_lb, diff_ub, [1, ub] as const);
  const onlinesbase = range(ub).map((k): IntegerTuple => [2 * k + 1, 2 * k + 1]);
  const onlineinds = rng.sample(onlinesbase, nrings);
  const onlines = set(onlineinds.map((ij): Cell => [rng.choice(remcols), ij]));
  let gi = canvas(bgc, [h, w]);
  gi = paint(gi, onlines);
  const linsbase = apply((ij: IntegerTuple) => add(ij, [0, 2] as const), onlinesbase.slice(0, -1));
  const nlines = unifint(rng, diff_lb, diff_ub, [1, len(linsbase)] as const);
  const linesps = rng.sample(linsbase, nlines);
  const colors = range(nlines).map(() => rng.choice(remcols));
  const dots = set(zip(colors, linesps).map(([col, ij]): Cell => [col, ij]));
  // ij[::-1]
  const dots2 = set(zip(colors, linesps).map(([col, ij]): Cell => [col, [ij[1], ij[0]]]));
  gi = paint(gi, dots.union(dots2));
  const ff = (ij: IntegerTuple) => mod(ij[1], 2) === 1;
  const ff2 = (ij: IntegerTuple) => mod(ij[0], 2) === 1;
  const linesps2 = linesps.map((x): IntegerTuple => [x[1], x[0]]);
  const lines1 = linesps.map((ij) => sfilter(connect(ij, [ij[0], w - ij[1] - 1]), ff));
  const lines2 = linesps2.map((ij) => sfilter(connect(ij, [h - ij[0] - 1, ij[1]]), ff2));
  const lines = merge(
    set(zip(colors, zip(lines1, lines2)).map(([col, [l1, l2]]) => recolor(col, l1.union(l2)))),
  );
  const gobase = paint(gi, lines);
  let go = paint(gobase, merge(fgpartition(vmirror(gobase))));
  go = paint(go, merge(fgpartition(hmirror(gobase))));
  go = paint(go, merge(fgpartition(vmirror(hmirror(gobase)))));
  const rotf = rng.choice<GridFunction>([identity, rot90, rot180, rot270]);
  gi = rotf(gi);
  go = rotf(go);
  return { input: gi, output: go };
}

function generate_0ca9ddb6(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = difference(interval(0, 10, 1), [1, 2, 4, 6, 7, 8] as const);
  const xi = set<Cell>([[8, [0, 0]]]);
  const xo = set<Cell>([[8, [0, 0]]]);
  const ai = set<Cell>([[6, [0, 0]]]);
  const ao = set<Cell>([[6, [0, 0]]]);
  const bi = set<Cell>([[2, [1, 1]]]);
  const bo = set<Cell>([[2, [1, 1]]]).union(recolor(4, ineighbors([1, 1])));
  const ci = set<Cell>([[1, [1, 1]]]);
  const co = set<Cell>([[1, [1, 1]]]).union(recolor(7, dneighbors([1, 1])));
  const arr = [
    [ai, ao],
    [bi, bo],
    [ci, co],
    [xi, xo],
  ] as const;
  const h = unifint(rng, diff_lb, diff_ub, [4, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [4, 30] as const);
  const nobjs = unifint(rng, diff_lb, diff_ub, [1, Math.floor((h * w) / 4)] as const);
  const maxtr = 5 * nobjs;
  let tr = 0;
  let succ = 0;
  const bgc = rng.choice(cols);
  let gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [h, w]);
  let inds = asindices(gi);
  while (succ < nobjs && tr < maxtr) {
    const [ino, outo] = unpack(rng.choice(arr), 2);
    const loc = rng.choice(totuple(inds));
    const oplcd = shift(outo, loc);
    const oplcdi = toindices(oplcd);
    if (oplcdi.issubset(inds)) {
      succ += 1;
      gi = paint(gi, shift(ino, loc));
      go = paint(go, oplcd);
      inds = inds.difference(oplcdi);
    }
    tr += 1;
  }
  return { input: gi, output: go };
}

function generate_5521c0d9(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [4, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [6, 30] as const);
  const inds = interval(0, w, 1);
  let nobjs = unifint(rng, diff_lb, diff_ub, [1, Math.floor(w / 3)] as const);
  let speps = rng.sample(inds, nobjs * 2);
  while (contains(speps, 0) || contains(speps, w - 1)) {
    nobjs = unifint(rng, diff_lb, diff_ub, [1, Math.floor(w / 3)] as const);
    speps = rng.sample(inds, nobjs * 2);
  }
  speps = sorted(speps);
  const starts = slice(speps, null, null, 2);
  const ends = slice(speps, 1, null, 2);
  const bgc = rng.choice(cols);
  const remcols = remove(bgc, cols);
  const ncols = unifint(rng, diff_lb, diff_ub, [2, 9] as const);
  const ccols = rng.sample(remcols, ncols);
  let forb: number = -1;
  let gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [h, w]);
  forb = -1;
  for (const [sp, ep] of zip(starts, ends)) {
    const col = rng.choice(remove(forb, ccols));
    forb = col;
    const hdev = unifint(rng, diff_lb, diff_ub, [0, Math.floor(h / 2)] as const);
    let hei: number = rng.choice([hdev, h - hdev] as const);
    hei = Math.min(Math.max(1, hei), h - 1);
    const ulc = [h - hei, sp] as const;
    const lrc = [h - 1, ep] as const;
    const obj = backdrop(frozenset(set([ulc, lrc])));
    gi = fill(gi, col, obj);
    go = fill(go, col, shift(obj, [-hei, 0]));
  }
  const rotf = rng.choice<GridFunction>([identity, rot90, rot180, rot270]);
  gi = rotf(gi);
  go = rotf(go);
  return { input: gi, output: go };
}

function generate_e3497940(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [4, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [3, 14] as const);
  const [bgc, barc] = unpack(rng.sample(cols, 2), 2);
  const remcols = remove(barc, remove(bgc, cols));
  const ncols = unifint(rng, diff_lb, diff_ub, [1, 8] as const);
  const ccols = rng.sample(remcols, ncols);
  const nlinesocc = unifint(rng, diff_lb, diff_ub, [1, h] as const);
  const lopts = interval(0, h, 1);
  const linesocc = rng.sample(lopts, nlinesocc);
  let rs = canvas(bgc, [h, w]);
  let ls = canvas(bgc, [h, w]);
  let go = canvas(bgc, [h, w]);
  for (const idx of linesocc) {
    const j = unifint(rng, diff_lb, diff_ub, [1, w - 1] as const);
    let obj = range(j).map((jj) => [rng.choice(ccols), [idx, jj]] as const);
    go = paint(go, obj);
    const slen = rng.randint(1, j);
    let obj2 = obj.slice(0, slen);
    if (rng.choice([true, false])) {
      [obj, obj2] = [obj2, obj];
    }
    rs = paint(rs, obj);
    ls = paint(ls, obj2);
  }
  const gi = hconcat(hconcat(vmirror(ls), canvas(barc, [h, 1])), rs);
  go = vmirror(go);
  return { input: gi, output: go };
}

function generate_6cdd2623(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [8, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [8, 30] as const);
  const bgc = rng.choice(cols);
  let remcols = remove(bgc, cols);
  const linc = rng.choice(remcols);
  remcols = remove(linc, remcols);
  const nnoisecols = unifint(rng, diff_lb, diff_ub, [1, 7] as const);
  const noisecols = rng.sample(remcols, nnoisecols);
  const c = canvas(bgc, [h, w]);
  const ininds = totuple(shift(asindices(canvas(-1, [h - 2, w - 1])), [1, 1]));
  const fixinds = rng.sample(ininds, nnoisecols);
  const fixobj = set(zip([...noisecols], fixinds).map(([col, ij]) => [col, ij] as const));
  let gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [h, w]);
  gi = paint(gi, fixobj);
  const nnoise = unifint(rng, diff_lb, diff_ub, [1, Math.floor((h * w - nnoisecols) / 3)] as const);
  const noiseinds = rng.sample(totuple(asindices(c).difference(set(fixinds))), nnoise);
  const noise = set(noiseinds.map((ij): Cell => [rng.choice(remcols), ij]));
  gi = paint(gi, noise);
  const ilocopts = interval(1, h - 1, 1);
  const jlocopts = interval(1, w - 1, 1);
  const [aa, bb] = unpack(rng.sample([0, 1] as const, 2), 2);
  const nilocs = unifint(rng, diff_lb, diff_ub, [aa, Math.floor((h - 2) / 2)] as const);
  const njlocs = unifint(rng, diff_lb, diff_ub, [bb, Math.floor((w - 2) / 2)] as const);
  const ilocs = rng.sample(ilocopts, nilocs);
  const jlocs = rng.sample(jlocopts, njlocs);
  for (const ii of ilocs) {
    gi = fill(gi, linc, set<IntegerTuple>([[ii, 0]]));
    gi = fill(gi, linc, set<IntegerTuple>([[ii, w - 1]]));
    go = fill(go, linc, connect([ii, 0], [ii, w - 1]));
  }
  for (const jj of jlocs) {
    gi = fill(gi, linc, set<IntegerTuple>([[0, jj]]));
    gi = fill(gi, linc, set<IntegerTuple>([[h - 1, jj]]));
    go = fill(go, linc, connect([0, jj], [h - 1, jj]));
  }
  return { input: gi, output: go };
}

function generate_dc433765(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = remove(4, interval(0, 10, 1));
  const h = unifint(rng, diff_lb, diff_ub, [4, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [4, 30] as const);
  const [bgc, src] = unpack(rng.sample(cols, 2), 2);
  let gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [h, w]);
  const inds = asindices(gi);
  let ep: IntegerTuple;
  let sp: IntegerTuple;
  if (rng.choice([true, false])) {
    const starts = set(range(h - 2).map((ii): IntegerTuple => [ii, 0])).union(
      set(range(1, w - 2, 1).map((jj): IntegerTuple => [0, jj])),
    );
    const diagonals = [...starts].map((src) => inds.intersection(shoot(src, [1, 1])));
    const opts = order(diagonals, size);
    const k = len(opts);
    const opt = unifint(rng, diff_lb, diff_ub, [0, k - 1] as const);
    let ln = order(at(opts, opt), first);
    const epi = unifint(rng, diff_lb, diff_ub, [2, len(ln) - 1] as const);
    ep = at(ln, epi);
    ln = reversed(ln.slice(0, epi - 1));
    const spi = unifint(rng, diff_lb, diff_ub, [0, len(ln) - 1] as const);
    sp = at(ln, spi);
    gi = fill(gi, src, set([sp]));
    gi = fill(gi, 4, set([ep]));
    go = fill(go, src, set<IntegerTuple>([add(sp, [1, 1] as const)]));
    go = fill(go, 4, set([ep]));
  } else {
    const loci = rng.randint(0, h - 1);
    const objw = unifint(rng, diff_lb, diff_ub, [3, w] as const);
    const locj1 = rng.randint(0, w - objw);
    const locj2 = locj1 + objw - 1;
    sp = [loci, locj1] as const;
    ep = [loci, locj2] as const;
    gi = fill(gi, src, set<IntegerTuple>([sp]));
    gi = fill(gi, 4, set<IntegerTuple>([ep]));
    go = fill(go, src, set<IntegerTuple>([add(sp, [0, 1] as const)]));
    go = fill(go, 4, set<IntegerTuple>([ep]));
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

function generate_d2abd087(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [8, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [8, 30] as const);
  const bgc = rng.choice(difference(cols, [1, 2] as const));
  const remcols = remove(bgc, cols);
  let gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [h, w]);
  let inds = asindices(gi);
  const nobjs = unifint(rng, diff_lb, diff_ub, [1, Math.floor((h * w) / 10)] as const);
  const maxtrials = 4 * nobjs;
  let tr = 0;
  let succ = 0;
  let numcells: number;
  while (succ < nobjs && tr <= maxtrials) {
    if (len(inds) === 0) {
      break;
    }
    let opts = asindices(canvas(-1, [5, 5]));
    const sp = rng.choice(totuple(opts));
    opts = remove(sp, opts);
    const lb = unifint(rng, diff_lb, diff_ub, [1, 5] as const);
    const lopts = interval(lb, 6, 1);
    const ubi = unifint(rng, diff_lb, diff_ub, [1, 5] as const);
    const ub = 12 - ubi;
    const uopts = interval(7, ub + 1, 1);
    if (rng.choice([true, false])) {
      numcells = 6;
    } else {
      numcells = rng.choice(concat(lopts, uopts));
    }
    let obj: Indices = set<IntegerTuple>([sp]);
    for (let k = 0; k < numcells - 1; k++) {
      setAdd(obj, rng.choice(totuple(opts.difference(obj).intersection(mapply(dneighbors, obj)))));
    }
    obj = normalize(obj);
    const loc = rng.choice(totuple(inds));
    const plcd = shift(obj, loc);
    if (plcd.issubset(inds)) {
      gi = fill(gi, rng.choice(remcols), plcd);
      go = fill(go, 1 + Number(len(obj) === 6), plcd);
      succ += 1;
      inds = inds.difference(plcd).difference(mapply(dneighbors, plcd));
    }
    tr += 1;
  }
  return { input: gi, output: go };
}

function generate_88a10436(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [8, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [8, 30] as const);
  let objh = unifint(rng, diff_lb, diff_ub, [0, 2] as const);
  let objw = unifint(rng, diff_lb, diff_ub, [objh > 0 ? 0 : 1, 2] as const);
  objh = objh * 2 + 1;
  objw = objw * 2 + 1;
  let bb = asindices(canvas(-1, [objh, objw]));
  const sp = [Math.floor(objh / 2), Math.floor(objw / 2)] as const;
  const shp = set<IntegerTuple>([sp]);
  bb = remove(sp, bb);
  const ncells = unifint(rng, diff_lb, diff_ub, [Math.max(objh, objw), objh * objw] as const);
  for (let k = 0; k < ncells - 1; k++) {
    shp.add(rng.choice(totuple(bb.difference(shp).intersection(mapply(dneighbors, shp)))));
  }
  while (height(shp) !== objh || width(shp) !== objw) {
    shp.add(rng.choice(totuple(bb.difference(shp).intersection(mapply(dneighbors, shp)))));
  }
  const [bgc, fgc] = unpack(rng.sample(cols, 2), 2);
  const remcols = remove(bgc, remove(fgc, cols));
  const ncols = unifint(rng, diff_lb, diff_ub, [1, 8] as const);
  const ccols = rng.sample(remcols, ncols);
  const obj = normalize(set([...shp].map((ij): Cell => [rng.choice(ccols), ij])));
  let gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [h, w]);
  const loci = rng.randint(0, h - objh);
  const locj = rng.randint(0, w - objw);
  let loc: IntegerTuple = [loci, locj];
  let plcd = shift(obj, loc);
  gi = paint(gi, plcd);
  go = paint(go, plcd);
  let inds = asindices(gi)
    .difference(toindices(plcd))
    .difference(mapply(neighbors, toindices(plcd)));
  const nobjs = unifint(rng, diff_lb, diff_ub, [1, floordiv(h * w, 2 * ncells)] as const);
  const maxtrials = 4 * nobjs;
  let tr = 0;
  let succ = 0;
  while (succ < nobjs && tr <= maxtrials) {
    if (len(inds) === 0) {
      break;
    }
    loc = rng.choice(totuple(inds));
    plcd = shift(obj, loc);
    const plcdi = toindices(plcd);
    if (plcdi.issubset(inds)) {
      go = paint(go, plcd);
      gi = fill(gi, fgc, set<IntegerTuple>([center(plcdi)]));
      succ += 1;
      inds = inds.difference(plcdi).difference(mapply(dneighbors, plcdi));
    }
    tr += 1;
  }
  return { input: gi, output: go };
}

function generate_05f2a901(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [8, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [8, 30] as const);
  let objh = unifint(rng, diff_lb, diff_ub, [
    2,
    Math.min(Math.floor(w / 2), Math.floor(h / 2)),
  ] as const);
  let objw = unifint(rng, diff_lb, diff_ub, [objh, Math.floor(w / 2)] as const);
  let bb = asindices(canvas(-1, [objh, objw]));
  const sp = rng.choice(totuple(bb));
  let obj: Indices = set<IntegerTuple>([sp]);
  bb = remove(sp, bb);
  const ncells = unifint(rng, diff_lb, diff_ub, [objh + objw, objh * objw] as const);
  for (let k = 0; k < ncells - 1; k++) {
    setAdd(obj, rng.choice(totuple(bb.difference(obj).intersection(mapply(dneighbors, obj)))));
  }
  if (height(obj) * width(obj) === len(obj)) {
    obj = remove(rng.choice(totuple(obj)), obj);
  }
  obj = normalize(obj);
  [objh, objw] = shape(obj);
  const loci = unifint(rng, diff_lb, diff_ub, [3, h - objh] as const);
  const locj = unifint(rng, diff_lb, diff_ub, [0, w - objw] as const);
  const loc = [loci, locj] as const;
  const [bgc, fgc, destc] = unpack(rng.sample(cols, 3), 3);
  let gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [h, w]);
  obj = shift(obj, loc);
  gi = fill(gi, fgc, obj);
  const sqd = rng.randint(1, Math.min(w, loci - 1));
  const locisq = rng.randint(0, loci - sqd - 1);
  const locjsq = rng.randint(locj - sqd + 1, locj + objw - 1);
  const sq = backdrop(
    set<IntegerTuple>([
      [locisq, locjsq],
      [locisq + sqd - 1, locjsq + sqd - 1],
    ]),
  );
  gi = fill(gi, destc, sq);
  go = fill(go, destc, sq);
  while (len(obj.intersection(sq)) === 0) {
    obj = shift(obj, [-1, 0]);
  }
  obj = shift(obj, [1, 0]);
  go = fill(go, fgc, obj);
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

function generate_928ad970(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const ih = unifint(rng, diff_lb, diff_ub, [9, h] as const);
  const iw = unifint(rng, diff_lb, diff_ub, [9, w] as const);
  const [bgc, linc, dotc] = unpack(rng.sample(cols, 3), 3);
  const loci = rng.randint(0, h - ih);
  const locj = rng.randint(0, w - iw);
  const ulc = [loci, locj] as const;
  const lrc = [loci + ih - 1, locj + iw - 1] as const;
  const dot1 = rng.choice(
    totuple(
      connect(ulc, [loci + ih - 1, locj]).difference(
        set<IntegerTuple>([ulc, [loci + ih - 1, locj]]),
      ),
    ),
  );
  const dot2 = rng.choice(
    totuple(
      connect(ulc, [loci, locj + iw - 1]).difference(
        set<IntegerTuple>([ulc, [loci, locj + iw - 1]]),
      ),
    ),
  );
  const dot3 = rng.choice(
    totuple(
      connect(lrc, [loci + ih - 1, locj]).difference(
        set<IntegerTuple>([lrc, [loci + ih - 1, locj]]),
      ),
    ),
  );
  const dot4 = rng.choice(
    totuple(
      connect(lrc, [loci, locj + iw - 1]).difference(
        set<IntegerTuple>([lrc, [loci, locj + iw - 1]]),
      ),
    ),
  );
  let [a, b] = unpack(sorted(rng.sample(interval(loci + 2, loci + ih - 2, 1), 2)), 2);
  while (eq(a + 1, b)) {
    [a, b] = unpack(sorted(rng.sample(interval(loci + 2, loci + ih - 2, 1), 2)), 2);
  }
  let [c, d] = unpack(sorted(rng.sample(interval(locj + 2, locj + iw - 2, 1), 2)), 2);
  while (eq(c + 1, d)) {
    [c, d] = unpack(sorted(rng.sample(interval(locj + 2, locj + iw - 2, 1), 2)), 2);
  }
  const sp = box(frozenset(set([[a, c] as const, [b, d] as const])));
  const bx = set<IntegerTuple>([dot1, dot2, dot3, dot4]);
  let gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [h, w]);
  gi = fill(gi, dotc, bx);
  gi = fill(gi, linc, sp);
  go = fill(gi, linc, inbox(bx));
  return { input: gi, output: go };
}

function generate_f8b3ba0a(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [1, 5] as const);
  const w = unifint(rng, diff_lb, diff_ub, [1, 5] as const);
  const nh = unifint(rng, diff_lb, diff_ub, [3, floordiv(29, h + 1)] as const);
  const nw = unifint(rng, diff_lb, diff_ub, [3, floordiv(29, w + 1)] as const);
  const fullh = (h + 1) * nh + 1;
  const fullw = (w + 1) * nw + 1;
  const [fullbgc, bgc] = unpack(rng.sample(cols, 2), 2);
  let remcols = remove(fullbgc, remove(bgc, cols));
  const shp = shift(asindices(canvas(-1, [h, w])), [1, 1]);
  let gi = canvas(fullbgc, [fullh, fullw]);
  let locs = set<IntegerTuple>();
  for (let a = 0; a < nh; a++) {
    for (let b = 0; b < nw; b++) {
      const loc = [a * (h + 1), b * (w + 1)] as const;
      locs.add(loc);
      gi = fill(gi, bgc, shift(shp, loc));
    }
  }
  let numc = unifint(rng, diff_lb, diff_ub, [1, Math.floor((nh * nw) / 2) - 1] as const);
  const stack = [];
  let nn = numc + 1;
  let col: number;
  while (nn > 1 && numc > 0 && len(remcols) > 0) {
    const nn3 = int(0.5 * (8 * numc + 1) ** 0.5 - 1);
    nn = Math.min(Math.max(1, nn3), nn - 1);
    col = rng.choice(remcols);
    remcols = remove(col, remcols);
    numc -= nn;
    stack.push([col, nn] as const);
  }
  const go = dmirror([stack.map(([c, _nn]) => c)]);
  for ([col, nn] of stack) {
    const slocs = rng.sample(totuple(locs), nn);
    gi = fill(gi, col, mapply(lbind(shift, shp), slocs));
    locs = locs.difference(set(slocs));
  }
  return { input: gi, output: go };
}

function generate_fcb5c309(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const [bgc, dotc, sqc] = unpack(rng.sample(cols, 3), 3);
  const numsq = unifint(rng, diff_lb, diff_ub, [1, Math.floor((h * w) / 25)] as const);
  let gi = canvas(bgc, [h, w]);
  let inds = asindices(gi);
  const maxtr = 4 * numsq;
  let tr = 0;
  let succ = 0;
  let numcells: number | null = null;
  let take: boolean = false;
  let cells: IntegerTuple[];
  let go: Grid | undefined;
  while (tr < maxtr && succ < numsq) {
    const oh = rng.randint(3, 7);
    const ow = rng.randint(3, 7);
    const cands = sfilter(inds, (ij) => ij[0] <= h - oh && ij[1] <= w - ow);
    if (len(cands) === 0) {
      break;
    }
    const loc = rng.choice(totuple(cands));
    const [loci, locj] = loc;
    const sq = box(
      frozenset(
        set<IntegerTuple>([
          [loci, locj],
          [loci + oh - 1, locj + ow - 1],
        ]),
      ),
    );
    const bd = backdrop(sq);
    if (bd.issubset(inds)) {
      gi = fill(gi, sqc, sq);
      const ib = backdrop(inbox(sq));
      if (numcells === null) {
        numcells = unifint(rng, diff_lb, diff_ub, [1, len(ib)] as const);
        cells = rng.sample(totuple(ib), numcells);
        take = true;
      } else {
        const nc = unifint(rng, diff_lb, diff_ub, [
          0,
          Math.min(Math.max(0, numcells - 1), len(ib)),
        ] as const);
        cells = rng.sample(totuple(ib), nc);
      }
      gi = fill(gi, dotc, cells);
      if (take) {
        go = replace(subgrid(sq, gi), sqc, dotc);
        take = false;
      }
      inds = inds.difference(bd).difference(outbox(bd));
      succ += 1;
    }
    tr += 1;
  }
  const nnoise = unifint(rng, diff_lb, diff_ub, [
    0,
    Math.max(0, Math.floor(len(inds) / 2) - 1),
  ] as const);
  const noise = rng.sample(totuple(inds), nnoise);
  gi = fill(gi, dotc, noise);
  return { input: gi, output: bound(go, "go") };
}

function generate_54d9e175(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = [0, 5] as const;
  const h = unifint(rng, diff_lb, diff_ub, [2, 5] as const);
  const w = unifint(rng, diff_lb, diff_ub, [2, 5] as const);
  const nh = unifint(rng, diff_lb, diff_ub, [1, floordiv(31, h + 1)] as const);
  const nw = unifint(rng, diff_lb, diff_ub, [nh > 1 ? 1 : 2, floordiv(31, w + 1)] as const);
  const fullh = (h + 1) * nh - 1;
  const fullw = (w + 1) * nw - 1;
  const [linc, bgc] = unpack(rng.sample(cols, 2), 2);
  let gi = canvas(linc, [fullh, fullw]);
  let go = canvas(linc, [fullh, fullw]);
  const obj = asindices(canvas(bgc, [h, w]));
  for (let a = 0; a < nh; a++) {
    for (let b = 0; b < nw; b++) {
      const plcd = shift(obj, [a * (h + 1), b * (w + 1)]);
      const icol = rng.randint(1, 4);
      const ocol = icol + 5;
      gi = fill(gi, bgc, plcd);
      go = fill(go, ocol, plcd);
      const dot = rng.choice(totuple(plcd));
      gi = fill(gi, icol, set<IntegerTuple>([dot]));
    }
  }
  return { input: gi, output: go };
}

function generate_7f4411dc(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const [bgc, fgc] = unpack(rng.sample(cols, 2), 2);
  const nsq = unifint(rng, diff_lb, diff_ub, [1, Math.floor((h * w) / 15)] as const);
  const maxtr = 4 * nsq;
  let tr = 0;
  let succ = 0;
  let go = canvas(bgc, [h, w]);
  let inds = asindices(go);
  let loc: IntegerTuple;
  while (tr < maxtr && succ < nsq) {
    const oh = rng.randint(2, 6);
    const ow = rng.randint(2, 6);
    const cands = sfilter(inds, (ij) => ij[0] <= h - oh && ij[1] <= w - ow);
    if (len(cands) === 0) {
      break;
    }
    loc = rng.choice(totuple(cands));
    const [loci, locj] = loc;
    let obj = backdrop(
      frozenset(
        set<IntegerTuple>([
          [loci, locj],
          [loci + oh - 1, locj + ow - 1],
        ]),
      ),
    );
    obj = shift(obj, loc);
    if (obj.issubset(inds)) {
      go = fill(go, fgc, obj);
      succ += 1;
      inds = inds.difference(obj).difference(outbox(obj));
    }
    tr += 1;
  }
  inds = ofcolor(go, bgc);
  const nnoise = unifint(rng, diff_lb, diff_ub, [0, Math.floor(len(inds) / 2) - 1] as const);
  let gi: Grid = [...go].map((e) => e);
  for (let k = 0; k < nnoise; k++) {
    loc = rng.choice(totuple(inds));
    inds = inds.difference(dneighbors(loc));
    gi = fill(gi, fgc, set<IntegerTuple>([loc]));
  }
  return { input: gi, output: go };
}

function generate_67385a82(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = remove(0, remove(8, interval(0, 10, 1)));
  const h = unifint(rng, diff_lb, diff_ub, [3, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [3, 30] as const);
  const col = rng.choice(cols);
  let gi = canvas(0, [h, w]);
  const inds = totuple(asindices(gi));
  const ncd = unifint(rng, diff_lb, diff_ub, [0, Math.floor(len(inds) / 2)] as const);
  let nc: number = rng.choice([ncd, len(inds) - ncd] as const);
  nc = Math.min(Math.max(1, nc), len(inds) - 1);
  const locs = rng.sample(inds, nc);
  gi = fill(gi, col, locs);
  const objs = objects(gi, T, F, F);
  const rems = toindices(merge(sizefilter(colorfilter(objs, col), 1)));
  const blues = difference(ofcolor(gi, col), rems);
  const go = fill(gi, 8, blues);
  return { input: gi, output: go };
}

function generate_d6ad076f(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = remove(8, interval(0, 10, 1));
  const h = unifint(rng, diff_lb, diff_ub, [3, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [3, 30] as const);
  const inh = unifint(rng, diff_lb, diff_ub, [3, h] as const);
  const inw = unifint(rng, diff_lb, diff_ub, [3, w] as const);
  const [bgc, c1, c2] = unpack(rng.sample(cols, 3), 3);
  let itv = interval(0, inh, 1);
  const loci2i = unifint(rng, diff_lb, diff_ub, [2, inh - 1] as const);
  const loci2 = at(itv, loci2i);
  itv = reversed(itv.slice(0, loci2i - 1));
  const loci1i = unifint(rng, diff_lb, diff_ub, [0, len(itv) - 1] as const);
  const loci1 = at(itv, loci1i);
  const cp = rng.randint(1, inw - 2);
  const ajs = rng.randint(0, cp - 1);
  const aje = rng.randint(cp + 1, inw - 1);
  const bjs = rng.randint(0, cp - 1);
  const bje = rng.randint(cp + 1, inw - 1);
  const obja = backdrop(frozenset(set([[0, ajs] as const, [loci1, aje] as const])));
  const objb = backdrop(frozenset(set([[loci2, bjs] as const, [inh - 1, bje] as const])));
  let c = canvas(bgc, [inh, inw]);
  c = fill(c, c1, obja);
  c = fill(c, c2, objb);
  let obj = asobject(c);
  const loci = rng.randint(0, h - inh);
  const locj = rng.randint(0, w - inw);
  const loc = [loci, locj] as const;
  obj = shift(obj, loc);
  let gi = canvas(bgc, [h, w]);
  gi = paint(gi, obj);
  const midobj = backdrop(
    frozenset(
      set([
        [loci1 + 1, Math.max(ajs, bjs) + 1] as const,
        [loci2 - 1, Math.min(aje, bje) - 1] as const,
      ]),
    ),
  );
  let go = fill(gi, 8, shift(midobj, loc));
  if (rng.choice([true, false])) {
    gi = dmirror(gi);
    go = dmirror(go);
  }
  return { input: gi, output: go };
}

function generate_e48d4e1a(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [3, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [3, 30] as const);
  const loci = rng.randint(1, h - 2);
  const locj = rng.randint(1, w - 2);
  const inds = asindices(canvas(-1, [loci, locj]));
  const maxn = Math.min(Math.min(h - loci - 1, w - locj - 1), len(inds));
  const nn = unifint(rng, diff_lb, diff_ub, [1, maxn] as const);
  const ss = rng.sample(totuple(inds), nn);
  const [bgc, fgc, dotc] = unpack(rng.sample(cols, 3), 3);
  let gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [h, w]);
  gi = fill(gi, fgc, hfrontier([loci, 0]).union(vfrontier([0, locj])));
  gi = fill(gi, dotc, ss);
  go = fill(go, fgc, hfrontier([loci + nn, 0]).union(vfrontier([0, locj + nn])));
  const rotf = rng.choice<GridFunction>([identity, rot90, rot180, rot270]);
  gi = rotf(gi);
  go = rotf(go);
  return { input: gi, output: go };
}

function generate_a48eeaf7(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [8, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [8, 30] as const);
  const ih = unifint(rng, diff_lb, diff_ub, [2, Math.floor(h / 2)] as const);
  const iw = unifint(rng, diff_lb, diff_ub, [2, Math.floor(w / 2)] as const);
  const loci = rng.randint(2, h - ih - 2);
  const locj = rng.randint(2, w - iw - 2);
  const [bgc, sqc, dotc] = unpack(rng.sample(cols, 3), 3);
  let gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [h, w]);
  const sq = backdrop(
    frozenset(
      set<IntegerTuple>([
        [loci, locj],
        [loci + ih - 1, locj + iw - 1],
      ]),
    ),
  );
  const A = interval(loci, loci + ih, 1).map((x) => [x, locj - 1] as const);
  const Ap = interval(loci, loci + ih, 1).map((x) => [x, rng.randint(0, locj - 2)] as const);
  const B = interval(loci, loci + ih, 1).map((x) => [x, locj + iw] as const);
  const Bp = interval(loci, loci + ih, 1).map(
    (x) => [x, rng.randint(locj + iw + 1, w - 1)] as const,
  );
  const C = interval(locj, locj + iw, 1).map((x) => [loci - 1, x] as const);
  const Cp = interval(locj, locj + iw, 1).map((x) => [rng.randint(0, loci - 2), x] as const);
  const D = interval(locj, locj + iw, 1).map((x) => [loci + ih, x] as const);
  const Dp = interval(locj, locj + iw, 1).map(
    (x) => [rng.randint(loci + ih + 1, h - 1), x] as const,
  );
  let srarr = concat(concat(concat(Ap, Bp), Cp), Dp);
  let dearr = concat(concat(concat(A, B), C), D);
  const inds = interval(0, len(srarr), 1);
  const num = unifint(rng, diff_lb, diff_ub, [1, len(srarr)] as const);
  const locs = rng.sample(inds, num);
  srarr = enumerate(srarr)
    .filter(([j, _e]) => contains(locs, j))
    .map(([_j, e]) => e);
  dearr = enumerate(dearr)
    .filter(([j, _e]) => contains(locs, j))
    .map(([_j, e]) => e);
  gi = fill(gi, sqc, sq);
  go = fill(go, sqc, sq);
  for (const [s, d] of zip(srarr, dearr)) {
    gi = fill(gi, dotc, set([s]));
    go = fill(go, dotc, set([d]));
  }
  const ncorn = unifint(rng, diff_lb, diff_ub, [0, 4] as const);
  const fullinds = asindices(gi);
  let cands: Indices;
  let locc: IntegerTuple;
  if (ncorn > 0) {
    go = fill(go, dotc, set<IntegerTuple>([[loci - 1, locj - 1]]));
    cands = shoot([loci - 2, locj - 2], [-1, -1]).intersection(fullinds);
    locc = rng.choice(totuple(cands));
    gi = fill(gi, dotc, set<IntegerTuple>([locc]));
  }
  if (ncorn > 1) {
    go = fill(go, dotc, set<IntegerTuple>([[loci - 1, locj + iw]]));
    cands = shoot([loci - 2, locj + iw + 1], [-1, 1]).intersection(fullinds);
    locc = rng.choice(totuple(cands));
    gi = fill(gi, dotc, set<IntegerTuple>([locc]));
  }
  if (ncorn > 2) {
    go = fill(go, dotc, set<IntegerTuple>([[loci + ih, locj - 1]]));
    cands = shoot([loci + ih + 1, locj - 2], [1, -1]).intersection(fullinds);
    locc = rng.choice(totuple(cands));
    gi = fill(gi, dotc, set<IntegerTuple>([locc]));
  }
  if (ncorn > 3) {
    go = fill(go, dotc, set<IntegerTuple>([[loci + ih, locj + iw]]));
    cands = shoot([loci + ih + 1, locj + iw + 1], [1, 1]).intersection(fullinds);
    locc = rng.choice(totuple(cands));
    gi = fill(gi, dotc, set<IntegerTuple>([locc]));
  }
  const rotf = rng.choice<GridFunction>([identity, rot90, rot180, rot270]);
  gi = rotf(gi);
  go = rotf(go);
  return { input: gi, output: go };
}

function generate_56dc2b01(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = difference(interval(0, 10, 1), [2, 8] as const);
  const h = unifint(rng, diff_lb, diff_ub, [4, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [6, 30] as const);
  let oh = unifint(rng, diff_lb, diff_ub, [1, h] as const);
  let ow = unifint(rng, diff_lb, diff_ub, [1, Math.floor((w - 1) / 2) - 1] as const);
  let bb = asindices(canvas(-1, [oh, ow]));
  const sp = rng.choice(totuple(bb));
  let obj: Indices = set<IntegerTuple>([sp]);
  bb = remove(sp, bb);
  const ncellsd = unifint(rng, diff_lb, diff_ub, [0, Math.floor((oh * ow) / 2)] as const);
  let ncells: number = rng.choice([ncellsd, oh * ow - ncellsd] as const);
  ncells = Math.min(Math.max(0, ncells), oh * ow - 1);
  for (let k = 0; k < ncells; k++) {
    setAdd(obj, rng.choice(totuple(bb.difference(obj).intersection(mapply(neighbors, obj)))));
  }
  obj = normalize(obj);
  [oh, ow] = shape(obj);
  const loci = rng.randint(0, h - oh);
  const locj = unifint(rng, diff_lb, diff_ub, [1, w - ow] as const);
  const [bgc, objc] = unpack(rng.sample(cols, 2), 2);
  let gi = canvas(bgc, [h, w]);
  const barlocji = unifint(rng, diff_lb, diff_ub, [0, locj] as const);
  let barlocj = locj - barlocji;
  barlocj = Math.min(Math.max(0, barlocj), locj - 1);
  gi = fill(gi, 2, connect([0, barlocj], [h - 1, barlocj]));
  let go = fill(gi, objc, shift(obj, [loci, barlocj + 1]));
  go = fill(go, 8, connect([0, barlocj + ow + 1], [h - 1, barlocj + ow + 1]));
  gi = fill(gi, objc, shift(obj, [loci, locj]));
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

function generate_1caeab9d(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = difference(interval(0, 10, 1), [1] as const);
  const h = unifint(rng, diff_lb, diff_ub, [3, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [6, 30] as const);
  let oh = unifint(rng, diff_lb, diff_ub, [1, Math.floor(h / 2)] as const);
  let ow = unifint(rng, diff_lb, diff_ub, [1, Math.floor(w / 3)] as const);
  let bb = asindices(canvas(-1, [oh, ow]));
  const sp = rng.choice(totuple(bb));
  let obj: Indices = set<IntegerTuple>([sp]);
  bb = remove(sp, bb);
  const ncellsd = unifint(rng, diff_lb, diff_ub, [0, Math.floor((oh * ow) / 2)] as const);
  let ncells: number = rng.choice([ncellsd, oh * ow - ncellsd] as const);
  ncells = Math.min(Math.max(0, ncells), oh * ow - 1);
  for (let k = 0; k < ncells; k++) {
    setAdd(obj, rng.choice(totuple(bb.difference(obj).intersection(mapply(neighbors, obj)))));
  }
  obj = normalize(obj);
  [oh, ow] = shape(obj);
  const loci = rng.randint(0, h - oh);
  const numo = unifint(rng, diff_lb, diff_ub, [2, Math.min(8, floordiv(w, ow))] as const) - 1;
  let itv = interval(0, w, 1);
  let locj = rng.randint(0, w - ow);
  const objp = shift(obj, [loci, locj]);
  const bgc = rng.choice(cols);
  let remcols = remove(bgc, cols);
  const c = canvas(bgc, [h, w]);
  let gi = fill(c, 1, objp);
  let go = fill(c, 1, objp);
  itv = difference(itv, interval(locj, locj + ow, 1));
  for (let k = 0; k < numo; k++) {
    const cands = sfilter(itv, (j) => set(interval(j, j + ow, 1)).issubset(set(itv)));
    if (len(cands) === 0) {
      break;
    }
    locj = rng.choice(cands);
    const col = rng.choice(remcols);
    remcols = remove(col, remcols);
    gi = fill(gi, col, shift(obj, [rng.randint(0, h - oh), locj]));
    go = fill(go, col, shift(obj, [loci, locj]));
    itv = difference(itv, interval(locj, locj + ow, 1));
  }
  return { input: gi, output: go };
}

function generate_b91ae062(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [2, 5] as const);
  const w = unifint(rng, diff_lb, diff_ub, [2, 5] as const);
  const numc = unifint(rng, diff_lb, diff_ub, [
    3,
    Math.min(h * w, Math.min(10, floordiv(30, Math.max(h, w)))),
  ] as const);
  const ccols = rng.sample(cols, numc);
  const c = canvas(-1, [h, w]);
  const inds = totuple(asindices(c));
  const fixinds = rng.sample(inds, numc);
  const obj = set(zip(ccols, fixinds).map(([cc, ij]) => [cc, ij] as const));
  for (const ij of difference(inds, fixinds)) {
    obj.add([rng.choice(ccols), ij] as const);
  }
  const gi = paint(c, obj);
  const go = upscale(gi, numc - 1);
  return { input: gi, output: go };
}

function generate_834ec97d(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = remove(4, interval(0, 10, 1));
  const h = unifint(rng, diff_lb, diff_ub, [2, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [2, 30] as const);
  const loci = unifint(rng, diff_lb, diff_ub, [0, h - 2] as const);
  const locjd = unifint(rng, diff_lb, diff_ub, [0, Math.floor(w / 2)] as const);
  let locj: number = rng.choice([locjd, w - locjd] as const);
  locj = Math.min(Math.max(0, locj), w - 1);
  const loc = [loci, locj] as const;
  const [bgc, fgc] = unpack(rng.sample(cols, 2), 2);
  const c = canvas(bgc, [h, w]);
  const gi = fill(c, fgc, set<IntegerTuple>([loc]));
  let go = fill(c, fgc, set<IntegerTuple>([add(loc, [1, 0] as const)]));
  for (let jj = 0; jj < Math.floor(w / 2) + 1; jj++) {
    go = fill(go, 4, connect([0, locj + 2 * jj], [loci, locj + 2 * jj]));
    go = fill(go, 4, connect([0, locj - 2 * jj], [loci, locj - 2 * jj]));
  }
  return { input: gi, output: go };
}

function generate_a699fb00(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = remove(2, interval(0, 10, 1));
  const h = unifint(rng, diff_lb, diff_ub, [4, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [4, 30] as const);
  const numls = unifint(rng, diff_lb, diff_ub, [1, h - 1] as const);
  const opts = interval(0, h, 1);
  const locs = rng.sample(opts, numls);
  const [bgc, fgc] = unpack(rng.sample(cols, 2), 2);
  let gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [h, w]);
  for (const ii of locs) {
    const endidx = unifint(rng, diff_lb, diff_ub, [2, w - 2] as const);
    let ofs = unifint(rng, diff_lb, diff_ub, [1, Math.floor(endidx / 2)] as const) * 2;
    ofs = Math.min(Math.max(2, ofs), endidx);
    const startidx = endidx - ofs;
    const ln = connect([ii, startidx], [ii, endidx]);
    go = fill(go, 2, ln);
    const sparseln = set(range(startidx, endidx + 1, 2).map((jj) => [ii, jj] as const));
    go = fill(go, fgc, sparseln);
    gi = fill(gi, fgc, sparseln);
  }
  return { input: gi, output: go };
}

function generate_91413438(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(1, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [2, 5] as const);
  const w = unifint(rng, diff_lb, diff_ub, [2, 5] as const);
  const maxnb = Math.min(h * w - 1, Math.min(floordiv(30, h), floordiv(30, w)));
  const minnb = int(0.5 * ((4 * h * w + 1) ** 0.5 - 1)) + 1;
  const nbi = unifint(rng, diff_lb, diff_ub, [0, maxnb - minnb] as const);
  const nb = Math.min(Math.max(minnb, maxnb - nbi), maxnb);
  const fgc = rng.choice(cols);
  const c = canvas(0, [h, w]);
  const obj = rng.sample(totuple(asindices(c)), h * w - nb);
  const gi = fill(c, fgc, obj);
  let go = canvas(0, [h * nb, w * nb]);
  for (let j = 0; j < h * w - nb; j++) {
    const loc = [floordiv(j, nb), mod(j, nb)] as const;
    go = fill(go, fgc, shift(obj, multiply([h, w] as const, loc)));
  }
  return { input: gi, output: go };
}

function generate_99fa7670(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [3, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [3, 30] as const);
  const num = unifint(rng, diff_lb, diff_ub, [1, Math.floor(h / 2)] as const);
  const inds = interval(0, h, 1);
  const starts = sorted(rng.sample(inds, num));
  const ends = concat(
    starts.slice(1).map((x) => x - 1),
    [h - 1],
  );
  const nc = unifint(rng, diff_lb, diff_ub, [1, 9] as const);
  const bgc = rng.choice(cols);
  const remcols = remove(bgc, cols);
  const ccols = rng.sample(remcols, nc);
  let gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [h, w]);
  for (const [s, e] of zip(starts, ends)) {
    const col = rng.choice(ccols);
    const locj = rng.randint(0, w - 2);
    const l1 = connect([s, locj], [s, w - 1]);
    const l2 = connect([s, w - 1], [e, w - 1]);
    gi = fill(gi, col, set([[s, locj] as const]));
    go = fill(go, col, l1.union(l2));
  }
  return { input: gi, output: go };
}

function generate_d13f3404(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [3, 15] as const);
  const w = unifint(rng, diff_lb, diff_ub, [3, 15] as const);
  const vopts = set(interval(0, h, 1).map((ii) => [ii, 0] as const));
  const hopts = set(interval(1, w, 1).map((jj) => [0, jj] as const));
  const opts = [...vopts.union(hopts)];
  const num = unifint(rng, diff_lb, diff_ub, [1, len(opts)] as const);
  const locs = rng.sample(opts, num);
  const bgc = rng.choice(cols);
  const remcols = remove(bgc, cols);
  let gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [h * 2, w * 2]);
  const inds = asindices(gi);
  for (const loc of locs) {
    const ln = [...shoot(loc, [1, 1]).intersection(inds)];
    const locc = rng.choice(ln);
    const col = rng.choice(remcols);
    gi = fill(gi, col, set([locc]));
    go = fill(go, col, shoot(locc, [1, 1]));
  }
  return { input: gi, output: go };
}

function generate_c3f564a4(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [7, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [7, 30] as const);
  const p = unifint(rng, diff_lb, diff_ub, [
    2,
    Math.min(9, Math.min(Math.floor(h / 3), Math.floor(w / 3))),
  ] as const);
  const fixc = rng.choice(cols);
  const remcols = remove(fixc, cols);
  const ccols = [...rng.sample(remcols, p)];
  rng.shuffle(ccols);
  const c = canvas(-1, [h, w]);
  const baseobj = set(zip(ccols, range(p)).map(([cc, jj]): Cell => [cc, [0, jj]]));
  let obj: ArcObject = set([...baseobj].map((c) => c));
  while (rightmost(obj) < 2 * Math.max(w, h)) {
    obj = obj.union(shift(obj, [0, p]));
  }
  if (rng.choice([true, false])) {
    const base = obj;
    obj = mapply(
      (d: IntegerTuple) => shift(base, d),
      set(interval(0, h, 1).map((jj): IntegerTuple => [jj, 0])),
    );
  } else {
    const base = obj;
    obj = mapply(
      (d: IntegerTuple) => shift(base, d),
      set(interval(0, h, 1).map((jj): IntegerTuple => [jj, -jj])),
    );
  }
  let go = paint(c, obj);
  let gi: Grid = [...go].map((e) => e);
  const nsq = unifint(rng, diff_lb, diff_ub, [1, Math.max(1, Math.floor((h * w) / 25))] as const);
  const maxtr = 4 * nsq;
  let tr = 0;
  let succ = 0;
  while (succ < nsq && tr < maxtr) {
    const oh = unifint(rng, diff_lb, diff_ub, [2, 5] as const);
    const ow = unifint(rng, diff_lb, diff_ub, [2, 5] as const);
    const loci = rng.randint(0, h - oh);
    const locj = rng.randint(0, w - ow);
    const tmpg = fill(
      gi,
      fixc,
      backdrop(
        frozenset(
          set<IntegerTuple>([
            [loci, locj],
            [loci + oh - 1, locj + ow - 1],
          ]),
        ),
      ),
    );
    if (
      len(occurrences(tmpg, baseobj)) > 1 &&
      len([...tmpg].filter((r) => !contains(r, fixc)).map((r) => r)) > 0 &&
      len([...dmirror(tmpg)].filter((r) => !contains(r, fixc)).map((r) => r)) > 0
    ) {
      gi = tmpg;
      succ += 1;
    }
    tr += 1;
  }
  if (rng.choice([true, false])) {
    gi = rot90(gi);
    go = rot90(go);
  }
  return { input: gi, output: go };
}

function generate_ecdecbb3(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [4, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [4, 30] as const);
  const [bgc, dotc, linc] = unpack(rng.sample(cols, 3), 3);
  let gi = canvas(bgc, [h, w]);
  const nl = unifint(rng, diff_lb, diff_ub, [1, Math.floor(h / 4)] as const);
  let inds = interval(0, h, 1);
  let locs = [];
  for (let k = 0; k < nl; k++) {
    if (len(inds) === 0) {
      break;
    }
    const idx = rng.choice(inds);
    locs.push(idx);
    inds = remove(idx, inds);
    inds = remove(idx - 1, inds);
    inds = remove(idx + 1, inds);
    inds = remove(idx - 2, inds);
    inds = remove(idx + 2, inds);
  }
  locs = sorted(locs);
  for (const ii of locs) {
    gi = fill(gi, linc, hfrontier([ii, 0]));
  }
  const iopts = difference(
    difference(difference(interval(0, h, 1), locs), apply(increment, locs)),
    apply(decrement, locs),
  );
  let jopts = interval(0, w, 1);
  const ndots = unifint(rng, diff_lb, diff_ub, [
    1,
    Math.min(len(iopts), Math.floor(w / 2)),
  ] as const);
  const dlocs = [];
  let loci: number;
  let locj: number;
  for (let k = 0; k < ndots; k++) {
    if (len(iopts) === 0 || len(jopts) === 0) {
      break;
    }
    loci = rng.choice(iopts);
    locj = rng.choice(jopts);
    dlocs.push([loci, locj] as const);
    jopts = remove(locj, jopts);
    jopts = remove(locj + 1, jopts);
    jopts = remove(locj - 1, jopts);
  }
  let go = gi;
  for (const d of dlocs) {
    [loci, locj] = unpack(d, 2);
    if (loci < pymin(locs)) {
      go = fill(go, dotc, connect(d, [pymin(locs), locj]));
      go = fill(go, linc, neighbors([pymin(locs), locj]));
    } else {
      if (loci > pymax(locs)) {
        go = fill(go, dotc, connect(d, [pymax(locs), locj]));
        go = fill(go, linc, neighbors([pymax(locs), locj]));
      } else {
        const sp = at(
          locs.filter((e) => e < loci).map((e) => e),
          -1,
        );
        const ep = at(
          locs.filter((e) => e > loci).map((e) => e),
          0,
        );
        go = fill(go, dotc, connect([sp, locj], [ep, locj]));
        go = fill(go, linc, neighbors([sp, locj]));
        go = fill(go, linc, neighbors([ep, locj]));
      }
    }
    gi = fill(gi, dotc, set([d]));
  }
  if (rng.choice([true, false])) {
    gi = dmirror(gi);
    go = dmirror(go);
  }
  return { input: gi, output: go };
}

function generate_ac0a08a4(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [2, 5] as const);
  const w = unifint(rng, diff_lb, diff_ub, [2, 5] as const);
  const num = unifint(rng, diff_lb, diff_ub, [
    1,
    Math.min(Math.min(9, h * w - 2), Math.min(floordiv(30, h), floordiv(30, w))),
  ] as const);
  const bgc = rng.choice(cols);
  const c = canvas(bgc, [h, w]);
  const inds = asindices(c);
  const locs = rng.sample(totuple(inds), num);
  const remcols = remove(bgc, cols);
  const obj = set(zip(rng.sample(remcols, num), locs).map(([col, loc]) => [col, loc] as const));
  const gi = paint(c, obj);
  const go = upscale(gi, num);
  return { input: gi, output: go };
}

function generate_22168020(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [6, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [6, 30] as const);
  const num = unifint(rng, diff_lb, diff_ub, [1, Math.min(9, Math.floor((h * w) / 10))] as const);
  const bgc = rng.choice(cols);
  let remcols = remove(bgc, cols);
  let gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [h, w]);
  let succ = 0;
  let tr = 0;
  const maxtr = 6 * num;
  let inds = asindices(gi);
  while (tr < maxtr && succ < num) {
    const d = unifint(rng, diff_lb, diff_ub, [2, 5] as const);
    const ow = 2 * d;
    if (len(inds) === 0) {
      tr += 1;
      continue;
    }
    const loc = rng.choice(totuple(inds));
    const [loci, locj] = loc;
    const io1 = connect(loc, [loci + d - 1, locj + d - 1]);
    const io2 = connect([loci, locj + ow - 1], [loci + d - 1, locj + d]);
    const io0 = io1.union(io2).union(
      set<IntegerTuple>([
        [loci + d, locj + d - 1],
        [loci + d, locj + d],
      ]),
    );
    const oo0 = merge(sfilter(prapply(connect, io0, io0), hline));
    const mf = rng.choice<(patch: Indices) => Indices>([
      identity,
      dmirror,
      cmirror,
      hmirror,
      vmirror,
    ]);
    const io = mf(io0);
    const oo = mf(oo0);
    const col = rng.choice(remcols);
    if (oo.issubset(inds)) {
      gi = fill(gi, col, io);
      go = fill(go, col, oo);
      succ += 1;
      inds = inds.difference(oo);
      remcols = remove(col, remcols);
    }
    tr += 1;
  }
  return { input: gi, output: go };
}

function generate_ff805c23(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
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

function generate_4093f84a(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [7, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [7, 30] as const);
  const [loci1, loci2] = unpack(sorted(rng.sample(interval(2, h - 2, 1), 2)), 2);
  const [bgc, barc, dotc] = unpack(rng.sample(cols, 3), 3);
  let gi = canvas(bgc, [h, w]);
  for (let ii = loci1; ii < loci2 + 1; ii++) {
    gi = fill(gi, barc, connect([ii, 0], [ii, w - 1]));
  }
  let go: Grid = [...gi].map((e) => e);
  const opts = interval(0, w, 1);
  const num1 = unifint(rng, diff_lb, diff_ub, [1, Math.floor(w / 2)] as const);
  const num2 = unifint(rng, diff_lb, diff_ub, [1, Math.floor(w / 2)] as const);
  const locs1 = rng.sample(opts, num1);
  const locs2 = rng.sample(opts, num2);
  let k: number;
  let locsx: number[];
  for (const l1 of locs1) {
    k = unifint(rng, diff_lb, diff_ub, [1, loci1 - 1] as const);
    locsx = rng.sample(interval(0, loci1, 1), k);
    gi = fill(gi, dotc, apply(rbind(astuple, l1), locsx));
    go = fill(go, barc, connect([loci1 - 1, l1], [loci1 - k, l1]));
  }
  for (const l2 of locs2) {
    k = unifint(rng, diff_lb, diff_ub, [1, h - loci2 - 2] as const);
    locsx = rng.sample(interval(loci2 + 1, h, 1), k);
    gi = fill(gi, dotc, apply(rbind(astuple, l2), locsx));
    go = fill(go, barc, connect([loci2 + 1, l2], [loci2 + k, l2]));
  }
  if (rng.choice([true, false])) {
    gi = dmirror(gi);
    go = dmirror(go);
  }
  return { input: gi, output: go };
}

function generate_760b3cac(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const objL = frozenset(
    set<IntegerTuple>([
      [0, 0],
      [1, 0],
      [1, 1],
      [1, 2],
      [2, 1],
    ]),
  );
  const objR = vmirror(objL);
  const h = unifint(rng, diff_lb, diff_ub, [5, 30] as const);
  let w = unifint(rng, diff_lb, diff_ub, [3, 14] as const);
  w = 2 * w + 1;
  const [bgc, objc, indc] = unpack(rng.sample(cols, 3), 3);
  let objh = unifint(rng, diff_lb, diff_ub, [1, h - 3] as const);
  let objw = unifint(rng, diff_lb, diff_ub, [1, Math.floor(w / 6)] as const);
  objw = 2 * objw + 1;
  const c = canvas(-1, [objh, objw]);
  let gi = canvas(bgc, [h, w]);
  let obj: Indices;
  let sgn: number;
  if (rng.choice([true, false])) {
    obj = objL;
    sgn = -1;
  } else {
    obj = objR;
    sgn = 1;
  }
  gi = fill(gi, indc, shift(obj, [h - 3, Math.floor(w / 2) - 1]));
  const inds = asindices(c);
  const sp = rng.choice(totuple(inds));
  let objx: Indices = set<IntegerTuple>([sp]);
  const numcd = unifint(rng, diff_lb, diff_ub, [0, Math.floor((objh * objw) / 2)] as const);
  let numc: number = rng.choice([numcd, objh * objw - numcd] as const);
  numc = Math.min(Math.max(1, numc), objh * objw);
  for (let k = 0; k < numc - 1; k++) {
    setAdd(objx, rng.choice(totuple(inds.difference(objx).intersection(mapply(neighbors, objx)))));
  }
  while (width(objx) !== objw) {
    setAdd(objx, rng.choice(totuple(inds.difference(objx).intersection(mapply(neighbors, objx)))));
  }
  objx = normalize(objx);
  [objh, objw] = shape(objx);
  const loci = rng.randint(0, h - 3 - objh);
  const locj = Math.floor(w / 2) - Math.floor(objw / 2);
  const loc = [loci, locj] as const;
  const plcd = shift(objx, loc);
  gi = fill(gi, objc, plcd);
  const objx2 = vmirror(plcd);
  const plcd2 = shift(objx2, [0, objw * sgn]);
  let go = fill(gi, objc, plcd2);
  const rotf = rng.choice<GridFunction>([identity, rot90, rot180, rot270]);
  gi = rotf(gi);
  go = rotf(go);
  return { input: gi, output: go };
}

function generate_8efcae92(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const [bgc, sqc, dotc] = unpack(rng.sample(cols, 3), 3);
  const num = unifint(rng, diff_lb, diff_ub, [1, Math.floor((h * w) / 25)] as const);
  let succ = 0;
  const maxtr = 4 * num;
  let tr = 0;
  let gi = canvas(bgc, [h, w]);
  let go: Grid | null = null;
  let inds = asindices(gi);
  let oho: number | null = null;
  let owo: number | null = null;
  let nd: number;
  let numdots: number | undefined;
  let oh: number;
  let ow: number;
  while (succ < num && tr < maxtr) {
    // RE-ARC: if oho is None and owo is None (they are set together)
    if (oho === null || owo === null) {
      oh = rng.randint(2, h - 1);
      ow = rng.randint(2, w - 1);
      oho = oh;
      owo = ow;
    } else {
      let ohd = unifint(rng, diff_lb, diff_ub, [0, Math.min(oho, h - 1 - oho)] as const);
      let owd = unifint(rng, diff_lb, diff_ub, [0, Math.min(owo, w - 1 - owo)] as const);
      ohd = Math.min(oho, h - 1 - oho) - ohd;
      owd = Math.min(owo, w - 1 - owo) - owd;
      oh = rng.choice([oho - ohd, oho + ohd] as const);
      ow = rng.choice([owo - owd, owo + owd] as const);
      oh = Math.min(Math.max(2, oh), h - 1);
      ow = Math.min(Math.max(2, ow), w - 1);
    }
    let minig = canvas(sqc, [oh, ow]);
    const mini = asindices(minig);
    const cands = sfilter(inds, (ij) => ij[0] <= h - oh && ij[1] <= w - ow);
    tr += 1;
    if (len(cands) === 0) {
      continue;
    }
    const loc = rng.choice(totuple(cands));
    if (!shift(mini, loc).issubset(inds)) {
      continue;
    }
    succ += 1;
    if (go === null) {
      numdots = unifint(rng, diff_lb, diff_ub, [1, Math.floor((oh * ow) / 2) - 1] as const);
      nd = numdots;
    } else {
      nd = unifint(rng, diff_lb, diff_ub, [
        0,
        Math.min(Math.floor((oh * ow) / 2) - 1, bound(numdots, "numdots") - 1),
      ] as const);
    }
    const locs = rng.sample(totuple(mini), nd);
    minig = fill(minig, dotc, locs);
    if (go === null) {
      go = minig;
    }
    const obj = asobject(minig);
    const plcd = shift(obj, loc);
    gi = paint(gi, plcd);
    inds = inds.difference(toindices(plcd)).difference(mapply(dneighbors, toindices(plcd)));
  }
  return { input: gi, output: bound(go, "go") };
}

function generate_48d8fb45(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const nobjs = unifint(rng, diff_lb, diff_ub, [2, Math.floor((h * w) / 15)] as const);
  let tr = 0;
  const maxtr = 4 * nobjs;
  let done: boolean = false;
  let succ = 0;
  const bgc = rng.choice(cols);
  const remcols = remove(bgc, cols);
  let gi = canvas(bgc, [h, w]);
  let inds = asindices(gi);
  let go: Grid | undefined;
  while (tr < maxtr && succ < nobjs) {
    const oh = rng.randint(2, 6);
    const ow = rng.randint(2, 6);
    let bx = asindices(canvas(-1, [oh, ow]));
    const nc = rng.randint(3, oh * ow);
    const sp = rng.choice(totuple(bx));
    bx = remove(sp, bx);
    const shp = set<IntegerTuple>([sp]);
    for (let k = 0; k < nc - 1; k++) {
      shp.add(rng.choice(totuple(bx.difference(shp).intersection(mapply(neighbors, shp)))));
    }
    let obj: ArcObject;
    if (!done) {
      done = true;
      const idx = rng.choice(totuple(shp));
      const coll = rng.choice(remcols);
      const obj2 = set<Cell>([[coll, idx]]);
      const obj3 = recolor(rng.choice(remove(coll, remcols)), remove(idx, shp));
      obj = obj2.union(obj3);
      go = paint(canvas(bgc, shape(obj3)), normalize(obj3));
    } else {
      obj = recolor(rng.choice(remcols), shp);
    }
    const locopts = sfilter(inds, (ij) => ij[0] <= h - oh && ij[1] <= w - ow);
    tr += 1;
    if (len(locopts) === 0) {
      continue;
    }
    const loc = rng.choice(totuple(locopts));
    const plcd = shift(obj, loc);
    const plcdi = toindices(plcd);
    if (plcdi.issubset(inds)) {
      gi = paint(gi, plcd);
      succ += 1;
      inds = inds.difference(plcdi).difference(mapply(neighbors, plcdi));
    }
  }
  return { input: gi, output: bound(go, "go") };
}

function generate_8e1813be(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const [bgc, sqc] = unpack(rng.sample(cols, 2), 2);
  const remcols = remove(bgc, remove(sqc, cols));
  const nbars = unifint(rng, diff_lb, diff_ub, [3, 8] as const);
  let ccols = rng.sample(remcols, nbars);
  const w = unifint(rng, diff_lb, diff_ub, [nbars + 3, 30] as const);
  const hmarg = unifint(rng, diff_lb, diff_ub, [2 * nbars, 30 - nbars] as const);
  ccols = [...ccols];
  let go: Grid = ccols.map((col) => repeat(col, nbars));
  let gi: Grid = ccols.map((col) => repeat(col, w));
  const r = repeat(bgc, w);
  for (let k = 0; k < hmarg; k++) {
    const idx = rng.randint(0, len(go) - 1);
    gi = concat(concat(gi.slice(0, idx), [r] as const), gi.slice(idx));
  }
  const h2 = nbars + hmarg;
  const [oh, ow] = [nbars, nbars];
  const loci = rng.randint(1, h2 - oh - 2);
  const locj = rng.randint(1, w - ow - 2);
  const sq = backdrop(
    frozenset(
      set<IntegerTuple>([
        [loci, locj],
        [loci + oh - 1, locj + ow - 1],
      ]),
    ),
  );
  gi = fill(gi, sqc, sq);
  gi = fill(gi, bgc, outbox(sq));
  if (rng.choice([true, false])) {
    gi = dmirror(gi);
    go = dmirror(go);
  }
  return { input: gi, output: go };
}

function generate_5117e062(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const nobjs = unifint(rng, diff_lb, diff_ub, [2, Math.floor((h * w) / 15)] as const);
  let tr = 0;
  const maxtr = 4 * nobjs;
  let done: boolean = false;
  let succ = 0;
  const bgc = rng.choice(cols);
  const remcols = remove(bgc, cols);
  let gi = canvas(bgc, [h, w]);
  let inds = asindices(gi);
  let go: Grid | undefined;
  while (tr < maxtr && succ < nobjs) {
    const oh = rng.randint(2, 6);
    const ow = rng.randint(2, 6);
    let bx = asindices(canvas(-1, [oh, ow]));
    const nc = rng.randint(3, oh * ow);
    const sp = rng.choice(totuple(bx));
    bx = remove(sp, bx);
    const shp = set<IntegerTuple>([sp]);
    for (let k = 0; k < nc - 1; k++) {
      shp.add(rng.choice(totuple(bx.difference(shp).intersection(mapply(neighbors, shp)))));
    }
    let obj: ArcObject;
    if (!done) {
      done = true;
      const idx = rng.choice(totuple(shp));
      const coll = rng.choice(remcols);
      const obj2 = set<Cell>([[coll, idx]]);
      const coll2 = rng.choice(remove(coll, remcols));
      const obj3 = recolor(coll2, remove(idx, shp));
      obj = obj2.union(obj3);
      go = fill(canvas(bgc, shape(obj)), coll2, normalize(obj));
    } else {
      obj = recolor(rng.choice(remcols), shp);
    }
    const locopts = sfilter(inds, (ij) => ij[0] <= h - oh && ij[1] <= w - ow);
    tr += 1;
    if (len(locopts) === 0) {
      continue;
    }
    const loc = rng.choice(totuple(locopts));
    const plcd = shift(obj, loc);
    const plcdi = toindices(plcd);
    if (plcdi.issubset(inds)) {
      gi = paint(gi, plcd);
      succ += 1;
      inds = inds.difference(plcdi).difference(mapply(neighbors, plcdi));
    }
  }
  return { input: gi, output: bound(go, "go") };
}

function generate_f15e1fac(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = remove(2, interval(0, 10, 1));
  const h = unifint(rng, diff_lb, diff_ub, [4, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [4, 30] as const);
  const nsps = unifint(rng, diff_lb, diff_ub, [1, Math.floor((w - 1) / 2)] as const);
  const ngps = unifint(rng, diff_lb, diff_ub, [1, Math.floor((h - 1) / 2)] as const);
  const spsj = sorted(rng.sample(interval(1, w - 1, 1), nsps));
  const gpsi = sorted(rng.sample(interval(1, h - 1, 1), ngps));
  let ofs = 0;
  const [bgc, linc] = unpack(rng.sample(cols, 2), 2);
  let gi = canvas(bgc, [h, w]);
  gi = fill(gi, linc, set(spsj.map((jj) => [0, jj] as const)));
  gi = fill(gi, 2, set(gpsi.map((ii) => [ii, 0] as const)));
  let go: Grid = [...gi].map((e) => e);
  for (const [a, b] of zip(
    concat([0], gpsi),
    concat(
      gpsi.map((x) => x - 1),
      [h - 1],
    ),
  )) {
    for (const jj of spsj) {
      go = fill(go, linc, connect([a, jj + ofs], [b, jj + ofs]));
    }
    ofs += 1;
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

function generate_3906de3d(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [5, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [5, 30] as const);
  const oh = unifint(rng, diff_lb, diff_ub, [2, Math.floor(h / 2)] as const);
  const ow = unifint(rng, diff_lb, diff_ub, [3, w - 2] as const);
  const [bgc, boxc, linc] = unpack(rng.sample(cols, 3), 3);
  const locj = rng.randint(1, w - ow - 1);
  const bx = backdrop(
    frozenset(
      set<IntegerTuple>([
        [0, locj],
        [oh - 1, locj + ow - 1],
      ]),
    ),
  );
  let gi = canvas(bgc, [h, w]);
  gi = fill(gi, boxc, bx);
  const columns_range = range(locj, locj + ow);
  const cutoffs = columns_range.map(() => rng.randint(1, oh - 1));
  for (const [jj, co] of zip(columns_range, cutoffs)) {
    gi = fill(gi, bgc, connect([co, jj], [oh - 1, jj]));
  }
  const numlns = unifint(rng, diff_lb, diff_ub, [1, ow - 1] as const);
  const lnlocs = rng.sample([...columns_range], numlns);
  let go: Grid = [...gi].map((e) => e);
  for (const [jj, co] of zip(columns_range, cutoffs)) {
    if (contains(lnlocs, jj)) {
      const lineh = rng.randint(1, h - co - 1);
      const linei = connect([h - lineh, jj], [h - 1, jj]);
      const lineo = connect([co, jj], [co + lineh - 1, jj]);
      gi = fill(gi, linc, linei);
      go = fill(go, linc, lineo);
    }
  }
  const rotf = rng.choice<GridFunction>([identity, rot90, rot180, rot270]);
  gi = rotf(gi);
  go = rotf(go);
  return { input: gi, output: go };
}

function generate_77fdfe62(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [1, 13] as const);
  const w = unifint(rng, diff_lb, diff_ub, [1, 13] as const);
  const [c1, c2, c3, c4, barc, bgc, inc] = unpack(rng.sample(cols, 7), 7);
  const qd = canvas(bgc, [h, w]);
  const inds = totuple(asindices(qd));
  const fullh = 2 * h + 4;
  const fullw = 2 * w + 4;
  const n1 = unifint(rng, diff_lb, diff_ub, [1, h * w] as const);
  const n2 = unifint(rng, diff_lb, diff_ub, [1, h * w] as const);
  const n3 = unifint(rng, diff_lb, diff_ub, [1, h * w] as const);
  const n4 = unifint(rng, diff_lb, diff_ub, [1, h * w] as const);
  const i1 = rng.sample(inds, n1);
  const i2 = rng.sample(inds, n2);
  const i3 = rng.sample(inds, n3);
  const i4 = rng.sample(inds, n4);
  let gi = canvas(bgc, [2 * h + 4, 2 * w + 4]);
  gi = fill(gi, barc, connect([1, 0], [1, fullw - 1]));
  gi = fill(gi, barc, connect([fullh - 2, 0], [fullh - 2, fullw - 1]));
  gi = fill(gi, barc, connect([0, 1], [fullh - 1, 1]));
  gi = fill(gi, barc, connect([0, fullw - 2], [fullh - 1, fullw - 2]));
  gi = fill(gi, c1, set<IntegerTuple>([[0, 0]]));
  gi = fill(gi, c2, set<IntegerTuple>([[0, fullw - 1]]));
  gi = fill(gi, c3, set<IntegerTuple>([[fullh - 1, 0]]));
  gi = fill(gi, c4, set<IntegerTuple>([[fullh - 1, fullw - 1]]));
  gi = fill(gi, inc, shift(i1, [2, 2]));
  gi = fill(gi, inc, shift(i2, [2, 2 + w]));
  gi = fill(gi, inc, shift(i3, [2 + h, 2]));
  gi = fill(gi, inc, shift(i4, [2 + h, 2 + w]));
  let go = canvas(bgc, [2 * h, 2 * w]);
  go = fill(go, c1, shift(i1, [0, 0]));
  go = fill(go, c2, shift(i2, [0, w]));
  go = fill(go, c3, shift(i3, [h, 0]));
  go = fill(go, c4, shift(i4, [h, w]));
  return { input: gi, output: go };
}

function generate_d406998b(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = remove(3, interval(0, 10, 1));
  const h = unifint(rng, diff_lb, diff_ub, [3, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [2, 30] as const);
  const [bgc, dotc] = unpack(rng.sample(cols, 2), 2);
  let gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [h, w]);
  const itv = interval(0, h, 1);
  for (let j = 0; j < w; j++) {
    const nilocs = unifint(rng, diff_lb, diff_ub, [
      1,
      mod(h, 2) === 0 ? Math.floor(h / 2) - 1 : Math.floor(h / 2),
    ] as const);
    const ilocs = rng.sample(itv, nilocs);
    const locs = set(ilocs.map((ii) => [ii, j] as const));
    gi = fill(gi, dotc, locs);
    go = fill(go, mod(j - w, 2) === 0 ? dotc : 3, locs);
  }
  return { input: gi, output: go };
}

function generate_694f12f3(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = difference(interval(0, 10, 1), [1, 2] as const);
  const h = unifint(rng, diff_lb, diff_ub, [9, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [9, 30] as const);
  const seploc = rng.randint(4, h - 5);
  const bigh = unifint(rng, diff_lb, diff_ub, [4, seploc] as const);
  const bigw = unifint(rng, diff_lb, diff_ub, [3, w - 1] as const);
  const bigloci = rng.randint(0, seploc - bigh);
  const biglocj = rng.randint(0, w - bigw);
  const smallmaxh = h - seploc - 1;
  const smallmaxw = w - 1;
  let cands = [];
  const bigsize = bigh * bigw;
  for (let a = 3; a < smallmaxh + 1; a++) {
    for (let b = 3; b < smallmaxw + 1; b++) {
      if (a * b < bigsize) {
        cands.push([a, b] as const);
      }
    }
  }
  cands = sorted(cands, (ab) => ab[0] * ab[1]);
  const num = len(cands);
  const idx = unifint(rng, diff_lb, diff_ub, [0, num - 1] as const);
  const [smallh, smallw] = unpack(at(cands, idx), 2);
  const smallloci = rng.randint(seploc + 1, h - smallh);
  const smalllocj = rng.randint(0, w - smallw);
  const [bgc, sqc] = unpack(rng.sample(cols, 2), 2);
  let gi = canvas(bgc, [h, w]);
  const bigsq = backdrop(
    frozenset(
      set<IntegerTuple>([
        [bigloci, biglocj],
        [bigloci + bigh - 1, biglocj + bigw - 1],
      ]),
    ),
  );
  const smallsq = backdrop(
    frozenset(
      set([
        [smallloci, smalllocj] as const,
        [smallloci + smallh - 1, smalllocj + smallw - 1] as const,
      ]),
    ),
  );
  gi = fill(gi, sqc, bigsq.union(smallsq));
  let go = fill(gi, 2, backdrop(inbox(bigsq)));
  go = fill(go, 1, backdrop(inbox(smallsq)));
  const rotf = rng.choice<GridFunction>([identity, rot90, rot180, rot270]);
  gi = rotf(gi);
  go = rotf(go);
  return { input: gi, output: go };
}

function generate_3befdf3e(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const bgc = rng.choice(cols);
  const remcols = remove(bgc, cols);
  const numcols = unifint(rng, diff_lb, diff_ub, [2, 9] as const);
  const ccols = rng.sample(remcols, numcols);
  const nobjs = unifint(rng, diff_lb, diff_ub, [1, Math.floor((h * w) / 40)] as const);
  let succ = 0;
  const maxtr = 5 * nobjs;
  let tr = 0;
  let gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [h, w]);
  let inds = asindices(gi);
  while (succ < nobjs && tr < maxtr) {
    tr += 1;
    if (len(inds) === 0) {
      break;
    }
    const rh = rng.choice([1, 2] as const);
    const rw = rng.choice([1, 2] as const);
    const fullh = 2 + 3 * rh;
    const fullw = 2 + 3 * rw;
    const cands = sfilter(inds, (ij) => ij[0] <= h - fullh && ij[1] <= w - fullw);
    if (len(cands) === 0) {
      continue;
    }
    const loc = rng.choice(totuple(cands));
    const [loci, locj] = loc;
    const fullobj = backdrop(
      frozenset(set<IntegerTuple>([loc, [loci + fullh - 1, locj + fullw - 1]])),
    );
    if (fullobj.issubset(inds)) {
      succ += 1;
      inds = inds.difference(fullobj);
      const [incol, outcol] = unpack(rng.sample(ccols, 2), 2);
      const ofincol = backdrop(
        frozenset(
          set<IntegerTuple>([
            [loci + rh + 1, locj + rw + 1],
            [loci + 2 * rh, locj + 2 * rw],
          ]),
        ),
      );
      const ofoutcol = outbox(ofincol);
      gi = fill(gi, incol, ofincol);
      gi = fill(gi, outcol, ofoutcol);
      go = fill(go, outcol, ofincol);
      go = fill(go, incol, ofoutcol);
      const ilocs = apply(first, ofoutcol);
      const jlocs = apply(last, ofoutcol);
      const ff = (ij: IntegerTuple) => contains(ilocs, ij[0]) || contains(jlocs, ij[1]);
      const addon = sfilter(fullobj.difference(ofincol.union(ofoutcol)), ff);
      go = fill(go, outcol, addon);
    }
  }
  return { input: gi, output: go };
}

function generate_9f236235(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const numh = unifint(rng, diff_lb, diff_ub, [2, 14] as const);
  const numw = unifint(rng, diff_lb, diff_ub, [2, 14] as const);
  const h = unifint(rng, diff_lb, diff_ub, [1, floordiv(31, numh) - 1] as const);
  const w = unifint(rng, diff_lb, diff_ub, [1, floordiv(31, numw) - 1] as const);
  const bgc = rng.choice(cols);
  let remcols = remove(bgc, cols);
  const frontcol = rng.choice(remcols);
  remcols = remove(frontcol, cols);
  const numcols = unifint(rng, diff_lb, diff_ub, [1, Math.min(9, numh * numw)] as const);
  rng.sample(remcols, numcols);
  const numcells = unifint(rng, diff_lb, diff_ub, [1, numh * numw] as const);
  const cands = asindices(canvas(-1, [numh, numw]));
  const inds = asindices(canvas(-1, [h, w]));
  const locs = rng.sample(totuple(cands), numcells);
  let gi = canvas(frontcol, [h * numh + numh - 1, w * numw + numw - 1]);
  let go = canvas(bgc, [numh, numw]);
  for (const cand of cands) {
    const [a, b] = unpack(cand, 2);
    const plcd = shift(inds, [a * (h + 1), b * (w + 1)]);
    const col = contains(locs, cand) ? rng.choice(remcols) : bgc;
    gi = fill(gi, col, plcd);
    go = fill(go, col, set([cand]));
  }
  go = vmirror(go);
  return { input: gi, output: go };
}

function generate_d8c310e9(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [3, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const p = unifint(rng, diff_lb, diff_ub, [2, Math.floor((w - 1) / 3)] as const);
  const bgc = rng.choice(cols);
  const remcols = remove(bgc, cols);
  const numc = unifint(rng, diff_lb, diff_ub, [1, 9] as const);
  const ccols = rng.sample(remcols, numc);
  const obj = set<Cell>();
  for (let j = 0; j < p; j++) {
    const numcells = unifint(rng, diff_lb, diff_ub, [1, h - 1] as const);
    for (let ii = h - 1; ii > h - numcells - 1; ii--) {
      const loc = [ii, j] as const;
      const col = rng.choice(ccols);
      const cell: Cell = [col, loc];
      obj.add(cell);
    }
  }
  let gi = canvas(bgc, [h, w]);
  const minobj = obj.union(shift(obj, [0, p]));
  const addonw = rng.randint(0, p);
  const addon = sfilter(obj, (cij) => cij[1][1] < addonw);
  const leftshift = rng.randint(0, addonw);
  const fullobj = shift(minobj.union(addon), [0, -leftshift]);
  gi = paint(gi, fullobj);
  let go: Grid = [...gi].map((e) => e);
  for (let j = 0; j < floordiv(w, 2 * p) + 2; j++) {
    go = paint(go, shift(fullobj, [0, j * 2 * p]));
  }
  const mfs = [identity, rot90, rot180, rot270] as GridFunction[];
  const fn = rng.choice(mfs);
  gi = fn(gi);
  go = fn(go);
  return { input: gi, output: go };
}

function generate_7e0986d6(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const bgc = rng.choice(cols);
  let remcols = remove(bgc, cols);
  const nsqcols = unifint(rng, diff_lb, diff_ub, [1, 5] as const);
  const sqcols = rng.sample(remcols, nsqcols);
  remcols = difference(remcols, sqcols);
  const nnoisecols = unifint(rng, diff_lb, diff_ub, [1, len(remcols)] as const);
  const noisecols = rng.sample(remcols, nnoisecols);
  const numsq = unifint(rng, diff_lb, diff_ub, [1, Math.floor((h * w) / 25)] as const);
  let succ = 0;
  let tr = 0;
  const maxtr = 5 * numsq;
  let go = canvas(bgc, [h, w]);
  let inds = asindices(go);
  let cands: Indices;
  let col: number;
  let loc: IntegerTuple;
  while (tr < maxtr && succ < numsq) {
    tr += 1;
    const oh = rng.randint(2, 7);
    const ow = rng.randint(2, 7);
    cands = sfilter(inds, (ij) => ij[0] <= h - oh && ij[1] <= w - ow);
    if (len(cands) === 0) {
      continue;
    }
    loc = rng.choice(totuple(cands));
    const [loci, locj] = loc;
    const sq = backdrop(
      frozenset(
        set<IntegerTuple>([
          [loci, locj],
          [loci + oh - 1, locj + ow - 1],
        ]),
      ),
    );
    if (sq.issubset(inds)) {
      succ += 1;
      inds = inds.difference(sq).difference(outbox(sq));
      col = rng.choice(sqcols);
      go = fill(go, col, sq);
    }
  }
  let gi: Grid = [...go].map((e) => e);
  const namt = unifint(rng, diff_lb, diff_ub, [1, Math.floor((h * w) / 9)] as const);
  cands = asindices(gi);
  for (let k = 0; k < namt; k++) {
    if (len(cands) === 0) {
      break;
    }
    loc = rng.choice(totuple(cands));
    col = at(at(gi, loc[0]), loc[1]);
    const torem = neighbors(loc).intersection(ofcolor(gi, col));
    cands = cands.difference(torem);
    const noisec = rng.choice(noisecols);
    gi = fill(gi, noisec, set<IntegerTuple>([loc]));
  }
  return { input: gi, output: go };
}

function generate_a64e4611(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = remove(3, interval(0, 10, 1));
  const h = unifint(rng, diff_lb, diff_ub, [18, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [18, 30] as const);
  const [bgc, noisec] = unpack(rng.sample(cols, 2), 2);
  const lb = int(0.4 * h * w);
  const ub = int(0.5 * h * w);
  const nbgc = unifint(rng, diff_lb, diff_ub, [lb, ub] as const);
  let gi = canvas(noisec, [h, w]);
  const inds = totuple(asindices(gi));
  const bgcinds = rng.sample(inds, nbgc);
  gi = fill(gi, bgc, bgcinds);
  const sinds = asindices(canvas(-1, [3, 3]));
  const bgcf = recolor(bgc, sinds);
  const noisecf = recolor(noisec, sinds);
  const addn = set<IntegerTuple>();
  const addb = set<IntegerTuple>();
  for (const [occi, occj] of occurrences(gi, bgcf)) {
    addn.add([rng.randint(0, 2) + occi, rng.randint(0, 2) + occj]);
  }
  for (const [occi, occj] of occurrences(gi, noisecf)) {
    addb.add([rng.randint(0, 2) + occi, rng.randint(0, 2) + occj]);
  }
  gi = fill(gi, noisec, addn);
  gi = fill(gi, bgc, addb);
  let go: Grid = [...gi].map((e) => e);
  const dim = rng.randint(rng.randint(3, 8), 8);
  const locj = rng.randint(3, h - dim - 4);
  const spi = rng.choice([0, rng.randint(3, Math.floor(h / 2))] as const);
  let ln: Indices;
  for (let j = locj; j < locj + dim; j++) {
    ln = connect([spi, j], [h - 1, j]);
    gi = fill(gi, bgc, ln);
    go = fill(go, bgc, ln);
  }
  for (let j = locj + 1; j < locj + dim - 1; j++) {
    ln = connect([spi > 0 ? spi + 1 : spi, j], [h - 1, j]);
    go = fill(go, 3, ln);
  }
  let sgns = rng.choice<readonly number[]>([[-1], [1], [-1, 1]]);
  let startloc: number = rng.choice([spi, rng.randint(spi + 3, h - 6)] as const);
  let hh = rng.randint(3, Math.min(8, h - startloc - 3));
  for (const sgn of sgns) {
    for (let ii = startloc; ii < startloc + hh; ii++) {
      ln = shoot([ii, locj], [0, sgn]);
      gi = fill(gi, bgc, ln);
      go = fill(go, bgc, ln.difference(ofcolor(go, 3)));
    }
  }
  for (const sgn of sgns) {
    for (let ii = startloc > 0 ? startloc + 1 : startloc; ii < startloc + hh - 1; ii++) {
      ln = shoot([ii, sgn === -1 ? locj + dim - 2 : locj + 1], [0, sgn]);
      go = fill(go, 3, ln);
    }
  }
  if (len(sgns) === 1 && unifint(rng, diff_lb, diff_ub, [0, 1] as const) === 1) {
    sgns = [-at(sgns, 0)];
    startloc = rng.choice([spi, rng.randint(spi + 3, h - 6)] as const);
    hh = rng.randint(3, Math.min(8, h - startloc - 3));
    for (const sgn of sgns) {
      for (let ii = startloc; ii < startloc + hh; ii++) {
        ln = shoot([ii, locj], [0, sgn]);
        gi = fill(gi, bgc, ln);
        go = fill(go, bgc, ln.difference(ofcolor(go, 3)));
      }
    }
    for (const sgn of sgns) {
      for (let ii = startloc > 0 ? startloc + 1 : startloc; ii < startloc + hh - 1; ii++) {
        ln = shoot([ii, sgn === -1 ? locj + dim - 2 : locj + 1], [0, sgn]);
        go = fill(go, 3, ln);
      }
    }
  }
  return { input: gi, output: go };
}

function generate_b782dc8a(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  // RE-ARC's maze cells are dicts {"x", "y", "walls": {"N", "S", "E", "W"}}
  type Side = "N" | "S" | "E" | "W";
  interface MazeCell {
    x: number;
    y: number;
    walls: Record<Side, boolean>;
  }
  const wall_pairs: Record<Side, Side> = { N: "S", S: "N", E: "W", W: "E" };
  const dlt: (readonly [Side, IntegerTuple])[] = [
    ["W", [-1, 0]],
    ["E", [1, 0]],
    ["S", [0, 1]],
    ["N", [0, -1]],
  ];
  let gi: Grid;
  let go: Grid;
  while (true) {
    const h = unifint(rng, diff_lb, diff_ub, [3, 15] as const);
    const w = unifint(rng, diff_lb, diff_ub, [3, 15] as const);
    const maze: MazeCell[][] = range(w).map((x) =>
      range(h).map((y) => ({ x, y, walls: { N: true, S: true, E: true, W: true } })),
    );
    const kk = h * w;
    const stck: MazeCell[] = [];
    let cc = at(at(maze, 0), 0);
    let nv = 1;
    while (nv < kk) {
      const nbhs: (readonly [Side, MazeCell])[] = [];
      for (const [direc, [dx, dy]] of dlt) {
        const [x2, y2] = [cc.x + dx, cc.y + dy];
        if (0 <= x2 && x2 < w && 0 <= y2 && y2 < h) {
          const neighbour = at(at(maze, x2), y2);
          if (all(Object.values(neighbour.walls))) {
            nbhs.push([direc, neighbour]);
          }
        }
      }
      if (!truthy(nbhs)) {
        cc = bound(stck.pop(), "stck.pop()");
        continue;
      }
      const [direc, next_cell] = rng.choice(nbhs);
      cc.walls[direc] = false;
      next_cell.walls[wall_pairs[direc]] = false;
      stck.push(cc);
      cc = next_cell;
      nv += 1;
    }
    const [pathcol, wallcol, dotcol, ncol] = unpack(rng.sample(cols, 4), 4);
    const grid: number[][] = [range(w * 2).map(() => pathcol)];
    for (let y = 0; y < h; y++) {
      let row = [pathcol];
      for (let x = 0; x < w; x++) {
        row.push(wallcol);
        row.push(at(at(maze, x), y).walls.E ? pathcol : wallcol);
      }
      grid.push(row);
      row = [pathcol];
      for (let x = 0; x < w; x++) {
        row.push(at(at(maze, x), y).walls.S ? pathcol : wallcol);
        row.push(pathcol);
      }
      grid.push(row);
    }
    gi = grid.slice(1, -1).map((r) => [...r.slice(1, -1)]);
    const pathobjs = sfilter(colorfilter(objects(gi, T, F, F), pathcol), (obj) => size(obj) > 4);
    if (len(pathobjs) === 0) {
      continue;
    }
    const objs = order(pathobjs, size);
    const nobjs = len(objs);
    const idx = unifint(rng, diff_lb, diff_ub, [0, nobjs - 1] as const);
    const obj = toindices(at(objs, idx));
    const cell = rng.choice(totuple(obj));
    gi = fill(gi, dotcol, set<IntegerTuple>([cell]));
    const nbhs = dneighbors(cell).intersection(ofcolor(gi, pathcol));
    gi = fill(gi, ncol, nbhs);
    const obj1 = sfilter(obj, (ij) => even(manhattan(set([ij]), set<IntegerTuple>([cell]))));
    const obj2 = obj.difference(obj1);
    go = fill(gi, dotcol, obj1);
    go = fill(go, ncol, obj2);
    break;
  }
  const rotf = rng.choice<GridFunction>([identity, rot90, rot180, rot270]);
  gi = rotf(gi);
  go = rotf(go);
  return { input: gi, output: go };
}

function generate_af902bf9(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = remove(2, interval(0, 10, 1));
  const h = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const bgc = rng.choice(cols);
  const remcols = remove(bgc, cols);
  const numcols = unifint(rng, diff_lb, diff_ub, [1, 8] as const);
  const ccols = rng.sample(remcols, numcols);
  const numsq = unifint(rng, diff_lb, diff_ub, [1, Math.floor((h * w) / 20)] as const);
  let succ = 0;
  const maxtr = 5 * numsq;
  let tr = 0;
  let gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [h, w]);
  let inds = asindices(gi);
  while (tr < maxtr && succ < numsq) {
    tr += 1;
    const oh = rng.randint(3, 5);
    const ow = rng.randint(3, 5);
    const cands = sfilter(inds, (ij) => ij[0] <= h - oh && ij[1] <= w - ow);
    if (len(cands) === 0) {
      continue;
    }
    const loc = rng.choice(totuple(cands));
    const [loci, locj] = loc;
    const sq = backdrop(
      frozenset(
        set<IntegerTuple>([
          [loci, locj],
          [loci + oh - 1, locj + ow - 1],
        ]),
      ),
    );
    if (sq.issubset(inds)) {
      inds = inds.difference(sq);
      succ += 1;
      const col = rng.choice(ccols);
      const crns = corners(sq);
      gi = fill(gi, col, crns);
      go = fill(go, col, crns);
      const ins = backdrop(inbox(crns));
      go = fill(go, 2, ins);
    }
  }
  return { input: gi, output: go };
}

function generate_a87f7484(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [2, 5] as const);
  const w = unifint(rng, diff_lb, diff_ub, [2, 30] as const);
  const num = unifint(rng, diff_lb, diff_ub, [3, Math.min(floordiv(30, h), 9)] as const);
  const bgc = rng.choice(cols);
  const remcols = remove(bgc, cols);
  const ccols = rng.sample(remcols, num);
  const ncd = unifint(rng, diff_lb, diff_ub, [0, Math.floor((h * w) / 2)] as const);
  let nc: number = rng.choice([ncd, h * w - ncd] as const);
  nc = Math.min(Math.max(1, nc), h * w - 1);
  const c = canvas(bgc, [h, w]);
  const inds = asindices(c);
  const origlocs = rng.sample(totuple(inds), nc);
  let canbrem: Indices = set(origlocs.map((l) => l));
  let canbeadd = inds.difference(set(origlocs));
  let otherlocs: Indices = set(origlocs.map((l) => l));
  const nchangesinv = unifint(rng, diff_lb, diff_ub, [0, h * w - 1] as const);
  const nchanges = h * w - nchangesinv;
  let ch: IntegerTuple;
  for (let k = 0; k < nchanges; k++) {
    if (rng.choice([true, false])) {
      if (len(canbrem) > 1) {
        ch = rng.choice(totuple(canbrem));
        otherlocs = remove(ch, otherlocs);
        canbrem = remove(ch, canbrem);
      } else {
        if (len(canbeadd) > 1) {
          ch = rng.choice(totuple(canbeadd));
          otherlocs = insert(ch, otherlocs);
          canbeadd = remove(ch, canbeadd);
        }
      }
    } else {
      if (len(canbeadd) > 1) {
        ch = rng.choice(totuple(canbeadd));
        otherlocs = insert(ch, otherlocs);
        canbeadd = remove(ch, canbeadd);
      } else {
        if (len(canbrem) > 1) {
          ch = rng.choice(totuple(canbrem));
          otherlocs = remove(ch, otherlocs);
          canbrem = remove(ch, canbrem);
        }
      }
    }
  }
  let go = fill(c, at(ccols, 0), origlocs);
  let grids: Grid[] = [go];
  for (const cc of ccols.slice(1)) {
    grids.push(fill(c, cc, otherlocs));
  }
  rng.shuffle(grids);
  grids = [...grids];
  let gi: Grid = merge(grids);
  if (rng.choice([true, false])) {
    gi = dmirror(gi);
    go = dmirror(go);
  }
  return { input: gi, output: go };
}

function generate_fcc82909(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = remove(3, interval(0, 10, 1));
  const h = unifint(rng, diff_lb, diff_ub, [7, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [7, 30] as const);
  const nobjs = unifint(rng, diff_lb, diff_ub, [1, Math.floor(w / 3)] as const);
  let opts = interval(0, w, 1);
  let tr = 0;
  const maxtr = 4 * nobjs;
  const succ = 0;
  const bgc = rng.choice(cols);
  const remcols = remove(bgc, cols);
  let gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [h, w]);
  while (succ < nobjs && tr < maxtr) {
    tr += 1;
    const sopts = sfilter(opts, (j) => set(interval(j, j + 2, 1)).issubset(opts));
    if (len(sopts) === 0) {
      break;
    }
    const numc = unifint(rng, diff_lb, diff_ub, [1, 4] as const);
    const jstart = rng.choice(sopts);
    opts = remove(jstart, opts);
    opts = remove(jstart + 1, opts);
    const options = interval(0, h - 2 - numc + 1, 1);
    if (len(options) === 0) {
      break;
    }
    const iloc = rng.choice(options);
    const ccols = rng.sample(remcols, numc);
    const bdset = backdrop(
      frozenset(
        set<IntegerTuple>([
          [iloc, jstart],
          [iloc + 1, jstart + 1],
        ]),
      ),
    );
    const bd = [...bdset];
    rng.shuffle(bd);
    const obj = set(zip(ccols, bd.slice(0, numc)).map(([c, ij]): Cell => [c, ij])).union(
      set(bd.slice(numc).map((ij): Cell => [rng.choice(ccols), ij])),
    );
    if (!mapply(dneighbors, toindices(obj)).issubset(ofcolor(gi, bgc))) {
      continue;
    }
    gi = paint(gi, obj);
    go = paint(go, obj);
    for (let k = 0; k < numc; k++) {
      go = fill(
        go,
        3,
        set<IntegerTuple>([
          [iloc + k + 2, jstart],
          [iloc + k + 2, jstart + 1],
        ]),
      );
    }
  }
  return { input: gi, output: go };
}

function generate_d9fac9be(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [6, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [6, 30] as const);
  const [bgc, noisec, ringc] = unpack(rng.sample(cols, 3), 3);
  let gi = canvas(bgc, [h, w]);
  const nnoise1 = unifint(rng, diff_lb, diff_ub, [1, Math.floor((h * w) / 3) - 1] as const);
  const nnoise2 = unifint(rng, diff_lb, diff_ub, [
    1,
    Math.max(1, Math.floor((h * w) / 3) - 9),
  ] as const);
  const inds = asindices(gi);
  const noise1 = rng.sample(totuple(inds), nnoise1);
  const noise2 = rng.sample(difference(totuple(inds), noise1), nnoise2);
  gi = fill(gi, noisec, noise1);
  gi = fill(gi, ringc, noise2);
  const neighbor_pattern = neighbors([1, 1]);
  const fp1 = recolor(noisec, neighbor_pattern);
  const fp2 = recolor(ringc, neighbor_pattern);
  const fp1occ = occurrences(gi, fp1);
  const fp2occ = occurrences(gi, fp2);
  let loc: IntegerTuple;
  for (const occ1 of fp1occ) {
    loc = rng.choice(totuple(shift(neighbor_pattern, occ1)));
    gi = fill(gi, rng.choice([bgc, ringc] as const), set<IntegerTuple>([loc]));
  }
  for (const occ2 of fp2occ) {
    loc = rng.choice(totuple(shift(neighbor_pattern, occ2)));
    gi = fill(gi, rng.choice([bgc, noisec] as const), set<IntegerTuple>([loc]));
  }
  const loci = rng.randint(0, h - 3);
  const locj = rng.randint(0, w - 3);
  const ringp = shift(neighbor_pattern, [loci, locj]);
  gi = fill(gi, ringc, ringp);
  gi = fill(gi, noisec, set<IntegerTuple>([[loci + 1, locj + 1]]));
  const go = canvas(noisec, [1, 1]);
  return { input: gi, output: go };
}

function generate_eb281b96(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [3, 8] as const);
  const w = unifint(rng, diff_lb, diff_ub, [3, 30] as const);
  const bgc = rng.choice(cols);
  const remcols = remove(bgc, cols);
  const numc = unifint(rng, diff_lb, diff_ub, [1, 9] as const);
  const ccols = rng.sample(remcols, numc);
  const c = canvas(bgc, [h, w]);
  const inds = asindices(c);
  const ncells = unifint(rng, diff_lb, diff_ub, [1, h * w] as const);
  const locs = rng.sample(totuple(inds), ncells);
  const obj = set(locs.map((ij): Cell => [rng.choice(ccols), ij]));
  const gi = paint(c, obj);
  let go = vconcat(gi, hmirror(gi.slice(0, -1)));
  go = vconcat(go, hmirror(go.slice(0, -1)));
  return { input: gi, output: go };
}

function generate_d43fd935(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
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
  const ndcols = unifint(rng, diff_lb, diff_ub, [1, 8] as const);
  const dcols = rng.sample(remcols, ndcols);
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
  const reminds = totuple(asindices(gi).difference(bd));
  const noiseb = Math.max(1, Math.floor(len(reminds) / 4));
  const nnoise = unifint(rng, diff_lb, diff_ub, [0, noiseb] as const);
  const noise = rng.sample(reminds, nnoise);
  const truenoise = sfilter(
    noise,
    (ij) => (ij[0] < loci || ij[0] > loci + boxh - 1) && (ij[1] < locj || ij[1] > locj + boxw - 1),
  );
  const rem = difference(noise, truenoise);
  const top = sfilter(rem, (ij) => ij[0] < loci);
  const bottom = sfilter(rem, (ij) => ij[0] > loci + boxh - 1);
  const left = sfilter(rem, (ij) => ij[1] < locj);
  const right = sfilter(rem, (ij) => ij[1] > locj + boxw - 1);
  const truenoiseobj = set(truenoise.map((ij): Cell => [rng.choice(dcols), ij]));
  gi = paint(gi, truenoiseobj);
  let go: Grid = [...gi].map((e) => e);
  let col: number;
  let mf: (ij: IntegerTuple) => boolean;
  let subs: IntegerTuple[];
  for (const jj of apply(last, top)) {
    col = rng.choice(dcols);
    mf = matcher((ij: IntegerTuple) => ij[1], jj);
    subs = sfilter(top, mf);
    gi = fill(gi, col, subs);
    go = fill(go, col, connect([valmin(subs, first), jj], [loci - 1, jj]));
  }
  for (const jj of apply(last, bottom)) {
    col = rng.choice(dcols);
    mf = matcher((ij: IntegerTuple) => ij[1], jj);
    subs = sfilter(bottom, mf);
    gi = fill(gi, col, subs);
    go = fill(go, col, connect([valmax(subs, first), jj], [loci + boxh, jj]));
  }
  for (const ii of apply(first, left)) {
    col = rng.choice(dcols);
    mf = matcher((ij: IntegerTuple) => ij[0], ii);
    subs = sfilter(left, mf);
    gi = fill(gi, col, subs);
    go = fill(go, col, connect([ii, valmin(subs, last)], [ii, locj - 1]));
  }
  for (const ii of apply(first, right)) {
    col = rng.choice(dcols);
    mf = matcher((ij: IntegerTuple) => ij[0], ii);
    subs = sfilter(right, mf);
    gi = fill(gi, col, subs);
    go = fill(go, col, connect([ii, valmax(subs, last)], [ii, locj + boxw]));
  }
  return { input: gi, output: go };
}

function generate_44f52bb0(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [3, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [3, 30] as const);
  const bgc = rng.choice(cols);
  const remcols = remove(bgc, cols);
  const ncols = unifint(rng, diff_lb, diff_ub, [2, 9] as const);
  const ccols = rng.sample(remcols, ncols);
  let gi = canvas(bgc, [h, w]);
  const numcells = unifint(rng, diff_lb, diff_ub, [1, h * w - 1] as const);
  const inds = asindices(gi);
  let a: number;
  let b: number;
  let col: number;
  while (eq(gi, hmirror(gi))) {
    const cells = rng.sample(totuple(inds), numcells);
    gi = canvas(bgc, [h, w]);
    for (const ij of cells) {
      [a, b] = unpack(ij, 2);
      col = rng.choice(ccols);
      gi = fill(gi, col, set([ij]));
      gi = fill(gi, col, set([[a, w - 1 - b] as const]));
    }
  }
  const issymm = rng.choice([true, false]);
  let go: Grid;
  if (!issymm) {
    const numpert = unifint(rng, diff_lb, diff_ub, [1, h * Math.floor(w / 2)] as const);
    const cands = asindices(canvas(-1, [h, Math.floor(w / 2)]));
    const locs = rng.sample(totuple(cands), numpert);
    for ([a, b] of locs) {
      col = at(at(gi, a), b);
      const newcol = rng.choice(totuple(remove(col, insert(bgc, set(ccols)))));
      gi = fill(gi, newcol, set([[a, b] as const]));
    }
    go = canvas(7, [1, 1]);
  } else {
    go = canvas(1, [1, 1]);
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

function generate_d22278a0(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [4, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [4, 30] as const);
  const bgc = rng.choice(cols);
  const remcols = remove(bgc, cols);
  let gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [h, w]);
  const inds = asindices(gi);
  const allcrns = corners(inds);
  const ncorns = unifint(rng, diff_lb, diff_ub, [1, 4] as const);
  const crns = rng.sample(totuple(allcrns), ncorns);
  const ccols = rng.sample(remcols, ncorns);
  let ff: (ij: IntegerTuple) => boolean;
  for (const [col, crn] of zip(ccols, crns)) {
    gi = fill(gi, col, set([crn]));
    go = fill(go, col, set([crn]));
    let rings: Indices = set([crn]);
    for (let k = 1; k < Math.floor(Math.max(h, w) / 2) + 2; k++) {
      rings = rings.union(outbox(outbox(rings)));
    }
    if (len(crns) > 1) {
      ff = (ij) =>
        manhattan(set([ij]), set([crn])) <
        pymin(apply((o: Indices) => manhattan(o, set([ij])), apply(initset, remove(crn, crns))));
    } else {
      ff = () => true;
    }
    const locs = sfilter(inds, ff).intersection(rings);
    go = fill(go, col, locs);
  }
  return { input: gi, output: go };
}

function generate_272f95fa(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = difference(interval(0, 10, 1), [1, 2, 3, 4, 6] as const);
  const h = unifint(rng, diff_lb, diff_ub, [5, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [5, 30] as const);
  const [bgc, linc] = unpack(rng.sample(cols, 2), 2);
  const c = canvas(bgc, [5, 5]);
  const l1 = connect([1, 0], [1, 4]);
  const l2 = connect([3, 0], [3, 4]);
  const lns = l1.union(l2);
  let gi = fill(dmirror(fill(c, linc, lns)), linc, lns);
  const hdist = [0, 0, 0];
  const wdist = [0, 0, 0];
  let idx = 0;
  for (let k = 0; k < h - 2; k++) {
    hdist[idx] = at(hdist, idx) + 1;
    idx = mod(idx + 1, 3);
  }
  for (let k = 0; k < w - 2; k++) {
    wdist[idx] = at(wdist, idx) + 1;
    idx = mod(idx + 1, 3);
  }
  rng.shuffle(hdist);
  rng.shuffle(wdist);
  const hdelt1 = unifint(rng, diff_lb, diff_ub, [0, at(hdist, 0) - 1] as const);
  hdist[0] = at(hdist, 0) - hdelt1;
  hdist[1] = at(hdist, 1) + hdelt1;
  let hdelt2 = unifint(rng, diff_lb, diff_ub, [
    0,
    Math.min(at(hdist, 1), at(hdist, 2)) - 1,
  ] as const);
  hdelt2 = rng.choice([hdelt2, -hdelt2] as const);
  hdist[1] = at(hdist, 1) + hdelt2;
  hdist[2] = at(hdist, 2) - hdelt2;
  const wdelt1 = unifint(rng, diff_lb, diff_ub, [0, at(wdist, 0) - 1] as const);
  wdist[0] = at(wdist, 0) - wdelt1;
  wdist[1] = at(wdist, 1) + wdelt1;
  let wdelt2 = unifint(rng, diff_lb, diff_ub, [
    0,
    Math.min(at(wdist, 1), at(wdist, 2)) - 1,
  ] as const);
  wdelt2 = rng.choice([wdelt2, -wdelt2] as const);
  wdist[1] = at(wdist, 1) + wdelt2;
  wdist[2] = at(wdist, 2) - wdelt2;
  gi = [
    ...repeatSeq(gi.slice(0, 1), at(hdist, 0)),
    ...gi.slice(1, 2),
    ...repeatSeq(gi.slice(2, 3), at(hdist, 1)),
    ...gi.slice(3, 4),
    ...repeatSeq(gi.slice(4, 5), at(hdist, 2)),
  ];
  gi = dmirror(gi);
  gi = [
    ...repeatSeq(gi.slice(0, 1), at(wdist, 0)),
    ...gi.slice(1, 2),
    ...repeatSeq(gi.slice(2, 3), at(wdist, 1)),
    ...gi.slice(3, 4),
    ...repeatSeq(gi.slice(4, 5), at(wdist, 2)),
  ];
  gi = dmirror(gi);
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
  }
  const objs = objects(gi, T, T, F);
  let bgobjs = colorfilter(objs, bgc);
  const cnrs = corners(asindices(gi));
  bgobjs = sfilter(bgobjs, (o) => len(toindices(o).intersection(cnrs)) === 0);
  const pinkobj = extract(bgobjs, (o) => !bordering(o, gi));
  const yellobj = argmin(bgobjs, leftmost);
  const greenobj = argmax(bgobjs, rightmost);
  const redobj = argmin(bgobjs, uppermost);
  const blueobj = argmax(bgobjs, lowermost);
  let go = fill(gi, 6, pinkobj);
  go = fill(go, 4, yellobj);
  go = fill(go, 3, greenobj);
  go = fill(go, 2, redobj);
  go = fill(go, 1, blueobj);
  return { input: gi, output: go };
}

function generate_5c0a986e(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = difference(interval(0, 10, 1), [1, 2] as const);
  const h = unifint(rng, diff_lb, diff_ub, [5, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [5, 30] as const);
  const bgc = rng.choice(cols);
  const nobjs = unifint(rng, diff_lb, diff_ub, [2, Math.floor((h * w) / 10)] as const);
  let gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [h, w]);
  let tr = 0;
  const maxtr = 5 * nobjs;
  let succ = 0;
  let inds = asindices(gi);
  const fullinds = asindices(gi);
  let obj: Indices;
  while (succ < nobjs && tr < maxtr) {
    tr += 1;
    const cands = sfilter(inds, (ij) => 0 < ij[0] && ij[0] <= h - 3 && 0 < ij[1] && ij[1] <= w - 3);
    if (len(cands) === 0) {
      break;
    }
    const loc = rng.choice(totuple(cands));
    const col = rng.choice([1, 2] as const);
    const sq = set<IntegerTuple>([
      loc,
      add(loc, [0, 1] as const),
      add(loc, [1, 0] as const),
      add(loc, [1, 1] as const),
    ]);
    if (col === 1) {
      obj = sq.union(shoot(loc, [-1, -1]).intersection(fullinds));
    } else {
      obj = sq.union(shoot(loc, [1, 1]).intersection(fullinds));
    }
    if (obj.issubset(inds)) {
      succ += 1;
      inds = inds.difference(obj).difference(mapply(dneighbors, sq));
      gi = fill(gi, col, sq);
      go = fill(go, col, obj);
    }
  }
  return { input: gi, output: go };
}

function generate_9af7a82c(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(1, 10, 1);
  const prods = new PyDict<number, IntegerTuple[]>();
  for (let a = 1; a < 31; a++) {
    for (let b = 1; b < 31; b++) {
      const prd = a * b;
      if (contains(prods, prd)) {
        prods.get(prd).push([a, b]);
      } else {
        prods.set(prd, [[a, b]]);
      }
    }
  }
  const ncols = unifint(rng, diff_lb, diff_ub, [2, 9] as const);
  const leastnc = sum(range(1, ncols + 1, 1));
  const maxnc = sum(range(30, 30 - ncols, -1));
  const cands = new PyDict(
    prods
      .items()
      .filter(([k, _v]) => leastnc <= k && k <= maxnc)
      .map(([k, v]) => [k, v] as const),
  );
  const optionset = set<IntegerTuple>();
  for (const v of cands.values()) {
    for (const opt of v) {
      optionset.add(opt);
    }
  }
  const options = sorted(optionset, (ij) => ij[0] * ij[1]);
  let idx = unifint(rng, diff_lb, diff_ub, [0, len(options) - 1] as const);
  const [h, w] = at(options, idx);
  const ccols = rng.sample(cols, ncols);
  let counts = [...range(1, ncols + 1, 1)];
  let eliginds = set([ncols - 1]);
  while (sum(counts) < h * w) {
    const eligindss = sorted(eliginds, null, true);
    idx = unifint(rng, diff_lb, diff_ub, [0, len(eligindss) - 1] as const);
    idx = at(eligindss, idx);
    counts[idx] = at(counts, idx) + 1;
    if (idx > 0) {
      eliginds.add(idx - 1);
    }
    if (idx < ncols - 1) {
      if (eq(at(counts, idx), at(counts, idx + 1) - 1)) {
        eliginds = eliginds.difference(set([idx]));
      }
    }
    if (at(counts, idx) === 30) {
      eliginds = eliginds.difference(set([idx]));
    }
  }
  let gi = canvas(-1, [h, w]);
  let go = canvas(0, [pymax(counts), ncols]);
  let inds = asindices(gi);
  counts = reversed(counts);
  for (const [j, [col, cnt]] of enumerate(zip(ccols, counts))) {
    const locs = rng.sample(totuple(inds), cnt);
    gi = fill(gi, col, locs);
    inds = inds.difference(set(locs));
    go = fill(go, col, connect([0, j], [cnt - 1, j]));
  }
  return { input: gi, output: go };
}

function generate_d4469b4b(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = difference(interval(0, 10, 1), [1, 2, 3] as const);
  const canv = canvas(5, [3, 3]);
  const A = fill(
    canv,
    0,
    set<IntegerTuple>([
      [1, 0],
      [2, 0],
      [1, 2],
      [2, 2],
    ]),
  );
  const B = fill(canv, 0, corners(asindices(canv)));
  const C = fill(
    canv,
    0,
    set<IntegerTuple>([
      [0, 0],
      [0, 1],
      [1, 0],
      [1, 1],
    ]),
  );
  const colabc: (readonly [number, Grid])[] = [
    [2, A],
    [1, B],
    [3, C],
  ];
  const h = unifint(rng, diff_lb, diff_ub, [2, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [2, 30] as const);
  const [col, go] = rng.choice(colabc);
  let gi = canvas(col, [h, w]);
  const inds = asindices(gi);
  const numc = unifint(rng, diff_lb, diff_ub, [1, 7] as const);
  const ccols = rng.sample(cols, numc);
  const numcells = unifint(rng, diff_lb, diff_ub, [0, h * w - 1] as const);
  const locs = rng.sample(totuple(inds), numcells);
  const otherobj = set(locs.map((ij): Cell => [rng.choice(ccols), ij]));
  gi = paint(gi, otherobj);
  return { input: gi, output: go };
}

function generate_bdad9b1f(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = remove(4, interval(0, 10, 1));
  const h = unifint(rng, diff_lb, diff_ub, [4, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [4, 30] as const);
  const numh = unifint(rng, diff_lb, diff_ub, [1, Math.floor(h / 2) - 1] as const);
  const numw = unifint(rng, diff_lb, diff_ub, [1, Math.floor(w / 2) - 1] as const);
  const hlocs = rng.sample(interval(2, h - 1, 1), numh);
  const wlocs = rng.sample(interval(2, w - 1, 1), numw);
  const numcols = unifint(rng, diff_lb, diff_ub, [2, 8] as const);
  const bgc = rng.choice(cols);
  const remcols = remove(bgc, cols);
  const ccols = rng.sample(remcols, numcols);
  let gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [h, w]);
  let fc: number = -1;
  let col: number;
  for (const ii of sorted(hlocs)) {
    col = rng.choice(remove(fc, ccols));
    fc = col;
    const objw = rng.randint(2, ii);
    gi = fill(gi, col, connect([ii, 0], [ii, objw - 1]));
    go = fill(go, col, connect([ii, 0], [ii, w - 1]));
  }
  fc = -1;
  for (const jj of sorted(wlocs)) {
    col = rng.choice(remove(fc, ccols));
    fc = col;
    const objh = rng.randint(2, jj);
    gi = fill(gi, col, connect([0, jj], [objh - 1, jj]));
    go = fill(go, col, connect([0, jj], [h - 1, jj]));
  }
  const yells = product(set(hlocs), set(wlocs));
  go = fill(go, 4, yells);
  const rotf = rng.choice<GridFunction>([identity, rot90, rot180, rot270]);
  gi = rotf(gi);
  go = rotf(go);
  return { input: gi, output: go };
}

function generate_3345333e(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  let oh = unifint(rng, diff_lb, diff_ub, [4, h - 2] as const);
  let ow = unifint(rng, diff_lb, diff_ub, [4, Math.floor((w - 2) / 2)] as const);
  const nc = unifint(rng, diff_lb, diff_ub, [
    Math.min(oh, ow),
    Math.floor((oh * ow) / 3) * 2,
  ] as const);
  let shp: Indices = set<IntegerTuple>([[0, 0]]);
  const bounds = asindices(canvas(-1, [oh, ow]));
  let ij: IntegerTuple;
  for (let j = 0; j < nc; j++) {
    ij = rng.choice(totuple(bounds.difference(shp).intersection(mapply(neighbors, shp))));
    setAdd(shp, ij);
  }
  while (height(shp) < 3 || width(shp) < 3) {
    ij = rng.choice(totuple(bounds.difference(shp).intersection(mapply(neighbors, shp))));
    setAdd(shp, ij);
  }
  let vmshp = vmirror(shp);
  if (rng.choice([true, false])) {
    vmshp = sfilter(vmshp, (ij) => ij[1] !== width(shp) - 1);
  }
  shp = normalize(combine(shp, shift(vmshp, [0, -width(vmshp)])));
  [oh, ow] = shape(shp);
  const [bgc, objc, occcol] = unpack(rng.sample(cols, 3), 3);
  const loci = rng.randint(1, h - oh - 1);
  const locj = rng.randint(1, w - ow - 1);
  const loc = [loci, locj] as const;
  shp = shift(shp, loc);
  const c = canvas(bgc, [h, w]);
  let go = fill(c, objc, shp);
  const boxh = unifint(rng, diff_lb, diff_ub, [2, oh - 1] as const);
  const boxw = unifint(rng, diff_lb, diff_ub, [2, Math.floor(ow / 2)] as const);
  const ulci = rng.randint(loci - 1, loci + oh - boxh + 1);
  const ulcj = rng.randint(locj + Math.floor(ow / 2) + 1, locj + ow - boxw + 1);
  const bx = backdrop(
    frozenset(
      set<IntegerTuple>([
        [ulci, ulcj],
        [ulci + boxh - 1, ulcj + boxw - 1],
      ]),
    ),
  );
  let gi = fill(go, occcol, bx);
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

function generate_253bf280(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const dim_bounds = [3, 30] as const;
  const colopts = remove(3, interval(0, 10, 1));
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
  let go = fill(c, 3, resh);
  let resv: Indices = frozenset();
  for (const [x, r] of enumerate(dmirror(gi))) {
    if (count(r, fgcol) > 1) {
      resv = combine(
        resv,
        connect([x, indexOf(r, fgcol)], [x, -1 + h - indexOf(reversed(r), fgcol)]),
      );
    }
  }
  go = dmirror(fill(dmirror(go), 3, resv));
  go = fill(go, fgcol, s);
  return { input: gi, output: go };
}

function generate_5582e5ca(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const colopts = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [2, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [2, 30] as const);
  const numc = unifint(rng, diff_lb, diff_ub, [2, Math.min(10, h * w - 1)] as const);
  const ccols = rng.sample(colopts, numc);
  const mostc = at(ccols, 0);
  const remcols = ccols.slice(1);
  const leastnummostcol = floordiv(h * w, numc) + 1;
  const maxnummostcol = h * w - numc + 1;
  const nummostcold = unifint(rng, diff_lb, diff_ub, [0, maxnummostcol - leastnummostcol] as const);
  let nummostcol = Math.min(Math.max(leastnummostcol, maxnummostcol - nummostcold), maxnummostcol);
  const kk = len(remcols);
  const remcount = h * w - nummostcol - kk;
  const remcounts = range(kk).map(() => 1);
  for (let j = 0; j < remcount; j++) {
    const cands = enumerate(remcounts)
      .filter(([_idx, c]) => c < nummostcol - 1)
      .map(([idx, _c]) => idx);
    if (len(cands) === 0) {
      break;
    }
    const idx = rng.choice(cands);
    remcounts[idx] = at(remcounts, idx) + 1;
  }
  nummostcol = h * w - sum(remcounts);
  let gi = canvas(-1, [h, w]);
  let inds = asindices(gi);
  const mclocs = rng.sample(totuple(inds), nummostcol);
  gi = fill(gi, mostc, mclocs);
  const go = canvas(mostc, [h, w]);
  inds = inds.difference(set(mclocs));
  for (const [col, count] of zip(remcols, remcounts)) {
    const locs = rng.sample(totuple(inds), count);
    inds = inds.difference(set(locs));
    gi = fill(gi, col, locs);
  }
  return { input: gi, output: go };
}

function generate_a1570a43(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [4, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [4, 30] as const);
  const oh = unifint(rng, diff_lb, diff_ub, [3, h] as const);
  const ow = unifint(rng, diff_lb, diff_ub, [3, w] as const);
  const loci = rng.randint(0, h - oh);
  const locj = rng.randint(0, w - ow);
  const crns = set<IntegerTuple>([
    [loci, locj],
    [loci + oh - 1, locj],
    [loci, locj + ow - 1],
    [loci + oh - 1, locj + ow - 1],
  ]);
  let cands = shift(asindices(canvas(-1, [oh - 2, ow - 2])), [loci + 1, locj + 1]);
  const [bgc, dotc] = unpack(rng.sample(cols, 2), 2);
  const remcols = remove(bgc, remove(dotc, cols));
  const numc = unifint(rng, diff_lb, diff_ub, [1, 8] as const);
  const ccols = rng.sample(remcols, numc);
  let gipro = canvas(bgc, [h, w]);
  gipro = fill(gipro, dotc, crns);
  const sp = rng.choice(totuple(cands));
  const shp = set<IntegerTuple>([sp]);
  cands = remove(sp, cands);
  const ncells = unifint(rng, diff_lb, diff_ub, [
    oh + ow - 5,
    Math.max(oh + ow - 5, Math.floor(((oh - 2) * (ow - 2)) / 2)),
  ] as const);
  for (let j = 0; j < ncells - 1; j++) {
    shp.add(rng.choice(totuple(cands.difference(shp).intersection(mapply(neighbors, shp)))));
  }
  while (!eq(shape(shp), [oh - 2, ow - 2] as const)) {
    shp.add(rng.choice(totuple(cands.difference(shp).intersection(mapply(neighbors, shp)))));
  }
  let obj: ArcObject = set([...shp].map((ij): Cell => [rng.choice(ccols), ij]));
  const go = paint(gipro, obj);
  const nperts = unifint(rng, diff_lb, diff_ub, [1, Math.max(h, w)] as const);
  let k = 0;
  const fullinds = asindices(go);
  while (eq(ulcorner(obj), [loci + 1, locj + 1] as const) || k < nperts) {
    k += 1;
    const options = sfilter(
      neighbors([0, 0]),
      (ij) =>
        len(crns.intersection(shift(toindices(obj), ij))) === 0 &&
        shift(toindices(obj), ij).issubset(fullinds),
    );
    const direc = rng.choice(totuple(options));
    obj = shift(obj, direc);
  }
  const gi = paint(gipro, obj);
  return { input: gi, output: go };
}

function generate_f5b8619d(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = remove(8, interval(0, 10, 1));
  const h = unifint(rng, diff_lb, diff_ub, [2, 15] as const);
  const w = unifint(rng, diff_lb, diff_ub, [2, 15] as const);
  const ncells = unifint(rng, diff_lb, diff_ub, [1, Math.floor((h * w) / 2) - 1] as const);
  const bgc = rng.choice(cols);
  const remcols = remove(bgc, cols);
  let gi = canvas(bgc, [h, w]);
  const inds = asindices(gi);
  let locs = rng.sample(totuple(inds), ncells);
  const blockcol = rng.randint(0, w - 1);
  locs = sfilter(locs, (ij) => ij[1] !== blockcol);
  const numcols = unifint(rng, diff_lb, diff_ub, [1, 8] as const);
  const ccols = rng.sample(remcols, numcols);
  const obj = frozenset(set(locs.map((ij): Cell => [rng.choice(ccols), ij])));
  gi = paint(gi, obj);
  let go = fill(gi, 8, mapply(vfrontier, set(locs)).intersection(inds.difference(set(locs))));
  go = hconcat(go, go);
  go = vconcat(go, go);
  return { input: gi, output: go };
}

function generate_444801d8(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const nobjs = unifint(rng, diff_lb, diff_ub, [1, Math.floor((h * w) / 25)] as const);
  const bgc = rng.choice(cols);
  const remcols = remove(bgc, cols);
  const numcols = unifint(rng, diff_lb, diff_ub, [2, 9] as const);
  const ccols = rng.sample(remcols, numcols);
  let succ = 0;
  let tr = 0;
  const maxtr = 5 * nobjs;
  let gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [h, w]);
  let inds = asindices(gi);
  while (succ < nobjs && tr < maxtr) {
    tr += 1;
    const oh = rng.randint(4, 6);
    const ow = 5;
    const bx = box(
      set<IntegerTuple>([
        [1, 0],
        [oh - 1, 4],
      ]),
    ).difference(set<IntegerTuple>([[1, 2]]));
    const fullobj = backdrop(
      set<IntegerTuple>([
        [0, 0],
        [oh - 1, 4],
      ]),
    );
    let cands = backdrop(bx).difference(bx);
    const dot = rng.choice(totuple(cands));
    const [dcol, bxcol] = unpack(rng.sample(ccols, 2), 2);
    let inobj = recolor(bxcol, bx).union(recolor(dcol, set<IntegerTuple>([dot])));
    let outobj = recolor(bxcol, bx).union(recolor(dcol, fullobj.difference(bx)));
    if (rng.choice([true, false])) {
      inobj = shift(hmirror(inobj), UP);
      outobj = hmirror(outobj);
    }
    cands = sfilter(inds, (ij) => ij[0] <= h - oh && ij[1] <= w - ow);
    if (len(cands) === 0) {
      continue;
    }
    const loc = rng.choice(totuple(cands));
    const outplcd = shift(outobj, loc);
    const outplcdi = toindices(outplcd);
    if (outplcdi.issubset(inds)) {
      succ += 1;
      const inplcd = shift(inobj, loc);
      inds = inds.difference(outplcdi).difference(outbox(inplcd));
      gi = paint(gi, inplcd);
      go = paint(go, outplcd);
    }
  }
  return { input: gi, output: go };
}

function generate_00d62c1b(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = remove(4, interval(0, 10, 1));
  const h = unifint(rng, diff_lb, diff_ub, [5, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [5, 30] as const);
  const [bgc, fgc] = unpack(rng.sample(cols, 2), 2);
  let gi = canvas(bgc, [h, w]);
  const nblocks = unifint(rng, diff_lb, diff_ub, [1, Math.floor((h * w) / 20)] as const);
  let succ = 0;
  let tr = 0;
  const maxtr = 5 * nblocks;
  let inds = asindices(gi);
  let cands: Indices;
  while (succ < nblocks && tr < maxtr) {
    tr += 1;
    const oh = rng.randint(3, 8);
    const ow = rng.randint(3, 8);
    cands = sfilter(inds, (ij) => ij[0] <= h - oh && ij[1] <= w - ow);
    if (len(cands) === 0) {
      continue;
    }
    const loc = rng.choice(totuple(cands));
    const [loci, locj] = unpack(loc, 2);
    let bx = box(
      frozenset(
        set<IntegerTuple>([
          [loci, locj],
          [loci + oh - 1, locj + ow - 1],
        ]),
      ),
    );
    bx = bx.difference(set(rng.sample(totuple(corners(bx)), rng.randint(0, 4))));
    if (bx.issubset(inds) && len(inds.difference(bx)) > Math.floor((h * w) / 2) + 1) {
      gi = fill(gi, fgc, bx);
      succ += 1;
      inds = inds.difference(bx);
    }
  }
  const maxnnoise = Math.max(0, Math.floor((h * w) / 2) - 1 - colorcount(gi, fgc));
  const namt = unifint(rng, diff_lb, diff_ub, [0, maxnnoise] as const);
  const noise = rng.sample(totuple(inds), namt);
  gi = fill(gi, fgc, noise);
  const objs = objects(gi, T, F, F);
  const bgobjs = colorfilter(objs, bgc);
  const res = mfilter(bgobjs, compose(flip, rbind(bordering, gi)));
  const go = fill(gi, 4, res);
  return { input: gi, output: go };
}

function generate_10fcaaa3(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = remove(8, interval(0, 10, 1));
  const h = unifint(rng, diff_lb, diff_ub, [2, 15] as const);
  const w = unifint(rng, diff_lb, diff_ub, [2, 15] as const);
  const ncells = unifint(rng, diff_lb, diff_ub, [1, Math.max(1, Math.floor((h * w) / 6))] as const);
  const ncols = unifint(rng, diff_lb, diff_ub, [1, 8] as const);
  const bgc = rng.choice(cols);
  const remcols = remove(bgc, cols);
  const ccols = rng.sample(remcols, ncols);
  const c = canvas(bgc, [h, w]);
  const inds = asindices(c);
  const locs = frozenset(rng.sample(totuple(inds), ncells));
  const obj = frozenset(set([...locs].map((ij): Cell => [rng.choice(ccols), ij])));
  const gi = paint(c, obj);
  let go = hconcat(gi, gi);
  go = vconcat(go, go);
  const fullocs = locs
    .union(shift(locs, [0, w]))
    .union(shift(locs, [h, 0]))
    .union(shift(locs, [h, w]));
  const nbhs = mapply(ineighbors, fullocs);
  const topaint = nbhs.intersection(ofcolor(go, bgc));
  go = fill(go, 8, topaint);
  return { input: gi, output: go };
}

function generate_1a07d186(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [8, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [8, 30] as const);
  const bgc = rng.choice(cols);
  let remcols = remove(bgc, cols);
  let nlines = unifint(rng, diff_lb, diff_ub, [1, Math.floor(w / 5)] as const);
  let linecols = rng.sample(remcols, nlines);
  remcols = difference(remcols, linecols);
  const nnoisecols = unifint(rng, diff_lb, diff_ub, [0, len(remcols)] as const);
  const noisecols = rng.sample(remcols, nnoisecols);
  let locopts = interval(0, w, 1);
  let locs = [];
  let loc: number;
  for (let k = 0; k < nlines; k++) {
    if (len(locopts) === 0) {
      break;
    }
    loc = rng.choice(locopts);
    locopts = difference(locopts, interval(loc - 2, loc + 3, 1));
    locs.push(loc);
  }
  locs = sorted(locs);
  nlines = len(locs);
  linecols = linecols.slice(0, nlines);
  let gi = canvas(bgc, [h, w]);
  let col: number;
  for ([loc, col] of zip(locs, linecols)) {
    gi = fill(gi, col, connect([0, loc], [h - 1, loc]));
  }
  let go: Grid = [...gi].map((e) => e);
  const nilocs = unifint(rng, diff_lb, diff_ub, [1, h] as const);
  const ilocs = rng.sample(interval(0, h, 1), nilocs);
  const dotlocopts = difference(interval(0, w, 1), locs);
  for (const ii of ilocs) {
    const ndots = unifint(rng, diff_lb, diff_ub, [
      1,
      Math.min(nlines + nnoisecols, Math.floor((w - nlines) / 2) - 1),
    ] as const);
    const dotlocs = rng.sample(dotlocopts, ndots);
    const dotcols = rng.sample(totuple(set(linecols).union(set(noisecols))), ndots);
    for (const [dotlocj, col] of zip(dotlocs, dotcols)) {
      gi = fill(gi, col, set([[ii, dotlocj] as const]));
      if (contains(linecols, col)) {
        const idx = indexOf(linecols, col);
        const linelocj = at(locs, idx);
        if (dotlocj > linelocj) {
          go = fill(go, col, set([[ii, linelocj + 1] as const]));
        } else {
          go = fill(go, col, set([[ii, linelocj - 1] as const]));
        }
      }
    }
  }
  if (rng.choice([true, false])) {
    gi = dmirror(gi);
    go = dmirror(go);
  }
  return { input: gi, output: go };
}

function generate_83302e8f(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = difference(interval(0, 10, 1), [3, 4] as const);
  const h = unifint(rng, diff_lb, diff_ub, [2, 5] as const);
  const w = unifint(rng, diff_lb, diff_ub, [2, 5] as const);
  const nh = unifint(rng, diff_lb, diff_ub, [3, floordiv(30, h + 1)] as const);
  const nw = unifint(rng, diff_lb, diff_ub, [3, floordiv(30, w + 1)] as const);
  const [bgc, linc] = unpack(rng.sample(cols, 2), 2);
  const fullh = h * nh + nh - 1;
  const fullw = w * nw + nw - 1;
  let gi = canvas(bgc, [fullh, fullw]);
  for (const iloc of range(h, fullh, h + 1)) {
    gi = fill(gi, linc, hfrontier([iloc, 0]));
  }
  for (const jloc of range(w, fullw, w + 1)) {
    gi = fill(gi, linc, vfrontier([0, jloc]));
  }
  const ofc = ofcolor(gi, linc);
  const dots = sfilter(ofc, (ij) => dneighbors(ij).issubset(ofc));
  const tmp = fill(gi, bgc, dots);
  const lns = apply(toindices, colorfilter(objects(tmp, T, F, F), linc));
  const dts = apply(initset, dots);
  const cands = lns.union(dts);
  const nbreaks = unifint(rng, diff_lb, diff_ub, [0, Math.floor(len(cands) / 2)] as const);
  const breaklocs = set<IntegerTuple>();
  const breakobjs = rng.sample(totuple(cands), nbreaks);
  for (const breakobj of breakobjs) {
    const loc = rng.choice(totuple(breakobj));
    breaklocs.add(loc);
  }
  gi = fill(gi, bgc, breaklocs);
  const objs = sfilter(colorfilter(objects(gi, T, F, F), bgc), (o) => len(o) === h * w);
  const res = toindices(merge(objs));
  let go = fill(gi, 3, res);
  go = replace(go, bgc, 4);
  return { input: gi, output: go };
}

function generate_98cf29f8(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  let h = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  let w = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const objh = unifint(rng, diff_lb, diff_ub, [2, h - 5] as const);
  const objw = unifint(rng, diff_lb, diff_ub, [2, w - 5] as const);
  const loci = rng.randint(0, h - objh);
  const locj = rng.randint(0, w - objw);
  const obj = backdrop(
    frozenset(
      set<IntegerTuple>([
        [loci, locj],
        [loci + objh - 1, locj + objw - 1],
      ]),
    ),
  );
  const [bgc, objc, otherc] = unpack(rng.sample(cols, 3), 3);
  let gi = canvas(bgc, [h, w]);
  gi = fill(gi, objc, obj);
  const bmarg = h - (loci + objh);
  const rmarg = w - (locj + objw);
  const tmarg = loci;
  const lmarg = locj;
  const margs = [bmarg, rmarg, tmarg, lmarg] as const;
  const options = enumerate(margs)
    .filter(([_idx, marg]) => marg > 2)
    .map(([idx, _marg]) => idx);
  const pos = rng.choice(options);
  for (let k = 0; k < pos; k++) {
    gi = rot90(gi);
  }
  [h, w] = shape(gi);
  const ofc = ofcolor(gi, objc);
  const locis = rng.randint(lowermost(ofc) + 2, h - 2);
  const locie = rng.randint(locis + 1, h - 1);
  const locjs = rng.randint(0, Math.min(w - 2, rightmost(ofc)));
  const locje = rng.randint(Math.max(locjs + 1, leftmost(ofc)), w - 1);
  const otherobj = backdrop(
    frozenset(
      set<IntegerTuple>([
        [locis, locjs],
        [locie, locje],
      ]),
    ),
  );
  const ub = Math.min(rightmost(ofc), rightmost(otherobj));
  const lb = Math.max(leftmost(ofc), leftmost(otherobj));
  const jloc = rng.randint(lb, ub);
  const ln = connect([lowermost(ofc) + 1, jloc], [uppermost(otherobj) - 1, jloc]);
  const gib = [...gi].map((e) => e);
  gi = fill(gi, otherc, otherobj);
  gi = fill(gi, otherc, ln);
  let go = fill(gib, otherc, shift(otherobj, [-len(ln), 0]));
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

function generate_1f85a75f(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  let oh = rng.randint(3, Math.min(8, Math.floor(h / 2)));
  let ow = rng.randint(3, Math.min(8, Math.floor(w / 2)));
  const bounds = asindices(canvas(-1, [oh, ow]));
  const ncells = rng.randint(Math.max(oh, ow), oh * ow);
  const sp = rng.choice(totuple(bounds));
  let obj: Indices = set<IntegerTuple>([sp]);
  for (let k = 0; k < ncells - 1; k++) {
    setAdd(obj, rng.choice(totuple(bounds.difference(obj).intersection(mapply(dneighbors, obj)))));
  }
  obj = normalize(obj);
  [oh, ow] = shape(obj);
  const loci = rng.randint(0, h - oh);
  const locj = rng.randint(0, w - ow);
  const [bgc, objc] = unpack(rng.sample(cols, 2), 2);
  const remcols = remove(bgc, remove(objc, cols));
  const numc = unifint(rng, diff_lb, diff_ub, [1, 8] as const);
  const ccols = rng.sample(remcols, numc);
  const nnoise = unifint(rng, diff_lb, diff_ub, [
    0,
    Math.max(0, Math.floor((h * w - len(backdrop(obj))) / 4)),
  ] as const);
  let gi = canvas(bgc, [h, w]);
  obj = shift(obj, [loci, locj]);
  gi = fill(gi, objc, obj);
  const inds = asindices(gi);
  const noisecells = rng.sample(totuple(inds.difference(backdrop(obj))), nnoise);
  const noiseobj = frozenset(set(noisecells.map((ij): Cell => [rng.choice(ccols), ij])));
  gi = paint(gi, noiseobj);
  const go = fill(canvas(bgc, [oh, ow]), objc, normalize(obj));
  return { input: gi, output: go };
}

function generate_8eb1be9a(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [8, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [4, 30] as const);
  let oh = unifint(rng, diff_lb, diff_ub, [2, Math.floor(h / 3)] as const);
  let ow = unifint(rng, diff_lb, diff_ub, [2, w] as const);
  const bounds = asindices(canvas(-1, [oh, ow]));
  const ncells = unifint(rng, diff_lb, diff_ub, [2, Math.floor((oh * ow) / 3) * 2] as const);
  const shp = normalize(frozenset(rng.sample(totuple(bounds), ncells)));
  [oh, ow] = shape(shp);
  const bgc = rng.choice(cols);
  const remcols = remove(bgc, cols);
  const ncols = unifint(rng, diff_lb, diff_ub, [1, 9] as const);
  const ccols = rng.sample(remcols, ncols);
  const objn = frozenset(set([...shp].map((ij): Cell => [rng.choice(ccols), ij])));
  const loci = rng.randint(0, h - oh);
  const locj = rng.randint(0, w - ow);
  const obj = shift(objn, [loci, locj]);
  const c = canvas(bgc, [h, w]);
  const gi = paint(c, obj);
  let go = paint(c, obj);
  for (let k = 0; k < floordiv(h, oh) + 1; k++) {
    go = paint(go, shift(obj, [-oh * k, 0]));
    go = paint(go, shift(obj, [oh * k, 0]));
  }
  return { input: gi, output: go };
}

function generate_ba26e723(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = difference(interval(0, 10, 1), [0, 6] as const);
  const h = unifint(rng, diff_lb, diff_ub, [2, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [2, 30] as const);
  let gi = canvas(0, [h, w]);
  let go = canvas(0, [h, w]);
  const opts = interval(0, h, 1);
  const ncols = unifint(rng, diff_lb, diff_ub, [1, 8] as const);
  const ccols = rng.sample(cols, ncols);
  for (let j = 0; j < w; j++) {
    const nc = unifint(rng, diff_lb, diff_ub, [1, h - 1] as const);
    const locs = rng.sample(opts, nc);
    let obj: ArcObject = frozenset(set(locs.map((ii) => [rng.choice(ccols), [ii, j]] as const)));
    gi = paint(gi, obj);
    if (mod(j, 3) === 0) {
      obj = recolor(6, obj);
    }
    go = paint(go, obj);
  }
  return { input: gi, output: go };
}

function generate_25d487eb(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  let h = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  let w = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const bgc = rng.choice(cols);
  const remcols = remove(bgc, cols);
  const ncols = unifint(rng, diff_lb, diff_ub, [2, 8] as const);
  const ccols = rng.sample(remcols, ncols);
  let gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [h, w]);
  const nobjs = unifint(rng, diff_lb, diff_ub, [1, Math.floor((h * w) / 30)] as const);
  let succ = 0;
  let tr = 0;
  const maxtr = 10 * nobjs;
  let inds = asindices(go);
  while (tr < maxtr && succ < nobjs) {
    if (len(inds) === 0) {
      break;
    }
    tr += 1;
    const dim = rng.randint(1, 3);
    let obj = backdrop(
      frozenset(
        set<IntegerTuple>([
          [0, 0],
          [dim, dim],
        ]),
      ),
    );
    obj = sfilter(obj, (ij) => ij[0] <= ij[1]);
    obj = obj.union(shift(vmirror(obj), [0, dim]));
    const mp = set<IntegerTuple>([[0, dim]]);
    const [tric, linc] = unpack(rng.sample(ccols, 2), 2);
    const inobj = recolor(tric, obj.difference(mp)).union(recolor(linc, mp));
    const loc = rng.choice(totuple(inds));
    const iplcd = shift(inobj, loc);
    const [loci, locj] = loc;
    const oplcd = iplcd.union(
      recolor(linc, connect([loci, locj + dim], [h - 1, locj + dim]).difference(toindices(iplcd))),
    );
    const oplcdi = toindices(oplcd);
    if (oplcdi.issubset(inds)) {
      succ += 1;
      gi = paint(gi, iplcd);
      go = paint(go, oplcd);
    }
    const rotf = rng.choice<GridFunction>([identity, rot90, rot180, rot270]);
    gi = rotf(gi);
    go = rotf(go);
    [h, w] = shape(gi);
    const ofc = ofcolor(go, bgc);
    inds = ofc.difference(mapply(dneighbors, asindices(go).difference(ofc)));
  }
  return { input: gi, output: go };
}

function generate_4be741c5(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [4, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [6, 30] as const);
  const numcolors = unifint(rng, diff_lb, diff_ub, [2, Math.floor(w / 3)] as const);
  const ccols = rng.sample(cols, numcolors);
  let go: Grid = [[...ccols]];
  let gi: Grid = merge(ccols.map((c) => repeat(repeat(c, h), 3)));
  while (len(gi) < w) {
    const idx = rng.randint(0, len(gi) - 1);
    gi = concat(concat(gi.slice(0, idx), gi.slice(idx, idx + 1)), gi.slice(idx));
  }
  gi = dmirror(gi);
  const ndisturbances = unifint(rng, diff_lb, diff_ub, [0, 3 * h * numcolors] as const);
  let a: number;
  let b: number;
  for (let k = 0; k < ndisturbances; k++) {
    const options = [];
    for (a of range(h)) {
      for (b of range(w - 3)) {
        if (
          eq(at(at(gi, a), b), at(at(gi, a), b + 1)) &&
          eq(at(at(gi, a), b + 2), at(at(gi, a), b + 3))
        ) {
          options.push([a, b, at(at(gi, a), b), at(at(gi, a), b + 2)] as const);
        }
      }
    }
    if (len(options) === 0) {
      break;
    }
    let c1: number;
    let c2: number;
    [a, b, c1, c2] = unpack(rng.choice(options), 4);
    if (rng.choice([true, false])) {
      gi = fill(gi, c2, set([[a, b + 1] as const]));
    } else {
      gi = fill(gi, c1, set([[a, b + 2] as const]));
    }
  }
  if (rng.choice([true, false])) {
    gi = dmirror(gi);
    go = dmirror(go);
  }
  return { input: gi, output: go };
}

function generate_e509e548(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = difference(interval(0, 10, 1), [1, 2, 6] as const);
  const getL = (h: number, w: number) =>
    connect([0, 0], [h - 1, 0]).union(connect([0, 0], [0, w - 1]));
  const getU = (h: number, w: number) =>
    connect([0, 0], [0, w - 1])
      .union(connect([0, 0], [rng.randint(1, h - 1), 0]))
      .union(connect([0, w - 1], [rng.randint(1, h - 1), w - 1]));
  const getH = (h: number, w: number) =>
    connect([0, 0], [0, w - 1]).union(
      shift(
        connect([0, 0], [h - 1, 0]).union(connect([h - 1, 0], [h - 1, rng.randint(1, w - 1)])),
        [0, rng.randint(1, w - 2)],
      ),
    );
  type Getter = (h: number, w: number) => Indices;
  const minshp_getter_pairs: (readonly [number, number, Getter])[] = [
    [2, 2, getL],
    [2, 3, getU],
    [3, 3, getH],
  ];
  const colmapper = new PyDict<Getter, number>([
    [getL, 1],
    [getU, 6],
    [getH, 2],
  ]);
  const h = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const bgc = rng.choice(cols);
  const remcols = remove(bgc, cols);
  const ncols = unifint(rng, diff_lb, diff_ub, [1, 6] as const);
  const ccols = rng.sample(remcols, ncols);
  const nobjs = unifint(rng, diff_lb, diff_ub, [3, Math.floor((h * w) / 10)] as const);
  let succ = 0;
  let tr = 0;
  const maxtr = 5 * nobjs;
  let gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [h, w]);
  let inds = asindices(gi);
  while (succ < nobjs && tr < maxtr) {
    tr += 1;
    const [minh, minw, getter] = rng.choice(minshp_getter_pairs);
    let oh = rng.randint(minh, 6);
    let ow = rng.randint(minw, 6);
    let obj = getter(oh, ow);
    const mfs: ((p: Indices) => Indices)[] = [identity, dmirror, cmirror, vmirror, hmirror];
    const nmfs = rng.choice([1, 2] as const);
    for (const fn of rng.sample(mfs, nmfs)) {
      obj = fn(obj);
      obj = normalize(obj);
    }
    [oh, ow] = shape(obj);
    const cands = sfilter(inds, (ij) => ij[0] <= h - oh && ij[1] <= w - ow);
    if (len(cands) === 0) {
      continue;
    }
    const loc = rng.choice(totuple(cands));
    const plcd = shift(obj, loc);
    if (plcd.issubset(inds)) {
      succ += 1;
      inds = inds.difference(plcd).difference(mapply(dneighbors, plcd));
      const col = rng.choice(ccols);
      gi = fill(gi, col, plcd);
      go = fill(go, colmapper.get(getter), plcd);
    }
  }
  return { input: gi, output: go };
}

function generate_810b9b61(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = difference(interval(0, 10, 1), [3] as const);
  const h = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const bgc = rng.choice(cols);
  const remcols = remove(bgc, cols);
  const ncols = unifint(rng, diff_lb, diff_ub, [1, 6] as const);
  const ccols = rng.sample(remcols, ncols);
  const nobjs = unifint(rng, diff_lb, diff_ub, [3, Math.floor((h * w) / 10)] as const);
  let succ = 0;
  let tr = 0;
  const maxtr = 5 * nobjs;
  let gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [h, w]);
  let inds = asindices(gi);
  let inobj: Indices;
  while (succ < nobjs && tr < maxtr) {
    tr += 1;
    let oh = rng.randint(3, 5);
    let ow = rng.randint(3, 5);
    let cands = sfilter(inds, (ij) => ij[0] <= h - oh && ij[1] <= w - ow);
    if (len(cands) === 0) {
      continue;
    }
    let loc = rng.choice(totuple(cands));
    const [loci, locj] = loc;
    let obj = box(
      frozenset(
        set<IntegerTuple>([
          [loci, locj],
          [loci + oh - 1, locj + ow - 1],
        ]),
      ),
    );
    const mfs: ((patch: Indices) => Indices)[] = [identity, dmirror, cmirror, vmirror, hmirror];
    const nmfs = rng.choice([1, 2] as const);
    for (const fn of rng.sample(mfs, nmfs)) {
      obj = fn(obj);
      obj = normalize(obj);
    }
    [oh, ow] = shape(obj);
    cands = sfilter(inds, (ij) => ij[0] <= h - oh && ij[1] <= w - ow);
    if (len(cands) === 0) {
      continue;
    }
    loc = rng.choice(totuple(cands));
    const plcd = shift(obj, loc);
    if (rng.choice([true, false])) {
      const ninobjc = unifint(rng, diff_lb, diff_ub, [1, len(plcd) - 1] as const);
      inobj = frozenset(rng.sample(totuple(plcd), ninobjc));
    } else {
      inobj = plcd;
    }
    if (inobj.issubset(inds)) {
      succ += 1;
      inds = inds.difference(inobj).difference(mapply(dneighbors, inobj));
      const col = rng.choice(ccols);
      gi = fill(gi, col, inobj);
      go = fill(go, eq(box(inobj), inobj) && pymin(shape(inobj)) > 2 ? 3 : col, inobj);
    }
  }
  return { input: gi, output: go };
}

function generate_6d0160f0(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = difference(interval(0, 10, 1), [4] as const);
  const h = unifint(rng, diff_lb, diff_ub, [2, 5] as const);
  const w = unifint(rng, diff_lb, diff_ub, [2, 5] as const);
  const [nh, nw] = [h, w];
  const [bgc, linc] = unpack(rng.sample(cols, 2), 2);
  const fullh = h * nh + nh - 1;
  const fullw = w * nw + nw - 1;
  let gi = canvas(bgc, [fullh, fullw]);
  for (const iloc of range(h, fullh, h + 1)) {
    gi = fill(gi, linc, hfrontier([iloc, 0]));
  }
  for (const jloc of range(w, fullw, w + 1)) {
    gi = fill(gi, linc, vfrontier([0, jloc]));
  }
  const noccs = unifint(rng, diff_lb, diff_ub, [1, h * w] as const);
  const denseinds = asindices(canvas(-1, [h, w]));
  const sparseinds = set([...denseinds].map(([a, b]) => [a * (h + 1), b * (w + 1)] as const));
  const locs = rng.sample(totuple(sparseinds), noccs);
  const trgtl = rng.choice(locs);
  const remlocs = remove(trgtl, locs);
  const ntrgt = unifint(rng, diff_lb, diff_ub, [1, h * w - 1] as const);
  const place = rng.choice(totuple(denseinds));
  const ncols = unifint(rng, diff_lb, diff_ub, [1, 9] as const);
  const ccols = rng.sample(cols, ncols);
  const candss = totuple(remove(place, denseinds));
  const trgreminds = rng.sample(candss, ntrgt);
  const trgrem = set(trgreminds.map((ij): Cell => [rng.choice(ccols), ij]));
  const trgtobj = set<Cell>([[4, place]]).union(trgrem);
  const go = paint(
    gi,
    shift(
      sfilter(trgtobj, (cij) => !eq(cij[0], linc)),
      multiply(place, increment([h, w] as const)),
    ),
  );
  gi = paint(gi, shift(trgtobj, trgtl));
  let toleaveout = ccols;
  for (const rl of remlocs) {
    const tlo = rng.choice(totuple(ccols));
    const ncells = unifint(rng, diff_lb, diff_ub, [1, h * w - 1] as const);
    const inds = rng.sample(totuple(denseinds), ncells);
    const obj = set(
      inds.map((ij): Cell => [rng.choice(len(ccols) > 1 ? remove(tlo, ccols) : ccols), ij]),
    );
    toleaveout = remove(tlo, toleaveout);
    gi = paint(gi, shift(obj, rl));
  }
  return { input: gi, output: go };
}

function generate_63613498(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const [bgc, sepc] = unpack(rng.sample(cols, 2), 2);
  const remcols = remove(bgc, remove(sepc, cols));
  const ncols = unifint(rng, diff_lb, diff_ub, [1, 8] as const);
  const ccols = rng.sample(remcols, ncols);
  let objh = unifint(rng, diff_lb, diff_ub, [1, Math.floor(h / 3)] as const);
  let objw = unifint(rng, diff_lb, diff_ub, [1, Math.floor(w / 3)] as const);
  let bounds = asindices(canvas(-1, [objh, objw]));
  let sp = rng.choice(totuple(bounds));
  let obj: Indices = set<IntegerTuple>([sp]);
  let ncells = unifint(rng, diff_lb, diff_ub, [1, objh * objw] as const);
  for (let k = 0; k < ncells - 1; k++) {
    setAdd(obj, rng.choice(totuple(bounds.difference(obj).intersection(mapply(dneighbors, obj)))));
  }
  let gi = canvas(bgc, [h, w]);
  const objc = rng.choice(ccols);
  gi = fill(gi, objc, obj);
  const sep = connect([objh + 1, 0], [objh + 1, objw + 1]).union(
    connect([0, objw + 1], [objh + 1, objw + 1]),
  );
  gi = fill(gi, sepc, sep);
  let inds = asindices(gi);
  inds = inds.difference(backdrop(sep));
  const nobjs = unifint(rng, diff_lb, diff_ub, [1, Math.floor((h * w) / 20)] as const);
  let succ = 0;
  let tr = 0;
  const maxtr = 5 * nobjs;
  const baseobj = normalize(obj);
  obj = normalize(obj);
  let go: Grid = [...gi].map((e) => e);
  while ((succ < nobjs && tr < maxtr) || succ === 0) {
    tr += 1;
    const [oh, ow] = shape(obj);
    const cands = sfilter(inds, (ij) => ij[0] <= h - oh && ij[1] <= w - ow);
    if (len(cands) === 0) {
      break;
    }
    const loc = rng.choice(totuple(cands));
    const plcd = shift(obj, loc);
    if (plcd.issubset(inds)) {
      const col = rng.choice(ccols);
      gi = fill(gi, col, plcd);
      go = fill(go, succ === 0 ? sepc : col, plcd);
      succ += 1;
      inds = inds.difference(plcd).difference(mapply(dneighbors, plcd));
    }
    objh = rng.randint(1, Math.floor(h / 3));
    objw = rng.randint(objh === 1 ? 2 : 1, Math.floor(w / 3));
    if (rng.choice([true, false])) {
      [objh, objw] = [objw, objh];
    }
    bounds = asindices(canvas(-1, [objh, objw]));
    sp = rng.choice(totuple(bounds));
    obj = set<IntegerTuple>([sp]);
    ncells = unifint(rng, diff_lb, diff_ub, [1, objh * objw] as const);
    for (let k = 0; k < ncells - 1; k++) {
      setAdd(
        obj,
        rng.choice(totuple(bounds.difference(obj).intersection(mapply(dneighbors, obj)))),
      );
    }
    obj = normalize(obj);
    obj = set(obj);
    if (eq(obj, baseobj)) {
      if (len(obj) < objh * objw) {
        setAdd(
          obj,
          rng.choice(totuple(bounds.difference(obj).intersection(mapply(dneighbors, obj)))),
        );
      } else {
        obj = remove(rng.choice(totuple(corners(obj))), obj);
      }
    }
    obj = normalize(obj);
  }
  const rotf = rng.choice<GridFunction>([identity, rot90, rot180, rot270]);
  gi = rotf(gi);
  go = rotf(go);
  return { input: gi, output: go };
}

function generate_e5062a87(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(1, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const [eligcol, objc] = unpack(rng.sample(cols, 2), 2);
  let gi = canvas(eligcol, [h, w]);
  const inds = asindices(gi);
  const sp = rng.choice(totuple(inds));
  let obj: Indices = set<IntegerTuple>([sp]);
  const ncells = unifint(rng, diff_lb, diff_ub, [3, 9] as const);
  for (let k = 0; k < ncells - 1; k++) {
    setAdd(obj, rng.choice(totuple(inds.difference(obj).intersection(mapply(neighbors, obj)))));
  }
  obj = normalize(obj);
  const nnoise = unifint(rng, diff_lb, diff_ub, [int(0.2 * h * w), int(0.5 * h * w)] as const);
  const locs = rng.sample(totuple(inds), nnoise);
  gi = fill(gi, 0, locs);
  const noccs = unifint(rng, diff_lb, diff_ub, [
    2,
    Math.max(2, floordiv(h * w, len(obj) * 3)),
  ] as const);
  const [oh, ow] = shape(obj);
  for (let k = 0; k < noccs; k++) {
    const loci = rng.randint(0, h - oh);
    const locj = rng.randint(0, w - ow);
    const loc = [loci, locj] as const;
    gi = fill(gi, k === noccs - 1 ? objc : 0, shift(obj, loc));
  }
  const occs = occurrences(gi, recolor(0, obj));
  const res = mapply(lbind(shift, obj), occs);
  const go = fill(gi, objc, res);
  return { input: gi, output: go };
}

function generate_bc1d5164(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [3, 15] as const);
  const w = unifint(rng, diff_lb, diff_ub, [2, 14] as const);
  const fullh = 2 * h - 1;
  const fullw = 2 * w + 1;
  const [bgc, objc] = unpack(rng.sample(cols, 2), 2);
  const inds = asindices(canvas(-1, [h, w]));
  const nA = rng.randint(1, (h - 1) * (w - 1) - 1);
  const nB = rng.randint(1, (h - 1) * (w - 1) - 1);
  const nC = rng.randint(1, (h - 1) * (w - 1) - 1);
  const nD = rng.randint(1, (h - 1) * (w - 1) - 1);
  const A = rng.sample(totuple(sfilter(inds, (ij) => ij[0] < h - 1 && ij[1] < w - 1)), nA);
  const B = rng.sample(totuple(sfilter(inds, (ij) => ij[0] < h - 1 && ij[1] > 0)), nB);
  const C = rng.sample(totuple(sfilter(inds, (ij) => ij[0] > 0 && ij[1] < w - 1)), nC);
  const D = rng.sample(totuple(sfilter(inds, (ij) => ij[0] > 0 && ij[1] > 0)), nD);
  let gi = canvas(bgc, [fullh, fullw]);
  gi = fill(gi, objc, A);
  gi = fill(gi, objc, shift(B, [0, fullw - w]));
  gi = fill(gi, objc, shift(C, [fullh - h, 0]));
  gi = fill(gi, objc, shift(D, [fullh - h, fullw - w]));
  let go = canvas(bgc, [h, w]);
  go = fill(go, objc, set(A).union(set(B)).union(set(C)).union(set(D)));
  return { input: gi, output: go };
}

export const GENERATORS_200_299: Readonly<Record<string, Generator>> = {
  "8403a5d5": generate_8403a5d5,
  "941d9a10": generate_941d9a10,
  b0c4d837: generate_b0c4d837,
  "0a938d79": generate_0a938d79,
  b7249182: generate_b7249182,
  "7b6016b9": generate_7b6016b9,
  "72ca375d": generate_72ca375d,
  "673ef223": generate_673ef223,
  "868de0fa": generate_868de0fa,
  "40853293": generate_40853293,
  "6e19193c": generate_6e19193c,
  "8731374e": generate_8731374e,
  cce03e0d: generate_cce03e0d,
  f9012d9b: generate_f9012d9b,
  f8ff0b80: generate_f8ff0b80,
  e21d9049: generate_e21d9049,
  d4f3cd78: generate_d4f3cd78,
  "9d9215db": generate_9d9215db,
  "0ca9ddb6": generate_0ca9ddb6,
  "5521c0d9": generate_5521c0d9,
  e3497940: generate_e3497940,
  "6cdd2623": generate_6cdd2623,
  dc433765: generate_dc433765,
  d2abd087: generate_d2abd087,
  "88a10436": generate_88a10436,
  "05f2a901": generate_05f2a901,
  "928ad970": generate_928ad970,
  f8b3ba0a: generate_f8b3ba0a,
  fcb5c309: generate_fcb5c309,
  "54d9e175": generate_54d9e175,
  "7f4411dc": generate_7f4411dc,
  "67385a82": generate_67385a82,
  d6ad076f: generate_d6ad076f,
  e48d4e1a: generate_e48d4e1a,
  a48eeaf7: generate_a48eeaf7,
  "56dc2b01": generate_56dc2b01,
  "1caeab9d": generate_1caeab9d,
  b91ae062: generate_b91ae062,
  "834ec97d": generate_834ec97d,
  a699fb00: generate_a699fb00,
  "91413438": generate_91413438,
  "99fa7670": generate_99fa7670,
  d13f3404: generate_d13f3404,
  c3f564a4: generate_c3f564a4,
  ecdecbb3: generate_ecdecbb3,
  ac0a08a4: generate_ac0a08a4,
  "22168020": generate_22168020,
  ff805c23: generate_ff805c23,
  "4093f84a": generate_4093f84a,
  "760b3cac": generate_760b3cac,
  "8efcae92": generate_8efcae92,
  "48d8fb45": generate_48d8fb45,
  "8e1813be": generate_8e1813be,
  "5117e062": generate_5117e062,
  f15e1fac: generate_f15e1fac,
  "3906de3d": generate_3906de3d,
  "77fdfe62": generate_77fdfe62,
  d406998b: generate_d406998b,
  "694f12f3": generate_694f12f3,
  "3befdf3e": generate_3befdf3e,
  "9f236235": generate_9f236235,
  d8c310e9: generate_d8c310e9,
  "7e0986d6": generate_7e0986d6,
  a64e4611: generate_a64e4611,
  b782dc8a: generate_b782dc8a,
  af902bf9: generate_af902bf9,
  a87f7484: generate_a87f7484,
  fcc82909: generate_fcc82909,
  d9fac9be: generate_d9fac9be,
  eb281b96: generate_eb281b96,
  d43fd935: generate_d43fd935,
  "44f52bb0": generate_44f52bb0,
  d22278a0: generate_d22278a0,
  "272f95fa": generate_272f95fa,
  "5c0a986e": generate_5c0a986e,
  "9af7a82c": generate_9af7a82c,
  d4469b4b: generate_d4469b4b,
  bdad9b1f: generate_bdad9b1f,
  "3345333e": generate_3345333e,
  "253bf280": generate_253bf280,
  "5582e5ca": generate_5582e5ca,
  a1570a43: generate_a1570a43,
  f5b8619d: generate_f5b8619d,
  "444801d8": generate_444801d8,
  "00d62c1b": generate_00d62c1b,
  "10fcaaa3": generate_10fcaaa3,
  "1a07d186": generate_1a07d186,
  "83302e8f": generate_83302e8f,
  "98cf29f8": generate_98cf29f8,
  "1f85a75f": generate_1f85a75f,
  "8eb1be9a": generate_8eb1be9a,
  ba26e723: generate_ba26e723,
  "25d487eb": generate_25d487eb,
  "4be741c5": generate_4be741c5,
  e509e548: generate_e509e548,
  "810b9b61": generate_810b9b61,
  "6d0160f0": generate_6d0160f0,
  "63613498": generate_63613498,
  e5062a87: generate_e5062a87,
  bc1d5164: generate_bc1d5164,
};
