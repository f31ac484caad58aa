// RE-ARC generators (Michael Hodel, MIT licence: ./LICENSE-RE-ARC), as vendored by Reasoning Gym
// in reasoning_gym/arc/rearc_utils/generators/generators_300_399.py, written in TypeScript on the
// DSL of ./dsl.ts: each function is RE-ARC's generate_<key>, statement for statement, except
// that a Python variable that changes type (a set that becomes a tuple) takes a second name,
// unused computations that draw nothing are left out, an elif chain Python knows to be
// exhaustive ends in `else`, and a value Python could read unbound goes through `bound`.
import {
  type ArcObject,
  add,
  adjacent,
  apply,
  asindices,
  asobject,
  backdrop,
  bordering,
  both,
  box,
  type Cell,
  canvas,
  center,
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
  decrement,
  dedupe,
  difference,
  dmirror,
  dneighbors,
  equality,
  F,
  fgpartition,
  fill,
  first,
  flip,
  fork,
  type Grid,
  type GridFunction,
  hconcat,
  height,
  hfrontier,
  hmatching,
  hmirror,
  hupscale,
  type Indices,
  type IntegerTuple,
  identity,
  inbox,
  increment,
  ineighbors,
  insert,
  interval,
  invert,
  last,
  lbind,
  lefthalf,
  leftmost,
  llcorner,
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
  type Objects,
  ORIGIN,
  objects,
  occurrences,
  ofcolor,
  order,
  outbox,
  paint,
  palette,
  partition,
  position,
  power,
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
  subgrid,
  T,
  toindices,
  toobject,
  totuple,
  trim,
  UNITY,
  ulcorner,
  uppermost,
  upscale,
  urcorner,
  valmax,
  valmin,
  vconcat,
  vfrontier,
  vmirror,
  vupscale,
  width,
} from "./dsl.js";
import { eq, type FrozenSet, PyDict, type PySet } from "./frozenset.js";
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
  reversed,
  set,
  setAdd,
  slice,
  sorted,
  sum,
  truediv,
  truthy,
  unpack,
  zip,
} from "./python.js";
import { type PyRandom, unifint } from "./random.js";

function generate_11852cab(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const r1 = [
    [0, 0],
    [0, 4],
    [4, 0],
    [4, 4],
  ] as const;
  const r2 = [
    [2, 0],
    [0, 2],
    [4, 2],
    [2, 4],
  ] as const;
  const r3 = [
    [1, 1],
    [3, 1],
    [1, 3],
    [3, 3],
  ] as const;
  const r4 = [[2, 2]] as const;
  const rings = [r4, r3, r2, r1];
  const bx = backdrop(frozenset(r1));
  const h = unifint(rng, diff_lb, diff_ub, [7, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [7, 30] as const);
  const bgc = rng.choice(cols);
  const remcols = remove(bgc, cols);
  const numc = unifint(rng, diff_lb, diff_ub, [1, 9] as const);
  const ccols = rng.sample(remcols, numc);
  let gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [h, w]);
  let inds = shift(asindices(trim(gi)), UNITY);
  const nobjs = unifint(rng, diff_lb, diff_ub, [1, Math.max(1, Math.floor((h * w) / 36))] as const);
  let succ = 0;
  let tr = 0;
  const maxtr = 10 * nobjs;
  while (succ < nobjs && tr < maxtr) {
    tr += 1;
    const cands = sfilter(inds, (ij) => ij[0] <= h - 5 && ij[0] <= w - 5);
    if (len(cands) === 0) {
      break;
    }
    const loc = rng.choice(totuple(cands));
    const plcd = shift(bx, loc);
    if (plcd.issubset(inds)) {
      inds = inds.difference(plcd).difference(outbox(plcd));
      const ringcols = range(4).map(() => rng.choice(ccols));
      const plcdrings = rings.map((r) => shift(r, loc));
      gi = fill(gi, at(ringcols, 0), at(plcdrings, 0));
      go = fill(go, at(ringcols, 0), at(plcdrings, 0));
      const idx = rng.randint(1, 3);
      gi = fill(gi, at(ringcols, idx), at(plcdrings, idx));
      go = fill(go, at(ringcols, idx), at(plcdrings, idx));
      let remrings = concat(plcdrings.slice(1, idx), plcdrings.slice(idx + 1));
      let remringcols = concat(ringcols.slice(1, idx), ringcols.slice(idx + 1));
      const numrs = unifint(rng, diff_lb, diff_ub, [1, 2] as const);
      const locs = rng.sample([0, 1] as const, numrs);
      remrings = enumerate(remrings)
        .filter(([j, _rr]) => contains(locs, j))
        .map(([_j, rr]) => rr);
      remringcols = enumerate(remringcols)
        .filter(([j, _rr]) => contains(locs, j))
        .map(([_j, rr]) => rr);
      const tofillgi = merge(
        frozenset(
          zip(remrings, remringcols).map(([remring, col]) =>
            recolor(
              col,
              frozenset(
                rng.sample(totuple(remring), 4 - unifint(rng, diff_lb, diff_ub, [0, 3] as const)),
              ),
            ),
          ),
        ),
      );
      const tofillgo = merge(
        frozenset(zip(remrings, remringcols).map(([remring, col]) => recolor(col, remring))),
      );
      if (pymin(shape(tofillgi)) === 5) {
        succ += 1;
        gi = paint(gi, tofillgi);
        go = paint(go, tofillgo);
      }
    }
  }
  return { input: gi, output: go };
}

function generate_025d127b(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [5, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [5, 30] as const);
  const bgc = rng.choice(cols);
  const remcols = remove(bgc, cols);
  const numcols = unifint(rng, diff_lb, diff_ub, [1, 9] as const);
  const ccols = rng.sample(remcols, numcols);
  const nobjs = unifint(rng, diff_lb, diff_ub, [1, Math.floor((h * w) / 20)] as const);
  let succ = 0;
  let tr = 0;
  const maxtr = 5 * nobjs;
  let gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [h, w]);
  let inds = asindices(gi);
  while (succ < nobjs && tr < maxtr) {
    tr += 1;
    const oh = rng.randint(3, 6);
    const ow = rng.randint(3, 6);
    const cands = sfilter(inds, (ij) => ij[0] <= h - oh && ij[1] <= w - ow);
    if (len(cands) === 0) {
      continue;
    }
    const loc = rng.choice(totuple(cands));
    const topl = connect([0, 0], [0, ow - 1]);
    const leftl = connect([1, 0], [oh - 2, oh - 3]);
    const rightl = connect([1, ow], [oh - 2, ow + oh - 3]);
    const botl = connect([oh - 1, oh - 2], [oh - 1, oh - 3 + ow]);
    let inobj = topl.union(leftl).union(rightl).union(botl);
    let outobj = shift(topl, [0, 1])
      .union(botl)
      .union(shift(leftl, [0, 1]))
      .union(connect([1, ow + 1], [oh - 3, ow + oh - 3]))
      .union(set<IntegerTuple>([[oh - 2, ow + oh - 3]]));
    outobj = sfilter(outobj, (ij) => ij[1] <= rightmost(inobj));
    let fullobj = inobj.union(outobj);
    inobj = shift(inobj, loc);
    outobj = shift(outobj, loc);
    fullobj = shift(fullobj, loc);
    if (fullobj.issubset(inds)) {
      inds = inds.difference(fullobj).difference(mapply(neighbors, fullobj));
      succ += 1;
      const col = rng.choice(ccols);
      gi = fill(gi, col, inobj);
      go = fill(go, col, outobj);
    }
  }
  return { input: gi, output: go };
}

function generate_045e512c(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [11, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [11, 30] as const);
  let loc: IntegerTuple;
  let shp: PySet<IntegerTuple>;
  let oh: number;
  let ow: number;
  while (true) {
    oh = unifint(rng, diff_lb, diff_ub, [2, Math.min(4, Math.floor((h - 2) / 3))] as const);
    ow = unifint(rng, diff_lb, diff_ub, [2, Math.min(4, Math.floor((w - 2) / 3))] as const);
    const bounds = asindices(canvas(-1, [oh, ow]));
    const c1 = rng.choice(totuple(connect([0, 0], [oh - 1, 0])));
    const c2 = rng.choice(totuple(connect([0, 0], [0, ow - 1])));
    const c3 = rng.choice(totuple(connect([oh - 1, ow - 1], [oh - 1, 0])));
    const c4 = rng.choice(totuple(connect([oh - 1, ow - 1], [0, ow - 1])));
    shp = set<IntegerTuple>([c1, c2, c3, c4]);
    let remcands = totuple(bounds.difference(shp));
    const ncells = unifint(rng, diff_lb, diff_ub, [0, len(remcands)] as const);
    for (let k = 0; k < ncells; k++) {
      loc = rng.choice(remcands);
      shp.add(loc);
      remcands = remove(loc, remcands);
    }
    const objt = normalize(shp);
    let cc = canvas(0, shape(shp));
    cc = fill(cc, 1, objt);
    if (len(colorfilter(objects(cc, T, T, F), 1)) === 1) {
      break;
    }
  }
  const loci = rng.randint(oh + 1, h - 2 * oh - 1);
  const locj = rng.randint(ow + 1, w - 2 * ow - 1);
  loc = [loci, locj] as const;
  const [bgc, objc] = unpack(rng.sample(cols, 2), 2);
  const remcols = remove(bgc, remove(objc, cols));
  const ncols = unifint(rng, diff_lb, diff_ub, [1, 8] as const);
  const ccols = rng.sample(remcols, ncols);
  let gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [h, w]);
  const obj = shift(recolor(objc, shp), loc);
  gi = paint(gi, obj);
  go = paint(go, obj);
  const options = totuple(neighbors([0, 0]));
  const ndirs = unifint(rng, diff_lb, diff_ub, [1, 8] as const);
  const dirs = rng.sample(options, ndirs);
  const dcols = range(ndirs).map(() => rng.choice(ccols));
  const hbars = hfrontier([loci - 2, 0]).union(hfrontier([loci + oh + 1, 0]));
  const vbars = vfrontier([0, locj - 2]).union(vfrontier([0, locj + ow + 1]));
  const bars = hbars.union(vbars);
  const ofs = increment([oh, ow] as const);
  for (const [direc, col] of zip(dirs, dcols)) {
    let indicatorobj = shift(obj, multiply(direc, increment([oh, ow] as const)));
    indicatorobj = sfilter(indicatorobj, (cij) => contains(bars, cij[1]));
    const nindsd = unifint(rng, diff_lb, diff_ub, [0, len(indicatorobj) - 1] as const);
    const ninds = len(indicatorobj) - nindsd;
    indicatorobj = set(rng.sample(totuple(indicatorobj), ninds));
    if (len(indicatorobj) > 0 && len(indicatorobj) < len(obj)) {
      gi = fill(gi, col, indicatorobj);
      for (let k = 1; k < 10; k++) {
        go = fill(go, col, shift(obj, multiply(multiply(k, direc), ofs)));
      }
    }
  }
  return { input: gi, output: go };
}

function generate_1b60fb0c(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = remove(2, interval(0, 10, 1));
  const h = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const odh = unifint(rng, diff_lb, diff_ub, [2, Math.floor(Math.min(h, w) / 2)] as const);
  const loci = rng.randint(0, h - 2 * odh);
  const locj = rng.randint(0, w - 2 * odh);
  const loc = [loci, locj] as const;
  const [bgc, objc] = unpack(rng.sample(cols, 2), 2);
  const quad = canvas(bgc, [odh, odh]);
  const ncellsd = unifint(rng, diff_lb, diff_ub, [0, Math.floor(odh ** 2 / 2)] as const);
  let ncells: number = rng.choice([ncellsd, odh ** 2 - ncellsd] as const);
  ncells = Math.min(Math.max(1, ncells), odh ** 2 - 1);
  const cells = rng.sample(totuple(asindices(canvas(-1, [odh, odh]))), ncells);
  const g1 = fill(quad, objc, cells);
  const g2 = rot90(g1);
  const g3 = rot90(g2);
  const g4 = rot90(g3);
  let c1 = shift(ofcolor(g1, objc), [0, 0]);
  let c2 = shift(ofcolor(g2, objc), [0, odh]);
  let c3 = shift(ofcolor(g3, objc), [odh, odh]);
  let c4 = shift(ofcolor(g4, objc), [odh, 0]);
  const shftamt = rng.randint(0, odh);
  c1 = shift(c1, [0, shftamt]);
  c2 = shift(c2, [shftamt, 0]);
  c3 = shift(c3, [0, -shftamt]);
  c4 = shift(c4, [-shftamt, 0]);
  const cs = [c1, c2, c3, c4] as const;
  let rempart = rng.choice(cs);
  const inobjparts = remove(rempart, cs);
  let inobj = merge(set(inobjparts));
  rempart = rempart.difference(inobj);
  inobj = shift(inobj, loc);
  rempart = shift(rempart, loc);
  let gi = canvas(bgc, [h, w]);
  gi = fill(gi, objc, inobj);
  const go = fill(gi, 2, rempart);
  return { input: gi, output: go };
}

function generate_1f0c79e5(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = remove(2, interval(0, 10, 1));
  const h = unifint(rng, diff_lb, diff_ub, [5, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [5, 30] as const);
  const [bgc, objc] = unpack(rng.sample(cols, 2), 2);
  let gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [h, w]);
  const nobjs = unifint(rng, diff_lb, diff_ub, [1, Math.floor((h * w) / 24)] as const);
  let inds = asindices(gi);
  const obj = [
    [0, 0],
    [0, 1],
    [1, 0],
    [1, 1],
  ] as const;
  for (let k = 0; k < nobjs; k++) {
    const cands = sfilter(inds, (ij) => shift(set(obj), ij).issubset(inds));
    if (len(cands) === 0) {
      break;
    }
    const loc = rng.choice(totuple(cands));
    const plcd = shift(obj, loc);
    const nred = unifint(rng, diff_lb, diff_ub, [1, 3] as const);
    const reds = rng.sample(totuple(plcd), nred);
    gi = fill(gi, objc, plcd);
    gi = fill(gi, 2, reds);
    for (const idx of reds) {
      const direc = decrement(multiply(2, add(idx, invert(loc))));
      go = fill(go, objc, mapply(rbind(shoot, direc), frozenset(plcd)));
    }
    inds = inds.difference(plcd).difference(mapply(dneighbors, set(plcd)));
  }
  return { input: gi, output: go };
}

function generate_1f876c06(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [5, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [5, 30] as const);
  const nlns = unifint(rng, diff_lb, diff_ub, [1, Math.min(Math.min(h, w), 9)] as const);
  const bgc = rng.choice(cols);
  const remcols = remove(bgc, cols);
  let ccols = rng.sample(remcols, nlns);
  let succ = 0;
  let tr = 0;
  const maxtr = 10 * nlns;
  const direcs = ineighbors([0, 0]);
  let gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [h, w]);
  let inds = asindices(gi);
  let ln: IntegerTuple[];
  while (succ < nlns && tr < maxtr) {
    tr += 1;
    if (len(inds) === 0) {
      break;
    }
    const loc = rng.choice(totuple(inds));
    let lns = [];
    for (const direc of direcs) {
      ln = [loc];
      let ofs = 1;
      while (true) {
        const nextpix = add(loc, multiply(ofs, direc));
        ofs += 1;
        if (!contains(inds, nextpix)) {
          break;
        }
        ln.push(nextpix);
      }
      if (len(ln) > 2) {
        lns.push(ln);
      }
    }
    if (len(lns) > 0) {
      succ += 1;
      lns = sorted(lns, len);
      const idx = unifint(rng, diff_lb, diff_ub, [0, len(lns) - 1] as const);
      ln = at(lns, idx);
      const col = at(ccols, 0);
      ccols = ccols.slice(1);
      gi = fill(gi, col, set([at(ln, 0), at(ln, -1)]));
      go = fill(go, col, set(ln));
      inds = inds.difference(set(ln));
    }
  }
  return { input: gi, output: go };
}

function generate_22233c11(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = remove(8, interval(0, 10, 1));
  const h = unifint(rng, diff_lb, diff_ub, [5, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [5, 30] as const);
  const nobjs = unifint(rng, diff_lb, diff_ub, [1, Math.floor((h * w) / 10)] as const);
  let succ = 0;
  let tr = 0;
  const maxtr = 10 * nobjs;
  const bgc = rng.choice(cols);
  const remcols = remove(bgc, cols);
  let gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [h, w]);
  let inds = asindices(gi);
  const fullinds = asindices(gi);
  const ncols = unifint(rng, diff_lb, diff_ub, [1, 8] as const);
  const ccols = rng.sample(remcols, ncols);
  while (succ < nobjs && tr < maxtr) {
    if (len(inds) === 0) {
      break;
    }
    tr += 1;
    const od = rng.randint(1, 3);
    let g = canvas(bgc, [4, 4]);
    g = fill(
      g,
      8,
      set<IntegerTuple>([
        [0, 3],
        [3, 0],
      ]),
    );
    const col = rng.choice(ccols);
    g = fill(
      g,
      col,
      set<IntegerTuple>([
        [1, 1],
        [2, 2],
      ]),
    );
    if (rng.choice([true, false])) {
      g = hmirror(g);
    }
    g = upscale(g, od);
    let inobj = recolor(col, ofcolor(g, col));
    let outobj = inobj.union(recolor(8, ofcolor(g, 8)));
    const loc = rng.choice(totuple(inds));
    outobj = shift(outobj, loc);
    inobj = shift(inobj, loc);
    const outobji = toindices(outobj);
    if (toindices(inobj).issubset(inds) && outobji.intersection(fullinds).issubset(inds)) {
      succ += 1;
      inds = inds.difference(outobji).difference(mapply(neighbors, outobji));
      gi = paint(gi, inobj);
      go = paint(go, outobj);
    }
  }
  return { input: gi, output: go };
}

function generate_264363fd(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const cp = [2, 2] as const;
  const neighs = neighbors(cp);
  const o1 = shift(
    frozenset(
      set<IntegerTuple>([
        [0, 1],
        [-1, 1],
      ]),
    ),
    [1, 1],
  );
  const o2 = shift(
    frozenset(
      set<IntegerTuple>([
        [1, 0],
        [1, -1],
      ]),
    ),
    [1, 1],
  );
  const o3 = shift(
    frozenset(
      set<IntegerTuple>([
        [2, 1],
        [3, 1],
      ]),
    ),
    [1, 1],
  );
  const o4 = shift(
    frozenset(
      set<IntegerTuple>([
        [1, 2],
        [1, 3],
      ]),
    ),
    [1, 1],
  );
  const mpr = new PyDict([
    [o1, [-1, 0] as const],
    [o2, [0, -1] as const],
    [o3, [1, 0] as const],
    [o4, [0, 1] as const],
  ]);
  const h = unifint(rng, diff_lb, diff_ub, [15, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [15, 30] as const);
  const [bgc, sqc, linc] = unpack(rng.sample(cols, 3), 3);
  const remcols = difference(cols, [bgc, sqc, linc] as const);
  const cpcol = rng.choice(remcols);
  const nbhcol = rng.choice(remcols);
  const nspikes = rng.randint(1, 4);
  const spikes = rng.sample([o1, o2, o3, o4] as const, nspikes);
  const lns = merge(set(spikes));
  const obj = set([[cpcol, cp] as const])
    .union(recolor(linc, lns))
    .union(recolor(nbhcol, neighs.difference(lns)));
  const loci = rng.randint(0, h - 5);
  const locj = rng.randint(0, w - 5);
  let loc = [loci, locj] as const;
  let gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [h, w]);
  gi = paint(gi, shift(obj, loc));
  const numsq = unifint(rng, diff_lb, diff_ub, [1, Math.floor((h * w) / 100)] as const);
  let succ = 0;
  let tr = 0;
  const maxtr = 10 * numsq;
  let inds = ofcolor(gi, bgc).difference(mapply(neighbors, toindices(shift(obj, loc))));
  while (succ < numsq && tr < maxtr) {
    tr += 1;
    const gh = rng.randint(5, Math.floor(h / 2) + 1);
    const gw = rng.randint(5, Math.floor(w / 2) + 1);
    const cands = sfilter(inds, (ij) => ij[0] <= h - gh && ij[1] <= w - gw);
    if (len(cands) === 0) {
      continue;
    }
    loc = rng.choice(totuple(cands));
    let g1 = canvas(sqc, [gh, gw]);
    let g2 = canvas(sqc, [gh, gw]);
    let ginds = asindices(g1);
    const gindsfull = asindices(g1);
    const bck = shift(ginds, loc);
    if (bck.issubset(inds)) {
      const noccs = unifint(rng, diff_lb, diff_ub, [1, Math.floor((gh * gw) / 25)] as const);
      let succ2 = 0;
      let tr2 = 0;
      const maxtr2 = 5 * noccs;
      while (succ2 < noccs && tr2 < maxtr2) {
        tr2 += 1;
        const cands2 = sfilter(ginds, (ij) => ij[0] <= gh - 5 && ij[1] <= gw - 5);
        if (len(cands2) === 0) {
          break;
        }
        const loc2 = rng.choice(totuple(cands2));
        let lns2: Indices = merge(
          frozenset(
            set(spikes.map((spike) => shoot(add(cp, add(loc2, mpr.get(spike))), mpr.get(spike)))),
          ),
        );
        lns2 = lns2.intersection(gindsfull);
        const plcd2 = shift(obj, loc2);
        const plcd2i = toindices(plcd2);
        if (
          plcd2i.issubset(ginds) &&
          lns2.issubset(ginds.union(ofcolor(g2, linc))) &&
          len(lns2.difference(plcd2i)) > 0
        ) {
          succ2 += 1;
          ginds = ginds.difference(plcd2i).difference(mapply(neighbors, plcd2i)).difference(lns2);
          g1 = fill(g1, cpcol, set<IntegerTuple>([add(cp, loc2)]));
          g2 = paint(g2, plcd2);
          g2 = fill(g2, linc, lns2);
        }
      }
      if (succ2 > 0) {
        succ += 1;
        inds = inds.difference(bck).difference(outbox(bck));
        const objfull1 = shift(asobject(g1), loc);
        const objfull2 = shift(asobject(g2), loc);
        gi = paint(gi, objfull1);
        go = paint(go, objfull2);
      }
    }
  }
  return { input: gi, output: go };
}

function generate_29ec7d0e(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const hp = unifint(rng, diff_lb, diff_ub, [2, Math.floor(h / 2) - 1] as const);
  const wp = unifint(rng, diff_lb, diff_ub, [2, Math.floor(w / 2) - 1] as const);
  const pinds = asindices(canvas(-1, [hp, wp]));
  const [bgc, noisec] = unpack(rng.sample(cols, 2), 2);
  const remcols = remove(noisec, cols);
  const numc = unifint(rng, diff_lb, diff_ub, [2, 9] as const);
  const ccols = rng.sample(remcols, numc);
  const pobj = frozenset(set([...pinds].map((ij): Cell => [rng.choice(ccols), ij])));
  let go = canvas(bgc, [h, w]);
  const locs = set<IntegerTuple>();
  let loci: number;
  let locj: number;
  for (let a = 0; a < floordiv(h, hp) + 1; a++) {
    for (let b = 0; b < floordiv(w, wp) + 1; b++) {
      loci = a + 1 + hp * a;
      locj = b + 1 + wp * b;
      locs.add([loci, locj] as const);
      go = paint(go, shift(pobj, [loci, locj]));
    }
  }
  const numpatches = unifint(rng, diff_lb, diff_ub, [1, Math.floor((h * w) / 20)] as const);
  let gi: Grid = [...go].map((e) => e);
  const places = apply(lbind(shift, pinds), locs);
  let succ = 0;
  let tr = 0;
  const maxtr = 5 * numpatches;
  while (succ < numpatches && tr < maxtr) {
    tr += 1;
    const ph = rng.randint(2, 6);
    const pw = rng.randint(2, 6);
    loci = rng.randint(0, h - ph);
    locj = rng.randint(0, w - pw);
    const ptch = backdrop(
      frozenset(
        set<IntegerTuple>([
          [loci, locj],
          [loci + ph - 1, locj + pw - 1],
        ]),
      ),
    );
    const gi2 = fill(gi, noisec, ptch);
    if (contains(apply(normalize, apply(rbind(toobject, gi2), places)), pobj)) {
      if (
        len(sfilter(gi2, (r) => !contains(r, noisec))) >= 2 &&
        len(sfilter(dmirror(gi2), (r) => !contains(r, noisec))) >= 2
      ) {
        succ += 1;
        gi = gi2;
      }
    }
  }
  const rotf = rng.choice<GridFunction>([identity, rot90, rot180, rot270]);
  gi = rotf(gi);
  go = rotf(go);
  return { input: gi, output: go };
}

function generate_3bd67248(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = difference(interval(0, 10, 1), [2, 4] as const);
  const h = unifint(rng, diff_lb, diff_ub, [3, 15] as const);
  const w = unifint(rng, diff_lb, diff_ub, [3, 15] as const);
  const [bgc, linc] = unpack(rng.sample(cols, 2), 2);
  const fac = unifint(rng, diff_lb, diff_ub, [1, floordiv(30, Math.max(h, w))] as const);
  let gi = canvas(bgc, [h, w]);
  gi = fill(gi, linc, connect([0, 0], [h - 1, 0]));
  let go = fill(gi, 4, connect([h - 1, 1], [h - 1, w - 1]));
  go = fill(go, 2, shoot([h - 2, 1], [-1, 1]));
  const rotf = rng.choice<GridFunction>([identity, rot90, rot180, rot270]);
  gi = rotf(gi);
  go = rotf(go);
  gi = upscale(gi, fac);
  go = upscale(go, fac);
  return { input: gi, output: go };
}

function generate_484b58aa(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const hp = unifint(rng, diff_lb, diff_ub, [2, Math.floor(h / 2) - 1] as const);
  const wp = unifint(rng, diff_lb, diff_ub, [2, Math.floor(w / 2) - 1] as const);
  const pinds = asindices(canvas(-1, [hp, wp]));
  const noisec = rng.choice(cols);
  const remcols = remove(noisec, cols);
  const numc = unifint(rng, diff_lb, diff_ub, [2, 9] as const);
  const ccols = rng.sample(remcols, numc);
  const pobj = frozenset(set([...pinds].map((ij): Cell => [rng.choice(ccols), ij])));
  let go = canvas(-1, [h, w]);
  const locs = set<IntegerTuple>();
  const ofs = rng.randint(1, hp - 1);
  let loci: number;
  let locj: number;
  for (let a = 0; a < 2 * (floordiv(h, hp) + 1); a++) {
    for (let b = 0; b < floordiv(w, wp) + 1; b++) {
      loci = hp * a - ofs * b;
      locj = wp * b;
      locs.add([loci, locj] as const);
      go = paint(go, shift(pobj, [loci, locj]));
    }
  }
  const numpatches = unifint(rng, diff_lb, diff_ub, [1, Math.floor((h * w) / 20)] as const);
  let gi: Grid = [...go].map((e) => e);
  const places = apply(lbind(shift, pinds), locs);
  let succ = 0;
  let tr = 0;
  const maxtr = 5 * numpatches;
  while (succ < numpatches && tr < maxtr) {
    tr += 1;
    const ph = rng.randint(2, 6);
    const pw = rng.randint(2, 6);
    loci = rng.randint(0, h - ph);
    locj = rng.randint(0, w - pw);
    const ptch = backdrop(
      frozenset(
        set<IntegerTuple>([
          [loci, locj],
          [loci + ph - 1, locj + pw - 1],
        ]),
      ),
    );
    const gi2 = fill(gi, noisec, ptch);
    if (contains(apply(normalize, apply(rbind(toobject, gi2), places)), pobj)) {
      if (
        len(sfilter(gi2, (r) => !contains(r, noisec))) >= 2 &&
        len(sfilter(dmirror(gi2), (r) => !contains(r, noisec))) >= 2
      ) {
        succ += 1;
        gi = gi2;
      }
    }
  }
  const rotf = rng.choice<GridFunction>([identity, rot90, rot180, rot270]);
  gi = rotf(gi);
  go = rotf(go);
  return { input: gi, output: go };
}

function generate_6aa20dc0(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const od = unifint(rng, diff_lb, diff_ub, [2, 4] as const);
  const ncellsextra = rng.randint(1, Math.max(1, Math.floor((od ** 2 - 2) / 2)));
  const sinds = asindices(canvas(-1, [od, od]));
  const extracellset = set(
    rng.sample(
      totuple(
        sinds.difference(
          set<IntegerTuple>([
            [0, 0],
            [od - 1, od - 1],
          ]),
        ),
      ),
      ncellsextra,
    ),
  );
  extracellset.add(rng.choice(totuple(dneighbors([0, 0]).intersection(sinds))));
  extracellset.add(rng.choice(totuple(dneighbors([od - 1, od - 1]).intersection(sinds))));
  const extracells = frozenset(extracellset);
  const [bgc, fgc, c1, c2] = unpack(rng.sample(cols, 4), 4);
  let obj = frozenset(
    set<Cell>([
      [c1, [0, 0]],
      [c2, [od - 1, od - 1]],
    ]),
  ).union(recolor(fgc, extracells));
  obj = obj.union(dmirror(obj));
  if (rng.choice([true, false])) {
    obj = hmirror(obj);
  }
  let gi = canvas(bgc, [h, w]);
  const loci = rng.randint(0, h - od);
  const locj = rng.randint(0, w - od);
  const plcd = shift(obj, [loci, locj]);
  gi = paint(gi, plcd);
  let go: Grid = [...gi].map((e) => e);
  let inds = asindices(gi);
  inds = inds.difference(backdrop(outbox(plcd)));
  const nocc = unifint(rng, diff_lb, diff_ub, [
    1,
    Math.max(1, floordiv(h * w, od ** 2 * 2)),
  ] as const);
  let succ = 0;
  let tr = 0;
  const maxtr = 4 * nocc;
  while (succ < nocc && tr < maxtr) {
    tr += 1;
    const fac = rng.randint(1, 4);
    const mf1 = rng.choice<(o: ArcObject) => ArcObject>([
      identity,
      dmirror,
      vmirror,
      cmirror,
      hmirror,
    ]);
    const mf2 = rng.choice<(o: ArcObject) => ArcObject>([
      identity,
      dmirror,
      vmirror,
      cmirror,
      hmirror,
    ]);
    const mf = compose(mf2, mf1);
    const cobj = normalize(upscale(mf(obj), fac));
    const [ohx, owx] = shape(cobj);
    const cands = sfilter(inds, (ij) => ij[0] <= h - ohx && ij[1] <= w - owx);
    if (len(cands) === 0) {
      continue;
    }
    const locc = rng.choice(totuple(cands));
    const cobjo = shift(cobj, locc);
    const cobji = sfilter(cobjo, (cij) => !eq(cij[0], fgc));
    const cobjoi = toindices(cobjo);
    if (cobjoi.issubset(inds)) {
      succ += 1;
      inds = inds.difference(backdrop(outbox(cobjoi)));
      gi = paint(gi, cobji);
      go = paint(go, cobjo);
    }
  }
  return { input: gi, output: go };
}

function generate_6855a6e4(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [4, 30] as const);
  const fullh = unifint(rng, diff_lb, diff_ub, [10, h] as const);
  const fullw = unifint(rng, diff_lb, diff_ub, [3, w] as const);
  const [bgc, objc, boxc] = unpack(rng.sample(cols, 3), 3);
  const bcanv = canvas(bgc, [h, w]);
  const loci = rng.randint(0, h - fullh);
  const locj = rng.randint(0, w - fullw);
  const loc = [loci, locj] as const;
  let canvi = canvas(bgc, [fullh, fullw]);
  let canvo = canvas(bgc, [fullh, fullw]);
  const objh = Math.floor((Math.floor(fullh / 2) - 3) / 2);
  let br = connect([objh + 1, 0], [objh + 1, fullw - 1]);
  br = br.union(
    set<IntegerTuple>([
      [objh + 2, 0],
      [objh + 2, fullw - 1],
    ]),
  );
  const cands = backdrop(
    frozenset(
      set<IntegerTuple>([
        [0, 1],
        [objh - 1, fullw - 2],
      ]),
    ),
  );
  for (let k = 0; k < 2; k++) {
    canvi = fill(canvi, boxc, br);
    canvo = fill(canvo, boxc, br);
    const ncellsd = unifint(rng, diff_lb, diff_ub, [
      0,
      Math.floor((objh * (fullw - 2)) / 2),
    ] as const);
    let ncells: number = rng.choice([ncellsd, objh * (fullw - 2) - ncellsd] as const);
    ncells = Math.min(Math.max(1, ncells), objh * (fullw - 2));
    const cells = frozenset(rng.sample(totuple(cands), ncells));
    canvi = fill(canvi, objc, cells);
    canvo = fill(canvo, objc, shift(hmirror(cells), [objh + 3, 0]));
    canvi = hmirror(canvi);
    canvo = hmirror(canvo);
  }
  let gi = paint(bcanv, shift(asobject(canvi), loc));
  let go = paint(bcanv, shift(asobject(canvo), loc));
  if (rng.choice([true, false])) {
    gi = dmirror(gi);
    go = dmirror(go);
  }
  return { input: gi, output: go };
}

function generate_39a8645d(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [15, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [15, 30] as const);
  const oh = rng.randint(2, 4);
  const ow = rng.randint(2, 4);
  const bgc = rng.choice(cols);
  const remcols = remove(bgc, cols);
  const nobjs = unifint(rng, diff_lb, diff_ub, [1, oh + ow] as const);
  const ccols = rng.sample(remcols, nobjs + 1);
  const mxcol = at(ccols, 0);
  const rcols = ccols.slice(1);
  const maxnocc = unifint(rng, diff_lb, diff_ub, [
    nobjs + 2,
    Math.max(nobjs + 2, Math.floor((h * w) / 16)),
  ] as const);
  let tr = 0;
  const maxtr = 10 * maxnocc;
  let succ = 0;
  const allobjs = [];
  const bounds = asindices(canvas(-1, [oh, ow]));
  let cobj: Indices;
  for (let k = 0; k < nobjs + 1; k++) {
    while (true) {
      const ncells = rng.randint(oh + ow - 1, oh * ow);
      cobj = set<IntegerTuple>([rng.choice(totuple(bounds))]);
      while (!eq(shape(cobj), [oh, ow] as const) && len(cobj) < ncells) {
        setAdd(
          cobj,
          rng.choice(totuple(bounds.difference(cobj).intersection(mapply(neighbors, cobj)))),
        );
      }
      if (!contains(allobjs, cobj)) {
        break;
      }
    }
    allobjs.push(frozenset(cobj));
  }
  const mcobj = normalize(at(allobjs, 0));
  const remobjs = apply(normalize, allobjs.slice(1));
  let mxobjcounter = 0;
  const remobjcounter = new PyDict<Indices, number>(remobjs.map((robj) => [robj, 0] as const));
  let gi = canvas(bgc, [h, w]);
  let inds = asindices(gi);
  let col: number;
  let obj: Indices;
  while (tr < maxtr && succ < maxnocc) {
    tr += 1;
    const candobjs = remobjcounter
      .items()
      .filter(([_robj, cnt]) => cnt + 1 < mxobjcounter)
      .map(([robj, _cnt]) => robj);
    if (len(candobjs) === 0 || rng.randint(0, 100) / 100 > diff_lb) {
      obj = mcobj;
      col = mxcol;
    } else {
      obj = rng.choice(candobjs);
      col = at(rcols, indexOf(remobjs, obj));
    }
    const cands = sfilter(inds, (ij) => ij[0] <= h - oh && ij[1] <= w - ow);
    if (len(cands) === 0) {
      break;
    }
    const loc = rng.choice(totuple(cands));
    const plcd = shift(obj, loc);
    if (plcd.issubset(inds.difference(mapply(neighbors, ofcolor(gi, col))))) {
      succ += 1;
      inds = inds.difference(plcd).difference(mapply(dneighbors, plcd));
      gi = fill(gi, col, plcd);
      if (contains(remobjcounter, obj)) {
        remobjcounter.set(obj, remobjcounter.get(obj) + 1);
      } else {
        mxobjcounter += 1;
      }
    }
  }
  const go = fill(canvas(bgc, shape(mcobj)), mxcol, mcobj);
  return { input: gi, output: go };
}

function generate_150deff5(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = difference(interval(0, 10, 1), [2, 8] as const);
  const bo = set<IntegerTuple>([
    [0, 0],
    [0, 1],
    [1, 0],
    [1, 1],
  ]);
  const ro1 = set<IntegerTuple>([
    [0, 0],
    [0, 1],
    [0, 2],
  ]);
  const ro2 = set<IntegerTuple>([
    [0, 0],
    [1, 0],
    [2, 0],
  ]);
  const boforb = set<IntegerTuple>();
  const reforb = set<IntegerTuple>();
  const h = unifint(rng, diff_lb, diff_ub, [8, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [8, 30] as const);
  const [bgc, fgc] = unpack(rng.sample(cols, 2), 2);
  let gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [h, w]);
  const noccs = unifint(rng, diff_lb, diff_ub, [2, Math.floor((h * w) / 10)] as const);
  let inds = asindices(gi);
  for (let k = 0; k < noccs; k++) {
    const [obj, col] = rng.choice<readonly [Indices, number]>([
      [bo, 8],
      [rng.choice([ro1, ro2]), 2],
    ]);
    const [oh, ow] = shape(obj);
    let cands = sfilter(
      inds,
      (ij) => ij[0] <= h - oh && ij[1] <= w - ow && shift(obj, ij).issubset(inds),
    );
    if (col === 8) {
      cands = sfilter(cands, (ij) => !contains(boforb, ij));
    } else {
      cands = sfilter(cands, (ij) => !contains(reforb, ij));
    }
    if (len(cands) === 0) {
      break;
    }
    const loc = rng.choice(totuple(cands));
    if (col === 8) {
      boforb.add(add(loc, [-2, 0] as const));
      boforb.add(add(loc, [2, 0] as const));
      boforb.add(add(loc, [0, 2] as const));
      boforb.add(add(loc, [0, -2] as const));
    }
    if (col === 2) {
      if (eq(obj, ro1)) {
        reforb.add(add(loc, [0, 3] as const));
        reforb.add(add(loc, [0, -3] as const));
      } else {
        reforb.add(add(loc, [1, 0] as const));
        reforb.add(add(loc, [-1, 0] as const));
      }
    }
    const plcd = shift(obj, loc);
    gi = fill(gi, fgc, plcd);
    go = fill(go, col, plcd);
    inds = inds.difference(plcd);
  }
  return { input: gi, output: go };
}

function generate_239be575(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const sq = set<IntegerTuple>([
    [0, 0],
    [1, 1],
    [0, 1],
    [1, 0],
  ]);
  const cols = interval(1, 10, 1);
  let gi: Grid;
  let markcol: number;
  let opts2: IntegerTuple[];
  let shoudlhaveconn: boolean;
  while (true) {
    const h = unifint(rng, diff_lb, diff_ub, [6, 30] as const);
    const w = unifint(rng, diff_lb, diff_ub, [6, 30] as const);
    const c = canvas(0, [h, w]);
    const fullcands = totuple(asindices(canvas(0, [h - 1, w - 1])));
    let a = rng.choice(fullcands);
    let b = rng.choice(remove(a, fullcands));
    const mindist = unifint(rng, diff_lb, diff_ub, [3, Math.min(h, w) - 3] as const);
    while (!(manhattan(set<IntegerTuple>([a]), set<IntegerTuple>([b])) > mindist)) {
      a = rng.choice(fullcands);
      b = rng.choice(remove(a, fullcands));
    }
    let sqcol: number;
    [markcol, sqcol] = unpack(rng.sample(cols, 2), 2);
    const aset = shift(sq, a);
    const bset = shift(sq, b);
    gi = fill(c, sqcol, aset.union(bset));
    const cands = totuple(ofcolor(gi, 0));
    const num = unifint(rng, diff_lb, diff_ub, [
      int(0.25 * len(cands)),
      int(0.75 * len(cands)),
    ] as const);
    const mc = rng.sample(cands, num);
    gi = fill(gi, markcol, mc);
    let bobjs = colorfilter(objects(gi, T, F, F), markcol);
    let ss = sfilter(bobjs, fork(both, rbind(adjacent, aset), rbind(adjacent, bset)));
    shoudlhaveconn = rng.choice([true, false]);
    if (shoudlhaveconn && len(ss) === 0) {
      while (len(ss) === 0) {
        opts2 = totuple(ofcolor(gi, 0));
        if (len(opts2) === 0) {
          break;
        }
        gi = fill(gi, markcol, set<IntegerTuple>([rng.choice(opts2)]));
        bobjs = colorfilter(objects(gi, T, F, F), markcol);
        ss = sfilter(bobjs, fork(both, rbind(adjacent, aset), rbind(adjacent, bset)));
      }
    } else {
      if (!shoudlhaveconn && len(ss) > 0) {
        while (len(ss) > 0) {
          opts2 = totuple(ofcolor(gi, markcol));
          if (len(opts2) === 0) {
            break;
          }
          gi = fill(gi, 0, set<IntegerTuple>([rng.choice(opts2)]));
          bobjs = colorfilter(objects(gi, T, F, F), markcol);
          ss = sfilter(bobjs, fork(both, rbind(adjacent, aset), rbind(adjacent, bset)));
        }
      }
    }
    if (len(palette(gi)) === 3) {
      break;
    }
  }
  const oc = shoudlhaveconn ? markcol : 0;
  const go = canvas(oc, [1, 1]);
  return { input: gi, output: go };
}

function generate_0dfd9992(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const hp = unifint(rng, diff_lb, diff_ub, [2, Math.floor(h / 2) - 1] as const);
  const wp = unifint(rng, diff_lb, diff_ub, [2, Math.floor(w / 2) - 1] as const);
  const pinds = asindices(canvas(-1, [hp, wp]));
  const [bgc, noisec] = unpack(rng.sample(cols, 2), 2);
  const remcols = remove(noisec, cols);
  const numc = unifint(rng, diff_lb, diff_ub, [2, 9] as const);
  const ccols = rng.sample(remcols, numc);
  const pobj = frozenset(set([...pinds].map((ij): Cell => [rng.choice(ccols), ij])));
  let go = canvas(bgc, [h, w]);
  const locs = set<IntegerTuple>();
  let loci: number;
  let locj: number;
  for (let a = 0; a < floordiv(h, hp) + 1; a++) {
    for (let b = 0; b < floordiv(w, wp) + 1; b++) {
      loci = hp * a;
      locj = wp * b;
      locs.add([loci, locj] as const);
      const mf1: (obj: ArcObject) => ArcObject = mod(a, 2) === 0 ? identity : hmirror;
      const mf2: (obj: ArcObject) => ArcObject = mod(b, 2) === 0 ? identity : vmirror;
      const mf = compose(mf1, mf2);
      go = paint(go, shift(mf(pobj), [loci, locj]));
    }
  }
  const numpatches = unifint(rng, diff_lb, diff_ub, [
    1,
    int(Math.floor((h * w) ** 0.5 / 2)),
  ] as const);
  let gi: Grid = [...go].map((e) => e);
  const places = apply(lbind(shift, pinds), locs);
  let succ = 0;
  let tr = 0;
  const maxtr = 5 * numpatches;
  while (succ < numpatches && tr < maxtr) {
    tr += 1;
    const ph = rng.randint(2, 6);
    const pw = rng.randint(2, 6);
    loci = rng.randint(0, h - ph);
    locj = rng.randint(0, w - pw);
    const ptch = backdrop(
      frozenset(
        set<IntegerTuple>([
          [loci, locj],
          [loci + ph - 1, locj + pw - 1],
        ]),
      ),
    );
    const gi2 = fill(gi, noisec, ptch);
    const candset = apply(normalize, apply(rbind(toobject, gi2), places));
    if (
      len(sfilter(gi2, (r) => !contains(r, noisec))) >= 2 &&
      len(sfilter(dmirror(gi2), (r) => !contains(r, noisec))) >= 2 &&
      (contains(candset, pobj) ||
        contains(candset, hmirror(pobj)) ||
        contains(candset, vmirror(pobj)) ||
        contains(candset, hmirror(vmirror(pobj))))
    ) {
      succ += 1;
      gi = gi2;
    }
  }
  const rotf = rng.choice<GridFunction>([identity, rot90, rot180, rot270]);
  gi = rotf(gi);
  go = rotf(go);
  return { input: gi, output: go };
}

function generate_d06dbe63(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = remove(5, interval(0, 10, 1));
  const obj1 = mapply(
    lbind(
      shift,
      frozenset(
        set<IntegerTuple>([
          [-1, 0],
          [-2, 0],
          [-2, 1],
          [-2, 2],
        ]),
      ),
    ),
    set(range(15).map((k) => [-k * 2, 2 * k] as const)),
  );
  const obj2 = mapply(
    lbind(
      shift,
      frozenset(
        set<IntegerTuple>([
          [1, 0],
          [2, 0],
          [2, -1],
          [2, -2],
        ]),
      ),
    ),
    set(range(15).map((k) => [2 * k, -k * 2] as const)),
  );
  const obj = obj1.union(obj2);
  const objf = (ij: IntegerTuple) => shift(obj, ij);
  const h = unifint(rng, diff_lb, diff_ub, [5, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [5, 30] as const);
  const ndots = unifint(rng, diff_lb, diff_ub, [1, Math.min(h, w)] as const);
  let succ = 0;
  let tr = 0;
  const maxtr = 4 * ndots;
  const [bgc, dotc] = unpack(rng.sample(cols, 2), 2);
  let gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [h, w]);
  let inds = asindices(gi);
  const fullinds = asindices(gi);
  while (tr < maxtr && succ < ndots) {
    tr += 1;
    if (len(inds) === 0) {
      break;
    }
    const loc = rng.choice(totuple(inds));
    const objx = objf(loc);
    if (objx.intersection(fullinds).issubset(inds)) {
      succ += 1;
      inds = inds.difference(objx).difference(set<IntegerTuple>([loc]));
      gi = fill(gi, dotc, set<IntegerTuple>([loc]));
      go = fill(go, dotc, set<IntegerTuple>([loc]));
      go = fill(go, 5, objx);
    }
  }
  return { input: gi, output: go };
}

function generate_a3325580(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const nobjs = unifint(rng, diff_lb, diff_ub, [1, 9] as const);
  const bgc = rng.choice(cols);
  const remcols = remove(bgc, cols);
  const ccols = rng.sample(remcols, nobjs);
  let gi = canvas(bgc, [h, w]);
  const lmocc = set<number>();
  let inds = asindices(gi);
  let succ = 0;
  let tr = 0;
  const maxtr = 4 * nobjs;
  const seenobjs = set();
  let mxncells = rng.randint(nobjs + 1, 30);
  while (succ < nobjs && tr < maxtr) {
    tr += 1;
    let oh = rng.randint(1, 6);
    let ow = rng.randint(1, 6);
    while (oh * ow < mxncells) {
      oh = rng.randint(1, 6);
      ow = rng.randint(1, 6);
    }
    const bounds = asindices(canvas(-1, [oh, ow]));
    let ncells = rng.randint(1, oh * ow);
    ncells = unifint(rng, diff_lb, diff_ub, [1, Math.min(oh * ow, mxncells)] as const);
    ncells = unifint(rng, diff_lb, diff_ub, [ncells, Math.min(oh * ow, mxncells)] as const);
    const sp = rng.choice(totuple(bounds));
    let obj: Indices = set<IntegerTuple>([sp]);
    for (let k = 0; k < ncells - 1; k++) {
      setAdd(
        obj,
        rng.choice(totuple(bounds.difference(obj).intersection(mapply(dneighbors, obj)))),
      );
    }
    if (contains(seenobjs, obj)) {
      continue;
    }
    obj = normalize(obj);
    [oh, ow] = shape(obj);
    const cands = sfilter(
      inds,
      (ij) => ij[0] <= h - oh && ij[1] <= w - ow && !contains(lmocc, ij[1]),
    );
    if (len(cands) === 0) {
      continue;
    }
    const loc = rng.choice(totuple(cands));
    const plcd = shift(obj, loc);
    if (plcd.issubset(inds)) {
      inds = inds.difference(plcd).difference(mapply(dneighbors, plcd));
      gi = fill(gi, at(ccols, succ), plcd);
      succ += 1;
      lmocc.add(loc[1]);
    }
  }
  const allobjs = objects(gi, T, F, T);
  mxncells = valmax(allobjs, size);
  const objs = order(sfilter(allobjs, matcher(size, mxncells)), leftmost);
  let go = canvas(-1, [mxncells, len(objs)]);
  for (const [idx, o] of enumerate(objs)) {
    go = fill(go, color(o), connect([0, idx], [mxncells - 1, idx]));
  }
  return { input: gi, output: go };
}

function generate_1fad071e(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = remove(1, interval(0, 10, 1));
  const h = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const nbl = rng.randint(0, 5);
  const nobjs = unifint(rng, diff_lb, diff_ub, [
    nbl,
    Math.max(nbl, Math.floor((h * w) / 10)),
  ] as const);
  const [bgc, otherc] = unpack(rng.sample(cols, 2), 2);
  let succ = 0;
  let tr = 0;
  const maxtr = 5 * nobjs;
  let bcount = 0;
  let gi = canvas(bgc, [h, w]);
  let inds = asindices(gi);
  const ofcfrbinds = new PyDict<number, Indices>([
    [1, set()],
    [otherc, set()],
  ]);
  while (succ < nobjs && tr < maxtr) {
    tr += 1;
    let col = rng.choice([1, otherc] as const);
    let oh = rng.randint(1, 3);
    let ow = rng.randint(1, 3);
    if (bcount < nbl) {
      col = 1;
      [oh, ow] = [2, 2];
    } else {
      while (col === 1 && oh === ow && ow === 2) {
        col = rng.choice([1, otherc] as const);
        oh = rng.randint(1, 3);
        ow = rng.randint(1, 3);
      }
    }
    let bd = backdrop(
      frozenset(
        set<IntegerTuple>([
          [0, 0],
          [oh - 1, ow - 1],
        ]),
      ),
    );
    const cands = sfilter(inds, (ij) => ij[0] <= h - oh && ij[1] <= w - ow);
    if (len(cands) === 0) {
      continue;
    }
    const loc = rng.choice(totuple(cands));
    const [_loci, _locj] = loc;
    bd = shift(bd, loc);
    if (bd.issubset(inds) && len(mapply(dneighbors, bd).intersection(ofcfrbinds.get(col))) === 0) {
      succ += 1;
      inds = inds.difference(bd);
      ofcfrbinds.set(col, ofcfrbinds.get(col).union(mapply(dneighbors, bd)).union(bd));
      gi = fill(gi, col, bd);
      if (col === 1 && oh === ow && ow === 2) {
        bcount += 1;
      }
    }
  }
  const go = [concat(repeat(1, bcount), repeat(bgc, 5 - bcount))] as const;
  return { input: gi, output: go };
}

function generate_27a28665(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const mapping: (readonly [number, Indices])[] = [
    [
      1,
      set<IntegerTuple>([
        [0, 0],
        [0, 1],
        [1, 0],
        [1, 2],
        [2, 1],
      ]),
    ] as const,
    [
      2,
      set<IntegerTuple>([
        [0, 0],
        [1, 1],
        [2, 0],
        [0, 2],
        [2, 2],
      ]),
    ] as const,
    [
      3,
      set<IntegerTuple>([
        [2, 0],
        [0, 1],
        [0, 2],
        [1, 1],
        [1, 2],
      ]),
    ] as const,
    [
      6,
      set<IntegerTuple>([
        [1, 1],
        [0, 1],
        [1, 0],
        [1, 2],
        [2, 1],
      ]),
    ] as const,
  ];
  const h = unifint(rng, diff_lb, diff_ub, [3, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [3, 30] as const);
  const [col, shp] = rng.choice(mapping);
  const [bgc, objc] = unpack(rng.sample(cols, 2), 2);
  const fac = unifint(rng, diff_lb, diff_ub, [1, Math.floor(Math.min(h, w) / 3)] as const);
  const go = canvas(col, [1, 1]);
  let gi = canvas(bgc, [h, w]);
  let canv = canvas(bgc, [3, 3]);
  canv = fill(canv, objc, shp);
  canv = upscale(canv, fac);
  const obj = asobject(canv);
  const loci = rng.randint(0, h - 3 * fac);
  const locj = rng.randint(0, w - 3 * fac);
  const loc = [loci, locj] as const;
  gi = paint(gi, shift(obj, loc));
  return { input: gi, output: go };
}

function generate_b775ac94(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  let gi = canvas(0, [1, 1]);
  const bgc = rng.choice(cols);
  const remcols = remove(bgc, cols);
  const nobjs = unifint(rng, diff_lb, diff_ub, [1, Math.floor((h * w) / 25)] as const);
  let succ = 0;
  let tr = 0;
  const maxtr = 5 * nobjs;
  gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [h, w]);
  let inds = asindices(gi);
  while (succ < nobjs && tr < maxtr) {
    tr += 1;
    let oh = rng.randint(2, 5);
    let ow = rng.randint(2, 5);
    const canv = canvas(bgc, [oh, ow]);
    const [c1, c2, c3, c4] = unpack(rng.sample(remcols, 4), 4);
    const obj = set<IntegerTuple>([[0, 0]]);
    const ncellsd = unifint(rng, diff_lb, diff_ub, [0, Math.floor((oh * ow) / 2)] as const);
    let ncells: number = rng.choice([ncellsd, oh * ow - ncellsd] as const);
    ncells = Math.min(Math.max(1, ncells), oh * ow - 1);
    const bounds = asindices(canv);
    for (let k = 0; k < ncells; k++) {
      setAdd(obj, rng.choice(totuple(bounds.difference(obj).intersection(mapply(neighbors, obj)))));
    }
    const gLR = fill(canv, c1, obj);
    const gLL = replace(vmirror(gLR), c1, c2);
    const gUR = replace(hmirror(gLR), c1, c3);
    const gUL = replace(vmirror(hmirror(gLR)), c1, c4);
    const gU = hconcat(gUL, gUR);
    const gL = hconcat(gLL, gLR);
    let g = vconcat(gU, gL);
    let g2 = canvas(bgc, [oh * 2, ow * 2]);
    g2 = fill(g2, c1, shift(obj, [oh, ow]));
    const nkeepcols = unifint(rng, diff_lb, diff_ub, [1, 3] as const);
    const keepcols = rng.sample([c2, c3, c4] as const, nkeepcols);
    for (const cc of [c2, c3, c4] as const) {
      if (!contains(keepcols, cc)) {
        g = replace(g, cc, bgc);
      } else {
        const ofsi = contains([c3, c4], cc) ? -1 : 0;
        const ofsj = contains([c2, c4], cc) ? -1 : 0;
        g2 = fill(g2, cc, set<IntegerTuple>([[oh + ofsi, ow + ofsj]]));
      }
    }
    const rotf = rng.choice<GridFunction>([identity, rot90, rot180, rot270]);
    g = rotf(g);
    g2 = rotf(g2);
    let obji = asobject(g2);
    let objo = asobject(g);
    objo = sfilter(objo, (cij) => cij[0] !== bgc);
    obji = sfilter(obji, (cij) => cij[0] !== bgc);
    const tonorm = invert(ulcorner(objo));
    obji = shift(obji, tonorm);
    objo = shift(objo, tonorm);
    [oh, ow] = shape(objo);
    const cands = sfilter(inds, (ij) => ij[0] <= h - oh && ij[1] <= w - ow);
    if (len(cands) === 0) {
      continue;
    }
    const loc = rng.choice(totuple(cands));
    const plcdi = shift(obji, loc);
    const plcdo = shift(objo, loc);
    const plcdoi = toindices(plcdo);
    if (plcdoi.issubset(inds)) {
      succ += 1;
      inds = inds.difference(plcdoi).difference(mapply(neighbors, plcdoi));
      gi = paint(gi, plcdi);
      go = paint(go, plcdo);
    }
  }
  return { input: gi, output: go };
}

function generate_6f8cd79b(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = remove(8, interval(0, 10, 1));
  const h = unifint(rng, diff_lb, diff_ub, [3, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [3, 30] as const);
  const bgc = rng.choice(cols);
  const remcols = remove(bgc, cols);
  let gi = canvas(bgc, [h, w]);
  const ncols = unifint(rng, diff_lb, diff_ub, [1, 8] as const);
  const ccols = rng.sample(remcols, ncols);
  const ncells = unifint(rng, diff_lb, diff_ub, [0, h * w] as const);
  const inds = asindices(gi);
  const cells = rng.sample(totuple(inds), ncells);
  const obj = set(cells.map((ij): Cell => [rng.choice(ccols), ij]));
  gi = paint(gi, obj);
  const brd = box(inds);
  const go = fill(gi, 8, brd);
  return { input: gi, output: go };
}

function generate_de1cd16c(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [6, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [6, 30] as const);
  const noisec = rng.choice(cols);
  const remcols = remove(noisec, cols);
  const ncols = unifint(rng, diff_lb, diff_ub, [2, 9] as const);
  let ccols = rng.sample(remcols, ncols);
  const starterc = at(ccols, 0);
  ccols = ccols.slice(1);
  let gi = canvas(starterc, [h, w]);
  for (let k = 0; k < ncols - 1; k++) {
    const bigobjs = sfilter(objects(gi, T, F, F), (o) => height(o) > 5 || width(o) > 5);
    if (len(bigobjs) === 0) {
      break;
    }
    const obj = rng.choice(totuple(bigobjs));
    let ax: number;
    if (height(obj) > 5 && width(obj) > 5) {
      ax = rng.choice([0, 1]);
    } else if (height(obj) > 5) {
      ax = 0;
    } else {
      // width(obj) > 5
      ax = 1;
    }
    let newobj: Indices;
    if (ax === 0) {
      const loci = rng.randint(uppermost(obj) + 3, lowermost(obj) - 2);
      newobj = sfilter(toindices(obj), (ij) => ij[0] >= loci);
    } else {
      const locj = rng.randint(leftmost(obj) + 3, rightmost(obj) - 2);
      newobj = sfilter(toindices(obj), (ij) => ij[1] >= locj);
    }
    gi = fill(gi, at(ccols, k), newobj);
  }
  const objs = order(objects(gi, T, F, F), size);
  const allowances = objs.map((o) =>
    Math.max(1, Math.floor(((height(o) - 2) * (width(o) - 2)) / 2)),
  );
  const meann = Math.max(1, int(truediv(sum(allowances), len(allowances))));
  let chosens = allowances.map((allowed) => rng.randint(0, Math.min(meann, allowed)));
  while (pymax(chosens) === 0) {
    chosens = allowances.map((allowed) => rng.randint(0, Math.min(meann, allowed)));
  }
  const mx = pymax(chosens);
  let fixinds = enumerate(chosens)
    .filter(([_idx, cnt]) => eq(cnt, mx))
    .map(([idx, _cnt]) => idx);
  const gogoind = at(fixinds, 0);
  const gogocol = color(at(objs, gogoind));
  fixinds = fixinds.slice(1);
  for (const idx of fixinds) {
    chosens[idx] = at(chosens, idx) - 1;
  }
  for (const [obj, cnt] of zip(objs, chosens)) {
    const locs = rng.sample(totuple(backdrop(inbox(toindices(obj)))), cnt);
    gi = fill(gi, noisec, locs);
  }
  const go = canvas(gogocol, [1, 1]);
  return { input: gi, output: go };
}

function generate_6cf79266(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = difference(interval(0, 10, 1), [0, 1] as const);
  const h = unifint(rng, diff_lb, diff_ub, [6, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [6, 30] as const);
  const nfgcs = unifint(rng, diff_lb, diff_ub, [1, 8] as const);
  const ccols = rng.sample(cols, nfgcs);
  let gi = canvas(-1, [h, w]);
  const fgcobj = set([...asindices(gi)].map((ij): Cell => [rng.choice(ccols), ij]));
  gi = paint(gi, fgcobj);
  const num = unifint(rng, diff_lb, diff_ub, [int(0.25 * h * w), int(0.6 * h * w)] as const);
  const inds = asindices(gi);
  let locs = rng.sample(totuple(inds), num);
  gi = fill(gi, 0, locs);
  const noccs = unifint(rng, diff_lb, diff_ub, [1, Math.floor((h * w) / 16)] as const);
  const cands = asindices(canvas(-1, [h - 2, w - 2]));
  locs = rng.sample(totuple(cands), noccs);
  const mini = asindices(canvas(-1, [3, 3]));
  for (const ij of locs) {
    gi = fill(gi, 0, shift(mini, ij));
  }
  const trg = recolor(0, mini);
  const occs = occurrences(gi, trg);
  let go: Grid = [...gi].map((e) => e);
  for (const occ of occs) {
    go = fill(go, 1, shift(mini, occ));
  }
  return { input: gi, output: go };
}

function generate_a85d4709(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = difference(interval(0, 10, 1), [2, 3, 4] as const);
  const h = unifint(rng, diff_lb, diff_ub, [2, 30] as const);
  const w3 = unifint(rng, diff_lb, diff_ub, [1, 10] as const);
  const w = w3 * 3;
  const [bgc, dotc] = unpack(rng.sample(cols, 2), 2);
  let gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [h, w]);
  for (let ii = 0; ii < h; ii++) {
    let loc = rng.randint(0, w3 - 1);
    const dev = unifint(rng, diff_lb, diff_ub, [0, Math.floor(w3 / 2) + 1] as const);
    loc = Math.floor(w3 / 3) + rng.choice([dev, -dev] as const);
    loc = Math.min(Math.max(0, loc), w3 - 1);
    const [ofs, col] = unpack(
      rng.choice([
        [0, 2],
        [1, 4],
        [2, 3],
      ] as const),
      2,
    );
    loc = loc + ofs * w3;
    gi = fill(gi, dotc, set<IntegerTuple>([[ii, loc]]));
    const ln = connect([ii, 0], [ii, w - 1]);
    go = fill(go, col, ln);
  }
  return { input: gi, output: go };
}

function generate_f8a8fe49(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [4, 30] as const);
  const fullh = unifint(rng, diff_lb, diff_ub, [10, h] as const);
  const fullw = unifint(rng, diff_lb, diff_ub, [3, w] as const);
  const [bgc, objc, boxc] = unpack(rng.sample(cols, 3), 3);
  const bcanv = canvas(bgc, [h, w]);
  const loci = rng.randint(0, h - fullh);
  const locj = rng.randint(0, w - fullw);
  const loc = [loci, locj] as const;
  let canvi = canvas(bgc, [fullh, fullw]);
  let canvo = canvas(bgc, [fullh, fullw]);
  const objh = Math.floor((Math.floor(fullh / 2) - 3) / 2);
  let br = connect([objh + 1, 0], [objh + 1, fullw - 1]);
  br = br.union(
    set<IntegerTuple>([
      [objh + 2, 0],
      [objh + 2, fullw - 1],
    ]),
  );
  const cands = backdrop(
    frozenset(
      set<IntegerTuple>([
        [0, 1],
        [objh - 1, fullw - 2],
      ]),
    ),
  );
  for (let k = 0; k < 2; k++) {
    canvi = fill(canvi, boxc, br);
    canvo = fill(canvo, boxc, br);
    const ncellsd = unifint(rng, diff_lb, diff_ub, [
      0,
      Math.floor((objh * (fullw - 2)) / 2),
    ] as const);
    let ncells: number = rng.choice([ncellsd, objh * (fullw - 2) - ncellsd] as const);
    ncells = Math.min(Math.max(1, ncells), objh * (fullw - 2));
    let cells = frozenset(rng.sample(totuple(cands), ncells));
    cells = insert(rng.choice(totuple(sfilter(cands, (ij) => ij[0] === lowermost(cands)))), cells);
    canvi = fill(canvi, objc, cells);
    canvo = fill(canvo, objc, shift(hmirror(cells), [objh + 3, 0]));
    canvi = hmirror(canvi);
    canvo = hmirror(canvo);
  }
  let gi = paint(bcanv, shift(asobject(canvi), loc));
  let go = paint(bcanv, shift(asobject(canvo), loc));
  if (rng.choice([true, false])) {
    gi = dmirror(gi);
    go = dmirror(go);
  }
  [go, gi] = [gi, go];
  return { input: gi, output: go };
}

function generate_f8c80d96(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = remove(5, interval(0, 10, 1));
  const h = unifint(rng, diff_lb, diff_ub, [8, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [8, 30] as const);
  const ow = rng.randint(1, h > 10 ? 3 : 2);
  const oh = rng.randint(1, w > 10 ? 3 : 2);
  const loci = rng.randint(-oh + 1, h - 1);
  const locj = rng.randint(-ow + 1, w - 1);
  const obj = backdrop(
    frozenset(
      set<IntegerTuple>([
        [loci, locj],
        [loci + oh - 1, locj + ow - 1],
      ]),
    ),
  );
  const [bgc, linc] = unpack(rng.sample(cols, 2), 2);
  let gi = canvas(bgc, [h, w]);
  let go = canvas(5, [h, w]);
  const [ulci, ulcj] = unpack(decrement(ulcorner(obj)), 2);
  const [lrci, lrcj] = unpack(increment(lrcorner(obj)), 2);
  const hoffs = rng.randint(2, h > 12 ? 4 : 3);
  const woffs = rng.randint(2, w > 12 ? 4 : 3);
  let lns = [];
  for (let k = 0; k < floordiv(Math.max(h, w), Math.min(hoffs, woffs)) + 1; k++) {
    const lnx = box(
      frozenset(
        set([
          [ulci - hoffs * k, ulcj - woffs * k] as const,
          [lrci + hoffs * k, lrcj + woffs * k] as const,
        ]),
      ),
    );
    lns.push(lnx);
  }
  const inds = asindices(gi);
  lns = sfilter(lns, (ln) => len(ln.intersection(inds)) > 0);
  const nlns = len(lns);
  const nmissing = unifint(rng, diff_lb, diff_ub, [0, nlns - 2] as const);
  const npresent = nlns - nmissing;
  for (let k = 0; k < npresent; k++) {
    gi = fill(gi, linc, at(lns, k));
  }
  for (const ln of lns) {
    go = fill(go, linc, ln);
  }
  return { input: gi, output: go };
}

function generate_f35d900a(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = remove(5, interval(0, 10, 1));
  const h = unifint(rng, diff_lb, diff_ub, [4, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [4, 30] as const);
  const [bgc, c1, c2] = unpack(rng.sample(cols, 3), 3);
  const oh = unifint(rng, diff_lb, diff_ub, [4, h] as const);
  const ow = unifint(rng, diff_lb, diff_ub, [4, w] as const);
  const loci = rng.randint(0, h - oh);
  const locj = rng.randint(0, w - ow);
  const bx = box(
    frozenset(
      set<IntegerTuple>([
        [loci, locj],
        [loci + oh - 1, locj + ow - 1],
      ]),
    ),
  );
  let gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [h, w]);
  gi = fill(gi, c1, set<IntegerTuple>([ulcorner(bx), lrcorner(bx)]));
  gi = fill(gi, c2, set<IntegerTuple>([urcorner(bx), llcorner(bx)]));
  go = fill(go, c1, set<IntegerTuple>([ulcorner(bx), lrcorner(bx)]));
  go = fill(go, c2, set<IntegerTuple>([urcorner(bx), llcorner(bx)]));
  go = fill(go, c1, neighbors(urcorner(bx)).union(neighbors(llcorner(bx))));
  go = fill(go, c2, neighbors(ulcorner(bx)).union(neighbors(lrcorner(bx))));
  const crns = corners(bx);
  for (const c of crns) {
    const cobj = set([c]);
    const remcorns = remove(c, crns);
    const belongto = sfilter(
      bx,
      (ij) =>
        manhattan(cobj, set([ij])) <= valmin(remcorns, (cc) => manhattan(set([ij]), set([cc]))),
    );
    const valids = sfilter(
      belongto,
      (ij) => manhattan(cobj, set([ij])) > 1 && mod(manhattan(cobj, set([ij])), 2) === 0,
    );
    go = fill(go, 5, valids);
  }
  return { input: gi, output: go };
}

function generate_ec883f72(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [6, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [6, 30] as const);
  const ohi = unifint(rng, diff_lb, diff_ub, [0, h - 6] as const);
  const owi = unifint(rng, diff_lb, diff_ub, [0, w - 6] as const);
  const oh = h - 5 - ohi;
  const ow = w - 5 - owi;
  const loci = rng.randint(0, h - oh);
  const locj = rng.randint(0, w - ow);
  const [bgc, sqc, linc] = unpack(rng.sample(cols, 3), 3);
  let gi = canvas(bgc, [h, w]);
  const obj = backdrop(
    frozenset(
      set<IntegerTuple>([
        [loci, locj],
        [loci + oh - 1, locj + ow - 1],
      ]),
    ),
  );
  gi = fill(gi, sqc, obj);
  const obob = outbox(outbox(obj));
  gi = fill(gi, linc, obob);
  const ln1 = shoot(lrcorner(obob), [1, 1]);
  const ln2 = shoot(ulcorner(obob), [-1, -1]);
  const ln3 = shoot(llcorner(obob), [1, -1]);
  const ln4 = shoot(urcorner(obob), [-1, 1]);
  const lns = ln1.union(ln2).union(ln3).union(ln4).intersection(ofcolor(gi, bgc));
  const go = fill(gi, sqc, lns);
  return { input: gi, output: go };
}

function generate_ea786f4a(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  let h = unifint(rng, diff_lb, diff_ub, [1, 14] as const);
  let w = unifint(rng, diff_lb, diff_ub, [1, 14] as const);
  const mp = [h, w] as const;
  h = 2 * h + 1;
  w = 2 * w + 1;
  const linc = rng.choice(cols);
  const remcols = remove(linc, cols);
  let gi = canvas(linc, [h, w]);
  const inds = remove(mp, asindices(gi));
  const ncols = unifint(rng, diff_lb, diff_ub, [1, 9] as const);
  const ccols = rng.sample(remcols, ncols);
  const obj = set([...inds].map((ij): Cell => [rng.choice(ccols), ij]));
  gi = paint(gi, obj);
  const ln1 = shoot(mp, [-1, -1]);
  const ln2 = shoot(mp, [1, 1]);
  const ln3 = shoot(mp, [-1, 1]);
  const ln4 = shoot(mp, [1, -1]);
  const go = fill(gi, linc, ln1.union(ln2).union(ln3).union(ln4));
  return { input: gi, output: go };
}

function generate_ded97339(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [5, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [5, 30] as const);
  const [bgc, linc] = unpack(rng.sample(cols, 2), 2);
  let gi = canvas(bgc, [h, w]);
  const ndots = unifint(rng, diff_lb, diff_ub, [2, Math.floor((h * w) / 9)] as const);
  let inds = asindices(gi);
  const dots = set<IntegerTuple>();
  if (rng.choice([true, false])) {
    const idxi = rng.randint(0, h - 1);
    const locj1 = rng.randint(0, w - 3);
    const locj2 = rng.randint(locj1 + 2, w - 1);
    dots.add([idxi, locj1] as const);
    dots.add([idxi, locj2] as const);
  } else {
    const idxj = rng.randint(0, w - 1);
    const loci1 = rng.randint(0, h - 3);
    const loci2 = rng.randint(loci1 + 2, h - 1);
    dots.add([loci1, idxj] as const);
    dots.add([loci2, idxj] as const);
  }
  for (let k = 0; k < ndots - 2; k++) {
    if (len(inds) === 0) {
      break;
    }
    const loc = rng.choice(totuple(inds));
    dots.add(loc);
    inds = inds.difference(set<IntegerTuple>([loc])).difference(neighbors(loc));
  }
  gi = fill(gi, linc, dots);
  let go: Grid = [...gi].map((e) => e);
  let a: number;
  let b: number;
  for (const [ii, r] of enumerate(gi)) {
    if (count(r, linc) > 1) {
      a = indexOf(r, linc);
      b = w - indexOf(reversed(r), linc) - 1;
      go = fill(go, linc, connect([ii, a], [ii, b]));
    }
  }
  go = dmirror(go);
  gi = dmirror(gi);
  for (const [ii, r] of enumerate(gi)) {
    if (count(r, linc) > 1) {
      a = indexOf(r, linc);
      b = h - indexOf(reversed(r), linc) - 1;
      go = fill(go, linc, connect([ii, a], [ii, b]));
    }
  }
  return { input: gi, output: go };
}

function generate_d687bc17(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [5, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [5, 30] as const);
  const [bgc, c1, c2, c3, c4] = unpack(rng.sample(cols, 5), 5);
  let gi = canvas(bgc, [h, w]);
  gi = fill(gi, c1, connect([0, 0], [0, w - 1]));
  gi = fill(gi, c2, connect([0, 0], [h - 1, 0]));
  gi = fill(gi, c3, connect([h - 1, w - 1], [0, w - 1]));
  gi = fill(gi, c4, connect([h - 1, w - 1], [h - 1, 0]));
  const inds = asindices(gi);
  gi = fill(gi, bgc, corners(inds));
  let go: Grid = [...gi].map((e) => e);
  const cands = backdrop(inbox(inbox(inds)));
  const ndots = unifint(rng, diff_lb, diff_ub, [1, Math.min(len(cands), h + h + w + w)] as const);
  const dotinds = rng.sample(totuple(cands), ndots);
  const dots = set(dotinds.map((ij): Cell => [rng.choice([c1, c2, c3, c4]), ij]));
  const n1 = toindices(sfilter(dots, (cij) => eq(cij[0], c1)));
  let n1coverage = apply(last, n1);
  if (len(n1coverage) === w - 4 && w > 5) {
    n1coverage = remove(rng.choice(totuple(n1coverage)), n1coverage);
  }
  let loci: number;
  for (const jj of n1coverage) {
    loci = rng.choice([...sfilter(n1, (ij) => eq(ij[1], jj))].map((ij) => ij[0]));
    gi = fill(gi, c1, set([[loci, jj] as const]));
    go = fill(go, c1, set([[1, jj] as const]));
  }
  const n2 = toindices(sfilter(dots, (cij) => eq(cij[0], c2)));
  let n2coverage = apply(first, n2);
  if (len(n2coverage) === h - 4 && h > 5) {
    n2coverage = remove(rng.choice(totuple(n2coverage)), n2coverage);
  }
  let locj: number;
  for (const ii of n2coverage) {
    locj = rng.choice([...sfilter(n2, (ij) => eq(ij[0], ii))].map((ij) => ij[1]));
    gi = fill(gi, c2, set([[ii, locj] as const]));
    go = fill(go, c2, set([[ii, 1] as const]));
  }
  const n3 = toindices(sfilter(dots, (cij) => eq(cij[0], c4)));
  let n3coverage = apply(last, n3);
  if (len(n3coverage) === w - 4 && w > 5) {
    n3coverage = remove(rng.choice(totuple(n3coverage)), n3coverage);
  }
  for (const jj of n3coverage) {
    loci = rng.choice([...sfilter(n3, (ij) => eq(ij[1], jj))].map((ij) => ij[0]));
    gi = fill(gi, c4, set([[loci, jj] as const]));
    go = fill(go, c4, set([[h - 2, jj] as const]));
  }
  const n4 = toindices(sfilter(dots, (cij) => eq(cij[0], c3)));
  let n4coverage = apply(first, n4);
  if (len(n4coverage) === h - 4 && h > 5) {
    n4coverage = remove(rng.choice(totuple(n4coverage)), n4coverage);
  }
  for (const ii of n4coverage) {
    locj = rng.choice([...sfilter(n4, (ij) => eq(ij[0], ii))].map((ij) => ij[1]));
    gi = fill(gi, c3, set([[ii, locj] as const]));
    go = fill(go, c3, set([[ii, w - 2] as const]));
  }
  const noisecands = ofcolor(gi, bgc);
  const noisecols = difference(cols, [bgc, c1, c2, c3, c4] as const);
  let nnoise = unifint(rng, diff_lb, diff_ub, [0, len(noisecands)] as const);
  const ub = Math.floor((h * w - 2 * h - 2 * (w - 2)) / 2) - ndots - 1;
  nnoise = unifint(rng, diff_lb, diff_ub, [0, Math.max(0, ub)] as const);
  const noise = rng.sample(totuple(noisecands), nnoise);
  const noiseobj = set(noise.map((ij): Cell => [rng.choice(noisecols), ij]));
  gi = paint(gi, noiseobj);
  return { input: gi, output: go };
}

function generate_d90796e8(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = difference(interval(0, 10, 1), [8, 2, 3] as const);
  const h = unifint(rng, diff_lb, diff_ub, [3, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [3, 30] as const);
  const [bgc, noisec] = unpack(rng.sample(cols, 2), 2);
  let gi = canvas(bgc, [h, w]);
  const nocc = unifint(rng, diff_lb, diff_ub, [1, Math.floor((h * w) / 3)] as const);
  const inds = asindices(gi);
  const locs = rng.sample(totuple(inds), nocc);
  const obj = frozenset(set(locs.map((ij): Cell => [rng.choice([noisec, 2, 3]), ij])));
  gi = paint(gi, obj);
  const fixloc = rng.choice(totuple(inds));
  const fixloc2 = rng.choice(totuple(dneighbors(fixloc).intersection(inds)));
  gi = fill(gi, 2, set<IntegerTuple>([fixloc]));
  gi = fill(gi, 3, set<IntegerTuple>([fixloc2]));
  let go: Grid = [...gi].map((e) => e);
  const reds = ofcolor(gi, 2);
  const greens = ofcolor(gi, 3);
  const tocover = set<IntegerTuple>();
  let tolblue: Indices = set();
  for (const r of reds) {
    const inters = dneighbors(r).intersection(greens);
    if (len(inters) > 0) {
      tocover.add(r);
      tolblue = tolblue.union(inters);
    }
  }
  go = fill(go, bgc, tocover);
  go = fill(go, 8, tolblue);
  return { input: gi, output: go };
}

function generate_a68b268e(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [2, 14] as const);
  const w = unifint(rng, diff_lb, diff_ub, [2, 4] as const);
  const [bgc, linc, c1, c2, c3, c4] = unpack(rng.sample(cols, 6), 6);
  const canv = canvas(bgc, [h, w]);
  const inds = asindices(canv);
  const nc1d = unifint(rng, diff_lb, diff_ub, [0, Math.floor((h * w) / 2)] as const);
  let nc1: number = rng.choice([nc1d, h * w - nc1d] as const);
  nc1 = Math.min(Math.max(1, nc1), h * w - 1);
  const nc2d = unifint(rng, diff_lb, diff_ub, [0, Math.floor((h * w) / 2)] as const);
  let nc2: number = rng.choice([nc2d, h * w - nc2d] as const);
  nc2 = Math.min(Math.max(1, nc2), h * w - 1);
  const nc3d = unifint(rng, diff_lb, diff_ub, [0, Math.floor((h * w) / 2)] as const);
  let nc3: number = rng.choice([nc3d, h * w - nc3d] as const);
  nc3 = Math.min(Math.max(1, nc3), h * w - 1);
  const nc4d = unifint(rng, diff_lb, diff_ub, [0, Math.floor((h * w) / 2)] as const);
  let nc4: number = rng.choice([nc4d, h * w - nc4d] as const);
  nc4 = Math.min(Math.max(1, nc4), h * w - 1);
  const ofc1 = rng.sample(totuple(inds), nc1);
  const ofc2 = rng.sample(totuple(inds), nc2);
  const ofc3 = rng.sample(totuple(inds), nc3);
  const ofc4 = rng.sample(totuple(inds), nc4);
  let go = fill(canv, c1, ofc1);
  go = fill(go, c2, ofc2);
  go = fill(go, c3, ofc3);
  go = fill(go, c4, ofc4);
  const LR = asobject(fill(canv, c1, ofc1));
  const LL = asobject(fill(canv, c2, ofc2));
  const UR = asobject(fill(canv, c3, ofc3));
  const UL = asobject(fill(canv, c4, ofc4));
  let gi = canvas(linc, [2 * h + 1, 2 * w + 1]);
  gi = paint(gi, shift(LR, [h + 1, w + 1]));
  gi = paint(gi, shift(LL, [h + 1, 0]));
  gi = paint(gi, shift(UR, [0, w + 1]));
  gi = paint(gi, shift(UL, [0, 0]));
  return { input: gi, output: go };
}

function generate_ea32f347(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = difference(interval(0, 10, 1), [1, 2, 4] as const);
  const h = unifint(rng, diff_lb, diff_ub, [5, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [5, 30] as const);
  const max_l = Math.min(h, w);
  let a = unifint(rng, diff_lb, diff_ub, [3, max_l] as const);
  const b = unifint(rng, diff_lb, diff_ub, [2, a] as const);
  let c = unifint(rng, diff_lb, diff_ub, [1, b] as const);
  if (c - a === 2) {
    if (a > 1) {
      a -= 1;
    } else {
      if (c < Math.min(h, w)) {
        c += 1;
      }
    }
  }
  const bgc = rng.choice(cols);
  const remcols = remove(bgc, cols);
  let gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [h, w]);
  let inds = asindices(gi);
  for (const [col, l] of zip([1, 4, 2] as const, [a, b, c] as const)) {
    const ln1 = connect([0, 0], [0, l - 1]);
    const ln2 = connect([0, 0], [l - 1, 0]);
    const tmpg = fill(gi, -1, asindices(gi).difference(inds));
    const occs1 = occurrences(tmpg, recolor(bgc, ln1));
    const occs2 = occurrences(tmpg, recolor(bgc, ln2));
    const pool = [];
    if (len(occs1) > 0) {
      pool.push([ln1, occs1] as const);
    }
    if (len(occs2) > 0) {
      pool.push([ln2, occs2] as const);
    }
    const [ln, occs] = unpack(rng.choice(pool), 2);
    const loc = rng.choice(totuple(occs));
    const plcd = shift(ln, loc);
    gi = fill(gi, rng.choice(remcols), plcd);
    go = fill(go, col, plcd);
    inds = inds.difference(plcd).difference(mapply(dneighbors, plcd));
  }
  return { input: gi, output: go };
}

function generate_e179c5f4(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = remove(8, interval(0, 10, 1));
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
  go = replace(go, bgc, 8);
  return { input: gi, output: go };
}

function generate_aba27056(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = remove(4, interval(0, 10, 1));
  const h = unifint(rng, diff_lb, diff_ub, [6, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [6, 30] as const);
  const [bgc, sqc] = unpack(rng.sample(cols, 2), 2);
  const canv = canvas(bgc, [h, w]);
  const oh = rng.randint(3, h);
  const ow = unifint(rng, diff_lb, diff_ub, [5, w - 1] as const);
  const loci = unifint(rng, diff_lb, diff_ub, [0, h - oh] as const);
  const locj = rng.randint(0, w - ow);
  const bx = box(
    frozenset(
      set<IntegerTuple>([
        [loci, locj],
        [loci + oh - 1, locj + ow - 1],
      ]),
    ),
  );
  const maxk = Math.floor((ow - 4) / 2);
  const k = rng.randint(0, maxk);
  const hole = connect([loci, locj + 2 + k], [loci, locj + ow - 3 - k]);
  let gi = fill(canv, sqc, bx);
  gi = fill(gi, bgc, hole);
  let go = fill(canv, 4, backdrop(bx));
  go = fill(go, sqc, bx);
  const bar = mapply(rbind(shoot, [-1, 0]), hole);
  go = fill(go, 4, bar);
  go = fill(go, 4, shoot(add([-1, 1] as const, urcorner(hole)), [-1, 1]));
  go = fill(go, 4, shoot(add([-1, -1] as const, ulcorner(hole)), [-1, -1]));
  const rotf = rng.choice<GridFunction>([identity, rot90, rot180, rot270]);
  gi = rotf(gi);
  go = rotf(go);
  return { input: gi, output: go };
}

function generate_e40b9e2f(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [6, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [6, 30] as const);
  const d = unifint(rng, diff_lb, diff_ub, [4, Math.min(h, w) - 2] as const);
  const loci = rng.randint(0, h - d);
  const locj = rng.randint(0, w - d);
  const loc = [loci, locj] as const;
  const bgc = rng.choice(cols);
  const remcols = remove(bgc, cols);
  const numcols = unifint(rng, diff_lb, diff_ub, [1, 9] as const);
  const ccols = rng.sample(remcols, numcols);
  let subg = canvas(bgc, [d, d]);
  const inds = asindices(subg);
  let cp: Indices;
  let q: Indices;
  if (mod(d, 2) === 0) {
    q = sfilter(inds, (ij) => ij[0] < Math.floor(d / 2) && ij[1] < Math.floor(d / 2));
    cp = set<IntegerTuple>([
      [Math.floor(d / 2) - 1, Math.floor(d / 2) - 1],
      [Math.floor(d / 2), Math.floor(d / 2) - 1],
      [Math.floor(d / 2) - 1, Math.floor(d / 2)],
      [Math.floor(d / 2), Math.floor(d / 2)],
    ]);
  } else {
    q = sfilter(inds, (ij) => ij[0] < Math.floor(d / 2) && ij[1] <= Math.floor(d / 2));
    cp = set<IntegerTuple>([[Math.floor(d / 2), Math.floor(d / 2)]]).union(
      ineighbors([Math.floor(d / 2), Math.floor(d / 2)]),
    );
  }
  const nrings = unifint(rng, diff_lb, diff_ub, [1, Math.max(1, Math.floor((d - 2) / 2))] as const);
  let rings: Indices = set();
  for (let k = 0; k < nrings; k++) {
    const ring = box(
      set<IntegerTuple>([
        [k, k],
        [d - k - 1, d - k - 1],
      ]),
    );
    rings = rings.union(ring);
  }
  const qin = q.difference(rings);
  const qout = rings.intersection(q);
  let ntailobjcells = unifint(rng, diff_lb, diff_ub, [1, len(q)] as const);
  let tailobjcells = set(rng.sample(totuple(q), ntailobjcells))
    .union(set<IntegerTuple>([rng.choice(totuple(qin))]))
    .union(set<IntegerTuple>([rng.choice(totuple(qout))]));
  let tailobj = set([...tailobjcells].map((ij): Cell => [rng.choice(ccols), ij]));
  while (eq(hmirror(tailobj), tailobj) && eq(vmirror(tailobj), tailobj)) {
    ntailobjcells = unifint(rng, diff_lb, diff_ub, [1, len(q)] as const);
    tailobjcells = set(rng.sample(totuple(q), ntailobjcells))
      .union(set<IntegerTuple>([rng.choice(totuple(qin))]))
      .union(set<IntegerTuple>([rng.choice(totuple(qout))]));
    tailobj = set([...tailobjcells].map((ij): Cell => [rng.choice(ccols), ij]));
  }
  for (let k = 0; k < 4; k++) {
    subg = paint(subg, tailobj);
    subg = rot90(subg);
  }
  const fxobj = recolor(rng.choice(ccols), cp);
  subg = paint(subg, fxobj);
  let subgi = subg;
  let subgo: Grid = [...subgi].map((e) => e);
  subgi = fill(subgi, bgc, rings);
  const nsplits = unifint(rng, diff_lb, diff_ub, [1, 4] as const);
  const splits = range(nsplits).map(() => set<Cell>());
  for (const [idx, cel] of enumerate(tailobj)) {
    at(splits, mod(idx, nsplits)).add(cel);
  }
  for (let jj = 0; jj < 4; jj++) {
    if (jj < len(splits)) {
      subgi = paint(subgi, at(splits, jj));
    }
    subgi = rot90(subgi);
  }
  subgi = paint(subgi, fxobj);
  const rotf = rng.choice<GridFunction>([identity, rot90, rot180, rot270]);
  subgi = rotf(subgi);
  subgo = rotf(subgo);
  const gi = paint(canvas(bgc, [h, w]), shift(asobject(subgi), loc));
  const go = paint(canvas(bgc, [h, w]), shift(asobject(subgo), loc));
  return { input: gi, output: go };
}

function generate_e8dc4411(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [9, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [9, 30] as const);
  const d = unifint(rng, diff_lb, diff_ub, [3, Math.floor(Math.min(h, w) / 2) - 1] as const);
  const [bgc, objc, remc] = unpack(rng.sample(cols, 3), 3);
  let c = canvas(bgc, [d, d]);
  const inds = sfilter(
    asindices(c),
    (ij) => ij[0] >= Math.floor(d / 2) && ij[1] >= Math.floor(d / 2),
  );
  const ncd = unifint(rng, diff_lb, diff_ub, [1, Math.floor(len(inds) / 2)] as const);
  let nc: number = rng.choice([ncd, len(inds) - ncd] as const);
  nc = Math.min(Math.max(2, nc), len(inds) - 1);
  const sampled = rng.sample(totuple(inds), nc);
  const cells0 = set(sampled).union(
    set([
      rng.choice<IntegerTuple>([
        [Math.floor(d / 2), Math.floor(d / 2)],
        [Math.floor(d / 2), Math.floor(d / 2) - 1],
      ]),
    ]),
  );
  const cells = cells0.union(set([...cells0].map(([ii, jj]): IntegerTuple => [jj, ii])));
  for (let k = 0; k < 4; k++) {
    c = fill(c, objc, cells);
    c = rot90(c);
  }
  while (eq(palette(toobject(box(asindices(c)), c)), frozenset(set([bgc]))) && height(c) > 3) {
    c = trim(c);
  }
  let obj = ofcolor(c, objc);
  const od = height(obj);
  const loci = rng.randint(1, h - 2 * od);
  const locj = rng.randint(1, w - 2 * od);
  obj = shift(obj, [loci, locj]);
  const bd = backdrop(obj);
  let p = 0;
  while (len(shift(obj, [p, p]).intersection(bd)) > 0) {
    p += 1;
  }
  const obj2 = shift(obj, [p, p]);
  let nbhs = mapply(neighbors, obj);
  while (len(obj2.intersection(nbhs)) === 0) {
    nbhs = mapply(neighbors, nbhs);
  }
  const indic = obj2.intersection(nbhs);
  let gi = canvas(bgc, [h, w]);
  gi = fill(gi, objc, obj);
  gi = fill(gi, remc, indic);
  let go: Grid = [...gi].map((e) => e);
  for (let k = 0; k < 30; k++) {
    const newg = fill(go, remc, shift(obj, [p * (k + 1), p * (k + 1)]));
    if (eq(newg, go)) {
      break;
    }
    go = newg;
  }
  const rotf = rng.choice<GridFunction>([identity, rot90, rot180, rot270]);
  gi = rotf(gi);
  go = rotf(go);
  return { input: gi, output: go };
}

function generate_ddf7fa4f(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const nocc = unifint(rng, diff_lb, diff_ub, [
    1,
    Math.min(Math.floor(w / 3), Math.floor((h * w) / 36)),
  ] as const);
  const bgc = rng.choice(cols);
  const remcols = remove(bgc, cols);
  let gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [h, w]);
  let succ = 0;
  let tr = 0;
  const maxtr = 10 * nocc;
  let inds = asindices(gi);
  inds = sfilter(inds, (ij) => ij[0] > 1);
  while (succ < nocc && tr < maxtr) {
    tr += 1;
    const oh = rng.randint(2, 7);
    const ow = rng.randint(2, 7);
    let cands = sfilter(inds, (ij) => ij[0] <= h - oh && ij[1] <= w - ow);
    const hastobein = set(
      enumerate(at(gi, 0))
        .filter(([_cidx, col]) => col === bgc)
        .map(([cidx, _col]) => cidx),
    );
    const cantbein = set(
      enumerate(at(gi, 0))
        .filter(([_cidx, col]) => col !== bgc)
        .map(([cidx, _col]) => cidx),
    );
    const jopts = range(w)
      .filter(
        (j) =>
          len(set(interval(j, j + ow, 1)).intersection(hastobein)) > 0 &&
          len(set(interval(j, j + ow, 1)).intersection(cantbein)) === 0,
      )
      .map((j) => j);
    cands = sfilter(cands, (ij) => contains(jopts, ij[1]));
    if (len(cands) === 0) {
      continue;
    }
    const [loci, locj] = rng.choice(totuple(cands));
    const locat = rng.choice(
      sfilter(interval(locj, locj + ow, 1), (jj) => contains(hastobein, jj)),
    );
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
      inds = inds.difference(sq).difference(mapply(dneighbors, sq));
      const col = rng.choice(remcols);
      const gr = rng.choice(remove(col, remcols));
      gi = fill(gi, col, set<IntegerTuple>([[0, locat]]));
      go = fill(go, col, set<IntegerTuple>([[0, locat]]));
      gi = fill(gi, gr, sq);
      go = fill(go, col, sq);
    }
  }
  const rotf = rng.choice<GridFunction>([identity, rot90, rot180, rot270]);
  gi = rotf(gi);
  go = rotf(go);
  return { input: gi, output: go };
}

function generate_d07ae81c(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const lnf = (ij: IntegerTuple) =>
    shoot(ij, [1, 1])
      .union(shoot(ij, [-1, -1]))
      .union(shoot(ij, [-1, 1]))
      .union(shoot(ij, [1, -1]));
  const h = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const [c1, c2, c3, c4] = unpack(rng.sample(cols, 4), 4);
  let magiccol = 0;
  let gi = canvas(0, [h, w]);
  const ndivi = unifint(rng, diff_lb, diff_ub, [1, Math.floor((h * w) / 10)] as const);
  let newobj: Indices;
  let obj: ArcObject;
  let objs: Objects;
  for (let k = 0; k < ndivi; k++) {
    objs = objects(gi, T, F, F);
    objs = sfilter(objs, (o) => pymin(shape(o)) > 3 && pymax(shape(o)) > 4);
    objs = sfilter(objs, (o) => height(o) * width(o) === len(o));
    if (len(objs) === 0) {
      break;
    }
    obj = rng.choice(totuple(objs));
    if (rng.choice([true, false])) {
      const loci = rng.randint(uppermost(obj) + 2, lowermost(obj) - 1);
      newobj = backdrop(frozenset(set<IntegerTuple>([[loci, leftmost(obj)], lrcorner(obj)])));
    } else {
      const locj = rng.randint(leftmost(obj) + 2, rightmost(obj) - 1);
      newobj = backdrop(frozenset(set<IntegerTuple>([[uppermost(obj), locj], lrcorner(obj)])));
    }
    magiccol += 1;
    gi = fill(gi, magiccol, newobj);
  }
  objs = objects(gi, T, F, F);
  let ii: number;
  for ([ii, obj] of enumerate(objs)) {
    const col = ii === 0 ? c1 : ii === 1 ? c2 : rng.choice([c1, c2] as const);
    gi = fill(gi, col, toindices(obj));
  }
  const ofc1 = ofcolor(gi, c1);
  const ofc2 = ofcolor(gi, c2);
  const mn = Math.min(len(ofc1), len(ofc2));
  const n1 = unifint(rng, diff_lb, diff_ub, [1, Math.max(1, int(mn ** 0.5))] as const);
  const n2 = unifint(rng, diff_lb, diff_ub, [1, Math.max(1, int(mn ** 0.5))] as const);
  const srcs1 = set<IntegerTuple>();
  let cands: IntegerTuple[];
  for (let k = 0; k < n1; k++) {
    cands = totuple(ofc1.difference(srcs1).difference(mapply(neighbors, srcs1)));
    if (len(cands) === 0) {
      break;
    }
    srcs1.add(rng.choice(cands));
  }
  const srcs2 = set<IntegerTuple>();
  for (let k = 0; k < n2; k++) {
    cands = totuple(ofc2.difference(srcs2).difference(mapply(neighbors, srcs2)));
    if (len(cands) === 0) {
      break;
    }
    srcs2.add(rng.choice(cands));
  }
  gi = fill(gi, c3, srcs1);
  gi = fill(gi, c4, srcs2);
  const lns = mapply(lnf, srcs1).union(mapply(lnf, srcs2));
  const ofc3 = ofc1.intersection(lns);
  const ofc4 = ofc2.intersection(lns);
  let go = fill(gi, c3, ofc3);
  go = fill(go, c4, ofc4);
  return { input: gi, output: go };
}

function generate_b2862040(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = difference(interval(0, 10, 1), [8] as const);
  let gi: Grid;
  let go: Grid;
  while (true) {
    const h = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
    const w = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
    const nobjs = unifint(rng, diff_lb, diff_ub, [1, Math.floor((h * w) / 16)] as const);
    let succ = 0;
    let tr = 0;
    const maxtr = 10 * nobjs;
    const bgc = rng.choice(cols);
    const remcols = remove(bgc, cols);
    gi = canvas(bgc, [h, w]);
    let inds = asindices(gi);
    while (succ < nobjs && tr < maxtr) {
      tr += 1;
      let oh = rng.randint(3, 6);
      let ow = rng.randint(3, 6);
      let obj = box(
        frozenset(
          set<IntegerTuple>([
            [0, 0],
            [oh - 1, ow - 1],
          ]),
        ),
      );
      if (rng.choice([true, false])) {
        const nkeep = unifint(rng, diff_lb, diff_ub, [2, len(obj) - 1] as const);
        const nrem = len(obj) - nkeep;
        obj = remove(rng.choice(totuple(obj.difference(corners(obj)))), obj);
        for (let k = 0; k < nrem - 1; k++) {
          const xx = sfilter(obj, (ij) => len(dneighbors(ij).intersection(obj)) === 1);
          if (len(xx) === 0) {
            break;
          }
          obj = remove(rng.choice(totuple(xx)), obj);
        }
      }
      const npert = unifint(rng, diff_lb, diff_ub, [0, oh + ow] as const);
      const objcands = outbox(obj)
        .union(outbox(outbox(obj)))
        .union(outbox(outbox(outbox(obj))));
      obj = set(obj);
      for (let k = 0; k < npert; k++) {
        setAdd(
          obj,
          rng.choice(
            totuple(
              objcands.difference(obj).intersection(mapply(dneighbors, obj).intersection(objcands)),
            ),
          ),
        );
      }
      obj = normalize(obj);
      [oh, ow] = shape(obj);
      const cands = sfilter(inds, (ij) => ij[0] <= h - oh && ij[1] <= w - ow);
      if (len(cands) === 0) {
        continue;
      }
      const loc = rng.choice(totuple(cands));
      const plcd = shift(obj, loc);
      if (plcd.issubset(inds)) {
        gi = fill(gi, rng.choice(remcols), plcd);
        succ += 1;
        inds = inds.difference(plcd).difference(mapply(neighbors, plcd));
      }
    }
    const objs = objects(gi, T, F, F);
    const bobjs = colorfilter(objs, bgc);
    const objsm = mfilter(bobjs, compose(flip, rbind(bordering, gi)));
    if (len(objsm) > 0) {
      const res = mfilter(objs.difference(bobjs), rbind(adjacent, objsm));
      go = fill(gi, 8, res);
      break;
    }
  }
  return { input: gi, output: go };
}

function generate_a61ba2ce(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [4, 15] as const);
  const w = unifint(rng, diff_lb, diff_ub, [4, 15] as const);
  const lociL = rng.randint(2, h - 2);
  const lociR = rng.randint(2, h - 2);
  const locjT = rng.randint(2, w - 2);
  const locjB = rng.randint(2, w - 2);
  const [bgc, c1, c2, c3, c4] = unpack(rng.sample(cols, 5), 5);
  const ulco = connect([0, 0], [lociL - 1, 0]).union(connect([0, 0], [0, locjT - 1]));
  const urco = connect([0, w - 1], [0, locjT]).union(connect([0, w - 1], [lociR - 1, w - 1]));
  const llco = connect([h - 1, 0], [lociL, 0]).union(connect([h - 1, 0], [h - 1, locjB - 1]));
  const lrco = connect([h - 1, w - 1], [h - 1, locjB]).union(
    connect([h - 1, w - 1], [lociR, w - 1]),
  );
  let go = canvas(bgc, [h, w]);
  go = fill(go, c1, ulco);
  go = fill(go, c2, urco);
  go = fill(go, c3, llco);
  go = fill(go, c4, lrco);
  const fullh = unifint(rng, diff_lb, diff_ub, [2 * h, 30] as const);
  const fullw = unifint(rng, diff_lb, diff_ub, [2 * w, 30] as const);
  let gi = canvas(bgc, [fullh, fullw]);
  const objs = [ulco, urco, llco, lrco] as const;
  const ocols = [c1, c2, c3, c4] as const;
  let locs: IntegerTuple[];
  while (true) {
    let inds = asindices(gi);
    locs = [];
    for (const [o, _c] of zip(objs, ocols)) {
      const cands = sfilter(inds, (ij) => shift(o, ij).issubset(inds));
      if (len(cands) === 0) {
        break;
      }
      const loc = rng.choice(totuple(cands));
      locs.push(loc);
      inds = inds.difference(shift(o, loc));
    }
    if (len(locs) === 4) {
      break;
    }
  }
  for (const [o, c, l] of zip(objs, ocols, locs)) {
    gi = fill(gi, c, shift(o, l));
  }
  return { input: gi, output: go };
}

function generate_bbc9ae5d(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  let w = unifint(rng, diff_lb, diff_ub, [2, 15] as const);
  w = w * 2;
  const locinv = unifint(rng, diff_lb, diff_ub, [2, w] as const);
  const locj = w - locinv;
  const loc = [0, locj] as const;
  const c1 = rng.choice(cols);
  const remcols = remove(c1, cols);
  const ln1 = connect([0, 0], [0, locj]);
  const reminds = connect([0, locj + 1], [0, w - 1]);
  const numc = unifint(rng, diff_lb, diff_ub, [1, 9] as const);
  const ccols = rng.sample(remcols, numc);
  const remobj = set([...reminds].map((ij): Cell => [rng.choice(ccols), ij]));
  let gi = canvas(-1, [1, w]);
  let go = canvas(-1, [Math.floor(w / 2), w]);
  const ln2 = shoot(loc, [1, 1]);
  gi = fill(gi, c1, ln1);
  gi = paint(gi, remobj);
  go = fill(go, c1, mapply(rbind(shoot, [0, -1]), ln2));
  for (const [c, ij] of remobj) {
    go = fill(go, c, shoot(ij, [1, 1]));
  }
  return { input: gi, output: go };
}

function generate_9edfc990(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(2, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [5, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [5, 30] as const);
  const namt = unifint(rng, diff_lb, diff_ub, [int(0.4 * h * w), int(0.7 * h * w)] as const);
  let gi = canvas(0, [h, w]);
  const inds = asindices(gi);
  const locs = rng.sample(totuple(inds), namt);
  const noise = set(locs.map((ij): Cell => [rng.choice(cols), ij]));
  gi = paint(gi, noise);
  const remlocs = inds.difference(set(locs));
  const numc = unifint(rng, diff_lb, diff_ub, [
    1,
    Math.max(1, Math.floor(len(remlocs) / 10)),
  ] as const);
  const blocs = rng.sample(totuple(remlocs), numc);
  gi = fill(gi, 1, blocs);
  let objs = objects(gi, T, F, F);
  objs = colorfilter(objs, 0);
  const res = mfilter(objs, rbind(adjacent, blocs));
  const go = fill(gi, 1, res);
  return { input: gi, output: go };
}

function generate_a78176bb(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [6, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [6, 30] as const);
  const nlns = unifint(rng, diff_lb, diff_ub, [1, Math.floor((h + w) / 8)] as const);
  const bgc = rng.choice(cols);
  const remcols = remove(bgc, cols);
  let succ = 0;
  let tr = 0;
  const maxtr = 10 * nlns;
  let gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [h, w]);
  let inds = asindices(gi);
  const fullinds = asindices(gi);
  const spopts = [];
  for (let idx = h - 5; idx > -1; idx--) {
    spopts.push([idx, 0] as const);
  }
  for (let idx = 1; idx < w - 4; idx++) {
    spopts.push([0, idx] as const);
  }
  let lncol: number | undefined;
  let tricol: number;
  while (succ < nlns && tr < maxtr) {
    tr += 1;
    if (len(spopts) === 0) {
      break;
    }
    const sp = rng.choice(spopts);
    const ln = shoot(sp, [1, 1]).intersection(fullinds);
    if (!ln.issubset(inds)) {
      continue;
    }
    const lno = sorted(ln, (x) => x[0]);
    const trid1 = rng.randint(2, Math.min(5, len(lno) - 3));
    const trid2 = rng.randint(2, Math.min(5, len(lno) - 3));
    const tri1 = sfilter(asindices(canvas(-1, [trid1, trid1])), (ij) => ij[1] >= ij[0]);
    const triloc1 = add(rng.choice(lno.slice(1, -trid1 - 1)), [0, 1] as const);
    const tri2 = dmirror(sfilter(asindices(canvas(-1, [trid2, trid2])), (ij) => ij[1] >= ij[0]));
    const triloc2 = add(rng.choice(lno.slice(1, -trid2 - 1)), [1, 0] as const);
    const spo2 = add(sp, [0, -trid2 - 2] as const);
    const nexlin2 = set(range(Math.max(h, w)).map((k) => add(spo2, [k, k] as const))).intersection(
      fullinds,
    );
    const spo1 = add(sp, [-trid1 - 2, 0] as const);
    const nexlin1 = set(range(Math.max(h, w)).map((k) => add(spo1, [k, k] as const))).intersection(
      fullinds,
    );
    for (let [idx, [tri, triloc, nexlin]] of enumerate(
      rng.sample([[tri1, triloc1, nexlin1] as const, [tri2, triloc2, nexlin2] as const], 2),
    )) {
      tri = shift(tri, triloc);
      const fullobj = ln.union(tri).union(nexlin);
      if (idx === 0) {
        [lncol, tricol] = unpack(rng.sample(remcols, 2), 2);
      } else {
        tricol = rng.choice(remove(bound(lncol, "lncol"), remcols));
      }
      if (idx === 0 ? fullobj.issubset(inds) : tri.union(nexlin).issubset(fullobj)) {
        succ += 1;
        inds = inds.difference(fullobj).difference(mapply(neighbors, fullobj));
        gi = fill(gi, tricol, tri);
        gi = fill(gi, bound(lncol, "lncol"), ln);
        go = fill(go, bound(lncol, "lncol"), ln);
        go = fill(go, bound(lncol, "lncol"), nexlin);
      }
    }
  }
  if (rng.choice([true, false])) {
    gi = hmirror(gi);
    go = hmirror(go);
  }
  return { input: gi, output: go };
}

function generate_995c5fa3(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const o1 = asindices(canvas(-1, [4, 4]));
  const o2 = box(asindices(canvas(-1, [4, 4])));
  const o3 = asindices(canvas(-1, [4, 4])).difference(
    set<IntegerTuple>([
      [1, 0],
      [2, 0],
      [1, 3],
      [2, 3],
    ]),
  );
  const o4 = o1.difference(shift(asindices(canvas(-1, [2, 2])), [2, 1]));
  const mpr: (readonly [Indices, number])[] = [
    [o1, 2],
    [o2, 8],
    [o3, 3],
    [o4, 4],
  ];
  const num = unifint(rng, diff_lb, diff_ub, [1, 6] as const);
  const h = 4;
  const w = 4 * num + num - 1;
  const bgc = rng.choice(cols);
  const remcols = remove(bgc, cols);
  let gi = canvas(bgc, [h, w]);
  const ccols = [];
  for (let k = 0; k < num; k++) {
    const col = rng.choice(remcols);
    const [obj, outcol] = rng.choice(mpr);
    const locj = 5 * k;
    gi = fill(gi, col, shift(obj, [0, locj]));
    ccols.push(outcol);
  }
  const go = ccols.map((c) => repeat(c, num));
  return { input: gi, output: go };
}

function generate_9aec4887(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [12, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [12, 30] as const);
  const oh = unifint(rng, diff_lb, diff_ub, [4, Math.floor(h / 2) - 2] as const);
  const ow = unifint(rng, diff_lb, diff_ub, [4, Math.floor(w / 2) - 2] as const);
  const [bgc, pc, c1, c2, c3, c4] = unpack(rng.sample(cols, 6), 6);
  let gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [oh, ow]);
  const ln1 = connect([1, 0], [oh - 2, 0]);
  const ln2 = connect([1, ow - 1], [oh - 2, ow - 1]);
  const ln3 = connect([0, 1], [0, ow - 2]);
  const ln4 = connect([oh - 1, 1], [oh - 1, ow - 2]);
  go = fill(go, c1, ln1);
  go = fill(go, c2, ln2);
  go = fill(go, c3, ln3);
  go = fill(go, c4, ln4);
  const objB = asobject(go);
  const bounds = asindices(canvas(-1, [oh - 2, ow - 2]));
  let objA: Indices = set<IntegerTuple>([rng.choice(totuple(bounds))]);
  const ncells = unifint(rng, diff_lb, diff_ub, [
    1,
    Math.floor(((oh - 2) * (ow - 2)) / 2),
  ] as const);
  for (let k = 0; k < ncells - 1; k++) {
    setAdd(
      objA,
      rng.choice(totuple(bounds.difference(objA).intersection(mapply(neighbors, objA)))),
    );
  }
  while (!eq(shape(objA), [oh - 2, ow - 2] as const)) {
    setAdd(
      objA,
      rng.choice(totuple(bounds.difference(objA).intersection(mapply(neighbors, objA)))),
    );
  }
  const fullinds = asindices(gi);
  const loci = rng.randint(0, h - 2 * oh + 2);
  const locj = rng.randint(0, w - ow);
  const plcdB = shift(objB, [loci, locj]);
  const plcdi = toindices(plcdB);
  const rems = sfilter(
    fullinds.difference(plcdi),
    (ij) => loci + oh <= ij[0] && ij[0] <= h - oh + 2 && ij[1] <= w - ow + 2,
  );
  const loc = rng.choice(totuple(rems));
  const plcdA = shift(objA, loc);
  gi = paint(gi, plcdB);
  gi = fill(gi, pc, plcdA);
  objA = shift(objA, [1, 1]);
  const objs = objects(go, T, F, T);
  let col: number;
  for (const ij of objA) {
    const manhs = new PyDict([...objs].map((obj) => [obj, manhattan(obj, set([ij]))] as const));
    const manhsl = [...manhs.values()];
    const mmh = pymin(manhsl);
    if (count(manhsl, mmh) === 1) {
      col = color(
        at(
          manhs
            .items()
            .filter(([_o, mnh]) => eq(mmh, mnh))
            .map(([o, _mnh]) => o),
          0,
        ),
      );
    } else {
      col = pc;
    }
    go = fill(go, col, set([ij]));
  }
  const rotf = rng.choice<GridFunction>([identity, rot90, rot180, rot270]);
  gi = rotf(gi);
  go = rotf(go);
  return { input: gi, output: go };
}

function generate_846bdb03(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [12, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [12, 30] as const);
  const oh = unifint(rng, diff_lb, diff_ub, [4, Math.floor(h / 2) - 2] as const);
  const ow = unifint(rng, diff_lb, diff_ub, [4, Math.floor(w / 2) - 2] as const);
  const [bgc, dotc, c1, c2] = unpack(rng.sample(cols, 4), 4);
  let gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [oh, ow]);
  const ln1 = connect([1, 0], [oh - 2, 0]);
  const ln2 = connect([1, ow - 1], [oh - 2, ow - 1]);
  go = fill(go, c1, ln1);
  go = fill(go, c2, ln2);
  go = fill(go, dotc, corners(asindices(go)));
  const objB = asobject(go);
  const bounds = asindices(canvas(-1, [oh - 2, ow - 2]));
  const shpA = set<IntegerTuple>([rng.choice(totuple(bounds))]);
  const ncells = unifint(rng, diff_lb, diff_ub, [
    1,
    Math.floor(((oh - 2) * (ow - 2)) / 2),
  ] as const);
  for (let k = 0; k < ncells - 1; k++) {
    shpA.add(rng.choice(totuple(bounds.difference(shpA).intersection(mapply(neighbors, shpA)))));
  }
  while (!eq(shape(shpA), [oh - 2, ow - 2] as const)) {
    shpA.add(rng.choice(totuple(bounds.difference(shpA).intersection(mapply(neighbors, shpA)))));
  }
  const fullinds = asindices(gi);
  const loci = rng.randint(0, h - 2 * oh + 2);
  const locj = rng.randint(0, w - ow);
  const plcdB = shift(objB, [loci, locj]);
  const plcdi = toindices(plcdB);
  const rems = sfilter(
    fullinds.difference(plcdi),
    (ij) => loci + oh <= ij[0] && ij[0] <= h - oh + 2 && ij[1] <= w - ow + 2,
  );
  const loc = rng.choice(totuple(rems));
  const plcdAi = shift(shpA, loc);
  const mp = center(plcdAi)[1];
  const plcdAL = sfilter(plcdAi, (ij) => ij[1] < mp);
  const plcdAR = plcdAi.difference(plcdAL);
  const plcdA = recolor(c1, plcdAL).union(recolor(c2, plcdAR));
  gi = paint(gi, plcdB);
  const ism = rng.choice([true, false]);
  gi = paint(gi, ism ? vmirror(plcdA) : plcdA);
  const objA = shift(normalize(plcdA), [1, 1]);
  go = paint(go, objA);
  const rotf = rng.choice<GridFunction>([identity, rot90, rot180, rot270]);
  gi = rotf(gi);
  go = rotf(go);
  return { input: gi, output: go };
}

function generate_2dd70a9a(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = difference(interval(0, 10, 1), [2, 3] as const);
  const h = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const [bgc, fgc] = unpack(rng.sample(cols, 2), 2);
  let gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [h, w]);
  let bp1: IntegerTuple;
  let bp2: IntegerTuple;
  let ep: Indices;
  let ln1: Indices;
  let ln2: Indices;
  let ln3: Indices;
  let loci: number;
  let locj: number;
  let oh: number;
  let ow: number;
  let sp: Indices;
  if (rng.choice([true, false])) {
    oh = unifint(rng, diff_lb, diff_ub, [5, h - 2] as const);
    ow = unifint(rng, diff_lb, diff_ub, [3, w - 2] as const);
    loci = rng.randint(1, h - oh - 1);
    locj = rng.randint(1, w - ow - 1);
    const hli = rng.randint(loci + 2, loci + oh - 3);
    sp = set<IntegerTuple>([
      [loci + oh - 1, locj],
      [loci + oh - 2, locj],
    ]);
    ep = set<IntegerTuple>([
      [loci, locj + ow - 1],
      [loci + 1, locj + ow - 1],
    ]);
    bp1 = [hli - 1, locj] as const;
    bp2 = [hli, locj + ow] as const;
    ln1 = connect([loci + oh - 1, locj], [hli, locj]);
    ln2 = connect([hli, locj], [hli, locj + ow - 1]);
    ln3 = connect([hli, locj + ow - 1], [loci + 2, locj + ow - 1]);
  } else {
    oh = unifint(rng, diff_lb, diff_ub, [3, h - 2] as const);
    ow = unifint(rng, diff_lb, diff_ub, [3, w - 2] as const);
    loci = rng.randint(1, h - oh - 1);
    locj = rng.randint(1, w - ow - 1);
    let ep1j: number;
    let sp1j: number;
    if (rng.choice([true, false])) {
      sp1j = rng.randint(locj, locj + ow - 3);
      ep1j = locj;
    } else {
      ep1j = rng.randint(locj, locj + ow - 3);
      sp1j = locj;
    }
    sp = set<IntegerTuple>([
      [loci, sp1j],
      [loci, sp1j + 1],
    ]);
    ep = set<IntegerTuple>([
      [loci + oh - 1, ep1j],
      [loci + oh - 1, ep1j + 1],
    ]);
    bp1 = [loci, locj + ow] as const;
    bp2 = [loci + oh, locj + ow - 1] as const;
    ln1 = connect([loci, sp1j + 2], [loci, locj + ow - 1]);
    ln2 = connect([loci, locj + ow - 1], [loci + oh - 1, locj + ow - 1]);
    ln3 = connect([loci + oh - 1, ep1j + 2], [loci + oh - 1, locj + ow - 1]);
  }
  gi = fill(gi, 3, sp);
  gi = fill(gi, 2, ep);
  go = fill(go, 3, sp);
  go = fill(go, 2, ep);
  const lns = ln1.union(ln2).union(ln3);
  const bps = set<IntegerTuple>([bp1, bp2]);
  gi = fill(gi, fgc, bps);
  go = fill(go, fgc, bps);
  go = fill(go, 3, lns);
  const inds = ofcolor(go, bgc);
  const namt = unifint(rng, diff_lb, diff_ub, [0, Math.floor(len(inds) / 2)] as const);
  const noise = rng.sample(totuple(inds), namt);
  gi = fill(gi, fgc, noise);
  go = fill(go, fgc, noise);
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

function generate_36fdfd69(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = difference(interval(0, 10, 1), [4] as const);
  const h = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const nobjs = unifint(rng, diff_lb, diff_ub, [1, Math.floor((h * w) / 30)] as const);
  const [bgc, fgc, objc] = unpack(rng.sample(cols, 3), 3);
  let gi = canvas(bgc, [h, w]);
  let inds = asindices(gi);
  let succ = 0;
  let tr = 0;
  const maxtr = 5 * nobjs;
  const namt = rng.randint(int(0.35 * h * w), int(0.65 * h * w));
  const noise = rng.sample(totuple(inds), namt);
  gi = fill(gi, fgc, noise);
  let go: Grid = [...gi].map((e) => e);
  while (succ < nobjs && tr < maxtr) {
    tr += 1;
    let oh = rng.randint(2, 7);
    let ow = rng.randint(2, 7);
    const cands = sfilter(inds, (ij) => ij[0] <= h - oh && ij[1] <= w - ow);
    if (len(cands) === 0) {
      continue;
    }
    const loc = rng.choice(totuple(cands));
    const [loci, locj] = loc;
    let bd = backdrop(
      frozenset(
        set<IntegerTuple>([
          [loci, locj],
          [loci + oh - 1, locj + ow - 1],
        ]),
      ),
    );
    if (bd.issubset(inds)) {
      const ncells = rng.randint(2, oh * ow - 1);
      let obj: Indices = set<IntegerTuple>([rng.choice(totuple(bd))]);
      for (let k = 0; k < ncells - 1; k++) {
        setAdd(
          obj,
          rng.choice(
            totuple(bd.difference(obj).intersection(mapply(neighbors, mapply(dneighbors, obj)))),
          ),
        );
      }
      while (len(obj) === height(obj) * width(obj)) {
        obj = set<IntegerTuple>([rng.choice(totuple(bd))]);
        for (let k = 0; k < ncells - 1; k++) {
          setAdd(
            obj,
            rng.choice(
              totuple(bd.difference(obj).intersection(mapply(neighbors, mapply(dneighbors, obj)))),
            ),
          );
        }
      }
      obj = normalize(obj);
      [oh, ow] = shape(obj);
      obj = shift(obj, loc);
      bd = backdrop(obj);
      let gi2 = fill(gi, fgc, bd);
      gi2 = fill(gi2, objc, obj);
      if (colorcount(gi2, objc) < Math.min(colorcount(gi2, fgc), colorcount(gi2, bgc))) {
        succ += 1;
        inds = inds.difference(bd).difference(outbox(bd).union(outbox(outbox(bd))));
        gi = gi2;
        go = fill(go, 4, bd);
        go = fill(go, objc, obj);
      }
    }
  }
  return { input: gi, output: go };
}

function generate_28e73c20(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = difference(interval(0, 10, 1), [3] as const);
  const direcmapper = new PyDict<IntegerTuple, IntegerTuple>([
    [[0, 1], [1, 0] as const],
    [[1, 0], [0, -1] as const],
    [[0, -1], [-1, 0] as const],
    [[-1, 0], [0, 1] as const],
  ]);
  const h = unifint(rng, diff_lb, diff_ub, [3, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [4, 30] as const);
  let sp: IntegerTuple = [0, w - 1];
  let direc: IntegerTuple = [1, 0];
  const ncols = unifint(rng, diff_lb, diff_ub, [1, 9] as const);
  const ccols = rng.sample(cols, ncols);
  let gi = canvas(-1, [h, w]);
  const inds = asindices(gi);
  const obj = set([...inds].map((ij): Cell => [rng.choice(ccols), ij]));
  gi = paint(gi, obj);
  let go = fill(gi, 3, connect([0, 0], sp));
  let lw = w;
  let lh = h;
  let ld = h;
  let isverti: boolean = false;
  while (ld > 0) {
    lw -= 1;
    lh -= 1;
    const ep = add(sp, multiply(direc, ld - 1));
    const ln = connect(sp, ep);
    go = fill(go, 3, ln);
    direc = direcmapper.get(direc);
    if (isverti) {
      ld = lh;
    } else {
      ld = lw;
    }
    isverti = !isverti;
    sp = ep;
  }
  gi = dmirror(dmirror(gi).slice(1));
  go = dmirror(dmirror(go).slice(1));
  return { input: gi, output: go };
}

function generate_3eda0437(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = difference(interval(1, 10, 1), [6] as const);
  let h = unifint(rng, diff_lb, diff_ub, [3, 8] as const);
  let w = unifint(rng, diff_lb, diff_ub, [3, 30] as const);
  if (rng.choice([true, false])) {
    [h, w] = [w, h];
  }
  const ncols = unifint(rng, diff_lb, diff_ub, [1, 8] as const);
  const fgcs = rng.sample(cols, ncols);
  let gi = canvas(-1, [h, w]);
  gi = paint(gi, set([...asindices(gi)].map((ij): Cell => [rng.choice(fgcs), ij])));
  const spac = unifint(rng, diff_lb, diff_ub, [1, Math.floor((h * w) / 3) * 2] as const);
  const inds = asindices(gi);
  const obj = rng.sample(totuple(inds), spac);
  gi = fill(gi, 0, obj);
  const locx = [rng.randint(0, h - 1), rng.randint(0, w - 1)] as const;
  gi = fill(gi, 0, set<IntegerTuple>([locx, add(locx, RIGHT), add(locx, DOWN), add(locx, UNITY)]));
  let maxsiz: number = -1;
  let mapper = new PyDict<ArcObject, Indices>();
  const maxpossw = pymax([...gi].map((r) => count(r, 0)));
  const maxpossh = pymax([...dmirror(gi)].map((c) => count(c, 0)));
  for (let a = 2; a < maxpossh + 1; a++) {
    for (let b = 2; b < maxpossw + 1; b++) {
      const siz = a * b;
      if (siz < maxsiz) {
        continue;
      }
      const objx = recolor(0, asindices(canvas(-1, [a, b])));
      const occs = occurrences(gi, objx);
      if (len(occs) > 0) {
        if (siz === maxsiz) {
          mapper.set(objx, occs);
        } else {
          if (siz > maxsiz) {
            mapper = new PyDict([[objx, occs]]);
            maxsiz = siz;
          }
        }
      }
    }
  }
  let go: Grid = [...gi].map((e) => e);
  for (const [objx, locs] of mapper.items()) {
    go = fill(go, 6, mapply(lbind(shift, objx), locs));
  }
  return { input: gi, output: go };
}

function generate_7447852a(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = remove(4, interval(0, 10, 1));
  const w = unifint(rng, diff_lb, diff_ub, [2, 8] as const);
  const h = unifint(rng, diff_lb, diff_ub, [w + 1, 30] as const);
  const [bgc, linc] = unpack(rng.sample(cols, 2), 2);
  const remcols = remove(bgc, remove(linc, cols));
  const c = canvas(bgc, [h, w]);
  let sp: IntegerTuple = [h - 1, 0];
  let gi = fill(c, linc, set<IntegerTuple>([sp]));
  let direc = 1;
  while (true) {
    sp = add(sp, [-1, direc] as const);
    if (sp[1] === w - 1 || sp[1] === 0) {
      direc *= -1;
    }
    const gi2 = fill(gi, linc, set<IntegerTuple>([sp]));
    if (eq(gi2, gi)) {
      break;
    }
    gi = gi2;
  }
  gi = rot90(gi);
  const objs = objects(gi, T, F, F);
  const inds = ofcolor(gi, bgc);
  const numcols = unifint(rng, diff_lb, diff_ub, [1, 7] as const);
  const ccols = rng.sample(remcols, numcols);
  const ncells = unifint(rng, diff_lb, diff_ub, [0, len(inds)] as const);
  const locs = rng.sample(totuple(inds), ncells);
  const obj = set(locs.map((ij): Cell => [rng.choice(ccols), ij]));
  gi = paint(gi, obj);
  let go: Grid = [...gi].map((e) => e);
  const ordered = order(colorfilter(objs, bgc), leftmost);
  const everythird = merge(set(slice(ordered, 0, null, 3)));
  go = fill(go, 4, everythird);
  return { input: gi, output: go };
}

function generate_6b9890af(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const oh = unifint(rng, diff_lb, diff_ub, [2, 5] as const);
  const ow = unifint(rng, diff_lb, diff_ub, [2, 5] as const);
  const h = unifint(rng, diff_lb, diff_ub, [2 * oh + 2, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [2 * ow + 2, 30] as const);
  const bounds = asindices(canvas(-1, [oh, ow]));
  const shp = set<IntegerTuple>([rng.choice(totuple(bounds))]);
  while (!eq(shape(shp), [oh, ow] as const)) {
    shp.add(rng.choice(totuple(bounds.difference(shp).intersection(mapply(neighbors, shp)))));
  }
  let maxfac = 1;
  while (oh * maxfac + 2 <= h - oh && ow * maxfac + 2 <= w - ow) {
    maxfac += 1;
  }
  maxfac -= 1;
  const fac = unifint(rng, diff_lb, diff_ub, [1, maxfac] as const);
  const [bgc, sqc] = unpack(rng.sample(cols, 2), 2);
  const remcols = remove(bgc, remove(sqc, cols));
  const numc = unifint(rng, diff_lb, diff_ub, [1, 8] as const);
  const ccols = rng.sample(remcols, numc);
  const obj = set([...shp].map((ij): Cell => [rng.choice(ccols), ij]));
  let gi = canvas(bgc, [h, w]);
  const sq = box(
    frozenset(
      set<IntegerTuple>([
        [0, 0],
        [oh * fac + 1, ow * fac + 1],
      ]),
    ),
  );
  let loci = rng.randint(0, h - (oh * fac + 2) - oh);
  let locj = rng.randint(0, w - (ow * fac + 2));
  gi = fill(gi, sqc, shift(sq, [loci, locj]));
  loci = rng.randint(loci + oh * fac + 2, h - oh);
  locj = rng.randint(0, w - ow);
  const objp = shift(obj, [loci, locj]);
  gi = paint(gi, objp);
  let go = canvas(bgc, [oh * fac + 2, ow * fac + 2]);
  go = fill(go, sqc, sq);
  const go2 = paint(canvas(bgc, [oh, ow]), obj);
  const upscobj = asobject(upscale(go2, fac));
  go = paint(go, shift(upscobj, [1, 1]));
  const rotf = rng.choice<GridFunction>([identity, rot90, rot180, rot270]);
  gi = rotf(gi);
  go = rotf(go);
  return { input: gi, output: go };
}

function generate_963e52fc(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [3, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [6, 15] as const);
  const p = unifint(rng, diff_lb, diff_ub, [2, Math.floor(w / 2)] as const);
  const bgc = rng.choice(cols);
  const remcols = remove(bgc, cols);
  const numc = unifint(rng, diff_lb, diff_ub, [1, 9] as const);
  const ccols = rng.sample(remcols, numc);
  const obj = set<Cell>();
  for (let j = 0; j < p; j++) {
    let ub = unifint(rng, diff_lb, diff_ub, [0, Math.floor(h / 2)] as const);
    ub = Math.floor(h / 2) - ub;
    const lb = unifint(rng, diff_lb, diff_ub, [ub, h - 1] as const);
    const numcells = unifint(rng, diff_lb, diff_ub, [1, lb - ub + 1] as const);
    for (const ii of rng.sample(interval(ub, lb + 1, 1), numcells)) {
      const loc = [ii, j] as const;
      const col = rng.choice(ccols);
      const cell: Cell = [col, loc];
      obj.add(cell);
    }
  }
  let go = canvas(bgc, [h, w * 2]);
  const minobj = obj.union(shift(obj, [0, p]));
  const addonw = rng.randint(0, p);
  const addon = sfilter(obj, (cij) => cij[1][1] < addonw);
  const leftshift = rng.randint(0, addonw);
  const fullobj = shift(minobj.union(addon), [0, -leftshift]);
  go = paint(go, fullobj);
  for (let j = 0; j < floordiv(2 * w, 2 * p) + 1; j++) {
    go = paint(go, shift(fullobj, [0, j * 2 * p]));
  }
  const gi = lefthalf(go);
  return { input: gi, output: go };
}

function generate_3e980e27(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = difference(interval(0, 10, 1), [2, 3] as const);
  const h = unifint(rng, diff_lb, diff_ub, [11, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [11, 30] as const);
  const [bgc, rcol, gcol] = unpack(rng.sample(cols, 3), 3);
  const objs: ArcObject[] = [];
  let oh: number;
  let ow: number;
  for (const [fixc, remc] of [
    [2, rcol],
    [3, gcol],
  ] as const) {
    oh = unifint(rng, diff_lb, diff_ub, [2, 5] as const);
    ow = unifint(rng, diff_lb, diff_ub, [2, 5] as const);
    const bounds = asindices(canvas(-1, [oh, ow]));
    const shpset = set<IntegerTuple>([rng.choice(totuple(bounds))]);
    const ncellsd = unifint(rng, diff_lb, diff_ub, [0, Math.floor((oh * ow) / 2)] as const);
    let ncells: number = rng.choice([ncellsd, oh * ow - ncellsd] as const);
    ncells = Math.min(Math.max(2, ncells), oh * ow);
    for (let k = 0; k < ncells - 1; k++) {
      shpset.add(
        rng.choice(totuple(bounds.difference(shpset).intersection(mapply(neighbors, shpset)))),
      );
    }
    const shp = normalize(shpset);
    const fixp = rng.choice(totuple(shp));
    const rem = remove(fixp, shp);
    objs.push(set<Cell>([[fixc, fixp]]).union(recolor(remc, rem)));
  }
  let [robj, gobj] = unpack(objs, 2);
  const [obj1, obj2] = unpack(rng.sample(objs, 2), 2);
  const loci1 = rng.randint(0, h - height(obj1) - height(obj2) - 1);
  const locj1 = rng.randint(0, w - width(obj1));
  const loci2 = rng.randint(loci1 + height(obj1) + 1, h - height(obj2));
  const locj2 = rng.randint(0, w - width(obj2));
  let gi = canvas(bgc, [h, w]);
  const obj1p = shift(obj1, [loci1, locj1]);
  const obj2p = shift(obj2, [loci2, locj2]);
  gi = paint(gi, obj1p);
  gi = paint(gi, obj2p);
  const noccs = unifint(rng, diff_lb, diff_ub, [
    1,
    floordiv(h * w, int(1.5 * (len(robj) + len(gobj)))),
  ] as const);
  let succ = 0;
  let tr = 0;
  const maxtr = 5 * noccs;
  robj = vmirror(robj);
  let inds = ofcolor(gi, bgc).difference(
    mapply(neighbors, toindices(obj1p)).union(mapply(neighbors, toindices(obj2p))),
  );
  let go: Grid = [...gi].map((e) => e);
  const objopts = [robj, gobj];
  while (tr < maxtr && succ < noccs) {
    tr += 1;
    const obj = rng.choice(objopts);
    [oh, ow] = shape(obj);
    const cands = sfilter(inds, (ij) => ij[0] <= h - oh && ij[1] <= w - ow);
    if (len(cands) === 0) {
      continue;
    }
    const loc = rng.choice(totuple(cands));
    const plcd = shift(obj, loc);
    const plcdi = toindices(plcd);
    if (plcdi.issubset(inds)) {
      succ += 1;
      inds = inds.difference(plcdi).difference(mapply(neighbors, plcdi));
      gi = paint(
        gi,
        sfilter(plcd, (cij) => contains([2, 3], cij[0])),
      );
      go = paint(go, plcd);
    }
  }
  if (unifint(rng, diff_lb, diff_ub, [1, 100] as const) < 30) {
    const c = rng.choice([2, 3] as const);
    const giobjs = objects(gi, F, T, T);
    const goobjs = objects(go, F, T, T);
    gi = fill(
      gi,
      bgc,
      mfilter(giobjs, (o) => contains(palette(o), c)),
    );
    go = fill(
      go,
      bgc,
      mfilter(goobjs, (o) => contains(palette(o), c)),
    );
  }
  return { input: gi, output: go };
}

function generate_a8c38be5(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const goh = unifint(rng, diff_lb, diff_ub, [9, 20] as const);
  const gow = unifint(rng, diff_lb, diff_ub, [9, 20] as const);
  const h = unifint(rng, diff_lb, diff_ub, [goh + 4, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [gow + 4, 30] as const);
  const [bgc, sqc] = unpack(rng.sample(cols, 2), 2);
  const remcols = remove(bgc, remove(sqc, cols));
  const numc = unifint(rng, diff_lb, diff_ub, [1, 8] as const);
  const ccols = rng.sample(remcols, numc);
  let go = canvas(sqc, [goh, gow]);
  go = fill(go, bgc, box(asindices(go)));
  const loci1 = rng.randint(2, goh - 7);
  const loci2 = rng.randint(loci1 + 4, goh - 3);
  const locj1 = rng.randint(2, gow - 7);
  const locj2 = rng.randint(locj1 + 4, gow - 3);
  const f1 = hfrontier([loci1, 0]);
  const f2 = hfrontier([loci2, 0]);
  const f3 = vfrontier([0, locj1]);
  const f4 = vfrontier([0, locj2]);
  const fs = f1.union(f2).union(f3).union(f4);
  go = fill(go, sqc, fs);
  go = fill(go, bgc, set<IntegerTuple>([[Math.floor((loci1 + loci2) / 2), 1]]));
  go = fill(go, bgc, set<IntegerTuple>([[Math.floor((loci1 + loci2) / 2), gow - 2]]));
  go = fill(go, bgc, set<IntegerTuple>([[1, Math.floor((locj1 + locj2) / 2)]]));
  go = fill(go, bgc, set<IntegerTuple>([[goh - 2, Math.floor((locj1 + locj2) / 2)]]));
  const fgobjs = objects(go, T, F, T);
  const recoloured = merge(set([...fgobjs].map((obj) => recolor(rng.choice(ccols), obj))));
  go = paint(go, recoloured);
  let gi: Grid = go;
  const hdelt = h - goh;
  const hdelt1 = rng.randint(1, hdelt - 3);
  const hdelt2 = rng.randint(1, hdelt - hdelt1 - 2);
  const hdelt3 = rng.randint(1, hdelt - hdelt1 - hdelt2 - 1);
  const hdelt4 = hdelt - hdelt1 - hdelt2 - hdelt3;
  const wdelt = w - gow;
  const wdelt1 = rng.randint(1, wdelt - 3);
  const wdelt2 = rng.randint(1, wdelt - wdelt1 - 2);
  const wdelt3 = rng.randint(1, wdelt - wdelt1 - wdelt2 - 1);
  const wdelt4 = wdelt - wdelt1 - wdelt2 - wdelt3;
  gi = concat(concat(gi.slice(0, loci2), repeat(repeat(bgc, gow), hdelt2)), gi.slice(loci2));
  gi = concat(
    concat(gi.slice(0, loci1 + 1), repeat(repeat(bgc, gow), hdelt3)),
    gi.slice(loci1 + 1),
  );
  gi = concat(concat(repeat(repeat(bgc, gow), hdelt1), gi), repeat(repeat(bgc, gow), hdelt4));
  gi = dmirror(gi);
  gi = concat(concat(gi.slice(0, locj2), repeat(repeat(bgc, h), wdelt2)), gi.slice(locj2));
  gi = concat(concat(gi.slice(0, locj1 + 1), repeat(repeat(bgc, h), wdelt3)), gi.slice(locj1 + 1));
  gi = concat(concat(repeat(repeat(bgc, h), wdelt1), gi), repeat(repeat(bgc, h), wdelt4));
  gi = dmirror(gi);
  const nswitcheroos = unifint(rng, diff_lb, diff_ub, [0, 10] as const);
  if (rng.choice([true, false])) {
    gi = concat(gi.slice(loci1 + hdelt1 + 1), gi.slice(0, loci1 + hdelt1 + 1));
  }
  if (rng.choice([true, false])) {
    gi = dmirror(gi);
    gi = concat(gi.slice(locj1 + wdelt1 + 1), gi.slice(0, locj1 + wdelt1 + 1));
    gi = dmirror(gi);
  }
  for (let k = 0; k < nswitcheroos; k++) {
    const o = asobject(gi);
    let tmpc = canvas(bgc, [h + 12, w + 12]);
    tmpc = paint(tmpc, shift(o, [6, 6]));
    const objs = apply((ob: ArcObject) => shift(ob, [-6, -6]), objects(tmpc, F, T, T));
    const mpr = new PyDict<IntegerTuple, ArcObject[]>();
    for (const obj of objs) {
      const shp = shape(obj);
      if (contains(mpr, shp)) {
        mpr.get(shp).push(obj);
      } else {
        mpr.set(shp, [obj]);
      }
    }
    if (pymax(mpr.values().map((x) => len(x))) === 1) {
      break;
    }
    const ress = mpr
      .items()
      .filter(([_kk, v]) => len(v) > 1)
      .map(([kk, v]) => [kk, v] as const);
    const [_res, abc] = rng.choice(ress);
    const [a, b] = unpack(rng.sample(abc, 2), 2);
    const ulca = ulcorner(a);
    const ulcb = ulcorner(b);
    const ap = shift(normalize(a), ulcb);
    const bp = shift(normalize(b), ulca);
    gi = paint(gi, ap.union(bp));
  }
  const nshifts = unifint(rng, diff_lb, diff_ub, [0, 30] as const);
  for (let k = 0; k < nshifts; k++) {
    const o = asobject(gi);
    let tmpc = canvas(bgc, [h + 12, w + 12]);
    tmpc = paint(tmpc, shift(o, [6, 6]));
    const shifted = apply((ob: ArcObject) => shift(ob, [-6, -6]), objects(tmpc, F, F, T));
    const objs = sfilter(shifted, compose(flip, rbind(bordering, gi)));
    if (len(objs) === 0) {
      break;
    }
    const obj = rng.choice(totuple(objs));
    const direc1 = [rng.randint(-1, 1), rng.randint(-1, 1)] as const;
    const direc2 = position(
      set<IntegerTuple>([[Math.floor(h / 2), Math.floor(w / 2)]]),
      set<IntegerTuple>([center(obj)]),
    );
    const direc = rng.choice<IntegerTuple>([direc1, direc2]);
    gi = fill(gi, bgc, obj);
    gi = paint(gi, shift(obj, direc));
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

function generate_6c434453(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = remove(2, interval(0, 10, 1));
  const h = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const bgc = rng.choice(cols);
  const remcols = remove(bgc, cols);
  const ncols = unifint(rng, diff_lb, diff_ub, [1, 8] as const);
  const ccols = rng.sample(remcols, ncols);
  const nobjs = unifint(rng, diff_lb, diff_ub, [2, Math.floor((h * w) / 16)] as const);
  let succ = 0;
  let tr = 0;
  const maxtr = 5 * nobjs;
  let gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [h, w]);
  let inds = asindices(gi);
  let obji: Indices;
  let objo: Indices;
  let oh: number;
  let ow: number;
  let tocover: Indices;
  while (succ < nobjs && tr < maxtr) {
    tr += 1;
    if (rng.choice([true, false])) {
      oh = rng.choice([3, 5] as const);
      ow = rng.choice([3, 5] as const);
      obji = box(
        frozenset(
          set<IntegerTuple>([
            [0, 0],
            [oh - 1, ow - 1],
          ]),
        ),
      );
    } else {
      oh = rng.randint(1, 5);
      ow = rng.randint(1, 5);
      const bounds = asindices(canvas(-1, [oh, ow]));
      const ncells = rng.randint(1, oh * ow);
      obji = set<IntegerTuple>([rng.choice(totuple(bounds))]);
      for (let k = 0; k < ncells - 1; k++) {
        setAdd(
          obji,
          rng.choice(totuple(bounds.difference(obji).intersection(mapply(dneighbors, obji)))),
        );
      }
      obji = normalize(obji);
    }
    [oh, ow] = shape(obji);
    const flag = eq(obji, box(obji)) && set(shape(obji)).issubset(set([3, 5]));
    if (flag) {
      objo = connect([0, Math.floor(ow / 2)], [oh - 1, Math.floor(ow / 2)]).union(
        connect([Math.floor(oh / 2), 0], [Math.floor(oh / 2), ow - 1]),
      );
      tocover = backdrop(obji);
    } else {
      objo = obji;
      tocover = obji;
    }
    const cands = sfilter(inds, (ij) => ij[0] <= h - oh && ij[1] <= w - ow);
    const loc = rng.choice(totuple(cands));
    const plcdi = shift(obji, loc);
    if (plcdi.issubset(inds)) {
      const plcdo = shift(objo, loc);
      succ += 1;
      const tocoveri = shift(tocover, loc);
      inds = inds.difference(tocoveri).difference(mapply(dneighbors, tocoveri));
      const col = rng.choice(ccols);
      gi = fill(gi, col, plcdi);
      go = fill(go, flag ? 2 : col, plcdo);
    }
  }
  return { input: gi, output: go };
}

function generate_7837ac64(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  let oh = unifint(rng, diff_lb, diff_ub, [2, 6] as const);
  let ow = unifint(rng, diff_lb, diff_ub, [2, 6] as const);
  const [bgc, linc] = unpack(rng.sample(cols, 2), 2);
  const remcols = remove(bgc, remove(linc, cols));
  const numcols = unifint(rng, diff_lb, diff_ub, [1, 8] as const);
  const ccols = rng.sample(remcols, numcols);
  let go = canvas(bgc, [oh, ow]);
  let inds = asindices(go);
  const fullinds = asindices(go);
  const nocc = unifint(rng, diff_lb, diff_ub, [1, oh * ow] as const);
  for (let k = 0; k < nocc; k++) {
    const mprdict = new PyDict(
      ccols.map(
        (cc) =>
          [
            cc,
            sfilter(inds.union(mapply(neighbors, ofcolor(go, cc))), (ij) =>
              neighbors(ij)
                .intersection(fullinds)
                .issubset(inds.union(ofcolor(go, cc))),
            ),
          ] as const,
      ),
    );
    const mpr = mprdict
      .items()
      .filter(([_kk, vv]) => len(vv) > 0)
      .map(([kk, vv]) => [kk, vv] as const);
    if (len(mpr) === 0) {
      break;
    }
    const [col, locs] = rng.choice(mpr);
    const loc = rng.choice(totuple(locs));
    go = fill(go, col, set([loc]));
    inds = remove(loc, inds);
  }
  const fgcells = fullinds.difference(ofcolor(go, bgc));
  go = subgrid(fgcells, go);
  [oh, ow] = shape(go);
  const sqsizh = unifint(rng, diff_lb, diff_ub, [2, floordiv(30 - oh - 1, oh)] as const);
  const sqsizw = unifint(rng, diff_lb, diff_ub, [2, floordiv(30 - ow - 1, ow)] as const);
  const fullh = oh + 1 + oh * sqsizh;
  const fullw = ow + 1 + ow * sqsizw;
  let gi = canvas(linc, [fullh, fullw]);
  const sq = backdrop(
    frozenset(
      set<IntegerTuple>([
        [0, 0],
        [sqsizh - 1, sqsizw - 1],
      ]),
    ),
  );
  const obj = asobject(go);
  for (const [col, ij] of obj) {
    const plcd = shift(sq, add([1, 1] as const, multiply(ij, [sqsizh + 1, sqsizw + 1] as const)));
    gi = fill(gi, bgc, plcd);
    if (!eq(col, bgc)) {
      gi = fill(gi, col, corners(outbox(plcd)));
    }
  }
  const gih = unifint(rng, diff_lb, diff_ub, [fullh, 30] as const);
  const giw = unifint(rng, diff_lb, diff_ub, [fullw, 30] as const);
  const loci = rng.randint(0, gih - fullh);
  const locj = rng.randint(0, giw - fullw);
  let gigi = canvas(bgc, [gih, giw]);
  const plcd = shift(asobject(gi), [loci, locj]);
  gigi = paint(gigi, plcd);
  const [ulci, ulcj] = ulcorner(plcd);
  const [_lrci, _lrcj] = lrcorner(plcd);
  for (const a of range(ulci, gih + 1, sqsizh + 1)) {
    gigi = fill(gigi, linc, hfrontier([a, 0]));
  }
  for (const a of range(ulci, -1, -sqsizh - 1)) {
    gigi = fill(gigi, linc, hfrontier([a, 0]));
  }
  for (const b of range(ulcj, giw + 1, sqsizw + 1)) {
    gigi = fill(gigi, linc, vfrontier([0, b]));
  }
  for (const b of range(ulcj, -1, -sqsizw - 1)) {
    gigi = fill(gigi, linc, vfrontier([0, b]));
  }
  gi = paint(gigi, plcd);
  const gop = palette(go);
  while (true) {
    let go2: Grid = identity(go);
    for (const c of set(ccols).intersection(gop)) {
      const o1 = frozenset(
        set<Cell>([
          [c, ORIGIN],
          [bgc, RIGHT],
          [c, [0, 2]],
        ]),
      );
      const o2 = dmirror(o1);
      go2 = fill(
        go2,
        c,
        combine(shift(occurrences(go, o1), RIGHT), shift(occurrences(go, o2), DOWN)),
      );
    }
    if (eq(go2, go)) {
      break;
    }
    go = go2;
  }
  return { input: gi, output: go };
}

function generate_5ad4f10b(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const nbh = set<IntegerTuple>([
    [0, 0],
    [1, 0],
    [0, 1],
    [1, 1],
  ]);
  const nbhs = apply(
    lbind(shift, nbh),
    set<IntegerTuple>([
      [0, 0],
      [-1, 0],
      [0, -1],
      [-1, -1],
    ]),
  );
  let oh = unifint(rng, diff_lb, diff_ub, [2, 6] as const);
  let ow = unifint(rng, diff_lb, diff_ub, [2, 6] as const);
  const bounds = asindices(canvas(-1, [oh, ow]));
  let ncellsd = unifint(rng, diff_lb, diff_ub, [1, Math.floor((oh * ow) / 2)] as const);
  let ncells: number = rng.choice([ncellsd, oh * ow - ncellsd] as const);
  ncells = Math.min(Math.max(1, ncells), oh * ow - 1);
  let obj: Indices = set(rng.sample(totuple(bounds), ncells));
  while (
    len(
      sfilter(
        obj,
        (ij) => sum([...nbhs].map((nbh) => len(obj.intersection(shift(nbh, ij))) < 4)) > 0,
      ),
    ) === 0
  ) {
    ncellsd = unifint(rng, diff_lb, diff_ub, [1, Math.floor((oh * ow) / 2)] as const);
    ncells = rng.choice([ncellsd, oh * ow - ncellsd] as const);
    ncells = Math.min(Math.max(1, ncells), oh * ow);
    obj = set(rng.sample(totuple(bounds), ncells));
  }
  obj = normalize(obj);
  [oh, ow] = shape(obj);
  const [bgc, noisec, objc] = unpack(rng.sample(cols, 3), 3);
  let go = canvas(bgc, [oh, ow]);
  go = fill(go, noisec, obj);
  const fac = unifint(rng, diff_lb, diff_ub, [
    2,
    Math.min(floordiv(28, oh), floordiv(28, ow)),
  ] as const);
  const gobj = asobject(upscale(replace(go, noisec, objc), fac));
  [oh, ow] = shape(gobj);
  const h = unifint(rng, diff_lb, diff_ub, [oh + 2, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [ow + 2, 30] as const);
  const loci = rng.randint(1, h - oh - 1);
  const locj = rng.randint(1, w - ow - 1);
  let gi = canvas(bgc, [h, w]);
  gi = paint(gi, shift(gobj, [loci, locj]));
  const cands = ofcolor(gi, bgc);
  const namt = unifint(rng, diff_lb, diff_ub, [
    2,
    Math.max(1, Math.floor(len(cands) / 4)),
  ] as const);
  const noise = rng.sample(totuple(cands), namt);
  gi = fill(gi, noisec, noise);
  return { input: gi, output: go };
}

function generate_7df24a62(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [12, 32] as const);
  const w = unifint(rng, diff_lb, diff_ub, [12, 32] as const);
  const oh = unifint(rng, diff_lb, diff_ub, [3, Math.min(7, Math.floor(h / 3))] as const);
  const ow = unifint(rng, diff_lb, diff_ub, [3, Math.min(7, Math.floor(w / 3))] as const);
  const [bgc, noisec, sqc] = unpack(rng.sample(cols, 3), 3);
  const tmpg = canvas(sqc, [oh, ow]);
  const inbounds = backdrop(inbox(asindices(tmpg)));
  const obj = set<IntegerTuple>([rng.choice(totuple(inbounds))]);
  while (!eq(shape(obj), [oh - 2, ow - 2] as const)) {
    setAdd(obj, rng.choice(totuple(inbounds.difference(obj))));
  }
  const pat = fill(tmpg, noisec, obj);
  const targ = asobject(fill(canvas(bgc, [oh, ow]), noisec, obj));
  const sour = asobject(pat);
  let gi = canvas(bgc, [h, w]);
  const loci = rng.randint(1, h - oh - 1);
  const locj = rng.randint(1, w - ow - 1);
  const plcddd = shift(sour, [loci, locj]);
  gi = paint(gi, plcddd);
  let inds = ofcolor(gi, bgc).intersection(shift(asindices(canvas(-1, [h - 2, w - 2])), [1, 1]));
  inds = inds.difference(toindices(plcddd).union(mapply(dneighbors, toindices(plcddd))));
  const namt = unifint(rng, diff_lb, diff_ub, [1, Math.max(1, Math.floor(len(inds) / 4))] as const);
  const noise = rng.sample(totuple(inds), namt);
  gi = fill(gi, noisec, noise);
  const targs = [];
  const sours = [];
  const fns: ((obj: ArcObject) => ArcObject)[] = [identity, dmirror, cmirror, hmirror, vmirror];
  for (const fn1 of fns) {
    for (const fn2 of fns) {
      targs.push(normalize(fn1(fn2(targ))));
      sours.push(normalize(fn1(fn2(sour))));
    }
  }
  const noccs = unifint(rng, diff_lb, diff_ub, [
    1,
    Math.max(1, floordiv(h * w, oh * ow * 4)),
  ] as const);
  let succ = 0;
  let tr = 0;
  const maxtr = 5 * noccs;
  while (succ < noccs && tr < maxtr) {
    tr += 1;
    const t = rng.choice(targs);
    const [hh, ww] = shape(t);
    const cands = sfilter(
      inds,
      (ij) => 1 <= ij[0] && ij[0] <= h - hh - 1 && 1 <= ij[1] && ij[1] <= w - ww - 1,
    );
    if (len(cands) === 0) {
      continue;
    }
    const loc = rng.choice(totuple(cands));
    const tp = shift(t, loc);
    const tpi = toindices(tp);
    if (tpi.issubset(inds)) {
      succ += 1;
      inds = inds.difference(tpi);
      gi = paint(gi, tp);
    }
  }
  let go = replace(gi, sqc, bgc);
  go = paint(go, plcddd);
  let res: ArcObject = set();
  for (const [t, s] of zip(targs, sours)) {
    res = res.union(mapply(lbind(shift, s), occurrences(go, t)));
  }
  go = paint(go, res);
  gi = trim(gi);
  go = trim(go);
  return { input: gi, output: go };
}

function generate_539a4f51(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(1, 10, 1);
  const d = unifint(rng, diff_lb, diff_ub, [2, 15] as const);
  const [h, w] = [d, d];
  let gi = canvas(0, [h, w]);
  const numc = unifint(rng, diff_lb, diff_ub, [2, 9] as const);
  const ccols = rng.sample(cols, numc);
  const numocc = unifint(rng, diff_lb, diff_ub, [1, d] as const);
  let arr = range(numocc).map(() => rng.choice(ccols));
  while (len(set(arr)) === 1) {
    arr = range(d).map(() => rng.choice(ccols));
  }
  let col: number;
  let j: number;
  for ([j, col] of enumerate(arr)) {
    gi = fill(gi, col, connect([j, 0], [j, j]).union(connect([0, j], [j, j])));
  }
  let go = canvas(0, [2 * d, 2 * d]);
  for (let j = 0; j < 2 * d; j++) {
    col = at(arr, mod(j, len(arr)));
    go = fill(go, col, connect([j, 0], [j, j]).union(connect([0, j], [j, j])));
  }
  const rotf = rng.choice<GridFunction>([identity, rot90, rot180, rot270]);
  gi = rotf(gi);
  go = rotf(go);
  return { input: gi, output: go };
}

function generate_ce602527(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [12, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [12, 30] as const);
  const [bgc, c1, c2, c3] = unpack(rng.sample(cols, 4), 4);
  let a: Indices;
  let b: Indices;
  let maxinh: number;
  let maxinw: number;
  let objs: Indices[];
  while (true) {
    objs = [];
    for (let k = 0; k < 2; k++) {
      const oh1 = unifint(rng, diff_lb, diff_ub, [3, Math.floor(h / 3) - 1] as const);
      const ow1 = unifint(rng, diff_lb, diff_ub, [3, Math.floor(w / 3) - 1] as const);
      const cc1 = canvas(bgc, [oh1, ow1]);
      const bounds1 = asindices(cc1);
      const numcd1 = unifint(rng, diff_lb, diff_ub, [0, Math.floor((oh1 * ow1) / 2) - 4] as const);
      let numc1: number = rng.choice([numcd1, oh1 * ow1 - numcd1] as const);
      numc1 = Math.min(Math.max(3, numc1), oh1 * ow1 - 3);
      const obj1 = set<IntegerTuple>([rng.choice(totuple(bounds1))]);
      while (len(obj1) < numc1 || !eq(shape(obj1), [oh1, ow1] as const)) {
        setAdd(
          obj1,
          rng.choice(totuple(bounds1.difference(obj1).intersection(mapply(dneighbors, obj1)))),
        );
      }
      objs.push(normalize(obj1));
    }
    [a, b] = unpack(objs, 2);
    let ag = fill(canvas(0, shape(a)), 1, a);
    let bg = fill(canvas(0, shape(b)), 1, b);
    maxinh = Math.floor(Math.min(height(a), height(b)) / 2) + 1;
    maxinw = Math.floor(Math.min(width(a), width(b)) / 2) + 1;
    const maxshp = [maxinh, maxinw] as const;
    ag = crop(ag, [0, 0], maxshp);
    bg = crop(bg, [0, 0], maxshp);
    if (!eq(ag, bg)) {
      break;
    }
  }
  [a, b] = unpack(objs, 2);
  const trgo = rng.choice(objs);
  const trgo2 = ofcolor(upscale(fill(canvas(0, shape(trgo)), 1, trgo), 2), 1);
  const staysinh = unifint(rng, diff_lb, diff_ub, [maxinh * 2, height(trgo) * 2] as const);
  const nout = height(trgo2) - staysinh;
  const loci = h - height(trgo2) + nout;
  const locj = rng.randint(0, w - maxinw * 2);
  let gi = canvas(bgc, [h, w]);
  gi = fill(gi, c3, shift(trgo2, [loci, locj]));
  const [[lcol, lobj], [rcol, robj]] = unpack(
    rng.sample([[c1, a] as const, [c2, b] as const], 2),
    2,
  );
  const cands = ofcolor(gi, bgc).difference(box(asindices(gi)));
  const lca = sfilter(cands, (ij) => ij[1] < Math.floor(w / 3) * 2);
  const lcands = sfilter(lca, (ij) => shift(lobj, ij).issubset(lca));
  let lloc: IntegerTuple;
  let rloc: IntegerTuple;
  while (true) {
    lloc = rng.choice(totuple(lcands));
    rloc = rng.choice(totuple(lcands));
    const lplcd = shift(lobj, lloc);
    const rplcd = shift(robj, rloc);
    if (lplcd.issubset(cands) && rplcd.issubset(cands) && len(lplcd.intersection(rplcd)) === 0) {
      break;
    }
  }
  gi = fill(gi, lcol, shift(lobj, lloc));
  gi = fill(gi, rcol, shift(robj, rloc));
  let go = fill(canvas(bgc, shape(trgo)), eq(trgo, a) ? c1 : c2, trgo);
  const mfs = [
    identity,
    rot90,
    rot180,
    rot270,
    cmirror,
    dmirror,
    hmirror,
    vmirror,
  ] as GridFunction[];
  const mf = rng.choice(mfs);
  [gi, go] = [mf(gi), mf(go)];
  return { input: gi, output: go };
}

function generate_c8cbb738(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const gh = unifint(rng, diff_lb, diff_ub, [3, 10] as const);
  const gw = unifint(rng, diff_lb, diff_ub, [3, 10] as const);
  const h = unifint(rng, diff_lb, diff_ub, [gh * 2, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [gw * 2, 30] as const);
  const bgc = rng.choice(cols);
  const remcols = remove(bgc, cols);
  const ncols = unifint(rng, diff_lb, diff_ub, [1, 9] as const);
  let ccols = rng.sample(remcols, ncols);
  let gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [gh, gw]);
  const goinds = asindices(go);
  const ring = box(goinds);
  const crns = corners(ring);
  let remring = ring.difference(crns);
  const nrr = len(remring);
  const sc = at(ccols, 0);
  go = fill(go, sc, crns);
  const loci = rng.randint(0, h - gh);
  const locj = rng.randint(0, w - gw);
  gi = fill(gi, sc, shift(crns, [loci, locj]));
  ccols = ccols.slice(1);
  const bL = connect([0, 0], [gh - 1, 0]);
  const bR = connect([0, gw - 1], [gh - 1, gw - 1]);
  const bT = connect([0, 0], [0, gw - 1]);
  const bB = connect([gh - 1, 0], [gh - 1, gw - 1]);
  const validpairs = [[bL, bT] as const, [bL, bB] as const, [bR, bT] as const, [bR, bB] as const];
  for (const c of ccols) {
    if (len(remring) < 3) {
      break;
    }
    const obj = set(
      rng.sample(
        totuple(remring),
        unifint(rng, diff_lb, diff_ub, [
          3,
          Math.max(3, Math.min(len(remring), floordiv(nrr, len(ccols)))),
        ] as const),
      ),
    );
    let flag: boolean = false;
    for (const [b1, b2] of validpairs) {
      if (len(obj.intersection(b1)) > 0 && len(obj.intersection(b2)) > 0) {
        flag = true;
        break;
      }
    }
    if (flag) {
      const [oh, ow] = shape(obj);
      const locs = ofcolor(gi, bgc);
      const cands = sfilter(locs, (ij) => ij[0] <= h - oh && ij[1] <= w - ow);
      if (len(cands) > 0) {
        const objn = normalize(obj);
        const cands2 = sfilter(cands, (ij) => shift(objn, ij).issubset(locs));
        if (len(cands2) > 0) {
          const loc = rng.choice(totuple(cands2));
          gi = fill(gi, c, shift(objn, loc));
          go = fill(go, c, obj);
          remring = remring.difference(obj);
        }
      }
    }
  }
  return { input: gi, output: go };
}

function generate_b527c5c6(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [8, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [8, 30] as const);
  const bgc = rng.choice(cols);
  const remcols = remove(bgc, cols);
  const ncols = unifint(rng, diff_lb, diff_ub, [2, 9] as const);
  const ccols = rng.sample(remcols, ncols);
  let gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [h, w]);
  let inds = asindices(gi);
  const fullinds = asindices(gi);
  const noccs = unifint(rng, diff_lb, diff_ub, [1, 10] as const);
  let tr = 0;
  let succ = 0;
  const maxtr = 10 * noccs;
  let dcands1: Indices;
  let dcands2: Indices;
  let lrflag: boolean;
  while (succ < noccs && tr < maxtr) {
    tr += 1;
    const d1 = rng.randint(3, rng.randint(3, Math.floor(Math.min(h, w) / 2) - 1));
    const d2 = rng.randint(d1 * 2 + 1, rng.randint(d1 * 2 + 1, Math.min(h, w) - 1));
    const [oh, ow] = unpack(rng.sample([d1, d2], 2), 2);
    const cands = sfilter(
      inds,
      (ij) => 1 <= ij[0] && ij[0] <= h - oh - 1 && 1 <= ij[1] && ij[1] <= w - ow - 1,
    );
    if (len(cands) === 0) {
      continue;
    }
    let loc = rng.choice(totuple(cands));
    const [loci, locj] = loc;
    const bx = box(
      frozenset(set([[loci, locj] as const, [loci + oh - 1, locj + ow - 1] as const])),
    );
    const bd = backdrop(bx);
    if (ow < oh) {
      lrflag = true;
      dcands1 = connect([loci + ow - 1, locj], [loci + oh - 1 - ow + 1, locj]);
      dcands2 = shift(dcands1, [0, ow - 1]);
    } else {
      lrflag = false;
      dcands1 = connect([loci, locj + oh - 1], [loci, locj + ow - 1 - oh + 1]);
      dcands2 = shift(dcands1, [oh - 1, 0]);
    }
    const dcands = dcands1.union(dcands2);
    loc = rng.choice(totuple(dcands));
    const sgnflag = contains(dcands1, loc) ? -1 : 1;
    const direc = [sgnflag * (lrflag ? 0 : 1), sgnflag * (!lrflag ? 0 : 1)] as const;
    const ln = shoot(loc, direc);
    let shell: Indices = set();
    for (let k = 0; k < Math.min(oh, ow) - 1; k++) {
      shell = shell.union(power(outbox, k + 1)(ln));
    }
    const [sqc, dotc] = unpack(rng.sample(ccols, 2), 2);
    const giobj = recolor(sqc, remove(loc, bd)).union(set([[dotc, loc] as const]));
    let goobj = recolor(sqc, bd.union(shell).difference(ln)).union(recolor(dotc, ln));
    goobj = sfilter(goobj, (cij) => contains(fullinds, cij[1]));
    const goobji = toindices(goobj);
    if (goobji.issubset(inds)) {
      succ += 1;
      inds = inds.difference(goobji).difference(mapply(dneighbors, bd));
      gi = paint(gi, giobj);
      go = paint(go, goobj);
    }
  }
  return { input: gi, output: go };
}

function generate_228f6490(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const nsq = unifint(rng, diff_lb, diff_ub, [1, Math.floor((h * w) / 50)] as const);
  let succ = 0;
  let tr = 0;
  let maxtr = 5 * nsq;
  const bgc = rng.choice(cols);
  let remcols = remove(bgc, cols);
  const sqc = rng.choice(remcols);
  remcols = remove(sqc, remcols);
  let gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [h, w]);
  let inds = asindices(gi);
  const forbidden = [];
  let bounds: Indices;
  let col: number;
  let loc: IntegerTuple;
  let ncells: number;
  let obj: Indices;
  let oh: number;
  let ow: number;
  while (tr < maxtr && succ < nsq) {
    tr += 1;
    oh = rng.randint(3, 6);
    ow = rng.randint(3, 6);
    const bd = asindices(canvas(-1, [oh, ow]));
    bounds = shift(asindices(canvas(-1, [oh - 2, ow - 2])), [1, 1]);
    obj = set<IntegerTuple>([rng.choice(totuple(bounds))]);
    ncells = rng.randint(1, (oh - 2) * (ow - 2));
    for (let k = 0; k < ncells - 1; k++) {
      setAdd(
        obj,
        rng.choice(totuple(bounds.difference(obj).intersection(mapply(dneighbors, obj)))),
      );
    }
    const sqcands = sfilter(inds, (ij) => ij[0] <= h - oh && ij[1] <= w - ow);
    if (len(sqcands) === 0) {
      continue;
    }
    loc = rng.choice(totuple(sqcands));
    const bdplcd = shift(bd, loc);
    if (bdplcd.issubset(inds)) {
      const tmpinds = inds.difference(bdplcd);
      const inobjn = normalize(obj);
      [oh, ow] = shape(obj);
      const inobjcands = sfilter(inds, (ij) => ij[0] <= h - oh && ij[1] <= w - ow);
      if (len(inobjcands) === 0) {
        continue;
      }
      const loc2 = rng.choice(totuple(inobjcands));
      const inobjplcd = shift(inobjn, loc2);
      const bdnorm = bd.difference(obj);
      if (
        inobjplcd.issubset(tmpinds) &&
        !contains(forbidden, bdnorm) &&
        !contains(forbidden, inobjn)
      ) {
        forbidden.push(bdnorm);
        forbidden.push(inobjn);
        succ += 1;
        inds = inds.difference(bdplcd.union(inobjplcd)).difference(mapply(dneighbors, inobjplcd));
        col = rng.choice(remcols);
        const oplcd = shift(obj, loc);
        gi = fill(gi, sqc, bdplcd.difference(oplcd));
        go = fill(go, sqc, bdplcd);
        go = fill(go, col, oplcd);
        gi = fill(gi, col, inobjplcd);
      }
    }
  }
  const nremobjs = unifint(rng, diff_lb, diff_ub, [0, Math.floor(len(inds) / 25)] as const);
  succ = 0;
  tr = 0;
  maxtr = 10 * nremobjs;
  while (tr < maxtr && succ < nremobjs) {
    tr += 1;
    oh = rng.randint(1, 4);
    ow = rng.randint(1, 4);
    bounds = asindices(canvas(-1, [oh, ow]));
    obj = set<IntegerTuple>([rng.choice(totuple(bounds))]);
    ncells = rng.randint(1, oh * ow);
    for (let k = 0; k < ncells - 1; k++) {
      setAdd(
        obj,
        rng.choice(totuple(bounds.difference(obj).intersection(mapply(dneighbors, obj)))),
      );
    }
    obj = normalize(obj);
    if (contains(forbidden, obj)) {
      continue;
    }
    const cands = sfilter(inds, (ij) => ij[0] <= h - oh && ij[1] <= w - ow);
    if (len(cands) === 0) {
      continue;
    }
    loc = rng.choice(totuple(cands));
    const plcd = shift(obj, loc);
    if (plcd.issubset(inds)) {
      succ += 1;
      inds = inds.difference(plcd).difference(mapply(dneighbors, plcd));
      col = rng.choice(remcols);
      gi = fill(gi, col, plcd);
      go = fill(go, col, plcd);
    }
  }
  return { input: gi, output: go };
}

function generate_93b581b8(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const bgc = rng.choice(cols);
  const remcols = remove(bgc, cols);
  const numcols = unifint(rng, diff_lb, diff_ub, [1, 9] as const);
  const ccols = rng.sample(remcols, numcols);
  const numocc = unifint(rng, diff_lb, diff_ub, [1, Math.floor((h * w) / 50)] as const);
  let succ = 0;
  let tr = 0;
  const maxtr = 10 * numocc;
  let gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [h, w]);
  let inds = asindices(gi);
  const fullinds = asindices(gi);
  while (tr < maxtr && succ < numocc) {
    tr += 1;
    const cands = sfilter(inds, (ij) => ij[0] <= h - 2 && ij[1] <= w - 2);
    if (len(cands) === 0) {
      break;
    }
    const loc = rng.choice(totuple(cands));
    const [c1, c2, c3, c4] = unpack(
      range(4).map(() => rng.choice(ccols)),
      4,
    );
    const q = set<IntegerTuple>([
      [0, 0],
      [0, 1],
      [1, 0],
      [1, 1],
    ]);
    const inobj = set<Cell>([
      [c1, [0, 0]],
      [c2, [0, 1]],
      [c3, [1, 0]],
      [c4, [1, 1]],
    ]);
    const outobj = inobj
      .union(recolor(c4, shift(q, [-2, -2])))
      .union(recolor(c3, shift(q, [-2, 2])))
      .union(recolor(c2, shift(q, [2, -2])))
      .union(recolor(c1, shift(q, [2, 2])));
    const inobjplcd = shift(inobj, loc);
    let outobjplcd = shift(outobj, loc);
    outobjplcd = sfilter(outobjplcd, (cij) => contains(fullinds, cij[1]));
    const outobjplcdi = toindices(outobjplcd);
    if (outobjplcdi.issubset(inds)) {
      succ += 1;
      inds = inds.difference(outobjplcdi).difference(mapply(dneighbors, toindices(inobjplcd)));
      gi = paint(gi, inobjplcd);
      go = paint(go, outobjplcd);
    }
  }
  return { input: gi, output: go };
}

function generate_447fd412(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [12, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [12, 30] as const);
  const [bgc, indic, mainc] = unpack(rng.sample(cols, 3), 3);
  let oh = unifint(rng, diff_lb, diff_ub, [1, 4] as const);
  let ow = unifint(rng, diff_lb, diff_ub, [1, 4] as const);
  if (oh * ow < 3) {
    if (rng.choice([true, false])) {
      oh = unifint(rng, diff_lb, diff_ub, [3, 4] as const);
    } else {
      ow = unifint(rng, diff_lb, diff_ub, [3, 4] as const);
    }
  }
  const bounds = asindices(canvas(-1, [oh, ow]));
  const ncells = unifint(rng, diff_lb, diff_ub, [3, oh * ow] as const);
  const shpset = set<IntegerTuple>([rng.choice(totuple(bounds))]);
  for (let k = 0; k < ncells - 1; k++) {
    shpset.add(
      rng.choice(totuple(bounds.difference(shpset).intersection(mapply(neighbors, shpset)))),
    );
  }
  const shp = normalize(shpset);
  [oh, ow] = shape(shp);
  const objt = totuple(shp);
  const kk = len(shp);
  const nindic = rng.randint(1, mod(kk, 2) === 1 ? Math.floor(kk / 2) : Math.floor(kk / 2) - 1);
  const indicobj = set(rng.sample(objt, nindic));
  const mainobj = shp.difference(indicobj);
  const obj = recolor(indic, indicobj).union(recolor(mainc, mainobj));
  const loci = rng.randint(0, h - oh);
  const locj = rng.randint(0, w - ow);
  let gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [h, w]);
  const plcd = shift(obj, [loci, locj]);
  gi = paint(gi, plcd);
  go = paint(go, plcd);
  let inds = ofcolor(gi, bgc).difference(mapply(neighbors, toindices(plcd)));
  const fullinds = asindices(gi);
  const noccs = unifint(rng, diff_lb, diff_ub, [
    1,
    Math.max(1, floordiv(h * w, 4 * len(plcd))),
  ] as const);
  let tr = 0;
  const maxtr = 5 * noccs;
  let succ = 0;
  while (succ < noccs && tr < maxtr) {
    tr += 1;
    const fac = rng.randint(1, Math.min(5, floordiv(Math.min(h, w), Math.max(oh, ow)) - 1));
    const outobj = upscale(obj, fac);
    const inobj = sfilter(outobj, (cij) => eq(cij[0], indic));
    const [hh, ww] = shape(outobj);
    const cands = sfilter(inds, (ij) => ij[0] <= h - hh && ij[1] <= w - ww);
    if (len(cands) === 0) {
      continue;
    }
    const loc = rng.choice(totuple(cands));
    const inobjp = shift(inobj, loc);
    let outobjp = shift(outobj, loc);
    outobjp = sfilter(outobjp, (cij) => contains(fullinds, cij[1]));
    const outobjpi = toindices(outobjp);
    if (outobjpi.issubset(inds)) {
      succ += 1;
      inds = inds.difference(outobjpi).difference(mapply(neighbors, toindices(inobjp)));
      gi = paint(gi, inobjp);
      go = paint(go, outobjp);
    }
  }
  return { input: gi, output: go };
}

function generate_50846271(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = remove(8, interval(0, 10, 1));
  const cf1 = (d: number) =>
    set([[Math.floor(d / 2), 0] as const, [Math.floor(d / 2), d - 1] as const]).union(
      set(
        rng.sample(
          totuple(connect([Math.floor(d / 2), 0], [Math.floor(d / 2), d - 1])),
          rng.randint(1, d),
        ),
      ),
    );
  const cf2 = (d: number) =>
    set([[0, Math.floor(d / 2)] as const, [d - 1, Math.floor(d / 2)] as const]).union(
      set(
        rng.sample(
          totuple(connect([0, Math.floor(d / 2)], [d - 1, Math.floor(d / 2)])),
          rng.randint(1, d),
        ),
      ),
    );
  const cf3 = (d: number) =>
    set(
      rng.sample(
        totuple(
          remove(
            [Math.floor(d / 2), Math.floor(d / 2)] as const,
            connect([Math.floor(d / 2), 0], [Math.floor(d / 2), d - 1]),
          ),
        ),
        rng.randint(1, d - 1),
      ),
    ).union(
      set(
        rng.sample(
          totuple(
            remove(
              [Math.floor(d / 2), Math.floor(d / 2)] as const,
              connect([0, Math.floor(d / 2)], [d - 1, Math.floor(d / 2)]),
            ),
          ),
          rng.randint(1, d - 1),
        ),
      ),
    );
  const cf = (d: number) => rng.choice([cf1, cf2, cf3])(d);
  const h = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  let dim = unifint(rng, diff_lb, diff_ub, [1, 3] as const);
  dim = 2 * dim + 1;
  const cross = connect([Math.floor(dim / 2), 0], [Math.floor(dim / 2), dim - 1]).union(
    connect([0, Math.floor(dim / 2)], [dim - 1, Math.floor(dim / 2)]),
  );
  const [bgc, crossc, noisec] = unpack(rng.sample(cols, 3), 3);
  let gi = canvas(bgc, [h, w]);
  const namt = unifint(rng, diff_lb, diff_ub, [int(0.35 * h * w), int(0.65 * h * w)] as const);
  let inds = asindices(gi);
  const noise = rng.sample(totuple(inds), namt);
  gi = fill(gi, noisec, noise);
  const initcross = rng.choice([cf1, cf2] as const)(dim);
  const loci = rng.randint(0, h - dim);
  const locj = rng.randint(0, w - dim);
  const delt = shift(cross.difference(initcross), [loci, locj]);
  gi = fill(gi, crossc, shift(initcross, [loci, locj]));
  gi = fill(gi, noisec, delt);
  let go = fill(gi, 8, delt);
  const plcd = shift(cross, [loci, locj]);
  const nbhs = mapply(neighbors, plcd);
  inds = inds.difference(plcd).difference(nbhs);
  const nbhs2 = mapply(neighbors, nbhs);
  inds = inds.difference(nbhs2);
  inds = inds.difference(mapply(neighbors, nbhs2));
  const noccs = unifint(rng, diff_lb, diff_ub, [1, truediv(h * w, 10 * dim)] as const);
  let succ = 0;
  let tr = 0;
  const maxtr = 5 * noccs;
  while (succ < noccs && tr < maxtr) {
    tr += 1;
    const cands = sfilter(inds, (ij) => ij[0] <= h - dim && ij[1] <= w - dim);
    if (len(cands) === 0) {
      break;
    }
    const loc = rng.choice(totuple(cands));
    const marked = shift(cf(dim), loc);
    const full = shift(cross, loc);
    const unmarked = full.difference(marked);
    const inobj = recolor(noisec, unmarked).union(recolor(crossc, marked));
    const outobj = recolor(8, unmarked).union(recolor(crossc, marked));
    const outobji = toindices(outobj);
    if (outobji.issubset(inds)) {
      const dnbhs = mapply(neighbors, outobji);
      const dnbhs2 = mapply(neighbors, dnbhs);
      inds = inds
        .difference(outobji)
        .difference(dnbhs.union(dnbhs2).union(mapply(neighbors, dnbhs2)));
      succ += 1;
      gi = paint(gi, inobj);
      go = paint(go, outobj);
    }
  }
  return { input: gi, output: go };
}

function generate_ae3edfdc(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = difference(interval(0, 10, 1), [1, 2, 3, 7] as const);
  const h = unifint(rng, diff_lb, diff_ub, [8, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [8, 30] as const);
  const bgc = rng.choice(cols);
  let go = canvas(bgc, [h, w]);
  const inds = asindices(go);
  const rdi = rng.randint(1, h - 2);
  const rdj = rng.randint(1, w - 2);
  const rd = [rdi, rdj] as const;
  let reminds = inds.difference(set<IntegerTuple>([rd]).union(neighbors(rd)));
  reminds = sfilter(reminds, (ij) => 1 <= ij[0] && ij[0] <= h - 2 && 1 <= ij[1] && ij[1] <= w - 2);
  const bd = rng.choice(totuple(reminds));
  const [_bdi, _bdj] = bd;
  go = fill(go, 2, set<IntegerTuple>([rd]));
  go = fill(go, 1, set<IntegerTuple>([bd]));
  const ngd = unifint(rng, diff_lb, diff_ub, [1, 8] as const);
  const gd = rng.sample(totuple(neighbors(rd)), ngd);
  const nod = unifint(rng, diff_lb, diff_ub, [1, 8] as const);
  const od = rng.sample(totuple(neighbors(bd)), nod);
  go = fill(go, 3, gd);
  go = fill(go, 7, od);
  type Mover = readonly [number, IntegerTuple];
  const gdmapper = new PyDict<IntegerTuple, Mover>(
    gd.map((d) => [d, [3, position(set<IntegerTuple>([rd]), set([d]))]] as const),
  );
  const odmapper = new PyDict<IntegerTuple, Mover>(
    od.map((d) => [d, [7, position(set<IntegerTuple>([bd]), set([d]))]] as const),
  );
  // {**gdmapper, **odmapper}
  const mpr = new PyDict<IntegerTuple, Mover>([...gdmapper.items(), ...odmapper.items()]);
  const ub = (len(gd) + len(od)) * Math.floor((h + w) / 5);
  const ndist = unifint(rng, diff_lb, diff_ub, [1, ub] as const);
  let gi: Grid = [...go].map((e) => e);
  const fullinds = asindices(gi);
  for (let k = 0; k < ndist; k++) {
    const options: (readonly [IntegerTuple, number, IntegerTuple])[] = [];
    for (const [loc, [col, direc]] of mpr.items()) {
      const [ii, jj] = add(loc, direc);
      if (contains(fullinds, [ii, jj]) && at(at(gi, ii), jj) === bgc) {
        options.push([loc, col, direc]);
      }
    }
    if (len(options) === 0) {
      break;
    }
    const [loc, col, direc] = rng.choice(options);
    mpr.delete(loc);
    const newloc = add(loc, direc);
    mpr.set(newloc, [col, direc]);
    gi = fill(gi, bgc, set([loc]));
    gi = fill(gi, col, set([newloc]));
  }
  return { input: gi, output: go };
}

function generate_469497ad(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = remove(2, interval(0, 10, 1));
  const h = unifint(rng, diff_lb, diff_ub, [3, 6] as const);
  const w = unifint(rng, diff_lb, diff_ub, [3, 6] as const);
  const [bgc, sqc] = unpack(rng.sample(cols, 2), 2);
  let gi = canvas(bgc, [h, w]);
  const sqh = rng.randint(1, h - 2);
  const sqw = rng.randint(1, w - 2);
  const sqloci = rng.randint(0, h - sqh - 2);
  const sqlocj = rng.randint(0, w - sqw - 2);
  const sq = backdrop(
    frozenset(
      set<IntegerTuple>([
        [sqloci, sqlocj],
        [sqloci + sqh - 1, sqlocj + sqw - 1],
      ]),
    ),
  );
  gi = fill(gi, sqc, sq);
  const numcub = Math.min(Math.min(Math.min(h, w) + 1, floordiv(30, Math.max(h, w))), 7);
  const numc = unifint(rng, diff_lb, diff_ub, [2, numcub] as const);
  const numaccc = numc - 1;
  const remcols = remove(bgc, remove(sqc, cols));
  const ccols = rng.sample(remcols, numaccc);
  gi = rot180(gi);
  let locs = rng.sample(interval(1, Math.min(h, w), 1), numaccc - 1);
  locs = concat([0], sorted(locs));
  for (const [c, l] of zip(ccols, locs)) {
    gi = fill(gi, c, shoot([0, l], [0, 1]));
    gi = fill(gi, c, shoot([l, 0], [1, 0]));
  }
  gi = rot180(gi);
  let go: Grid = upscale(gi, numc);
  const rect = ofcolor(go, sqc);
  const l1 = shoot(lrcorner(rect), [1, 1]);
  const l2 = shoot(ulcorner(rect), [-1, -1]);
  const l3 = shoot(urcorner(rect), [-1, 1]);
  const l4 = shoot(llcorner(rect), [1, -1]);
  const ll = l1.union(l2).union(l3).union(l4);
  go = fill(go, 2, ll.intersection(ofcolor(go, bgc)));
  const rotf = rng.choice<GridFunction>([identity, rot90, rot180, rot270]);
  gi = rotf(gi);
  go = rotf(go);
  return { input: gi, output: go };
}

function generate_97a05b5b(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [15, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [15, 30] as const);
  const sgh = rng.randint(Math.floor(h / 3), Math.floor(h / 3) * 2);
  const sgw = rng.randint(Math.floor(w / 3), Math.floor(w / 3) * 2);
  const [bgc, sqc] = unpack(rng.sample(cols, 2), 2);
  let remcols = remove(bgc, remove(sqc, cols));
  let gi = canvas(bgc, [h, w]);
  const oh = rng.randint(2, Math.floor(sgh / 2));
  const ow = rng.randint(2, Math.floor(sgw / 2));
  const nobjs = unifint(rng, diff_lb, diff_ub, [1, 8] as const);
  let objs: FrozenSet<Indices> = set<Indices>();
  const cands = asindices(canvas(-1, [oh, ow]));
  const forbidden = set<Indices>();
  let tr = 0;
  let maxtr = 4 * nobjs;
  const augmfs: ((p: Indices) => Indices)[] = [identity, dmirror, cmirror, hmirror, vmirror];
  while (len(objs) !== nobjs && tr < maxtr) {
    tr += 1;
    const shpset = set<IntegerTuple>([rng.choice(totuple(cands))]);
    const ncells = rng.randint(1, oh * ow - 1);
    for (let k = 0; k < ncells - 1; k++) {
      shpset.add(
        rng.choice(totuple(cands.difference(shpset).intersection(mapply(neighbors, shpset)))),
      );
    }
    const mirrf = rng.choice<(p: Indices) => Indices>([dmirror, cmirror, vmirror, hmirror]);
    const symm = shpset.union(mirrf(shpset));
    if (len(symm) === height(symm) * width(symm)) {
      continue;
    }
    const objn = normalize(frozenset(symm));
    if (!contains(forbidden, objn)) {
      setAdd(objs, objn);
    }
    for (const augmf1 of augmfs) {
      for (const augmf2 of augmfs) {
        forbidden.add(augmf1(augmf2(objn)));
      }
    }
  }
  tr = 0;
  maxtr = 5 * nobjs;
  let succ = 0;
  const loci = rng.randint(0, h - sgh);
  const locj = rng.randint(0, w - sgw);
  const bd = backdrop(
    frozenset(
      set<IntegerTuple>([
        [loci, locj],
        [loci + sgh - 1, locj + sgw - 1],
      ]),
    ),
  );
  gi = fill(gi, sqc, bd);
  let go = canvas(sqc, [sgh, sgw]);
  let goinds = asindices(go);
  let giinds = asindices(gi).difference(shift(goinds, [loci, locj]));
  giinds = giinds.difference(mapply(neighbors, shift(goinds, [loci, locj])));
  while (succ < nobjs && tr < maxtr && len(objs) > 0) {
    tr += 1;
    const obj = rng.choice(totuple(objs));
    const col = rng.choice(remcols);
    const subgi = fill(canvas(col, shape(obj)), sqc, obj);
    if (len(palette(subgi)) === 1) {
      continue;
    }
    const f1 = rng.choice<GridFunction>([identity, dmirror, vmirror, cmirror, hmirror]);
    const f2 = rng.choice<GridFunction>([identity, dmirror, vmirror, cmirror, hmirror]);
    const f = compose(f1, f2);
    const subgo = f(subgi);
    const giobj = asobject(subgi);
    const goobj = asobject(subgo);
    const [ohi, owi] = shape(giobj);
    const [oho, owo] = shape(goobj);
    const gocands = sfilter(goinds, (ij) => ij[0] <= sgh - oho && ij[1] <= sgw - owo);
    if (len(gocands) === 0) {
      continue;
    }
    const goloc = rng.choice(totuple(gocands));
    const goplcd = shift(goobj, goloc);
    const goplcdi = toindices(goplcd);
    if (goplcdi.issubset(goinds)) {
      const gicands = sfilter(giinds, (ij) => ij[0] <= h - ohi && ij[1] <= owi);
      if (len(gicands) === 0) {
        continue;
      }
      const giloc = rng.choice(totuple(gicands));
      const giplcd = shift(giobj, giloc);
      const giplcdi = toindices(giplcd);
      if (giplcdi.issubset(giinds)) {
        succ += 1;
        remcols = remove(col, remcols);
        objs = remove(obj, objs);
        goinds = goinds.difference(goplcdi);
        giinds = giinds.difference(giplcdi).difference(mapply(neighbors, giplcdi));
        gi = paint(gi, giplcd);
        gi = fill(
          gi,
          bgc,
          sfilter(shift(goplcd, [loci, locj]), (cij) => eq(cij[0], sqc)),
        );
        go = paint(go, goplcd);
      }
    }
  }
  return { input: gi, output: go };
}

function generate_a5313dff(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = remove(1, interval(0, 10, 1));
  const h = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const [bgc, fgc] = unpack(rng.sample(cols, 2), 2);
  let gi = canvas(bgc, [h, w]);
  const noccs = unifint(rng, diff_lb, diff_ub, [1, Math.floor((h * w) / 20)] as const);
  let succ = 0;
  let tr = 0;
  const maxtr = 10 * noccs;
  const inds = shift(asindices(canvas(-1, [h + 2, w + 2])), [-1, -1]);
  while (
    (tr < maxtr && succ < noccs) ||
    len(sfilter(colorfilter(objects(gi, T, F, F), bgc), compose(flip, rbind(bordering, gi)))) === 0
  ) {
    tr += 1;
    const oh = rng.randint(3, 8);
    const ow = rng.randint(3, 8);
    const bx = box(
      frozenset(
        set<IntegerTuple>([
          [0, 0],
          [oh - 1, ow - 1],
        ]),
      ),
    );
    const ins = backdrop(inbox(bx));
    const loc = rng.choice(totuple(inds));
    const plcdins = shift(ins, loc);
    if (len(plcdins.intersection(ofcolor(gi, fgc))) === 0) {
      succ += 1;
      gi = fill(gi, fgc, shift(bx, loc));
      if (rng.choice([true, true, false])) {
        const ss = rng.sample(
          totuple(plcdins),
          rng.randint(1, Math.max(1, Math.floor(len(ins) / 2))),
        );
        gi = fill(gi, fgc, ss);
      }
    }
  }
  const res = mfilter(colorfilter(objects(gi, T, F, F), bgc), compose(flip, rbind(bordering, gi)));
  const go = fill(gi, 1, res);
  return { input: gi, output: go };
}

function generate_780d0b14(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const nh = unifint(rng, diff_lb, diff_ub, [2, 6] as const);
  const nw = unifint(rng, diff_lb, diff_ub, [2, 6] as const);
  const bgc = rng.choice(cols);
  const remcols = remove(bgc, cols);
  const ncols = unifint(rng, diff_lb, diff_ub, [3, 9] as const);
  const ccols = rng.sample(remcols, ncols);
  let go = canvas(-1, [nh, nw]);
  let obj = set([...asindices(go)].map((ij): Cell => [rng.choice(ccols), ij]));
  go = paint(go, obj);
  while (len(dedupe(go)) < nh || len(dedupe(dmirror(go))) < nw) {
    obj = set([...asindices(go)].map((ij): Cell => [rng.choice(ccols), ij]));
    go = paint(go, obj);
  }
  const h = unifint(rng, diff_lb, diff_ub, [2 * nh + nh - 1, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [2 * nw + nw - 1, 30] as const);
  const hdist = range(nh).map(() => 2);
  let idx: number;
  for (let k = 0; k < h - 2 * nh - nh + 1; k++) {
    idx = rng.randint(0, nh - 1);
    hdist[idx] = at(hdist, idx) + 1;
  }
  const wdist = range(nw).map(() => 2);
  for (let k = 0; k < w - 2 * nw - nw + 1; k++) {
    idx = rng.randint(0, nw - 1);
    wdist[idx] = at(wdist, idx) + 1;
  }
  let gi: Grid = merge(
    zip(go, hdist).map(([r, c]) => concat(repeat(r, c), [repeat(bgc, nw)] as const)),
  ).slice(0, -1);
  gi = dmirror(
    merge(
      zip(dmirror(gi), wdist).map(([r, c]) => concat(repeat(r, c), [repeat(bgc, h)] as const)),
    ).slice(0, -1),
  );
  let objs = objects(gi, T, F, F);
  const bgobjs = colorfilter(objs, bgc);
  objs = objs.difference(bgobjs);
  for (const fgobj of objs) {
    gi = fill(
      gi,
      bgc,
      rng.sample(
        totuple(toindices(fgobj)),
        unifint(rng, diff_lb, diff_ub, [1, Math.floor(len(fgobj) / 2)] as const),
      ),
    );
  }
  return { input: gi, output: go };
}

function generate_57aa92db(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  let oh = rng.randint(2, 5);
  let ow = rng.randint(2, 5);
  const bounds = asindices(canvas(-1, [oh, ow]));
  const shpset = set<IntegerTuple>([rng.choice(totuple(bounds))]);
  const ncellsd = unifint(rng, diff_lb, diff_ub, [0, Math.floor((oh * ow) / 2)] as const);
  let ncells: number = rng.choice([ncellsd, oh * ow - ncellsd] as const);
  ncells = Math.min(Math.max(3, ncells), oh * ow);
  for (let k = 0; k < ncells - 1; k++) {
    shpset.add(
      rng.choice(totuple(bounds.difference(shpset).intersection(mapply(neighbors, shpset)))),
    );
  }
  const shp = normalize(shpset);
  [oh, ow] = shape(shp);
  const fixp = rng.choice(totuple(shp));
  const [bgc, fixc, mainc] = unpack(rng.sample(cols, 3), 3);
  const remcols = difference(cols, [bgc, fixc, mainc] as const);
  let gi = canvas(bgc, [h, w]);
  const obj = set<Cell>([[fixc, fixp]]).union(recolor(mainc, remove(fixp, shp)));
  const loci = rng.randint(0, h - oh);
  const locj = rng.randint(0, w - ow);
  const plcd = shift(obj, [loci, locj]);
  gi = paint(gi, plcd);
  let go: Grid = [...gi].map((e) => e);
  let inds = ofcolor(gi, bgc).difference(mapply(neighbors, toindices(plcd)));
  const nocc = unifint(rng, diff_lb, diff_ub, [1, floordiv(h * w, 4 * len(obj))] as const);
  let tr = 0;
  let succ = 0;
  const maxtr = 5 * nocc;
  while (succ < nocc && tr < maxtr) {
    tr += 1;
    const fac = rng.randint(1, 4);
    const objups = upscale(obj, fac);
    const [hh, ww] = shape(objups);
    const cands = sfilter(inds, (ij) => ij[0] <= h - hh && ij[1] <= w - ww);
    if (len(cands) === 0) {
      continue;
    }
    const loc = rng.choice(totuple(cands));
    const objupsplcd = shift(objups, loc);
    const objupsplcdi = toindices(objupsplcd);
    if (objupsplcdi.issubset(inds)) {
      succ += 1;
      const newc = rng.choice(remcols);
      const fixp2 = sfilter(objupsplcd, (cij) => eq(cij[0], fixc));
      inds = inds.difference(mapply(neighbors, objupsplcdi));
      gi = paint(gi, fixp2);
      go = paint(go, fixp2);
      const remobjfull = toindices(objupsplcd.difference(fixp2));
      const ntorem = unifint(rng, diff_lb, diff_ub, [0, Math.max(0, len(remobjfull) - 1)] as const);
      const ntokeep = len(remobjfull) - ntorem;
      const tokeep = set<IntegerTuple>([
        rng.choice(totuple(remobjfull.intersection(outbox(fixp2)))),
      ]);
      const fixp2i = toindices(fixp2);
      for (let k = 0; k < ntokeep - 1; k++) {
        const fullopts = remobjfull.intersection(mapply(neighbors, tokeep.union(fixp2i)));
        const remopts = fullopts.difference(tokeep);
        setAdd(tokeep, rng.choice(totuple(remopts)));
      }
      gi = fill(gi, newc, tokeep);
      go = fill(go, newc, remobjfull);
    }
  }
  return { input: gi, output: go };
}

function generate_53b68214(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  let go: Grid;
  let h: number;
  while (true) {
    h = unifint(rng, diff_lb, diff_ub, [2, 6] as const);
    const w = unifint(rng, diff_lb, diff_ub, [8, 30] as const);
    const bgc = rng.choice(cols);
    const remcols = remove(bgc, cols);
    const ncols = unifint(rng, diff_lb, diff_ub, [1, 9] as const);
    const ccols = rng.sample(remcols, ncols);
    let oh = unifint(rng, diff_lb, diff_ub, [1, Math.floor(h / 2)] as const);
    let ow = unifint(rng, diff_lb, diff_ub, [1, Math.floor(w / 2) - 1] as const);
    const bounds = asindices(canvas(-1, [oh, ow]));
    const ncells = unifint(rng, diff_lb, diff_ub, [1, oh * ow] as const);
    const cells = rng.sample(totuple(bounds), ncells);
    const obj = normalize(set(cells.map((ij): Cell => [rng.choice(ccols), ij])));
    [oh, ow] = shape(obj);
    const locj = rng.randint(0, Math.floor(w / 2));
    const plcd = shift(obj, [0, locj]);
    go = canvas(bgc, [10, w]);
    const hoffs = rng.randint(0, Math.floor(ow / 2) + 1);
    for (let k = 0; k < floordiv(10, oh) + 1; k++) {
      go = paint(go, shift(plcd, [k * oh, k * hoffs]));
    }
    if (len(palette(go.slice(h))) > 1) {
      break;
    }
  }
  let gi: Grid = go.slice(0, h);
  if (rng.choice([true, false])) {
    gi = vmirror(gi);
    go = vmirror(go);
  }
  return { input: gi, output: go };
}

function generate_39e1d7f9(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [5, 10] as const);
  const w = unifint(rng, diff_lb, diff_ub, [5, 10] as const);
  const [bgc, linc, dotc] = unpack(rng.sample(cols, 3), 3);
  const remcols = difference(cols, [bgc, linc, dotc] as const);
  let gi = canvas(bgc, [h, w]);
  let loci = rng.randint(1, h - 2);
  let locj = rng.randint(1, w - 2);
  if (h === 5) {
    loci = rng.choice([1, h - 2] as const);
  }
  if (w === 5) {
    locj = rng.choice([1, w - 2] as const);
  }
  const npix = unifint(rng, diff_lb, diff_ub, [1, 8] as const);
  const ncols = unifint(rng, diff_lb, diff_ub, [1, 7] as const);
  const ccols = rng.sample(remcols, ncols);
  const candsss = neighbors([loci, locj]);
  const pixset = set<IntegerTuple>([[loci, locj]]);
  for (let k = 0; k < npix; k++) {
    pixset.add(
      rng.choice(totuple(mapply(dneighbors, pixset).intersection(candsss).difference(pixset))),
    );
  }
  const pixs = totuple(remove([loci, locj] as const, pixset));
  const obj = set(pixs.map((ij): Cell => [rng.choice(ccols), ij]));
  gi = fill(gi, dotc, set<IntegerTuple>([[loci, locj]]));
  gi = paint(gi, obj);
  let go: Grid = [...gi].map((e) => e);
  const noccs = unifint(rng, diff_lb, diff_ub, [1, floordiv(h * w, 2 * len(pixs) + 1)] as const);
  let succ = 0;
  let tr = 0;
  const maxtr = 6 * noccs;
  let inds = ofcolor(gi, bgc).difference(mapply(dneighbors, neighbors([loci, locj])));
  const objn = shift(obj, [-loci, -locj]);
  const triedandfailed = set<IntegerTuple>();
  while ((tr < maxtr && succ < noccs) || succ === 0) {
    const lopcands = totuple(inds.difference(triedandfailed));
    if (len(lopcands) === 0) {
      break;
    }
    tr += 1;
    [loci, locj] = rng.choice(lopcands);
    const plcd = shift(objn, [loci, locj]);
    const plcdi = toindices(plcd);
    if (plcdi.issubset(inds)) {
      inds = inds.difference(plcdi.union(set<IntegerTuple>([[loci, locj]])));
      succ += 1;
      gi = fill(gi, dotc, set<IntegerTuple>([[loci, locj]]));
      go = fill(go, dotc, set<IntegerTuple>([[loci, locj]]));
      go = paint(go, plcd);
    } else {
      triedandfailed.add([loci, locj] as const);
    }
  }
  const hfac = unifint(rng, diff_lb, diff_ub, [1, floordiv(30 - h + 1, h)] as const);
  const wfac = unifint(rng, diff_lb, diff_ub, [1, floordiv(30 - w + 1, w)] as const);
  const fullh = hfac * h + h - 1;
  const fullw = wfac * w + w - 1;
  let gi2 = canvas(linc, [fullh, fullw]);
  let go2 = canvas(linc, [fullh, fullw]);
  const bd = asindices(canvas(-1, [hfac, wfac]));
  let c: number;
  for (let a = 0; a < h; a++) {
    for (let b = 0; b < w; b++) {
      c = at(at(gi, a), b);
      gi2 = fill(gi2, c, shift(bd, [a * (hfac + 1), b * (wfac + 1)]));
    }
  }
  for (let a = 0; a < h; a++) {
    for (let b = 0; b < w; b++) {
      c = at(at(go, a), b);
      go2 = fill(go2, c, shift(bd, [a * (hfac + 1), b * (wfac + 1)]));
    }
  }
  [gi, go] = [gi2, go2];
  return { input: gi, output: go };
}

function generate_017c7c7b(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = difference(interval(0, 10, 1), [0, 2] as const);
  let h = unifint(rng, diff_lb, diff_ub, [3, 10] as const);
  const w = unifint(rng, diff_lb, diff_ub, [2, 30] as const);
  h += h;
  const fgc = rng.choice(cols);
  let go = canvas(0, [h + Math.floor(h / 2), w]);
  const oh = unifint(rng, diff_lb, diff_ub, [1, Math.floor(h / 3) * 2] as const);
  const ow = unifint(rng, diff_lb, diff_ub, [1, w] as const);
  rng.randint(0, w - ow);
  const bounds = asindices(canvas(-1, [oh, ow]));
  const ncellsd = unifint(rng, diff_lb, diff_ub, [0, Math.floor((h * w) / 2)] as const);
  let ncells: number = rng.choice([ncellsd, oh * ow - ncellsd] as const);
  ncells = Math.min(Math.max(1, ncells), oh * ow);
  const obj = rng.sample(totuple(bounds), ncells);
  for (let k = 0; k < floordiv(2 * h, oh); k++) {
    go = fill(go, 2, shift(obj, [k * oh, 0]));
  }
  const gi = replace(go.slice(0, h), 2, fgc);
  return { input: gi, output: go };
}

function generate_8a004b2b(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  let oh = unifint(rng, diff_lb, diff_ub, [2, Math.floor(h / 5)] as const);
  let ow = unifint(rng, diff_lb, diff_ub, [2, Math.floor(w / 5)] as const);
  const bounds = asindices(canvas(-1, [oh, ow]));
  const [bgc, cornc, ac1, ac2, objc] = unpack(rng.sample(cols, 5), 5);
  let gi = canvas(bgc, [h, w]);
  const shpset = set<IntegerTuple>([rng.choice(totuple(bounds))]);
  const ncellsd = unifint(rng, diff_lb, diff_ub, [0, Math.floor((oh * ow) / 2)] as const);
  let ncells: number = rng.choice([ncellsd, oh * ow - ncellsd] as const);
  ncells = Math.min(Math.max(3, ncells), oh * ow);
  for (let k = 0; k < ncells - 1; k++) {
    shpset.add(
      rng.choice(totuple(bounds.difference(shpset).intersection(mapply(neighbors, shpset)))),
    );
  }
  const shp = normalize(shpset);
  [oh, ow] = shape(shp);
  const fp1 = rng.choice(totuple(shp));
  const fp2 = rng.choice(remove(fp1, totuple(shp)));
  const remobj = shp.difference(set<IntegerTuple>([fp1, fp2]));
  const obj = recolor(objc, remobj).union(
    set<Cell>([
      [ac1, fp1],
      [ac2, fp2],
    ]),
  );
  const maxhscf = floordiv(h - oh - 4, oh);
  const maxwscf = floordiv(w - ow - 4, ow);
  const hscf = unifint(rng, diff_lb, diff_ub, [1, maxhscf] as const);
  const wscf = unifint(rng, diff_lb, diff_ub, [1, maxwscf] as const);
  const loci = rng.randint(0, 2);
  const locj = rng.randint(0, 2);
  const oplcd = shift(obj, [loci, locj]);
  gi = paint(gi, oplcd);
  const inh = hscf * oh;
  const inw = wscf * ow;
  const sqh = unifint(rng, diff_lb, diff_ub, [inh + 2, h - oh - 2] as const);
  const sqw = unifint(rng, diff_lb, diff_ub, [inw + 2, w] as const);
  const sqloci = rng.randint(loci + oh, h - sqh);
  const sqlocj = rng.randint(0, w - sqw);
  const crns = corners(
    frozenset(
      set<IntegerTuple>([
        [sqloci, sqlocj],
        [sqloci + sqh - 1, sqlocj + sqw - 1],
      ]),
    ),
  );
  gi = fill(gi, cornc, crns);
  const gomini = subgrid(oplcd, gi);
  const goo = asobject(vupscale(hupscale(gomini, wscf), hscf));
  const gloci = rng.randint(sqloci + 1, sqloci + sqh - 1 - height(goo));
  const glocj = rng.randint(sqlocj + 1, sqlocj + sqw - 1 - width(goo));
  const gooplcd = shift(goo, [gloci, glocj]);
  let go = paint(gi, gooplcd);
  go = subgrid(crns, go);
  const indic = sfilter(gooplcd, (cij) => contains([ac1, ac2], cij[0]));
  gi = paint(gi, indic);
  if (rng.choice([true, false]) && len(obj) > 3) {
    const idx = rng.choice(totuple(toindices(sfilter(obj, (cij) => eq(cij[0], objc)))));
    const [idxi, idxj] = idx;
    const xx = shift(asindices(canvas(-1, [hscf, wscf])), [
      gloci + idxi * hscf,
      glocj + idxj * wscf,
    ]);
    gi = fill(gi, objc, xx);
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

function generate_49d1d64f(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [2, 28] as const);
  const w = unifint(rng, diff_lb, diff_ub, [2, 28] as const);
  const ncols = unifint(rng, diff_lb, diff_ub, [1, 10] as const);
  const ccols = rng.sample(cols, ncols);
  let gi = canvas(-1, [h, w]);
  const obj = set([...asindices(gi)].map((ij): Cell => [rng.choice(ccols), ij]));
  gi = paint(gi, obj);
  let go = canvas(0, [h + 2, w + 2]);
  go = paint(go, shift(asobject(gi), [1, 1]));
  let ts: ArcObject = sfilter(obj, (cij) => cij[1][0] === 0);
  let bs: ArcObject = sfilter(obj, (cij) => cij[1][0] === h - 1);
  let ls: ArcObject = sfilter(obj, (cij) => cij[1][1] === 0);
  let rs: ArcObject = sfilter(obj, (cij) => cij[1][1] === w - 1);
  ts = shift(ts, [1, 1]);
  bs = shift(bs, [1, 1]);
  ls = shift(ls, [1, 1]);
  rs = shift(rs, [1, 1]);
  go = paint(go, shift(ts, [-1, 0]));
  go = paint(go, shift(bs, [1, 0]));
  go = paint(go, shift(ls, [0, -1]));
  go = paint(go, shift(rs, [0, 1]));
  return { input: gi, output: go };
}

function generate_890034e9(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(1, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const oh = rng.randint(2, Math.floor(h / 4));
  const ow = rng.randint(2, Math.floor(w / 4));
  const markercol = rng.choice(cols);
  const remcols = remove(markercol, cols);
  const numbgc = unifint(rng, diff_lb, diff_ub, [1, 8] as const);
  const bgcols = rng.sample(remcols, numbgc);
  let gi = canvas(0, [h, w]);
  let inds = asindices(gi);
  const obj = set([...inds].map((ij): Cell => [rng.choice(bgcols), ij]));
  gi = paint(gi, obj);
  const numbl = unifint(rng, diff_lb, diff_ub, [0, Math.floor((h * w) / 2)] as const);
  const blacks = rng.sample(totuple(inds), numbl);
  gi = fill(gi, 0, blacks);
  const patt = asindices(canvas(-1, [oh, ow]));
  const tocoverinds = set<IntegerTuple>();
  for (const occ of occurrences(gi, recolor(0, patt))) {
    tocoverinds.add(rng.choice(totuple(shift(patt, occ))));
  }
  const tocover = set([...tocoverinds].map((ij): Cell => [rng.choice(bgcols), ij]));
  gi = paint(gi, tocover);
  const noccs = unifint(rng, diff_lb, diff_ub, [2, floordiv(h * w, (oh + 2) * (ow + 2))] as const);
  let tr = 0;
  let succ = 0;
  const maxtr = 5 * noccs;
  let go: Grid = [...gi].map((e) => e);
  while (tr < maxtr && succ < noccs) {
    tr += 1;
    const cands = sfilter(inds, (ij) => ij[0] <= h - oh && ij[1] <= w - ow);
    if (len(cands) === 0) {
      break;
    }
    const loc = rng.choice(totuple(cands));
    const bd = shift(patt, loc);
    const plcd = outbox(bd);
    if (plcd.issubset(inds)) {
      succ += 1;
      inds = inds.difference(plcd);
      gi = fill(gi, 0, bd);
      go = fill(go, 0, bd);
      if (succ === 1) {
        gi = fill(gi, markercol, plcd);
      }
      go = fill(go, markercol, plcd);
      const [loci, locj] = loc;
      const ln1 = connect([loci - 1, locj], [loci - 1, locj + ow - 1]);
      const ln2 = connect([loci + oh, locj], [loci + oh, locj + ow - 1]);
      const ln3 = connect([loci, locj - 1], [loci + oh - 1, locj - 1]);
      const ln4 = connect([loci, locj + ow], [loci + oh - 1, locj + ow]);
      if (succ > 1) {
        const fixxer = set(
          [ln1, ln2, ln3, ln4].map((xx): Cell => [rng.choice(bgcols), rng.choice(totuple(xx))]),
        );
        gi = paint(gi, fixxer);
      }
    }
  }
  return { input: gi, output: go };
}

function generate_776ffc46(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const [bgc, sqc, inc, outc] = unpack(rng.sample(cols, 4), 4);
  let gi = canvas(bgc, [h, w]);
  let sqh = rng.randint(3, Math.floor(h / 3) + 1);
  let sqw = rng.randint(3, Math.floor(w / 3) + 1);
  const loci = rng.randint(0, 3);
  const locj = rng.randint(0, w - sqw);
  let bx = box(
    frozenset(
      set<IntegerTuple>([
        [loci, locj],
        [loci + sqh - 1, locj + sqw - 1],
      ]),
    ),
  );
  let bounds = asindices(canvas(-1, [sqh - 2, sqw - 2]));
  let obj: Indices = set<IntegerTuple>([rng.choice(totuple(bounds))]);
  let ncells = rng.randint(1, (sqh - 2) * (sqw - 2));
  for (let k = 0; k < ncells - 1; k++) {
    setAdd(obj, rng.choice(totuple(bounds.difference(obj).intersection(mapply(dneighbors, obj)))));
  }
  obj = normalize(obj);
  const [oh, ow] = shape(obj);
  const objp = shift(obj, [
    loci + 1 + rng.randint(0, sqh - oh - 2),
    locj + 1 + rng.randint(0, sqw - ow - 2),
  ]);
  gi = fill(gi, sqc, bx);
  gi = fill(gi, inc, objp);
  let inds = ofcolor(gi, bgc)
    .difference(backdrop(bx))
    .difference(mapply(neighbors, backdrop(bx)));
  let cands = sfilter(inds, (ij) => shift(obj, ij).issubset(inds));
  let loc = rng.choice(totuple(cands));
  let plcd = shift(obj, loc);
  gi = fill(gi, outc, plcd);
  inds = inds.difference(plcd).difference(mapply(neighbors, plcd));
  const noccs = unifint(rng, diff_lb, diff_ub, [0, Math.floor((h * w) / 20)] as const);
  let succ = 0;
  let tr = 0;
  const maxtr = 5 * noccs;
  const fullinds = asindices(gi);
  let obj2: Indices;
  let ooh: number;
  let oow: number;
  while (tr < maxtr && succ < noccs) {
    tr += 1;
    if (rng.choice([true, false])) {
      sqh = rng.randint(3, Math.floor(h / 3) + 1);
      sqw = rng.randint(3, Math.floor(w / 3) + 1);
      bx = box(
        frozenset(
          set<IntegerTuple>([
            [0, 0],
            [sqh - 1, sqw - 1],
          ]),
        ),
      );
      bounds = asindices(canvas(-1, [sqh - 2, sqw - 2]));
      obj2 = set<IntegerTuple>([rng.choice(totuple(bounds))]);
      ncells = rng.randint(1, (sqh - 2) * (sqw - 2));
      for (let k = 0; k < ncells - 1; k++) {
        setAdd(
          obj2,
          rng.choice(totuple(bounds.difference(obj2).intersection(mapply(dneighbors, obj2)))),
        );
      }
      if (eq(normalize(obj2), obj)) {
        if (len(obj2) < (sqh - 2) * (sqw - 2)) {
          setAdd(
            obj2,
            rng.choice(totuple(bounds.difference(obj2).intersection(mapply(dneighbors, obj2)))),
          );
        } else {
          continue;
        }
      }
      obj2 = normalize(obj2);
      [ooh, oow] = shape(obj2);
      const cands1 = connect([-1, -1], [-1, w - sqw + 1]);
      const cands2 = connect([h - sqh + 1, -1], [h - sqh + 1, w - sqw + 1]);
      const cands3 = connect([-1, -1], [h - sqh + 1, -1]);
      const cands4 = connect([-1, w - sqw + 1], [h - sqh + 1, w - sqw + 1]);
      cands = cands1.union(cands2).union(cands3).union(cands4);
      if (len(cands) === 0) {
        continue;
      }
      loc = rng.choice(totuple(cands));
      const [sloci, slocj] = loc;
      const plcdbx = shift(bx, loc);
      if (backdrop(plcdbx).intersection(fullinds).issubset(inds)) {
        succ += 1;
        const oloci = rng.randint(sloci + 1, sloci + 1 + rng.randint(0, sqh - ooh - 2));
        const olocj = rng.randint(slocj + 1, slocj + 1 + rng.randint(0, sqw - oow - 2));
        gi = fill(gi, sqc, plcdbx);
        gi = fill(gi, inc, shift(obj2, [oloci, olocj]));
        inds = inds.difference(backdrop(outbox(plcdbx)));
      }
    } else {
      ooh = rng.randint(1, Math.floor(h / 3) - 1);
      oow = rng.randint(1, Math.floor(w / 3) - 1);
      bounds = asindices(canvas(-1, [ooh, oow]));
      obj2 = set<IntegerTuple>([rng.choice(totuple(bounds))]);
      ncells = rng.randint(1, oow * ooh);
      for (let k = 0; k < ncells - 1; k++) {
        setAdd(
          obj2,
          rng.choice(totuple(bounds.difference(obj2).intersection(mapply(dneighbors, obj2)))),
        );
      }
      if (eq(normalize(obj2), obj)) {
        if (len(obj2) < ooh * oow) {
          setAdd(
            obj2,
            rng.choice(totuple(bounds.difference(obj2).intersection(mapply(dneighbors, obj2)))),
          );
        } else {
          continue;
        }
      }
    }
    if (rng.choice([true, false, false])) {
      obj2 = obj;
    }
    obj2 = normalize(obj2);
    [ooh, oow] = shape(obj2);
    const ntries = rng.randint(1, 3);
    for (let kk = 0; kk < ntries; kk++) {
      cands = sfilter(inds, (ij) => ij[0] <= h - ooh && ij[1] <= w - oow);
      if (len(cands) === 0) {
        continue;
      }
      loc = rng.choice(totuple(cands));
      plcd = shift(obj2, loc);
      if (plcd.issubset(inds)) {
        succ += 1;
        inds = inds.difference(plcd).difference(mapply(neighbors, plcd));
        gi = fill(gi, outc, plcd);
      }
    }
  }
  const objs = colorfilter(objects(gi, T, F, F), outc);
  const matching = mfilter(objs, (o) => equality(normalize(toindices(o)), obj));
  const go = fill(gi, inc, matching);
  return { input: gi, output: go };
}

function generate_e6721834(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [6, 15] as const);
  const w = unifint(rng, diff_lb, diff_ub, [8, 30] as const);
  const [bgc1, bgc2, sqc] = unpack(rng.sample(cols, 3), 3);
  const remcols = difference(cols, [bgc1, bgc2, sqc] as const);
  let gi1 = canvas(bgc1, [h, w]);
  let gi2 = canvas(bgc2, [h, w]);
  const noccs = unifint(rng, diff_lb, diff_ub, [1, Math.floor((h * w) / 16)] as const);
  let tr = 0;
  let succ = 0;
  const maxtr = 5 * noccs;
  let gi1inds = asindices(gi1);
  let gi2inds = asindices(gi2);
  let go = canvas(bgc2, [h, w]);
  const seen = [];
  while (tr < maxtr && succ < noccs) {
    tr += 1;
    const oh = rng.randint(2, Math.min(6, Math.floor(h / 2)));
    const ow = rng.randint(2, Math.min(6, Math.floor(w / 2)));
    const cands = sfilter(gi1inds, (ij) => ij[0] <= h - oh && ij[1] <= w - ow);
    if (len(cands) === 0) {
      continue;
    }
    const loc = rng.choice(totuple(cands));
    const bounds = shift(asindices(canvas(-1, [oh, ow])), loc);
    const ncells = unifint(rng, diff_lb, diff_ub, [1, Math.floor((oh * ow) / 2)] as const);
    const obj = set(rng.sample(totuple(bounds), ncells));
    const objc = rng.choice(remcols);
    const objn = normalize(obj);
    if (contains(seen, [objn, objc] as const)) {
      continue;
    }
    seen.push([objn, objc] as const);
    if (bounds.issubset(gi1inds)) {
      succ += 1;
      gi1inds = gi1inds.difference(bounds).difference(mapply(neighbors, bounds));
      gi1 = fill(gi1, sqc, bounds);
      gi1 = fill(gi1, objc, obj);
      const cands2 = sfilter(gi2inds, (ij) => ij[0] <= h - oh && ij[1] <= w - ow);
      if (len(cands2) === 0) {
        continue;
      }
      const loc2 = rng.choice(totuple(cands2));
      const bounds2 = shift(shift(bounds, invert(loc)), loc2);
      const obj2 = shift(shift(obj, invert(loc)), loc2);
      if (bounds2.issubset(gi2inds)) {
        gi2inds = gi2inds.difference(bounds2).difference(mapply(neighbors, bounds2));
        gi2 = fill(gi2, objc, obj2);
        go = fill(go, sqc, bounds2);
        go = fill(go, objc, obj2);
      }
    }
  }
  let gi = vconcat(gi1, gi2);
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

function generate_ef135b50(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = remove(9, interval(0, 10, 1));
  let gi: Grid;
  let go: Grid;
  while (true) {
    const h = unifint(rng, diff_lb, diff_ub, [8, 30] as const);
    const w = unifint(rng, diff_lb, diff_ub, [8, 30] as const);
    const bgc = rng.choice(cols);
    const remcols = remove(bgc, cols);
    const numc = unifint(rng, diff_lb, diff_ub, [1, 8] as const);
    const ccols = rng.sample(remcols, numc);
    gi = canvas(bgc, [h, w]);
    const nsq = unifint(rng, diff_lb, diff_ub, [2, Math.floor((h * w) / 30)] as const);
    let succ = 0;
    let tr = 0;
    const maxtr = 5 * nsq;
    let inds = asindices(gi);
    const pats = set<Indices>();
    while (tr < maxtr && succ < nsq) {
      tr += 1;
      const oh = rng.randint(1, Math.floor(h / 3) * 2);
      const ow = rng.randint(1, Math.floor(w / 3) * 2);
      const cands = sfilter(inds, (ij) => ij[0] <= h - oh && ij[1] <= w - ow);
      if (len(cands) === 0) {
        continue;
      }
      const loc = rng.choice(totuple(cands));
      const [loci, locj] = loc;
      const bd = backdrop(
        frozenset(
          set<IntegerTuple>([
            [loci, locj],
            [loci + oh - 1, locj + ow - 1],
          ]),
        ),
      );
      if (bd.issubset(inds)) {
        succ += 1;
        inds = inds.difference(bd).difference(mapply(neighbors, bd));
        gi = fill(gi, rng.choice(ccols), bd);
        pats.add(bd);
      }
    }
    let res: Indices = set();
    const ofc = ofcolor(gi, bgc);
    for (const pat1 of pats) {
      for (const pat2 of remove(pat1, pats)) {
        if (hmatching(pat1, pat2)) {
          const um = Math.max(uppermost(pat1), uppermost(pat2));
          const bm = Math.min(lowermost(pat1), lowermost(pat2));
          const lm = Math.min(rightmost(pat1), rightmost(pat2)) + 1;
          const rm = Math.max(leftmost(pat1), leftmost(pat2)) - 1;
          res = res.union(
            backdrop(
              frozenset(
                set<IntegerTuple>([
                  [um, lm],
                  [bm, rm],
                ]),
              ),
            ),
          );
        }
      }
    }
    res = res.intersection(ofc).difference(box(asindices(gi)));
    go = fill(gi, 9, res);
    if (!eq(go, gi)) {
      break;
    }
  }
  return { input: gi, output: go };
}

function generate_794b24be(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = difference(interval(0, 10, 1), [1, 2] as const);
  const mpr = new PyDict<number, IntegerTuple>([
    [1, [0, 0] as const],
    [2, [0, 1] as const],
    [3, [0, 2] as const],
    [4, [1, 1] as const],
  ]);
  const h = unifint(rng, diff_lb, diff_ub, [3, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [3, 30] as const);
  const bgc = rng.choice(cols);
  const nblue = rng.randint(1, 4);
  let go = canvas(bgc, [3, 3]);
  for (let k = 0; k < nblue; k++) {
    go = fill(go, 2, set([mpr.get(k + 1)]));
  }
  let gi = canvas(bgc, [h, w]);
  const locs = rng.sample(totuple(asindices(gi)), nblue);
  gi = fill(gi, 1, locs);
  const remlocs = ofcolor(gi, bgc);
  const namt = unifint(rng, diff_lb, diff_ub, [0, Math.floor(len(remlocs) / 2) - 1] as const);
  const remcols = remove(bgc, cols);
  const numc = unifint(rng, diff_lb, diff_ub, [1, 7] as const);
  const ccols = rng.sample(remcols, numc);
  const noiseinds = rng.sample(totuple(remlocs), namt);
  const noise = set(noiseinds.map((ij): Cell => [rng.choice(ccols), ij]));
  gi = paint(gi, noise);
  return { input: gi, output: go };
}

function generate_ff28f65a(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = difference(interval(0, 10, 1), [1, 2] as const);
  const mpr = new PyDict([
    [1, [0, 0] as const],
    [2, [0, 2] as const],
    [3, [1, 1] as const],
    [4, [2, 0] as const],
    [5, [2, 2] as const],
  ]);
  const h = unifint(rng, diff_lb, diff_ub, [3, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [3, 30] as const);
  const bgc = rng.choice(cols);
  const nred = rng.randint(1, 5);
  let gi = canvas(bgc, [h, w]);
  let succ = 0;
  let tr = 0;
  let maxtr = 5 * nred;
  let inds = asindices(gi);
  let bd: Indices;
  let cands: Indices;
  let loc: IntegerTuple;
  let loci: number;
  let locj: number;
  let oh: number;
  let ow: number;
  while (tr < maxtr && succ < nred) {
    tr += 1;
    oh = rng.randint(1, Math.floor(h / 2) + 1);
    ow = rng.randint(1, Math.floor(w / 2) + 1);
    cands = sfilter(inds, (ij) => ij[0] <= h - oh && ij[1] <= w - ow);
    if (len(cands) === 0) {
      continue;
    }
    loc = rng.choice(totuple(cands));
    [loci, locj] = loc;
    bd = backdrop(
      frozenset(
        set<IntegerTuple>([
          [loci, locj],
          [loci + oh - 1, locj + ow - 1],
        ]),
      ),
    );
    if (bd.issubset(inds)) {
      succ += 1;
      inds = inds.difference(bd).difference(mapply(dneighbors, bd));
      gi = fill(gi, 2, bd);
    }
  }
  const nblue = succ;
  const namt = unifint(rng, diff_lb, diff_ub, [0, nred * 2] as const);
  succ = 0;
  tr = 0;
  maxtr = 5 * namt;
  const remcols = remove(bgc, cols);
  tr += 1;
  while (tr < maxtr && succ < namt) {
    tr += 1;
    oh = rng.randint(1, Math.floor(h / 2) + 1);
    ow = rng.randint(1, Math.floor(w / 2) + 1);
    cands = sfilter(inds, (ij) => ij[0] <= h - oh && ij[1] <= w - ow);
    if (len(cands) === 0) {
      continue;
    }
    loc = rng.choice(totuple(cands));
    [loci, locj] = loc;
    bd = backdrop(
      frozenset(
        set<IntegerTuple>([
          [loci, locj],
          [loci + oh - 1, locj + ow - 1],
        ]),
      ),
    );
    if (bd.issubset(inds)) {
      succ += 1;
      inds = inds.difference(bd).difference(mapply(dneighbors, bd));
      gi = fill(gi, rng.choice(remcols), bd);
    }
  }
  let go = canvas(bgc, [3, 3]);
  for (let k = 0; k < nblue; k++) {
    go = fill(go, 1, set([mpr.get(k + 1)]));
  }
  return { input: gi, output: go };
}

function generate_73251a56(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  let gi: Grid;
  let go: Grid;
  while (true) {
    const d = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
    const [h, w] = [d, d];
    const noisec = rng.choice(cols);
    const nsl = unifint(rng, diff_lb, diff_ub, [2, Math.min(9, Math.floor(h / 2))] as const);
    const slopes = concat([0], sorted(rng.sample(interval(1, h - 1, 1), nsl - 1)));
    const ccols = rng.sample(cols, nsl);
    gi = canvas(-1, [h, w]);
    const inds = asindices(gi);
    for (const [col, hdelt] of zip(ccols, slopes)) {
      const slope = truediv(hdelt, w);
      const locs = sfilter(inds, (ij) => slope * ij[1] <= ij[0]);
      gi = fill(gi, col, locs);
    }
    const ln = connect([0, 0], [d - 1, d - 1]);
    gi = fill(gi, at(ccols, -2), ln);
    let obj = asobject(gi);
    obj = sfilter(obj, (cij) => cij[1][1] >= cij[1][0]);
    gi = paint(gi, dmirror(obj));
    const cf1 = (g: Grid) => contains(palette(toobject(ln, g)), at(ccols, -2));
    const cf2 = (g: Grid) =>
      len(
        ofcolor(g, noisec)
          .intersection(frozenset(set([...ofcolor(g, noisec)].map((ij) => reversed(ij)))))
          .difference(ln),
      ) === 0;
    const ndist = unifint(rng, diff_lb, diff_ub, [1, Math.floor((h * w) / 15)] as const);
    let tr = 0;
    let succ = 0;
    const maxtr = 10 * ndist;
    go = [...gi].map((e) => e);
    while (tr < maxtr && succ < ndist) {
      tr += 1;
      const oh = rng.randint(1, 5);
      const ow = rng.randint(1, 5);
      const loci = rng.randint(1, h - oh - 1);
      const locj = rng.randint(1, w - ow - 1);
      const bd = backdrop(
        frozenset(
          set<IntegerTuple>([
            [loci, locj],
            [loci + oh - 1, locj + ow - 1],
          ]),
        ),
      );
      const gi2 = fill(gi, noisec, bd);
      if (truthy(cf1(gi2)) && truthy(cf2(gi2))) {
        succ += 1;
        gi = gi2;
      }
    }
    if (!eq(gi, go)) {
      break;
    }
  }
  const rotf = rng.choice<GridFunction>([identity, rot90, rot180, rot270]);
  gi = rotf(gi);
  go = rotf(go);
  return { input: gi, output: go };
}

function generate_3631a71a(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [6, 15] as const);
  const w = h;
  let [bgc, patchcol] = unpack(rng.sample(cols, 2), 2);
  patchcol = rng.choice(cols);
  bgc = rng.choice(remove(patchcol, cols));
  const remcols = difference(cols, [bgc, patchcol] as const);
  let c = canvas(bgc, [h, w]);
  const inds = sfilter(asindices(c), (ij) => ij[0] >= ij[1]);
  const ncols = unifint(rng, diff_lb, diff_ub, [1, 8] as const);
  const ccols = rng.sample(remcols, ncols);
  const ncells = unifint(rng, diff_lb, diff_ub, [1, len(inds)] as const);
  const cells = set(rng.sample(totuple(inds), ncells));
  const obj = set([...cells].map((ij): Cell => [rng.choice(ccols), ij]));
  c = paint(dmirror(paint(c, obj)), obj);
  c = hconcat(c, vmirror(c));
  c = vconcat(c, hmirror(c));
  const cutoff = 2;
  const go = dmirror(dmirror(c.slice(0, -cutoff)).slice(0, -cutoff));
  let gi: Grid = [...go].map((e) => e);
  const forbidden = asindices(canvas(-1, [cutoff, cutoff]));
  const dmirrareaL = shift(asindices(canvas(-1, [h * 2 - 2 * cutoff, cutoff])), [cutoff, 0]);
  const dmirrareaT = shift(asindices(canvas(-1, [cutoff, 2 * w - 2 * cutoff])), [0, cutoff]);
  const inds1 = sfilter(
    asindices(gi),
    (ij) => cutoff <= ij[0] && ij[0] < h && cutoff <= ij[1] && ij[1] < w && ij[0] >= ij[1],
  );
  const inds2 = dmirror(inds1);
  const inds3 = shift(hmirror(inds1), [h - cutoff, 0]);
  const inds4 = shift(hmirror(inds2), [h - cutoff, 0]);
  const inds5 = shift(vmirror(inds1), [0, w - cutoff]);
  const inds6 = shift(vmirror(inds2), [0, w - cutoff]);
  const inds7 = shift(hmirror(vmirror(inds1)), [h - cutoff, w - cutoff]);
  const inds8 = shift(hmirror(vmirror(inds2)), [h - cutoff, w - cutoff]);
  const f1 = identity;
  const f2 = dmirror;
  const f3 = (x: Indices) => hmirror(shift(x, invert([h - cutoff, 0] as const)));
  const f4 = (x: Indices) => dmirror(hmirror(shift(x, invert([h - cutoff, 0] as const))));
  const f5 = (x: Indices) => vmirror(shift(x, invert([0, w - cutoff] as const)));
  const f6 = (x: Indices) => dmirror(vmirror(shift(x, invert([0, w - cutoff] as const))));
  const f7 = (x: Indices) => vmirror(hmirror(shift(x, invert([h - cutoff, w - cutoff] as const))));
  const f8 = (x: Indices) =>
    dmirror(vmirror(hmirror(shift(x, invert([h - cutoff, w - cutoff] as const)))));
  const indsarr = [inds1, inds2, inds3, inds4, inds5, inds6, inds7, inds8];
  const farr: ((x: Indices) => Indices)[] = [f1, f2, f3, f4, f5, f6, f7, f8];
  const ndist = unifint(rng, diff_lb, diff_ub, [1, int((2 * h * 2 * w) ** 0.5)] as const);
  let succ = 0;
  let tr = 0;
  const maxtr = 10 * ndist;
  const [fullh, fullw] = shape(gi);
  while (succ < ndist && tr < maxtr) {
    tr += 1;
    const oh = rng.randint(2, Math.floor(h / 2) + 1);
    const ow = rng.randint(2, Math.floor(w / 2) + 1);
    const loci = rng.randint(0, fullh - oh);
    const locj = rng.randint(0, fullw - ow);
    const bd = backdrop(
      frozenset(
        set<IntegerTuple>([
          [loci, locj],
          [loci + oh - 1, locj + ow - 1],
        ]),
      ),
    );
    let isleft: Indices = set();
    const gi2 = fill(gi, patchcol, bd);
    if (contains(palette(toobject(forbidden, gi2)), patchcol)) {
      continue;
    }
    const oo1 = toindices(sfilter(toobject(dmirrareaL, gi2), (cij) => cij[0] !== patchcol));
    let oo2 = toindices(sfilter(toobject(dmirrareaT, gi2), (cij) => cij[0] !== patchcol));
    oo2 = frozenset(set([...oo2].map((ij) => [ij[1], ij[0]] as const)));
    if (!eq(oo1.union(oo2), dmirrareaL)) {
      continue;
    }
    for (const [ii, ff] of zip(indsarr, farr)) {
      const oo = toobject(ii, gi2);
      const rem = toindices(sfilter(oo, (cij) => cij[0] !== patchcol));
      if (len(rem) > 0) {
        isleft = isleft.union(ff(rem));
      }
    }
    if (!eq(isleft, inds1)) {
      continue;
    }
    succ += 1;
    gi = gi2;
  }
  return { input: gi, output: go };
}

function generate_234bbc79(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  let bgc: number;
  let gi: Grid;
  let go: Grid;
  while (true) {
    const h = unifint(rng, diff_lb, diff_ub, [5, 30] as const);
    const w = unifint(rng, diff_lb, diff_ub, [6, 20] as const);
    let dotc: number;
    [bgc, dotc] = unpack(rng.sample(cols, 2), 2);
    const remcols = difference(cols, [bgc, dotc]);
    go = canvas(bgc, [h, 30]);
    const ncols = unifint(rng, diff_lb, diff_ub, [1, 8] as const);
    const ccols = rng.sample(remcols, ncols);
    const spi = rng.randint(0, h - 1);
    const snek: IntegerTuple[] = [[spi, 0]];
    gi = fill(go, dotc, set<IntegerTuple>([[spi, 0]]));
    while (true) {
      const [previ, prevj] = at(snek, -1);
      if (prevj === w - 1) {
        if (rng.choice([true, false, false])) {
          break;
        }
      }
      const options: IntegerTuple[] = [];
      if (previ < h - 1) {
        if (at(at(go, previ + 1), prevj) === bgc) {
          options.push([previ + 1, prevj]);
        }
      }
      if (previ > 0) {
        if (at(at(go, previ - 1), prevj) === bgc) {
          options.push([previ - 1, prevj]);
        }
      }
      if (prevj < w - 1) {
        options.push([previ, prevj + 1]);
      }
      if (len(options) === 0) {
        break;
      }
      const loc = rng.choice(options);
      snek.push(loc);
      go = fill(go, dotc, set([loc]));
    }
    let objs: IntegerTuple[][] = [];
    let cobj: IntegerTuple[] = [];
    for (const [idx, cel] of enumerate(snek)) {
      if (
        len(cobj) > 2 &&
        width(frozenset(cobj)) > 1 &&
        eq(at(snek, idx - 1), add(cel, [0, -1] as const))
      ) {
        objs.push(cobj);
        cobj = [cel];
      } else {
        cobj.push(cel);
      }
    }
    objs[objs.length - 1] = concat(at(objs, -1), cobj);
    const nobjs = len(objs);
    if (nobjs < 2) {
      continue;
    }
    const ntokeep = unifint(rng, diff_lb, diff_ub, [2, nobjs] as const);
    const ntorem = nobjs - ntokeep;
    for (let k = 0; k < ntorem; k++) {
      const idx = rng.randint(0, len(objs) - 2);
      objs = [
        ...objs.slice(0, idx),
        concat(at(objs, idx), at(objs, idx + 1)),
        ...objs.slice(idx + 2),
      ];
    }
    const inobjs: ArcObject[] = [];
    for (const [idx, obj] of enumerate(objs)) {
      const col = rng.choice(ccols);
      go = fill(go, col, set(obj));
      const centerpart = recolor(col, set(obj.slice(1, -1)));
      const leftpart = set<Cell>([[idx > 0 ? dotc : col, at(obj, 0)]]);
      const rightpart = set<Cell>([[idx < len(objs) - 1 ? dotc : col, at(obj, -1)]]);
      const inobj = centerpart.union(leftpart).union(rightpart);
      inobjs.push(inobj);
    }
    const spacings = range(len(inobjs) - 1).map(() => 1);
    const fullw = unifint(rng, diff_lb, diff_ub, [w, 30] as const);
    for (let k = 0; k < fullw - w - len(inobjs) - 1; k++) {
      const idx = rng.randint(0, len(spacings) - 1);
      spacings[idx] = at(spacings, idx) + 1;
    }
    const lspacings = concat([0], spacings);
    gi = canvas(bgc, [h, fullw]);
    let ofs = 0;
    for (const [i, [lsp, inobj]] of enumerate(zip(lspacings, inobjs))) {
      const obj = set(inobj);
      let ulc: IntegerTuple;
      if (i === 0) {
        ulc = ulcorner(obj);
      } else {
        const ulci = rng.randint(0, h - height(obj));
        const ulcj = ofs + lsp;
        ulc = [ulci, ulcj];
      }
      ofs += width(obj) + lsp;
      const plcd = shift(normalize(obj), ulc);
      gi = paint(gi, plcd);
    }
    break;
  }
  const ins = size(merge(fgpartition(gi)));
  while (true) {
    const go2 = dmirror(dmirror(go).slice(0, -1));
    if (size(sfilter(asobject(go2), (cij) => cij[0] !== bgc)) < ins) {
      break;
    } else {
      go = go2;
    }
  }
  return { input: gi, output: go };
}

function generate_cbded52d(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const oh = unifint(rng, diff_lb, diff_ub, [1, 4] as const);
  const ow = unifint(rng, diff_lb, diff_ub, [1, 4] as const);
  const numh = unifint(rng, diff_lb, diff_ub, [3, floordiv(31, oh + 1)] as const);
  const numw = unifint(rng, diff_lb, diff_ub, [3, floordiv(31, ow + 1)] as const);
  const [bgc, linc] = unpack(rng.sample(cols, 2), 2);
  const remcols = difference(cols, [bgc, linc] as const);
  const ncols = unifint(rng, diff_lb, diff_ub, [
    1,
    Math.min(8, Math.floor((numh * numh) / 3)),
  ] as const);
  const ccols = rng.sample(remcols, ncols);
  const fullh = numh * oh + numh - 1;
  const fullw = numw * ow + numw - 1;
  let gi = canvas(linc, [fullh, fullw]);
  const sgi = asindices(canvas(bgc, [oh, ow]));
  for (let a = 0; a < numh; a++) {
    for (let b = 0; b < numw; b++) {
      gi = fill(gi, bgc, shift(sgi, [a * (oh + 1), b * (ow + 1)]));
    }
  }
  let go: Grid = [...gi].map((e) => e);
  for (const col of ccols) {
    const inds = ofcolor(go, bgc);
    if (len(inds) === 0) {
      break;
    }
    const loc = rng.choice(totuple(inds));
    const narms = rng.randint(1, 4);
    const armdirs = rng.sample(totuple(dneighbors([0, 0])), narms);
    let succ = 0;
    for (const armdir of armdirs) {
      const [x, y] = unpack(armdir, 2);
      const arm = [];
      for (let k = 1; k < Math.max(numh, numw); k++) {
        const nextloc = add(loc, [k * x * (oh + 1), k * y * (ow + 1)] as const);
        if (!contains(inds, nextloc)) {
          break;
        }
        arm.push(nextloc);
      }
      if (len(arm) < 2) {
        continue;
      }
      const aidx = unifint(rng, diff_lb, diff_ub, [1, len(arm) - 1] as const);
      const endp = at(arm, aidx);
      gi = fill(gi, col, set([endp]));
      go = fill(go, col, set(arm.slice(0, aidx + 1)));
      succ += 1;
    }
    if (succ > 0) {
      gi = fill(gi, col, set<IntegerTuple>([loc]));
      go = fill(go, col, set<IntegerTuple>([loc]));
    }
  }
  return { input: gi, output: go };
}

function generate_06df4c85(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const oh = unifint(rng, diff_lb, diff_ub, [1, 4] as const);
  const ow = unifint(rng, diff_lb, diff_ub, [1, 4] as const);
  const numh = unifint(rng, diff_lb, diff_ub, [3, floordiv(31, oh + 1)] as const);
  const numw = unifint(rng, diff_lb, diff_ub, [3, floordiv(31, ow + 1)] as const);
  const [bgc, linc] = unpack(rng.sample(cols, 2), 2);
  const remcols = difference(cols, [bgc, linc] as const);
  const ncols = unifint(rng, diff_lb, diff_ub, [
    1,
    Math.min(8, Math.floor((numh * numh) / 3)),
  ] as const);
  const ccols = rng.sample(remcols, ncols);
  const fullh = numh * oh + numh - 1;
  const fullw = numw * ow + numw - 1;
  let gi = canvas(linc, [fullh, fullw]);
  const sgi = asindices(canvas(bgc, [oh, ow]));
  for (let a = 0; a < numh; a++) {
    for (let b = 0; b < numw; b++) {
      gi = fill(gi, bgc, shift(sgi, [a * (oh + 1), b * (ow + 1)]));
    }
  }
  let go: Grid = [...gi].map((e) => e);
  const sinds = asindices(canvas(-1, [oh, ow]));
  for (const col of ccols) {
    const inds = occurrences(go, recolor(bgc, sinds));
    if (len(inds) === 0) {
      break;
    }
    const loc = rng.choice(totuple(inds));
    const narms = rng.randint(1, 4);
    const armdirs = rng.sample(totuple(dneighbors([0, 0])), narms);
    for (const armdir of armdirs) {
      const [x, y] = unpack(armdir, 2);
      const arm = [];
      for (let k = 1; k < Math.max(numh, numw); k++) {
        const nextloc = add(loc, [k * x * (oh + 1), k * y * (ow + 1)] as const);
        if (!contains(inds, nextloc)) {
          break;
        }
        arm.push(nextloc);
      }
      if (len(arm) < 2) {
        continue;
      }
      const aidx = unifint(rng, diff_lb, diff_ub, [1, len(arm) - 1] as const);
      const endp = at(arm, aidx);
      gi = fill(gi, col, shift(sinds, endp));
      go = fill(go, col, mapply(lbind(shift, sinds), set(arm.slice(0, aidx + 1))));
    }
    gi = fill(gi, col, shift(sinds, loc));
    go = fill(go, col, shift(sinds, loc));
  }
  return { input: gi, output: go };
}

function generate_90f3ed37(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = remove(1, interval(0, 10, 1));
  let gi: Grid;
  let go: Grid;
  let midpat: Indices;
  while (true) {
    const h = unifint(rng, diff_lb, diff_ub, [8, 30] as const);
    const w = unifint(rng, diff_lb, diff_ub, [8, 30] as const);
    let pathh = unifint(rng, diff_lb, diff_ub, [1, Math.max(1, Math.floor(h / 4))] as const);
    pathh = unifint(rng, diff_lb, diff_ub, [pathh, Math.max(1, Math.floor(h / 4))] as const);
    const Lpatper = unifint(rng, diff_lb, diff_ub, [1, Math.floor(w / 7)] as const);
    const Rpatper = unifint(rng, diff_lb, diff_ub, [1, Math.floor(w / 7)] as const);
    const hh = rng.randint(1, pathh);
    const Linds = asindices(canvas(-1, [hh, Lpatper]));
    const Rinds = asindices(canvas(-1, [hh, Rpatper]));
    const lpatsd = unifint(rng, diff_lb, diff_ub, [0, Math.floor((hh * Lpatper) / 2)] as const);
    const rpatsd = unifint(rng, diff_lb, diff_ub, [0, Math.floor((hh * Rpatper) / 2)] as const);
    let lpats: number = rng.choice([lpatsd, hh * Lpatper - lpatsd] as const);
    let rpats: number = rng.choice([rpatsd, hh * Rpatper - rpatsd] as const);
    lpats = Math.min(Math.max(Lpatper, lpats), hh * Lpatper);
    rpats = Math.min(Math.max(Rpatper, rpats), hh * Rpatper);
    const lpat = set(rng.sample(totuple(Linds), lpats));
    const rpat = set(rng.sample(totuple(Rinds), rpats));
    let midpatw = rng.randint(0, w - 2 * Lpatper - 2 * Rpatper);
    if (midpatw === 0 || (Lpatper === hh && hh === 1)) {
      midpat = set();
      midpatw = 0;
    } else {
      midpat = set(
        rng.sample(
          totuple(asindices(canvas(-1, [hh, midpatw]))),
          rng.randint(midpatw, hh * midpatw),
        ),
      );
    }
    if (shift(midpat, [0, 2 * Lpatper - midpatw]).issubset(lpat)) {
      midpat = set();
      midpatw = 0;
    }
    const loci = rng.randint(0, h - pathh);
    let lplac = shift(lpat, [loci, 0]).union(shift(lpat, [loci, Lpatper]));
    const mplac = shift(midpat, [loci, 2 * Lpatper]);
    let rplac = shift(rpat, [loci, 2 * Lpatper + midpatw]).union(
      shift(rpat, [loci, 2 * Lpatper + midpatw + Rpatper]),
    );
    const sp = 2 * Lpatper + midpatw + Rpatper;
    for (let k = 0; k < floordiv(w, Lpatper) + 1; k++) {
      lplac = lplac.union(shift(lpat, [loci, -k * Lpatper]));
    }
    for (let k = 0; k < floordiv(w, Rpatper) + 1; k++) {
      rplac = rplac.union(shift(rpat, [loci, sp + k * Rpatper]));
    }
    const pat = lplac.union(mplac).union(rplac);
    const patn = shift(pat, [-loci, 0]);
    const [bgc, fgc] = unpack(rng.sample(cols, 2), 2);
    gi = canvas(bgc, [h, w]);
    gi = fill(gi, fgc, pat);
    let options = interval(0, h - pathh + 1, 1);
    options = difference(options, interval(loci - pathh - 1, loci + 2 * pathh, 1));
    const nplacements = unifint(rng, diff_lb, diff_ub, [
      1,
      Math.max(1, floordiv(len(options), pathh)),
    ] as const);
    go = [...gi].map((e) => e);
    for (let k = 0; k < nplacements; k++) {
      if (len(options) === 0) {
        break;
      }
      const locii = rng.choice(options);
      options = difference(options, interval(locii - pathh - 1, locii + 2 * pathh, 1));
      const hoffs = rng.randint(0, Math.max(Rpatper, w - sp - 2));
      let cutoffopts = interval(2 * Lpatper + midpatw, 2 * Lpatper + midpatw + hoffs + 1, 1);
      cutoffopts = reversed(cutoffopts);
      const idx = unifint(rng, diff_lb, diff_ub, [0, len(cutoffopts) - 1] as const);
      const cutoff = at(cutoffopts, idx);
      const patnc = sfilter(patn, (ij) => ij[1] <= cutoff);
      go = fill(go, 1, shift(patn, [locii, hoffs]));
      gi = fill(gi, fgc, shift(patnc, [locii, hoffs]));
      go = fill(go, fgc, shift(patnc, [locii, hoffs]));
    }
    if (contains(palette(go), 1)) {
      break;
    }
  }
  return { input: gi, output: go };
}

function generate_36d67576(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  let gi: Grid;
  let go: Grid;
  while (true) {
    const h = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
    const w = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
    const [bgc, mainc, markerc] = unpack(rng.sample(cols, 3), 3);
    const remcols = difference(cols, [bgc, mainc, markerc] as const);
    const ncols = unifint(rng, diff_lb, diff_ub, [1, len(remcols)] as const);
    rng.sample(remcols, ncols);
    gi = canvas(bgc, [h, w]);
    let oh = unifint(rng, diff_lb, diff_ub, [2, 5] as const);
    let ow = unifint(rng, diff_lb, diff_ub, [oh === 2 ? 3 : 2, 5] as const);
    if (rng.choice([true, false])) {
      [oh, ow] = [ow, oh];
    }
    const bounds = asindices(canvas(-1, [oh, ow]));
    const ncells = unifint(rng, diff_lb, diff_ub, [4, len(bounds)] as const);
    const shpset = set<IntegerTuple>([rng.choice(totuple(bounds))]);
    for (let k = 0; k < ncells - 1; k++) {
      shpset.add(
        rng.choice(totuple(bounds.difference(shpset).intersection(mapply(neighbors, shpset)))),
      );
    }
    const shp = normalize(shpset);
    [oh, ow] = shape(shp);
    const ntocompc = unifint(rng, diff_lb, diff_ub, [1, ncells - 3] as const);
    const markercell = rng.choice(totuple(shp));
    const remobj = remove(markercell, shp);
    const markercellobj = set<Cell>([[markerc, markercell]]);
    const tocompc = set(rng.sample(totuple(remobj), ntocompc));
    const mainpart = shp.difference(set<IntegerTuple>([markercell])).difference(tocompc);
    const mainpartobj = recolor(mainc, mainpart);
    const tocompcobj = set([...tocompc].map((ij): Cell => [rng.choice(remcols), ij]));
    const obj: ArcObject = tocompcobj.union(mainpartobj).union(markercellobj);
    const smobj = mainpartobj.union(markercellobj);
    const smobjn = normalize(smobj);
    let isfakesymm: boolean = false;
    for (const symmf of [dmirror, cmirror, hmirror, vmirror]) {
      if (eq(symmf(smobjn), smobjn) && !eq(symmf(obj), obj)) {
        isfakesymm = true;
        break;
      }
    }
    if (isfakesymm) {
      continue;
    }
    const loci = rng.randint(0, h - oh);
    const locj = rng.randint(0, w - ow);
    const plcd = shift(obj, [loci, locj]);
    gi = paint(gi, plcd);
    const plcdi = toindices(plcd);
    let inds = asindices(gi).difference(plcdi).difference(mapply(neighbors, plcdi));
    const noccs = unifint(rng, diff_lb, diff_ub, [
      1,
      Math.max(1, floordiv(h * w, 2 * len(obj))),
    ] as const);
    let succ = 0;
    let tr = 0;
    const maxtr = noccs * 5;
    go = [...gi].map((e) => e);
    while (tr < maxtr && succ < noccs) {
      tr += 1;
      const mf1 = rng.choice<(o: ArcObject) => ArcObject>([
        identity,
        dmirror,
        cmirror,
        hmirror,
        vmirror,
      ]);
      const mf2 = rng.choice<(o: ArcObject) => ArcObject>([
        identity,
        dmirror,
        cmirror,
        hmirror,
        vmirror,
      ]);
      const mf = compose(mf1, mf2);
      const outobj = normalize(mf(obj));
      const inobj = sfilter(outobj, (cij) => contains([mainc, markerc], cij[0]));
      [oh, ow] = shape(outobj);
      const cands = sfilter(inds, (ij) => ij[0] <= h - oh && ij[1] <= w - ow);
      if (len(cands) === 0) {
        continue;
      }
      const loc = rng.choice(totuple(cands));
      const outobjp = shift(outobj, loc);
      const inobjp = shift(inobj, loc);
      const outobjpi = toindices(outobjp);
      if (outobjpi.issubset(inds)) {
        succ += 1;
        inds = inds.difference(outobjpi).difference(mapply(neighbors, outobjpi));
        gi = paint(gi, inobjp);
        go = paint(go, outobjp);
      }
    }
    break;
  }
  return { input: gi, output: go };
}

function generate_4522001f(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [3, 10] as const);
  const w = unifint(rng, diff_lb, diff_ub, [3, 10] as const);
  const [bgc, sqc, dotc] = unpack(rng.sample(cols, 3), 3);
  let gi = canvas(bgc, [h, w]);
  let go = canvas(bgc, [3 * h, 3 * w]);
  const sqi = set<Cell>([[dotc, [1, 1]]]).union(
    recolor(
      sqc,
      set<IntegerTuple>([
        [0, 0],
        [0, 1],
        [1, 0],
      ]),
    ),
  );
  let sqo = backdrop(
    frozenset(
      set<IntegerTuple>([
        [0, 0],
        [3, 3],
      ]),
    ),
  );
  sqo = sqo.union(shift(sqo, [4, 4]));
  const loci = rng.randint(0, Math.min(h - 2, 3 * h - 8));
  const locj = rng.randint(0, Math.min(w - 2, 3 * w - 8));
  let loc = [loci, locj] as const;
  let plcdi = shift(sqi, loc);
  let plcdo = shift(sqo, loc);
  gi = paint(gi, plcdi);
  go = fill(go, sqc, plcdo);
  const noccs = unifint(rng, diff_lb, diff_ub, [0, Math.floor((h * w) / 9)] as const);
  let succ = 0;
  let tr = 0;
  const maxtr = 10 * noccs;
  let iinds = ofcolor(gi, bgc).difference(mapply(dneighbors, toindices(plcdi)));
  while (tr < maxtr && succ < noccs) {
    tr += 1;
    const cands = sfilter(iinds, (ij) => ij[0] <= h - 2 && ij[1] <= w - 2);
    if (len(cands) === 0) {
      break;
    }
    loc = rng.choice(totuple(cands));
    plcdi = shift(sqi, loc);
    plcdo = shift(sqo, loc);
    const plcdii = toindices(plcdi);
    if (plcdii.issubset(iinds)) {
      succ += 1;
      iinds = iinds.difference(plcdii).difference(mapply(dneighbors, plcdii));
      gi = paint(gi, plcdi);
      go = fill(go, sqc, plcdo);
    }
  }
  const rotf = rng.choice<GridFunction>([identity, rot90, rot180, rot270]);
  gi = rotf(gi);
  go = rotf(go);
  return { input: gi, output: go };
}

function generate_72322fa7(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  const h = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [10, 30] as const);
  const bgc = rng.choice(cols);
  const remcols = remove(bgc, cols);
  const nobjs = unifint(rng, diff_lb, diff_ub, [1, 4] as const);
  const ccols = rng.sample(remcols, 2 * nobjs);
  const cpairs = [...zip(ccols.slice(0, nobjs), ccols.slice(nobjs))];
  const objs = [];
  let gi = canvas(bgc, [h, w]);
  let inds = asindices(gi);
  let ca: number;
  let cands: Indices;
  let cb: number;
  let loc: IntegerTuple;
  let obj: Indices | ArcObject;
  let oh: number;
  let ow: number;
  let plcd: ArcObject;
  let plcdi: Indices;
  for ([ca, cb] of cpairs) {
    oh = unifint(rng, diff_lb, diff_ub, [1, 4] as const);
    ow = unifint(rng, diff_lb, diff_ub, [oh === 1 ? 2 : 1, 4] as const);
    if (rng.choice([true, false])) {
      [oh, ow] = [ow, oh];
    }
    const bounds = asindices(canvas(-1, [oh, ow]));
    const shpset = set<IntegerTuple>([rng.choice(totuple(bounds))]);
    const ncells = rng.randint(2, oh * ow);
    for (let k = 0; k < ncells - 1; k++) {
      shpset.add(
        rng.choice(totuple(bounds.difference(shpset).intersection(mapply(neighbors, shpset)))),
      );
    }
    const objn = normalize(shpset);
    const objt = totuple(objn);
    const apart = rng.sample(objt, rng.randint(1, len(objt) - 1));
    const bpart = difference(objt, apart);
    obj = recolor(ca, set(apart)).union(recolor(cb, set(bpart)));
    [oh, ow] = shape(obj);
    cands = sfilter(inds, (ij) => shift(objn, ij).issubset(inds));
    if (len(cands) === 0) {
      continue;
    }
    loc = rng.choice(totuple(cands));
    plcd = shift(obj, loc);
    gi = paint(gi, plcd);
    plcdi = toindices(plcd);
    inds = inds.difference(plcdi).difference(mapply(neighbors, plcdi));
    objs.push(obj);
  }
  const avgs = truediv(sum(objs.map((o) => len(o))), len(objs));
  const ub = Math.max(1, floordiv(h * w, avgs * 2));
  const noccs = unifint(rng, diff_lb, diff_ub, [1, ub] as const);
  let succ = 0;
  let tr = 0;
  const maxtr = 5 * noccs;
  let go: Grid = [...gi].map((e) => e);
  while (tr < maxtr && succ < noccs) {
    tr += 1;
    obj = rng.choice(objs);
    [ca, cb] = unpack([...palette(obj)], 2);
    [oh, ow] = shape(obj);
    cands = sfilter(inds, (ij) => ij[0] <= h - oh && ij[1] <= w - ow);
    if (len(cands) === 0) {
      continue;
    }
    loc = rng.choice(totuple(cands));
    plcd = shift(obj, loc);
    plcdi = toindices(plcd);
    if (plcdi.issubset(inds)) {
      succ += 1;
      inds = inds.difference(plcdi).difference(mapply(neighbors, plcdi));
      go = paint(go, plcd);
      const col = rng.choice([ca, cb] as const);
      gi = paint(
        gi,
        sfilter(plcd, (cij) => eq(cij[0], col)),
      );
    }
  }
  return { input: gi, output: go };
}

function generate_4290ef0e(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = interval(0, 10, 1);
  let gi: Grid;
  let go: Grid;
  let loc: IntegerTuple | undefined;
  while (true) {
    let d = unifint(rng, diff_lb, diff_ub, [2, 7] as const);
    const [_h, w] = [d, d];
    const fullh = unifint(rng, diff_lb, diff_ub, [4 * d, 30] as const);
    const fullw = unifint(rng, diff_lb, diff_ub, [4 * d, 30] as const);
    const bgc = rng.choice(cols);
    const remcols = remove(bgc, cols);
    const ccols = rng.sample(remcols, d);
    let quad = canvas(bgc, [d + 1, d + 1]);
    for (const [idx, c] of enumerate(ccols)) {
      const linlen = rng.randint(2, w - idx + 1);
      quad = fill(quad, c, connect([idx, idx], [idx + linlen - 1, idx]));
      quad = fill(quad, c, connect([idx, idx], [idx, idx + linlen - 1]));
    }
    go = canvas(bgc, [d + 1, 2 * d + 1]);
    const qobj1 = asobject(quad);
    const qobj2 = shift(asobject(vmirror(quad)), [0, d]);
    go = paint(go, qobj1);
    go = paint(go, qobj2);
    go = vconcat(go, hmirror(go).slice(1));
    if (rng.choice([true, false])) {
      go = fill(
        go,
        rng.choice(difference(remcols, ccols)),
        set<IntegerTuple>([center(asindices(go))]),
      );
    }
    const fgobjs = sfilter(partition(go), (o) => color(o) !== bgc);
    gi = canvas(bgc, [fullh, fullw]);
    const objs = order(fgobjs, width);
    const fullinds = asindices(gi);
    let inds = asindices(gi);
    let fullsuc: boolean = true;
    for (const obj of objs) {
      const objn = normalize(obj);
      const obji = toindices(objn);
      d = width(obj);
      const dh = Math.max(0, Math.floor(d / 2) - 1);
      let cands = sfilter(fullinds, (ij) => ij[0] <= fullh - d && ij[1] <= fullw - d);
      cands = cands
        .union(shift(cands, [-dh, 0]))
        .union(shift(cands, [0, -dh]))
        .union(shift(cands, [dh, 0]))
        .union(shift(cands, [0, dh]));
      const maxtr = 10;
      let tr = 0;
      let succ: boolean = false;
      if (len(cands) === 0) {
        break;
      }
      while (tr < maxtr && !succ) {
        tr += 1;
        loc = rng.choice(totuple(cands));
        if (shift(obji, loc).intersection(fullinds).issubset(inds)) {
          succ = true;
          break;
        }
      }
      if (!succ) {
        fullsuc = false;
        break;
      }
      gi = paint(gi, shift(objn, bound(loc, "loc")));
      inds = inds.difference(shift(obji, bound(loc, "loc")));
    }
    if (!fullsuc) {
      continue;
    }
    break;
  }
  return { input: gi, output: go };
}

function generate_6a1e5592(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = remove(1, interval(0, 10, 1));
  const h = unifint(rng, diff_lb, diff_ub, [9, 30] as const);
  const w = unifint(rng, diff_lb, diff_ub, [5, 30] as const);
  const barh = rng.randint(3, Math.floor(h / 3));
  const maxobjh = h - barh - 1;
  const nobjs = unifint(rng, diff_lb, diff_ub, [1, Math.floor(w / 3)] as const);
  const [barc, bgc, objc] = unpack(rng.sample(cols, 3), 3);
  const c1 = canvas(barc, [barh, w]);
  const c2 = canvas(bgc, [h - barh, w]);
  let gi = vconcat(c1, c2);
  let go: Grid = [...gi].map((e) => e);
  let tr = 0;
  let succ = 0;
  const maxtr = 10 * nobjs;
  let placopts = interval(1, w - 1, 1);
  let iinds = ofcolor(gi, bgc);
  let oinds = asindices(go);
  const barinds = ofcolor(gi, barc);
  const forbmarkers = set<Indices>();
  while (tr < maxtr && succ < nobjs) {
    tr += 1;
    let oh = rng.randint(1, maxobjh);
    let ow = rng.randint(1, Math.min(4, Math.floor(w / 2)));
    const bounds = asindices(canvas(-1, [oh, ow]));
    const ncells = rng.randint(1, oh * ow);
    const sp = rng.choice(totuple(connect([0, 0], [0, ow - 1])));
    let obj: Indices = set<IntegerTuple>([sp]);
    for (let k = 0; k < ncells - 1; k++) {
      setAdd(
        obj,
        rng.choice(totuple(bounds.difference(obj).intersection(mapply(dneighbors, obj)))),
      );
    }
    obj = normalize(obj);
    [oh, ow] = shape(obj);
    const markerh = rng.randint(1, Math.min(oh, barh - 1));
    const markpart = sfilter(obj, (ij) => ij[0] < markerh);
    const markpartn = normalize(markpart);
    let isinvalid: boolean = false;
    for (let k = 1; k < markerh + 1; k++) {
      if (contains(forbmarkers, normalize(sfilter(markpartn, (ij) => ij[0] < k)))) {
        isinvalid = true;
      }
    }
    if (isinvalid) {
      continue;
    }
    for (let k = 1; k < markerh + 1; k++) {
      forbmarkers.add(normalize(sfilter(markpartn, (ij) => ij[0] < k)));
    }
    const placoptcands = sfilter(placopts, (jj) =>
      set(interval(jj, jj + ow + 1, 1)).issubset(set(placopts)),
    );
    if (len(placoptcands) === 0) {
      continue;
    }
    const jloc = rng.choice(placoptcands);
    const iloc = barh - markerh;
    const oplcd = shift(obj, [iloc, jloc]);
    if (oplcd.issubset(oinds)) {
      const icands = sfilter(iinds, (ij) => ij[0] <= h - oh && ij[1] <= w - ow);
      if (len(icands) === 0) {
        continue;
      }
      const loc = rng.choice(totuple(icands));
      const iplcd = shift(obj, loc);
      if (iplcd.issubset(iinds)) {
        succ += 1;
        iinds = iinds.difference(iplcd).difference(mapply(neighbors, iplcd));
        oinds = oinds.difference(oplcd);
        gi = fill(gi, objc, iplcd);
        gi = fill(gi, bgc, oplcd.intersection(barinds));
        go = fill(go, 1, oplcd);
        const jm = apply(last, ofcolor(go, 1));
        placopts = sorted(
          difference(placopts, jm.union(apply(decrement, jm)).union(apply(increment, jm))),
        );
      }
    }
    if (len(placopts) === 0) {
      break;
    }
  }
  const rotf = rng.choice<GridFunction>([identity, rot90, rot180, rot270]);
  gi = rotf(gi);
  go = rotf(go);
  return { input: gi, output: go };
}

function generate_e73095fd(rng: PyRandom, diff_lb: number, diff_ub: number): Example {
  const cols = remove(4, interval(0, 10, 1));
  let bar: Indices;
  let bx: Indices;
  let gi: Grid;
  let go: Grid;
  let ulci: number;
  let ulcj: number;
  while (true) {
    const h = unifint(rng, diff_lb, diff_ub, [10, 32] as const);
    const w = unifint(rng, diff_lb, diff_ub, [10, 32] as const);
    const [bgc, fgc] = unpack(rng.sample(cols, 2), 2);
    gi = canvas(bgc, [h, w]);
    const nsplits = unifint(rng, diff_lb, diff_ub, [2, Math.floor(Math.min(h, w) / 3)] as const);
    for (let k = 0; k < nsplits; k++) {
      const objs = apply(toindices, colorfilter(objects(gi, T, F, F), bgc));
      const hobjs = sfilter(objs, (o) => height(o) > 6);
      const wobjs = sfilter(objs, (o) => width(o) > 6);
      if (len(hobjs) === 0 && len(wobjs) === 0) {
        break;
      }
      const cgroups = zip([hobjs, wobjs], [0, 1])
        .filter(([g, _ax]) => len(g) > 0)
        .map(([g, ax]) => [g, ax] as const);
      const [g, ax] = rng.choice(cgroups);
      const obj = rng.choice(totuple(g));
      [ulci, ulcj] = ulcorner(obj);
      const [oh, ow] = shape(obj);
      if (ax === 0) {
        const iloc = rng.randint(ulci + 3, ulci + oh - 3);
        bar = sfilter(obj, (ij) => ij[0] === iloc);
      } else {
        const jloc = rng.randint(ulcj + 3, ulcj + ow - 3);
        bar = sfilter(obj, (ij) => ij[1] === jloc);
      }
      gi = fill(gi, fgc, bar);
    }
    let copts = sfilter(
      ofcolor(gi, fgc),
      (ij) => len(sfilter(toobject(dneighbors(ij), gi), (cij) => eq(cij[0], fgc))) > 2,
    );
    copts = sfilter(copts, (ij) =>
      contains(
        set([3, 4]),
        len(sfilter(toobject(outbox(outbox(set([ij]))), gi), (cij) => eq(cij[0], fgc))),
      ),
    );
    if (len(copts) === 0) {
      continue;
    }
    let noccs = unifint(rng, diff_lb, diff_ub, [1, len(copts)] as const);
    noccs = unifint(rng, diff_lb, diff_ub, [noccs, len(copts)] as const);
    const occs = rng.sample(totuple(copts), noccs);
    go = [...gi].map((e) => e);
    let forb: Indices = set();
    for (const occ of occs) {
      [ulci, ulcj] = unpack(decrement(occ), 2);
      const [lrci, lrcj] = unpack(increment(occ), 2);
      if (
        contains(
          set([3, 4]),
          len(
            sfilter(toobject(box(set([[ulci, ulcj] as const, [lrci, lrcj] as const])), gi), (cij) =>
              eq(cij[0], fgc),
            ),
          ),
        )
      ) {
        let boptions: Indices[] = [];
        for (const ulcioffs of [-2, -1, 0]) {
          for (const ulcjoffs of [-2, -1, 0]) {
            for (const lrcioffs of [0, 1, 2]) {
              for (const lrcjoffs of [0, 1, 2]) {
                bx = box(
                  set([
                    [ulci + ulcioffs, ulcj + ulcjoffs] as const,
                    [lrci + lrcioffs, lrcj + lrcjoffs] as const,
                  ]),
                );
                const bxobj = toobject(bx, gi);
                if (
                  contains(
                    set([3, 4]),
                    len(sfilter(toobject(bxobj, gi), (cij) => eq(cij[0], fgc))),
                  ) &&
                  contains(
                    set([3, 4]),
                    len(sfilter(toobject(outbox(bxobj), gi), (cij) => eq(cij[0], fgc))),
                  )
                ) {
                  boptions.push(bx);
                }
              }
            }
          }
        }
        boptions = sfilter(boptions, (bx) => len(backdrop(bx).intersection(forb)) === 0);
        if (len(boptions) > 0) {
          bx = rng.choice(boptions);
          const bd = backdrop(bx);
          gi = fill(gi, bgc, bd);
          gi = fill(gi, fgc, bx);
          go = fill(go, 4, bd);
          go = fill(go, fgc, bx);
          forb = forb.union(bd);
        }
      }
    }
    gi = trim(gi);
    go = trim(go);
    if (contains(palette(go), 4)) {
      break;
    }
  }
  return { input: gi, output: go };
}

export const GENERATORS_300_399: Readonly<Record<string, Generator>> = {
  "11852cab": generate_11852cab,
  "025d127b": generate_025d127b,
  "045e512c": generate_045e512c,
  "1b60fb0c": generate_1b60fb0c,
  "1f0c79e5": generate_1f0c79e5,
  "1f876c06": generate_1f876c06,
  "22233c11": generate_22233c11,
  "264363fd": generate_264363fd,
  "29ec7d0e": generate_29ec7d0e,
  "3bd67248": generate_3bd67248,
  "484b58aa": generate_484b58aa,
  "6aa20dc0": generate_6aa20dc0,
  "6855a6e4": generate_6855a6e4,
  "39a8645d": generate_39a8645d,
  "150deff5": generate_150deff5,
  "239be575": generate_239be575,
  "0dfd9992": generate_0dfd9992,
  d06dbe63: generate_d06dbe63,
  a3325580: generate_a3325580,
  "1fad071e": generate_1fad071e,
  "27a28665": generate_27a28665,
  b775ac94: generate_b775ac94,
  "6f8cd79b": generate_6f8cd79b,
  de1cd16c: generate_de1cd16c,
  "6cf79266": generate_6cf79266,
  a85d4709: generate_a85d4709,
  f8a8fe49: generate_f8a8fe49,
  f8c80d96: generate_f8c80d96,
  f35d900a: generate_f35d900a,
  ec883f72: generate_ec883f72,
  ea786f4a: generate_ea786f4a,
  ded97339: generate_ded97339,
  d687bc17: generate_d687bc17,
  d90796e8: generate_d90796e8,
  a68b268e: generate_a68b268e,
  ea32f347: generate_ea32f347,
  e179c5f4: generate_e179c5f4,
  aba27056: generate_aba27056,
  e40b9e2f: generate_e40b9e2f,
  e8dc4411: generate_e8dc4411,
  ddf7fa4f: generate_ddf7fa4f,
  d07ae81c: generate_d07ae81c,
  b2862040: generate_b2862040,
  a61ba2ce: generate_a61ba2ce,
  bbc9ae5d: generate_bbc9ae5d,
  "9edfc990": generate_9edfc990,
  a78176bb: generate_a78176bb,
  "995c5fa3": generate_995c5fa3,
  "9aec4887": generate_9aec4887,
  "846bdb03": generate_846bdb03,
  "2dd70a9a": generate_2dd70a9a,
  "36fdfd69": generate_36fdfd69,
  "28e73c20": generate_28e73c20,
  "3eda0437": generate_3eda0437,
  "7447852a": generate_7447852a,
  "6b9890af": generate_6b9890af,
  "963e52fc": generate_963e52fc,
  "3e980e27": generate_3e980e27,
  a8c38be5: generate_a8c38be5,
  "6c434453": generate_6c434453,
  "7837ac64": generate_7837ac64,
  "5ad4f10b": generate_5ad4f10b,
  "7df24a62": generate_7df24a62,
  "539a4f51": generate_539a4f51,
  ce602527: generate_ce602527,
  c8cbb738: generate_c8cbb738,
  b527c5c6: generate_b527c5c6,
  "228f6490": generate_228f6490,
  "93b581b8": generate_93b581b8,
  "447fd412": generate_447fd412,
  "50846271": generate_50846271,
  ae3edfdc: generate_ae3edfdc,
  "469497ad": generate_469497ad,
  "97a05b5b": generate_97a05b5b,
  a5313dff: generate_a5313dff,
  "780d0b14": generate_780d0b14,
  "57aa92db": generate_57aa92db,
  "53b68214": generate_53b68214,
  "39e1d7f9": generate_39e1d7f9,
  "017c7c7b": generate_017c7c7b,
  "8a004b2b": generate_8a004b2b,
  "49d1d64f": generate_49d1d64f,
  "890034e9": generate_890034e9,
  "776ffc46": generate_776ffc46,
  e6721834: generate_e6721834,
  ef135b50: generate_ef135b50,
  "794b24be": generate_794b24be,
  ff28f65a: generate_ff28f65a,
  "73251a56": generate_73251a56,
  "3631a71a": generate_3631a71a,
  "234bbc79": generate_234bbc79,
  cbded52d: generate_cbded52d,
  "06df4c85": generate_06df4c85,
  "90f3ed37": generate_90f3ed37,
  "36d67576": generate_36d67576,
  "4522001f": generate_4522001f,
  "72322fa7": generate_72322fa7,
  "4290ef0e": generate_4290ef0e,
  "6a1e5592": generate_6a1e5592,
  e73095fd: generate_e73095fd,
};
