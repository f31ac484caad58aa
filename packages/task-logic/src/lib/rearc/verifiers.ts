// RE-ARC's verifiers (Michael Hodel, MIT licence), as vendored by Reasoning Gym in
// reasoning_gym/arc/rearc_utils/verifiers.py: for each task, the program that maps an input grid
// to its output with the DSL. Used by the tests to check the generators (a generated pair must
// satisfy verify(input) == output). The programs are point-free compositions of RE-ARC's
// dynamically typed DSL, so they run through `call` on values of type unknown.
import {
  add,
  adjacent,
  apply,
  argmax,
  argmin,
  asindices,
  asobject,
  astuple,
  backdrop,
  bordering,
  both,
  bottomhalf,
  box,
  branch,
  canvas,
  center,
  centerofmass,
  chain,
  cmirror,
  color,
  colorcount,
  colorfilter,
  combine,
  compose,
  compress,
  connect,
  contained,
  corners,
  cover,
  crement,
  crop,
  DOWN,
  DOWN_LEFT,
  decrement,
  dedupe,
  delta,
  difference,
  divide,
  dmirror,
  dneighbors,
  double,
  downscale,
  EIGHT,
  either,
  equality,
  even,
  extract,
  F,
  FIVE,
  FOUR,
  fgpartition,
  fill,
  first,
  flip,
  fork,
  frontiers,
  type Grid,
  gravitate,
  greater,
  halve,
  hconcat,
  height,
  hfrontier,
  hline,
  hmatching,
  hmirror,
  hperiod,
  hsplit,
  hupscale,
  identity,
  inbox,
  increment,
  index,
  ineighbors,
  initset,
  insert,
  intersection,
  interval,
  invert,
  LEFT,
  last,
  lbind,
  leastcolor,
  leastcommon,
  lefthalf,
  leftmost,
  llcorner,
  lowermost,
  lrcorner,
  manhattan,
  mapply,
  matcher,
  maximum,
  merge,
  mfilter,
  minimum,
  mostcolor,
  mostcommon,
  move,
  mpapply,
  multiply,
  NEG_ONE,
  NEG_TWO,
  NEG_UNITY,
  NINE,
  neighbors,
  normalize,
  numcolors,
  ONE,
  ORIGIN,
  objects,
  occurrences,
  ofcolor,
  order,
  other,
  outbox,
  paint,
  pair,
  palette,
  papply,
  partition,
  portrait,
  position,
  positive,
  power,
  prapply,
  product,
  RIGHT,
  rapply,
  rbind,
  recolor,
  remove,
  repeat,
  replace,
  righthalf,
  rightmost,
  rot90,
  rot180,
  rot270,
  SEVEN,
  SIX,
  sfilter,
  shape,
  shift,
  shoot,
  sign,
  size,
  sizefilter,
  square,
  subgrid,
  subtract,
  switch_,
  T,
  TEN,
  THREE,
  THREE_BY_THREE,
  TWO,
  TWO_BY_TWO,
  TWO_BY_ZERO,
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
  underfill,
  underpaint,
  uppermost,
  upscale,
  urcorner,
  valmax,
  valmin,
  vconcat,
  vfrontier,
  vline,
  vmatching,
  vmirror,
  vperiod,
  vsplit,
  vupscale,
  width,
  ZERO,
  ZERO_BY_TWO,
} from "./dsl.js";

/** Calls a DSL function (or a function a DSL combinator built) with Python's dynamic typing. */
function call(fn: unknown, ...args: unknown[]): unknown {
  if (typeof fn !== "function") throw new TypeError("object is not callable");
  return (fn as (...a: unknown[]) => unknown)(...args);
}

function verify_007bbfb7(I: Grid): unknown {
  const x0 = call(palette, I);
  const x1 = call(other, x0, ZERO);
  const x2 = call(shape, I);
  const x3 = call(multiply, x2, x2);
  const x4 = call(canvas, ZERO, x3);
  const x5 = call(ofcolor, I, x1);
  const x6 = call(lbind, shift, x5);
  const x7 = call(shape, I);
  const x8 = call(rbind, multiply, x7);
  const x9 = call(apply, x8, x5);
  const x10 = call(mapply, x6, x9);
  const x11 = call(fill, x4, x1, x10);
  return x11;
}

function verify_00d62c1b(I: Grid): unknown {
  const x0 = call(objects, I, T, F, F);
  const x1 = call(mostcolor, I);
  const x2 = call(colorfilter, x0, x1);
  const x3 = call(rbind, bordering, I);
  const x4 = call(compose, flip, x3);
  const x5 = call(mfilter, x2, x4);
  const x6 = call(fill, I, FOUR, x5);
  return x6;
}

function verify_017c7c7b(I: Grid): unknown {
  const x0 = call(palette, I);
  const x1 = call(other, x0, ZERO);
  const x2 = call(ofcolor, I, x1);
  const x3 = call(asobject, I);
  const x4 = call(vperiod, x3);
  const x5 = call(height, I);
  const x6 = call(halve, x5);
  const x7 = call(add, x5, x6);
  const x8 = call(width, I);
  const x9 = call(astuple, x7, x8);
  const x10 = call(canvas, ZERO, x9);
  const x11 = call(increment, x7);
  const x12 = call(interval, ZERO, x11, x4);
  const x13 = call(lbind, shift, x2);
  const x14 = call(apply, toivec, x12);
  const x15 = call(mapply, x13, x14);
  const x16 = call(fill, x10, TWO, x15);
  return x16;
}

function verify_025d127b(I: Grid): unknown {
  const x0 = call(mostcolor, I);
  const x1 = call(objects, I, T, T, T);
  const x2 = call(rbind, objects, F);
  const x3 = call(rbind, x2, F);
  const x4 = call(rbind, x3, T);
  const x5 = call(lbind, canvas, x0);
  const x6 = call(compose, x5, shape);
  const x7 = call(fork, paint, x6, normalize);
  const x8 = call(compose, x4, x7);
  const x9 = call(fork, colorfilter, x8, color);
  const x10 = call(rbind, shift, RIGHT);
  const x11 = call(rbind, argmax, rightmost);
  const x12 = call(compose, x11, x9);
  const x13 = call(fork, remove, x12, x9);
  const x14 = call(chain, x10, merge, x13);
  const x15 = call(rbind, argmax, rightmost);
  const x16 = call(compose, x15, x9);
  const x17 = call(fork, combine, x16, x14);
  const x18 = call(fork, shift, x17, ulcorner);
  const x19 = call(merge, x1);
  const x20 = call(fill, I, x0, x19);
  const x21 = call(mapply, x18, x1);
  const x22 = call(paint, x20, x21);
  return x22;
}

function verify_045e512c(I: Grid): unknown {
  const x0 = call(objects, I, T, T, T);
  const x1 = call(argmax, x0, size);
  const x2 = call(height, x1);
  const x3 = call(width, x1);
  const x4 = call(neighbors, ORIGIN);
  const x5 = call(toindices, x1);
  const x6 = call(lbind, shift, x5);
  const x7 = call(height, I);
  const x8 = call(divide, x7, x2);
  const x9 = call(width, I);
  const x10 = call(divide, x9, x3);
  const x11 = call(astuple, x8, x10);
  const x12 = call(maximum, x11);
  const x13 = call(increment, x12);
  const x14 = call(interval, ONE, x13, ONE);
  const x15 = call(astuple, x2, x3);
  const x16 = call(lbind, multiply, x15);
  const x17 = call(compose, crement, x16);
  const x18 = call(lbind, mapply, x6);
  const x19 = call(rbind, apply, x14);
  const x20 = call(lbind, rbind, multiply);
  const x21 = call(compose, x20, x17);
  const x22 = call(chain, x18, x19, x21);
  const x23 = call(rbind, toobject, I);
  const x24 = call(compose, x6, x17);
  const x25 = call(chain, palette, x23, x24);
  const x26 = call(mostcolor, I);
  const x27 = call(rbind, equality, x26);
  const x28 = call(rbind, argmin, x27);
  const x29 = call(compose, x28, x25);
  const x30 = call(fork, recolor, x29, x22);
  const x31 = call(mapply, x30, x4);
  const x32 = call(paint, I, x31);
  return x32;
}

function verify_0520fde7(I: Grid): unknown {
  const x0 = call(width, I);
  const x1 = call(halve, x0);
  const x2 = call(tojvec, x1);
  const x3 = call(height, I);
  const x4 = call(decrement, x3);
  const x5 = call(astuple, x4, x1);
  const x6 = call(connect, x2, x5);
  const x7 = call(toobject, x6, I);
  const x8 = call(numcolors, x7);
  const x9 = call(equality, x8, ONE);
  const x10 = call(branch, x9, lefthalf, tophalf);
  const x11 = call(branch, x9, righthalf, bottomhalf);
  const x12 = call(x10, I);
  const x13 = call(x11, I);
  const x14 = call(palette, x12);
  const x15 = call(other, x14, ZERO);
  const x16 = call(palette, x13);
  const x17 = call(other, x16, ZERO);
  const x18 = call(shape, x12);
  const x19 = call(canvas, ZERO, x18);
  const x20 = call(ofcolor, x12, x15);
  const x21 = call(ofcolor, x13, x17);
  const x22 = call(intersection, x20, x21);
  const x23 = call(fill, x19, TWO, x22);
  return x23;
}

function verify_05269061(I: Grid): unknown {
  const x0 = call(shape, I);
  const x1 = call(maximum, x0);
  const x2 = call(interval, ZERO, x1, ONE);
  const x3 = call(interval, ONE, x1, ONE);
  const x4 = call(rbind, toobject, I);
  const x5 = call(rbind, shoot, RIGHT);
  const x6 = call(chain, x4, x5, toivec);
  const x7 = call(rbind, shoot, DOWN);
  const x8 = call(chain, x4, x7, tojvec);
  const x9 = call(apply, x6, x2);
  const x10 = call(apply, x8, x2);
  const x11 = call(rbind, shoot, UP_RIGHT);
  const x12 = call(chain, x4, x11, toivec);
  const x13 = call(rbind, shoot, UP_RIGHT);
  const x14 = call(decrement, x1);
  const x15 = call(lbind, astuple, x14);
  const x16 = call(chain, x4, x13, x15);
  const x17 = call(apply, x12, x2);
  const x18 = call(apply, x16, x3);
  const x19 = call(combine, x17, x18);
  const x20 = call(rbind, shoot, NEG_UNITY);
  const x21 = call(decrement, x1);
  const x22 = call(lbind, astuple, x21);
  const x23 = call(chain, x4, x20, x22);
  const x24 = call(rbind, shoot, NEG_UNITY);
  const x25 = call(decrement, x1);
  const x26 = call(rbind, astuple, x25);
  const x27 = call(lbind, subtract, x25);
  const x28 = call(compose, x26, x27);
  const x29 = call(chain, x4, x24, x28);
  const x30 = call(apply, x23, x2);
  const x31 = call(apply, x29, x3);
  const x32 = call(combine, x30, x31);
  const x33 = call(rbind, valmax, numcolors);
  const x34 = call(matcher, x33, ONE);
  const x35 = call(x34, x9);
  const x36 = call(x34, x10);
  const x37 = call(x34, x19);
  const x38 = call(branch, x37, x19, x32);
  const x39 = call(branch, x36, x10, x38);
  const x40 = call(branch, x35, x9, x39);
  const x41 = call(apply, mostcolor, x40);
  const x42 = call(matcher, identity, ZERO);
  const x43 = call(compose, flip, x42);
  const x44 = call(sfilter, x41, x43);
  const x45 = call(size, x44);
  const x46 = call(double, x1);
  const x47 = call(divide, x46, x45);
  const x48 = call(increment, x47);
  const x49 = call(interval, ZERO, x48, ONE);
  const x50 = call(matcher, first, ZERO);
  const x51 = call(compose, flip, x50);
  const x52 = call(fork, recolor, first, last);
  const x53 = call(size, x40);
  const x54 = call(interval, ZERO, x53, ONE);
  const x55 = call(rbind, compose, first);
  const x56 = call(lbind, rbind, greater);
  const x57 = call(chain, x55, x56, decrement);
  const x58 = call(lbind, apply, last);
  const x59 = call(lbind, chain, x58);
  const x60 = call(rbind, x59, x57);
  const x61 = call(lbind, lbind, sfilter);
  const x62 = call(lbind, pair, x54);
  const x63 = call(chain, x60, x61, x62);
  const x64 = call(x63, x40);
  const x65 = call(x63, x41);
  const x66 = call(rbind, multiply, x45);
  const x67 = call(compose, x64, x66);
  const x68 = call(rbind, multiply, x45);
  const x69 = call(compose, x65, x68);
  const x70 = call(lbind, mapply, x52);
  const x71 = call(rbind, sfilter, x51);
  const x72 = call(lbind, pair, x41);
  const x73 = call(compose, x72, x67);
  const x74 = call(chain, x70, x71, x73);
  const x75 = call(lbind, mapply, x52);
  const x76 = call(rbind, sfilter, x51);
  const x77 = call(rbind, pair, x40);
  const x78 = call(compose, x77, x69);
  const x79 = call(chain, x75, x76, x78);
  const x80 = call(fork, combine, x74, x79);
  const x81 = call(mapply, x80, x49);
  const x82 = call(paint, I, x81);
  return x82;
}

function verify_05f2a901(I: Grid): unknown {
  const x0 = call(objects, I, T, T, T);
  const x1 = call(fork, multiply, height, width);
  const x2 = call(fork, equality, size, x1);
  const x3 = call(extract, x0, x2);
  const x4 = call(other, x0, x3);
  const x5 = call(gravitate, x4, x3);
  const x6 = call(move, I, x4, x5);
  return x6;
}

function verify_06df4c85(I: Grid): unknown {
  const x0 = call(asobject, I);
  const x1 = call(frontiers, I);
  const x2 = call(merge, x1);
  const x3 = call(difference, x0, x2);
  const x4 = call(mostcolor, x3);
  const x5 = call(objects, I, T, F, F);
  const x6 = call(color, x2);
  const x7 = call(matcher, color, x6);
  const x8 = call(matcher, color, x4);
  const x9 = call(fork, either, x7, x8);
  const x10 = call(compose, flip, x9);
  const x11 = call(sfilter, x5, x10);
  const x12 = call(merge, x11);
  const x13 = call(palette, x12);
  const x14 = call(lbind, mfilter, x11);
  const x15 = call(lbind, matcher, color);
  const x16 = call(compose, x14, x15);
  const x17 = call(apply, x16, x13);
  const x18 = call(fork, either, vline, hline);
  const x19 = call(lbind, prapply, connect);
  const x20 = call(fork, x19, identity, identity);
  const x21 = call(compose, x20, toindices);
  const x22 = call(rbind, sfilter, x18);
  const x23 = call(chain, merge, x22, x21);
  const x24 = call(fork, recolor, color, x23);
  const x25 = call(mapply, x24, x17);
  const x26 = call(paint, I, x25);
  const x27 = call(paint, x26, x2);
  return x27;
}

function verify_08ed6ac7(I: Grid): unknown {
  const x0 = call(first, I);
  const x1 = call(mostcommon, x0);
  const x2 = call(dmirror, I);
  const x3 = call(matcher, identity, x1);
  const x4 = call(rbind, sfilter, x3);
  const x5 = call(compose, size, x4);
  const x6 = call(apply, x5, x2);
  const x7 = call(dedupe, x6);
  const x8 = call(order, x7, identity);
  const x9 = call(size, x8);
  const x10 = call(increment, x9);
  const x11 = call(increment, x10);
  const x12 = call(interval, ONE, x11, ONE);
  const x13 = call(pair, x8, x12);
  const x14 = call(height, I);
  const x15 = call(astuple, x14, x1);
  const x16 = call(repeat, x15, ONE);
  const x17 = call(combine, x16, x13);
  const x18 = call(lbind, extract, x17);
  const x19 = call(lbind, matcher, first);
  const x20 = call(chain, last, x18, x19);
  const x21 = call(compose, x20, x5);
  const x22 = call(fork, subtract, height, x5);
  const x23 = call(fork, repeat, x21, x22);
  const x24 = call(lbind, repeat, x1);
  const x25 = call(compose, x24, x5);
  const x26 = call(fork, combine, x25, x23);
  const x27 = call(apply, x26, x2);
  const x28 = call(dmirror, x27);
  return x28;
}

function verify_09629e4f(I: Grid): unknown {
  const x0 = call(frontiers, I);
  const x1 = call(sfilter, x0, hline);
  const x2 = call(sfilter, x0, vline);
  const x3 = call(size, x1);
  const x4 = call(size, x2);
  const x5 = call(merge, x0);
  const x6 = call(color, x5);
  const x7 = call(shape, I);
  const x8 = call(canvas, x6, x7);
  const x9 = call(hconcat, I, x8);
  const x10 = call(objects, x9, F, T, T);
  const x11 = call(argmin, x10, numcolors);
  const x12 = call(normalize, x11);
  const x13 = call(toindices, x12);
  const x14 = call(increment, x3);
  const x15 = call(increment, x14);
  const x16 = call(increment, x4);
  const x17 = call(increment, x16);
  const x18 = call(astuple, x15, x17);
  const x19 = call(lbind, shift, x13);
  const x20 = call(rbind, multiply, x18);
  const x21 = call(chain, x19, x20, last);
  const x22 = call(fork, recolor, first, x21);
  const x23 = call(normalize, x11);
  const x24 = call(mapply, x22, x23);
  const x25 = call(paint, x8, x24);
  return x25;
}

function verify_0962bcdd(I: Grid): unknown {
  const x0 = call(objects, I, F, T, T);
  const x1 = call(lbind, mapply, dneighbors);
  const x2 = call(compose, x1, toindices);
  const x3 = call(fork, recolor, mostcolor, x2);
  const x4 = call(compose, decrement, ulcorner);
  const x5 = call(compose, increment, lrcorner);
  const x6 = call(fork, connect, x4, x5);
  const x7 = call(compose, hmirror, x6);
  const x8 = call(fork, combine, x6, x7);
  const x9 = call(fork, recolor, leastcolor, x8);
  const x10 = call(mapply, x3, x0);
  const x11 = call(paint, I, x10);
  const x12 = call(mapply, x9, x0);
  const x13 = call(paint, x11, x12);
  return x13;
}

function verify_0a938d79(I: Grid): unknown {
  const x0 = call(portrait, I);
  const x1 = call(branch, x0, dmirror, identity);
  const x2 = call(x1, I);
  const x3 = call(objects, x2, T, F, T);
  const x4 = call(argmin, x3, leftmost);
  const x5 = call(argmax, x3, leftmost);
  const x6 = call(color, x4);
  const x7 = call(color, x5);
  const x8 = call(leftmost, x4);
  const x9 = call(leftmost, x5);
  const x10 = call(subtract, x9, x8);
  const x11 = call(double, x10);
  const x12 = call(multiply, THREE, TEN);
  const x13 = call(interval, x8, x12, x11);
  const x14 = call(interval, x9, x12, x11);
  const x15 = call(compose, vfrontier, tojvec);
  const x16 = call(mapply, x15, x13);
  const x17 = call(mapply, x15, x14);
  const x18 = call(recolor, x6, x16);
  const x19 = call(recolor, x7, x17);
  const x20 = call(combine, x18, x19);
  const x21 = call(paint, x2, x20);
  const x22 = call(x1, x21);
  return x22;
}

function verify_0b148d64(I: Grid): unknown {
  const x0 = call(partition, I);
  const x1 = call(fork, multiply, height, width);
  const x2 = call(argmin, x0, x1);
  const x3 = call(subgrid, x2, I);
  return x3;
}

function verify_0ca9ddb6(I: Grid): unknown {
  const x0 = call(ofcolor, I, ONE);
  const x1 = call(ofcolor, I, TWO);
  const x2 = call(mapply, dneighbors, x0);
  const x3 = call(mapply, ineighbors, x1);
  const x4 = call(fill, I, SEVEN, x2);
  const x5 = call(fill, x4, FOUR, x3);
  return x5;
}

function verify_0d3d703e(I: Grid): unknown {
  const x0 = call(switch_, I, THREE, FOUR);
  const x1 = call(switch_, x0, EIGHT, NINE);
  const x2 = call(switch_, x1, TWO, SIX);
  const x3 = call(switch_, x2, ONE, FIVE);
  return x3;
}

function verify_0dfd9992(I: Grid): unknown {
  const x0 = call(palette, I);
  const x1 = call(objects, I, T, F, F);
  const x2 = call(lbind, colorfilter, x1);
  const x3 = call(compose, size, x2);
  const x4 = call(valmin, x0, x3);
  const x5 = call(matcher, x3, x4);
  const x6 = call(sfilter, x0, x5);
  const x7 = call(lbind, colorcount, I);
  const x8 = call(argmin, x6, x7);
  const x9 = call(asobject, I);
  const x10 = call(matcher, first, x8);
  const x11 = call(compose, flip, x10);
  const x12 = call(sfilter, x9, x11);
  const x13 = call(lbind, contained, x8);
  const x14 = call(compose, flip, x13);
  const x15 = call(sfilter, I, x14);
  const x16 = call(asobject, x15);
  const x17 = call(hperiod, x16);
  const x18 = call(dmirror, I);
  const x19 = call(sfilter, x18, x14);
  const x20 = call(asobject, x19);
  const x21 = call(hperiod, x20);
  const x22 = [x21, x17] as const;
  const x23 = call(lbind, multiply, x22);
  const x24 = call(neighbors, ORIGIN);
  const x25 = call(mapply, neighbors, x24);
  const x26 = call(apply, x23, x25);
  const x27 = call(lbind, shift, x12);
  const x28 = call(mapply, x27, x26);
  const x29 = call(paint, I, x28);
  return x29;
}

function verify_0e206a2e(I: Grid): unknown {
  const x0 = call(objects, I, F, F, T);
  const x1 = call(matcher, numcolors, FOUR);
  const x2 = call(sfilter, x0, x1);
  const x3 = call(apply, normalize, x2);
  const x4 = call(merge, x2);
  const x5 = call(cover, I, x4);
  const x6 = call(lbind, compose, flip);
  const x7 = call(lbind, matcher, first);
  const x8 = call(chain, x6, x7, mostcolor);
  const x9 = call(fork, sfilter, identity, x8);
  const x10 = call(chain, invert, ulcorner, x9);
  const x11 = call(lbind, lbind, shift);
  const x12 = call(fork, shift, identity, x10);
  const x13 = call(compose, x11, x12);
  const x14 = call(lbind, fork, mapply);
  const x15 = call(lbind, x14, x13);
  const x16 = call(rbind, compose, x9);
  const x17 = call(lbind, lbind, occurrences);
  const x18 = call(chain, x15, x16, x17);
  const x19 = call(rbind, mapply, x3);
  const x20 = call(compose, x19, x18);
  const x21 = call(fork, paint, identity, x20);
  const x22 = call(chain, identity, x21, identity);
  const x23 = call(chain, dmirror, x21, dmirror);
  const x24 = call(chain, cmirror, x21, cmirror);
  const x25 = call(chain, hmirror, x21, hmirror);
  const x26 = call(chain, vmirror, x21, vmirror);
  const x27 = call(chain, rot90, x21, rot270);
  const x28 = call(chain, rot180, x21, rot180);
  const x29 = call(chain, rot270, x21, rot90);
  const x30 = call(chain, x29, x28, x27);
  const x31 = call(chain, x26, x25, x24);
  const x32 = call(compose, x23, x22);
  const x33 = call(chain, x30, x31, x32);
  const x34 = call(x33, x5);
  return x34;
}

function verify_10fcaaa3(I: Grid): unknown {
  const x0 = call(hconcat, I, I);
  const x1 = call(vconcat, x0, x0);
  const x2 = call(asindices, x1);
  const x3 = call(mostcolor, I);
  const x4 = call(ofcolor, x1, x3);
  const x5 = call(difference, x2, x4);
  const x6 = call(mapply, ineighbors, x5);
  const x7 = call(underfill, x1, EIGHT, x6);
  return x7;
}

function verify_11852cab(I: Grid): unknown {
  const x0 = call(mostcolor, I);
  const x1 = call(lbind, remove, x0);
  const x2 = call(chain, positive, size, x1);
  const x3 = call(compose, x2, palette);
  const x4 = call(multiply, FIVE, UNITY);
  const x5 = call(canvas, ZERO, x4);
  const x6 = call(asindices, x5);
  const x7 = call(fork, add, first, last);
  const x8 = call(chain, flip, even, x7);
  const x9 = call(sfilter, x6, x8);
  const x10 = call(initset, x0);
  const x11 = call(box, x6);
  const x12 = call(inbox, x6);
  const x13 = call(center, x6);
  const x14 = call(initset, x13);
  const x15 = call(lbind, toobject, x11);
  const x16 = call(compose, x3, x15);
  const x17 = call(lbind, toobject, x12);
  const x18 = call(compose, x3, x17);
  const x19 = call(lbind, toobject, x14);
  const x20 = call(compose, x3, x19);
  const x21 = call(fork, both, x18, x20);
  const x22 = call(fork, both, x16, x21);
  const x23 = call(compose, x22, trim);
  const x24 = call(compose, box, asindices);
  const x25 = call(fork, toobject, x24, identity);
  const x26 = call(compose, palette, x25);
  const x27 = call(matcher, x26, x10);
  const x28 = call(lbind, toobject, x9);
  const x29 = call(chain, palette, x28, trim);
  const x30 = call(matcher, x29, x10);
  const x31 = call(compose, minimum, shape);
  const x32 = call(chain, x31, merge, fgpartition);
  const x33 = call(matcher, x32, FIVE);
  const x34 = call(fork, both, x23, x27);
  const x35 = call(fork, both, x30, x33);
  const x36 = call(fork, both, x34, x35);
  const x37 = call(height, I);
  const x38 = call(subtract, x37, THREE);
  const x39 = call(interval, ONE, x38, ONE);
  const x40 = call(width, I);
  const x41 = call(subtract, x40, THREE);
  const x42 = call(interval, ONE, x41, ONE);
  const x43 = call(multiply, SEVEN, UNITY);
  const x44 = call(lbind, crop, I);
  const x45 = call(rbind, x44, x43);
  const x46 = call(chain, x36, x45, decrement);
  const x47 = call(product, x39, x42);
  const x48 = call(sfilter, x47, x46);
  const x49 = call(matcher, first, x0);
  const x50 = call(compose, flip, x49);
  const x51 = call(rbind, sfilter, x50);
  const x52 = call(compose, x51, dmirror);
  const x53 = call(fork, combine, x51, x52);
  const x54 = call(compose, x51, cmirror);
  const x55 = call(compose, x51, hmirror);
  const x56 = call(compose, x51, vmirror);
  const x57 = call(fork, combine, x55, x56);
  const x58 = call(fork, combine, x54, x57);
  const x59 = call(fork, combine, x53, x58);
  const x60 = call(multiply, FOUR, UNITY);
  const x61 = call(rbind, add, x60);
  const x62 = call(fork, insert, x61, initset);
  const x63 = call(compose, backdrop, x62);
  const x64 = call(rbind, toobject, I);
  const x65 = call(chain, x59, x64, x63);
  const x66 = call(mapply, x65, x48);
  const x67 = call(paint, I, x66);
  return x67;
}

function verify_1190e5a7(I: Grid): unknown {
  const x0 = call(asindices, I);
  const x1 = call(corners, x0);
  const x2 = call(toobject, x1, I);
  const x3 = call(mostcolor, x2);
  const x4 = call(palette, I);
  const x5 = call(rbind, equality, x3);
  const x6 = call(argmin, x4, x5);
  const x7 = call(asindices, I);
  const x8 = call(ofcolor, I, x3);
  const x9 = call(difference, x7, x8);
  const x10 = call(fill, I, x6, x9);
  const x11 = call(frontiers, x10);
  const x12 = call(sfilter, x11, vline);
  const x13 = call(difference, x11, x12);
  const x14 = call(astuple, x13, x12);
  const x15 = call(apply, size, x14);
  const x16 = call(increment, x15);
  const x17 = call(canvas, x3, x16);
  return x17;
}

function verify_137eaa0f(I: Grid): unknown {
  const x0 = call(fgpartition, I);
  const x1 = call(merge, x0);
  const x2 = call(palette, x1);
  const x3 = call(objects, I, T, F, T);
  const x4 = call(totuple, x3);
  const x5 = call(apply, color, x4);
  const x6 = call(lbind, sfilter, x5);
  const x7 = call(lbind, matcher, identity);
  const x8 = call(chain, size, x6, x7);
  const x9 = call(valmax, x2, x8);
  const x10 = call(matcher, x8, x9);
  const x11 = call(sfilter, x2, x10);
  const x12 = call(lbind, colorcount, I);
  const x13 = call(argmin, x11, x12);
  const x14 = call(ofcolor, I, x13);
  const x15 = call(recolor, x13, x14);
  const x16 = call(apply, initset, x15);
  const x17 = call(remove, x15, x0);
  const x18 = call(lbind, argmin, x16);
  const x19 = call(lbind, rbind, manhattan);
  const x20 = call(compose, x18, x19);
  const x21 = call(fork, combine, identity, x20);
  const x22 = call(apply, x21, x17);
  const x23 = call(matcher, first, x13);
  const x24 = call(rbind, sfilter, x23);
  const x25 = call(chain, invert, ulcorner, x24);
  const x26 = call(fork, shift, identity, x25);
  const x27 = call(mapply, x26, x22);
  const x28 = call(normalize, x27);
  const x29 = call(shape, x28);
  const x30 = call(canvas, ZERO, x29);
  const x31 = call(paint, x30, x28);
  return x31;
}

function verify_150deff5(I: Grid): unknown {
  const x0 = call(mostcolor, I);
  const x1 = call(leastcolor, I);
  const x2 = call(shape, I);
  const x3 = call(add, TWO, x2);
  const x4 = call(canvas, x0, x3);
  const x5 = call(asobject, I);
  const x6 = call(shift, x5, UNITY);
  const x7 = call(paint, x4, x6);
  const x8 = call(astuple, TWO, ONE);
  const x9 = call(dneighbors, UNITY);
  const x10 = call(remove, x8, x9);
  const x11 = call(recolor, x0, x10);
  const x12 = call(initset, UNITY);
  const x13 = call(recolor, x1, x12);
  const x14 = call(combine, x11, x13);
  const x15 = call(astuple, THREE, ONE);
  const x16 = call(connect, UNITY, x15);
  const x17 = call(recolor, TWO, x16);
  const x18 = call(initset, TWO_BY_TWO);
  const x19 = call(insert, UNITY, x18);
  const x20 = call(backdrop, x19);
  const x21 = call(astuple, TWO, THREE);
  const x22 = call(astuple, THREE, TWO);
  const x23 = call(initset, x22);
  const x24 = call(insert, x21, x23);
  const x25 = call(insert, THREE_BY_THREE, x24);
  const x26 = call(recolor, x1, x20);
  const x27 = call(outbox, x20);
  const x28 = call(difference, x27, x25);
  const x29 = call(recolor, x0, x28);
  const x30 = call(combine, x26, x29);
  const x31 = call(recolor, EIGHT, x20);
  const x32 = call(lbind, lbind, shift);
  const x33 = call(compose, x32, last);
  const x34 = call(lbind, fork, paint);
  const x35 = call(lbind, x34, identity);
  const x36 = call(lbind, lbind, mapply);
  const x37 = call(compose, x36, x33);
  const x38 = call(lbind, rbind, occurrences);
  const x39 = call(compose, x38, first);
  const x40 = call(fork, compose, x37, x39);
  const x41 = call(compose, x35, x40);
  const x42 = call(astuple, x14, x17);
  const x43 = call(x41, x42);
  const x44 = call(compose, rot90, x43);
  const x45 = call(power, x44, FOUR);
  const x46 = call(astuple, x30, x31);
  const x47 = call(x41, x46);
  const x48 = call(compose, rot90, x47);
  const x49 = call(power, x48, FOUR);
  const x50 = call(compose, x45, x49);
  const x51 = call(initset, ORIGIN);
  const x52 = call(difference, x51, x51);
  const x53 = call(lbind, recolor, TWO);
  const x54 = call(rbind, ofcolor, TWO);
  const x55 = call(compose, x53, x54);
  const x56 = call(lbind, recolor, EIGHT);
  const x57 = call(rbind, ofcolor, EIGHT);
  const x58 = call(compose, x56, x57);
  const x59 = call(fork, combine, x55, x58);
  const x60 = call(lbind, recolor, x0);
  const x61 = call(compose, x60, x59);
  const x62 = call(fork, paint, identity, x61);
  const x63 = call(chain, x62, x50, first);
  const x64 = call(chain, x59, x50, first);
  const x65 = call(fork, combine, last, x64);
  const x66 = call(fork, astuple, x63, x65);
  const x67 = call(astuple, x7, x52);
  const x68 = call(power, x66, FIVE);
  const x69 = call(x68, x67);
  const x70 = call(first, x69);
  const x71 = call(last, x69);
  const x72 = call(paint, x70, x71);
  const x73 = call(trim, x72);
  return x73;
}

function verify_178fcbfb(I: Grid): unknown {
  const x0 = call(ofcolor, I, TWO);
  const x1 = call(ofcolor, I, THREE);
  const x2 = call(ofcolor, I, ONE);
  const x3 = call(mapply, vfrontier, x0);
  const x4 = call(mapply, hfrontier, x1);
  const x5 = call(mapply, hfrontier, x2);
  const x6 = call(fill, I, TWO, x3);
  const x7 = call(fill, x6, THREE, x4);
  const x8 = call(fill, x7, ONE, x5);
  return x8;
}

function verify_1a07d186(I: Grid): unknown {
  const x0 = call(frontiers, I);
  const x1 = call(mostcolor, I);
  const x2 = call(asindices, I);
  const x3 = call(ofcolor, I, x1);
  const x4 = call(difference, x2, x3);
  const x5 = call(mapply, toindices, x0);
  const x6 = call(difference, x4, x5);
  const x7 = call(toobject, x6, I);
  const x8 = call(apply, initset, x7);
  const x9 = call(fill, I, x1, x6);
  const x10 = call(lbind, fork, shift);
  const x11 = call(lbind, x10, identity);
  const x12 = call(lbind, rbind, gravitate);
  const x13 = call(compose, x11, x12);
  const x14 = call(lbind, colorfilter, x8);
  const x15 = call(compose, x14, color);
  const x16 = call(fork, mapply, x13, x15);
  const x17 = call(mapply, x16, x0);
  const x18 = call(paint, x9, x17);
  return x18;
}

function verify_1b2d62fb(I: Grid): unknown {
  const x0 = call(width, I);
  const x1 = call(halve, x0);
  const x2 = call(tojvec, x1);
  const x3 = call(height, I);
  const x4 = call(decrement, x3);
  const x5 = call(astuple, x4, x1);
  const x6 = call(connect, x2, x5);
  const x7 = call(toobject, x6, I);
  const x8 = call(numcolors, x7);
  const x9 = call(equality, x8, ONE);
  const x10 = call(branch, x9, lefthalf, tophalf);
  const x11 = call(branch, x9, righthalf, bottomhalf);
  const x12 = call(x10, I);
  const x13 = call(x11, I);
  const x14 = call(shape, x12);
  const x15 = call(canvas, ZERO, x14);
  const x16 = call(ofcolor, x12, ZERO);
  const x17 = call(ofcolor, x13, ZERO);
  const x18 = call(intersection, x16, x17);
  const x19 = call(fill, x15, EIGHT, x18);
  return x19;
}

function verify_1b60fb0c(I: Grid): unknown {
  const x0 = call(fgpartition, I);
  const x1 = call(mapply, toindices, x0);
  const x2 = call(rot90, I);
  const x3 = call(fgpartition, x2);
  const x4 = call(mapply, toindices, x3);
  const x5 = call(normalize, x4);
  const x6 = call(ulcorner, x1);
  const x7 = call(shift, x5, x6);
  const x8 = call(shape, x1);
  const x9 = call(maximum, x8);
  const x10 = call(minimum, x8);
  const x11 = call(subtract, x9, x10);
  const x12 = call(increment, x11);
  const x13 = call(power, outbox, x12);
  const x14 = call(center, x7);
  const x15 = call(x13, x7);
  const x16 = call(backdrop, x15);
  const x17 = call(invert, x14);
  const x18 = call(shift, x16, x17);
  const x19 = call(lbind, combine, x1);
  const x20 = call(lbind, shift, x7);
  const x21 = call(compose, x19, x20);
  const x22 = call(rbind, ofcolor, ONE);
  const x23 = call(lbind, canvas, ZERO);
  const x24 = call(chain, x23, shape, x21);
  const x25 = call(lbind, recolor, ONE);
  const x26 = call(chain, x25, normalize, x21);
  const x27 = call(fork, paint, x24, x26);
  const x28 = call(chain, x22, rot90, x27);
  const x29 = call(compose, normalize, x21);
  const x30 = call(fork, equality, x29, x28);
  const x31 = call(sfilter, x18, x30);
  const x32 = call(lbind, intersection, x1);
  const x33 = call(lbind, shift, x7);
  const x34 = call(chain, size, x32, x33);
  const x35 = call(argmax, x31, x34);
  const x36 = call(shift, x7, x35);
  const x37 = call(difference, x36, x1);
  const x38 = call(fill, I, TWO, x37);
  return x38;
}

function verify_1bfc4729(I: Grid): unknown {
  const x0 = call(tophalf, I);
  const x1 = call(bottomhalf, I);
  const x2 = call(leastcolor, x0);
  const x3 = call(leastcolor, x1);
  const x4 = call(ofcolor, I, x2);
  const x5 = call(center, x4);
  const x6 = call(ofcolor, I, x3);
  const x7 = call(center, x6);
  const x8 = call(height, I);
  const x9 = call(width, I);
  const x10 = call(hfrontier, x5);
  const x11 = call(fill, I, x2, x10);
  const x12 = call(hfrontier, x7);
  const x13 = call(fill, x11, x3, x12);
  const x14 = call(decrement, x9);
  const x15 = call(decrement, x8);
  const x16 = call(halve, x8);
  const x17 = call(tojvec, x14);
  const x18 = call(connect, ORIGIN, x17);
  const x19 = call(fill, x13, x2, x18);
  const x20 = call(toivec, x15);
  const x21 = call(astuple, x15, x14);
  const x22 = call(connect, x20, x21);
  const x23 = call(fill, x19, x3, x22);
  const x24 = call(decrement, x16);
  const x25 = call(toivec, x24);
  const x26 = call(connect, ORIGIN, x25);
  const x27 = call(fill, x23, x2, x26);
  const x28 = call(tojvec, x14);
  const x29 = call(decrement, x16);
  const x30 = call(astuple, x29, x14);
  const x31 = call(connect, x28, x30);
  const x32 = call(fill, x27, x2, x31);
  const x33 = call(toivec, x16);
  const x34 = call(toivec, x15);
  const x35 = call(connect, x33, x34);
  const x36 = call(fill, x32, x3, x35);
  const x37 = call(astuple, x16, x14);
  const x38 = call(astuple, x15, x14);
  const x39 = call(connect, x37, x38);
  const x40 = call(fill, x36, x3, x39);
  return x40;
}

function verify_1c786137(I: Grid): unknown {
  const x0 = call(objects, I, T, F, F);
  const x1 = call(lbind, colorfilter, x0);
  const x2 = call(compose, size, x1);
  const x3 = call(matcher, x2, ONE);
  const x4 = call(palette, I);
  const x5 = call(sfilter, x4, x3);
  const x6 = call(fork, equality, toindices, box);
  const x7 = call(rbind, contained, x5);
  const x8 = call(compose, x7, color);
  const x9 = call(sfilter, x0, x8);
  const x10 = call(rbind, greater, SEVEN);
  const x11 = call(compose, x10, size);
  const x12 = call(sfilter, x9, x11);
  const x13 = call(extract, x12, x6);
  const x14 = call(subgrid, x13, I);
  const x15 = call(trim, x14);
  return x15;
}

function verify_1caeab9d(I: Grid): unknown {
  const x0 = call(objects, I, T, T, T);
  const x1 = call(ofcolor, I, ONE);
  const x2 = call(lowermost, x1);
  const x3 = call(lbind, subtract, x2);
  const x4 = call(chain, toivec, x3, lowermost);
  const x5 = call(fork, shift, identity, x4);
  const x6 = call(merge, x0);
  const x7 = call(cover, I, x6);
  const x8 = call(mapply, x5, x0);
  const x9 = call(paint, x7, x8);
  return x9;
}

function verify_1cf80156(I: Grid): unknown {
  const x0 = call(frontiers, I);
  const x1 = call(merge, x0);
  const x2 = call(color, x1);
  const x3 = call(palette, I);
  const x4 = call(other, x3, x2);
  const x5 = call(objects, I, T, T, F);
  const x6 = call(matcher, color, x4);
  const x7 = call(extract, x5, x6);
  const x8 = call(subgrid, x7, I);
  return x8;
}

function verify_1e0a9b12(I: Grid): unknown {
  const x0 = call(mostcolor, I);
  const x1 = call(rot270, I);
  const x2 = call(matcher, identity, x0);
  const x3 = call(rbind, sfilter, x2);
  const x4 = call(compose, flip, x2);
  const x5 = call(rbind, sfilter, x4);
  const x6 = call(fork, combine, x3, x5);
  const x7 = call(apply, x6, x1);
  const x8 = call(rot90, x7);
  return x8;
}

function verify_1e32b0e9(I: Grid): unknown {
  const x0 = call(frontiers, I);
  const x1 = call(totuple, x0);
  const x2 = call(apply, color, x1);
  const x3 = call(leastcommon, x2);
  const x4 = call(matcher, color, x3);
  const x5 = call(sfilter, x0, x4);
  const x6 = call(merge, x5);
  const x7 = call(color, x6);
  const x8 = call(shape, I);
  const x9 = call(canvas, x7, x8);
  const x10 = call(hconcat, I, x9);
  const x11 = call(objects, x10, F, T, T);
  const x12 = call(first, x11);
  const x13 = call(box, x12);
  const x14 = call(rbind, contained, x13);
  const x15 = call(compose, x14, last);
  const x16 = call(sfilter, x12, x15);
  const x17 = call(color, x16);
  const x18 = call(palette, I);
  const x19 = call(remove, x7, x18);
  const x20 = call(other, x19, x17);
  const x21 = call(rbind, colorcount, x17);
  const x22 = call(argmin, x11, x21);
  const x23 = call(apply, ulcorner, x11);
  const x24 = call(normalize, x22);
  const x25 = call(matcher, first, x20);
  const x26 = call(sfilter, x24, x25);
  const x27 = call(toindices, x26);
  const x28 = call(lbind, shift, x27);
  const x29 = call(mapply, x28, x23);
  const x30 = call(ofcolor, I, x20);
  const x31 = call(difference, x29, x30);
  const x32 = call(fill, I, x7, x31);
  return x32;
}

function verify_1f0c79e5(I: Grid): unknown {
  const x0 = call(objects, I, F, F, T);
  const x1 = call(rbind, other, TWO);
  const x2 = call(compose, x1, palette);
  const x3 = call(matcher, first, TWO);
  const x4 = call(rbind, sfilter, x3);
  const x5 = call(compose, x4, normalize);
  const x6 = call(lbind, apply, double);
  const x7 = call(chain, x6, toindices, x5);
  const x8 = call(rbind, add, NEG_ONE);
  const x9 = call(lbind, apply, x8);
  const x10 = call(compose, x9, x7);
  const x11 = call(lbind, rbind, shoot);
  const x12 = call(rbind, compose, x11);
  const x13 = call(lbind, rbind, mapply);
  const x14 = call(chain, x12, x13, toindices);
  const x15 = call(fork, mapply, x14, x10);
  const x16 = call(fork, recolor, x2, x15);
  const x17 = call(mapply, x16, x0);
  const x18 = call(paint, I, x17);
  return x18;
}

function verify_1f642eb9(I: Grid): unknown {
  const x0 = call(objects, I, T, F, F);
  const x1 = call(fork, multiply, height, width);
  const x2 = call(fork, equality, size, x1);
  const x3 = call(sfilter, x0, x2);
  const x4 = call(argmax, x3, size);
  const x5 = call(outbox, x4);
  const x6 = call(corners, x5);
  const x7 = call(toobject, x6, I);
  const x8 = call(color, x7);
  const x9 = call(asindices, I);
  const x10 = call(ofcolor, I, x8);
  const x11 = call(toindices, x4);
  const x12 = call(combine, x10, x11);
  const x13 = call(difference, x9, x12);
  const x14 = call(toobject, x13, I);
  const x15 = call(apply, initset, x14);
  const x16 = call(rbind, gravitate, x4);
  const x17 = call(compose, crement, x16);
  const x18 = call(fork, shift, identity, x17);
  const x19 = call(mapply, x18, x15);
  const x20 = call(paint, I, x19);
  return x20;
}

function verify_1f85a75f(I: Grid): unknown {
  const x0 = call(objects, I, T, F, T);
  const x1 = call(totuple, x0);
  const x2 = call(apply, color, x1);
  const x3 = call(lbind, sfilter, x2);
  const x4 = call(lbind, matcher, identity);
  const x5 = call(chain, size, x3, x4);
  const x6 = call(matcher, x5, ONE);
  const x7 = call(sfilter, x2, x6);
  const x8 = call(lbind, colorcount, I);
  const x9 = call(argmax, x7, x8);
  const x10 = call(matcher, color, x9);
  const x11 = call(extract, x0, x10);
  const x12 = call(subgrid, x11, I);
  return x12;
}

function verify_1f876c06(I: Grid): unknown {
  const x0 = call(fgpartition, I);
  const x1 = call(compose, last, first);
  const x2 = call(power, last, TWO);
  const x3 = call(fork, connect, x1, x2);
  const x4 = call(fork, recolor, color, x3);
  const x5 = call(mapply, x4, x0);
  const x6 = call(paint, I, x5);
  return x6;
}

function verify_1fad071e(I: Grid): unknown {
  const x0 = call(objects, I, T, F, T);
  const x1 = call(colorfilter, x0, ONE);
  const x2 = call(sizefilter, x1, FOUR);
  const x3 = call(fork, equality, height, width);
  const x4 = call(sfilter, x2, x3);
  const x5 = call(size, x4);
  const x6 = call(subtract, FIVE, x5);
  const x7 = call(astuple, ONE, x5);
  const x8 = call(canvas, ONE, x7);
  const x9 = call(astuple, ONE, x6);
  const x10 = call(mostcolor, I);
  const x11 = call(canvas, x10, x9);
  const x12 = call(hconcat, x8, x11);
  return x12;
}

function verify_2013d3e2(I: Grid): unknown {
  const x0 = call(lbind, apply, last);
  const x1 = call(compose, positive, first);
  const x2 = call(lbind, interval, ZERO);
  const x3 = call(rbind, x2, ONE);
  const x4 = call(rbind, sfilter, x1);
  const x5 = call(compose, x3, size);
  const x6 = call(fork, pair, x5, identity);
  const x7 = call(chain, x0, x4, x6);
  const x8 = call(rbind, branch, identity);
  const x9 = call(rbind, x8, x7);
  const x10 = call(chain, size, dedupe, first);
  const x11 = call(lbind, equality, ONE);
  const x12 = call(chain, x9, x11, x10);
  const x13 = call(compose, initset, x12);
  const x14 = call(fork, rapply, x13, identity);
  const x15 = call(compose, first, x14);
  const x16 = call(rbind, branch, identity);
  const x17 = call(rbind, x16, x15);
  const x18 = call(chain, x17, positive, size);
  const x19 = call(compose, initset, x18);
  const x20 = call(fork, rapply, x19, identity);
  const x21 = call(compose, first, x20);
  const x22 = call(multiply, TEN, THREE);
  const x23 = call(power, x21, x22);
  const x24 = call(compose, rot90, x23);
  const x25 = call(power, x24, FOUR);
  const x26 = call(x25, I);
  const x27 = call(lefthalf, x26);
  const x28 = call(tophalf, x27);
  return x28;
}

function verify_2204b7a8(I: Grid): unknown {
  const x0 = call(first, I);
  const x1 = call(dedupe, x0);
  const x2 = call(size, x1);
  const x3 = call(equality, x2, ONE);
  const x4 = call(flip, x3);
  const x5 = call(branch, x4, lefthalf, tophalf);
  const x6 = call(branch, x4, righthalf, bottomhalf);
  const x7 = call(branch, x4, hconcat, vconcat);
  const x8 = call(x5, I);
  const x9 = call(x6, I);
  const x10 = call(index, x8, ORIGIN);
  const x11 = call(shape, x9);
  const x12 = call(decrement, x11);
  const x13 = call(index, x9, x12);
  const x14 = call(mostcolor, I);
  const x15 = call(mostcolor, I);
  const x16 = call(palette, I);
  const x17 = call(remove, x10, x16);
  const x18 = call(remove, x13, x17);
  const x19 = call(remove, x15, x18);
  const x20 = call(first, x19);
  const x21 = call(replace, x8, x20, x10);
  const x22 = call(branch, x4, dmirror, identity);
  const x23 = call(branch, x4, height, width);
  const x24 = call(x23, I);
  const x25 = call(astuple, ONE, x24);
  const x26 = call(canvas, x14, x25);
  const x27 = call(x22, x26);
  const x28 = call(replace, x9, x20, x13);
  const x29 = call(x7, x21, x27);
  const x30 = call(branch, x4, width, height);
  const x31 = call(x30, I);
  const x32 = call(even, x31);
  const x33 = call(branch, x32, x21, x29);
  const x34 = call(x7, x33, x28);
  return x34;
}

function verify_22168020(I: Grid): unknown {
  const x0 = call(palette, I);
  const x1 = call(mostcolor, I);
  const x2 = call(remove, x1, x0);
  const x3 = call(lbind, ofcolor, I);
  const x4 = call(lbind, prapply, connect);
  const x5 = call(fork, x4, x3, x3);
  const x6 = call(compose, merge, x5);
  const x7 = call(fork, recolor, identity, x6);
  const x8 = call(mapply, x7, x2);
  const x9 = call(paint, I, x8);
  return x9;
}

function verify_22233c11(I: Grid): unknown {
  const x0 = call(objects, I, T, T, T);
  const x1 = call(rbind, upscale, TWO);
  const x2 = call(chain, invert, halve, shape);
  const x3 = call(fork, combine, hfrontier, vfrontier);
  const x4 = call(compose, x1, vmirror);
  const x5 = call(fork, shift, x4, x2);
  const x6 = call(compose, toindices, x5);
  const x7 = call(lbind, mapply, x3);
  const x8 = call(compose, x7, toindices);
  const x9 = call(fork, difference, x6, x8);
  const x10 = call(mapply, x9, x0);
  const x11 = call(fill, I, EIGHT, x10);
  return x11;
}

function verify_2281f1f4(I: Grid): unknown {
  const x0 = call(leastcolor, I);
  const x1 = call(ofcolor, I, x0);
  const x2 = call(apply, first, x1);
  const x3 = call(apply, last, x1);
  const x4 = call(product, x2, x3);
  const x5 = call(difference, x4, x1);
  const x6 = call(fill, I, TWO, x5);
  const x7 = call(lbind, fork, either);
  const x8 = call(lbind, matcher, first);
  const x9 = call(compose, x8, first);
  const x10 = call(lbind, matcher, last);
  const x11 = call(compose, x10, last);
  const x12 = call(fork, x7, x9, x11);
  const x13 = call(lbind, sfilter, x1);
  const x14 = call(chain, size, x13, x12);
  const x15 = call(asindices, I);
  const x16 = call(corners, x15);
  const x17 = call(argmax, x16, x14);
  const x18 = call(mostcolor, I);
  const x19 = call(initset, x17);
  const x20 = call(fill, x6, x18, x19);
  return x20;
}

function verify_228f6490(I: Grid): unknown {
  const x0 = call(mostcolor, I);
  const x1 = call(objects, I, T, T, F);
  const x2 = call(colorfilter, x1, x0);
  const x3 = call(compose, normalize, toindices);
  const x4 = call(difference, x1, x2);
  const x5 = call(rbind, bordering, I);
  const x6 = call(compose, flip, x5);
  const x7 = call(sfilter, x2, x6);
  const x8 = call(rbind, toobject, I);
  const x9 = call(lbind, mapply, neighbors);
  const x10 = call(compose, x9, toindices);
  const x11 = call(fork, difference, x10, identity);
  const x12 = call(chain, mostcolor, x8, x11);
  const x13 = call(totuple, x7);
  const x14 = call(apply, x12, x13);
  const x15 = call(mostcommon, x14);
  const x16 = call(matcher, x12, x15);
  const x17 = call(sfilter, x7, x16);
  const x18 = call(lbind, argmax, x4);
  const x19 = call(lbind, matcher, x3);
  const x20 = call(chain, x18, x19, x3);
  const x21 = call(compose, color, x20);
  const x22 = call(fork, recolor, x21, identity);
  const x23 = call(mapply, x20, x17);
  const x24 = call(cover, I, x23);
  const x25 = call(mapply, x22, x17);
  const x26 = call(paint, x24, x25);
  return x26;
}

function verify_22eb0ac0(I: Grid): unknown {
  const x0 = call(mostcolor, I);
  const x1 = call(asobject, I);
  const x2 = call(matcher, first, x0);
  const x3 = call(compose, flip, x2);
  const x4 = call(sfilter, x1, x3);
  const x5 = call(apply, initset, x4);
  const x6 = call(product, x5, x5);
  const x7 = call(compose, color, first);
  const x8 = call(compose, color, last);
  const x9 = call(fork, equality, x7, x8);
  const x10 = call(sfilter, x6, x9);
  const x11 = call(compose, leftmost, first);
  const x12 = call(compose, leftmost, last);
  const x13 = call(fork, equality, x11, x12);
  const x14 = call(compose, uppermost, first);
  const x15 = call(compose, uppermost, last);
  const x16 = call(fork, equality, x14, x15);
  const x17 = call(fork, either, x13, x16);
  const x18 = call(sfilter, x10, x17);
  const x19 = call(compose, color, first);
  const x20 = call(compose, center, first);
  const x21 = call(compose, center, last);
  const x22 = call(fork, connect, x20, x21);
  const x23 = call(fork, recolor, x19, x22);
  const x24 = call(height, I);
  const x25 = call(width, I);
  const x26 = call(matcher, last, ZERO);
  const x27 = call(decrement, x25);
  const x28 = call(matcher, last, x27);
  const x29 = call(fork, either, x26, x28);
  const x30 = call(matcher, first, ZERO);
  const x31 = call(decrement, x24);
  const x32 = call(matcher, first, x31);
  const x33 = call(fork, either, x30, x32);
  const x34 = call(toindices, x4);
  const x35 = call(sfilter, x34, x29);
  const x36 = call(equality, x34, x35);
  const x37 = call(mapply, x23, x18);
  const x38 = call(paint, I, x37);
  const x39 = call(branch, x36, x29, x33);
  const x40 = call(asindices, I);
  const x41 = call(sfilter, x40, x39);
  const x42 = call(toobject, x41, I);
  const x43 = call(paint, x38, x42);
  return x43;
}

function verify_234bbc79(I: Grid): unknown {
  const x0 = call(objects, I, F, F, T);
  const x1 = call(order, x0, leftmost);
  const x2 = call(astuple, ONE, TWO);
  const x3 = call(rbind, contained, x2);
  const x4 = call(lbind, compose, x3);
  const x5 = call(lbind, rbind, colorcount);
  const x6 = call(compose, x4, x5);
  const x7 = call(lbind, sfilter, x0);
  const x8 = call(chain, size, x7, x6);
  const x9 = call(size, x0);
  const x10 = call(matcher, x8, x9);
  const x11 = call(palette, I);
  const x12 = call(sfilter, x11, x10);
  const x13 = call(lbind, colorcount, I);
  const x14 = call(argmin, x12, x13);
  const x15 = call(matcher, first, x14);
  const x16 = call(rbind, extract, x15);
  const x17 = call(compose, x16, first);
  const x18 = call(fork, remove, x17, first);
  const x19 = call(rbind, compose, initset);
  const x20 = call(lbind, rbind, manhattan);
  const x21 = call(compose, initset, x17);
  const x22 = call(chain, x19, x20, x21);
  const x23 = call(fork, argmin, x18, x22);
  const x24 = call(compose, last, x17);
  const x25 = call(compose, first, x23);
  const x26 = call(fork, astuple, x25, x24);
  const x27 = call(fork, insert, x26, x18);
  const x28 = call(compose, last, last);
  const x29 = call(rbind, argmin, x28);
  const x30 = call(rbind, sfilter, x15);
  const x31 = call(compose, first, last);
  const x32 = call(chain, x29, x30, x31);
  const x33 = call(compose, flip, x15);
  const x34 = call(rbind, sfilter, x33);
  const x35 = call(compose, first, last);
  const x36 = call(fork, remove, x32, x35);
  const x37 = call(compose, x34, x36);
  const x38 = call(rbind, compose, initset);
  const x39 = call(lbind, rbind, manhattan);
  const x40 = call(compose, initset, x32);
  const x41 = call(chain, x38, x39, x40);
  const x42 = call(fork, argmin, x37, x41);
  const x43 = call(compose, first, x42);
  const x44 = call(compose, last, x32);
  const x45 = call(fork, astuple, x43, x44);
  const x46 = call(compose, first, last);
  const x47 = call(fork, remove, x32, x46);
  const x48 = call(fork, insert, x45, x47);
  const x49 = call(rbind, shift, RIGHT);
  const x50 = call(compose, last, x32);
  const x51 = call(fork, subtract, x24, x50);
  const x52 = call(fork, shift, x48, x51);
  const x53 = call(compose, x49, x52);
  const x54 = call(fork, combine, x27, x53);
  const x55 = call(compose, first, last);
  const x56 = call(fork, remove, x55, last);
  const x57 = call(fork, astuple, x54, x56);
  const x58 = call(size, x0);
  const x59 = call(decrement, x58);
  const x60 = call(power, x57, x59);
  const x61 = call(first, x1);
  const x62 = call(remove, x61, x1);
  const x63 = call(astuple, x61, x62);
  const x64 = call(x60, x63);
  const x65 = call(first, x64);
  const x66 = call(merge, x0);
  const x67 = call(cover, I, x66);
  const x68 = call(paint, x67, x65);
  const x69 = call(height, I);
  const x70 = call(width, x65);
  const x71 = [x69, x70] as const;
  const x72 = call(crop, x68, ORIGIN, x71);
  const x73 = call(ofcolor, x72, x14);
  const x74 = call(mostcolor, I);
  const x75 = call(palette, x72);
  const x76 = call(contained, x14, x75);
  const x77 = call(matcher, first, x74);
  const x78 = call(compose, flip, x77);
  const x79 = call(rbind, sfilter, x78);
  const x80 = call(mapply, dneighbors, x73);
  const x81 = call(lbind, toobject, x80);
  const x82 = call(compose, x79, x81);
  const x83 = call(rbind, recolor, x73);
  const x84 = call(chain, x83, mostcolor, x82);
  const x85 = call(fork, paint, identity, x84);
  const x86 = call(branch, x76, x85, identity);
  const x87 = call(x86, x72);
  return x87;
}

function verify_23581191(I: Grid): unknown {
  const x0 = call(mostcolor, I);
  const x1 = call(palette, I);
  const x2 = call(remove, x0, x1);
  const x3 = call(totuple, x2);
  const x4 = call(fork, combine, hfrontier, vfrontier);
  const x5 = call(lbind, mapply, x4);
  const x6 = call(lbind, ofcolor, I);
  const x7 = call(compose, x5, x6);
  const x8 = call(first, x3);
  const x9 = call(last, x3);
  const x10 = call(x7, x8);
  const x11 = call(x7, x9);
  const x12 = call(ofcolor, I, x0);
  const x13 = call(intersection, x12, x10);
  const x14 = call(intersection, x12, x11);
  const x15 = call(intersection, x10, x11);
  const x16 = call(intersection, x12, x15);
  const x17 = call(fill, I, x8, x13);
  const x18 = call(fill, x17, x9, x14);
  const x19 = call(fill, x18, TWO, x16);
  return x19;
}

function verify_239be575(I: Grid): unknown {
  const x0 = call(objects, I, T, F, F);
  const x1 = call(lbind, apply, normalize);
  const x2 = call(lbind, colorfilter, x0);
  const x3 = call(chain, size, x1, x2);
  const x4 = call(matcher, x3, ONE);
  const x5 = call(lbind, colorcount, I);
  const x6 = call(matcher, x5, EIGHT);
  const x7 = call(lbind, colorfilter, x0);
  const x8 = call(compose, size, x7);
  const x9 = call(matcher, x8, TWO);
  const x10 = call(fork, both, x6, x9);
  const x11 = call(fork, both, x10, x4);
  const x12 = call(palette, I);
  const x13 = call(extract, x12, x11);
  const x14 = call(colorfilter, x0, x13);
  const x15 = call(totuple, x14);
  const x16 = call(first, x15);
  const x17 = call(last, x15);
  const x18 = call(palette, I);
  const x19 = call(remove, ZERO, x18);
  const x20 = call(remove, x13, x19);
  const x21 = call(first, x20);
  const x22 = call(colorfilter, x0, x21);
  const x23 = call(rbind, adjacent, x16);
  const x24 = call(rbind, adjacent, x17);
  const x25 = call(fork, both, x23, x24);
  const x26 = call(sfilter, x22, x25);
  const x27 = call(size, x26);
  const x28 = call(positive, x27);
  const x29 = call(branch, x28, x21, ZERO);
  const x30 = call(canvas, x29, UNITY);
  return x30;
}

function verify_23b5c85d(I: Grid): unknown {
  const x0 = call(partition, I);
  const x1 = call(fork, multiply, height, width);
  const x2 = call(fork, equality, size, x1);
  const x3 = call(sfilter, x0, x2);
  const x4 = call(argmin, x3, x1);
  const x5 = call(subgrid, x4, I);
  return x5;
}

function verify_253bf280(I: Grid): unknown {
  const x0 = call(leastcolor, I);
  const x1 = call(ofcolor, I, x0);
  const x2 = call(prapply, connect, x1, x1);
  const x3 = call(rbind, greater, ONE);
  const x4 = call(compose, x3, size);
  const x5 = call(sfilter, x2, x4);
  const x6 = call(fork, either, vline, hline);
  const x7 = call(mfilter, x5, x6);
  const x8 = call(fill, I, THREE, x7);
  const x9 = call(leastcolor, I);
  const x10 = call(fill, x8, x9, x1);
  return x10;
}

function verify_25d487eb(I: Grid): unknown {
  const x0 = call(objects, I, F, F, T);
  const x1 = call(lbind, matcher, first);
  const x2 = call(compose, x1, leastcolor);
  const x3 = call(lbind, matcher, first);
  const x4 = call(compose, x3, mostcolor);
  const x5 = call(fork, extract, identity, x2);
  const x6 = call(compose, last, x5);
  const x7 = call(compose, dneighbors, x6);
  const x8 = call(lbind, apply, last);
  const x9 = call(fork, sfilter, identity, x4);
  const x10 = call(compose, x8, x9);
  const x11 = call(fork, difference, x7, x10);
  const x12 = call(compose, first, x11);
  const x13 = call(fork, subtract, x6, x12);
  const x14 = call(fork, shoot, x6, x13);
  const x15 = call(fork, recolor, leastcolor, x14);
  const x16 = call(mapply, x15, x0);
  const x17 = call(underpaint, I, x16);
  return x17;
}

function verify_25d8a9c8(I: Grid): unknown {
  const x0 = call(width, I);
  const x1 = call(rbind, branch, ZERO);
  const x2 = call(rbind, x1, FIVE);
  const x3 = call(compose, size, dedupe);
  const x4 = call(matcher, x3, ONE);
  const x5 = call(compose, x2, x4);
  const x6 = call(rbind, repeat, x0);
  const x7 = call(compose, x6, x5);
  const x8 = call(apply, x7, I);
  return x8;
}

function verify_25ff71a9(I: Grid): unknown {
  const x0 = call(objects, I, T, T, T);
  const x1 = call(first, x0);
  const x2 = call(move, I, x1, DOWN);
  return x2;
}

function verify_264363fd(I: Grid): unknown {
  const x0 = call(objects, I, T, F, F);
  const x1 = call(fork, multiply, height, width);
  const x2 = call(argmax, x0, x1);
  const x3 = call(mostcolor, x2);
  const x4 = call(shape, I);
  const x5 = call(canvas, x3, x4);
  const x6 = call(hconcat, I, x5);
  const x7 = call(objects, x6, F, F, T);
  const x8 = call(argmin, x7, size);
  const x9 = call(cover, I, x8);
  const x10 = call(normalize, x8);
  const x11 = call(remove, x8, x7);
  const x12 = call(toindices, x10);
  const x13 = call(lbind, intersection, x12);
  const x14 = call(chain, x13, dneighbors, last);
  const x15 = call(rbind, greater, ONE);
  const x16 = call(chain, x15, size, x14);
  const x17 = call(sfilter, x10, x16);
  const x18 = call(center, x17);
  const x19 = call(matcher, last, x18);
  const x20 = call(extract, x17, x19);
  const x21 = call(first, x20);
  const x22 = call(difference, x10, x17);
  const x23 = call(color, x22);
  const x24 = call(center, x17);
  const x25 = call(invert, x24);
  const x26 = call(shift, x10, x25);
  const x27 = call(invert, x24);
  const x28 = call(shift, x22, x27);
  const x29 = call(toindices, x28);
  const x30 = call(rbind, mapply, x29);
  const x31 = call(lbind, lbind, shoot);
  const x32 = call(compose, x30, x31);
  const x33 = call(power, outbox, TWO);
  const x34 = call(chain, backdrop, x33, initset);
  const x35 = call(fork, difference, x32, x34);
  const x36 = call(lbind, recolor, x23);
  const x37 = call(compose, x36, x35);
  const x38 = call(lbind, shift, x26);
  const x39 = call(fork, combine, x37, x38);
  const x40 = call(lbind, mapply, x39);
  const x41 = call(rbind, ofcolor, x21);
  const x42 = call(compose, x40, x41);
  const x43 = call(fork, paint, identity, x42);
  const x44 = call(rbind, subgrid, I);
  const x45 = call(chain, asobject, x43, x44);
  const x46 = call(fork, shift, x45, ulcorner);
  const x47 = call(mapply, x46, x11);
  const x48 = call(paint, x9, x47);
  return x48;
}

function verify_272f95fa(I: Grid): unknown {
  const x0 = call(objects, I, T, F, F);
  const x1 = call(index, I, ORIGIN);
  const x2 = call(colorfilter, x0, x1);
  const x3 = call(apply, toindices, x2);
  const x4 = call(rbind, bordering, I);
  const x5 = call(compose, flip, x4);
  const x6 = call(extract, x3, x5);
  const x7 = call(remove, x6, x3);
  const x8 = call(lbind, vmatching, x6);
  const x9 = call(lbind, hmatching, x6);
  const x10 = call(sfilter, x7, x8);
  const x11 = call(sfilter, x7, x9);
  const x12 = call(argmin, x10, uppermost);
  const x13 = call(argmax, x10, uppermost);
  const x14 = call(argmin, x11, leftmost);
  const x15 = call(argmax, x11, leftmost);
  const x16 = call(fill, I, SIX, x6);
  const x17 = call(fill, x16, TWO, x12);
  const x18 = call(fill, x17, ONE, x13);
  const x19 = call(fill, x18, FOUR, x14);
  const x20 = call(fill, x19, THREE, x15);
  return x20;
}

function verify_27a28665(I: Grid): unknown {
  const x0 = call(lbind, apply, last);
  const x1 = call(compose, positive, first);
  const x2 = call(lbind, interval, ZERO);
  const x3 = call(rbind, x2, ONE);
  const x4 = call(rbind, sfilter, x1);
  const x5 = call(compose, x3, size);
  const x6 = call(fork, pair, x5, identity);
  const x7 = call(chain, x0, x4, x6);
  const x8 = call(rbind, branch, identity);
  const x9 = call(rbind, x8, x7);
  const x10 = call(chain, size, dedupe, first);
  const x11 = call(lbind, equality, ONE);
  const x12 = call(chain, x9, x11, x10);
  const x13 = call(compose, initset, x12);
  const x14 = call(fork, rapply, x13, identity);
  const x15 = call(compose, first, x14);
  const x16 = call(rbind, branch, identity);
  const x17 = call(rbind, x16, x15);
  const x18 = call(chain, x17, positive, size);
  const x19 = call(compose, initset, x18);
  const x20 = call(fork, rapply, x19, identity);
  const x21 = call(compose, first, x20);
  const x22 = call(multiply, TEN, THREE);
  const x23 = call(power, x21, x22);
  const x24 = call(compose, rot90, x23);
  const x25 = call(power, x24, FOUR);
  const x26 = call(x25, I);
  const x27 = call(width, x26);
  const x28 = call(divide, x27, THREE);
  const x29 = call(downscale, x26, x28);
  const x30 = call(objects, x29, T, F, F);
  const x31 = call(valmax, x30, size);
  const x32 = call(equality, x31, ONE);
  const x33 = call(equality, x31, FOUR);
  const x34 = call(equality, x31, FIVE);
  const x35 = call(branch, x32, TWO, ONE);
  const x36 = call(branch, x33, THREE, x35);
  const x37 = call(branch, x34, SIX, x36);
  const x38 = call(canvas, x37, UNITY);
  return x38;
}

function verify_28bf18c6(I: Grid): unknown {
  const x0 = call(objects, I, T, T, T);
  const x1 = call(first, x0);
  const x2 = call(subgrid, x1, I);
  const x3 = call(hconcat, x2, x2);
  return x3;
}

function verify_28e73c20(I: Grid): unknown {
  const x0 = call(astuple, RIGHT, DOWN);
  const x1 = call(astuple, DOWN, LEFT);
  const x2 = call(astuple, x0, x1);
  const x3 = call(astuple, LEFT, UP);
  const x4 = call(astuple, UP, RIGHT);
  const x5 = call(astuple, x3, x4);
  const x6 = call(combine, x2, x5);
  const x7 = call(height, I);
  const x8 = call(astuple, x7, ONE);
  const x9 = call(canvas, THREE, x8);
  const x10 = call(hconcat, x9, I);
  const x11 = call(height, x10);
  const x12 = call(width, x10);
  const x13 = call(decrement, x12);
  const x14 = call(tojvec, x13);
  const x15 = call(identity, DOWN);
  const x16 = call(connect, ORIGIN, x14);
  const x17 = call(fill, x10, THREE, x16);
  const x18 = call(identity, x12);
  const x19 = call(identity, x11);
  const x20 = call(identity, x11);
  const x21 = call(identity, F);
  const x22 = call(identity, ZERO);
  const x23 = call(compose, first, first);
  const x24 = call(chain, first, last, x23);
  const x25 = call(compose, first, first);
  const x26 = call(chain, last, last, x25);
  const x27 = call(chain, first, first, first);
  const x28 = call(chain, first, last, last);
  const x29 = call(chain, first, first, last);
  const x30 = call(chain, last, first, last);
  const x31 = call(compose, decrement, x24);
  const x32 = call(compose, decrement, x26);
  const x33 = call(fork, astuple, x31, x32);
  const x34 = call(compose, decrement, x26);
  const x35 = call(fork, multiply, x29, x34);
  const x36 = call(fork, add, x28, x35);
  const x37 = call(compose, decrement, x27);
  const x38 = call(fork, multiply, x29, x37);
  const x39 = call(fork, add, x28, x38);
  const x40 = call(fork, astuple, x39, x36);
  const x41 = call(lbind, extract, x6);
  const x42 = call(lbind, matcher, first);
  const x43 = call(compose, x42, x29);
  const x44 = call(chain, last, x41, x43);
  const x45 = call(compose, last, first);
  const x46 = call(lbind, recolor, THREE);
  const x47 = call(compose, decrement, x27);
  const x48 = call(fork, multiply, x29, x47);
  const x49 = call(fork, add, x28, x48);
  const x50 = call(fork, connect, x28, x49);
  const x51 = call(compose, x46, x50);
  const x52 = call(fork, paint, x45, x51);
  const x53 = call(compose, decrement, x26);
  const x54 = call(fork, multiply, x30, x53);
  const x55 = call(compose, flip, x30);
  const x56 = call(compose, decrement, x24);
  const x57 = call(fork, multiply, x55, x56);
  const x58 = call(fork, add, x54, x57);
  const x59 = call(power, first, THREE);
  const x60 = call(chain, flip, positive, x59);
  const x61 = call(fork, astuple, x58, x33);
  const x62 = call(compose, flip, x30);
  const x63 = call(fork, astuple, x44, x62);
  const x64 = call(fork, astuple, x61, x52);
  const x65 = call(fork, astuple, x63, x40);
  const x66 = call(fork, astuple, x64, x65);
  const x67 = call(rbind, branch, x66);
  const x68 = call(rbind, x67, identity);
  const x69 = call(chain, initset, x68, x60);
  const x70 = call(fork, rapply, x69, identity);
  const x71 = call(compose, first, x70);
  const x72 = call(multiply, TEN, THREE);
  const x73 = call(power, x71, x72);
  const x74 = call(astuple, x18, x19);
  const x75 = call(astuple, x15, x21);
  const x76 = call(astuple, x14, x22);
  const x77 = call(astuple, x20, x74);
  const x78 = call(astuple, x75, x76);
  const x79 = call(astuple, x77, x17);
  const x80 = call(astuple, x79, x78);
  const x81 = call(x73, x80);
  const x82 = call(first, x81);
  const x83 = call(last, x82);
  const x84 = call(dmirror, x83);
  const x85 = call(shape, x84);
  const x86 = call(add, x85, UP);
  const x87 = call(crop, x84, DOWN, x86);
  const x88 = call(dmirror, x87);
  return x88;
}

function verify_29623171(I: Grid): unknown {
  const x0 = call(compress, I);
  const x1 = call(leastcolor, x0);
  const x2 = call(mostcolor, x0);
  const x3 = call(frontiers, I);
  const x4 = call(sfilter, x3, hline);
  const x5 = call(size, x4);
  const x6 = call(increment, x5);
  const x7 = call(sfilter, x3, vline);
  const x8 = call(size, x7);
  const x9 = call(increment, x8);
  const x10 = call(height, I);
  const x11 = call(decrement, x6);
  const x12 = call(subtract, x10, x11);
  const x13 = call(divide, x12, x6);
  const x14 = call(width, I);
  const x15 = call(decrement, x9);
  const x16 = call(subtract, x14, x15);
  const x17 = call(divide, x16, x9);
  const x18 = call(astuple, x13, x17);
  const x19 = call(canvas, ZERO, x18);
  const x20 = call(asindices, x19);
  const x21 = call(astuple, x6, x9);
  const x22 = call(canvas, ZERO, x21);
  const x23 = call(asindices, x22);
  const x24 = call(astuple, x13, x17);
  const x25 = call(increment, x24);
  const x26 = call(rbind, multiply, x25);
  const x27 = call(apply, x26, x23);
  const x28 = call(rbind, toobject, I);
  const x29 = call(lbind, shift, x20);
  const x30 = call(compose, x28, x29);
  const x31 = call(apply, x30, x27);
  const x32 = call(rbind, colorcount, x1);
  const x33 = call(valmax, x31, x32);
  const x34 = call(rbind, colorcount, x1);
  const x35 = call(matcher, x34, x33);
  const x36 = call(mfilter, x31, x35);
  const x37 = call(replace, I, x1, x2);
  const x38 = call(fill, x37, x1, x36);
  return x38;
}

function verify_29c11459(I: Grid): unknown {
  const x0 = call(objects, I, T, F, T);
  const x1 = call(product, x0, x0);
  const x2 = call(fork, hmatching, first, last);
  const x3 = call(fork, vmatching, first, last);
  const x4 = call(fork, either, x2, x3);
  const x5 = call(sfilter, x1, x4);
  const x6 = call(mostcolor, I);
  const x7 = call(rbind, toobject, I);
  const x8 = call(compose, delta, merge);
  const x9 = call(chain, palette, x7, x8);
  const x10 = call(initset, x6);
  const x11 = call(matcher, x9, x10);
  const x12 = call(sfilter, x5, x11);
  const x13 = call(shape, I);
  const x14 = call(subtract, x13, TWO_BY_ZERO);
  const x15 = call(crop, I, DOWN, x14);
  const x16 = call(numcolors, x15);
  const x17 = call(equality, ONE, x16);
  const x18 = call(branch, x17, vline, hline);
  const x19 = call(compose, center, first);
  const x20 = call(compose, center, last);
  const x21 = call(fork, add, x19, x20);
  const x22 = call(compose, halve, x21);
  const x23 = call(compose, color, first);
  const x24 = call(compose, color, last);
  const x25 = call(fork, connect, x19, x22);
  const x26 = call(fork, remove, x22, x25);
  const x27 = call(fork, recolor, x23, x26);
  const x28 = call(fork, connect, x20, x22);
  const x29 = call(fork, remove, x22, x28);
  const x30 = call(fork, recolor, x24, x29);
  const x31 = call(lbind, recolor, FIVE);
  const x32 = call(chain, x31, initset, x22);
  const x33 = call(fork, combine, x27, x30);
  const x34 = call(fork, combine, x33, x32);
  const x35 = call(apply, x34, x12);
  const x36 = call(mfilter, x35, x18);
  const x37 = call(paint, I, x36);
  const x38 = call(merge, x0);
  const x39 = call(paint, x37, x38);
  return x39;
}

function verify_29ec7d0e(I: Grid): unknown {
  const x0 = call(palette, I);
  const x1 = call(objects, I, T, F, F);
  const x2 = call(lbind, colorfilter, x1);
  const x3 = call(compose, size, x2);
  const x4 = call(valmin, x0, x3);
  const x5 = call(matcher, x3, x4);
  const x6 = call(sfilter, x0, x5);
  const x7 = call(lbind, colorcount, I);
  const x8 = call(argmin, x6, x7);
  const x9 = call(asobject, I);
  const x10 = call(matcher, first, x8);
  const x11 = call(compose, flip, x10);
  const x12 = call(sfilter, x9, x11);
  const x13 = call(lbind, contained, x8);
  const x14 = call(compose, flip, x13);
  const x15 = call(sfilter, I, x14);
  const x16 = call(asobject, x15);
  const x17 = call(hperiod, x16);
  const x18 = call(dmirror, I);
  const x19 = call(sfilter, x18, x14);
  const x20 = call(asobject, x19);
  const x21 = call(hperiod, x20);
  const x22 = [x21, x17] as const;
  const x23 = call(lbind, multiply, x22);
  const x24 = call(neighbors, ORIGIN);
  const x25 = call(mapply, neighbors, x24);
  const x26 = call(apply, x23, x25);
  const x27 = call(lbind, shift, x12);
  const x28 = call(mapply, x27, x26);
  const x29 = call(paint, I, x28);
  return x29;
}

function verify_2bcee788(I: Grid): unknown {
  const x0 = call(partition, I);
  const x1 = call(fork, multiply, height, width);
  const x2 = call(argmax, x0, x1);
  const x3 = call(remove, x2, x0);
  const x4 = call(argmin, x3, size);
  const x5 = call(argmax, x3, size);
  const x6 = call(hmatching, x4, x5);
  const x7 = call(branch, x6, vmirror, hmirror);
  const x8 = call(x7, x5);
  const x9 = call(branch, x6, leftmost, uppermost);
  const x10 = call(branch, x6, tojvec, toivec);
  const x11 = call(x9, x4);
  const x12 = call(x9, x5);
  const x13 = call(greater, x11, x12);
  const x14 = call(double, x13);
  const x15 = call(decrement, x14);
  const x16 = call(x10, x15);
  const x17 = call(shape, x5);
  const x18 = call(multiply, x16, x17);
  const x19 = call(shift, x8, x18);
  const x20 = call(fill, I, THREE, x2);
  const x21 = call(paint, x20, x19);
  return x21;
}

function verify_2bee17df(I: Grid): unknown {
  const x0 = call(trim, I);
  const x1 = call(mostcolor, x0);
  const x2 = call(repeat, x1, ONE);
  const x3 = call(lbind, repeat, THREE);
  const x4 = call(compose, x3, size);
  const x5 = call(matcher, dedupe, x2);
  const x6 = call(rbind, branch, identity);
  const x7 = call(rbind, x6, x4);
  const x8 = call(compose, x7, x5);
  const x9 = call(compose, initset, x8);
  const x10 = call(fork, rapply, x9, identity);
  const x11 = call(compose, first, x10);
  const x12 = call(apply, x11, x0);
  const x13 = call(dmirror, x0);
  const x14 = call(apply, x11, x13);
  const x15 = call(dmirror, x14);
  const x16 = call(ofcolor, x12, THREE);
  const x17 = call(ofcolor, x15, THREE);
  const x18 = call(combine, x16, x17);
  const x19 = call(shift, x18, UNITY);
  const x20 = call(fill, I, THREE, x19);
  return x20;
}

function verify_2c608aff(I: Grid): unknown {
  const x0 = call(partition, I);
  const x1 = call(fork, equality, toindices, backdrop);
  const x2 = call(sfilter, x0, x1);
  const x3 = call(argmax, x2, size);
  const x4 = call(color, x3);
  const x5 = call(palette, I);
  const x6 = call(remove, x4, x5);
  const x7 = call(lbind, colorcount, I);
  const x8 = call(argmin, x6, x7);
  const x9 = call(toindices, x3);
  const x10 = call(apply, first, x9);
  const x11 = call(toindices, x3);
  const x12 = call(apply, last, x11);
  const x13 = call(rbind, contained, x10);
  const x14 = call(compose, x13, first);
  const x15 = call(rbind, contained, x12);
  const x16 = call(compose, x15, last);
  const x17 = call(fork, either, x14, x16);
  const x18 = call(ofcolor, I, x8);
  const x19 = call(sfilter, x18, x17);
  const x20 = call(rbind, gravitate, x3);
  const x21 = call(compose, x20, initset);
  const x22 = call(fork, add, identity, x21);
  const x23 = call(fork, connect, identity, x22);
  const x24 = call(mapply, x23, x19);
  const x25 = call(fill, I, x8, x24);
  return x25;
}

function verify_2dc579da(I: Grid): unknown {
  const x0 = call(frontiers, I);
  const x1 = call(mfilter, x0, hline);
  const x2 = call(mfilter, x0, vline);
  const x3 = call(uppermost, x1);
  const x4 = call(leftmost, x2);
  const x5 = call(astuple, x3, x4);
  const x6 = call(add, x5, NEG_UNITY);
  const x7 = call(uppermost, x1);
  const x8 = call(rightmost, x2);
  const x9 = call(astuple, x7, x8);
  const x10 = call(add, x9, UP_RIGHT);
  const x11 = call(lowermost, x1);
  const x12 = call(leftmost, x2);
  const x13 = call(astuple, x11, x12);
  const x14 = call(add, x13, DOWN_LEFT);
  const x15 = call(lowermost, x1);
  const x16 = call(rightmost, x2);
  const x17 = call(astuple, x15, x16);
  const x18 = call(add, x17, UNITY);
  const x19 = call(initset, ORIGIN);
  const x20 = call(insert, x6, x19);
  const x21 = call(width, I);
  const x22 = call(decrement, x21);
  const x23 = call(tojvec, x22);
  const x24 = call(initset, x23);
  const x25 = call(insert, x10, x24);
  const x26 = call(height, I);
  const x27 = call(decrement, x26);
  const x28 = call(toivec, x27);
  const x29 = call(initset, x28);
  const x30 = call(insert, x14, x29);
  const x31 = call(shape, I);
  const x32 = call(decrement, x31);
  const x33 = call(initset, x32);
  const x34 = call(insert, x18, x33);
  const x35 = call(astuple, x20, x25);
  const x36 = call(astuple, x30, x34);
  const x37 = call(combine, x35, x36);
  const x38 = call(rbind, toobject, I);
  const x39 = call(compose, x38, backdrop);
  const x40 = call(apply, x39, x37);
  const x41 = call(matcher, numcolors, ONE);
  const x42 = call(sfilter, x40, x41);
  const x43 = call(apply, color, x42);
  const x44 = call(mostcommon, x43);
  const x45 = call(initset, x44);
  const x46 = call(matcher, palette, x45);
  const x47 = call(compose, flip, x46);
  const x48 = call(extract, x40, x47);
  const x49 = call(subgrid, x48, I);
  return x49;
}

function verify_2dd70a9a(I: Grid): unknown {
  const x0 = call(ofcolor, I, TWO);
  const x1 = call(vline, x0);
  const x2 = call(branch, x1, dmirror, identity);
  const x3 = call(x2, I);
  const x4 = call(ofcolor, x3, THREE);
  const x5 = call(ofcolor, x3, TWO);
  const x6 = call(center, x4);
  const x7 = call(hfrontier, x6);
  const x8 = call(center, x5);
  const x9 = call(hfrontier, x8);
  const x10 = call(mostcolor, I);
  const x11 = call(palette, I);
  const x12 = call(remove, THREE, x11);
  const x13 = call(remove, TWO, x12);
  const x14 = call(other, x13, x10);
  const x15 = call(replace, x3, THREE, x10);
  const x16 = call(difference, x7, x4);
  const x17 = call(underfill, x15, THREE, x16);
  const x18 = call(replace, x3, TWO, x10);
  const x19 = call(difference, x9, x5);
  const x20 = call(underfill, x18, TWO, x19);
  const x21 = call(objects, x17, T, F, F);
  const x22 = call(colorfilter, x21, THREE);
  const x23 = call(rbind, adjacent, x4);
  const x24 = call(sfilter, x22, x23);
  const x25 = call(objects, x20, T, F, F);
  const x26 = call(colorfilter, x25, TWO);
  const x27 = call(rbind, adjacent, x5);
  const x28 = call(sfilter, x26, x27);
  const x29 = call(mapply, toindices, x24);
  const x30 = call(rbind, equality, x14);
  const x31 = call(lbind, index, x3);
  const x32 = call(compose, x30, x31);
  const x33 = call(rbind, add, LEFT);
  const x34 = call(compose, x32, x33);
  const x35 = call(rbind, add, RIGHT);
  const x36 = call(compose, x32, x35);
  const x37 = call(fork, either, x34, x36);
  const x38 = call(rbind, add, UP);
  const x39 = call(compose, x32, x38);
  const x40 = call(rbind, add, DOWN);
  const x41 = call(compose, x32, x40);
  const x42 = call(fork, either, x39, x41);
  const x43 = call(sfilter, x29, x37);
  const x44 = call(mapply, toindices, x28);
  const x45 = call(sfilter, x44, x42);
  const x46 = call(fork, connect, first, last);
  const x47 = call(product, x43, x45);
  const x48 = call(compose, vline, x46);
  const x49 = call(rbind, toobject, x3);
  const x50 = call(chain, numcolors, x49, x46);
  const x51 = call(matcher, x50, ONE);
  const x52 = call(fork, both, x48, x51);
  const x53 = call(extract, x47, x52);
  const x54 = call(x46, x53);
  const x55 = call(center, x4);
  const x56 = call(center, x5);
  const x57 = call(fork, either, hline, vline);
  const x58 = call(lbind, connect, x55);
  const x59 = call(corners, x54);
  const x60 = call(apply, x58, x59);
  const x61 = call(mfilter, x60, x57);
  const x62 = call(lbind, connect, x56);
  const x63 = call(corners, x54);
  const x64 = call(apply, x62, x63);
  const x65 = call(mfilter, x64, x57);
  const x66 = call(combine, x61, x65);
  const x67 = call(combine, x54, x66);
  const x68 = call(fill, x3, THREE, x67);
  const x69 = call(fill, x68, TWO, x5);
  const x70 = call(x2, x69);
  return x70;
}

function verify_2dee498d(I: Grid): unknown {
  const x0 = call(hsplit, I, THREE);
  const x1 = call(first, x0);
  return x1;
}

function verify_31aa019c(I: Grid): unknown {
  const x0 = call(leastcolor, I);
  const x1 = call(ofcolor, I, x0);
  const x2 = call(first, x1);
  const x3 = call(neighbors, x2);
  const x4 = call(mostcolor, I);
  const x5 = call(shape, I);
  const x6 = call(canvas, x4, x5);
  const x7 = call(initset, x2);
  const x8 = call(fill, x6, x0, x7);
  const x9 = call(fill, x8, TWO, x3);
  return x9;
}

function verify_321b1fc6(I: Grid): unknown {
  const x0 = call(objects, I, F, F, T);
  const x1 = call(argmax, x0, numcolors);
  const x2 = call(remove, x1, x0);
  const x3 = call(normalize, x1);
  const x4 = call(apply, ulcorner, x2);
  const x5 = call(lbind, shift, x3);
  const x6 = call(mapply, x5, x4);
  const x7 = call(paint, I, x6);
  const x8 = call(cover, x7, x1);
  return x8;
}

function verify_32597951(I: Grid): unknown {
  const x0 = call(partition, I);
  const x1 = call(fork, multiply, height, width);
  const x2 = call(argmin, x0, x1);
  const x3 = call(delta, x2);
  const x4 = call(fill, I, THREE, x3);
  return x4;
}

function verify_3345333e(I: Grid): unknown {
  const x0 = call(asindices, I);
  const x1 = call(box, x0);
  const x2 = call(toobject, x1, I);
  const x3 = call(mostcolor, x2);
  const x4 = call(partition, I);
  const x5 = call(fork, multiply, height, width);
  const x6 = call(fork, equality, size, x5);
  const x7 = call(extract, x4, x6);
  const x8 = call(color, x7);
  const x9 = call(palette, I);
  const x10 = call(remove, x3, x9);
  const x11 = call(other, x10, x8);
  const x12 = call(ofcolor, I, x11);
  const x13 = call(vmirror, x12);
  const x14 = call(hmirror, x12);
  const x15 = call(toindices, x7);
  const x16 = call(combine, x15, x12);
  const x17 = call(height, x16);
  const x18 = call(halve, x17);
  const x19 = call(increment, x18);
  const x20 = call(width, x16);
  const x21 = call(halve, x20);
  const x22 = call(increment, x21);
  const x23 = call(astuple, x19, x22);
  const x24 = call(maximum, x23);
  const x25 = call(invert, x24);
  const x26 = call(increment, x24);
  const x27 = call(interval, x25, x26, ONE);
  const x28 = call(product, x27, x27);
  const x29 = call(initset, x14);
  const x30 = call(insert, x13, x29);
  const x31 = call(product, x28, x30);
  const x32 = call(ofcolor, I, x3);
  const x33 = call(rbind, intersection, x32);
  const x34 = call(fork, shift, last, first);
  const x35 = call(chain, size, x33, x34);
  const x36 = call(matcher, x35, ZERO);
  const x37 = call(sfilter, x31, x36);
  const x38 = call(rbind, intersection, x12);
  const x39 = call(fork, shift, last, first);
  const x40 = call(chain, size, x38, x39);
  const x41 = call(argmax, x37, x40);
  const x42 = call(first, x41);
  const x43 = call(last, x41);
  const x44 = call(fill, I, x3, x7);
  const x45 = call(shift, x43, x42);
  const x46 = call(fill, x44, x11, x45);
  return x46;
}

function verify_3428a4f5(I: Grid): unknown {
  const x0 = call(width, I);
  const x1 = call(halve, x0);
  const x2 = call(tojvec, x1);
  const x3 = call(height, I);
  const x4 = call(decrement, x3);
  const x5 = call(astuple, x4, x1);
  const x6 = call(connect, x2, x5);
  const x7 = call(toobject, x6, I);
  const x8 = call(numcolors, x7);
  const x9 = call(equality, x8, ONE);
  const x10 = call(branch, x9, lefthalf, tophalf);
  const x11 = call(branch, x9, righthalf, bottomhalf);
  const x12 = call(x10, I);
  const x13 = call(x11, I);
  const x14 = call(palette, x12);
  const x15 = call(other, x14, ZERO);
  const x16 = call(palette, x13);
  const x17 = call(other, x16, ZERO);
  const x18 = call(shape, x12);
  const x19 = call(canvas, ZERO, x18);
  const x20 = call(ofcolor, x12, x15);
  const x21 = call(ofcolor, x13, x17);
  const x22 = call(combine, x20, x21);
  const x23 = call(intersection, x20, x21);
  const x24 = call(difference, x22, x23);
  const x25 = call(fill, x19, THREE, x24);
  return x25;
}

function verify_3618c87e(I: Grid): unknown {
  const x0 = call(mostcolor, I);
  const x1 = call(objects, I, T, F, F);
  const x2 = call(sizefilter, x1, ONE);
  const x3 = call(totuple, x2);
  const x4 = call(apply, color, x3);
  const x5 = call(mostcommon, x4);
  const x6 = call(palette, I);
  const x7 = call(remove, x5, x6);
  const x8 = call(other, x7, x0);
  const x9 = call(replace, I, x5, x0);
  const x10 = call(ofcolor, I, x5);
  const x11 = call(repeat, x8, ONE);
  const x12 = call(rbind, equality, x11);
  const x13 = call(first, I);
  const x14 = call(dedupe, x13);
  const x15 = call(x12, x14);
  const x16 = call(last, I);
  const x17 = call(dedupe, x16);
  const x18 = call(x12, x17);
  const x19 = call(dmirror, I);
  const x20 = call(first, x19);
  const x21 = call(dedupe, x20);
  const x22 = call(x12, x21);
  const x23 = call(dmirror, I);
  const _x24 = call(last, x23);
  const x27 = call(apply, last, x10);
  const x28 = call(apply, first, x10);
  const x29 = call(either, x15, x18);
  const x30 = call(branch, x29, x27, x28);
  const x31 = call(branch, x29, lbind, rbind);
  const x32 = call(lbind, x31, astuple);
  const x33 = call(branch, x29, height, width);
  const x34 = call(x33, I);
  const x35 = call(decrement, x34);
  const x36 = call(either, x15, x22);
  const x37 = call(branch, x36, ZERO, x35);
  const x38 = call(x32, x37);
  const x39 = call(apply, x38, x30);
  const x40 = call(fill, x9, x5, x39);
  return x40;
}

function verify_3631a71a(I: Grid): unknown {
  const x0 = call(lbind, compose, flip);
  const x1 = call(lbind, matcher, first);
  const x2 = call(compose, x0, x1);
  const x3 = call(rbind, compose, asobject);
  const x4 = call(lbind, rbind, sfilter);
  const x5 = call(chain, x3, x4, x2);
  const x6 = call(rbind, shift, ORIGIN);
  const x7 = call(compose, x6, dmirror);
  const x8 = call(rbind, shift, TWO_BY_TWO);
  const x9 = call(compose, x8, cmirror);
  const x10 = call(rbind, shift, TWO_BY_ZERO);
  const x11 = call(compose, x10, hmirror);
  const x12 = call(rbind, shift, ZERO_BY_TWO);
  const x13 = call(compose, x12, vmirror);
  const x14 = call(lbind, fork, paint);
  const x15 = call(lbind, x14, identity);
  const x16 = call(lbind, compose, x7);
  const x17 = call(chain, x15, x16, x5);
  const x18 = call(lbind, compose, x9);
  const x19 = call(chain, x15, x18, x5);
  const x20 = call(lbind, compose, x11);
  const x21 = call(chain, x15, x20, x5);
  const x22 = call(lbind, compose, x13);
  const x23 = call(chain, x15, x22, x5);
  const x24 = call(rbind, rapply, I);
  const x25 = call(chain, first, x24, initset);
  const x26 = call(fork, compose, x23, x21);
  const x27 = call(fork, compose, x19, x17);
  const x28 = call(fork, compose, x26, x27);
  const x29 = call(compose, x25, x28);
  const x30 = call(palette, I);
  const x31 = call(fork, equality, identity, dmirror);
  const x32 = call(compose, x31, x29);
  const x33 = call(argmax, x30, x32);
  const x34 = call(x29, x33);
  return x34;
}

function verify_363442ee(I: Grid): unknown {
  const x0 = call(frontiers, I);
  const x1 = call(merge, x0);
  const x2 = call(mostcolor, I);
  const x3 = call(fill, I, x2, x1);
  const x4 = call(objects, x3, F, F, T);
  const x5 = call(argmax, x4, size);
  const x6 = call(remove, x5, x4);
  const x7 = call(apply, center, x6);
  const x8 = call(normalize, x5);
  const x9 = call(shape, x5);
  const x10 = call(halve, x9);
  const x11 = call(invert, x10);
  const x12 = call(shift, x8, x11);
  const x13 = call(lbind, shift, x12);
  const x14 = call(mapply, x13, x7);
  const x15 = call(paint, I, x14);
  return x15;
}

function verify_36d67576(I: Grid): unknown {
  const x0 = call(objects, I, F, T, T);
  const x1 = call(argmax, x0, size);
  const x2 = call(remove, x1, x0);
  const x3 = call(merge, x2);
  const x4 = call(palette, x3);
  const x5 = call(repeat, identity, ONE);
  const x6 = call(astuple, cmirror, dmirror);
  const x7 = call(astuple, vmirror, hmirror);
  const x8 = call(combine, x6, x7);
  const x9 = call(combine, x5, x8);
  const x10 = call(fork, compose, first, last);
  const x11 = call(product, x9, x9);
  const x12 = call(apply, x10, x11);
  const x13 = call(rbind, contained, x4);
  const x14 = call(compose, x13, first);
  const x15 = call(rbind, sfilter, x14);
  const x16 = call(lbind, chain, ulcorner);
  const x17 = call(lbind, x16, x15);
  const x18 = call(lbind, fork, shift);
  const x19 = call(lbind, lbind, shift);
  const x20 = call(lbind, occurrences, I);
  const x21 = call(rbind, rapply, x1);
  const x22 = call(chain, first, x21, initset);
  const x23 = call(lbind, compose, invert);
  const x24 = call(compose, x23, x17);
  const x25 = call(lbind, compose, x15);
  const x26 = call(fork, x18, x25, x24);
  const x27 = call(compose, x22, x26);
  const x28 = call(rbind, rapply, x1);
  const x29 = call(chain, first, x28, initset);
  const x30 = call(rbind, rapply, x1);
  const x31 = call(compose, initset, x17);
  const x32 = call(chain, first, x30, x31);
  const x33 = call(compose, invert, x32);
  const x34 = call(fork, shift, x29, x33);
  const x35 = call(compose, x19, x34);
  const x36 = call(compose, x20, x27);
  const x37 = call(fork, mapply, x35, x36);
  const x38 = call(rbind, astuple, x37);
  const x39 = call(compose, last, x38);
  const x40 = call(rbind, astuple, x12);
  const x41 = call(compose, last, x40);
  const x42 = call(fork, mapply, x39, x41);
  const x43 = call(fork, paint, identity, x42);
  const x44 = call(rbind, contained, x4);
  const x45 = call(compose, x44, first);
  const x46 = call(sfilter, x1, x45);
  const x47 = call(size, x46);
  const x48 = call(equality, x47, ZERO);
  const x49 = call(branch, x48, identity, x43);
  const x50 = call(x49, I);
  return x50;
}

function verify_36fdfd69(I: Grid): unknown {
  const x0 = call(leastcolor, I);
  const x1 = call(ofcolor, I, x0);
  const x2 = call(fork, subtract, first, last);
  const x3 = call(fork, multiply, sign, identity);
  const x4 = call(compose, x3, x2);
  const x5 = call(lbind, greater, THREE);
  const x6 = call(chain, x5, maximum, x4);
  const x7 = call(lbind, lbind, astuple);
  const x8 = call(rbind, chain, x7);
  const x9 = call(lbind, compose, x6);
  const x10 = call(rbind, x8, x9);
  const x11 = call(lbind, lbind, sfilter);
  const x12 = call(compose, x10, x11);
  const x13 = call(lbind, mapply, backdrop);
  const x14 = call(fork, apply, x12, identity);
  const x15 = call(compose, x13, x14);
  const x16 = call(power, x15, TWO);
  const x17 = call(x16, x1);
  const x18 = call(fill, I, FOUR, x17);
  const x19 = call(fill, x18, x0, x1);
  return x19;
}

function verify_3906de3d(I: Grid): unknown {
  const x0 = call(first, I);
  const x1 = call(dedupe, x0);
  const x2 = call(size, x1);
  const x3 = call(equality, ONE, x2);
  const x4 = call(branch, x3, dmirror, identity);
  const x5 = call(x4, I);
  const x6 = call(first, x5);
  const x7 = call(first, x6);
  const x8 = call(first, x5);
  const x9 = call(matcher, identity, x7);
  const x10 = call(sfilter, x8, x9);
  const x11 = call(size, x10);
  const x12 = call(last, x5);
  const x13 = call(sfilter, x12, x9);
  const x14 = call(size, x13);
  const x15 = call(greater, x11, x14);
  const x16 = call(branch, x15, hmirror, identity);
  const x17 = call(x16, x5);
  const x18 = call(partition, x17);
  const x19 = call(matcher, color, x7);
  const x20 = call(extract, x18, x19);
  const x21 = call(remove, x20, x18);
  const x22 = call(argmin, x21, uppermost);
  const x23 = call(other, x21, x22);
  const x24 = call(color, x22);
  const x25 = call(color, x23);
  const x26 = call(fill, x17, TWO, x20);
  const x27 = call(fill, x26, ONE, x23);
  const x28 = call(fill, x27, ZERO, x22);
  const x29 = call(rbind, order, identity);
  const x30 = call(dmirror, x28);
  const x31 = call(apply, x29, x30);
  const x32 = call(dmirror, x31);
  const x33 = call(x16, x32);
  const x34 = call(x4, x33);
  const x35 = call(ofcolor, x34, TWO);
  const x36 = call(fill, x34, x7, x35);
  const x37 = call(ofcolor, x34, ONE);
  const x38 = call(fill, x36, x25, x37);
  const x39 = call(ofcolor, x34, ZERO);
  const x40 = call(fill, x38, x24, x39);
  return x40;
}

function verify_39a8645d(I: Grid): unknown {
  const x0 = call(objects, I, T, T, T);
  const x1 = call(totuple, x0);
  const x2 = call(apply, normalize, x1);
  const x3 = call(mostcommon, x2);
  const x4 = call(mostcolor, I);
  const x5 = call(shape, x3);
  const x6 = call(canvas, x4, x5);
  const x7 = call(paint, x6, x3);
  return x7;
}

function verify_39e1d7f9(I: Grid): unknown {
  const x0 = call(compress, I);
  const x1 = call(objects, x0, F, F, T);
  const x2 = call(argmax, x1, numcolors);
  const x3 = call(remove, x2, x1);
  const x4 = call(merge, x3);
  const x5 = call(size, x4);
  const x6 = call(positive, x5);
  const x7 = call(astuple, color, x4);
  const x8 = call(astuple, leastcolor, x2);
  const x9 = call(branch, x6, x7, x8);
  const x10 = call(compose, initset, first);
  const x11 = call(fork, rapply, x10, last);
  const x12 = call(compose, first, x11);
  const x13 = call(x12, x9);
  const x14 = call(normalize, x2);
  const x15 = call(matcher, first, x13);
  const x16 = call(sfilter, x14, x15);
  const x17 = call(ulcorner, x16);
  const x18 = call(invert, x17);
  const x19 = call(shift, x14, x18);
  const x20 = call(lbind, shift, x19);
  const x21 = call(objects, x0, T, F, T);
  const x22 = call(colorfilter, x21, x13);
  const x23 = call(apply, ulcorner, x22);
  const x24 = call(mapply, x20, x23);
  const x25 = call(paint, x0, x24);
  const x26 = call(height, x0);
  const x27 = call(frontiers, I);
  const x28 = call(sfilter, x27, hline);
  const x29 = call(size, x28);
  const x30 = call(increment, x29);
  const x31 = call(divide, x26, x30);
  const x32 = call(width, x0);
  const x33 = call(frontiers, I);
  const x34 = call(sfilter, x33, vline);
  const x35 = call(size, x34);
  const x36 = call(increment, x35);
  const x37 = call(divide, x32, x36);
  const x38 = call(rbind, multiply, x37);
  const x39 = call(rbind, divide, x37);
  const x40 = call(compose, x38, x39);
  const x41 = call(fork, equality, x40, identity);
  const x42 = call(compose, x41, first);
  const x43 = call(rbind, multiply, x31);
  const x44 = call(rbind, divide, x31);
  const x45 = call(compose, x43, x44);
  const x46 = call(fork, equality, x45, identity);
  const x47 = call(compose, x46, first);
  const x48 = call(lbind, interval, ZERO);
  const x49 = call(rbind, x48, ONE);
  const x50 = call(compose, x49, size);
  const x51 = call(fork, pair, x50, identity);
  const x52 = call(lbind, apply, last);
  const x53 = call(rbind, sfilter, x42);
  const x54 = call(chain, x52, x53, x51);
  const x55 = call(compose, x54, last);
  const x56 = call(height, x25);
  const x57 = call(interval, ZERO, x56, ONE);
  const x58 = call(pair, x57, x25);
  const x59 = call(sfilter, x58, x47);
  const x60 = call(apply, x55, x59);
  const x61 = call(increment, x37);
  const x62 = call(hupscale, x60, x61);
  const x63 = call(increment, x31);
  const x64 = call(vupscale, x62, x63);
  const x65 = call(frontiers, I);
  const x66 = call(merge, x65);
  const x67 = call(paint, x64, x66);
  const x68 = call(shape, I);
  const x69 = call(crop, x67, ORIGIN, x68);
  return x69;
}

function verify_3aa6fb7a(I: Grid): unknown {
  const x0 = call(objects, I, T, F, T);
  const x1 = call(mapply, corners, x0);
  const x2 = call(underfill, I, ONE, x1);
  return x2;
}

function verify_3ac3eb23(I: Grid): unknown {
  const x0 = call(astuple, identity, dmirror);
  const x1 = call(astuple, cmirror, hmirror);
  const x2 = call(combine, x0, x1);
  const x3 = call(chain, lowermost, merge, fgpartition);
  const x4 = call(rbind, rapply, I);
  const x5 = call(lbind, compose, x3);
  const x6 = call(compose, initset, x5);
  const x7 = call(chain, first, x4, x6);
  const x8 = call(matcher, x7, ZERO);
  const x9 = call(extract, x2, x8);
  const x10 = call(x9, I);
  const x11 = call(objects, x10, T, F, T);
  const x12 = call(height, x10);
  const x13 = call(interval, ZERO, x12, TWO);
  const x14 = call(height, x10);
  const x15 = call(interval, ONE, x14, TWO);
  const x16 = call(rbind, apply, x13);
  const x17 = call(lbind, rbind, astuple);
  const x18 = call(chain, x16, x17, last);
  const x19 = call(rbind, apply, x15);
  const x20 = call(lbind, rbind, astuple);
  const x21 = call(compose, increment, last);
  const x22 = call(chain, x19, x20, x21);
  const x23 = call(rbind, apply, x15);
  const x24 = call(lbind, rbind, astuple);
  const x25 = call(compose, decrement, last);
  const x26 = call(chain, x23, x24, x25);
  const x27 = call(fork, combine, x18, x22);
  const x28 = call(fork, combine, x27, x26);
  const x29 = call(compose, x28, center);
  const x30 = call(fork, recolor, color, x29);
  const x31 = call(mapply, x30, x11);
  const x32 = call(paint, x10, x31);
  const x33 = call(x9, x32);
  return x33;
}

function verify_3af2c5a8(I: Grid): unknown {
  const x0 = call(vmirror, I);
  const x1 = call(hconcat, I, x0);
  const x2 = call(hmirror, x1);
  const x3 = call(vconcat, x1, x2);
  return x3;
}

function verify_3bd67248(I: Grid): unknown {
  const x0 = call(astuple, identity, identity);
  const x1 = call(astuple, rot90, rot270);
  const x2 = call(astuple, x0, x1);
  const x3 = call(astuple, rot180, rot180);
  const x4 = call(astuple, rot270, rot90);
  const x5 = call(astuple, x3, x4);
  const x6 = call(combine, x2, x5);
  const x7 = call(leastcolor, I);
  const x8 = call(repeat, x7, ONE);
  const x9 = call(rbind, rapply, I);
  const x10 = call(chain, x9, initset, first);
  const x11 = call(compose, first, x10);
  const x12 = call(chain, dedupe, first, x11);
  const x13 = call(matcher, x12, x8);
  const x14 = call(extract, x6, x13);
  const x15 = call(first, x14);
  const x16 = call(last, x14);
  const x17 = call(x15, I);
  const x18 = call(ofcolor, x17, x7);
  const x19 = call(height, x18);
  const x20 = call(interval, ZERO, x19, ONE);
  const x21 = call(lbind, astuple, x19);
  const x22 = call(apply, x21, x20);
  const x23 = call(rbind, shoot, DOWN);
  const x24 = call(mapply, x23, x22);
  const x25 = call(fill, x17, FOUR, x24);
  const x26 = call(astuple, x19, x19);
  const x27 = call(canvas, ZERO, x26);
  const x28 = call(asindices, x27);
  const x29 = call(shift, x28, x26);
  const x30 = call(shape, I);
  const x31 = call(maximum, x30);
  const x32 = call(lbind, shift, x29);
  const x33 = call(interval, ZERO, x31, x19);
  const x34 = call(pair, x33, x33);
  const x35 = call(mapply, x32, x34);
  const x36 = call(fill, x25, TWO, x35);
  const x37 = call(x16, x36);
  return x37;
}

function verify_3bdb4ada(I: Grid): unknown {
  const x0 = call(partition, I);
  const x1 = call(fork, multiply, height, width);
  const x2 = call(fork, equality, size, x1);
  const x3 = call(compose, flip, x2);
  const x4 = call(extract, x0, x3);
  const x5 = call(remove, x4, x0);
  const x6 = call(compose, flip, even);
  const x7 = call(rbind, chain, first);
  const x8 = call(rbind, chain, last);
  const x9 = call(lbind, rbind, subtract);
  const x10 = call(lbind, x7, x6);
  const x11 = call(lbind, x8, x6);
  const x12 = call(chain, x10, x9, uppermost);
  const x13 = call(chain, x11, x9, leftmost);
  const x14 = call(lbind, fork, both);
  const x15 = call(fork, x14, x12, x13);
  const x16 = call(fork, sfilter, toindices, x15);
  const x17 = call(mapply, x16, x5);
  const x18 = call(color, x4);
  const x19 = call(fill, I, x18, x17);
  return x19;
}

function verify_3befdf3e(I: Grid): unknown {
  const x0 = call(objects, I, F, F, T);
  const x1 = call(rbind, compose, last);
  const x2 = call(lbind, rbind, contained);
  const x3 = call(chain, x1, x2, box);
  const x4 = call(fork, sfilter, identity, x3);
  const x5 = call(compose, color, x4);
  const x6 = call(fork, other, palette, x5);
  const x7 = call(chain, decrement, decrement, height);
  const x8 = call(chain, decrement, decrement, width);
  const x9 = call(compose, toivec, x7);
  const x10 = call(fork, shift, toindices, x9);
  const x11 = call(chain, toivec, invert, x7);
  const x12 = call(fork, shift, toindices, x11);
  const x13 = call(compose, tojvec, x8);
  const x14 = call(fork, shift, toindices, x13);
  const x15 = call(chain, tojvec, invert, x8);
  const x16 = call(fork, shift, toindices, x15);
  const x17 = call(fork, combine, x10, x12);
  const x18 = call(fork, combine, x14, x16);
  const x19 = call(fork, combine, x17, x18);
  const x20 = call(fork, combine, backdrop, x19);
  const x21 = call(fork, difference, x20, box);
  const x22 = call(fork, recolor, x5, x21);
  const x23 = call(fork, recolor, x6, box);
  const x24 = call(fork, combine, x22, x23);
  const x25 = call(mapply, x24, x0);
  const x26 = call(paint, I, x25);
  return x26;
}

function verify_3c9b0459(I: Grid): unknown {
  const x0 = call(rot180, I);
  return x0;
}

function verify_3de23699(I: Grid): unknown {
  const x0 = call(asindices, I);
  const x1 = call(corners, x0);
  const x2 = call(mapply, dneighbors, x1);
  const x3 = call(toobject, x2, I);
  const x4 = call(mostcolor, x3);
  const x5 = call(palette, I);
  const x6 = call(remove, x4, x5);
  const x7 = call(order, x6, identity);
  const x8 = call(first, x7);
  const x9 = call(last, x7);
  const x10 = call(ofcolor, I, x8);
  const x11 = call(ofcolor, I, x9);
  const x12 = call(switch_, I, x9, x8);
  const x13 = call(combine, x10, x11);
  const x14 = call(subgrid, x13, x12);
  const x15 = call(trim, x14);
  return x15;
}

function verify_3e980e27(I: Grid): unknown {
  const x0 = call(ofcolor, I, THREE);
  const x1 = call(ofcolor, I, TWO);
  const x2 = call(matcher, first, THREE);
  const x3 = call(matcher, first, TWO);
  const x4 = call(rbind, objects, T);
  const x5 = call(rbind, x4, T);
  const x6 = call(rbind, x5, F);
  const x7 = call(lbind, contained, THREE);
  const x8 = call(compose, x7, palette);
  const x9 = call(lbind, contained, TWO);
  const x10 = call(compose, x9, palette);
  const x11 = call(rbind, sfilter, x8);
  const x12 = call(compose, x11, x6);
  const x13 = call(rbind, sfilter, x10);
  const x14 = call(compose, x13, x6);
  const x15 = call(rbind, argmax, numcolors);
  const x16 = call(chain, normalize, x15, x12);
  const x17 = call(rbind, argmax, numcolors);
  const x18 = call(compose, x17, x14);
  const x19 = call(chain, normalize, vmirror, x18);
  const x20 = call(rbind, sfilter, x2);
  const x21 = call(chain, ulcorner, x20, x16);
  const x22 = call(rbind, sfilter, x3);
  const x23 = call(chain, ulcorner, x22, x19);
  const x24 = call(rbind, sfilter, x3);
  const x25 = call(chain, center, x24, x18);
  const x26 = call(lbind, lbind, shift);
  const x27 = call(compose, x26, x16);
  const x28 = call(lbind, lbind, shift);
  const x29 = call(compose, x28, x19);
  const x30 = call(rbind, apply, x0);
  const x31 = call(lbind, lbind, add);
  const x32 = call(compose, invert, x21);
  const x33 = call(chain, x30, x31, x32);
  const x34 = call(rbind, remove, x1);
  const x35 = call(compose, x34, x25);
  const x36 = call(lbind, lbind, add);
  const x37 = call(chain, x36, invert, x23);
  const x38 = call(fork, apply, x37, x35);
  const x39 = call(fork, mapply, x27, x33);
  const x40 = call(fork, mapply, x29, x38);
  const x41 = call(fork, paint, identity, x39);
  const x42 = call(fork, paint, identity, x40);
  const x43 = call(size, x0);
  const x44 = call(positive, x43);
  const x45 = call(size, x1);
  const x46 = call(positive, x45);
  const x47 = call(branch, x44, x41, identity);
  const x48 = call(branch, x46, x42, identity);
  const x49 = call(compose, x47, x48);
  const x50 = call(x49, I);
  return x50;
}

function verify_3eda0437(I: Grid): unknown {
  const x0 = call(matcher, identity, ZERO);
  const x1 = call(rbind, sfilter, x0);
  const x2 = call(compose, size, x1);
  const x3 = call(apply, x2, I);
  const x4 = call(maximum, x3);
  const x5 = call(dmirror, I);
  const x6 = call(apply, x2, x5);
  const x7 = call(maximum, x6);
  const x8 = call(increment, x7);
  const x9 = call(interval, TWO, x8, ONE);
  const x10 = call(increment, x4);
  const x11 = call(interval, TWO, x10, ONE);
  const x12 = call(product, x9, x11);
  const x13 = call(fork, multiply, first, last);
  const x14 = call(apply, x13, x12);
  const x15 = call(lbind, sfilter, x12);
  const x16 = call(lbind, matcher, x13);
  const x17 = call(compose, x15, x16);
  const x18 = call(apply, x17, x14);
  const x19 = call(lbind, occurrences, I);
  const x20 = call(lbind, recolor, ZERO);
  const x21 = call(lbind, canvas, NEG_ONE);
  const x22 = call(compose, asindices, x21);
  const x23 = call(chain, x19, x20, x22);
  const x24 = call(lbind, mapply, x23);
  const x25 = call(chain, positive, size, x24);
  const x26 = call(sfilter, x18, x25);
  const x27 = call(compose, x13, first);
  const x28 = call(rbind, argmax, x27);
  const x29 = call(lbind, recolor, ZERO);
  const x30 = call(lbind, canvas, NEG_ONE);
  const x31 = call(chain, x29, asindices, x30);
  const x32 = call(lbind, lbind, shift);
  const x33 = call(lbind, occurrences, I);
  const x34 = call(fork, mapply, x32, x33);
  const x35 = call(compose, x34, x31);
  const x36 = call(size, x26);
  const x37 = call(positive, x36);
  const x38 = call(lbind, recolor, SIX);
  const x39 = call(lbind, mapply, x35);
  const x40 = call(chain, x38, x39, x28);
  const x41 = call(fork, difference, identity, identity);
  const x42 = call(branch, x37, x40, x41);
  const x43 = call(x42, x26);
  const x44 = call(paint, I, x43);
  return x44;
}

function verify_3f7978a0(I: Grid): unknown {
  const x0 = call(partition, I);
  const x1 = call(objects, I, T, F, F);
  const x2 = call(compose, double, height);
  const x3 = call(fork, equality, x2, size);
  const x4 = call(compose, double, width);
  const x5 = call(fork, equality, x4, size);
  const x6 = call(fork, either, x3, x5);
  const x7 = call(rbind, equality, TWO);
  const x8 = call(lbind, colorfilter, x1);
  const x9 = call(rbind, sfilter, vline);
  const x10 = call(rbind, sfilter, hline);
  const x11 = call(chain, x9, x8, color);
  const x12 = call(chain, x7, size, x11);
  const x13 = call(chain, x10, x8, color);
  const x14 = call(chain, x7, size, x13);
  const x15 = call(fork, either, x12, x14);
  const x16 = call(fork, both, x6, x15);
  const x17 = call(extract, x0, x16);
  const x18 = call(color, x17);
  const x19 = call(colorfilter, x1, x18);
  const x20 = call(first, x19);
  const x21 = call(vline, x20);
  const x22 = call(ulcorner, x17);
  const x23 = call(lrcorner, x17);
  const x24 = call(branch, x21, UP, LEFT);
  const x25 = call(add, x22, x24);
  const x26 = call(branch, x21, DOWN, RIGHT);
  const x27 = call(add, x23, x26);
  const x28 = call(initset, x27);
  const x29 = call(insert, x25, x28);
  const x30 = call(subgrid, x29, I);
  return x30;
}

function verify_40853293(I: Grid): unknown {
  const x0 = call(partition, I);
  const x1 = call(fork, recolor, color, backdrop);
  const x2 = call(apply, x1, x0);
  const x3 = call(mfilter, x2, hline);
  const x4 = call(mfilter, x2, vline);
  const x5 = call(paint, I, x3);
  const x6 = call(paint, x5, x4);
  return x6;
}

function verify_4093f84a(I: Grid): unknown {
  const x0 = call(frontiers, I);
  const x1 = call(merge, x0);
  const x2 = call(palette, x1);
  const x3 = call(fork, multiply, height, width);
  const x4 = call(lbind, ofcolor, I);
  const x5 = call(compose, x3, x4);
  const x6 = call(argmin, x2, x5);
  const x7 = call(palette, I);
  const x8 = call(remove, x6, x7);
  const x9 = call(lbind, colorcount, I);
  const x10 = call(argmin, x8, x9);
  const x11 = call(ofcolor, I, x6);
  const x12 = call(leftmost, x11);
  const x13 = call(positive, x12);
  const x14 = call(branch, x13, identity, dmirror);
  const x15 = call(x14, I);
  const x16 = call(ofcolor, x15, x6);
  const x17 = call(subgrid, x16, x15);
  const x18 = call(leftmost, x16);
  const x19 = call(rightmost, x16);
  const x20 = call(lbind, greater, x18);
  const x21 = call(compose, x20, last);
  const x22 = call(rbind, greater, x19);
  const x23 = call(compose, x22, last);
  const x24 = call(asindices, x15);
  const x25 = call(sfilter, x24, x21);
  const x26 = call(subgrid, x25, x15);
  const x27 = call(asindices, x15);
  const x28 = call(sfilter, x27, x23);
  const x29 = call(subgrid, x28, x15);
  const x30 = call(rbind, equality, x10);
  const x31 = call(rbind, order, x30);
  const x32 = call(apply, x31, x26);
  const x33 = call(vmirror, x29);
  const x34 = call(apply, x31, x33);
  const x35 = call(vmirror, x34);
  const x36 = call(hconcat, x32, x17);
  const x37 = call(hconcat, x36, x35);
  const x38 = call(x14, x37);
  const x39 = call(replace, x38, x10, x6);
  return x39;
}

function verify_41e4d17e(I: Grid): unknown {
  const x0 = call(lbind, equality, NINE);
  const x1 = call(compose, x0, size);
  const x2 = call(fork, equality, height, width);
  const x3 = call(fork, both, x1, x2);
  const x4 = call(objects, I, T, F, F);
  const x5 = call(sfilter, x4, x3);
  const x6 = call(fork, combine, vfrontier, hfrontier);
  const x7 = call(compose, x6, center);
  const x8 = call(mapply, x7, x5);
  const x9 = call(underfill, I, SIX, x8);
  return x9;
}

function verify_4258a5f9(I: Grid): unknown {
  const x0 = call(leastcolor, I);
  const x1 = call(ofcolor, I, x0);
  const x2 = call(mapply, neighbors, x1);
  const x3 = call(difference, x2, x1);
  const x4 = call(fill, I, ONE, x3);
  return x4;
}

function verify_4290ef0e(I: Grid): unknown {
  const x0 = call(mostcolor, I);
  const x1 = call(fgpartition, I);
  const x2 = call(objects, I, T, F, T);
  const x3 = call(rbind, valmax, width);
  const x4 = call(lbind, colorfilter, x2);
  const x5 = call(chain, x3, x4, color);
  const x6 = call(compose, maximum, shape);
  const x7 = call(fork, add, x6, x5);
  const x8 = call(compose, invert, x7);
  const x9 = call(order, x1, x8);
  const x10 = call(rbind, add, DOWN);
  const x11 = call(compose, x10, ulcorner);
  const x12 = call(fork, contained, x11, toindices);
  const x13 = call(rbind, add, RIGHT);
  const x14 = call(compose, x13, ulcorner);
  const x15 = call(fork, contained, x14, toindices);
  const x16 = call(fork, add, x12, x15);
  const x17 = call(rbind, argmax, x16);
  const x18 = call(compose, initset, identity);
  const x19 = call(fork, insert, vmirror, x18);
  const x20 = call(fork, insert, cmirror, x19);
  const x21 = call(fork, insert, hmirror, x20);
  const x22 = call(compose, x17, x21);
  const x23 = call(apply, x22, x9);
  const x24 = call(size, x1);
  const x25 = call(apply, size, x1);
  const x26 = call(contained, ONE, x25);
  const x27 = call(increment, x24);
  const x28 = call(branch, x26, x24, x27);
  const x29 = call(double, x28);
  const x30 = call(decrement, x29);
  const x31 = call(apply, normalize, x23);
  const x32 = call(interval, ZERO, x28, ONE);
  const x33 = call(pair, x32, x32);
  const x34 = call(mpapply, shift, x31, x33);
  const x35 = call(astuple, x30, x30);
  const x36 = call(canvas, x0, x35);
  const x37 = call(paint, x36, x34);
  const x38 = call(rot90, x37);
  const x39 = call(paint, x38, x34);
  const x40 = call(rot90, x39);
  const x41 = call(paint, x40, x34);
  const x42 = call(rot90, x41);
  const x43 = call(paint, x42, x34);
  return x43;
}

function verify_42a50994(I: Grid): unknown {
  const x0 = call(objects, I, F, T, T);
  const x1 = call(sizefilter, x0, ONE);
  const x2 = call(merge, x1);
  const x3 = call(cover, I, x2);
  return x3;
}

function verify_4347f46a(I: Grid): unknown {
  const x0 = call(objects, I, T, F, T);
  const x1 = call(fork, difference, toindices, box);
  const x2 = call(mapply, x1, x0);
  const x3 = call(mostcolor, I);
  const x4 = call(fill, I, x3, x2);
  return x4;
}

function verify_444801d8(I: Grid): unknown {
  const x0 = call(objects, I, T, F, T);
  const x1 = call(sizefilter, x0, ONE);
  const x2 = call(difference, x0, x1);
  const x3 = call(rbind, toobject, I);
  const x4 = call(chain, leastcolor, x3, delta);
  const x5 = call(rbind, shift, UP);
  const x6 = call(fork, connect, ulcorner, urcorner);
  const x7 = call(compose, x5, x6);
  const x8 = call(rbind, shift, DOWN);
  const x9 = call(fork, connect, llcorner, lrcorner);
  const x10 = call(compose, x8, x9);
  const x11 = call(fork, astuple, x7, x10);
  const x12 = call(lbind, rbind, manhattan);
  const x13 = call(compose, x12, delta);
  const x14 = call(fork, argmin, x11, x13);
  const x15 = call(fork, combine, delta, x14);
  const x16 = call(fork, recolor, x4, x15);
  const x17 = call(mapply, x16, x2);
  const x18 = call(paint, I, x17);
  return x18;
}

function verify_445eab21(I: Grid): unknown {
  const x0 = call(objects, I, T, F, T);
  const x1 = call(fork, multiply, height, width);
  const x2 = call(argmax, x0, x1);
  const x3 = call(color, x2);
  const x4 = call(canvas, x3, TWO_BY_TWO);
  return x4;
}

function verify_447fd412(I: Grid): unknown {
  const x0 = call(asobject, I);
  const x1 = call(shape, I);
  const x2 = call(shift, x0, x1);
  const x3 = call(mostcolor, I);
  const x4 = call(shape, I);
  const x5 = call(multiply, x4, THREE);
  const x6 = call(canvas, x3, x5);
  const x7 = call(paint, x6, x2);
  const x8 = call(objects, x7, F, T, T);
  const x9 = call(argmax, x8, numcolors);
  const x10 = call(normalize, x9);
  const x11 = call(remove, x10, x8);
  const x12 = call(merge, x11);
  const x13 = call(mostcolor, x12);
  const x14 = call(palette, x10);
  const x15 = call(matcher, identity, x13);
  const x16 = call(argmin, x14, x15);
  const x17 = call(matcher, first, x13);
  const x18 = call(sfilter, x10, x17);
  const x19 = call(matcher, first, x16);
  const x20 = call(sfilter, x10, x19);
  const x21 = call(recolor, x3, x20);
  const x22 = call(combine, x18, x21);
  const x23 = call(lbind, mfilter, x8);
  const x24 = call(lbind, occurrences, x7);
  const x25 = call(lbind, upscale, x22);
  const x26 = call(compose, x24, x25);
  const x27 = call(lbind, lbind, shift);
  const x28 = call(lbind, upscale, x10);
  const x29 = call(compose, x27, x28);
  const x30 = call(fork, apply, x29, x26);
  const x31 = call(compose, positive, size);
  const x32 = call(lbind, chain, x31);
  const x33 = call(rbind, x32, toindices);
  const x34 = call(lbind, rbind, intersection);
  const x35 = call(chain, x23, x33, x34);
  const x36 = call(chain, size, x35, toindices);
  const x37 = call(rbind, colorcount, x13);
  const x38 = call(fork, equality, x36, x37);
  const x39 = call(rbind, sfilter, x38);
  const x40 = call(chain, merge, x39, x30);
  const x41 = call(interval, ONE, SIX, ONE);
  const x42 = call(mapply, x40, x41);
  const x43 = call(paint, x7, x42);
  const x44 = call(subgrid, x2, x43);
  return x44;
}

function verify_44d8ac46(I: Grid): unknown {
  const x0 = call(objects, I, T, F, T);
  const x1 = call(apply, delta, x0);
  const x2 = call(mfilter, x1, square);
  const x3 = call(fill, I, TWO, x2);
  return x3;
}

function verify_44f52bb0(I: Grid): unknown {
  const x0 = call(vmirror, I);
  const x1 = call(equality, x0, I);
  const x2 = call(hmirror, I);
  const x3 = call(equality, x2, I);
  const x4 = call(either, x1, x3);
  const x5 = call(branch, x4, ONE, SEVEN);
  const x6 = call(canvas, x5, UNITY);
  return x6;
}

function verify_4522001f(I: Grid): unknown {
  const x0 = call(shape, I);
  const x1 = call(multiply, THREE, x0);
  const x2 = call(mostcolor, I);
  const x3 = call(canvas, x2, x1);
  const x4 = call(objects, I, F, F, T);
  const x5 = call(merge, x4);
  const x6 = call(mostcolor, x5);
  const x7 = call(first, x4);
  const x8 = call(matcher, first, x6);
  const x9 = call(sfilter, x7, x8);
  const x10 = call(normalize, x9);
  const x11 = call(delta, x10);
  const x12 = call(first, x11);
  const x13 = call(subtract, ONE, x12);
  const x14 = call(asobject, I);
  const x15 = call(shape, I);
  const x16 = call(double, x15);
  const x17 = call(multiply, x13, x16);
  const x18 = call(shift, x14, x17);
  const x19 = call(paint, x3, x18);
  const x20 = call(objects, x19, F, F, T);
  const x21 = call(lbind, mapply, dneighbors);
  const x22 = call(matcher, first, x6);
  const x23 = call(rbind, sfilter, x22);
  const x24 = call(chain, x21, delta, x23);
  const x25 = call(ineighbors, ORIGIN);
  const x26 = call(apply, double, x25);
  const x27 = call(rbind, apply, x26);
  const x28 = call(lbind, lbind, shift);
  const x29 = call(compose, x27, x28);
  const x30 = call(lbind, rbind, adjacent);
  const x31 = call(compose, x30, x24);
  const x32 = call(fork, extract, x29, x31);
  const x33 = call(fork, combine, identity, x32);
  const x34 = call(compose, backdrop, x33);
  const x35 = call(double, x12);
  const x36 = call(decrement, x35);
  const x37 = call(multiply, x36, FOUR);
  const x38 = call(rbind, shift, x37);
  const x39 = call(compose, x38, x34);
  const x40 = call(fork, combine, x34, x39);
  const x41 = call(mapply, x40, x20);
  const x42 = call(fill, x19, x6, x41);
  return x42;
}

function verify_4612dd53(I: Grid): unknown {
  const x0 = call(leastcolor, I);
  const x1 = call(ofcolor, I, x0);
  const x2 = call(box, x1);
  const x3 = call(fill, I, TWO, x2);
  const x4 = call(subgrid, x1, x3);
  const x5 = call(ofcolor, x4, x0);
  const x6 = call(mapply, vfrontier, x5);
  const x7 = call(mapply, hfrontier, x5);
  const x8 = call(size, x6);
  const x9 = call(size, x7);
  const x10 = call(greater, x8, x9);
  const x11 = call(branch, x10, x7, x6);
  const x12 = call(fill, x4, TWO, x11);
  const x13 = call(ofcolor, x12, TWO);
  const x14 = call(ulcorner, x1);
  const x15 = call(shift, x13, x14);
  const x16 = call(underfill, I, TWO, x15);
  return x16;
}

function verify_46442a0e(I: Grid): unknown {
  const x0 = call(rot90, I);
  const x1 = call(rot180, I);
  const x2 = call(rot270, I);
  const x3 = call(hconcat, I, x0);
  const x4 = call(hconcat, x2, x1);
  const x5 = call(vconcat, x3, x4);
  return x5;
}

function verify_469497ad(I: Grid): unknown {
  const x0 = call(numcolors, I);
  const x1 = call(decrement, x0);
  const x2 = call(upscale, I, x1);
  const x3 = call(rbind, toobject, I);
  const x4 = call(lbind, ofcolor, I);
  const x5 = call(compose, outbox, x4);
  const x6 = call(chain, numcolors, x3, x5);
  const x7 = call(matcher, x6, ONE);
  const x8 = call(palette, I);
  const x9 = call(sfilter, x8, x7);
  const x10 = call(fork, multiply, height, width);
  const x11 = call(lbind, ofcolor, I);
  const x12 = call(compose, x10, x11);
  const x13 = call(argmin, x9, x12);
  const x14 = call(ofcolor, x2, x13);
  const x15 = call(outbox, x14);
  const x16 = call(toobject, x15, x2);
  const x17 = call(mostcolor, x16);
  const x18 = call(ulcorner, x14);
  const x19 = call(shoot, x18, NEG_UNITY);
  const x20 = call(lrcorner, x14);
  const x21 = call(shoot, x20, UNITY);
  const x22 = call(urcorner, x14);
  const x23 = call(shoot, x22, UP_RIGHT);
  const x24 = call(llcorner, x14);
  const x25 = call(shoot, x24, DOWN_LEFT);
  const x26 = call(combine, x19, x21);
  const x27 = call(combine, x23, x25);
  const x28 = call(combine, x26, x27);
  const x29 = call(ofcolor, x2, x17);
  const x30 = call(intersection, x28, x29);
  const x31 = call(fill, x2, TWO, x30);
  return x31;
}

function verify_46f33fce(I: Grid): unknown {
  const x0 = call(rot180, I);
  const x1 = call(downscale, x0, TWO);
  const x2 = call(rot180, x1);
  const x3 = call(upscale, x2, FOUR);
  return x3;
}

function verify_47c1f68c(I: Grid): unknown {
  const x0 = call(frontiers, I);
  const x1 = call(merge, x0);
  const x2 = call(color, x1);
  const x3 = call(compress, I);
  const x4 = call(mostcolor, x3);
  const x5 = call(tophalf, I);
  const x6 = call(lefthalf, x5);
  const x7 = call(vmirror, x6);
  const x8 = call(hconcat, x6, x7);
  const x9 = call(hmirror, x8);
  const x10 = call(vconcat, x8, x9);
  const x11 = call(tophalf, I);
  const x12 = call(righthalf, x11);
  const x13 = call(vmirror, x12);
  const x14 = call(hconcat, x13, x12);
  const x15 = call(hmirror, x14);
  const x16 = call(vconcat, x14, x15);
  const x17 = call(bottomhalf, I);
  const x18 = call(lefthalf, x17);
  const x19 = call(vmirror, x18);
  const x20 = call(hconcat, x18, x19);
  const x21 = call(hmirror, x20);
  const x22 = call(vconcat, x21, x20);
  const x23 = call(bottomhalf, I);
  const x24 = call(righthalf, x23);
  const x25 = call(vmirror, x24);
  const x26 = call(hconcat, x25, x24);
  const x27 = call(hmirror, x26);
  const x28 = call(vconcat, x27, x26);
  const x29 = call(astuple, x10, x16);
  const x30 = call(astuple, x22, x28);
  const x31 = call(combine, x29, x30);
  const x32 = call(argmax, x31, numcolors);
  const x33 = call(asindices, x32);
  const x34 = call(ofcolor, x32, x4);
  const x35 = call(difference, x33, x34);
  const x36 = call(fill, x32, x2, x35);
  return x36;
}

function verify_484b58aa(I: Grid): unknown {
  const x0 = call(palette, I);
  const x1 = call(objects, I, T, F, F);
  const x2 = call(lbind, colorfilter, x1);
  const x3 = call(compose, size, x2);
  const x4 = call(valmin, x0, x3);
  const x5 = call(matcher, x3, x4);
  const x6 = call(sfilter, x0, x5);
  const x7 = call(lbind, colorcount, I);
  const x8 = call(argmin, x6, x7);
  const x9 = call(asobject, I);
  const x10 = call(matcher, first, x8);
  const x11 = call(compose, flip, x10);
  const x12 = call(sfilter, x9, x11);
  const x13 = call(lbind, contained, x8);
  const x14 = call(compose, flip, x13);
  const x15 = call(sfilter, I, x14);
  const x16 = call(asobject, x15);
  const x17 = call(hperiod, x16);
  const x18 = call(dmirror, I);
  const x19 = call(sfilter, x18, x14);
  const x20 = call(asobject, x19);
  const x21 = call(hperiod, x20);
  const x22 = [x21, x17] as const;
  const x23 = call(lbind, multiply, x22);
  const x24 = call(neighbors, ORIGIN);
  const x25 = call(mapply, neighbors, x24);
  const x26 = call(apply, x23, x25);
  const x27 = call(lbind, shift, x12);
  const x28 = call(mapply, x27, x26);
  const x29 = call(paint, I, x28);
  return x29;
}

function verify_48d8fb45(I: Grid): unknown {
  const x0 = call(objects, I, F, T, T);
  const x1 = call(argmax, x0, numcolors);
  const x2 = call(mostcolor, x1);
  const x3 = call(matcher, first, x2);
  const x4 = call(sfilter, x1, x3);
  const x5 = call(shape, x4);
  const x6 = call(normalize, x4);
  const x7 = call(mostcolor, I);
  const x8 = call(canvas, x7, x5);
  const x9 = call(paint, x8, x6);
  return x9;
}

function verify_4938f0c2(I: Grid): unknown {
  const x0 = call(fgpartition, I);
  const x1 = call(matcher, size, FOUR);
  const x2 = call(fork, both, square, x1);
  const x3 = call(extract, x0, x2);
  const x4 = call(color, x3);
  const x5 = call(merge, x0);
  const x6 = call(compose, hmirror, vmirror);
  const x7 = call(initset, x6);
  const x8 = call(insert, vmirror, x7);
  const x9 = call(insert, hmirror, x8);
  const x10 = call(rapply, x9, x5);
  const x11 = call(ulcorner, x3);
  const x12 = call(lbind, subtract, x11);
  const x13 = call(matcher, first, x4);
  const x14 = call(rbind, sfilter, x13);
  const x15 = call(chain, x12, ulcorner, x14);
  const x16 = call(fork, shift, identity, x15);
  const x17 = call(mapply, x16, x10);
  const x18 = call(paint, I, x17);
  return x18;
}

function verify_496994bd(I: Grid): unknown {
  const x0 = call(mostcolor, I);
  const x1 = call(vsplit, I, TWO);
  const x2 = call(apply, numcolors, x1);
  const x3 = call(contained, ONE, x2);
  const x4 = call(branch, x3, hmirror, vmirror);
  const x5 = call(x4, I);
  const x6 = call(asobject, x5);
  const x7 = call(matcher, first, x0);
  const x8 = call(compose, flip, x7);
  const x9 = call(sfilter, x6, x8);
  const x10 = call(paint, I, x9);
  return x10;
}

function verify_49d1d64f(I: Grid): unknown {
  const x0 = call(shape, I);
  const x1 = call(increment, x0);
  const x2 = call(increment, x1);
  const x3 = call(canvas, ZERO, x2);
  const x4 = call(asobject, I);
  const x5 = call(shift, x4, UNITY);
  const x6 = call(shift, x5, LEFT);
  const x7 = call(paint, x3, x6);
  const x8 = call(shift, x5, RIGHT);
  const x9 = call(paint, x7, x8);
  const x10 = call(shift, x5, UP);
  const x11 = call(paint, x9, x10);
  const x12 = call(shift, x5, DOWN);
  const x13 = call(paint, x11, x12);
  const x14 = call(paint, x13, x5);
  return x14;
}

function verify_4be741c5(I: Grid): unknown {
  const x0 = call(first, I);
  const x1 = call(dedupe, x0);
  const x2 = call(size, x1);
  const x3 = call(equality, x2, ONE);
  const x4 = call(branch, x3, dmirror, identity);
  const x5 = call(branch, x3, height, width);
  const x6 = call(x5, I);
  const x7 = call(astuple, ONE, x6);
  const x8 = call(x4, I);
  const x9 = call(crop, x8, ORIGIN, x7);
  const x10 = call(apply, dedupe, x9);
  const x11 = call(x4, x10);
  return x11;
}

function verify_4c4377d9(I: Grid): unknown {
  const x0 = call(hmirror, I);
  const x1 = call(vconcat, x0, I);
  return x1;
}

function verify_4c5c2cf0(I: Grid): unknown {
  const x0 = call(fgpartition, I);
  const x1 = call(compose, dneighbors, center);
  const x2 = call(fork, difference, backdrop, x1);
  const x3 = call(fork, equality, toindices, x2);
  const x4 = call(matcher, size, FIVE);
  const x5 = call(fork, both, x3, x4);
  const x6 = call(extract, x0, x5);
  const x7 = call(color, x6);
  const x8 = call(merge, x0);
  const x9 = call(compose, hmirror, vmirror);
  const x10 = call(initset, x9);
  const x11 = call(insert, vmirror, x10);
  const x12 = call(insert, hmirror, x11);
  const x13 = call(rapply, x12, x8);
  const x14 = call(ulcorner, x6);
  const x15 = call(lbind, subtract, x14);
  const x16 = call(matcher, first, x7);
  const x17 = call(rbind, sfilter, x16);
  const x18 = call(chain, x15, ulcorner, x17);
  const x19 = call(fork, shift, identity, x18);
  const x20 = call(mapply, x19, x13);
  const x21 = call(paint, I, x20);
  return x21;
}

function verify_50846271(I: Grid): unknown {
  const x0 = call(leastcolor, I);
  const x1 = call(ofcolor, I, x0);
  const x2 = call(interval, TWO, FIVE, ONE);
  const x3 = call(rbind, shift, RIGHT);
  const x4 = call(rbind, shift, LEFT);
  const x5 = call(rbind, shift, UP);
  const x6 = call(rbind, shift, DOWN);
  const x7 = call(lbind, fork, intersection);
  const x8 = call(lbind, x7, identity);
  const x9 = call(lbind, rbind, shift);
  const x10 = call(compose, x8, x9);
  const x11 = call(compose, x10, tojvec);
  const x12 = call(chain, x10, tojvec, invert);
  const x13 = call(compose, x10, toivec);
  const x14 = call(chain, x10, toivec, invert);
  const x15 = call(lbind, compose, initset);
  const x16 = call(lbind, rbind, rapply);
  const x17 = call(lbind, chain, first);
  const x18 = call(lbind, compose, x4);
  const x19 = call(x15, x11);
  const x20 = call(rbind, x17, x19);
  const x21 = call(chain, x18, x20, x16);
  const x22 = call(lbind, compose, x3);
  const x23 = call(x15, x12);
  const x24 = call(rbind, x17, x23);
  const x25 = call(chain, x22, x24, x16);
  const x26 = call(lbind, compose, x5);
  const x27 = call(x15, x13);
  const x28 = call(rbind, x17, x27);
  const x29 = call(chain, x26, x28, x16);
  const x30 = call(lbind, compose, x6);
  const x31 = call(x15, x14);
  const x32 = call(rbind, x17, x31);
  const x33 = call(chain, x30, x32, x16);
  const x34 = call(rbind, ofcolor, x0);
  const x35 = call(compose, x21, x34);
  const x36 = call(compose, x25, x34);
  const x37 = call(compose, x29, x34);
  const x38 = call(compose, x33, x34);
  const x39 = call(lbind, fork, combine);
  const x40 = call(fork, x39, x35, x36);
  const x41 = call(fork, x39, x37, x38);
  const x42 = call(fork, x39, x40, x41);
  const x43 = call(lbind, recolor, x0);
  const x44 = call(rbind, mapply, x2);
  const x45 = call(chain, x43, x44, x42);
  const x46 = call(fork, paint, identity, x45);
  const x47 = call(power, x46, FOUR);
  const x48 = call(x47, I);
  const x49 = call(objects, x48, T, T, T);
  const x50 = call(colorfilter, x49, x0);
  const x51 = call(compose, maximum, shape);
  const x52 = call(apply, x51, x50);
  const x53 = call(maximum, x52);
  const x54 = call(ofcolor, x48, x0);
  const x55 = call(rbind, contained, x54);
  const x56 = call(rbind, add, RIGHT);
  const x57 = call(compose, x55, x56);
  const x58 = call(rbind, add, LEFT);
  const x59 = call(compose, x55, x58);
  const x60 = call(fork, either, x57, x59);
  const x61 = call(rbind, add, DOWN);
  const x62 = call(compose, x55, x61);
  const x63 = call(rbind, add, UP);
  const x64 = call(compose, x55, x63);
  const x65 = call(fork, either, x62, x64);
  const x66 = call(fork, both, x60, x65);
  const x67 = call(matcher, size, x53);
  const x68 = call(fork, either, vline, hline);
  const x69 = call(fork, both, x67, x68);
  const x70 = call(sfilter, x50, x69);
  const x71 = call(apply, center, x70);
  const x72 = call(sfilter, x54, x66);
  const x73 = call(combine, x72, x71);
  const x74 = call(halve, x53);
  const x75 = call(invert, x74);
  const x76 = call(toivec, x75);
  const x77 = call(rbind, add, x76);
  const x78 = call(toivec, x74);
  const x79 = call(rbind, add, x78);
  const x80 = call(fork, connect, x77, x79);
  const x81 = call(invert, x74);
  const x82 = call(tojvec, x81);
  const x83 = call(rbind, add, x82);
  const x84 = call(tojvec, x74);
  const x85 = call(rbind, add, x84);
  const x86 = call(fork, connect, x83, x85);
  const x87 = call(fork, combine, x80, x86);
  const x88 = call(mapply, x87, x73);
  const x89 = call(fill, x48, x0, x88);
  const x90 = call(replace, x89, x0, EIGHT);
  const x91 = call(fill, x90, x0, x1);
  return x91;
}

function verify_508bd3b6(I: Grid): unknown {
  const x0 = call(objects, I, T, F, F);
  const x1 = call(palette, I);
  const x2 = call(compose, maximum, shape);
  const x3 = call(lbind, apply, x2);
  const x4 = call(lbind, colorfilter, x0);
  const x5 = call(chain, maximum, x3, x4);
  const x6 = call(matcher, x5, ONE);
  const x7 = call(extract, x1, x6);
  const x8 = call(lbind, ofcolor, I);
  const x9 = call(compose, backdrop, x8);
  const x10 = call(fork, equality, x8, x9);
  const x11 = call(extract, x1, x10);
  const x12 = call(ofcolor, I, x11);
  const x13 = call(ofcolor, I, x7);
  const x14 = call(rbind, manhattan, x12);
  const x15 = call(compose, x14, initset);
  const x16 = call(argmin, x13, x15);
  const x17 = call(ulcorner, x13);
  const x18 = call(contained, x17, x13);
  const x19 = call(shoot, x16, UNITY);
  const x20 = call(shoot, x16, NEG_UNITY);
  const x21 = call(combine, x19, x20);
  const x22 = call(shoot, x16, UP_RIGHT);
  const x23 = call(shoot, x16, DOWN_LEFT);
  const x24 = call(combine, x22, x23);
  const x25 = call(branch, x18, x21, x24);
  const x26 = call(asindices, I);
  const x27 = call(outbox, x12);
  const x28 = call(intersection, x26, x27);
  const x29 = call(intersection, x28, x25);
  const x30 = call(initset, x16);
  const x31 = call(rbind, manhattan, x30);
  const x32 = call(compose, x31, initset);
  const x33 = call(argmin, x29, x32);
  const x34 = call(height, x12);
  const x35 = call(height, I);
  const x36 = call(equality, x34, x35);
  const x37 = call(leftmost, x13);
  const x38 = call(leftmost, x12);
  const x39 = call(greater, x37, x38);
  const x40 = call(uppermost, x13);
  const x41 = call(uppermost, x12);
  const x42 = call(greater, x40, x41);
  const x43 = call(lbind, shoot, x33);
  const x44 = call(branch, x39, UNITY, NEG_UNITY);
  const x45 = call(branch, x39, UP_RIGHT, DOWN_LEFT);
  const x46 = call(branch, x42, UNITY, NEG_UNITY);
  const x47 = call(branch, x42, DOWN_LEFT, UP_RIGHT);
  const x48 = call(branch, x36, x44, x46);
  const x49 = call(branch, x36, x45, x47);
  const x50 = call(x43, x48);
  const x51 = call(x43, x49);
  const x52 = call(combine, x50, x51);
  const x53 = call(difference, x52, x13);
  const x54 = call(fill, I, THREE, x53);
  return x54;
}

function verify_50cb2852(I: Grid): unknown {
  const x0 = call(objects, I, T, F, T);
  const x1 = call(compose, backdrop, inbox);
  const x2 = call(mapply, x1, x0);
  const x3 = call(fill, I, EIGHT, x2);
  return x3;
}

function verify_5117e062(I: Grid): unknown {
  const x0 = call(objects, I, F, T, T);
  const x1 = call(argmax, x0, numcolors);
  const x2 = call(mostcolor, x1);
  const x3 = call(normalize, x1);
  const x4 = call(mostcolor, I);
  const x5 = call(shape, x1);
  const x6 = call(canvas, x4, x5);
  const x7 = call(fill, x6, x2, x3);
  return x7;
}

function verify_5168d44c(I: Grid): unknown {
  const x0 = call(partition, I);
  const x1 = call(fork, multiply, height, width);
  const x2 = call(valmax, x0, x1);
  const x3 = call(matcher, x1, x2);
  const x4 = call(sfilter, x0, x3);
  const x5 = call(argmax, x4, size);
  const x6 = call(color, x5);
  const x7 = call(remove, x5, x0);
  const x8 = call(objects, I, T, F, F);
  const x9 = call(lbind, colorfilter, x8);
  const x10 = call(chain, size, x9, color);
  const x11 = call(argmin, x7, x10);
  const x12 = call(other, x7, x11);
  const x13 = call(color, x12);
  const x14 = call(colorfilter, x8, x13);
  const x15 = call(apply, leftmost, x14);
  const x16 = call(size, x15);
  const x17 = call(equality, ONE, x16);
  const x18 = call(apply, uppermost, x14);
  const x19 = call(size, x18);
  const x20 = call(equality, ONE, x19);
  const x21 = call(fork, add, first, last);
  const x22 = call(compose, x21, ulcorner);
  const x23 = call(argmin, x14, x22);
  const x24 = call(remove, x23, x14);
  const x25 = call(lbind, manhattan, x23);
  const x26 = call(argmin, x24, x25);
  const x27 = call(lowermost, x26);
  const x28 = call(lowermost, x23);
  const x29 = call(subtract, x27, x28);
  const x30 = call(uppermost, x26);
  const x31 = call(uppermost, x23);
  const x32 = call(subtract, x30, x31);
  const x33 = call(astuple, x29, x32);
  const x34 = call(maximum, x33);
  const x35 = call(branch, x20, ZERO, x34);
  const x36 = call(rightmost, x26);
  const x37 = call(rightmost, x23);
  const x38 = call(subtract, x36, x37);
  const x39 = call(leftmost, x26);
  const x40 = call(leftmost, x23);
  const x41 = call(subtract, x39, x40);
  const x42 = call(astuple, x38, x41);
  const x43 = call(maximum, x42);
  const x44 = call(branch, x17, ZERO, x43);
  const x45 = call(astuple, x35, x44);
  const x46 = call(shift, x11, x45);
  const x47 = call(delta, x46);
  const x48 = call(hmirror, x46);
  const x49 = call(ulcorner, x47);
  const x50 = call(delta, x48);
  const x51 = call(ulcorner, x50);
  const x52 = call(subtract, x49, x51);
  const x53 = call(shift, x48, x52);
  const x54 = call(combine, x46, x53);
  const x55 = call(vmirror, x54);
  const x56 = call(ulcorner, x47);
  const x57 = call(delta, x55);
  const x58 = call(ulcorner, x57);
  const x59 = call(subtract, x56, x58);
  const x60 = call(shift, x55, x59);
  const x61 = call(combine, x60, x54);
  const x62 = call(color, x11);
  const x63 = call(replace, I, x62, x6);
  const x64 = call(paint, x63, x61);
  return x64;
}

function verify_539a4f51(I: Grid): unknown {
  const x0 = call(astuple, identity, cmirror);
  const x1 = call(astuple, hmirror, vmirror);
  const x2 = call(combine, x0, x1);
  const x3 = call(fork, multiply, height, width);
  const x4 = call(rbind, objects, F);
  const x5 = call(rbind, x4, F);
  const x6 = call(rbind, x5, T);
  const x7 = call(rbind, argmin, x3);
  const x8 = call(lbind, contained, ORIGIN);
  const x9 = call(chain, x8, toindices, x7);
  const x10 = call(compose, x9, x6);
  const x11 = call(lbind, compose, x10);
  const x12 = call(rbind, rapply, I);
  const x13 = call(compose, initset, x11);
  const x14 = call(chain, first, x12, x13);
  const x15 = call(extract, x2, x14);
  const x16 = call(x15, I);
  const x17 = call(height, I);
  const x18 = call(first, x16);
  const x19 = call(matcher, identity, ZERO);
  const x20 = call(compose, flip, x19);
  const x21 = call(sfilter, x18, x20);
  const x22 = call(size, x21);
  const x23 = call(divide, x17, x22);
  const x24 = call(increment, x23);
  const x25 = call(double, x24);
  const x26 = call(repeat, x21, x25);
  const x27 = call(merge, x26);
  const x28 = call(double, x17);
  const x29 = call(repeat, x27, x28);
  const x30 = call(asobject, x29);
  const x31 = call(chain, increment, last, last);
  const x32 = call(compose, first, last);
  const x33 = call(fork, greater, x31, x32);
  const x34 = call(sfilter, x30, x33);
  const x35 = call(upscale, x16, TWO);
  const x36 = call(dmirror, x34);
  const x37 = call(combine, x34, x36);
  const x38 = call(paint, x35, x37);
  const x39 = call(x15, x38);
  return x39;
}

function verify_53b68214(I: Grid): unknown {
  const x0 = call(fgpartition, I);
  const x1 = call(merge, x0);
  const x2 = call(mostcolor, I);
  const x3 = call(width, I);
  const x4 = call(astuple, TEN, x3);
  const x5 = call(canvas, x2, x4);
  const x6 = call(interval, ONE, SIX, ONE);
  const x7 = call(invert, TEN);
  const x8 = call(interval, x7, TEN, ONE);
  const x9 = call(product, x6, x8);
  const x10 = call(remove, ORIGIN, x9);
  const x11 = call(lbind, intersection, x1);
  const x12 = call(lbind, shift, x1);
  const x13 = call(compose, x11, x12);
  const x14 = call(toindices, x1);
  const x15 = call(lbind, intersection, x14);
  const x16 = call(lbind, shift, x14);
  const x17 = call(compose, x15, x16);
  const x18 = call(compose, size, x13);
  const x19 = call(compose, size, x17);
  const x20 = call(fork, equality, x18, x19);
  const x21 = call(chain, positive, size, x13);
  const x22 = call(fork, both, x20, x21);
  const x23 = call(sfilter, x10, x22);
  const x24 = call(compose, size, x13);
  const x25 = call(valmax, x23, x24);
  const x26 = call(compose, size, x13);
  const x27 = call(matcher, x26, x25);
  const x28 = call(sfilter, x23, x27);
  const x29 = call(fork, multiply, first, last);
  const x30 = call(argmax, x28, x29);
  const x31 = call(interval, ZERO, TEN, ONE);
  const x32 = call(lbind, shift, x1);
  const x33 = call(lbind, multiply, x30);
  const x34 = call(compose, x32, x33);
  const x35 = call(mapply, x34, x31);
  const x36 = call(paint, x5, x35);
  return x36;
}

function verify_543a7ed5(I: Grid): unknown {
  const x0 = call(objects, I, T, F, T);
  const x1 = call(mapply, outbox, x0);
  const x2 = call(fill, I, THREE, x1);
  const x3 = call(mapply, delta, x0);
  const x4 = call(fill, x2, FOUR, x3);
  return x4;
}

function verify_54d82841(I: Grid): unknown {
  const x0 = call(objects, I, T, F, T);
  const x1 = call(mapply, delta, x0);
  const x2 = call(first, x0);
  const x3 = call(toindices, x2);
  const x4 = call(rbind, contained, x3);
  const x5 = call(portrait, x2);
  const x6 = call(apply, first, x1);
  const x7 = call(apply, last, x1);
  const x8 = call(branch, x5, x6, x7);
  const x9 = call(branch, x5, RIGHT, DOWN);
  const x10 = call(delta, x2);
  const x11 = call(center, x10);
  const x12 = call(add, x11, x9);
  const x13 = call(x4, x12);
  const x14 = call(branch, x5, width, height);
  const x15 = call(branch, x5, rbind, lbind);
  const x16 = call(x14, I);
  const x17 = call(decrement, x16);
  const x18 = call(x15, astuple, x17);
  const x19 = call(branch, x5, toivec, tojvec);
  const x20 = call(branch, x13, x19, x18);
  const x21 = call(apply, x20, x8);
  const x22 = call(fill, I, FOUR, x21);
  return x22;
}

function verify_54d9e175(I: Grid): unknown {
  const x0 = call(frontiers, I);
  const x1 = call(merge, x0);
  const x2 = call(leastcolor, x1);
  const x3 = call(shape, I);
  const x4 = call(canvas, x2, x3);
  const x5 = call(hconcat, I, x4);
  const x6 = call(objects, x5, F, F, T);
  const x7 = call(power, increment, FIVE);
  const x8 = call(lbind, remove, FIVE);
  const x9 = call(lbind, remove, ZERO);
  const x10 = call(chain, x8, x9, palette);
  const x11 = call(chain, x7, first, x10);
  const x12 = call(fork, recolor, x11, toindices);
  const x13 = call(mapply, x12, x6);
  const x14 = call(paint, I, x13);
  return x14;
}

function verify_5521c0d9(I: Grid): unknown {
  const x0 = call(asindices, I);
  const x1 = call(box, x0);
  const x2 = call(toobject, x1, I);
  const x3 = call(mostcolor, x2);
  const x4 = call(rbind, objects, T);
  const x5 = call(rbind, x4, F);
  const x6 = call(rbind, x5, T);
  const x7 = call(lbind, canvas, x3);
  const x8 = call(compose, x7, shape);
  const x9 = call(fork, hconcat, identity, x8);
  const x10 = call(compose, x6, x9);
  const x11 = call(lbind, apply, uppermost);
  const x12 = call(chain, maximum, x11, x10);
  const x13 = call(matcher, x12, ZERO);
  const x14 = call(astuple, identity, dmirror);
  const x15 = call(astuple, cmirror, hmirror);
  const x16 = call(combine, x14, x15);
  const x17 = call(rbind, rapply, I);
  const x18 = call(chain, first, x17, initset);
  const x19 = call(compose, x13, x18);
  const x20 = call(extract, x16, x19);
  const x21 = call(x20, I);
  const x22 = call(shape, x21);
  const x23 = call(canvas, x3, x22);
  const x24 = call(hconcat, x21, x23);
  const x25 = call(objects, x24, T, F, T);
  const x26 = call(compose, toivec, height);
  const x27 = call(fork, shift, identity, x26);
  const x28 = call(mapply, x27, x25);
  const x29 = call(mostcolor, I);
  const x30 = call(merge, x25);
  const x31 = call(fill, x21, x29, x30);
  const x32 = call(paint, x31, x28);
  const x33 = call(x20, x32);
  return x33;
}

function verify_5582e5ca(I: Grid): unknown {
  const x0 = call(mostcolor, I);
  const x1 = call(shape, I);
  const x2 = call(canvas, x0, x1);
  return x2;
}

function verify_5614dbcf(I: Grid): unknown {
  const x0 = call(canvas, ZERO, THREE_BY_THREE);
  const x1 = call(asindices, x0);
  const x2 = call(shape, I);
  const x3 = call(divide, x2, THREE);
  const x4 = call(first, x3);
  const x5 = call(last, x3);
  const x6 = call(interval, ZERO, x4, ONE);
  const x7 = call(interval, ZERO, x5, ONE);
  const x8 = call(product, x6, x7);
  const x9 = call(rbind, multiply, THREE);
  const x10 = call(apply, x9, x8);
  const x11 = call(matcher, first, FIVE);
  const x12 = call(compose, flip, x11);
  const x13 = call(rbind, sfilter, x12);
  const x14 = call(rbind, toobject, I);
  const x15 = call(lbind, shift, x1);
  const x16 = call(chain, x13, x14, x15);
  const x17 = call(compose, color, x16);
  const x18 = call(lbind, shift, x1);
  const x19 = call(fork, recolor, x17, x18);
  const x20 = call(mapply, x19, x10);
  const x21 = call(paint, I, x20);
  const x22 = call(downscale, x21, THREE);
  return x22;
}

function verify_56dc2b01(I: Grid): unknown {
  const x0 = call(ofcolor, I, TWO);
  const x1 = call(hline, x0);
  const x2 = call(branch, x1, dmirror, identity);
  const x3 = call(x2, I);
  const x4 = call(fgpartition, x3);
  const x5 = call(matcher, color, TWO);
  const x6 = call(compose, flip, x5);
  const x7 = call(extract, x4, x6);
  const x8 = call(ofcolor, x3, TWO);
  const x9 = call(leftmost, x8);
  const x10 = call(leftmost, x7);
  const x11 = call(greater, x9, x10);
  const x12 = call(manhattan, x7, x8);
  const x13 = call(decrement, x12);
  const x14 = call(branch, x11, identity, invert);
  const x15 = call(branch, x11, decrement, increment);
  const x16 = call(branch, x11, leftmost, rightmost);
  const x17 = call(x14, x13);
  const x18 = call(tojvec, x17);
  const x19 = call(shift, x7, x18);
  const x20 = call(x16, x19);
  const x21 = call(x15, x20);
  const x22 = call(tojvec, x21);
  const x23 = call(vfrontier, x22);
  const x24 = call(cover, x3, x7);
  const x25 = call(paint, x24, x19);
  const x26 = call(fill, x25, EIGHT, x23);
  const x27 = call(x2, x26);
  return x27;
}

function verify_56ff96f3(I: Grid): unknown {
  const x0 = call(fgpartition, I);
  const x1 = call(fork, recolor, color, backdrop);
  const x2 = call(mapply, x1, x0);
  const x3 = call(paint, I, x2);
  return x3;
}

function verify_57aa92db(I: Grid): unknown {
  const x0 = call(objects, I, F, T, T);
  const x1 = call(palette, I);
  const x2 = call(lbind, sfilter, x0);
  const x3 = call(rbind, compose, palette);
  const x4 = call(lbind, lbind, contained);
  const x5 = call(chain, x2, x3, x4);
  const x6 = call(compose, size, x5);
  const x7 = call(argmax, x1, x6);
  const x8 = call(rbind, colorcount, x7);
  const x9 = call(apply, x8, x0);
  const x10 = call(minimum, x9);
  const x11 = call(rbind, colorcount, x7);
  const x12 = call(matcher, x11, x10);
  const x13 = call(sfilter, x0, x12);
  const x14 = call(argmax, x13, size);
  const x15 = call(matcher, first, x7);
  const x16 = call(rbind, sfilter, x15);
  const x17 = call(lbind, upscale, x14);
  const x18 = call(chain, x17, width, x16);
  const x19 = call(compose, ulcorner, x16);
  const x20 = call(chain, ulcorner, x16, x18);
  const x21 = call(fork, subtract, x19, x20);
  const x22 = call(fork, shift, x18, x21);
  const x23 = call(rbind, other, x7);
  const x24 = call(compose, x23, palette);
  const x25 = call(compose, x16, x22);
  const x26 = call(fork, difference, x22, x25);
  const x27 = call(fork, recolor, x24, x26);
  const x28 = call(compose, x16, x22);
  const x29 = call(fork, combine, x28, x27);
  const x30 = call(remove, x14, x0);
  const x31 = call(mapply, x29, x30);
  const x32 = call(paint, I, x31);
  return x32;
}

function verify_5ad4f10b(I: Grid): unknown {
  const x0 = call(asindices, I);
  const x1 = call(box, x0);
  const x2 = call(toobject, x1, I);
  const x3 = call(mostcolor, x2);
  const x4 = call(palette, I);
  const x5 = call(remove, x3, x4);
  const x6 = call(lbind, chain, size);
  const x7 = call(rbind, x6, dneighbors);
  const x8 = call(lbind, lbind, intersection);
  const x9 = call(lbind, ofcolor, I);
  const x10 = call(chain, x7, x8, x9);
  const x11 = call(rbind, matcher, ZERO);
  const x12 = call(compose, x11, x10);
  const x13 = call(chain, flip, positive, size);
  const x14 = call(lbind, ofcolor, I);
  const x15 = call(fork, sfilter, x14, x12);
  const x16 = call(compose, x13, x15);
  const x17 = call(argmax, x5, x16);
  const x18 = call(other, x5, x17);
  const x19 = call(ofcolor, I, x17);
  const x20 = call(subgrid, x19, I);
  const x21 = call(switch_, x20, x17, x18);
  const x22 = call(replace, x21, x17, x3);
  const x23 = call(lbind, downscale, x22);
  const x24 = call(fork, upscale, x23, identity);
  const x25 = call(matcher, x24, x22);
  const x26 = call(shape, x22);
  const x27 = call(maximum, x26);
  const x28 = call(interval, ONE, x27, ONE);
  const x29 = call(sfilter, x28, x25);
  const x30 = call(maximum, x29);
  const x31 = call(downscale, x22, x30);
  return x31;
}

function verify_5bd6f4ac(I: Grid): unknown {
  const x0 = call(rot270, I);
  const x1 = call(crop, x0, ORIGIN, THREE_BY_THREE);
  const x2 = call(rot90, x1);
  return x2;
}

function verify_5c0a986e(I: Grid): unknown {
  const x0 = call(objects, I, T, F, T);
  const x1 = call(colorfilter, x0, TWO);
  const x2 = call(colorfilter, x0, ONE);
  const x3 = call(lbind, recolor, TWO);
  const x4 = call(rbind, shoot, UNITY);
  const x5 = call(chain, x3, x4, lrcorner);
  const x6 = call(lbind, recolor, ONE);
  const x7 = call(rbind, shoot, NEG_UNITY);
  const x8 = call(chain, x6, x7, ulcorner);
  const x9 = call(mapply, x5, x1);
  const x10 = call(mapply, x8, x2);
  const x11 = call(combine, x9, x10);
  const x12 = call(paint, I, x11);
  return x12;
}

function verify_5c2c9af4(I: Grid): unknown {
  const x0 = call(leastcolor, I);
  const x1 = call(ofcolor, I, x0);
  const x2 = call(height, x1);
  const x3 = call(halve, x2);
  const x4 = call(width, x1);
  const x5 = call(halve, x4);
  const x6 = call(ulcorner, x1);
  const x7 = call(lrcorner, x1);
  const x10 = call(multiply, THREE, TEN);
  const x11 = call(interval, ZERO, x10, ONE);
  const x12 = call(rbind, multiply, x3);
  const x13 = call(apply, x12, x11);
  const x14 = call(rbind, multiply, x5);
  const x15 = call(apply, x14, x11);
  const x16 = call(pair, x13, x15);
  const x17 = call(rbind, add, x6);
  const x18 = call(apply, invert, x16);
  const x19 = call(apply, x17, x18);
  const x20 = call(rbind, add, x7);
  const x21 = call(apply, x20, x16);
  const x22 = call(pair, x19, x21);
  const x23 = call(mapply, box, x22);
  const x24 = call(fill, I, x0, x23);
  return x24;
}

function verify_5daaa586(I: Grid): unknown {
  const x0 = call(mostcolor, I);
  const x1 = call(objects, I, T, F, F);
  const x2 = call(colorfilter, x1, x0);
  const x3 = call(rbind, bordering, I);
  const x4 = call(compose, flip, x3);
  const x5 = call(mfilter, x2, x4);
  const x6 = call(outbox, x5);
  const x7 = call(subgrid, x6, I);
  const x8 = call(trim, x7);
  const x9 = call(palette, x8);
  const x10 = call(matcher, identity, x0);
  const x11 = call(argmin, x9, x10);
  const x12 = call(trim, x7);
  const x13 = call(ofcolor, x12, x11);
  const x14 = call(shift, x13, UNITY);
  const x15 = call(ofcolor, x7, x11);
  const x16 = call(difference, x15, x14);
  const x17 = call(compose, first, first);
  const x18 = call(compose, first, last);
  const x19 = call(fork, equality, x17, x18);
  const x20 = call(compose, last, first);
  const x21 = call(compose, last, last);
  const x22 = call(fork, equality, x20, x21);
  const x23 = call(fork, either, x19, x22);
  const x24 = call(product, x14, x16);
  const x25 = call(sfilter, x24, x23);
  const x26 = call(fork, connect, first, last);
  const x27 = call(mapply, x26, x25);
  const x28 = call(fill, x7, x11, x27);
  return x28;
}

function verify_60b61512(I: Grid): unknown {
  const x0 = call(objects, I, T, T, T);
  const x1 = call(mapply, delta, x0);
  const x2 = call(fill, I, SEVEN, x1);
  return x2;
}

function verify_6150a2bd(I: Grid): unknown {
  const x0 = call(rot180, I);
  return x0;
}

function verify_623ea044(I: Grid): unknown {
  const x0 = call(leastcolor, I);
  const x1 = call(ofcolor, I, x0);
  const x2 = call(rbind, shoot, UNITY);
  const x3 = call(rbind, shoot, NEG_UNITY);
  const x4 = call(fork, combine, x2, x3);
  const x5 = call(rbind, shoot, UP_RIGHT);
  const x6 = call(rbind, shoot, DOWN_LEFT);
  const x7 = call(fork, combine, x5, x6);
  const x8 = call(fork, combine, x4, x7);
  const x9 = call(mapply, x8, x1);
  const x10 = call(fill, I, x0, x9);
  return x10;
}

function verify_62c24649(I: Grid): unknown {
  const x0 = call(vmirror, I);
  const x1 = call(hconcat, I, x0);
  const x2 = call(hmirror, x1);
  const x3 = call(vconcat, x1, x2);
  return x3;
}

function verify_63613498(I: Grid): unknown {
  const x0 = call(objects, I, T, F, T);
  const x1 = call(mostcolor, I);
  const x2 = call(fork, add, height, width);
  const x3 = call(compose, decrement, x2);
  const x4 = call(fork, equality, x3, size);
  const x5 = call(rbind, bordering, I);
  const x6 = call(fork, both, x4, x5);
  const x7 = call(rbind, toobject, I);
  const x8 = call(chain, numcolors, x7, delta);
  const x9 = call(matcher, x8, TWO);
  const x10 = call(fork, both, x6, x9);
  const x11 = call(sfilter, x0, x10);
  const x12 = call(argmax, x11, size);
  const x13 = call(delta, x12);
  const x14 = call(toobject, x13, I);
  const x15 = call(matcher, first, x1);
  const x16 = call(compose, flip, x15);
  const x17 = call(sfilter, x14, x16);
  const x18 = call(normalize, x17);
  const x19 = call(toindices, x18);
  const x20 = call(compose, toindices, normalize);
  const x21 = call(matcher, x20, x19);
  const x22 = call(remove, x17, x0);
  const x23 = call(argmax, x22, x21);
  const x24 = call(color, x12);
  const x25 = call(fill, I, x24, x23);
  return x25;
}

function verify_6430c8c4(I: Grid): unknown {
  const x0 = call(frontiers, I);
  const x1 = call(sfilter, x0, hline);
  const x2 = call(size, x1);
  const x3 = call(positive, x2);
  const x4 = call(branch, x3, tophalf, lefthalf);
  const x5 = call(branch, x3, bottomhalf, righthalf);
  const x6 = call(x4, I);
  const x7 = call(x5, I);
  const x8 = call(shape, x6);
  const x9 = call(palette, x6);
  const x10 = call(palette, x7);
  const x11 = call(intersection, x9, x10);
  const x12 = call(first, x11);
  const x13 = call(ofcolor, x6, x12);
  const x14 = call(ofcolor, x7, x12);
  const x15 = call(intersection, x13, x14);
  const x16 = call(canvas, x12, x8);
  const x17 = call(fill, x16, THREE, x15);
  return x17;
}

function verify_6455b5f5(I: Grid): unknown {
  const x0 = call(objects, I, T, F, F);
  const x1 = call(asindices, I);
  const x2 = call(corners, x1);
  const x3 = call(toobject, x2, I);
  const x4 = call(mostcolor, x3);
  const x5 = call(colorfilter, x0, x4);
  const x6 = call(valmax, x5, size);
  const x7 = call(valmin, x5, size);
  const x8 = call(sizefilter, x5, x6);
  const x9 = call(sizefilter, x5, x7);
  const x10 = call(merge, x8);
  const x11 = call(fill, I, ONE, x10);
  const x12 = call(merge, x9);
  const x13 = call(fill, x11, EIGHT, x12);
  return x13;
}

function verify_662c240a(I: Grid): unknown {
  const x0 = call(portrait, I);
  const x1 = call(branch, x0, vsplit, hsplit);
  const x2 = call(shape, I);
  const x3 = call(maximum, x2);
  const x4 = call(minimum, x2);
  const x5 = call(divide, x3, x4);
  const x6 = call(x1, I, x5);
  const x7 = call(fork, equality, identity, dmirror);
  const x8 = call(compose, flip, x7);
  const x9 = call(extract, x6, x8);
  return x9;
}

function verify_67385a82(I: Grid): unknown {
  const x0 = call(objects, I, T, F, F);
  const x1 = call(palette, I);
  const x2 = call(other, x1, ZERO);
  const x3 = call(colorfilter, x0, x2);
  const x4 = call(sizefilter, x3, ONE);
  const x5 = call(difference, x3, x4);
  const x6 = call(merge, x5);
  const x7 = call(fill, I, EIGHT, x6);
  return x7;
}

function verify_673ef223(I: Grid): unknown {
  const x0 = call(objects, I, T, F, T);
  const x1 = call(merge, x0);
  const x2 = call(palette, x1);
  const x3 = call(lbind, colorfilter, x0);
  const x4 = call(compose, size, x3);
  const x5 = call(matcher, x4, TWO);
  const x6 = call(asindices, I);
  const x7 = call(box, x6);
  const x8 = call(rbind, difference, x7);
  const x9 = call(lbind, ofcolor, I);
  const x10 = call(chain, size, x8, x9);
  const x11 = call(matcher, x10, ZERO);
  const x12 = call(rbind, greater, ONE);
  const x13 = call(lbind, apply, size);
  const x14 = call(lbind, colorfilter, x0);
  const x15 = call(compose, x13, x14);
  const x16 = call(chain, x12, minimum, x15);
  const x17 = call(fork, both, x11, x16);
  const x18 = call(fork, both, x5, x17);
  const x19 = call(extract, x2, x18);
  const x20 = call(other, x2, x19);
  const x21 = call(ofcolor, I, x20);
  const x22 = call(colorfilter, x0, x19);
  const x23 = call(rbind, vmatching, x21);
  const x24 = call(rbind, hmatching, x21);
  const x25 = call(fork, either, x23, x24);
  const x26 = call(extract, x22, x25);
  const x27 = call(other, x22, x26);
  const x28 = call(rbind, gravitate, x26);
  const x29 = call(compose, x28, initset);
  const x30 = call(fork, add, identity, x29);
  const x31 = call(fork, connect, identity, x30);
  const x32 = call(mapply, x31, x21);
  const x33 = call(fill, I, x20, x32);
  const x34 = call(fill, x33, FOUR, x21);
  const x35 = call(ofcolor, I, x19);
  const x36 = call(apply, first, x35);
  const x37 = call(size, x36);
  const x38 = call(apply, last, x35);
  const x39 = call(size, x38);
  const x40 = call(greater, x37, x39);
  const x41 = call(compose, toivec, first);
  const x42 = call(compose, tojvec, last);
  const x43 = call(branch, x40, x41, x42);
  const x44 = call(branch, x40, hfrontier, vfrontier);
  const x45 = call(ulcorner, x26);
  const x46 = call(ulcorner, x27);
  const x47 = call(subtract, x46, x45);
  const x48 = call(x43, x47);
  const x49 = call(shift, x21, x48);
  const x50 = call(mapply, x44, x49);
  const x51 = call(fill, x34, x20, x50);
  const x52 = call(fill, x51, x19, x35);
  return x52;
}

function verify_6773b310(I: Grid): unknown {
  const x0 = call(frontiers, I);
  const x1 = call(merge, x0);
  const x2 = call(color, x1);
  const x3 = call(shape, I);
  const x4 = call(canvas, x2, x3);
  const x5 = call(hconcat, I, x4);
  const x6 = call(palette, I);
  const x7 = call(remove, x2, x6);
  const x8 = call(lbind, colorcount, I);
  const x9 = call(argmin, x7, x8);
  const x10 = call(other, x7, x9);
  const x11 = call(objects, x5, F, T, T);
  const x12 = call(rbind, colorcount, x9);
  const x13 = call(valmax, x11, x12);
  const x14 = call(rbind, colorcount, x9);
  const x15 = call(matcher, x14, x13);
  const x16 = call(sfilter, x11, x15);
  const x17 = call(apply, ulcorner, x16);
  const x18 = call(first, x11);
  const x19 = call(shape, x18);
  const x20 = call(increment, x19);
  const x21 = call(rbind, divide, x20);
  const x22 = call(apply, x21, x17);
  const x23 = call(sfilter, x0, hline);
  const x24 = call(size, x23);
  const x25 = call(sfilter, x0, vline);
  const x26 = call(size, x25);
  const x27 = call(astuple, x24, x26);
  const x28 = call(increment, x27);
  const x29 = call(canvas, x10, x28);
  const x30 = call(fill, x29, ONE, x22);
  return x30;
}

function verify_67a3c6ac(I: Grid): unknown {
  const x0 = call(vmirror, I);
  return x0;
}

function verify_67a423a3(I: Grid): unknown {
  const x0 = call(mostcolor, I);
  const x1 = call(palette, I);
  const x2 = call(remove, x0, x1);
  const x3 = call(totuple, x2);
  const x4 = call(first, x3);
  const x5 = call(last, x3);
  const x6 = call(ofcolor, I, x4);
  const x7 = call(backdrop, x6);
  const x8 = call(ofcolor, I, x5);
  const x9 = call(backdrop, x8);
  const x10 = call(intersection, x7, x9);
  const x11 = call(outbox, x10);
  const x12 = call(fill, I, FOUR, x11);
  return x12;
}

function verify_67e8384a(I: Grid): unknown {
  const x0 = call(vmirror, I);
  const x1 = call(hconcat, I, x0);
  const x2 = call(hmirror, x1);
  const x3 = call(vconcat, x1, x2);
  return x3;
}

function verify_681b3aeb(I: Grid): unknown {
  const x0 = call(objects, I, T, T, T);
  const x1 = call(totuple, x0);
  const x2 = call(first, x1);
  const x3 = call(normalize, x2);
  const x4 = call(last, x1);
  const x5 = call(normalize, x4);
  const x6 = call(color, x3);
  const x7 = call(color, x5);
  const x8 = call(toindices, x3);
  const x9 = call(toindices, x5);
  const x10 = call(fork, multiply, height, width);
  const x11 = call(fork, equality, size, x10);
  const x12 = call(lbind, shift, x8);
  const x13 = call(lbind, shift, x9);
  const x14 = call(compose, x12, first);
  const x15 = call(compose, x13, last);
  const x16 = call(fork, intersection, x14, x15);
  const x17 = call(compose, size, x16);
  const x18 = call(compose, x12, first);
  const x19 = call(compose, x13, last);
  const x20 = call(fork, combine, x18, x19);
  const x21 = call(compose, x11, x20);
  const x22 = call(matcher, x17, ZERO);
  const x23 = call(fork, both, x22, x21);
  const x24 = call(valmax, x1, height);
  const x25 = call(valmax, x1, width);
  const x26 = call(interval, ZERO, x24, ONE);
  const x27 = call(interval, ZERO, x25, ONE);
  const x28 = call(product, x26, x27);
  const x29 = call(product, x28, x28);
  const x30 = call(argmax, x29, x23);
  const x31 = call(first, x30);
  const x32 = call(shift, x8, x31);
  const x33 = call(last, x30);
  const x34 = call(shift, x9, x33);
  const x35 = call(combine, x32, x34);
  const x36 = call(shape, x35);
  const x37 = call(canvas, x7, x36);
  const x38 = call(ulcorner, x35);
  const x39 = call(invert, x38);
  const x40 = call(shift, x32, x39);
  const x41 = call(fill, x37, x6, x40);
  return x41;
}

function verify_6855a6e4(I: Grid): unknown {
  const x0 = call(partition, I);
  const x1 = call(fork, difference, toindices, box);
  const x2 = call(compose, size, x1);
  const x3 = call(matcher, x2, ZERO);
  const x4 = call(rbind, add, FOUR);
  const x5 = call(chain, x4, double, width);
  const x6 = call(fork, equality, size, x5);
  const x7 = call(chain, x4, double, height);
  const x8 = call(fork, equality, size, x7);
  const x9 = call(fork, either, x6, x8);
  const x10 = call(fork, both, x3, x9);
  const x11 = call(extract, x0, x10);
  const x12 = call(toindices, x11);
  const x13 = call(center, x11);
  const x14 = call(vfrontier, x13);
  const x15 = call(intersection, x12, x14);
  const x16 = call(size, x15);
  const x17 = call(positive, x16);
  const x18 = call(branch, x17, dmirror, identity);
  const x19 = call(x18, I);
  const x20 = call(color, x11);
  const x21 = call(palette, I);
  const x22 = call(remove, x20, x21);
  const x23 = call(lbind, colorcount, I);
  const x24 = call(argmin, x22, x23);
  const x25 = call(other, x22, x24);
  const x26 = call(ofcolor, x19, x24);
  const x27 = call(ofcolor, x19, x20);
  const x28 = call(leftmost, x27);
  const x29 = call(lbind, greater, x28);
  const x30 = call(compose, x29, last);
  const x31 = call(sfilter, x26, x30);
  const x32 = call(difference, x26, x31);
  const x33 = call(vmirror, x31);
  const x34 = call(leftmost, x27);
  const x35 = call(leftmost, x31);
  const x36 = call(subtract, x34, x35);
  const x37 = call(add, TWO, x36);
  const x38 = call(tojvec, x37);
  const x39 = call(shift, x33, x38);
  const x40 = call(vmirror, x32);
  const x41 = call(rightmost, x32);
  const x42 = call(rightmost, x27);
  const x43 = call(subtract, x41, x42);
  const x44 = call(add, TWO, x43);
  const x45 = call(tojvec, x44);
  const x46 = call(invert, x45);
  const x47 = call(shift, x40, x46);
  const x48 = call(fill, x19, x25, x26);
  const x49 = call(combine, x39, x47);
  const x50 = call(fill, x48, x24, x49);
  const x51 = call(x18, x50);
  return x51;
}

function verify_68b16354(I: Grid): unknown {
  const x0 = call(hmirror, I);
  return x0;
}

function verify_694f12f3(I: Grid): unknown {
  const x0 = call(objects, I, T, F, F);
  const x1 = call(fork, multiply, height, width);
  const x2 = call(fork, equality, size, x1);
  const x3 = call(sfilter, x0, x2);
  const x4 = call(compose, backdrop, inbox);
  const x5 = call(argmin, x3, size);
  const x6 = call(argmax, x3, size);
  const x7 = call(x4, x5);
  const x8 = call(x4, x6);
  const x9 = call(fill, I, ONE, x7);
  const x10 = call(fill, x9, TWO, x8);
  return x10;
}

function verify_6a1e5592(I: Grid): unknown {
  const x0 = call(astuple, identity, dmirror);
  const x1 = call(astuple, cmirror, hmirror);
  const x2 = call(combine, x0, x1);
  const x3 = call(fork, vsplit, identity, height);
  const x4 = call(chain, asobject, first, x3);
  const x5 = call(mostcolor, I);
  const x6 = call(lbind, chain, numcolors);
  const x7 = call(lbind, x6, x4);
  const x8 = call(lbind, chain, color);
  const x9 = call(lbind, x8, x4);
  const x10 = call(rbind, rapply, I);
  const x11 = call(compose, initset, x7);
  const x12 = call(chain, first, x10, x11);
  const x13 = call(rbind, rapply, I);
  const x14 = call(compose, initset, x9);
  const x15 = call(chain, first, x13, x14);
  const x16 = call(matcher, x12, ONE);
  const x17 = call(matcher, x15, x5);
  const x18 = call(compose, flip, x17);
  const x19 = call(fork, both, x16, x18);
  const x20 = call(argmax, x2, x19);
  const x21 = call(x20, I);
  const x22 = call(x4, x21);
  const x23 = call(color, x22);
  const x24 = call(palette, x21);
  const x25 = call(remove, x23, x24);
  const x26 = call(other, x25, x5);
  const x27 = call(objects, x21, T, T, T);
  const x28 = call(colorfilter, x27, x26);
  const x29 = call(ofcolor, x21, x23);
  const x30 = call(ofcolor, x21, x5);
  const x31 = call(mapply, neighbors, x30);
  const x32 = call(mapply, neighbors, x31);
  const x33 = call(lowermost, x29);
  const x34 = call(dneighbors, ORIGIN);
  const x35 = call(remove, DOWN, x34);
  const x36 = call(rbind, mapply, x35);
  const x37 = call(lbind, chain, x36);
  const x38 = call(lbind, lbind, add);
  const x39 = call(rbind, x37, x38);
  const x40 = call(lbind, lbind, compose);
  const x41 = call(lbind, lbind, shift);
  const x42 = call(chain, x39, x40, x41);
  const x43 = call(lbind, chain, size);
  const x44 = call(rbind, intersection, x29);
  const x45 = call(lbind, x43, x44);
  const x46 = call(rbind, matcher, ZERO);
  const x47 = call(lbind, lbind, shift);
  const x48 = call(chain, x46, x45, x47);
  const x49 = call(rbind, chain, first);
  const x50 = call(rbind, x49, decrement);
  const x51 = call(lbind, greater, x33);
  const x52 = call(x50, x51);
  const x53 = call(rbind, sfilter, x52);
  const x54 = call(lbind, compose, x53);
  const x55 = call(lbind, chain, size);
  const x56 = call(rbind, difference, x30);
  const x57 = call(lbind, x55, x56);
  const x58 = call(rbind, matcher, ZERO);
  const x59 = call(lbind, lbind, shift);
  const x60 = call(chain, x58, x57, x59);
  const x61 = call(lbind, chain, size);
  const x62 = call(rbind, intersection, x30);
  const x63 = call(lbind, x61, x62);
  const x64 = call(lbind, fork, difference);
  const x65 = call(compose, x54, x42);
  const x66 = call(lbind, lbind, shift);
  const x67 = call(fork, x64, x65, x66);
  const x68 = call(compose, x63, x67);
  const x69 = call(rbind, matcher, ZERO);
  const x70 = call(compose, x69, x68);
  const x71 = call(lbind, fork, both);
  const x72 = call(fork, x71, x70, x60);
  const x73 = call(lbind, fork, both);
  const x74 = call(fork, x73, x48, x72);
  const x75 = call(compose, normalize, toindices);
  const x76 = call(lbind, sfilter, x32);
  const x77 = call(chain, x76, x74, x75);
  const x78 = call(rbind, argmin, first);
  const x79 = call(compose, x78, x77);
  const x80 = call(fork, shift, x75, x79);
  const x81 = call(mapply, x80, x28);
  const x82 = call(merge, x28);
  const x83 = call(cover, x21, x82);
  const x84 = call(fill, x83, ONE, x81);
  const x85 = call(x20, x84);
  return x85;
}

function verify_6aa20dc0(I: Grid): unknown {
  const x0 = call(objects, I, F, T, T);
  const x1 = call(mostcolor, I);
  const x2 = call(valmax, x0, numcolors);
  const x3 = call(matcher, numcolors, x2);
  const x4 = call(mfilter, x0, x3);
  const x5 = call(backdrop, x4);
  const x6 = call(toobject, x5, I);
  const x7 = call(matcher, first, x1);
  const x8 = call(compose, flip, x7);
  const x9 = call(sfilter, x6, x8);
  const x10 = call(mostcolor, x9);
  const x11 = call(initset, identity);
  const x12 = call(insert, dmirror, x11);
  const x13 = call(insert, cmirror, x12);
  const x14 = call(insert, hmirror, x13);
  const x15 = call(insert, vmirror, x14);
  const x16 = call(shape, I);
  const x17 = call(add, TWO, x16);
  const x18 = call(canvas, x1, x17);
  const x19 = call(asobject, I);
  const x20 = call(shift, x19, UNITY);
  const x21 = call(paint, x18, x20);
  const x22 = call(interval, ONE, FIVE, ONE);
  const x23 = call(matcher, first, x10);
  const x24 = call(compose, flip, x23);
  const x25 = call(rbind, sfilter, x24);
  const x26 = call(compose, normalize, x25);
  const x27 = call(chain, normalize, toindices, x26);
  const x28 = call(lbind, upscale, x9);
  const x29 = call(compose, initset, last);
  const x30 = call(compose, x28, first);
  const x31 = call(fork, rapply, x29, x30);
  const x32 = call(chain, normalize, first, x31);
  const x33 = call(compose, normalize, x26);
  const x34 = call(lbind, recolor, x1);
  const x35 = call(lbind, mapply, dneighbors);
  const x36 = call(compose, x35, x27);
  const x37 = call(fork, difference, x36, x27);
  const x38 = call(compose, x34, x37);
  const x39 = call(fork, combine, x33, x38);
  const x40 = call(compose, x39, x32);
  const x41 = call(lbind, lbind, shift);
  const x42 = call(chain, ulcorner, x26, x32);
  const x43 = call(fork, shift, x32, x42);
  const x44 = call(compose, x41, x43);
  const x45 = call(lbind, occurrences, x21);
  const x46 = call(compose, x45, x40);
  const x47 = call(fork, mapply, x44, x46);
  const x48 = call(product, x22, x15);
  const x49 = call(mapply, x47, x48);
  const x50 = call(paint, I, x49);
  return x50;
}

function verify_6b9890af(I: Grid): unknown {
  const x0 = call(objects, I, T, T, T);
  const x1 = call(fork, equality, toindices, box);
  const x2 = call(sfilter, x0, x1);
  const x3 = call(fork, multiply, height, width);
  const x4 = call(argmax, x2, x3);
  const x5 = call(fgpartition, I);
  const x6 = call(merge, x5);
  const x7 = call(difference, x6, x4);
  const x8 = call(subgrid, x4, I);
  const x9 = call(subgrid, x7, I);
  const x10 = call(height, x8);
  const x11 = call(subtract, x10, TWO);
  const x12 = call(height, x9);
  const x13 = call(divide, x11, x12);
  const x14 = call(width, x8);
  const x15 = call(subtract, x14, TWO);
  const x16 = call(width, x9);
  const x17 = call(divide, x15, x16);
  const x18 = call(hupscale, x9, x17);
  const x19 = call(vupscale, x18, x13);
  const x20 = call(asobject, x19);
  const x21 = call(shift, x20, UNITY);
  const x22 = call(paint, x8, x21);
  return x22;
}

function verify_6c434453(I: Grid): unknown {
  const x0 = call(objects, I, T, F, T);
  const x1 = call(rbind, greater, TWO);
  const x2 = call(chain, x1, minimum, shape);
  const x3 = call(sfilter, x0, x2);
  const x4 = call(fork, equality, toindices, box);
  const x5 = call(sfilter, x3, x4);
  const x6 = call(mostcolor, I);
  const x7 = call(merge, x5);
  const x8 = call(fill, I, x6, x7);
  const x9 = call(compose, hfrontier, center);
  const x10 = call(compose, vfrontier, center);
  const x11 = call(fork, combine, x9, x10);
  const x12 = call(fork, intersection, x11, backdrop);
  const x13 = call(mapply, x12, x5);
  const x14 = call(fill, x8, TWO, x13);
  return x14;
}

function verify_6cdd2623(I: Grid): unknown {
  const x0 = call(asindices, I);
  const x1 = call(box, x0);
  const x2 = call(rbind, difference, x1);
  const x3 = call(chain, size, x2, toindices);
  const x4 = call(matcher, x3, ZERO);
  const x5 = call(partition, I);
  const x6 = call(sfilter, x5, x4);
  const x7 = call(argmax, x6, size);
  const x8 = call(color, x7);
  const x9 = call(toindices, x7);
  const x10 = call(fork, either, hline, vline);
  const x11 = call(prapply, connect, x9, x9);
  const x12 = call(compose, flip, x4);
  const x13 = call(fork, both, x12, x10);
  const x14 = call(mfilter, x11, x13);
  const x15 = call(mostcolor, I);
  const x16 = call(shape, I);
  const x17 = call(canvas, x15, x16);
  const x18 = call(fill, x17, x8, x14);
  return x18;
}

function verify_6cf79266(I: Grid): unknown {
  const x0 = call(canvas, ZERO, THREE_BY_THREE);
  const x1 = call(asobject, x0);
  const x2 = call(occurrences, I, x1);
  const x3 = call(lbind, shift, x1);
  const x4 = call(mapply, x3, x2);
  const x5 = call(fill, I, ONE, x4);
  return x5;
}

function verify_6d0160f0(I: Grid): unknown {
  const x0 = call(frontiers, I);
  const x1 = call(merge, x0);
  const x2 = call(mostcolor, x1);
  const x3 = call(shape, I);
  const x4 = call(canvas, NEG_ONE, x3);
  const x5 = call(hconcat, I, x4);
  const x6 = call(fill, x5, NEG_ONE, x1);
  const x7 = call(objects, x6, F, F, T);
  const x8 = call(lbind, contained, FOUR);
  const x9 = call(compose, x8, palette);
  const x10 = call(extract, x7, x9);
  const x11 = call(lbind, sfilter, x7);
  const x12 = call(compose, size, x11);
  const x13 = call(rbind, compose, palette);
  const x14 = call(lbind, lbind, contained);
  const x15 = call(chain, x12, x13, x14);
  const x16 = call(merge, x7);
  const x17 = call(palette, I);
  const x18 = call(remove, x2, x17);
  const x19 = call(valmax, x18, x15);
  const x20 = call(matcher, x15, x19);
  const x21 = call(sfilter, x18, x20);
  const x22 = call(lbind, colorcount, x16);
  const x23 = call(argmax, x21, x22);
  const x24 = call(shape, I);
  const x25 = call(canvas, x23, x24);
  const x26 = call(paint, x25, x1);
  const x27 = call(normalize, x10);
  const x28 = call(matcher, first, x2);
  const x29 = call(compose, flip, x28);
  const x30 = call(sfilter, x27, x29);
  const x31 = call(shape, x27);
  const x32 = call(increment, x31);
  const x33 = call(matcher, first, FOUR);
  const x34 = call(sfilter, x27, x33);
  const x35 = call(center, x34);
  const x36 = call(multiply, x32, x35);
  const x37 = call(shift, x30, x36);
  const x38 = call(paint, x26, x37);
  return x38;
}

function verify_6d0aefbc(I: Grid): unknown {
  const x0 = call(vmirror, I);
  const x1 = call(hconcat, I, x0);
  return x1;
}

function verify_6d58a25d(I: Grid): unknown {
  const x0 = call(astuple, ONE, THREE);
  const x1 = call(astuple, TWO, FOUR);
  const x2 = call(initset, x1);
  const x3 = call(insert, TWO_BY_TWO, x2);
  const x4 = call(insert, x0, x3);
  const x5 = call(tojvec, THREE);
  const x6 = call(toivec, THREE);
  const x7 = call(connect, x5, x6);
  const x8 = call(astuple, THREE, SIX);
  const x9 = call(connect, x5, x8);
  const x10 = call(combine, x7, x9);
  const x11 = call(combine, x4, x10);
  const x12 = call(lbind, contained, x11);
  const x13 = call(compose, normalize, toindices);
  const x14 = call(lbind, apply, x13);
  const x15 = call(chain, x12, x14, partition);
  const x16 = call(astuple, identity, identity);
  const x17 = call(astuple, rot90, rot270);
  const x18 = call(astuple, x16, x17);
  const x19 = call(astuple, rot180, rot180);
  const x20 = call(astuple, rot270, rot90);
  const x21 = call(astuple, x19, x20);
  const x22 = call(combine, x18, x21);
  const x23 = call(rbind, rapply, I);
  const x24 = call(compose, initset, first);
  const x25 = call(chain, first, x23, x24);
  const x26 = call(compose, x15, x25);
  const x27 = call(extract, x22, x26);
  const x28 = call(first, x27);
  const x29 = call(last, x27);
  const x30 = call(x28, I);
  const x31 = call(palette, I);
  const x32 = call(lbind, ofcolor, x30);
  const x33 = call(compose, normalize, x32);
  const x34 = call(matcher, x33, x11);
  const x35 = call(extract, x31, x34);
  const x36 = call(remove, x35, x31);
  const x37 = call(lbind, colorcount, x30);
  const x38 = call(argmin, x36, x37);
  const x39 = call(ofcolor, x30, x38);
  const x40 = call(ofcolor, x30, x35);
  const x41 = call(compose, positive, size);
  const x42 = call(rbind, intersection, x40);
  const x43 = call(rbind, shoot, UP);
  const x44 = call(chain, x41, x42, x43);
  const x45 = call(sfilter, x39, x44);
  const x46 = call(height, x30);
  const x47 = call(rbind, valmax, first);
  const x48 = call(lbind, sfilter, x40);
  const x49 = call(lbind, matcher, last);
  const x50 = call(chain, x48, x49, last);
  const x51 = call(chain, increment, x47, x50);
  const x52 = call(fork, astuple, x51, last);
  const x53 = call(decrement, x46);
  const x54 = call(lbind, astuple, x53);
  const x55 = call(compose, x54, last);
  const x56 = call(fork, connect, x52, x55);
  const x57 = call(mapply, x56, x45);
  const x58 = call(fill, x30, x38, x57);
  const x59 = call(x29, x58);
  return x59;
}

function verify_6d75e8bb(I: Grid): unknown {
  const x0 = call(partition, I);
  const x1 = call(argmin, x0, size);
  const x2 = call(delta, x1);
  const x3 = call(fill, I, TWO, x2);
  return x3;
}

function verify_6e02f1e3(I: Grid): unknown {
  const x0 = call(numcolors, I);
  const x1 = call(equality, x0, THREE);
  const x2 = call(height, I);
  const x3 = call(decrement, x2);
  const x4 = call(toivec, x3);
  const x5 = call(branch, x1, x4, ORIGIN);
  const x6 = call(equality, x0, TWO);
  const x7 = call(shape, I);
  const x8 = call(decrement, x7);
  const x9 = call(width, I);
  const x10 = call(decrement, x9);
  const x11 = call(tojvec, x10);
  const x12 = call(branch, x6, x8, x11);
  const x13 = call(shape, I);
  const x14 = call(canvas, ZERO, x13);
  const x15 = call(connect, x5, x12);
  const x16 = call(fill, x14, FIVE, x15);
  return x16;
}

function verify_6e19193c(I: Grid): unknown {
  const x0 = call(objects, I, T, F, T);
  const x1 = call(rbind, shoot, UNITY);
  const x2 = call(rbind, add, UNITY);
  const x3 = call(chain, x1, x2, lrcorner);
  const x4 = call(fork, recolor, color, x3);
  const x5 = call(rbind, shoot, UP_RIGHT);
  const x6 = call(rbind, add, UP_RIGHT);
  const x7 = call(chain, x5, x6, urcorner);
  const x8 = call(fork, recolor, color, x7);
  const x9 = call(rbind, shoot, NEG_UNITY);
  const x10 = call(rbind, add, NEG_UNITY);
  const x11 = call(chain, x9, x10, ulcorner);
  const x12 = call(fork, recolor, color, x11);
  const x13 = call(rbind, shoot, DOWN_LEFT);
  const x14 = call(rbind, add, DOWN_LEFT);
  const x15 = call(chain, x13, x14, llcorner);
  const x16 = call(fork, recolor, color, x15);
  const x17 = call(fork, remove, lrcorner, toindices);
  const x18 = call(fork, equality, toindices, x17);
  const x19 = call(sfilter, x0, x18);
  const x20 = call(fork, remove, urcorner, toindices);
  const x21 = call(fork, equality, toindices, x20);
  const x22 = call(sfilter, x0, x21);
  const x23 = call(fork, remove, ulcorner, toindices);
  const x24 = call(fork, equality, toindices, x23);
  const x25 = call(sfilter, x0, x24);
  const x26 = call(fork, remove, llcorner, toindices);
  const x27 = call(fork, equality, toindices, x26);
  const x28 = call(sfilter, x0, x27);
  const x29 = call(mapply, x4, x19);
  const x30 = call(mapply, x8, x22);
  const x31 = call(combine, x29, x30);
  const x32 = call(mapply, x12, x25);
  const x33 = call(mapply, x16, x28);
  const x34 = call(combine, x32, x33);
  const x35 = call(combine, x31, x34);
  const x36 = call(paint, I, x35);
  return x36;
}

function verify_6e82a1ae(I: Grid): unknown {
  const x0 = call(objects, I, T, F, T);
  const x1 = call(matcher, size, TWO);
  const x2 = call(mfilter, x0, x1);
  const x3 = call(matcher, size, THREE);
  const x4 = call(mfilter, x0, x3);
  const x5 = call(matcher, size, FOUR);
  const x6 = call(mfilter, x0, x5);
  const x7 = call(fill, I, THREE, x2);
  const x8 = call(fill, x7, TWO, x4);
  const x9 = call(fill, x8, ONE, x6);
  return x9;
}

function verify_6ecd11f4(I: Grid): unknown {
  const x0 = call(objects, I, F, T, T);
  const x1 = call(argmax, x0, numcolors);
  const x2 = call(argmin, x0, numcolors);
  const x3 = call(mostcolor, I);
  const x4 = call(shape, x2);
  const x5 = call(canvas, x3, x4);
  const x6 = call(normalize, x2);
  const x7 = call(paint, x5, x6);
  const x8 = call(height, x1);
  const x9 = call(width, x1);
  const x10 = call(height, x2);
  const x11 = call(width, x2);
  const x12 = call(normalize, x1);
  const x13 = call(divide, x10, x8);
  const x14 = call(divide, x11, x9);
  const x15 = call(width, x7);
  const x16 = call(interval, ZERO, x15, ONE);
  const x17 = call(height, x7);
  const x18 = call(interval, ZERO, x17, ONE);
  const x19 = call(rbind, multiply, x14);
  const x20 = call(rbind, divide, x14);
  const x21 = call(compose, x19, x20);
  const x22 = call(fork, equality, identity, x21);
  const x23 = call(rbind, multiply, x13);
  const x24 = call(rbind, divide, x13);
  const x25 = call(compose, x23, x24);
  const x26 = call(fork, equality, identity, x25);
  const x27 = call(lbind, apply, last);
  const x28 = call(compose, x22, first);
  const x29 = call(rbind, sfilter, x28);
  const x30 = call(lbind, pair, x16);
  const x31 = call(chain, x27, x29, x30);
  const x32 = call(compose, x31, last);
  const x33 = call(pair, x18, x7);
  const x34 = call(compose, x26, first);
  const x35 = call(sfilter, x33, x34);
  const x36 = call(apply, x32, x35);
  const x37 = call(color, x2);
  const x38 = call(ofcolor, x36, x37);
  const x39 = call(rbind, contained, x38);
  const x40 = call(compose, x39, last);
  const x41 = call(sfilter, x12, x40);
  const x42 = call(paint, x36, x41);
  return x42;
}

function verify_6f8cd79b(I: Grid): unknown {
  const x0 = call(asindices, I);
  const x1 = call(box, x0);
  const x2 = call(fill, I, EIGHT, x1);
  return x2;
}

function verify_6fa7a44f(I: Grid): unknown {
  const x0 = call(hmirror, I);
  const x1 = call(vconcat, I, x0);
  return x1;
}

function verify_72322fa7(I: Grid): unknown {
  const x0 = call(objects, I, F, T, T);
  const x1 = call(matcher, numcolors, TWO);
  const x2 = call(sfilter, x0, x1);
  const x3 = call(apply, normalize, x2);
  const x4 = call(chain, first, totuple, palette);
  const x5 = call(chain, last, totuple, palette);
  const x6 = call(lbind, matcher, first);
  const x7 = call(compose, x6, x4);
  const x8 = call(lbind, matcher, first);
  const x9 = call(compose, x8, x5);
  const x10 = call(fork, sfilter, identity, x7);
  const x11 = call(fork, sfilter, identity, x9);
  const x12 = call(lbind, occurrences, I);
  const x13 = call(chain, invert, ulcorner, x10);
  const x14 = call(chain, invert, ulcorner, x11);
  const x15 = call(lbind, lbind, shift);
  const x16 = call(fork, shift, identity, x13);
  const x17 = call(fork, shift, identity, x14);
  const x18 = call(compose, x15, x16);
  const x19 = call(compose, x12, x10);
  const x20 = call(fork, mapply, x18, x19);
  const x21 = call(compose, x15, x17);
  const x22 = call(compose, x12, x11);
  const x23 = call(fork, mapply, x21, x22);
  const x24 = call(fork, combine, x20, x23);
  const x25 = call(mapply, x24, x3);
  const x26 = call(paint, I, x25);
  return x26;
}

function verify_72ca375d(I: Grid): unknown {
  const x0 = call(objects, I, T, T, T);
  const x1 = call(fork, equality, identity, vmirror);
  const x2 = call(extract, x0, x1);
  const x3 = call(subgrid, x2, I);
  return x3;
}

function verify_73251a56(I: Grid): unknown {
  const x0 = call(palette, I);
  const x1 = call(asindices, I);
  const x2 = call(urcorner, x1);
  const x3 = call(index, I, ORIGIN);
  const x4 = call(shoot, ORIGIN, UNITY);
  const x5 = call(recolor, x3, x4);
  const x6 = call(index, I, x2);
  const x7 = call(shoot, x2, DOWN_LEFT);
  const x8 = call(recolor, x6, x7);
  const x9 = call(astuple, dmirror, x5);
  const x10 = call(astuple, cmirror, x8);
  const x11 = call(initset, x10);
  const x12 = call(insert, x9, x11);
  const x13 = call(product, x0, x12);
  const x14 = call(asobject, I);
  const x15 = call(lbind, sfilter, x14);
  const x16 = call(lbind, compose, flip);
  const x17 = call(lbind, matcher, first);
  const x18 = call(chain, x15, x16, x17);
  const x19 = call(lbind, paint, I);
  const x20 = call(compose, last, last);
  const x21 = call(compose, first, last);
  const x22 = call(lbind, fork, equality);
  const x23 = call(rbind, x22, identity);
  const x24 = call(compose, x18, first);
  const x25 = call(compose, x23, x21);
  const x26 = call(compose, initset, x21);
  const x27 = call(fork, rapply, x26, x24);
  const x28 = call(compose, first, x27);
  const x29 = call(compose, x19, x28);
  const x30 = call(fork, paint, x29, x20);
  const x31 = call(compose, initset, x25);
  const x32 = call(fork, rapply, x31, x30);
  const x33 = call(compose, first, x32);
  const x34 = call(sfilter, x13, x33);
  const x35 = call(lbind, colorcount, I);
  const x36 = call(compose, x35, first);
  const x37 = call(argmin, x34, x36);
  const x38 = call(first, x37);
  const x39 = call(last, x37);
  const x40 = call(first, x39);
  const x41 = call(last, x37);
  const x42 = call(last, x41);
  const x43 = call(x18, x38);
  const x44 = call(x40, x43);
  const x45 = call(paint, I, x44);
  const x46 = call(paint, x45, x42);
  const x47 = call(ofcolor, x46, x38);
  const x48 = call(mapply, dneighbors, x47);
  const x49 = call(difference, x48, x47);
  const x50 = call(toobject, x49, x46);
  const x51 = call(size, x50);
  const x52 = call(positive, x51);
  const x53 = call(rbind, astuple, x38);
  const x54 = call(compose, last, x53);
  const x55 = call(branch, x52, mostcolor, x54);
  const x56 = call(x55, x50);
  const x57 = call(replace, x46, x38, x56);
  return x57;
}

function verify_7447852a(I: Grid): unknown {
  const x0 = call(index, I, ORIGIN);
  const x1 = call(shape, I);
  const x2 = call(canvas, x0, x1);
  const x3 = call(hconcat, I, x2);
  const x4 = call(objects, x3, F, F, T);
  const x5 = call(compose, last, centerofmass);
  const x6 = call(order, x4, x5);
  const x7 = call(size, x6);
  const x8 = call(interval, ZERO, x7, ONE);
  const x9 = call(pair, x6, x8);
  const x10 = call(rbind, multiply, THREE);
  const x11 = call(rbind, divide, THREE);
  const x12 = call(chain, x10, x11, last);
  const x13 = call(fork, equality, last, x12);
  const x14 = call(sfilter, x9, x13);
  const x15 = call(mapply, first, x14);
  const x16 = call(fill, I, FOUR, x15);
  return x16;
}

function verify_7468f01a(I: Grid): unknown {
  const x0 = call(compress, I);
  const x1 = call(vmirror, x0);
  return x1;
}

function verify_746b3537(I: Grid): unknown {
  const x0 = call(first, I);
  const x1 = call(dedupe, x0);
  const x2 = call(size, x1);
  const x3 = call(equality, ONE, x2);
  const x4 = call(branch, x3, dmirror, identity);
  const x5 = call(x4, I);
  const x6 = call(objects, x5, T, F, F);
  const x7 = call(order, x6, leftmost);
  const x8 = call(apply, color, x7);
  const x9 = call(repeat, x8, ONE);
  const x10 = call(x4, x9);
  return x10;
}

function verify_74dd1130(I: Grid): unknown {
  const x0 = call(dmirror, I);
  return x0;
}

function verify_75b8110e(I: Grid): unknown {
  const x0 = call(tophalf, I);
  const x1 = call(lefthalf, x0);
  const x2 = call(tophalf, I);
  const x3 = call(righthalf, x2);
  const x4 = call(bottomhalf, I);
  const x5 = call(righthalf, x4);
  const x6 = call(bottomhalf, I);
  const x7 = call(lefthalf, x6);
  const x8 = call(palette, x1);
  const x9 = call(palette, x3);
  const x10 = call(intersection, x8, x9);
  const x11 = call(palette, x5);
  const x12 = call(palette, x7);
  const x13 = call(intersection, x11, x12);
  const x14 = call(intersection, x10, x13);
  const x15 = call(first, x14);
  const x16 = call(shape, x1);
  const x17 = call(canvas, x15, x16);
  const x18 = call(matcher, first, x15);
  const x19 = call(compose, flip, x18);
  const x20 = call(rbind, sfilter, x19);
  const x21 = call(compose, x20, asobject);
  const x22 = call(x21, x1);
  const x23 = call(x21, x5);
  const x24 = call(x21, x7);
  const x25 = call(x21, x3);
  const x26 = call(paint, x17, x22);
  const x27 = call(paint, x26, x23);
  const x28 = call(paint, x27, x24);
  const x29 = call(paint, x28, x25);
  return x29;
}

function verify_760b3cac(I: Grid): unknown {
  const x0 = call(fgpartition, I);
  const x1 = call(matcher, shape, THREE_BY_THREE);
  const x2 = call(matcher, size, FIVE);
  const x3 = call(fork, intersection, toindices, box);
  const x4 = call(compose, size, x3);
  const x5 = call(matcher, x4, FOUR);
  const x6 = call(fork, intersection, toindices, corners);
  const x7 = call(compose, size, x6);
  const x8 = call(matcher, x7, ONE);
  const x9 = call(fork, both, x1, x2);
  const x10 = call(fork, both, x5, x8);
  const x11 = call(fork, both, x9, x10);
  const x12 = call(extract, x0, x11);
  const x13 = call(toindices, x12);
  const x14 = call(lowermost, x12);
  const x15 = call(matcher, first, x14);
  const x16 = call(uppermost, x12);
  const x17 = call(matcher, first, x16);
  const x18 = call(rightmost, x12);
  const x19 = call(matcher, last, x18);
  const x20 = call(leftmost, x12);
  const x21 = call(matcher, last, x20);
  const x22 = call(sfilter, x13, x15);
  const x23 = call(size, x22);
  const x24 = call(equality, x23, TWO);
  const x25 = call(sfilter, x13, x17);
  const x26 = call(size, x25);
  const x27 = call(equality, x26, TWO);
  const x28 = call(sfilter, x13, x19);
  const x29 = call(size, x28);
  const x30 = call(equality, x29, TWO);
  const x31 = call(sfilter, x13, x21);
  const x32 = call(size, x31);
  const x33 = call(equality, x32, TWO);
  const x34 = call(either, x24, x27);
  const x35 = call(branch, x34, hmirror, vmirror);
  const x36 = call(multiply, x24, DOWN);
  const x37 = call(multiply, x27, UP);
  const x38 = call(add, x36, x37);
  const x39 = call(multiply, x30, RIGHT);
  const x40 = call(multiply, x33, LEFT);
  const x41 = call(add, x39, x40);
  const x42 = call(add, x38, x41);
  const x43 = call(other, x0, x12);
  const x44 = call(x35, x43);
  const x45 = call(shape, x43);
  const x46 = call(multiply, x45, x42);
  const x47 = call(shift, x44, x46);
  const x48 = call(paint, I, x47);
  return x48;
}

function verify_776ffc46(I: Grid): unknown {
  const x0 = call(objects, I, T, F, T);
  const x1 = call(fork, equality, toindices, box);
  const x2 = call(sfilter, x0, x1);
  const x3 = call(fork, multiply, height, width);
  const x4 = call(argmax, x2, x3);
  const x5 = call(mostcolor, I);
  const x6 = call(inbox, x4);
  const x7 = call(backdrop, x6);
  const x8 = call(toobject, x7, I);
  const x9 = call(matcher, first, x5);
  const x10 = call(compose, flip, x9);
  const x11 = call(sfilter, x8, x10);
  const x12 = call(normalize, x11);
  const x13 = call(color, x12);
  const x14 = call(toindices, x12);
  const x15 = call(compose, toindices, normalize);
  const x16 = call(matcher, x15, x14);
  const x17 = call(mfilter, x0, x16);
  const x18 = call(fill, I, x13, x17);
  return x18;
}

function verify_77fdfe62(I: Grid): unknown {
  const x0 = call(trim, I);
  const x1 = call(trim, x0);
  const x2 = call(tophalf, x1);
  const x3 = call(lefthalf, x2);
  const x4 = call(tophalf, x1);
  const x5 = call(righthalf, x4);
  const x6 = call(bottomhalf, x1);
  const x7 = call(lefthalf, x6);
  const x8 = call(bottomhalf, x1);
  const x9 = call(righthalf, x8);
  const x10 = call(index, I, ORIGIN);
  const x11 = call(width, I);
  const x12 = call(decrement, x11);
  const x13 = call(tojvec, x12);
  const x14 = call(index, I, x13);
  const x15 = call(height, I);
  const x16 = call(decrement, x15);
  const x17 = call(toivec, x16);
  const x18 = call(index, I, x17);
  const x19 = call(shape, I);
  const x20 = call(decrement, x19);
  const x21 = call(index, I, x20);
  const x22 = call(compress, I);
  const x23 = call(asindices, x22);
  const x24 = call(box, x23);
  const x25 = call(corners, x23);
  const x26 = call(difference, x24, x25);
  const x27 = call(toobject, x26, x22);
  const x28 = call(color, x27);
  const x29 = call(palette, x1);
  const x30 = call(other, x29, x28);
  const x31 = call(replace, x3, x30, x10);
  const x32 = call(replace, x5, x30, x14);
  const x33 = call(replace, x7, x30, x18);
  const x34 = call(replace, x9, x30, x21);
  const x35 = call(hconcat, x31, x32);
  const x36 = call(hconcat, x33, x34);
  const x37 = call(vconcat, x35, x36);
  return x37;
}

function verify_780d0b14(I: Grid): unknown {
  const x0 = call(frontiers, I);
  const x1 = call(merge, x0);
  const x2 = call(color, x1);
  const x3 = call(merge, x0);
  const x4 = call(fill, I, NEG_ONE, x3);
  const x5 = call(shape, I);
  const x6 = call(canvas, NEG_ONE, x5);
  const x7 = call(hconcat, x4, x6);
  const x8 = call(objects, x7, F, F, T);
  const x9 = call(rbind, other, x2);
  const x10 = call(compose, x9, palette);
  const x11 = call(fork, astuple, x10, ulcorner);
  const x12 = call(apply, x11, x8);
  const x13 = call(merge, x8);
  const x14 = call(fill, I, x2, x13);
  const x15 = call(paint, x14, x12);
  const x16 = call(compress, x15);
  return x16;
}

function verify_7837ac64(I: Grid): unknown {
  const x0 = call(objects, I, T, F, F);
  const x1 = call(fork, equality, toindices, backdrop);
  const x2 = call(sfilter, x0, x1);
  const x3 = call(fork, multiply, height, width);
  const x4 = call(argmax, x2, x3);
  const x5 = call(color, x4);
  const x6 = call(palette, I);
  const x7 = call(remove, x5, x6);
  const x8 = call(lbind, colorcount, I);
  const x9 = call(argmax, x7, x8);
  const x10 = call(remove, x9, x7);
  const x11 = call(lbind, ofcolor, I);
  const x12 = call(mapply, x11, x10);
  const x13 = call(subgrid, x12, I);
  const x14 = call(objects, x13, T, F, F);
  const x15 = call(colorfilter, x14, x5);
  const x16 = call(initset, x9);
  const x17 = call(insert, x5, x16);
  const x18 = call(lbind, intersection, x17);
  const x19 = call(chain, positive, size, x18);
  const x20 = call(chain, positive, decrement, size);
  const x21 = call(fork, either, x19, x20);
  const x22 = call(rbind, toobject, x13);
  const x23 = call(compose, corners, outbox);
  const x24 = call(chain, palette, x22, x23);
  const x25 = call(rbind, branch, x5);
  const x26 = call(chain, flip, x21, x24);
  const x27 = call(compose, first, x24);
  const x28 = call(fork, x25, x26, x27);
  const x29 = call(apply, uppermost, x15);
  const x30 = call(order, x29, identity);
  const x31 = call(lbind, apply, x28);
  const x32 = call(rbind, order, leftmost);
  const x33 = call(lbind, sfilter, x15);
  const x34 = call(lbind, matcher, uppermost);
  const x35 = call(compose, x33, x34);
  const x36 = call(chain, x31, x32, x35);
  const x37 = call(apply, x36, x30);
  return x37;
}

function verify_794b24be(I: Grid): unknown {
  const x0 = call(palette, I);
  const x1 = call(remove, ONE, x0);
  const x2 = call(lbind, colorcount, I);
  const x3 = call(argmax, x1, x2);
  const x4 = call(canvas, x3, THREE_BY_THREE);
  const x5 = call(colorcount, I, ONE);
  const x6 = call(decrement, x5);
  const x7 = call(tojvec, x6);
  const x8 = call(connect, ORIGIN, x7);
  const x9 = call(fill, x4, TWO, x8);
  const x10 = call(initset, UNITY);
  const x11 = call(equality, x5, FOUR);
  const x12 = call(branch, x11, x10, x8);
  const x13 = call(fill, x9, TWO, x12);
  return x13;
}

function verify_7b6016b9(I: Grid): unknown {
  const x0 = call(objects, I, T, F, F);
  const x1 = call(asindices, I);
  const x2 = call(box, x1);
  const x3 = call(toobject, x2, I);
  const x4 = call(mostcolor, x3);
  const x5 = call(colorfilter, x0, x4);
  const x6 = call(rbind, bordering, I);
  const x7 = call(compose, flip, x6);
  const x8 = call(mfilter, x5, x7);
  const x9 = call(fill, I, TWO, x8);
  const x10 = call(replace, x9, x4, THREE);
  return x10;
}

function verify_7b7f7511(I: Grid): unknown {
  const x0 = call(lefthalf, I);
  const x1 = call(righthalf, I);
  const x2 = call(equality, x0, x1);
  const x3 = call(branch, x2, lefthalf, tophalf);
  const x4 = call(x3, I);
  return x4;
}

function verify_7c008303(I: Grid): unknown {
  const x0 = call(frontiers, I);
  const x1 = call(merge, x0);
  const x2 = call(color, x1);
  const x3 = call(shape, I);
  const x4 = call(canvas, x2, x3);
  const x5 = call(hconcat, I, x4);
  const x6 = call(objects, x5, F, F, T);
  const x7 = call(argmin, x6, size);
  const x8 = call(argmax, x6, size);
  const x9 = call(remove, x8, x6);
  const x10 = call(remove, x7, x9);
  const x11 = call(merge, x10);
  const x12 = call(color, x11);
  const x13 = call(subgrid, x8, I);
  const x14 = call(subgrid, x7, I);
  const x15 = call(width, x8);
  const x16 = call(halve, x15);
  const x17 = call(hupscale, x14, x16);
  const x18 = call(height, x8);
  const x19 = call(halve, x18);
  const x20 = call(vupscale, x17, x19);
  const x21 = call(asobject, x20);
  const x22 = call(asindices, x13);
  const x23 = call(ofcolor, x13, x12);
  const x24 = call(difference, x22, x23);
  const x25 = call(rbind, contained, x24);
  const x26 = call(compose, x25, last);
  const x27 = call(sfilter, x21, x26);
  const x28 = call(paint, x13, x27);
  return x28;
}

function verify_7ddcd7ec(I: Grid): unknown {
  const x0 = call(objects, I, F, F, T);
  const x1 = call(argmax, x0, size);
  const x2 = call(remove, x1, x0);
  const x3 = call(lbind, position, x1);
  const x4 = call(fork, shoot, center, x3);
  const x5 = call(fork, recolor, color, x4);
  const x6 = call(mapply, x5, x2);
  const x7 = call(paint, I, x6);
  return x7;
}

function verify_7df24a62(I: Grid): unknown {
  const x0 = call(partition, I);
  const x1 = call(compose, maximum, shape);
  const x2 = call(argmin, x0, x1);
  const x3 = call(color, x2);
  const x4 = call(palette, I);
  const x5 = call(remove, x3, x4);
  const x6 = call(lbind, colorcount, I);
  const x7 = call(argmin, x5, x6);
  const x8 = call(mostcolor, I);
  const x9 = call(shape, I);
  const x10 = call(increment, x9);
  const x11 = call(increment, x10);
  const x12 = call(canvas, x8, x11);
  const x13 = call(asobject, I);
  const x14 = call(shift, x13, UNITY);
  const x15 = call(paint, x12, x14);
  const x16 = call(repeat, identity, ONE);
  const x17 = call(astuple, cmirror, dmirror);
  const x18 = call(astuple, hmirror, vmirror);
  const x19 = call(combine, x17, x18);
  const x20 = call(combine, x16, x19);
  const x21 = call(fork, compose, first, last);
  const x22 = call(product, x20, x20);
  const x23 = call(apply, x21, x22);
  const x24 = call(ofcolor, x15, x3);
  const x25 = call(backdrop, x24);
  const x26 = call(toobject, x25, x15);
  const x27 = call(matcher, first, x7);
  const x28 = call(rbind, sfilter, x27);
  const x29 = call(matcher, first, x3);
  const x30 = call(rbind, sfilter, x29);
  const x31 = call(lbind, recolor, x8);
  const x32 = call(compose, x31, x30);
  const x33 = call(fork, combine, x28, x32);
  const x34 = call(lbind, lbind, shift);
  const x35 = call(lbind, occurrences, x15);
  const x36 = call(compose, x35, x33);
  const x37 = call(fork, mapply, x34, x36);
  const x38 = call(lbind, chain, x37);
  const x39 = call(lbind, x38, normalize);
  const x40 = call(rbind, rapply, x26);
  const x41 = call(initset, x39);
  const x42 = call(lbind, rapply, x41);
  const x43 = call(chain, first, x40, x42);
  const x44 = call(mapply, x43, x23);
  const x45 = call(paint, x15, x44);
  const x46 = call(trim, x45);
  return x46;
}

function verify_7e0986d6(I: Grid): unknown {
  const x0 = call(mostcolor, I);
  const x1 = call(objects, I, T, F, T);
  const x2 = call(lbind, greater, THREE);
  const x3 = call(compose, x2, size);
  const x4 = call(sfilter, x1, x3);
  const x5 = call(mapply, toindices, x4);
  const x6 = call(fill, I, x0, x5);
  const x7 = call(objects, x6, T, F, T);
  const x8 = call(fork, recolor, color, backdrop);
  const x9 = call(mapply, x8, x7);
  const x10 = call(paint, x6, x9);
  return x10;
}

function verify_7f4411dc(I: Grid): unknown {
  const x0 = call(objects, I, T, F, F);
  const x1 = call(totuple, x0);
  const x2 = call(apply, color, x1);
  const x3 = call(mostcommon, x2);
  const x4 = call(canvas, x3, TWO_BY_TWO);
  const x5 = call(asobject, x4);
  const x6 = call(palette, I);
  const x7 = call(matcher, identity, x3);
  const x8 = call(argmin, x6, x7);
  const x9 = call(shape, I);
  const x10 = call(canvas, x8, x9);
  const x11 = call(lbind, shift, x5);
  const x12 = call(occurrences, I, x5);
  const x13 = call(mapply, x11, x12);
  const x14 = call(paint, x10, x13);
  return x14;
}

function verify_7fe24cdd(I: Grid): unknown {
  const x0 = call(rot90, I);
  const x1 = call(rot180, I);
  const x2 = call(rot270, I);
  const x3 = call(hconcat, I, x0);
  const x4 = call(hconcat, x2, x1);
  const x5 = call(vconcat, x3, x4);
  return x5;
}

function verify_80af3007(I: Grid): unknown {
  const x0 = call(partition, I);
  const x1 = call(fork, multiply, height, width);
  const x2 = call(argmin, x0, x1);
  const x3 = call(color, x2);
  const x4 = call(palette, I);
  const x5 = call(other, x4, x3);
  const x6 = call(subgrid, x2, I);
  const x7 = call(fork, multiply, identity, identity);
  const x8 = call(width, x6);
  const x9 = call(matcher, x7, x8);
  const x10 = call(fork, multiply, identity, identity);
  const x11 = call(height, x6);
  const x12 = call(matcher, x10, x11);
  const x13 = call(width, x6);
  const x14 = call(interval, ONE, x13, ONE);
  const x15 = call(extract, x14, x9);
  const x16 = call(height, x6);
  const x17 = call(interval, ONE, x16, ONE);
  const x18 = call(extract, x17, x12);
  const x19 = call(width, x6);
  const x20 = call(interval, ZERO, x19, ONE);
  const x21 = call(height, x6);
  const x22 = call(interval, ZERO, x21, ONE);
  const x23 = call(rbind, multiply, x15);
  const x24 = call(rbind, divide, x15);
  const x25 = call(compose, x23, x24);
  const x26 = call(fork, equality, identity, x25);
  const x27 = call(compose, x26, last);
  const x28 = call(rbind, multiply, x18);
  const x29 = call(rbind, divide, x18);
  const x30 = call(compose, x28, x29);
  const x31 = call(fork, equality, identity, x30);
  const x32 = call(compose, x31, last);
  const x33 = call(lbind, apply, first);
  const x34 = call(rbind, sfilter, x27);
  const x35 = call(rbind, pair, x20);
  const x36 = call(chain, x33, x34, x35);
  const x37 = call(pair, x6, x22);
  const x38 = call(sfilter, x37, x32);
  const x39 = call(apply, first, x38);
  const x40 = call(apply, x36, x39);
  const x41 = call(shape, x40);
  const x42 = call(multiply, x41, x41);
  const x43 = call(canvas, x5, x42);
  const x44 = call(ofcolor, x40, x3);
  const x45 = call(rbind, multiply, x41);
  const x46 = call(apply, x45, x44);
  const x47 = call(lbind, shift, x44);
  const x48 = call(mapply, x47, x46);
  const x49 = call(fill, x43, x3, x48);
  return x49;
}

function verify_810b9b61(I: Grid): unknown {
  const x0 = call(objects, I, T, F, T);
  const x1 = call(rbind, greater, TWO);
  const x2 = call(chain, x1, minimum, shape);
  const x3 = call(fork, equality, toindices, box);
  const x4 = call(fork, both, x2, x3);
  const x5 = call(mfilter, x0, x4);
  const x6 = call(fill, I, THREE, x5);
  return x6;
}

function verify_82819916(I: Grid): unknown {
  const x0 = call(frontiers, I);
  const x1 = call(sfilter, x0, hline);
  const x2 = call(size, x1);
  const x3 = call(positive, x2);
  const x4 = call(branch, x3, identity, dmirror);
  const x5 = call(x4, I);
  const x6 = call(frontiers, I);
  const x7 = call(merge, x6);
  const x8 = call(mostcolor, x7);
  const x9 = call(matcher, identity, x8);
  const x10 = call(rbind, sfilter, x9);
  const x11 = call(compose, size, x10);
  const x12 = call(argmin, x5, x11);
  const x13 = call(repeat, x12, ONE);
  const x14 = call(asobject, x13);
  const x15 = call(palette, x14);
  const x16 = call(totuple, x15);
  const x17 = call(first, x16);
  const x19 = call(fgpartition, x5);
  const x20 = call(merge, x19);
  const x21 = call(toindices, x20);
  const x22 = call(apply, first, x21);
  const x23 = call(lbind, sfilter, x20);
  const x24 = call(compose, first, last);
  const x25 = call(lbind, matcher, x24);
  const x26 = call(compose, x23, x25);
  const x27 = call(apply, x26, x22);
  const x28 = call(lbind, shift, x14);
  const x29 = call(chain, x28, toivec, uppermost);
  const x30 = call(matcher, first, x17);
  const x31 = call(rbind, sfilter, x30);
  const x32 = call(rbind, compose, last);
  const x33 = call(lbind, rbind, contained);
  const x34 = call(chain, toindices, x31, x29);
  const x35 = call(chain, x32, x33, x34);
  const x36 = call(fork, sfilter, identity, x35);
  const x37 = call(compose, color, x36);
  const x38 = call(compose, x31, x29);
  const x39 = call(fork, recolor, x37, x38);
  const x40 = call(fork, other, palette, x37);
  const x41 = call(compose, x31, x29);
  const x42 = call(fork, difference, x29, x41);
  const x43 = call(fork, recolor, x40, x42);
  const x44 = call(fork, combine, x39, x43);
  const x45 = call(mapply, x44, x27);
  const x46 = call(paint, x5, x45);
  const x47 = call(x4, x46);
  return x47;
}

function verify_83302e8f(I: Grid): unknown {
  const x0 = call(index, I, ORIGIN);
  const x1 = call(objects, I, T, F, F);
  const x2 = call(fork, multiply, height, width);
  const x3 = call(fork, equality, size, x2);
  const x4 = call(chain, positive, decrement, size);
  const x5 = call(colorfilter, x1, x0);
  const x6 = call(fork, both, x3, x4);
  const x7 = call(sfilter, x5, x6);
  const x8 = call(merge, x7);
  const x9 = call(ofcolor, I, x0);
  const x10 = call(fill, I, FOUR, x9);
  const x11 = call(fill, x10, THREE, x8);
  return x11;
}

function verify_834ec97d(I: Grid): unknown {
  const x0 = call(partition, I);
  const x1 = call(argmin, x0, size);
  const x2 = call(cover, I, x1);
  const x3 = call(shift, x1, DOWN);
  const x4 = call(paint, x2, x3);
  const x5 = call(leftmost, x1);
  const x6 = call(width, I);
  const x7 = call(interval, x5, x6, TWO);
  const x8 = call(leftmost, x1);
  const x9 = call(interval, x8, NEG_ONE, NEG_TWO);
  const x10 = call(combine, x7, x9);
  const x11 = call(rbind, shoot, UP);
  const x12 = call(uppermost, x1);
  const x13 = call(lbind, astuple, x12);
  const x14 = call(apply, x13, x10);
  const x15 = call(mapply, x11, x14);
  const x16 = call(fill, x4, FOUR, x15);
  return x16;
}

function verify_8403a5d5(I: Grid): unknown {
  const x0 = call(fgpartition, I);
  const x1 = call(argmin, x0, size);
  const x2 = call(color, x1);
  const x3 = call(leftmost, x1);
  const x4 = call(width, I);
  const x5 = call(interval, x3, x4, TWO);
  const x6 = call(apply, tojvec, x5);
  const x7 = call(mapply, vfrontier, x6);
  const x8 = call(fill, I, x2, x7);
  const x9 = call(increment, x3);
  const x10 = call(width, I);
  const x11 = call(interval, x9, x10, FOUR);
  const x12 = call(add, x3, THREE);
  const x13 = call(width, I);
  const x14 = call(interval, x12, x13, FOUR);
  const x15 = call(apply, tojvec, x11);
  const x16 = call(height, I);
  const x17 = call(decrement, x16);
  const x18 = call(lbind, astuple, x17);
  const x19 = call(apply, x18, x14);
  const x20 = call(combine, x15, x19);
  const x21 = call(fill, x8, FIVE, x20);
  return x21;
}

function verify_846bdb03(I: Grid): unknown {
  const x0 = call(partition, I);
  const x1 = call(fork, equality, corners, toindices);
  const x2 = call(extract, x0, x1);
  const x3 = call(subgrid, x2, I);
  const x4 = call(backdrop, x2);
  const x5 = call(cover, I, x4);
  const x6 = call(frontiers, x3);
  const x7 = call(sfilter, x6, hline);
  const x8 = call(size, x7);
  const x9 = call(positive, x8);
  const x10 = call(branch, x9, dmirror, identity);
  const x11 = call(x10, x3);
  const x12 = call(x10, x5);
  const x13 = call(fgpartition, x12);
  const x14 = call(merge, x13);
  const x15 = call(normalize, x14);
  const x16 = call(mostcolor, x12);
  const x17 = call(color, x2);
  const x18 = call(palette, x11);
  const x19 = call(remove, x17, x18);
  const x20 = call(remove, x16, x19);
  const x21 = call(first, x20);
  const x22 = call(last, x20);
  const x23 = call(ofcolor, x11, x22);
  const x24 = call(leftmost, x23);
  const x25 = call(ofcolor, x11, x21);
  const x26 = call(leftmost, x25);
  const x27 = call(greater, x24, x26);
  const x28 = call(ofcolor, x12, x22);
  const x29 = call(leftmost, x28);
  const x30 = call(ofcolor, x12, x21);
  const x31 = call(leftmost, x30);
  const x32 = call(greater, x29, x31);
  const x33 = call(equality, x27, x32);
  const x34 = call(branch, x33, identity, vmirror);
  const x35 = call(x34, x15);
  const x36 = call(shift, x35, UNITY);
  const x37 = call(paint, x11, x36);
  const x38 = call(x10, x37);
  return x38;
}

function verify_855e0971(I: Grid): unknown {
  const x0 = call(lbind, greater, THREE);
  const x1 = call(chain, x0, size, dedupe);
  const x2 = call(apply, x1, I);
  const x3 = call(contained, F, x2);
  const x4 = call(flip, x3);
  const x5 = call(branch, x4, identity, dmirror);
  const x6 = call(x5, I);
  const x7 = call(rbind, toobject, I);
  const x8 = call(chain, palette, x7, neighbors);
  const x9 = call(lbind, chain, flip);
  const x10 = call(rbind, x9, x8);
  const x11 = call(lbind, lbind, contained);
  const x12 = call(compose, x10, x11);
  const x13 = call(lbind, ofcolor, I);
  const x14 = call(fork, sfilter, x13, x12);
  const x15 = call(compose, size, x14);
  const x16 = call(palette, I);
  const x17 = call(argmax, x16, x15);
  const x18 = call(objects, x6, T, T, F);
  const x19 = call(colorfilter, x18, x17);
  const x20 = call(difference, x18, x19);
  const x21 = call(rbind, subgrid, x6);
  const x22 = call(order, x20, uppermost);
  const x23 = call(apply, x21, x22);
  const x24 = call(lbind, recolor, x17);
  const x25 = call(lbind, mapply, vfrontier);
  const x26 = call(rbind, ofcolor, x17);
  const x27 = call(chain, x24, x25, x26);
  const x28 = call(fork, paint, identity, x27);
  const x29 = call(mapply, x28, x23);
  const x30 = call(x5, x29);
  return x30;
}

function verify_85c4e7cd(I: Grid): unknown {
  const x0 = call(asindices, I);
  const x1 = call(box, x0);
  const x2 = call(shape, I);
  const x3 = call(minimum, x2);
  const x4 = call(halve, x3);
  const x5 = call(interval, ONE, x4, ONE);
  const x6 = call(lbind, power, inbox);
  const x7 = call(rbind, rapply, x1);
  const x8 = call(compose, initset, x6);
  const x9 = call(chain, first, x7, x8);
  const x10 = call(apply, x9, x5);
  const x11 = call(repeat, x1, ONE);
  const x12 = call(combine, x11, x10);
  const x13 = call(rbind, toobject, I);
  const x14 = call(compose, color, x13);
  const x15 = call(apply, x14, x12);
  const x16 = call(interval, ZERO, x4, ONE);
  const x17 = call(pair, x16, x15);
  const x18 = call(compose, invert, first);
  const x19 = call(order, x17, x18);
  const x20 = call(apply, last, x19);
  const x21 = call(mpapply, recolor, x20, x12);
  const x22 = call(paint, I, x21);
  return x22;
}

function verify_868de0fa(I: Grid): unknown {
  const x0 = call(objects, I, T, F, F);
  const x1 = call(sfilter, x0, square);
  const x2 = call(compose, even, height);
  const x3 = call(sfilter, x1, x2);
  const x4 = call(difference, x1, x3);
  const x5 = call(merge, x3);
  const x6 = call(merge, x4);
  const x7 = call(fill, I, TWO, x5);
  const x8 = call(fill, x7, SEVEN, x6);
  return x8;
}

function verify_8731374e(I: Grid): unknown {
  const x0 = call(objects, I, T, F, F);
  const x1 = call(argmax, x0, size);
  const x2 = call(color, x1);
  const x3 = call(subgrid, x1, I);
  const x4 = call(lbind, insert, DOWN);
  const x5 = call(compose, lrcorner, asindices);
  const x6 = call(chain, x4, initset, x5);
  const x7 = call(fork, subgrid, x6, identity);
  const x8 = call(matcher, identity, x2);
  const x9 = call(rbind, subtract, TWO);
  const x10 = call(rbind, sfilter, x8);
  const x11 = call(compose, x9, width);
  const x12 = call(chain, size, x10, first);
  const x13 = call(fork, greater, x11, x12);
  const x14 = call(rbind, branch, identity);
  const x15 = call(rbind, x14, x7);
  const x16 = call(chain, initset, x15, x13);
  const x17 = call(fork, rapply, x16, identity);
  const x18 = call(compose, first, x17);
  const x19 = call(compose, x18, rot90);
  const x20 = call(double, EIGHT);
  const x21 = call(double, x20);
  const x22 = call(power, x19, x21);
  const x23 = call(x22, x3);
  const x24 = call(leastcolor, x23);
  const x25 = call(ofcolor, x23, x24);
  const x26 = call(fork, combine, vfrontier, hfrontier);
  const x27 = call(mapply, x26, x25);
  const x28 = call(fill, x23, x24, x27);
  return x28;
}

function verify_88a10436(I: Grid): unknown {
  const x0 = call(objects, I, F, F, T);
  const x1 = call(argmax, x0, size);
  const x2 = call(normalize, x1);
  const x3 = call(shape, x1);
  const x4 = call(halve, x3);
  const x5 = call(invert, x4);
  const x6 = call(shift, x2, x5);
  const x7 = call(sizefilter, x0, ONE);
  const x8 = call(apply, center, x7);
  const x9 = call(lbind, shift, x6);
  const x10 = call(mapply, x9, x8);
  const x11 = call(paint, I, x10);
  return x11;
}

function verify_88a62173(I: Grid): unknown {
  const x0 = call(lefthalf, I);
  const x1 = call(righthalf, I);
  const x2 = call(tophalf, x0);
  const x3 = call(tophalf, x1);
  const x4 = call(bottomhalf, x0);
  const x5 = call(bottomhalf, x1);
  const x6 = call(astuple, x2, x3);
  const x7 = call(astuple, x4, x5);
  const x8 = call(combine, x6, x7);
  const x9 = call(leastcommon, x8);
  return x9;
}

function verify_890034e9(I: Grid): unknown {
  const x0 = call(rbind, greater, TWO);
  const x1 = call(chain, x0, minimum, shape);
  const x2 = call(objects, I, T, F, F);
  const x3 = call(sfilter, x2, x1);
  const x4 = call(fork, equality, toindices, box);
  const x5 = call(sfilter, x3, x4);
  const x6 = call(totuple, x5);
  const x7 = call(apply, color, x6);
  const x8 = call(leastcommon, x7);
  const x9 = call(ofcolor, I, x8);
  const x10 = call(inbox, x9);
  const x11 = call(recolor, ZERO, x10);
  const x12 = call(occurrences, I, x11);
  const x13 = call(normalize, x9);
  const x14 = call(shift, x13, NEG_UNITY);
  const x15 = call(lbind, shift, x14);
  const x16 = call(mapply, x15, x12);
  const x17 = call(fill, I, x8, x16);
  return x17;
}

function verify_8a004b2b(I: Grid): unknown {
  const x0 = call(partition, I);
  const x1 = call(fork, equality, toindices, corners);
  const x2 = call(sfilter, x0, x1);
  const x3 = call(argmax, x2, size);
  const x4 = call(fgpartition, I);
  const x5 = call(merge, x4);
  const x6 = call(backdrop, x3);
  const x7 = call(toobject, x6, I);
  const x8 = call(difference, x5, x7);
  const x9 = call(mostcolor, I);
  const x10 = call(inbox, x3);
  const x11 = call(backdrop, x10);
  const x12 = call(toobject, x11, I);
  const x13 = call(matcher, first, x9);
  const x14 = call(compose, flip, x13);
  const x15 = call(sfilter, x12, x14);
  const x16 = call(subgrid, x8, I);
  const x17 = call(palette, x15);
  const x18 = call(order, x17, identity);
  const x19 = call(lbind, colorcount, x15);
  const x20 = call(apply, x19, x18);
  const x21 = call(lbind, colorcount, x8);
  const x22 = call(apply, x21, x18);
  const x23 = call(pair, x20, x22);
  const x24 = call(fork, divide, first, last);
  const x25 = call(apply, x24, x23);
  const x26 = call(mostcommon, x25);
  const x27 = call(lbind, colorcount, x15);
  const x28 = call(lbind, colorcount, x8);
  const x29 = call(fork, divide, x27, x28);
  const x30 = call(matcher, x29, x26);
  const x31 = call(palette, x8);
  const x32 = call(sfilter, x31, x30);
  const x33 = call(rbind, contained, x32);
  const x34 = call(compose, x33, first);
  const x35 = call(sfilter, x15, x34);
  const x36 = call(sfilter, x8, x34);
  const x37 = call(height, x35);
  const x38 = call(height, x36);
  const x39 = call(divide, x37, x38);
  const x40 = call(width, x35);
  const x41 = call(width, x36);
  const x42 = call(divide, x40, x41);
  const x43 = call(vupscale, x16, x39);
  const x44 = call(hupscale, x43, x42);
  const x45 = call(asobject, x44);
  const x46 = call(matcher, first, x9);
  const x47 = call(compose, flip, x46);
  const x48 = call(sfilter, x45, x47);
  const x49 = call(ulcorner, x15);
  const x50 = call(sfilter, x48, x34);
  const x51 = call(ulcorner, x50);
  const x52 = call(subtract, x49, x51);
  const x53 = call(shift, x48, x52);
  const x54 = call(paint, I, x53);
  const x55 = call(subgrid, x3, x54);
  return x55;
}

function verify_8be77c9e(I: Grid): unknown {
  const x0 = call(hmirror, I);
  const x1 = call(vconcat, I, x0);
  return x1;
}

function verify_8d5021e8(I: Grid): unknown {
  const x0 = call(vmirror, I);
  const x1 = call(hconcat, x0, I);
  const x2 = call(hmirror, x1);
  const x3 = call(vconcat, x1, x2);
  const x4 = call(vconcat, x3, x1);
  const x5 = call(hmirror, x4);
  return x5;
}

function verify_8d510a79(I: Grid): unknown {
  const x0 = call(frontiers, I);
  const x1 = call(totuple, x0);
  const x2 = call(apply, color, x1);
  const x3 = call(leastcommon, x2);
  const x4 = call(frontiers, I);
  const x5 = call(colorfilter, x4, x3);
  const _x6 = call(size, x5);
  const x9 = call(ofcolor, I, x3);
  const x10 = call(ofcolor, I, TWO);
  const x11 = call(ofcolor, I, ONE);
  const x12 = call(rbind, gravitate, x9);
  const x13 = call(compose, x12, initset);
  const x14 = call(fork, add, identity, x13);
  const x15 = call(fork, connect, identity, x14);
  const x16 = call(shape, I);
  const x17 = call(maximum, x16);
  const x18 = call(lbind, multiply, x17);
  const x19 = call(lbind, gravitate, x9);
  const x20 = call(chain, x18, sign, x19);
  const x21 = call(compose, x20, initset);
  const x22 = call(fork, add, identity, x21);
  const x23 = call(fork, connect, identity, x22);
  const x24 = call(mapply, x15, x10);
  const x25 = call(mapply, x23, x11);
  const x26 = call(fill, I, TWO, x24);
  const x27 = call(fill, x26, ONE, x25);
  return x27;
}

function verify_8e1813be(I: Grid): unknown {
  const x0 = call(partition, I);
  const x1 = call(matcher, height, ONE);
  const x2 = call(matcher, width, ONE);
  const x3 = call(fork, either, x1, x2);
  const x4 = call(sfilter, x0, x3);
  const x5 = call(matcher, height, ONE);
  const x6 = call(sfilter, x4, x5);
  const x7 = call(size, x6);
  const x8 = call(matcher, width, ONE);
  const x9 = call(sfilter, x4, x8);
  const x10 = call(size, x9);
  const x11 = call(greater, x7, x10);
  const x12 = call(branch, x11, dmirror, identity);
  const x13 = call(branch, x11, uppermost, leftmost);
  const x14 = call(order, x4, x13);
  const x15 = call(apply, color, x14);
  const x16 = call(size, x4);
  const x17 = call(repeat, x15, x16);
  const x18 = call(x12, x17);
  return x18;
}

function verify_8e5a5113(I: Grid): unknown {
  const x0 = call(portrait, I);
  const x1 = call(branch, x0, identity, rot90);
  const x2 = call(branch, x0, identity, rot270);
  const x3 = call(x1, I);
  const x4 = call(width, x3);
  const x5 = call(toivec, x4);
  const x6 = call(index, x3, x5);
  const x7 = call(shape, x3);
  const x8 = call(canvas, x6, x7);
  const x9 = call(hconcat, x3, x8);
  const x10 = call(objects, x9, F, T, T);
  const x11 = call(argmax, x10, numcolors);
  const x12 = call(subgrid, x11, x3);
  const x13 = call(interval, ONE, FOUR, ONE);
  const x14 = call(lbind, power, rot90);
  const x15 = call(lbind, power, rot270);
  const x16 = call(rbind, rapply, x12);
  const x17 = call(compose, initset, x14);
  const x18 = call(chain, first, x16, x17);
  const x19 = call(rbind, rapply, x12);
  const x20 = call(compose, initset, x15);
  const x21 = call(chain, first, x19, x20);
  const x22 = call(compose, asobject, x18);
  const x23 = call(uppermost, x11);
  const x24 = call(lbind, add, x23);
  const x25 = call(height, x11);
  const x26 = call(increment, x25);
  const x27 = call(lbind, multiply, x26);
  const x28 = call(chain, toivec, x24, x27);
  const x29 = call(fork, shift, x22, x28);
  const x30 = call(compose, asobject, x21);
  const x31 = call(uppermost, x11);
  const x32 = call(lbind, subtract, x31);
  const x33 = call(height, x11);
  const x34 = call(increment, x33);
  const x35 = call(lbind, multiply, x34);
  const x36 = call(chain, toivec, x32, x35);
  const x37 = call(fork, shift, x30, x36);
  const x38 = call(fork, combine, x29, x37);
  const x39 = call(mapply, x38, x13);
  const x40 = call(paint, x3, x39);
  const x41 = call(x2, x40);
  return x41;
}

function verify_8eb1be9a(I: Grid): unknown {
  const x0 = call(fgpartition, I);
  const x1 = call(merge, x0);
  const x2 = call(height, x1);
  const x3 = call(height, I);
  const x4 = call(interval, ZERO, x3, x2);
  const x5 = call(lbind, shift, x1);
  const x6 = call(compose, x5, toivec);
  const x7 = call(compose, x6, invert);
  const x8 = call(fork, combine, x6, x7);
  const x9 = call(mapply, x8, x4);
  const x10 = call(paint, I, x9);
  return x10;
}

function verify_8efcae92(I: Grid): unknown {
  const x0 = call(objects, I, T, F, F);
  const x1 = call(fork, multiply, height, width);
  const x2 = call(argmax, x0, x1);
  const x3 = call(remove, x2, x0);
  const x4 = call(lbind, chain, positive);
  const x5 = call(lbind, x4, size);
  const x6 = call(rbind, compose, backdrop);
  const x7 = call(lbind, lbind, intersection);
  const x8 = call(chain, x5, x6, x7);
  const x9 = call(chain, x8, backdrop, outbox);
  const x10 = call(lbind, sfilter, x3);
  const x11 = call(compose, x10, x9);
  const x12 = call(chain, positive, size, x11);
  const x13 = call(sfilter, x3, x12);
  const x14 = call(compose, merge, x11);
  const x15 = call(apply, x14, x13);
  const x16 = call(rbind, subgrid, I);
  const x17 = call(apply, x16, x15);
  const x18 = call(merge, x15);
  const x19 = call(palette, x18);
  const x20 = call(lbind, colorcount, x18);
  const x21 = call(argmin, x19, x20);
  const x22 = call(rbind, colorcount, x21);
  const x23 = call(argmax, x17, x22);
  return x23;
}

function verify_8f2ea7aa(I: Grid): unknown {
  const x0 = call(fgpartition, I);
  const x1 = call(merge, x0);
  const x2 = call(normalize, x1);
  const x3 = call(mostcolor, I);
  const x4 = call(shape, x2);
  const x5 = call(multiply, x4, x4);
  const x6 = call(canvas, x3, x5);
  const x7 = call(shape, x2);
  const x8 = call(rbind, multiply, x7);
  const x9 = call(toindices, x2);
  const x10 = call(apply, x8, x9);
  const x11 = call(lbind, shift, x2);
  const x12 = call(mapply, x11, x10);
  const x13 = call(paint, x6, x12);
  return x13;
}

function verify_90c28cc7(I: Grid): unknown {
  const x0 = call(matcher, identity, ZERO);
  const x1 = call(compose, flip, x0);
  const x2 = call(rbind, sfilter, x1);
  const x3 = call(chain, positive, size, x2);
  const x4 = call(rbind, sfilter, x3);
  const x5 = call(compose, dmirror, x4);
  const x6 = call(power, x5, FOUR);
  const x7 = call(x6, I);
  const x8 = call(dedupe, x7);
  const x9 = call(dmirror, x8);
  const x10 = call(dedupe, x9);
  const x11 = call(dmirror, x10);
  return x11;
}

function verify_90f3ed37(I: Grid): unknown {
  const x0 = call(leastcolor, I);
  const x1 = call(ofcolor, I, x0);
  const x2 = call(apply, first, x1);
  const x3 = call(asindices, I);
  const x4 = call(apply, first, x3);
  const x5 = call(difference, x4, x2);
  const x6 = call(ofcolor, I, x0);
  const x7 = call(rbind, interval, ONE);
  const x8 = call(lbind, rbind, contained);
  const x9 = call(lbind, sfilter, x5);
  const x10 = call(rbind, matcher, ZERO);
  const x11 = call(chain, size, x9, x8);
  const x12 = call(lbind, sfilter, x6);
  const x13 = call(lbind, compose, x11);
  const x14 = call(chain, x12, x10, x13);
  const x15 = call(lbind, fork, x7);
  const x16 = call(compose, increment, minimum);
  const x17 = call(lbind, lbind, astuple);
  const x18 = call(lbind, chain, x16);
  const x19 = call(rbind, x18, first);
  const x20 = call(chain, x19, x17, first);
  const x21 = call(lbind, chain, maximum);
  const x22 = call(rbind, x21, first);
  const x23 = call(chain, x22, x17, first);
  const x24 = call(fork, x15, x20, x23);
  const x25 = call(compose, x14, x24);
  const x26 = call(apply, toivec, x2);
  const x27 = call(apply, x25, x26);
  const x28 = call(argmax, x27, width);
  const x29 = call(remove, x28, x27);
  const x30 = call(ulcorner, x28);
  const x31 = call(invert, x30);
  const x32 = call(shift, x28, x31);
  const x33 = call(asindices, I);
  const x34 = call(center, x33);
  const x35 = call(invert, x34);
  const x36 = call(shift, x33, x35);
  const x37 = call(width, I);
  const x38 = call(double, x37);
  const x39 = call(tojvec, x38);
  const x40 = call(rbind, apply, x36);
  const x41 = call(lbind, rbind, add);
  const x42 = call(chain, x40, x41, center);
  const x43 = call(compose, positive, size);
  const x44 = call(lbind, compose, size);
  const x45 = call(lbind, shift, x32);
  const x46 = call(rbind, compose, x45);
  const x47 = call(lbind, rbind, intersection);
  const x48 = call(compose, x46, x47);
  const x49 = call(lbind, compose, x43);
  const x50 = call(compose, x49, x48);
  const x51 = call(fork, sfilter, x42, x50);
  const x52 = call(compose, x44, x48);
  const x53 = call(fork, valmax, x51, x52);
  const x54 = call(compose, x44, x48);
  const x55 = call(fork, matcher, x54, x53);
  const x56 = call(fork, sfilter, x51, x55);
  const x57 = call(lbind, shift, x32);
  const x58 = call(lbind, insert, x39);
  const x59 = call(lbind, rbind, greater);
  const x60 = call(compose, x59, rightmost);
  const x61 = call(compose, leftmost, x58);
  const x62 = call(rbind, compose, x57);
  const x63 = call(lbind, rbind, difference);
  const x64 = call(compose, x62, x63);
  const x65 = call(lbind, compose, x61);
  const x66 = call(compose, x65, x64);
  const x67 = call(fork, compose, x60, x66);
  const x68 = call(fork, argmax, x56, x67);
  const x69 = call(lbind, shift, x32);
  const x70 = call(compose, x69, x68);
  const x71 = call(fork, difference, x70, identity);
  const x72 = call(mapply, x71, x29);
  const x73 = call(fill, I, ONE, x72);
  return x73;
}

function verify_913fb3ed(I: Grid): unknown {
  const x0 = call(lbind, ofcolor, I);
  const x1 = call(lbind, mapply, neighbors);
  const x2 = call(chain, x1, x0, last);
  const x3 = call(fork, recolor, first, x2);
  const x4 = call(astuple, SIX, THREE);
  const x5 = call(astuple, FOUR, EIGHT);
  const x6 = call(astuple, ONE, TWO);
  const x7 = call(initset, x4);
  const x8 = call(insert, x5, x7);
  const x9 = call(insert, x6, x8);
  const x10 = call(mapply, x3, x9);
  const x11 = call(paint, I, x10);
  return x11;
}

function verify_91413438(I: Grid): unknown {
  const x0 = call(palette, I);
  const x1 = call(other, x0, ZERO);
  const x2 = call(colorcount, I, x1);
  const x3 = call(colorcount, I, ZERO);
  const x4 = call(dmirror, I);
  const x5 = call(repeat, x4, x2);
  const x6 = call(dmirror, I);
  const x7 = call(shape, x6);
  const x8 = call(canvas, ZERO, x7);
  const x9 = call(multiply, x3, x3);
  const x10 = call(subtract, x9, x2);
  const x11 = call(repeat, x8, x10);
  const x12 = call(combine, x5, x11);
  const x13 = call(merge, x12);
  const x14 = call(dmirror, x13);
  const x15 = call(hsplit, x14, x3);
  const x16 = call(merge, x15);
  return x16;
}

function verify_91714a58(I: Grid): unknown {
  const x0 = call(shape, I);
  const x2 = call(objects, I, T, F, T);
  const x3 = call(argmax, x2, size);
  const x5 = call(mostcolor, I);
  const x6 = call(canvas, x5, x0);
  const x7 = call(paint, x6, x3);
  const x8 = call(mostcolor, I);
  const x9 = call(color, x3);
  const x10 = call(astuple, x8, ORIGIN);
  const x11 = call(astuple, x9, RIGHT);
  const x12 = call(astuple, x8, ZERO_BY_TWO);
  const x13 = call(initset, x12);
  const x14 = call(insert, x11, x13);
  const x15 = call(insert, x10, x14);
  const x16 = call(dmirror, x15);
  const x17 = call(toindices, x15);
  const x18 = call(lbind, shift, x17);
  const x19 = call(occurrences, x7, x15);
  const x20 = call(mapply, x18, x19);
  const x21 = call(toindices, x16);
  const x22 = call(lbind, shift, x21);
  const x23 = call(occurrences, x7, x16);
  const x24 = call(mapply, x22, x23);
  const x25 = call(combine, x20, x24);
  const x26 = call(fill, x7, x8, x25);
  return x26;
}

function verify_9172f3a0(I: Grid): unknown {
  const x0 = call(upscale, I, THREE);
  return x0;
}

function verify_928ad970(I: Grid): unknown {
  const x0 = call(leastcolor, I);
  const x1 = call(ofcolor, I, x0);
  const x2 = call(leastcolor, I);
  const x3 = call(palette, I);
  const x4 = call(remove, x2, x3);
  const x5 = call(mostcolor, I);
  const x6 = call(other, x4, x5);
  const x7 = call(inbox, x1);
  const x8 = call(fill, I, x6, x7);
  return x8;
}

function verify_93b581b8(I: Grid): unknown {
  const x0 = call(objects, I, F, F, T);
  const x1 = call(apply, toindices, x0);
  const x2 = call(lbind, index, I);
  const x3 = call(compose, x2, lrcorner);
  const x4 = call(astuple, NEG_TWO, NEG_TWO);
  const x5 = call(rbind, shift, x4);
  const x6 = call(fork, recolor, x3, x5);
  const x7 = call(compose, x2, ulcorner);
  const x8 = call(rbind, shift, TWO_BY_TWO);
  const x9 = call(fork, recolor, x7, x8);
  const x10 = call(compose, x2, llcorner);
  const x11 = call(astuple, NEG_TWO, TWO);
  const x12 = call(rbind, shift, x11);
  const x13 = call(fork, recolor, x10, x12);
  const x14 = call(compose, x2, urcorner);
  const x15 = call(astuple, TWO, NEG_TWO);
  const x16 = call(rbind, shift, x15);
  const x17 = call(fork, recolor, x14, x16);
  const x18 = call(fork, combine, x6, x9);
  const x19 = call(fork, combine, x13, x17);
  const x20 = call(fork, combine, x18, x19);
  const x21 = call(mapply, x20, x1);
  const x22 = call(paint, I, x21);
  return x22;
}

function verify_941d9a10(I: Grid): unknown {
  const x0 = call(asindices, I);
  const x1 = call(corners, x0);
  const x2 = call(toobject, x1, I);
  const x3 = call(mostcolor, x2);
  const x4 = call(objects, I, T, T, F);
  const x5 = call(colorfilter, x4, x3);
  const x6 = call(fork, add, leftmost, uppermost);
  const x7 = call(argmin, x5, x6);
  const x8 = call(argmax, x5, x6);
  const x9 = call(lbind, sfilter, x5);
  const x10 = call(rbind, compose, leftmost);
  const x11 = call(chain, size, x9, x10);
  const x12 = call(lbind, sfilter, x5);
  const x13 = call(rbind, compose, uppermost);
  const x14 = call(chain, size, x12, x13);
  const x15 = call(lbind, lbind, greater);
  const x16 = call(chain, x11, x15, leftmost);
  const x17 = call(lbind, rbind, greater);
  const x18 = call(chain, x11, x17, leftmost);
  const x19 = call(lbind, lbind, greater);
  const x20 = call(chain, x14, x19, uppermost);
  const x21 = call(lbind, rbind, greater);
  const x22 = call(chain, x14, x21, uppermost);
  const x23 = call(fork, equality, x16, x18);
  const x24 = call(fork, equality, x20, x22);
  const x25 = call(fork, both, x23, x24);
  const x26 = call(extract, x5, x25);
  const x27 = call(fill, I, ONE, x7);
  const x28 = call(fill, x27, THREE, x8);
  const x29 = call(fill, x28, TWO, x26);
  return x29;
}

function verify_94f9d214(I: Grid): unknown {
  const x0 = call(astuple, vsplit, hsplit);
  const x1 = call(rbind, rbind, TWO);
  const x2 = call(rbind, rapply, I);
  const x3 = call(initset, x1);
  const x4 = call(lbind, rapply, x3);
  const x5 = call(chain, first, x2, x4);
  const x6 = call(lbind, apply, numcolors);
  const x7 = call(compose, x6, x5);
  const x8 = call(matcher, x7, TWO_BY_TWO);
  const x9 = call(extract, x0, x8);
  const x10 = call(x9, I, TWO);
  const x11 = call(first, x10);
  const x12 = call(last, x10);
  const x13 = call(palette, x11);
  const x14 = call(palette, x12);
  const x15 = call(intersection, x13, x14);
  const x16 = call(first, x15);
  const x17 = call(shape, x11);
  const x18 = call(canvas, x16, x17);
  const x19 = call(ofcolor, x11, x16);
  const x20 = call(ofcolor, x12, x16);
  const x21 = call(intersection, x19, x20);
  const x22 = call(fill, x18, TWO, x21);
  return x22;
}

function verify_952a094c(I: Grid): unknown {
  const x0 = call(fgpartition, I);
  const x1 = call(merge, x0);
  const x2 = call(inbox, x1);
  const x3 = call(cover, I, x2);
  const x4 = call(ulcorner, x2);
  const x5 = call(index, I, x4);
  const x6 = call(lrcorner, x1);
  const x7 = call(add, UNITY, x6);
  const x8 = call(initset, x7);
  const x9 = call(fill, x3, x5, x8);
  const x10 = call(lrcorner, x2);
  const x11 = call(index, I, x10);
  const x12 = call(ulcorner, x1);
  const x13 = call(add, NEG_UNITY, x12);
  const x14 = call(initset, x13);
  const x15 = call(fill, x9, x11, x14);
  const x16 = call(urcorner, x2);
  const x17 = call(index, I, x16);
  const x18 = call(llcorner, x1);
  const x19 = call(add, DOWN_LEFT, x18);
  const x20 = call(initset, x19);
  const x21 = call(fill, x15, x17, x20);
  const x22 = call(llcorner, x2);
  const x23 = call(index, I, x22);
  const x24 = call(urcorner, x1);
  const x25 = call(add, UP_RIGHT, x24);
  const x26 = call(initset, x25);
  const x27 = call(fill, x21, x23, x26);
  return x27;
}

function verify_9565186b(I: Grid): unknown {
  const x0 = call(shape, I);
  const x1 = call(partition, I);
  const x2 = call(argmax, x1, size);
  const x3 = call(canvas, FIVE, x0);
  const x4 = call(paint, x3, x2);
  return x4;
}

function verify_95990924(I: Grid): unknown {
  const x0 = call(objects, I, T, F, T);
  const x1 = call(apply, ulcorner, x0);
  const x2 = call(apply, urcorner, x0);
  const x3 = call(apply, llcorner, x0);
  const x4 = call(apply, lrcorner, x0);
  const x5 = call(shift, x1, NEG_UNITY);
  const x6 = call(shift, x2, UP_RIGHT);
  const x7 = call(shift, x3, DOWN_LEFT);
  const x8 = call(shift, x4, UNITY);
  const x9 = call(fill, I, ONE, x5);
  const x10 = call(fill, x9, TWO, x6);
  const x11 = call(fill, x10, THREE, x7);
  const x12 = call(fill, x11, FOUR, x8);
  return x12;
}

function verify_963e52fc(I: Grid): unknown {
  const x0 = call(width, I);
  const x1 = call(asobject, I);
  const x2 = call(hperiod, x1);
  const x3 = call(height, x1);
  const x4 = call(astuple, x3, x2);
  const x5 = call(ulcorner, x1);
  const x6 = call(crop, I, x5, x4);
  const x7 = call(rot90, x6);
  const x8 = call(double, x0);
  const x9 = call(divide, x8, x2);
  const x10 = call(increment, x9);
  const x11 = call(repeat, x7, x10);
  const x12 = call(merge, x11);
  const x13 = call(rot270, x12);
  const x14 = call(astuple, x3, x8);
  const x15 = call(crop, x13, ORIGIN, x14);
  return x15;
}

function verify_97999447(I: Grid): unknown {
  const x0 = call(mostcolor, I);
  const x1 = call(asobject, I);
  const x2 = call(matcher, first, x0);
  const x3 = call(compose, flip, x2);
  const x4 = call(sfilter, x1, x3);
  const x5 = call(apply, initset, x4);
  const x6 = call(apply, toindices, x5);
  const x7 = call(rbind, shoot, RIGHT);
  const x8 = call(compose, x7, center);
  const x9 = call(fork, recolor, color, x8);
  const x10 = call(mapply, x9, x5);
  const x11 = call(paint, I, x10);
  const x12 = call(width, I);
  const x13 = call(interval, ZERO, x12, ONE);
  const x14 = call(apply, double, x13);
  const x15 = call(apply, increment, x14);
  const x16 = call(apply, tojvec, x15);
  const x17 = call(prapply, shift, x6, x16);
  const x18 = call(merge, x17);
  const x19 = call(fill, x11, FIVE, x18);
  return x19;
}

function verify_97a05b5b(I: Grid): unknown {
  const x0 = call(objects, I, F, F, T);
  const x1 = call(fork, multiply, height, width);
  const x2 = call(fork, equality, size, x1);
  const x3 = call(matcher, numcolors, TWO);
  const x4 = call(fork, both, x2, x3);
  const x5 = call(sfilter, x0, x4);
  const x6 = call(difference, x0, x5);
  const x7 = call(merge, x6);
  const x8 = call(color, x7);
  const x9 = call(mostcolor, I);
  const x10 = call(subgrid, x7, I);
  const x11 = call(astuple, hmirror, vmirror);
  const x12 = call(astuple, cmirror, dmirror);
  const x13 = call(combine, x11, x12);
  const x14 = call(astuple, identity, rot180);
  const x15 = call(astuple, rot90, rot270);
  const x16 = call(combine, x14, x15);
  const x17 = call(combine, x16, x13);
  const x18 = call(lbind, canvas, NEG_ONE);
  const x19 = call(compose, x18, shape);
  const x20 = call(fork, paint, x19, normalize);
  const x21 = call(rbind, other, x8);
  const x22 = call(compose, x21, palette);
  const x23 = call(lbind, occurrences, x10);
  const x24 = call(chain, positive, size, x23);
  const x25 = call(compose, x24, asobject);
  const x26 = call(rbind, replace, x8);
  const x27 = call(rbind, replace, x9);
  const x28 = call(rbind, x27, x8);
  const x29 = call(compose, x28, x20);
  const x30 = call(fork, x26, x29, x22);
  const x31 = call(rbind, chain, initset);
  const x32 = call(compose, x25, first);
  const x33 = call(lbind, x31, x32);
  const x34 = call(lbind, rbind, rapply);
  const x35 = call(chain, x33, x34, x30);
  const x36 = call(lbind, occurrences, x10);
  const x37 = call(chain, first, x36, asobject);
  const x38 = call(lbind, argmax, x17);
  const x39 = call(compose, x38, x35);
  const x40 = call(compose, initset, x39);
  const x41 = call(fork, rapply, x40, x20);
  const x42 = call(compose, first, x41);
  const x43 = call(compose, initset, x39);
  const x44 = call(fork, rapply, x43, x30);
  const x45 = call(compose, first, x44);
  const x46 = call(compose, asobject, x42);
  const x47 = call(compose, x37, x45);
  const x48 = call(fork, shift, x46, x47);
  const x49 = call(mapply, x48, x5);
  const x50 = call(paint, x10, x49);
  return x50;
}

function verify_98cf29f8(I: Grid): unknown {
  const x0 = call(asindices, I);
  const x1 = call(box, x0);
  const x2 = call(toobject, x1, I);
  const x3 = call(mostcolor, x2);
  const x4 = call(shape, I);
  const x5 = call(add, TWO, x4);
  const x6 = call(canvas, x3, x5);
  const x7 = call(asobject, I);
  const x8 = call(shift, x7, UNITY);
  const x9 = call(paint, x6, x8);
  const x10 = call(palette, x9);
  const x11 = call(remove, x3, x10);
  const x12 = call(lbind, ofcolor, x9);
  const x13 = call(fork, recolor, identity, x12);
  const x14 = call(apply, x13, x11);
  const x15 = call(fork, equality, toindices, backdrop);
  const x16 = call(extract, x14, x15);
  const x17 = call(other, x14, x16);
  const x18 = call(color, x17);
  const x19 = call(astuple, x18, RIGHT);
  const x20 = call(initset, ZERO_BY_TWO);
  const x21 = call(insert, ORIGIN, x20);
  const x22 = call(recolor, x3, x21);
  const x23 = call(insert, x19, x22);
  const x24 = call(dmirror, x23);
  const x25 = call(lbind, shift, x23);
  const x26 = call(occurrences, x9, x23);
  const x27 = call(mapply, x25, x26);
  const x28 = call(lbind, shift, x24);
  const x29 = call(occurrences, x9, x24);
  const x30 = call(mapply, x28, x29);
  const x31 = call(combine, x27, x30);
  const x32 = call(fill, x9, x3, x31);
  const x33 = call(ofcolor, x32, x18);
  const x34 = call(gravitate, x33, x16);
  const x35 = call(replace, x9, x18, x3);
  const x36 = call(shift, x33, x34);
  const x37 = call(fill, x35, x18, x36);
  const x38 = call(trim, x37);
  return x38;
}

function verify_995c5fa3(I: Grid): unknown {
  const x0 = call(width, I);
  const x1 = call(increment, x0);
  const x2 = call(divide, x1, FIVE);
  const x3 = call(astuple, FOUR, FOUR);
  const x4 = call(canvas, NEG_ONE, x3);
  const x5 = call(asindices, x4);
  const x6 = call(rbind, toobject, I);
  const x7 = call(lbind, shift, x5);
  const x8 = call(compose, x6, x7);
  const x9 = call(multiply, x2, FIVE);
  const x10 = call(interval, ZERO, x9, FIVE);
  const x11 = call(apply, tojvec, x10);
  const x12 = call(apply, x8, x11);
  const x13 = call(matcher, numcolors, ONE);
  const x14 = call(fork, equality, identity, hmirror);
  const x15 = call(compose, flip, x14);
  const x16 = call(lbind, index, I);
  const x17 = call(compose, x16, ulcorner);
  const x18 = call(lbind, add, DOWN);
  const x19 = call(chain, x16, x18, ulcorner);
  const x20 = call(fork, equality, x17, x19);
  const x21 = call(compose, flip, x20);
  const x22 = call(fork, either, x13, x15);
  const x23 = call(fork, either, x22, x21);
  const x24 = call(compose, flip, x23);
  const x25 = call(lbind, multiply, TWO);
  const x26 = call(compose, x25, x13);
  const x27 = call(lbind, multiply, FOUR);
  const x28 = call(compose, x27, x15);
  const x29 = call(fork, add, x26, x28);
  const x30 = call(lbind, multiply, THREE);
  const x31 = call(compose, x30, x21);
  const x32 = call(lbind, multiply, EIGHT);
  const x33 = call(compose, x32, x24);
  const x34 = call(fork, add, x31, x33);
  const x35 = call(fork, add, x29, x34);
  const x36 = call(apply, x35, x12);
  const x37 = call(rbind, repeat, x2);
  const x38 = call(apply, x37, x36);
  return x38;
}

function verify_99b1bc43(I: Grid): unknown {
  const x0 = call(frontiers, I);
  const x1 = call(sfilter, x0, vline);
  const x2 = call(size, x1);
  const x3 = call(positive, x2);
  const x4 = call(branch, x3, hsplit, vsplit);
  const x5 = call(x4, I, TWO);
  const x6 = call(first, x5);
  const x7 = call(last, x5);
  const x8 = call(palette, x6);
  const x9 = call(palette, x7);
  const x10 = call(intersection, x8, x9);
  const x11 = call(first, x10);
  const x12 = call(shape, x6);
  const x13 = call(canvas, x11, x12);
  const x14 = call(ofcolor, x6, x11);
  const x15 = call(ofcolor, x7, x11);
  const x16 = call(combine, x14, x15);
  const x17 = call(intersection, x14, x15);
  const x18 = call(difference, x16, x17);
  const x19 = call(fill, x13, THREE, x18);
  return x19;
}

function verify_99fa7670(I: Grid): unknown {
  const x0 = call(shape, I);
  const x1 = call(objects, I, T, F, T);
  const x2 = call(rbind, shoot, RIGHT);
  const x3 = call(compose, x2, center);
  const x4 = call(fork, recolor, color, x3);
  const x5 = call(mapply, x4, x1);
  const x6 = call(paint, I, x5);
  const x7 = call(add, x0, DOWN_LEFT);
  const x8 = call(initset, x7);
  const x9 = call(mostcolor, I);
  const x10 = call(recolor, x9, x8);
  const x11 = call(objects, x6, T, F, T);
  const x12 = call(insert, x10, x11);
  const x13 = call(order, x12, uppermost);
  const x14 = call(first, x13);
  const x15 = call(remove, x10, x13);
  const x16 = call(remove, x14, x13);
  const x17 = call(compose, lrcorner, first);
  const x18 = call(compose, lrcorner, last);
  const x19 = call(fork, connect, x17, x18);
  const x20 = call(compose, color, first);
  const x21 = call(fork, recolor, x20, x19);
  const x22 = call(pair, x15, x16);
  const x23 = call(mapply, x21, x22);
  const x24 = call(underpaint, x6, x23);
  return x24;
}

function verify_9aec4887(I: Grid): unknown {
  const x0 = call(objects, I, T, F, F);
  const x1 = call(fork, multiply, height, width);
  const x2 = call(fork, equality, size, x1);
  const x3 = call(sfilter, x0, x2);
  const x4 = call(mostcolor, I);
  const x5 = call(colorfilter, x3, x4);
  const x6 = call(argmax, x5, size);
  const x7 = call(outbox, x6);
  const x8 = call(backdrop, x7);
  const x9 = call(subgrid, x8, I);
  const x10 = call(cover, I, x8);
  const x11 = call(fgpartition, x10);
  const x12 = call(merge, x11);
  const x13 = call(normalize, x12);
  const x14 = call(shift, x13, UNITY);
  const x15 = call(paint, x9, x14);
  const x16 = call(toindices, x14);
  const x17 = call(fgpartition, x9);
  const x18 = call(rbind, remove, x17);
  const x19 = call(lbind, lbind, manhattan);
  const x20 = call(compose, x19, initset);
  const x21 = call(lbind, fork, greater);
  const x22 = call(lbind, sfilter, x16);
  const x23 = call(rbind, compose, x20);
  const x24 = call(lbind, lbind, valmin);
  const x25 = call(chain, x23, x24, x18);
  const x26 = call(rbind, compose, initset);
  const x27 = call(lbind, rbind, manhattan);
  const x28 = call(compose, x26, x27);
  const x29 = call(fork, x21, x25, x28);
  const x30 = call(compose, x22, x29);
  const x31 = call(fork, recolor, color, x30);
  const x32 = call(mapply, x31, x17);
  const x33 = call(paint, x15, x32);
  return x33;
}

function verify_9af7a82c(I: Grid): unknown {
  const x0 = call(partition, I);
  const x1 = call(order, x0, size);
  const x2 = call(valmax, x0, size);
  const x3 = call(rbind, astuple, ONE);
  const x4 = call(lbind, subtract, x2);
  const x5 = call(compose, x3, size);
  const x6 = call(chain, x3, x4, size);
  const x7 = call(fork, canvas, color, x5);
  const x8 = call(lbind, canvas, ZERO);
  const x9 = call(compose, x8, x6);
  const x10 = call(fork, vconcat, x7, x9);
  const x11 = call(compose, cmirror, x10);
  const x12 = call(apply, x11, x1);
  const x13 = call(merge, x12);
  const x14 = call(cmirror, x13);
  return x14;
}

function verify_9d9215db(I: Grid): unknown {
  const x0 = call(hmirror, I);
  const x1 = call(fgpartition, x0);
  const x2 = call(merge, x1);
  const x3 = call(vmirror, I);
  const x4 = call(fgpartition, x3);
  const x5 = call(merge, x4);
  const x6 = call(hmirror, I);
  const x7 = call(vmirror, x6);
  const x8 = call(fgpartition, x7);
  const x9 = call(merge, x8);
  const x10 = call(mostcolor, I);
  const x11 = call(combine, x2, x5);
  const x12 = call(combine, x11, x9);
  const x13 = call(paint, I, x12);
  const x14 = call(compose, increment, first);
  const x15 = call(fork, greater, last, x14);
  const x16 = call(tojvec, NEG_TWO);
  const x17 = call(rbind, shift, x16);
  const x18 = call(compose, x17, vmirror);
  const x19 = call(rbind, sfilter, x15);
  const x20 = call(compose, x19, asindices);
  const x21 = call(compose, x18, x20);
  const x22 = call(fork, intersection, x20, x21);
  const x23 = call(rbind, shoot, RIGHT);
  const x24 = call(compose, x23, last);
  const x25 = call(matcher, first, x10);
  const x26 = call(compose, flip, x25);
  const x27 = call(rbind, sfilter, x26);
  const x28 = call(compose, double, halve);
  const x29 = call(fork, equality, x28, identity);
  const x30 = call(chain, flip, x29, last);
  const x31 = call(lbind, fork, both);
  const x32 = call(rbind, x31, x30);
  const x33 = call(lbind, fork, recolor);
  const x34 = call(lbind, x33, first);
  const x35 = call(rbind, compose, x24);
  const x36 = call(lbind, rbind, contained);
  const x37 = call(lbind, rbind, sfilter);
  const x38 = call(chain, x34, x35, x37);
  const x39 = call(chain, x38, x32, x36);
  const x40 = call(fork, toobject, x22, identity);
  const x41 = call(compose, x27, x40);
  const x42 = call(compose, x39, x22);
  const x43 = call(fork, mapply, x42, x41);
  const x44 = call(fork, paint, identity, x43);
  const x45 = call(compose, rot90, x44);
  const x46 = call(power, x45, FOUR);
  const x47 = call(x46, x13);
  return x47;
}

function verify_9dfd6313(I: Grid): unknown {
  const x0 = call(shape, I);
  const x1 = call(decrement, x0);
  const x2 = call(connect, ORIGIN, x1);
  const x3 = call(height, I);
  const x4 = call(decrement, x3);
  const x5 = call(toivec, x4);
  const x6 = call(width, I);
  const x7 = call(decrement, x6);
  const x8 = call(tojvec, x7);
  const x9 = call(connect, x5, x8);
  const x10 = call(height, I);
  const x11 = call(halve, x10);
  const x12 = call(toivec, x11);
  const x13 = call(width, I);
  const x14 = call(decrement, x13);
  const x15 = call(astuple, x11, x14);
  const x16 = call(connect, x12, x15);
  const x17 = call(width, I);
  const x18 = call(halve, x17);
  const x19 = call(tojvec, x18);
  const x20 = call(height, I);
  const x21 = call(decrement, x20);
  const x22 = call(astuple, x21, x18);
  const x23 = call(connect, x19, x22);
  const x24 = call(astuple, x2, dmirror);
  const x25 = call(astuple, x9, cmirror);
  const x26 = call(astuple, x24, x25);
  const x27 = call(astuple, x23, vmirror);
  const x28 = call(astuple, x16, hmirror);
  const x29 = call(astuple, x27, x28);
  const x30 = call(combine, x26, x29);
  const x31 = call(lbind, colorcount, I);
  const x32 = call(rbind, toobject, I);
  const x33 = call(compose, x32, first);
  const x34 = call(chain, x31, color, x33);
  const x35 = call(compose, size, first);
  const x36 = call(fork, equality, x34, x35);
  const x37 = call(rbind, toobject, I);
  const x38 = call(chain, numcolors, x37, first);
  const x39 = call(matcher, x38, ONE);
  const x40 = call(fork, both, x39, x36);
  const x41 = call(extract, x30, x40);
  const x42 = call(last, x41);
  const x43 = call(x42, I);
  return x43;
}

function verify_9ecd008a(I: Grid): unknown {
  const x0 = call(ofcolor, I, ZERO);
  const x1 = call(rbind, colorcount, ZERO);
  const x2 = call(lbind, toobject, x0);
  const x3 = call(compose, x1, x2);
  const x4 = call(vmirror, I);
  const x5 = call(hmirror, I);
  const x6 = call(astuple, x4, x5);
  const x7 = call(argmin, x6, x3);
  const x8 = call(subgrid, x0, x7);
  return x8;
}

function verify_9edfc990(I: Grid): unknown {
  const x0 = call(objects, I, T, F, F);
  const x1 = call(colorfilter, x0, ZERO);
  const x2 = call(ofcolor, I, ONE);
  const x3 = call(rbind, adjacent, x2);
  const x4 = call(mfilter, x1, x3);
  const x5 = call(recolor, ONE, x4);
  const x6 = call(paint, I, x5);
  return x6;
}

function verify_9f236235(I: Grid): unknown {
  const x0 = call(frontiers, I);
  const x1 = call(merge, x0);
  const x2 = call(color, x1);
  const x3 = call(shape, I);
  const x4 = call(canvas, x2, x3);
  const x5 = call(hconcat, I, x4);
  const x6 = call(objects, x5, T, F, T);
  const x7 = call(apply, uppermost, x6);
  const x8 = call(order, x7, identity);
  const x9 = call(lbind, sfilter, x6);
  const x10 = call(lbind, matcher, uppermost);
  const x11 = call(compose, x9, x10);
  const x12 = call(lbind, apply, color);
  const x13 = call(rbind, order, leftmost);
  const x14 = call(chain, x12, x13, x11);
  const x15 = call(apply, x14, x8);
  const x16 = call(vmirror, x15);
  return x16;
}

function verify_a1570a43(I: Grid): unknown {
  const x0 = call(fgpartition, I);
  const x1 = call(merge, x0);
  const x2 = call(fork, equality, toindices, corners);
  const x3 = call(fork, multiply, height, width);
  const x4 = call(sfilter, x0, x2);
  const x5 = call(argmax, x4, x3);
  const x6 = call(difference, x1, x5);
  const x7 = call(mostcolor, I);
  const x8 = call(fill, I, x7, x6);
  const x9 = call(normalize, x6);
  const x10 = call(ulcorner, x5);
  const x11 = call(increment, x10);
  const x12 = call(shift, x9, x11);
  const x13 = call(paint, x8, x12);
  return x13;
}

function verify_a2fd1cf0(I: Grid): unknown {
  const x0 = call(ofcolor, I, TWO);
  const x1 = call(ofcolor, I, THREE);
  const x2 = call(uppermost, x0);
  const x3 = call(leftmost, x0);
  const x4 = call(uppermost, x1);
  const x5 = call(leftmost, x1);
  const x6 = call(astuple, x2, x4);
  const x7 = call(minimum, x6);
  const x8 = call(maximum, x6);
  const x9 = call(astuple, x7, x5);
  const x10 = call(astuple, x8, x5);
  const x11 = call(connect, x9, x10);
  const x12 = call(astuple, x3, x5);
  const x13 = call(minimum, x12);
  const x14 = call(maximum, x12);
  const x15 = call(astuple, x2, x13);
  const x16 = call(astuple, x2, x14);
  const x17 = call(connect, x15, x16);
  const x18 = call(combine, x11, x17);
  const x19 = call(underfill, I, EIGHT, x18);
  return x19;
}

function verify_a3325580(I: Grid): unknown {
  const x0 = call(objects, I, T, F, T);
  const x1 = call(valmax, x0, size);
  const x2 = call(sizefilter, x0, x1);
  const x3 = call(order, x2, leftmost);
  const x4 = call(apply, color, x3);
  const x5 = call(astuple, ONE, x1);
  const x6 = call(rbind, canvas, x5);
  const x7 = call(apply, x6, x4);
  const x8 = call(merge, x7);
  const x9 = call(dmirror, x8);
  return x9;
}

function verify_a3df8b1e(I: Grid): unknown {
  const x0 = call(portrait, I);
  const x1 = call(branch, x0, identity, dmirror);
  const x2 = call(x1, I);
  const x3 = call(asindices, x2);
  const x4 = call(shoot, ORIGIN, UNITY);
  const x5 = call(intersection, x4, x3);
  const x6 = call(lrcorner, x5);
  const x7 = call(shoot, x6, DOWN_LEFT);
  const x8 = call(intersection, x7, x3);
  const x9 = call(combine, x5, x8);
  const x10 = call(llcorner, x9);
  const x11 = call(remove, x10, x9);
  const x12 = call(lbind, shift, x11);
  const x13 = call(height, x11);
  const x14 = call(lbind, multiply, x13);
  const x15 = call(chain, x12, toivec, x14);
  const x16 = call(height, x2);
  const x17 = call(height, x11);
  const x18 = call(divide, x16, x17);
  const x19 = call(increment, x18);
  const x20 = call(interval, ZERO, x19, ONE);
  const x21 = call(mapply, x15, x20);
  const x22 = call(rbind, contained, x21);
  const x23 = call(sfilter, x3, x22);
  const x24 = call(asindices, I);
  const x25 = call(corners, x24);
  const x26 = call(difference, x24, x25);
  const x27 = call(toobject, x26, I);
  const x28 = call(mostcolor, x27);
  const x29 = call(palette, I);
  const x30 = call(other, x29, x28);
  const x31 = call(ulcorner, x3);
  const x32 = call(index, x2, x31);
  const x33 = call(equality, x32, x30);
  const x34 = call(urcorner, x3);
  const x35 = call(index, x2, x34);
  const x36 = call(equality, x35, x30);
  const x37 = call(llcorner, x3);
  const x38 = call(index, x2, x37);
  const x39 = call(equality, x38, x30);
  const x40 = call(lrcorner, x3);
  const x41 = call(index, x2, x40);
  const x42 = call(equality, x41, x30);
  const x43 = call(astuple, x33, x36);
  const x44 = call(astuple, x39, x42);
  const x45 = call(combine, x43, x44);
  const x46 = call(vmirror, x23);
  const x47 = call(astuple, x23, x46);
  const x48 = call(hmirror, x23);
  const x49 = call(hmirror, x46);
  const x50 = call(astuple, x48, x49);
  const x51 = call(combine, x47, x50);
  const x52 = call(pair, x45, x51);
  const x53 = call(sfilter, x52, first);
  const x54 = call(mapply, last, x53);
  const x55 = call(fill, x2, x30, x54);
  const x56 = call(x1, x55);
  return x56;
}

function verify_a416b8f3(I: Grid): unknown {
  const x0 = call(hconcat, I, I);
  return x0;
}

function verify_a48eeaf7(I: Grid): unknown {
  const x0 = call(fgpartition, I);
  const x1 = call(fork, equality, toindices, backdrop);
  const x2 = call(sfilter, x0, x1);
  const x3 = call(argmax, x2, size);
  const x4 = call(other, x0, x3);
  const x5 = call(color, x4);
  const x6 = call(toindices, x4);
  const x7 = call(outbox, x3);
  const x8 = call(lbind, argmin, x7);
  const x9 = call(lbind, lbind, manhattan);
  const x10 = call(rbind, compose, initset);
  const x11 = call(chain, x8, x10, x9);
  const x12 = call(compose, x11, initset);
  const x13 = call(apply, x12, x6);
  const x14 = call(cover, I, x4);
  const x15 = call(fill, x14, x5, x13);
  return x15;
}

function verify_a5313dff(I: Grid): unknown {
  const x0 = call(objects, I, T, F, F);
  const x1 = call(rbind, bordering, I);
  const x2 = call(compose, flip, x1);
  const x3 = call(sfilter, x0, x2);
  const _x4 = call(totuple, x3);
  const x7 = call(mostcolor, I);
  const x8 = call(colorfilter, x0, x7);
  const x9 = call(rbind, bordering, I);
  const x10 = call(compose, flip, x9);
  const x11 = call(mfilter, x8, x10);
  const x12 = call(fill, I, ONE, x11);
  return x12;
}

function verify_a5f85a15(I: Grid): unknown {
  const x0 = call(leastcolor, I);
  const x1 = call(ofcolor, I, x0);
  const x2 = call(compose, increment, double);
  const x3 = call(shoot, ORIGIN, UNITY);
  const x4 = call(apply, x2, x3);
  const x5 = call(order, x4, identity);
  const x6 = call(lbind, contained, ZERO);
  const x7 = call(sfilter, x1, x6);
  const x8 = call(lbind, shift, x5);
  const x9 = call(mapply, x8, x7);
  const x10 = call(fill, I, FOUR, x9);
  return x10;
}

function verify_a61ba2ce(I: Grid): unknown {
  const x0 = call(fgpartition, I);
  const x1 = call(fork, contained, lrcorner, toindices);
  const x2 = call(compose, flip, x1);
  const x3 = call(extract, x0, x2);
  const x4 = call(fork, contained, llcorner, toindices);
  const x5 = call(compose, flip, x4);
  const x6 = call(extract, x0, x5);
  const x7 = call(fork, contained, urcorner, toindices);
  const x8 = call(compose, flip, x7);
  const x9 = call(extract, x0, x8);
  const x10 = call(fork, contained, ulcorner, toindices);
  const x11 = call(compose, flip, x10);
  const x12 = call(extract, x0, x11);
  const x13 = call(height, x3);
  const x14 = call(height, x9);
  const x15 = call(add, x13, x14);
  const x16 = call(width, x3);
  const x17 = call(width, x6);
  const x18 = call(add, x16, x17);
  const x19 = call(astuple, x15, x18);
  const x20 = call(mostcolor, I);
  const x21 = call(canvas, x20, x19);
  const x22 = call(normalize, x3);
  const x23 = call(paint, x21, x22);
  const x24 = call(normalize, x6);
  const x25 = call(width, x6);
  const x26 = call(subtract, x18, x25);
  const x27 = call(tojvec, x26);
  const x28 = call(shift, x24, x27);
  const x29 = call(paint, x23, x28);
  const x30 = call(normalize, x9);
  const x31 = call(height, x9);
  const x32 = call(subtract, x15, x31);
  const x33 = call(toivec, x32);
  const x34 = call(shift, x30, x33);
  const x35 = call(paint, x29, x34);
  const x36 = call(normalize, x12);
  const x37 = call(shape, x12);
  const x38 = call(subtract, x19, x37);
  const x39 = call(shift, x36, x38);
  const x40 = call(paint, x35, x39);
  return x40;
}

function verify_a61f2674(I: Grid): unknown {
  const x0 = call(objects, I, T, F, T);
  const x1 = call(argmax, x0, size);
  const x2 = call(argmin, x0, size);
  const x3 = call(merge, x0);
  const x4 = call(cover, I, x3);
  const x5 = call(fill, x4, ONE, x1);
  const x6 = call(fill, x5, TWO, x2);
  return x6;
}

function verify_a64e4611(I: Grid): unknown {
  const x0 = call(mostcolor, I);
  const x1 = call(shape, I);
  const x2 = call(add, TWO, x1);
  const x3 = call(canvas, x0, x2);
  const x4 = call(asobject, I);
  const x5 = call(shift, x4, UNITY);
  const x6 = call(paint, x3, x5);
  const x7 = call(double, SIX);
  const x8 = call(astuple, ONE, x7);
  const x9 = call(connect, UNITY, x8);
  const x10 = call(outbox, x9);
  const x11 = call(backdrop, x10);
  const x12 = call(recolor, x0, x11);
  const x13 = call(recolor, THREE, x9);
  const x14 = call(lbind, shift, x13);
  const x15 = call(lbind, mapply, x14);
  const x16 = call(rbind, occurrences, x12);
  const x17 = call(compose, x15, x16);
  const x18 = call(fork, paint, identity, x17);
  const x19 = call(x18, x6);
  const x20 = call(ofcolor, x19, THREE);
  const x21 = call(dmirror, x6);
  const x22 = call(x18, x21);
  const x23 = call(dmirror, x22);
  const x24 = call(ofcolor, x23, THREE);
  const x25 = call(combine, x20, x24);
  const x26 = call(fill, x6, THREE, x25);
  const x27 = call(astuple, TWO, ONE);
  const x28 = call(dneighbors, UNITY);
  const x29 = call(remove, x27, x28);
  const x30 = call(recolor, x0, x29);
  const x31 = call(initset, UNITY);
  const x32 = call(recolor, THREE, x31);
  const x33 = call(combine, x30, x32);
  const x34 = call(recolor, x0, x33);
  const x35 = call(astuple, ONE, THREE);
  const x36 = call(initset, x35);
  const x37 = call(insert, ZERO_BY_TWO, x36);
  const x38 = call(insert, RIGHT, x37);
  const x39 = call(insert, DOWN, x38);
  const x40 = call(recolor, x0, x39);
  const x41 = call(astuple, ONE, TWO);
  const x42 = call(initset, x41);
  const x43 = call(insert, UNITY, x42);
  const x44 = call(recolor, THREE, x43);
  const x45 = call(combine, x40, x44);
  const x46 = call(recolor, x0, x45);
  const x47 = call(lbind, shift, x34);
  const x48 = call(lbind, mapply, x47);
  const x49 = call(rbind, occurrences, x33);
  const x50 = call(compose, x48, x49);
  const x51 = call(fork, paint, identity, x50);
  const x52 = call(lbind, shift, x46);
  const x53 = call(lbind, mapply, x52);
  const x54 = call(rbind, occurrences, x45);
  const x55 = call(compose, x53, x54);
  const x56 = call(fork, paint, identity, x55);
  const x57 = call(compose, x51, x56);
  const x58 = call(compose, rot90, x57);
  const x59 = call(power, x58, FOUR);
  const x60 = call(power, x59, TWO);
  const x61 = call(asindices, x26);
  const x62 = call(box, x61);
  const x63 = call(fill, x26, THREE, x62);
  const x64 = call(x60, x63);
  const x65 = call(trim, x64);
  return x65;
}

function verify_a65b410d(I: Grid): unknown {
  const x0 = call(astuple, identity, rot90);
  const x1 = call(astuple, rot180, rot270);
  const x2 = call(combine, x0, x1);
  const x3 = call(astuple, identity, rot270);
  const x4 = call(astuple, rot180, rot90);
  const x5 = call(combine, x3, x4);
  const x6 = call(pair, x2, x5);
  const x7 = call(leastcolor, I);
  const x8 = call(rbind, ofcolor, x7);
  const x9 = call(rbind, rapply, I);
  const x10 = call(chain, first, x9, initset);
  const x11 = call(chain, hline, x8, x10);
  const x12 = call(rbind, ofcolor, x7);
  const x13 = call(rbind, rapply, I);
  const x14 = call(chain, first, x13, initset);
  const x15 = call(chain, leftmost, x12, x14);
  const x16 = call(matcher, x15, ZERO);
  const x17 = call(fork, both, x11, x16);
  const x18 = call(compose, x17, first);
  const x19 = call(extract, x6, x18);
  const x20 = call(first, x19);
  const x21 = call(last, x19);
  const x22 = call(x20, I);
  const x23 = call(ofcolor, x22, x7);
  const x24 = call(argmax, x23, last);
  const x25 = call(add, x24, UP_RIGHT);
  const x26 = call(shoot, x25, UP_RIGHT);
  const x27 = call(add, x24, DOWN_LEFT);
  const x28 = call(shoot, x27, DOWN_LEFT);
  const x29 = call(rbind, shoot, LEFT);
  const x30 = call(mapply, x29, x26);
  const x31 = call(rbind, shoot, LEFT);
  const x32 = call(mapply, x31, x28);
  const x33 = call(width, x22);
  const x34 = call(invert, x33);
  const x35 = call(tojvec, x34);
  const x36 = call(shift, x30, x35);
  const x37 = call(combine, x30, x36);
  const x38 = call(fill, x22, THREE, x37);
  const x39 = call(shift, x32, x35);
  const x40 = call(combine, x32, x39);
  const x41 = call(fill, x38, ONE, x40);
  const x42 = call(x21, x41);
  return x42;
}

function verify_a68b268e(I: Grid): unknown {
  const x0 = call(tophalf, I);
  const x1 = call(lefthalf, x0);
  const x2 = call(tophalf, I);
  const x3 = call(righthalf, x2);
  const x4 = call(bottomhalf, I);
  const x5 = call(lefthalf, x4);
  const x6 = call(bottomhalf, I);
  const x7 = call(righthalf, x6);
  const x8 = call(palette, x1);
  const x9 = call(palette, x3);
  const x10 = call(intersection, x8, x9);
  const x11 = call(palette, x5);
  const x12 = call(palette, x7);
  const x13 = call(intersection, x11, x12);
  const x14 = call(intersection, x10, x13);
  const x15 = call(first, x14);
  const x16 = call(shape, I);
  const x17 = call(halve, x16);
  const x18 = call(canvas, x15, x17);
  const x19 = call(matcher, first, x15);
  const x20 = call(compose, flip, x19);
  const x21 = call(rbind, sfilter, x20);
  const x22 = call(compose, x21, asobject);
  const x23 = call(x22, x1);
  const x24 = call(x22, x3);
  const x25 = call(x22, x5);
  const x26 = call(x22, x7);
  const x27 = call(paint, x18, x26);
  const x28 = call(paint, x27, x25);
  const x29 = call(paint, x28, x24);
  const x30 = call(paint, x29, x23);
  return x30;
}

function verify_a699fb00(I: Grid): unknown {
  const x0 = call(leastcolor, I);
  const x1 = call(height, I);
  const x2 = call(vsplit, I, x1);
  const x3 = call(lbind, recolor, TWO);
  const x4 = call(rbind, ofcolor, x0);
  const x5 = call(chain, x3, delta, x4);
  const x6 = call(fork, paint, identity, x5);
  const x7 = call(apply, x6, x2);
  const x8 = call(merge, x7);
  return x8;
}

function verify_a740d043(I: Grid): unknown {
  const x0 = call(fgpartition, I);
  const x1 = call(merge, x0);
  const x2 = call(subgrid, x1, I);
  const x3 = call(mostcolor, I);
  const x4 = call(replace, x2, x3, ZERO);
  return x4;
}

function verify_a78176bb(I: Grid): unknown {
  const x1 = call(objects, I, T, T, F);
  const x2 = call(fork, connect, ulcorner, lrcorner);
  const x3 = call(fork, equality, toindices, x2);
  const x4 = call(sfilter, x1, x3);
  const x5 = call(size, x4);
  const x6 = call(positive, x5);
  const x7 = call(branch, x6, identity, hmirror);
  const x8 = call(x7, I);
  const x9 = call(objects, x8, T, F, T);
  const x10 = call(compose, flip, x3);
  const x11 = call(sfilter, x9, x10);
  const x12 = call(rbind, shoot, UNITY);
  const x13 = call(rbind, shoot, NEG_UNITY);
  const x14 = call(fork, combine, x12, x13);
  const x15 = call(rbind, branch, llcorner);
  const x16 = call(rbind, x15, urcorner);
  const x17 = call(rbind, branch, DOWN_LEFT);
  const x18 = call(rbind, x17, UP_RIGHT);
  const x19 = call(rbind, branch, RIGHT);
  const x20 = call(rbind, x19, DOWN);
  const x21 = call(fork, contained, urcorner, toindices);
  const x22 = call(lbind, index, x8);
  const x23 = call(compose, x20, x21);
  const x24 = call(fork, add, ulcorner, x23);
  const x25 = call(compose, x22, x24);
  const x26 = call(chain, initset, x16, x21);
  const x27 = call(fork, rapply, x26, identity);
  const x28 = call(compose, first, x27);
  const x29 = call(compose, x18, x21);
  const x30 = call(fork, add, x28, x29);
  const x31 = call(compose, x14, x30);
  const x32 = call(fork, recolor, x25, x31);
  const x33 = call(mapply, x32, x11);
  const x34 = call(merge, x11);
  const x35 = call(cover, x8, x34);
  const x36 = call(paint, x35, x33);
  const x37 = call(x7, x36);
  return x37;
}

function verify_a79310a0(I: Grid): unknown {
  const x0 = call(fgpartition, I);
  const x1 = call(merge, x0);
  const x2 = call(mostcolor, I);
  const x3 = call(fill, I, x2, x1);
  const x4 = call(shift, x1, DOWN);
  const x5 = call(fill, x3, TWO, x4);
  return x5;
}

function verify_a85d4709(I: Grid): unknown {
  const x0 = call(leastcolor, I);
  const x1 = call(height, I);
  const x2 = call(vsplit, I, x1);
  const x3 = call(rbind, ofcolor, x0);
  const x4 = call(compose, leftmost, x3);
  const x5 = call(width, I);
  const x6 = call(divide, x5, THREE);
  const x7 = call(multiply, x6, TWO);
  const x8 = call(lbind, greater, x6);
  const x9 = call(compose, x8, x4);
  const x10 = call(lbind, greater, x7);
  const x11 = call(compose, x10, x4);
  const x12 = call(compose, flip, x9);
  const x13 = call(fork, both, x11, x12);
  const x14 = call(fork, either, x9, x13);
  const x15 = call(compose, flip, x14);
  const x16 = call(rbind, multiply, TWO);
  const x17 = call(compose, x16, x9);
  const x18 = call(rbind, multiply, FOUR);
  const x19 = call(compose, x18, x13);
  const x20 = call(rbind, multiply, THREE);
  const x21 = call(compose, x20, x15);
  const x22 = call(fork, add, x17, x19);
  const x23 = call(fork, add, x22, x21);
  const x24 = call(width, I);
  const x25 = call(rbind, repeat, x24);
  const x26 = call(compose, x25, x23);
  const x27 = call(apply, x26, x2);
  return x27;
}

function verify_a87f7484(I: Grid): unknown {
  const x0 = call(height, I);
  const x1 = call(halve, x0);
  const x2 = call(increment, x1);
  const x3 = call(interval, THREE, x2, ONE);
  const x4 = call(width, I);
  const x5 = call(halve, x4);
  const x6 = call(increment, x5);
  const x7 = call(interval, THREE, x6, ONE);
  const x8 = call(palette, I);
  const x9 = call(lbind, apply, toindices);
  const x10 = call(compose, x9, partition);
  const x11 = call(rbind, compose, palette);
  const x12 = call(lbind, lbind, contained);
  const x13 = call(compose, x11, x12);
  const x14 = call(lbind, chain, size);
  const x15 = call(rbind, x14, x13);
  const x16 = call(lbind, lbind, sfilter);
  const x17 = call(compose, x15, x16);
  const x18 = call(compose, positive, size);
  const x19 = call(lbind, sfilter, x8);
  const x20 = call(fork, matcher, x17, size);
  const x21 = call(chain, x18, x19, x20);
  const x22 = call(lbind, apply, shape);
  const x23 = call(chain, size, dedupe, x22);
  const x24 = call(matcher, x23, ONE);
  const x25 = call(lbind, apply, x10);
  const x26 = call(chain, size, dedupe, x25);
  const x27 = call(matcher, x26, TWO);
  const x28 = call(compose, size, dedupe);
  const x29 = call(fork, equality, size, x28);
  const x30 = call(fork, add, x21, x24);
  const x31 = call(fork, add, x27, x29);
  const x32 = call(fork, add, x30, x31);
  const x33 = call(multiply, TEN, TEN);
  const x34 = call(lbind, multiply, x33);
  const x35 = call(compose, x34, x32);
  const x36 = call(fork, add, x35, size);
  const x37 = call(lbind, vsplit, I);
  const x38 = call(apply, x37, x3);
  const x39 = call(lbind, hsplit, I);
  const x40 = call(apply, x39, x7);
  const x41 = call(combine, x38, x40);
  const x42 = call(argmax, x41, x36);
  const x43 = call(apply, x10, x42);
  const x44 = call(mostcommon, x43);
  const x45 = call(matcher, x10, x44);
  const x46 = call(argmin, x42, x45);
  return x46;
}

function verify_a8c38be5(I: Grid): unknown {
  const x0 = call(objects, I, T, F, F);
  const x1 = call(mostcolor, I);
  const x2 = call(palette, I);
  const x3 = call(remove, x1, x2);
  const x4 = call(lbind, colorcount, I);
  const x5 = call(argmax, x3, x4);
  const x6 = call(astuple, x1, x5);
  const x7 = call(rbind, contained, x6);
  const x8 = call(chain, flip, x7, color);
  const x9 = call(sfilter, x0, x8);
  const x10 = call(fork, connect, ulcorner, urcorner);
  const x11 = call(fork, connect, ulcorner, llcorner);
  const x12 = call(fork, combine, x10, x11);
  const x13 = call(fork, equality, toindices, x12);
  const x14 = call(fork, connect, urcorner, ulcorner);
  const x15 = call(fork, connect, urcorner, lrcorner);
  const x16 = call(fork, combine, x14, x15);
  const x17 = call(fork, equality, toindices, x16);
  const x18 = call(fork, connect, llcorner, ulcorner);
  const x19 = call(fork, connect, llcorner, lrcorner);
  const x20 = call(fork, combine, x18, x19);
  const x21 = call(fork, equality, toindices, x20);
  const x22 = call(fork, connect, lrcorner, llcorner);
  const x23 = call(fork, connect, lrcorner, urcorner);
  const x24 = call(fork, combine, x22, x23);
  const x25 = call(fork, equality, toindices, x24);
  const x26 = call(fork, contained, lrcorner, toindices);
  const x27 = call(compose, flip, x26);
  const x28 = call(fork, contained, llcorner, toindices);
  const x29 = call(compose, flip, x28);
  const x30 = call(fork, contained, urcorner, toindices);
  const x31 = call(compose, flip, x30);
  const x32 = call(fork, contained, ulcorner, toindices);
  const x33 = call(compose, flip, x32);
  const x34 = call(fork, both, x27, x29);
  const x35 = call(fork, both, x31, x33);
  const x36 = call(fork, both, x31, x27);
  const x37 = call(fork, both, x33, x29);
  const x38 = call(lbind, matcher, first);
  const x39 = call(compose, x38, lowermost);
  const x40 = call(fork, sfilter, toindices, x39);
  const x41 = call(compose, size, x40);
  const x42 = call(matcher, x41, ONE);
  const x43 = call(lbind, matcher, first);
  const x44 = call(compose, x43, uppermost);
  const x45 = call(fork, sfilter, toindices, x44);
  const x46 = call(compose, size, x45);
  const x47 = call(matcher, x46, ONE);
  const x48 = call(lbind, matcher, last);
  const x49 = call(compose, x48, rightmost);
  const x50 = call(fork, sfilter, toindices, x49);
  const x51 = call(compose, size, x50);
  const x52 = call(matcher, x51, ONE);
  const x53 = call(lbind, matcher, last);
  const x54 = call(compose, x53, leftmost);
  const x55 = call(fork, sfilter, toindices, x54);
  const x56 = call(compose, size, x55);
  const x57 = call(matcher, x56, ONE);
  const x58 = call(fork, both, x34, x42);
  const x59 = call(fork, both, x35, x47);
  const x60 = call(fork, both, x36, x52);
  const x61 = call(fork, both, x37, x57);
  const x62 = call(fork, connect, ulcorner, urcorner);
  const x63 = call(fork, difference, x62, toindices);
  const x64 = call(compose, size, x63);
  const x65 = call(matcher, x64, ZERO);
  const x66 = call(fork, connect, llcorner, lrcorner);
  const x67 = call(fork, difference, x66, toindices);
  const x68 = call(compose, size, x67);
  const x69 = call(matcher, x68, ZERO);
  const x70 = call(fork, connect, ulcorner, llcorner);
  const x71 = call(fork, difference, x70, toindices);
  const x72 = call(compose, size, x71);
  const x73 = call(matcher, x72, ZERO);
  const x74 = call(fork, connect, urcorner, lrcorner);
  const x75 = call(fork, difference, x74, toindices);
  const x76 = call(compose, size, x75);
  const x77 = call(matcher, x76, ZERO);
  const x78 = call(fork, both, x65, x58);
  const x79 = call(fork, both, x69, x59);
  const x80 = call(fork, both, x73, x60);
  const x81 = call(fork, both, x77, x61);
  const x82 = call(argmax, x9, x13);
  const x83 = call(argmax, x9, x17);
  const x84 = call(argmax, x9, x21);
  const x85 = call(argmax, x9, x25);
  const x86 = call(argmax, x9, x78);
  const x87 = call(argmax, x9, x79);
  const x88 = call(argmax, x9, x80);
  const x89 = call(argmax, x9, x81);
  const x90 = call(height, x82);
  const x91 = call(height, x84);
  const x92 = call(add, x90, x91);
  const x93 = call(height, x88);
  const x94 = call(add, x93, TWO);
  const x95 = call(add, x92, x94);
  const x96 = call(width, x82);
  const x97 = call(width, x83);
  const x98 = call(add, x96, x97);
  const x99 = call(width, x86);
  const x100 = call(add, x99, TWO);
  const x101 = call(add, x98, x100);
  const x102 = call(ulcorner, x82);
  const x103 = call(increment, x102);
  const x104 = call(index, I, x103);
  const x105 = call(astuple, x95, x101);
  const x106 = call(canvas, x104, x105);
  const x107 = call(normalize, x82);
  const x108 = call(paint, x106, x107);
  const x109 = call(normalize, x83);
  const x110 = call(width, x83);
  const x111 = call(subtract, x101, x110);
  const x112 = call(tojvec, x111);
  const x113 = call(shift, x109, x112);
  const x114 = call(paint, x108, x113);
  const x115 = call(normalize, x84);
  const x116 = call(height, x84);
  const x117 = call(subtract, x95, x116);
  const x118 = call(toivec, x117);
  const x119 = call(shift, x115, x118);
  const x120 = call(paint, x114, x119);
  const x121 = call(normalize, x85);
  const x122 = call(height, x85);
  const x123 = call(subtract, x95, x122);
  const x124 = call(width, x85);
  const x125 = call(subtract, x101, x124);
  const x126 = call(astuple, x123, x125);
  const x127 = call(shift, x121, x126);
  const x128 = call(paint, x120, x127);
  const x129 = call(normalize, x88);
  const x130 = call(height, x82);
  const x131 = call(increment, x130);
  const x132 = call(toivec, x131);
  const x133 = call(shift, x129, x132);
  const x134 = call(paint, x128, x133);
  const x135 = call(normalize, x86);
  const x136 = call(width, x82);
  const x137 = call(increment, x136);
  const x138 = call(tojvec, x137);
  const x139 = call(shift, x135, x138);
  const x140 = call(paint, x134, x139);
  const x141 = call(normalize, x89);
  const x142 = call(height, x83);
  const x143 = call(increment, x142);
  const x144 = call(width, x89);
  const x145 = call(subtract, x101, x144);
  const x146 = call(astuple, x143, x145);
  const x147 = call(shift, x141, x146);
  const x148 = call(paint, x140, x147);
  const x149 = call(normalize, x87);
  const x150 = call(height, x87);
  const x151 = call(subtract, x95, x150);
  const x152 = call(width, x84);
  const x153 = call(increment, x152);
  const x154 = call(astuple, x151, x153);
  const x155 = call(shift, x149, x154);
  const x156 = call(paint, x148, x155);
  return x156;
}

function verify_a8d7556c(I: Grid): unknown {
  const x0 = call(initset, ORIGIN);
  const x1 = call(recolor, ZERO, x0);
  const x2 = call(upscale, x1, TWO);
  const x3 = call(occurrences, I, x2);
  const x4 = call(lbind, shift, x2);
  const x5 = call(mapply, x4, x3);
  const x6 = call(fill, I, TWO, x5);
  return x6;
}

function verify_a9f96cdd(I: Grid): unknown {
  const x0 = call(leastcolor, I);
  const x1 = call(ofcolor, I, x0);
  const x2 = call(shift, x1, NEG_UNITY);
  const x3 = call(recolor, THREE, x2);
  const x4 = call(shift, x1, UNITY);
  const x5 = call(recolor, SEVEN, x4);
  const x6 = call(shift, x1, DOWN_LEFT);
  const x7 = call(recolor, EIGHT, x6);
  const x8 = call(shift, x1, UP_RIGHT);
  const x9 = call(recolor, SIX, x8);
  const x10 = call(mostcolor, I);
  const x11 = call(fill, I, x10, x1);
  const x12 = call(combine, x3, x5);
  const x13 = call(combine, x7, x9);
  const x14 = call(combine, x12, x13);
  const x15 = call(paint, x11, x14);
  return x15;
}

function verify_aabf363d(I: Grid): unknown {
  const x0 = call(fork, multiply, height, width);
  const x1 = call(lbind, ofcolor, I);
  const x2 = call(palette, I);
  const x3 = call(compose, x0, x1);
  const x4 = call(argmax, x2, x3);
  const x5 = call(leastcolor, I);
  const x6 = call(palette, I);
  const x7 = call(remove, x4, x6);
  const x8 = call(other, x7, x5);
  const x9 = call(replace, I, x5, x4);
  const x10 = call(replace, x9, x8, x5);
  return x10;
}

function verify_aba27056(I: Grid): unknown {
  const x0 = call(fgpartition, I);
  const x1 = call(merge, x0);
  const x2 = call(delta, x1);
  const x3 = call(fill, I, FOUR, x2);
  const x4 = call(delta, x1);
  const x5 = call(box, x1);
  const x6 = call(intersection, x4, x5);
  const x7 = call(uppermost, x6);
  const x8 = call(uppermost, x1);
  const x9 = call(equality, x7, x8);
  const x10 = call(leftmost, x6);
  const x11 = call(leftmost, x1);
  const x12 = call(equality, x10, x11);
  const x13 = call(lowermost, x6);
  const x14 = call(lowermost, x1);
  const x15 = call(equality, x13, x14);
  const x19 = call(urcorner, x6);
  const x20 = call(ulcorner, x6);
  const x21 = call(llcorner, x6);
  const x22 = call(lrcorner, x6);
  const x23 = call(branch, x15, x21, x22);
  const x24 = call(branch, x12, x20, x23);
  const x25 = call(branch, x9, x19, x24);
  const x26 = call(branch, x15, x22, x19);
  const x27 = call(branch, x12, x21, x26);
  const x28 = call(branch, x9, x20, x27);
  const x29 = call(branch, x15, DOWN_LEFT, UNITY);
  const x30 = call(branch, x12, NEG_UNITY, x29);
  const x31 = call(branch, x9, UP_RIGHT, x30);
  const x32 = call(branch, x15, UNITY, UP_RIGHT);
  const x33 = call(branch, x12, DOWN_LEFT, x32);
  const x34 = call(branch, x9, NEG_UNITY, x33);
  const x35 = call(branch, x15, DOWN, RIGHT);
  const x36 = call(branch, x12, LEFT, x35);
  const x37 = call(branch, x9, UP, x36);
  const x38 = call(shoot, x25, x31);
  const x39 = call(shoot, x28, x34);
  const x40 = call(combine, x38, x39);
  const x41 = call(rbind, shoot, x37);
  const x42 = call(mapply, x41, x6);
  const x43 = call(combine, x42, x40);
  const x44 = call(fill, x3, FOUR, x43);
  return x44;
}

function verify_ac0a08a4(I: Grid): unknown {
  const x0 = call(mostcolor, I);
  const x1 = call(colorcount, I, x0);
  const x2 = call(height, I);
  const x3 = call(width, I);
  const x4 = call(multiply, x2, x3);
  const x5 = call(subtract, x4, x1);
  const x6 = call(upscale, I, x5);
  return x6;
}

function verify_ae3edfdc(I: Grid): unknown {
  const x0 = call(ofcolor, I, ONE);
  const x1 = call(center, x0);
  const x2 = call(ofcolor, I, TWO);
  const x3 = call(center, x2);
  const x4 = call(ofcolor, I, THREE);
  const x5 = call(ofcolor, I, SEVEN);
  const x6 = call(lbind, add, x1);
  const x7 = call(initset, x1);
  const x8 = call(rbind, position, x7);
  const x9 = call(compose, invert, x8);
  const x10 = call(chain, x6, x9, initset);
  const x11 = call(lbind, add, x3);
  const x12 = call(initset, x3);
  const x13 = call(rbind, position, x12);
  const x14 = call(compose, invert, x13);
  const x15 = call(chain, x11, x14, initset);
  const x16 = call(apply, x10, x5);
  const x17 = call(apply, x15, x4);
  const x18 = call(combine, x4, x5);
  const x19 = call(cover, I, x18);
  const x20 = call(fill, x19, SEVEN, x16);
  const x21 = call(fill, x20, THREE, x17);
  return x21;
}

function verify_ae4f1146(I: Grid): unknown {
  const x0 = call(asindices, I);
  const _x1 = call(box, x0);
  const x4 = call(objects, I, F, F, T);
  const x5 = call(rbind, colorcount, ONE);
  const x6 = call(argmax, x4, x5);
  const x7 = call(subgrid, x6, I);
  return x7;
}

function verify_aedd82e4(I: Grid): unknown {
  const x0 = call(shape, I);
  const x1 = call(canvas, ZERO, x0);
  const x2 = call(hconcat, I, x1);
  const x3 = call(objects, x2, F, F, T);
  const x4 = call(matcher, color, ZERO);
  const x5 = call(compose, flip, x4);
  const x6 = call(sfilter, x3, x5);
  const x7 = call(sizefilter, x6, ONE);
  const x8 = call(merge, x7);
  const x9 = call(fill, I, ONE, x8);
  return x9;
}

function verify_af902bf9(I: Grid): unknown {
  const x0 = call(mostcolor, I);
  const x1 = call(palette, I);
  const x2 = call(remove, x0, x1);
  const x3 = call(interval, THREE, SEVEN, ONE);
  const x4 = call(product, x3, x3);
  const x5 = call(fork, multiply, first, last);
  const x6 = call(order, x4, x5);
  const x7 = call(lbind, canvas, NEG_ONE);
  const x8 = call(chain, x7, first, first);
  const x9 = call(chain, corners, asindices, x8);
  const x10 = call(lbind, recolor, x0);
  const x11 = call(compose, asindices, x8);
  const x12 = call(fork, difference, x11, x9);
  const x13 = call(lbind, recolor, TWO);
  const x14 = call(compose, inbox, x9);
  const x15 = call(chain, x13, backdrop, x14);
  const x16 = call(compose, x10, x12);
  const x17 = call(lbind, lbind, combine);
  const x18 = call(compose, x17, x16);
  const x19 = call(lbind, rbind, recolor);
  const x20 = call(compose, x19, x9);
  const x21 = call(fork, compose, x18, x20);
  const x22 = call(lbind, lbind, mapply);
  const x23 = call(lbind, lbind, shift);
  const x24 = call(chain, x22, x23, x15);
  const x25 = call(lbind, lbind, occurrences);
  const x26 = call(compose, x25, last);
  const x27 = call(fork, compose, x26, x21);
  const x28 = call(fork, compose, x24, x27);
  const x29 = call(rbind, mapply, x2);
  const x30 = call(compose, x29, x28);
  const x31 = call(fork, paint, last, x30);
  const x32 = call(compose, first, first);
  const x33 = call(fork, remove, x32, first);
  const x34 = call(fork, astuple, x33, x31);
  const x35 = call(size, x6);
  const x36 = call(power, x34, x35);
  const x37 = call(astuple, x6, I);
  const x38 = call(x36, x37);
  const x39 = call(last, x38);
  return x39;
}

function verify_b0c4d837(I: Grid): unknown {
  const x0 = call(partition, I);
  const x1 = call(fork, multiply, height, width);
  const x2 = call(argmax, x0, x1);
  const x3 = call(remove, x2, x0);
  const x4 = call(argmin, x3, x1);
  const x5 = call(argmax, x3, x1);
  const x6 = call(ulcorner, x5);
  const x7 = call(llcorner, x5);
  const x8 = call(connect, x6, x7);
  const x9 = call(urcorner, x5);
  const x10 = call(lrcorner, x5);
  const x11 = call(connect, x9, x10);
  const x12 = call(combine, x8, x11);
  const x13 = call(toindices, x5);
  const x14 = call(difference, x12, x13);
  const x15 = call(size, x14);
  const x16 = call(equality, x15, ZERO);
  const x17 = call(branch, x16, height, width);
  const x18 = call(x17, x5);
  const x19 = call(x17, x4);
  const x20 = call(subtract, x18, x19);
  const x21 = call(decrement, x20);
  const x22 = call(color, x4);
  const x23 = call(color, x2);
  const x24 = call(repeat, x22, x21);
  const x25 = call(subtract, NINE, x21);
  const x26 = call(repeat, x23, x25);
  const x27 = call(combine, x24, x26);
  const x28 = call(repeat, x27, ONE);
  const x29 = call(hsplit, x28, THREE);
  const x30 = call(interval, ZERO, THREE, ONE);
  const x31 = call(pair, x30, x29);
  const x32 = call(matcher, first, ZERO);
  const x33 = call(extract, x31, x32);
  const x34 = call(last, x33);
  const x35 = call(matcher, first, ONE);
  const x36 = call(extract, x31, x35);
  const x37 = call(last, x36);
  const x38 = call(matcher, first, TWO);
  const x39 = call(extract, x31, x38);
  const x40 = call(last, x39);
  const x41 = call(vmirror, x37);
  const x42 = call(vconcat, x34, x41);
  const x43 = call(vconcat, x42, x40);
  return x43;
}

function verify_b190f7f5(I: Grid): unknown {
  const x0 = call(lbind, contained, TWO);
  const x1 = call(lbind, apply, numcolors);
  const x2 = call(compose, x0, x1);
  const x3 = call(lbind, apply, shape);
  const x4 = call(chain, size, dedupe, x3);
  const x5 = call(matcher, x4, ONE);
  const x6 = call(compose, palette, first);
  const x7 = call(compose, palette, last);
  const x8 = call(fork, intersection, x6, x7);
  const x9 = call(compose, size, x8);
  const x10 = call(matcher, x9, ONE);
  const x11 = call(lbind, contained, ONE);
  const x12 = call(compose, minimum, shape);
  const x13 = call(lbind, apply, x12);
  const x14 = call(chain, flip, x11, x13);
  const x15 = call(fork, add, x2, x5);
  const x16 = call(fork, add, x10, x14);
  const x17 = call(fork, add, x15, x16);
  const x18 = call(vsplit, I, TWO);
  const x19 = call(hsplit, I, TWO);
  const x20 = call(astuple, x18, x19);
  const x21 = call(argmax, x20, x17);
  const x22 = call(argmin, x21, numcolors);
  const x23 = call(argmax, x21, numcolors);
  const x24 = call(palette, x22);
  const x25 = call(palette, x23);
  const x26 = call(intersection, x24, x25);
  const x27 = call(first, x26);
  const x28 = call(asindices, x22);
  const x29 = call(ofcolor, x22, x27);
  const x30 = call(difference, x28, x29);
  const x31 = call(asobject, x23);
  const x32 = call(matcher, first, x27);
  const x33 = call(sfilter, x31, x32);
  const x34 = call(difference, x31, x33);
  const x35 = call(shape, x22);
  const x36 = call(multiply, x35, x35);
  const x37 = call(canvas, x27, x36);
  const x38 = call(lbind, shift, x30);
  const x39 = call(lbind, multiply, x35);
  const x40 = call(chain, x38, x39, last);
  const x41 = call(fork, recolor, first, x40);
  const x42 = call(mapply, x41, x34);
  const x43 = call(paint, x37, x42);
  return x43;
}

function verify_b1948b0a(I: Grid): unknown {
  const x0 = call(replace, I, SIX, TWO);
  return x0;
}

function verify_b230c067(I: Grid): unknown {
  const x0 = call(objects, I, T, T, T);
  const x1 = call(lbind, sfilter, x0);
  const x2 = call(lbind, matcher, normalize);
  const x3 = call(compose, x2, normalize);
  const x4 = call(chain, size, x1, x3);
  const x5 = call(argmin, x0, x4);
  const x6 = call(remove, x5, x0);
  const x7 = call(merge, x6);
  const x8 = call(fill, I, TWO, x5);
  const x9 = call(fill, x8, ONE, x7);
  return x9;
}

function verify_b27ca6d3(I: Grid): unknown {
  const x0 = call(objects, I, T, F, T);
  const x1 = call(sizefilter, x0, TWO);
  const x2 = call(mapply, outbox, x1);
  const x3 = call(fill, I, THREE, x2);
  return x3;
}

function verify_b2862040(I: Grid): unknown {
  const x0 = call(objects, I, T, F, F);
  const x1 = call(mostcolor, I);
  const x2 = call(colorfilter, x0, x1);
  const x3 = call(rbind, bordering, I);
  const x4 = call(compose, flip, x3);
  const x5 = call(mfilter, x2, x4);
  const x6 = call(difference, x0, x2);
  const x7 = call(apply, toindices, x6);
  const x8 = call(rbind, adjacent, x5);
  const x9 = call(mfilter, x7, x8);
  const x10 = call(fill, I, EIGHT, x9);
  return x10;
}

function verify_b527c5c6(I: Grid): unknown {
  const x0 = call(objects, I, F, F, T);
  const x1 = call(lbind, matcher, first);
  const x2 = call(compose, x1, leastcolor);
  const x3 = call(fork, sfilter, identity, x2);
  const x4 = call(compose, center, x3);
  const x5 = call(compose, dneighbors, x4);
  const x6 = call(fork, difference, x5, toindices);
  const x7 = call(compose, first, x6);
  const x8 = call(fork, subtract, x7, x4);
  const x9 = call(compose, invert, x8);
  const x10 = call(fork, shoot, x4, x9);
  const x11 = call(fork, intersection, toindices, x10);
  const x12 = call(chain, decrement, size, x11);
  const x13 = call(fork, shoot, x4, x8);
  const x14 = call(lbind, power, outbox);
  const x15 = call(compose, x14, x12);
  const x16 = call(compose, initset, x15);
  const x17 = call(fork, rapply, x16, x13);
  const x18 = call(chain, backdrop, first, x17);
  const x19 = call(fork, recolor, leastcolor, x13);
  const x20 = call(fork, difference, x18, x13);
  const x21 = call(fork, recolor, mostcolor, x20);
  const x22 = call(fork, combine, x19, x21);
  const x23 = call(mapply, x22, x0);
  const x24 = call(paint, I, x23);
  return x24;
}

function verify_b548a754(I: Grid): unknown {
  const x0 = call(partition, I);
  const x1 = call(fork, equality, toindices, box);
  const x2 = call(fork, multiply, height, width);
  const x3 = call(fork, equality, size, x2);
  const x4 = call(compose, flip, x3);
  const x5 = call(fork, both, x1, x4);
  const x6 = call(extract, x0, x5);
  const x7 = call(inbox, x6);
  const x8 = call(backdrop, x7);
  const x9 = call(toobject, x8, I);
  const x10 = call(remove, x9, x0);
  const x11 = call(remove, x6, x10);
  const x12 = call(argmin, x11, size);
  const x13 = call(combine, x12, x6);
  const x14 = call(backdrop, x13);
  const x15 = call(color, x9);
  const x16 = call(fill, I, x15, x14);
  const x17 = call(color, x6);
  const x18 = call(box, x14);
  const x19 = call(fill, x16, x17, x18);
  return x19;
}

function verify_b60334d2(I: Grid): unknown {
  const x0 = call(leastcolor, I);
  const x1 = call(mostcolor, I);
  const x2 = call(ofcolor, I, x0);
  const x3 = call(replace, I, x0, x1);
  const x4 = call(mapply, dneighbors, x2);
  const x5 = call(mapply, ineighbors, x2);
  const x6 = call(fill, x3, ONE, x4);
  const x7 = call(fill, x6, x0, x5);
  return x7;
}

function verify_b6afb2da(I: Grid): unknown {
  const x0 = call(objects, I, T, F, F);
  const x1 = call(fork, equality, toindices, backdrop);
  const x2 = call(compose, flip, x1);
  const x3 = call(extract, x0, x2);
  const x4 = call(color, x3);
  const x5 = call(matcher, color, x4);
  const x6 = call(compose, flip, x5);
  const x7 = call(sfilter, x0, x6);
  const x8 = call(merge, x7);
  const x9 = call(fill, I, TWO, x8);
  const x10 = call(mapply, box, x7);
  const x11 = call(fill, x9, FOUR, x10);
  const x12 = call(mapply, corners, x7);
  const x13 = call(fill, x11, ONE, x12);
  return x13;
}

function verify_b7249182(I: Grid): unknown {
  const x0 = call(objects, I, T, F, T);
  const x1 = call(merge, x0);
  const x2 = call(portrait, x1);
  const x3 = call(branch, x2, identity, dmirror);
  const x4 = call(x3, I);
  const x5 = call(objects, x4, T, F, T);
  const x6 = call(order, x5, uppermost);
  const x7 = call(first, x6);
  const x8 = call(last, x6);
  const x9 = call(color, x7);
  const x10 = call(color, x8);
  const x11 = call(compose, first, toindices);
  const x12 = call(x11, x7);
  const x13 = call(x11, x8);
  const x14 = call(connect, x12, x13);
  const x15 = call(centerofmass, x14);
  const x16 = call(connect, x12, x15);
  const x17 = call(fill, x4, x10, x14);
  const x18 = call(fill, x17, x9, x16);
  const x19 = call(add, x15, DOWN);
  const x20 = call(initset, x15);
  const x21 = call(insert, x19, x20);
  const x22 = call(toobject, x21, x18);
  const x23 = call(astuple, ZERO, NEG_TWO);
  const x24 = call(shift, x22, ZERO_BY_TWO);
  const x25 = call(shift, x22, x23);
  const x26 = call(combine, x24, x25);
  const x27 = call(ulcorner, x26);
  const x28 = call(urcorner, x26);
  const x29 = call(connect, x27, x28);
  const x30 = call(shift, x29, UP);
  const x31 = call(llcorner, x26);
  const x32 = call(lrcorner, x26);
  const x33 = call(connect, x31, x32);
  const x34 = call(shift, x33, DOWN);
  const x35 = call(paint, x18, x26);
  const x36 = call(fill, x35, x9, x30);
  const x37 = call(fill, x36, x10, x34);
  const x38 = call(cover, x37, x21);
  const x39 = call(x3, x38);
  return x39;
}

function verify_b775ac94(I: Grid): unknown {
  const x0 = call(objects, I, F, T, T);
  const x1 = call(neighbors, ORIGIN);
  const x2 = call(lbind, extract, x1);
  const x3 = call(matcher, first, ZERO);
  const x4 = call(matcher, last, ZERO);
  const x5 = call(rbind, branch, hmirror);
  const x6 = call(rbind, x5, identity);
  const x7 = call(rbind, branch, vmirror);
  const x8 = call(rbind, x7, identity);
  const x9 = call(compose, x6, x3);
  const x10 = call(compose, x8, x4);
  const x11 = call(fork, compose, x9, x10);
  const x12 = call(lbind, matcher, first);
  const x13 = call(compose, x12, mostcolor);
  const x14 = call(fork, sfilter, identity, x13);
  const x15 = call(fork, difference, identity, x14);
  const x16 = call(lbind, rbind, multiply);
  const x17 = call(chain, x16, shape, x14);
  const x18 = call(lbind, lbind, shift);
  const x19 = call(chain, x18, backdrop, x14);
  const x20 = call(fork, compose, x19, x17);
  const x21 = call(lbind, lbind, contained);
  const x22 = call(compose, x21, last);
  const x23 = call(rbind, compose, x22);
  const x24 = call(lbind, rbind, compose);
  const x25 = call(chain, x23, x24, x20);
  const x26 = call(lbind, fork, recolor);
  const x27 = call(lbind, x26, first);
  const x28 = call(lbind, fork, shift);
  const x29 = call(lbind, chain, x11);
  const x30 = call(lbind, x29, x2);
  const x31 = call(rbind, compose, x2);
  const x32 = call(compose, x31, x17);
  const x33 = call(fork, compose, x32, x25);
  const x34 = call(compose, x30, x25);
  const x35 = call(lbind, chain, first);
  const x36 = call(lbind, rbind, rapply);
  const x37 = call(compose, x36, x14);
  const x38 = call(lbind, compose, initset);
  const x39 = call(compose, x38, x34);
  const x40 = call(fork, x35, x37, x39);
  const x41 = call(compose, x27, x40);
  const x42 = call(fork, x28, x41, x33);
  const x43 = call(fork, mapply, x42, x15);
  const x44 = call(mapply, x43, x0);
  const x45 = call(paint, I, x44);
  return x45;
}

function verify_b782dc8a(I: Grid): unknown {
  const x0 = call(leastcolor, I);
  const x1 = call(palette, I);
  const x2 = call(remove, x0, x1);
  const x3 = call(lbind, colorcount, I);
  const x4 = call(argmin, x2, x3);
  const x5 = call(ofcolor, I, x0);
  const x6 = call(ofcolor, I, x4);
  const x7 = call(combine, x5, x6);
  const x8 = call(mapply, neighbors, x7);
  const x9 = call(difference, x8, x7);
  const x10 = call(toobject, x9, I);
  const x11 = call(leastcolor, x10);
  const x12 = call(ofcolor, I, x0);
  const x13 = call(first, x12);
  const x14 = call(initset, x13);
  const x15 = call(objects, I, T, F, F);
  const x16 = call(colorfilter, x15, x11);
  const x17 = call(lbind, adjacent, x7);
  const x18 = call(mfilter, x16, x17);
  const x19 = call(toindices, x18);
  const x20 = call(rbind, manhattan, x14);
  const x21 = call(chain, even, x20, initset);
  const x22 = call(sfilter, x19, x21);
  const x23 = call(fill, I, x4, x19);
  const x24 = call(fill, x23, x0, x22);
  return x24;
}

function verify_b8825c91(I: Grid): unknown {
  const x0 = call(replace, I, FOUR, NEG_ONE);
  const x1 = call(dmirror, x0);
  const x2 = call(papply, pair, x0, x1);
  const x3 = call(lbind, apply, maximum);
  const x4 = call(apply, x3, x2);
  const x5 = call(cmirror, x4);
  const x6 = call(papply, pair, x4, x5);
  const x7 = call(apply, x3, x6);
  const x8 = call(hmirror, x7);
  const x9 = call(papply, pair, x7, x8);
  const x10 = call(apply, x3, x9);
  const x11 = call(vmirror, x10);
  const x12 = call(papply, pair, x11, x10);
  const x13 = call(apply, x3, x12);
  return x13;
}

function verify_b8cdaf2b(I: Grid): unknown {
  const x0 = call(leastcolor, I);
  const x1 = call(astuple, dmirror, cmirror);
  const x2 = call(astuple, hmirror, identity);
  const x3 = call(combine, x1, x2);
  const x4 = call(rbind, rapply, I);
  const x5 = call(chain, first, x4, initset);
  const x6 = call(rbind, ofcolor, x0);
  const x7 = call(chain, lowermost, x6, x5);
  const x8 = call(chain, decrement, height, x5);
  const x9 = call(fork, equality, x7, x8);
  const x10 = call(extract, x3, x9);
  const x11 = call(x10, I);
  const x12 = call(ofcolor, x11, x0);
  const x13 = call(shift, x12, UP);
  const x14 = call(ulcorner, x13);
  const x15 = call(urcorner, x13);
  const x16 = call(shoot, x14, NEG_UNITY);
  const x17 = call(shoot, x15, UP_RIGHT);
  const x18 = call(combine, x16, x17);
  const x19 = call(underfill, x11, x0, x18);
  const x20 = call(x10, x19);
  return x20;
}

function verify_b91ae062(I: Grid): unknown {
  const x0 = call(numcolors, I);
  const x1 = call(decrement, x0);
  const x2 = call(upscale, I, x1);
  return x2;
}

function verify_b94a9452(I: Grid): unknown {
  const x0 = call(partition, I);
  const x1 = call(fork, multiply, height, width);
  const x2 = call(argmax, x0, x1);
  const x3 = call(remove, x2, x0);
  const x4 = call(merge, x3);
  const x5 = call(subgrid, x4, I);
  const x6 = call(mostcolor, x5);
  const x7 = call(leastcolor, x5);
  const x8 = call(switch_, x5, x6, x7);
  return x8;
}

function verify_b9b7f026(I: Grid): unknown {
  const x0 = call(fgpartition, I);
  const x1 = call(fork, equality, toindices, backdrop);
  const x2 = call(compose, flip, x1);
  const x3 = call(extract, x0, x2);
  const x4 = call(color, x3);
  const x5 = call(canvas, x4, UNITY);
  return x5;
}

function verify_ba26e723(I: Grid): unknown {
  const x0 = call(asobject, I);
  const x1 = call(matcher, first, ZERO);
  const x2 = call(compose, flip, x1);
  const x3 = call(sfilter, x0, x2);
  const x4 = call(rbind, multiply, THREE);
  const x5 = call(rbind, divide, THREE);
  const x6 = call(compose, x4, x5);
  const x7 = call(fork, equality, identity, x6);
  const x8 = call(toindices, x3);
  const x9 = call(compose, x7, last);
  const x10 = call(sfilter, x8, x9);
  const x11 = call(fill, I, SIX, x10);
  return x11;
}

function verify_ba97ae07(I: Grid): unknown {
  const x0 = call(objects, I, T, F, T);
  const x1 = call(totuple, x0);
  const x2 = call(apply, color, x1);
  const x3 = call(mostcommon, x2);
  const x4 = call(ofcolor, I, x3);
  const x5 = call(backdrop, x4);
  const x6 = call(fill, I, x3, x5);
  return x6;
}

function verify_bb43febb(I: Grid): unknown {
  const x0 = call(objects, I, T, F, F);
  const x1 = call(fork, equality, toindices, backdrop);
  const x2 = call(rbind, greater, ONE);
  const x3 = call(chain, x2, minimum, shape);
  const x4 = call(fork, both, x1, x3);
  const x5 = call(sfilter, x0, x4);
  const x6 = call(compose, backdrop, inbox);
  const x7 = call(mapply, x6, x5);
  const x8 = call(fill, I, TWO, x7);
  return x8;
}

function verify_bbc9ae5d(I: Grid): unknown {
  const x0 = call(index, I, ORIGIN);
  const x1 = call(width, I);
  const x2 = call(halve, x1);
  const x3 = call(astuple, x2, x1);
  const x4 = call(canvas, x0, x3);
  const x5 = call(rbind, shoot, UNITY);
  const x6 = call(compose, x5, last);
  const x7 = call(fork, recolor, first, x6);
  const x8 = call(asobject, I);
  const x9 = call(mapply, x7, x8);
  const x10 = call(paint, x4, x9);
  return x10;
}

function verify_bc1d5164(I: Grid): unknown {
  const x0 = call(height, I);
  const x1 = call(halve, x0);
  const x2 = call(increment, x1);
  const x3 = call(width, I);
  const x4 = call(halve, x3);
  const x5 = call(frontiers, I);
  const x6 = call(merge, x5);
  const x7 = call(mostcolor, x6);
  const x8 = call(astuple, x2, x4);
  const x9 = call(canvas, x7, x8);
  const x10 = call(asindices, x9);
  const x11 = call(toobject, x10, I);
  const x12 = call(increment, x4);
  const x13 = call(tojvec, x12);
  const x14 = call(shift, x10, x13);
  const x15 = call(toobject, x14, I);
  const x16 = call(decrement, x2);
  const x17 = call(toivec, x16);
  const x18 = call(shift, x10, x17);
  const x19 = call(toobject, x18, I);
  const x20 = call(decrement, x2);
  const x21 = call(increment, x4);
  const x22 = call(astuple, x20, x21);
  const x23 = call(shift, x10, x22);
  const x24 = call(toobject, x23, I);
  const x25 = call(palette, I);
  const x26 = call(other, x25, x7);
  const x27 = call(matcher, first, x26);
  const x28 = call(rbind, sfilter, x27);
  const x29 = call(chain, toindices, x28, normalize);
  const x30 = call(x29, x11);
  const x31 = call(x29, x15);
  const x32 = call(x29, x19);
  const x33 = call(x29, x24);
  const x34 = call(combine, x30, x31);
  const x35 = call(combine, x32, x33);
  const x36 = call(combine, x34, x35);
  const x37 = call(fill, x9, x26, x36);
  return x37;
}

function verify_bd4472b8(I: Grid): unknown {
  const x0 = call(compose, positive, size);
  const x1 = call(rbind, sfilter, hline);
  const x2 = call(chain, x0, x1, frontiers);
  const x3 = call(chain, size, dedupe, first);
  const x4 = call(chain, size, dedupe, last);
  const x5 = call(fork, greater, x3, x4);
  const x6 = call(fork, both, x2, x5);
  const x7 = call(astuple, identity, rot90);
  const x8 = call(astuple, rot180, rot270);
  const x9 = call(combine, x7, x8);
  const x10 = call(astuple, identity, rot270);
  const x11 = call(astuple, rot180, rot90);
  const x12 = call(combine, x10, x11);
  const x13 = call(pair, x9, x12);
  const x14 = call(rbind, rapply, I);
  const x15 = call(compose, initset, first);
  const x16 = call(chain, first, x14, x15);
  const x17 = call(compose, x6, x16);
  const x18 = call(extract, x13, x17);
  const x19 = call(first, x18);
  const x20 = call(last, x18);
  const x21 = call(x19, I);
  const x22 = call(first, x21);
  const x23 = call(repeat, x22, ONE);
  const x24 = call(dmirror, x23);
  const x25 = call(width, x21);
  const x26 = call(hupscale, x24, x25);
  const x27 = call(asobject, x26);
  const x28 = call(height, x21);
  const x29 = call(height, x27);
  const x30 = call(interval, ZERO, x28, x29);
  const x31 = call(lbind, shift, x27);
  const x32 = call(apply, toivec, x30);
  const x33 = call(mapply, x31, x32);
  const x34 = call(shift, x33, TWO_BY_ZERO);
  const x35 = call(paint, x21, x34);
  const x36 = call(x20, x35);
  return x36;
}

function verify_bda2d7a6(I: Grid): unknown {
  const x0 = call(objects, I, T, F, F);
  const x1 = call(compose, maximum, shape);
  const x2 = call(order, x0, x1);
  const x3 = call(first, x2);
  const x4 = call(last, x2);
  const x5 = call(color, x3);
  const x6 = call(color, x4);
  const x7 = call(equality, x5, x6);
  const x8 = call(combine, x3, x4);
  const x9 = call(repeat, x8, ONE);
  const x10 = call(remove, x3, x2);
  const x11 = call(remove, x4, x10);
  const x12 = call(combine, x9, x11);
  const x13 = call(branch, x7, x12, x2);
  const x14 = call(apply, color, x13);
  const x15 = call(last, x13);
  const x16 = call(remove, x15, x13);
  const x17 = call(repeat, x15, ONE);
  const x18 = call(combine, x17, x16);
  const x19 = call(mpapply, recolor, x14, x18);
  const x20 = call(paint, I, x19);
  return x20;
}

function verify_bdad9b1f(I: Grid): unknown {
  const x0 = call(objects, I, T, F, T);
  const x1 = call(sfilter, x0, hline);
  const x2 = call(sfilter, x0, vline);
  const x3 = call(compose, hfrontier, center);
  const x4 = call(fork, recolor, color, x3);
  const x5 = call(mapply, x4, x1);
  const x6 = call(compose, vfrontier, center);
  const x7 = call(fork, recolor, color, x6);
  const x8 = call(mapply, x7, x2);
  const x9 = call(combine, x5, x8);
  const x10 = call(paint, I, x9);
  const x11 = call(toindices, x5);
  const x12 = call(toindices, x8);
  const x13 = call(intersection, x11, x12);
  const x14 = call(fill, x10, FOUR, x13);
  return x14;
}

function verify_be94b721(I: Grid): unknown {
  const x0 = call(objects, I, T, F, F);
  const x1 = call(argmax, x0, size);
  const x2 = call(color, x1);
  const x3 = call(remove, x1, x0);
  const x4 = call(argmax, x3, size);
  const x5 = call(shape, x4);
  const x6 = call(canvas, x2, x5);
  const x7 = call(normalize, x4);
  const x8 = call(paint, x6, x7);
  return x8;
}

function verify_beb8660c(I: Grid): unknown {
  const x0 = call(astuple, identity, rot90);
  const x1 = call(astuple, rot180, rot270);
  const x2 = call(combine, x0, x1);
  const x3 = call(astuple, identity, rot270);
  const x4 = call(astuple, rot180, rot90);
  const x5 = call(combine, x3, x4);
  const x6 = call(pair, x2, x5);
  const x7 = call(rbind, rapply, I);
  const x8 = call(compose, initset, first);
  const x9 = call(chain, first, x7, x8);
  const x10 = call(rbind, ofcolor, EIGHT);
  const x11 = call(chain, lowermost, x10, x9);
  const x12 = call(matcher, x11, ZERO);
  const x13 = call(extract, x6, x12);
  const x14 = call(first, x13);
  const x15 = call(last, x13);
  const x16 = call(x14, I);
  const x17 = call(rot180, x16);
  const x18 = call(shape, x17);
  const x19 = call(lbind, apply, first);
  const x20 = call(lbind, ofcolor, x17);
  const x21 = call(chain, size, x19, x20);
  const x22 = call(palette, I);
  const x23 = call(argmax, x22, x21);
  const x24 = call(partition, x17);
  const x25 = call(matcher, color, x23);
  const x26 = call(compose, flip, x25);
  const x27 = call(sfilter, x24, x26);
  const x28 = call(compose, invert, size);
  const x29 = call(order, x27, x28);
  const x30 = call(apply, normalize, x29);
  const x31 = call(size, x30);
  const x32 = call(interval, ZERO, x31, ONE);
  const x33 = call(apply, toivec, x32);
  const x34 = call(mpapply, shift, x30, x33);
  const x35 = call(canvas, x23, x18);
  const x36 = call(paint, x35, x34);
  const x37 = call(x15, x36);
  return x37;
}

function verify_c0f76784(I: Grid): unknown {
  const x0 = call(objects, I, T, F, F);
  const x1 = call(mostcolor, I);
  const x2 = call(colorfilter, x0, x1);
  const x3 = call(sizefilter, x2, ONE);
  const x4 = call(merge, x3);
  const x5 = call(sizefilter, x2, FOUR);
  const x6 = call(merge, x5);
  const x7 = call(sizefilter, x2, NINE);
  const x8 = call(merge, x7);
  const x9 = call(fill, I, SIX, x4);
  const x10 = call(fill, x9, SEVEN, x6);
  const x11 = call(fill, x10, EIGHT, x8);
  return x11;
}

function verify_c1d99e64(I: Grid): unknown {
  const x0 = call(frontiers, I);
  const x1 = call(merge, x0);
  const x2 = call(fill, I, TWO, x1);
  return x2;
}

function verify_c3e719e8(I: Grid): unknown {
  const x0 = call(shape, I);
  const x1 = call(multiply, x0, x0);
  const x2 = call(canvas, ZERO, x1);
  const x3 = call(mostcolor, I);
  const x4 = call(ofcolor, I, x3);
  const x5 = call(lbind, multiply, x0);
  const x6 = call(apply, x5, x4);
  const x7 = call(asobject, I);
  const x8 = call(lbind, shift, x7);
  const x9 = call(mapply, x8, x6);
  const x10 = call(paint, x2, x9);
  return x10;
}

function verify_c3f564a4(I: Grid): unknown {
  const x0 = call(height, I);
  const x1 = call(vsplit, I, x0);
  const x2 = call(apply, asobject, x1);
  const x3 = call(apply, hperiod, x2);
  const x4 = call(minimum, x3);
  const x5 = call(width, I);
  const x6 = call(hsplit, I, x5);
  const x7 = call(apply, asobject, x6);
  const x8 = call(apply, vperiod, x7);
  const x9 = call(minimum, x8);
  const x10 = call(matcher, hperiod, x4);
  const x11 = call(sfilter, x2, x10);
  const x12 = call(mapply, palette, x11);
  const x13 = call(matcher, vperiod, x9);
  const x14 = call(sfilter, x7, x13);
  const x15 = call(mapply, palette, x14);
  const x16 = call(palette, I);
  const x17 = call(combine, x12, x15);
  const x18 = call(rbind, contained, x17);
  const x19 = call(argmin, x16, x18);
  const x20 = call(asobject, I);
  const x21 = call(matcher, first, x19);
  const x22 = call(compose, flip, x21);
  const x23 = call(sfilter, x20, x22);
  const x24 = call(height, I);
  const x25 = call(divide, x24, x9);
  const x26 = call(increment, x25);
  const x27 = call(width, I);
  const x28 = call(divide, x27, x4);
  const x29 = call(increment, x28);
  const x30 = call(invert, x26);
  const x31 = call(interval, x30, x26, ONE);
  const x32 = call(invert, x29);
  const x33 = call(interval, x32, x29, ONE);
  const x34 = call(product, x31, x33);
  const x35 = call(astuple, x9, x4);
  const x36 = call(lbind, multiply, x35);
  const x37 = call(apply, x36, x34);
  const x38 = call(lbind, shift, x23);
  const x39 = call(mapply, x38, x37);
  const x40 = call(paint, I, x39);
  return x40;
}

function verify_c444b776(I: Grid): unknown {
  const x0 = call(frontiers, I);
  const x1 = call(merge, x0);
  const x2 = call(leastcolor, x1);
  const x3 = call(shape, I);
  const x4 = call(canvas, x2, x3);
  const x5 = call(hconcat, I, x4);
  const x6 = call(objects, x5, F, F, T);
  const x7 = call(argmax, x6, numcolors);
  const x8 = call(apply, ulcorner, x6);
  const x9 = call(normalize, x7);
  const x10 = call(lbind, shift, x9);
  const x11 = call(mapply, x10, x8);
  const x12 = call(paint, I, x11);
  return x12;
}

function verify_c59eb873(I: Grid): unknown {
  const x0 = call(upscale, I, TWO);
  return x0;
}

function verify_c8cbb738(I: Grid): unknown {
  const x0 = call(fgpartition, I);
  const x1 = call(valmax, x0, height);
  const x2 = call(valmax, x0, width);
  const x3 = call(astuple, x1, x2);
  const x4 = call(mostcolor, I);
  const x5 = call(canvas, x4, x3);
  const x6 = call(asindices, x5);
  const x7 = call(apply, normalize, x0);
  const x8 = call(box, x6);
  const x9 = call(maximum, x3);
  const x10 = call(double, x9);
  const x11 = call(asindices, x5);
  const x12 = call(center, x11);
  const x13 = call(initset, x12);
  const x14 = call(lbind, manhattan, x13);
  const x15 = call(lbind, multiply, x10);
  const x16 = call(lbind, intersection, x8);
  const x17 = call(chain, x15, size, x16);
  const x18 = call(lbind, fork, subtract);
  const x19 = call(lbind, chain, x17);
  const x20 = call(lbind, x19, toindices);
  const x21 = call(lbind, lbind, shift);
  const x22 = call(compose, x20, x21);
  const x23 = call(lbind, chain, x14);
  const x24 = call(compose, initset, center);
  const x25 = call(lbind, x23, x24);
  const x26 = call(lbind, lbind, shift);
  const x27 = call(compose, x25, x26);
  const x28 = call(lbind, argmax, x6);
  const x29 = call(fork, x18, x22, x27);
  const x30 = call(compose, x28, x29);
  const x31 = call(fork, shift, identity, x30);
  const x32 = call(mapply, x31, x7);
  const x33 = call(paint, x5, x32);
  return x33;
}

function verify_c8f0f002(I: Grid): unknown {
  const x0 = call(replace, I, SEVEN, FIVE);
  return x0;
}

function verify_c909285e(I: Grid): unknown {
  const x0 = call(partition, I);
  const x1 = call(lbind, contained, ONE);
  const x2 = call(chain, flip, x1, shape);
  const x3 = call(sfilter, x0, x2);
  const x4 = call(fork, equality, toindices, box);
  const x5 = call(sfilter, x3, x4);
  const x6 = call(fork, multiply, height, width);
  const x7 = call(argmin, x5, x6);
  const x8 = call(subgrid, x7, I);
  return x8;
}

function verify_c9e6f938(I: Grid): unknown {
  const x0 = call(vmirror, I);
  const x1 = call(hconcat, I, x0);
  return x1;
}

function verify_c9f8e694(I: Grid): unknown {
  const x0 = call(astuple, identity, dmirror);
  const x1 = call(astuple, cmirror, vmirror);
  const x2 = call(combine, x0, x1);
  const x3 = call(compose, first, dmirror);
  const x4 = call(chain, size, dedupe, x3);
  const x5 = call(rbind, rapply, I);
  const x6 = call(compose, first, x5);
  const x7 = call(chain, x4, x6, initset);
  const x8 = call(argmax, x2, x7);
  const x9 = call(x8, I);
  const x10 = call(height, x9);
  const x11 = call(width, x9);
  const x12 = call(ofcolor, x9, ZERO);
  const x13 = call(astuple, x10, ONE);
  const x14 = call(crop, x9, ORIGIN, x13);
  const x15 = call(hupscale, x14, x11);
  const x16 = call(fill, x15, ZERO, x12);
  const x17 = call(x8, x16);
  return x17;
}

function verify_caa06a1f(I: Grid): unknown {
  const x0 = call(asindices, I);
  const x1 = call(box, x0);
  const x2 = call(toobject, x1, I);
  const x3 = call(mostcolor, x2);
  const x4 = call(asobject, I);
  const x5 = call(matcher, first, x3);
  const x6 = call(compose, flip, x5);
  const x7 = call(sfilter, x4, x6);
  const x8 = call(hperiod, x7);
  const x9 = call(vperiod, x7);
  const x10 = call(width, I);
  const x11 = call(width, x7);
  const x12 = call(subtract, x10, x11);
  const x13 = call(add, x12, TWO);
  const x14 = call(height, I);
  const x15 = call(height, x7);
  const x16 = call(subtract, x14, x15);
  const x17 = call(add, x16, TWO);
  const x18 = call(rbind, multiply, x8);
  const x19 = call(invert, x13);
  const x20 = call(interval, x19, x13, ONE);
  const x21 = call(apply, x18, x20);
  const x22 = call(rbind, multiply, x9);
  const x23 = call(invert, x17);
  const x24 = call(interval, x23, x17, ONE);
  const x25 = call(apply, x22, x24);
  const x26 = call(product, x25, x21);
  const x27 = call(lbind, shift, x7);
  const x28 = call(mapply, x27, x26);
  const x29 = call(index, I, ORIGIN);
  const x30 = call(equality, x29, x3);
  const x31 = call(flip, x30);
  const x32 = call(asindices, I);
  const x33 = call(urcorner, x32);
  const x34 = call(index, I, x33);
  const x35 = call(equality, x34, x3);
  const x36 = call(flip, x35);
  const x37 = call(asindices, I);
  const x38 = call(lrcorner, x37);
  const x39 = call(index, I, x38);
  const x40 = call(equality, x39, x3);
  const x41 = call(flip, x40);
  const x42 = call(asindices, I);
  const x43 = call(llcorner, x42);
  const x44 = call(index, I, x43);
  const x45 = call(equality, x44, x3);
  const x46 = call(flip, x45);
  const x47 = call(multiply, x31, LEFT);
  const x48 = call(multiply, x36, UP);
  const x49 = call(add, x47, x48);
  const x50 = call(multiply, x41, RIGHT);
  const x51 = call(multiply, x46, DOWN);
  const x52 = call(add, x50, x51);
  const x53 = call(add, x49, x52);
  const x54 = call(shift, x28, x53);
  const x55 = call(paint, I, x54);
  return x55;
}

function verify_cbded52d(I: Grid): unknown {
  const x0 = call(frontiers, I);
  const x1 = call(merge, x0);
  const x2 = call(color, x1);
  const x3 = call(palette, I);
  const x4 = call(remove, x2, x3);
  const x5 = call(lbind, colorcount, I);
  const x6 = call(argmax, x4, x5);
  const x7 = call(remove, x6, x4);
  const x8 = call(height, I);
  const x9 = call(increment, x8);
  const x10 = call(frontiers, I);
  const x11 = call(sfilter, x10, hline);
  const x12 = call(size, x11);
  const x13 = call(increment, x12);
  const x14 = call(divide, x9, x13);
  const x15 = call(width, I);
  const x16 = call(increment, x15);
  const x17 = call(frontiers, I);
  const x18 = call(sfilter, x17, vline);
  const x19 = call(size, x18);
  const x20 = call(increment, x19);
  const x21 = call(divide, x16, x20);
  const x22 = call(rbind, multiply, x14);
  const x23 = call(rbind, divide, x14);
  const x24 = call(compose, x22, x23);
  const x25 = call(fork, equality, identity, x24);
  const x26 = call(rbind, multiply, x21);
  const x27 = call(rbind, divide, x21);
  const x28 = call(compose, x26, x27);
  const x29 = call(fork, equality, identity, x28);
  const x30 = call(lbind, fork, both);
  const x31 = call(rbind, compose, first);
  const x32 = call(lbind, compose, x25);
  const x33 = call(lbind, rbind, subtract);
  const x34 = call(compose, x33, uppermost);
  const x35 = call(chain, x31, x32, x34);
  const x36 = call(rbind, compose, last);
  const x37 = call(lbind, compose, x29);
  const x38 = call(lbind, rbind, subtract);
  const x39 = call(compose, x38, leftmost);
  const x40 = call(chain, x36, x37, x39);
  const x41 = call(fork, x30, x35, x40);
  const x42 = call(fork, sfilter, identity, x41);
  const x43 = call(fork, connect, first, last);
  const x44 = call(lbind, apply, x43);
  const x45 = call(lbind, ofcolor, I);
  const x46 = call(fork, product, x45, x45);
  const x47 = call(fork, either, vline, hline);
  const x48 = call(rbind, sfilter, x47);
  const x49 = call(chain, x48, x44, x46);
  const x50 = call(lbind, mapply, x42);
  const x51 = call(compose, x50, x49);
  const x52 = call(fork, recolor, identity, x51);
  const x53 = call(mapply, x52, x7);
  const x54 = call(paint, I, x53);
  return x54;
}

function verify_cce03e0d(I: Grid): unknown {
  const x0 = call(ofcolor, I, TWO);
  const x1 = call(shape, I);
  const x2 = call(multiply, x1, x1);
  const x3 = call(canvas, ZERO, x2);
  const x4 = call(rbind, multiply, x1);
  const x5 = call(apply, x4, x0);
  const x6 = call(asobject, I);
  const x7 = call(lbind, shift, x6);
  const x8 = call(mapply, x7, x5);
  const x9 = call(paint, x3, x8);
  return x9;
}

function verify_cdecee7f(I: Grid): unknown {
  const x0 = call(asobject, I);
  const x1 = call(mostcolor, I);
  const x2 = call(matcher, first, x1);
  const x3 = call(compose, flip, x2);
  const x4 = call(sfilter, x0, x3);
  const x5 = call(apply, initset, x4);
  const x6 = call(astuple, ONE, THREE);
  const x7 = call(size, x5);
  const x8 = call(order, x5, leftmost);
  const x9 = call(apply, color, x8);
  const x10 = call(rbind, canvas, UNITY);
  const x11 = call(apply, x10, x9);
  const x12 = call(merge, x11);
  const x13 = call(dmirror, x12);
  const x14 = call(subtract, NINE, x7);
  const x15 = call(astuple, ONE, x14);
  const x16 = call(mostcolor, I);
  const x17 = call(canvas, x16, x15);
  const x18 = call(hconcat, x13, x17);
  const x19 = call(hsplit, x18, THREE);
  const x20 = call(merge, x19);
  const x21 = call(crop, x20, ORIGIN, x6);
  const x22 = call(crop, x20, DOWN, x6);
  const x23 = call(crop, x20, TWO_BY_ZERO, x6);
  const x24 = call(vmirror, x22);
  const x25 = call(vconcat, x21, x24);
  const x26 = call(vconcat, x25, x23);
  return x26;
}

function verify_ce22a75a(I: Grid): unknown {
  const x0 = call(leastcolor, I);
  const x1 = call(ofcolor, I, x0);
  const x2 = call(apply, initset, x1);
  const x3 = call(apply, outbox, x2);
  const x4 = call(mapply, backdrop, x3);
  const x5 = call(fill, I, ONE, x4);
  return x5;
}

function verify_ce4f8723(I: Grid): unknown {
  const x0 = call(frontiers, I);
  const x1 = call(sfilter, x0, hline);
  const x2 = call(size, x1);
  const x3 = call(positive, x2);
  const x4 = call(branch, x3, tophalf, lefthalf);
  const x5 = call(branch, x3, bottomhalf, righthalf);
  const x6 = call(x4, I);
  const x7 = call(x5, I);
  const x8 = call(palette, x6);
  const x9 = call(palette, x7);
  const x10 = call(intersection, x8, x9);
  const x11 = call(first, x10);
  const x12 = call(shape, x6);
  const x13 = call(canvas, x11, x12);
  const x14 = call(palette, x6);
  const x15 = call(other, x14, x11);
  const x16 = call(palette, x7);
  const x17 = call(other, x16, x11);
  const x18 = call(ofcolor, x6, x15);
  const x19 = call(ofcolor, x7, x17);
  const x20 = call(combine, x18, x19);
  const x21 = call(fill, x13, THREE, x20);
  return x21;
}

function verify_ce602527(I: Grid): unknown {
  const x0 = call(fgpartition, I);
  const x1 = call(rbind, bordering, I);
  const x2 = call(extract, x0, x1);
  const x3 = call(remove, x2, x0);
  const x4 = call(totuple, x3);
  const x5 = call(first, x4);
  const x6 = call(last, x4);
  const x7 = call(color, x5);
  const x8 = call(mostcolor, I);
  const x9 = call(shape, x5);
  const x10 = call(canvas, x8, x9);
  const x11 = call(normalize, x5);
  const x12 = call(paint, x10, x11);
  const x13 = call(upscale, x12, TWO);
  const x14 = call(shape, x6);
  const x15 = call(canvas, x8, x14);
  const x16 = call(normalize, x6);
  const x17 = call(paint, x15, x16);
  const x18 = call(upscale, x17, TWO);
  const x19 = call(shape, x2);
  const x20 = call(canvas, x8, x19);
  const x21 = call(normalize, x2);
  const x22 = call(paint, x20, x21);
  const x23 = call(color, x2);
  const x24 = call(replace, x22, x23, x7);
  const x25 = call(asobject, x24);
  const x26 = call(occurrences, x13, x25);
  const x27 = call(size, x26);
  const x28 = call(positive, x27);
  const x29 = call(downscale, x13, TWO);
  const x30 = call(downscale, x18, TWO);
  const x31 = call(branch, x28, x29, x30);
  return x31;
}

function verify_ce9e57f2(I: Grid): unknown {
  const x0 = call(objects, I, T, F, T);
  const x1 = call(asindices, I);
  const x2 = call(outbox, x1);
  const x3 = call(lbind, adjacent, x2);
  const x4 = call(compose, x3, initset);
  const x5 = call(rbind, extract, x4);
  const x6 = call(compose, x5, toindices);
  const x7 = call(rbind, compose, initset);
  const x8 = call(lbind, rbind, manhattan);
  const x9 = call(chain, x7, x8, initset);
  const x10 = call(lbind, lbind, greater);
  const x11 = call(chain, x10, halve, size);
  const x12 = call(compose, x9, x6);
  const x13 = call(fork, compose, x11, x12);
  const x14 = call(fork, sfilter, toindices, x13);
  const x15 = call(mapply, x14, x0);
  const x16 = call(fill, I, EIGHT, x15);
  return x16;
}

function verify_cf98881b(I: Grid): unknown {
  const x0 = call(width, I);
  const x1 = call(increment, x0);
  const x2 = call(divide, x1, THREE);
  const x3 = call(decrement, x2);
  const x4 = call(height, I);
  const x5 = call(astuple, x4, x3);
  const x6 = call(crop, I, ORIGIN, x5);
  const x7 = call(add, x3, ONE);
  const x8 = call(tojvec, x7);
  const x9 = call(crop, I, x8, x5);
  const x10 = call(double, x3);
  const x11 = call(add, x10, TWO);
  const x12 = call(tojvec, x11);
  const x13 = call(crop, I, x12, x5);
  const x14 = call(palette, x6);
  const x15 = call(palette, x9);
  const x16 = call(palette, x13);
  const x17 = call(intersection, x14, x15);
  const x18 = call(intersection, x17, x16);
  const x19 = call(first, x18);
  const x20 = call(other, x14, x19);
  const x21 = call(other, x15, x19);
  const x22 = call(other, x16, x19);
  const x23 = call(canvas, x19, x5);
  const x24 = call(ofcolor, x6, x20);
  const x25 = call(ofcolor, x9, x21);
  const x26 = call(ofcolor, x13, x22);
  const x27 = call(fill, x23, x22, x26);
  const x28 = call(fill, x27, x21, x25);
  const x29 = call(fill, x28, x20, x24);
  return x29;
}

function verify_d037b0a7(I: Grid): unknown {
  const x0 = call(fgpartition, I);
  const x1 = call(merge, x0);
  const x2 = call(rbind, shoot, DOWN);
  const x3 = call(compose, x2, last);
  const x4 = call(fork, recolor, first, x3);
  const x5 = call(mapply, x4, x1);
  const x6 = call(paint, I, x5);
  return x6;
}

function verify_d06dbe63(I: Grid): unknown {
  const x0 = call(double, TEN);
  const x1 = call(interval, ZERO, x0, ONE);
  const x2 = call(connect, ORIGIN, DOWN);
  const x3 = call(connect, ORIGIN, ZERO_BY_TWO);
  const x4 = call(combine, x2, x3);
  const x5 = call(astuple, NEG_TWO, TWO);
  const x6 = call(lbind, multiply, x5);
  const x7 = call(toivec, NEG_TWO);
  const x8 = call(apply, x6, x1);
  const x9 = call(rbind, subtract, TWO_BY_ZERO);
  const x10 = call(fork, ofcolor, identity, leastcolor);
  const x11 = call(chain, x9, center, x10);
  const x12 = call(rbind, mapply, x8);
  const x13 = call(lbind, lbind, shift);
  const x14 = call(lbind, shift, x4);
  const x15 = call(compose, x14, x11);
  const x16 = call(chain, x12, x13, x15);
  const x17 = call(lbind, recolor, FIVE);
  const x18 = call(compose, x17, x16);
  const x19 = call(fork, paint, identity, x18);
  const x20 = call(compose, rot180, x19);
  const x21 = call(fork, ofcolor, x20, leastcolor);
  const x22 = call(compose, center, x21);
  const x23 = call(fork, subtract, x22, x11);
  const x24 = call(fork, shift, x16, x23);
  const x25 = call(lbind, recolor, FIVE);
  const x26 = call(rbind, shift, x7);
  const x27 = call(chain, x25, x26, x24);
  const x28 = call(fork, paint, x20, x27);
  const x29 = call(compose, rot180, x28);
  const x30 = call(rbind, ofcolor, FIVE);
  const x31 = call(compose, x30, x29);
  const x32 = call(leastcolor, I);
  const x33 = call(ofcolor, I, x32);
  const x34 = call(mostcolor, I);
  const x35 = call(shape, I);
  const x36 = call(canvas, x34, x35);
  const x37 = call(lbind, paint, x36);
  const x38 = call(lbind, recolor, x32);
  const x39 = call(chain, x37, x38, initset);
  const x40 = call(compose, x31, x39);
  const x41 = call(mapply, x40, x33);
  const x42 = call(fill, I, FIVE, x41);
  const x43 = call(fill, x42, x32, x33);
  return x43;
}

function verify_d07ae81c(I: Grid): unknown {
  const x0 = call(lbind, ofcolor, I);
  const x1 = call(lbind, mapply, neighbors);
  const x2 = call(compose, x1, x0);
  const x3 = call(fork, intersection, x0, x2);
  const x4 = call(compose, size, x3);
  const x5 = call(palette, I);
  const x6 = call(matcher, x4, ZERO);
  const x7 = call(sfilter, x5, x6);
  const x8 = call(totuple, x7);
  const x9 = call(first, x8);
  const x10 = call(last, x8);
  const x11 = call(ofcolor, I, x9);
  const x12 = call(mapply, neighbors, x11);
  const x13 = call(toobject, x12, I);
  const x14 = call(mostcolor, x13);
  const x15 = call(ofcolor, I, x10);
  const x16 = call(mapply, neighbors, x15);
  const x17 = call(toobject, x16, I);
  const x18 = call(mostcolor, x17);
  const x19 = call(rbind, shoot, UNITY);
  const x20 = call(rbind, shoot, NEG_UNITY);
  const x21 = call(fork, combine, x19, x20);
  const x22 = call(rbind, shoot, UP_RIGHT);
  const x23 = call(rbind, shoot, DOWN_LEFT);
  const x24 = call(fork, combine, x22, x23);
  const x25 = call(fork, combine, x21, x24);
  const x26 = call(ofcolor, I, x10);
  const x27 = call(ofcolor, I, x9);
  const x28 = call(combine, x26, x27);
  const x29 = call(mapply, x25, x28);
  const x30 = call(ofcolor, I, x14);
  const x31 = call(intersection, x30, x29);
  const x32 = call(ofcolor, I, x18);
  const x33 = call(intersection, x32, x29);
  const x34 = call(fill, I, x9, x31);
  const x35 = call(fill, x34, x10, x33);
  return x35;
}

function verify_d0f5fe59(I: Grid): unknown {
  const x0 = call(objects, I, T, F, T);
  const x1 = call(size, x0);
  const x2 = call(astuple, x1, x1);
  const x3 = call(mostcolor, I);
  const x4 = call(canvas, x3, x2);
  const x5 = call(shoot, ORIGIN, UNITY);
  const x6 = call(leastcolor, I);
  const x7 = call(fill, x4, x6, x5);
  return x7;
}

function verify_d10ecb37(I: Grid): unknown {
  const x0 = call(crop, I, ORIGIN, TWO_BY_TWO);
  return x0;
}

function verify_d13f3404(I: Grid): unknown {
  const x0 = call(asobject, I);
  const x1 = call(mostcolor, I);
  const x2 = call(matcher, first, x1);
  const x3 = call(compose, flip, x2);
  const x4 = call(sfilter, x0, x3);
  const x5 = call(apply, initset, x4);
  const x6 = call(rbind, shoot, UNITY);
  const x7 = call(compose, x6, center);
  const x8 = call(fork, recolor, color, x7);
  const x9 = call(mapply, x8, x5);
  const x10 = call(shape, I);
  const x11 = call(double, x10);
  const x12 = call(mostcolor, I);
  const x13 = call(canvas, x12, x11);
  const x14 = call(paint, x13, x9);
  return x14;
}

function verify_d22278a0(I: Grid): unknown {
  const x0 = call(objects, I, T, F, T);
  const x1 = call(totuple, x0);
  const x2 = call(apply, color, x1);
  const x3 = call(repeat, NEG_ONE, ONE);
  const x4 = call(combine, x2, x3);
  const x5 = call(multiply, TEN, TEN);
  const x6 = call(apply, center, x1);
  const x7 = call(astuple, x5, x5);
  const x8 = call(repeat, x7, ONE);
  const x9 = call(combine, x6, x8);
  const x10 = call(identity, I);
  const x11 = call(asindices, I);
  const x12 = call(shape, I);
  const x13 = call(maximum, x12);
  const x14 = call(halve, x13);
  const x15 = call(add, TWO, x14);
  const x16 = call(interval, ONE, x15, ONE);
  const x17 = call(compose, outbox, outbox);
  const x18 = call(lbind, power, x17);
  const x19 = call(apply, x18, x16);
  const x20 = call(lbind, rapply, x19);
  const x21 = call(chain, merge, x20, initset);
  const x22 = call(fork, combine, initset, x21);
  const x23 = call(lbind, rbind, manhattan);
  const x24 = call(rbind, chain, initset);
  const x25 = call(rbind, x24, x23);
  const x26 = call(lbind, rbind, apply);
  const x27 = call(lbind, apply, initset);
  const x28 = call(rbind, remove, x9);
  const x29 = call(chain, x25, x26, x27);
  const x30 = call(chain, x29, x28, last);
  const x31 = call(lbind, sfilter, x11);
  const x32 = call(rbind, compose, initset);
  const x33 = call(lbind, compose, minimum);
  const x34 = call(lbind, fork, greater);
  const x35 = call(compose, x33, x30);
  const x36 = call(compose, initset, last);
  const x37 = call(chain, x32, x23, x36);
  const x38 = call(fork, x34, x35, x37);
  const x39 = call(compose, x31, x38);
  const x40 = call(compose, x22, last);
  const x41 = call(fork, intersection, x39, x40);
  const x42 = call(fork, recolor, first, x41);
  const x43 = call(pair, x4, x9);
  const x44 = call(mapply, x42, x43);
  const x45 = call(paint, x10, x44);
  return x45;
}

function verify_d23f8c26(I: Grid): unknown {
  const x0 = call(mostcolor, I);
  const x1 = call(matcher, first, x0);
  const x2 = call(compose, flip, x1);
  const x3 = call(width, I);
  const x4 = call(halve, x3);
  const x5 = call(compose, last, last);
  const x6 = call(matcher, x5, x4);
  const x7 = call(compose, flip, x6);
  const x8 = call(asobject, I);
  const x9 = call(fork, both, x2, x7);
  const x10 = call(sfilter, x8, x9);
  const x11 = call(fill, I, x0, x10);
  return x11;
}

function verify_d2abd087(I: Grid): unknown {
  const x0 = call(objects, I, T, F, T);
  const x1 = call(matcher, size, SIX);
  const x2 = call(compose, flip, x1);
  const x3 = call(mfilter, x0, x1);
  const x4 = call(mfilter, x0, x2);
  const x5 = call(fill, I, TWO, x3);
  const x6 = call(fill, x5, ONE, x4);
  return x6;
}

function verify_d364b489(I: Grid): unknown {
  const x0 = call(fgpartition, I);
  const x1 = call(merge, x0);
  const x2 = call(toindices, x1);
  const x3 = call(shift, x2, DOWN);
  const x4 = call(fill, I, EIGHT, x3);
  const x5 = call(shift, x2, UP);
  const x6 = call(fill, x4, TWO, x5);
  const x7 = call(shift, x2, RIGHT);
  const x8 = call(fill, x6, SIX, x7);
  const x9 = call(shift, x2, LEFT);
  const x10 = call(fill, x8, SEVEN, x9);
  return x10;
}

function verify_d406998b(I: Grid): unknown {
  const x0 = call(vmirror, I);
  const x1 = call(fgpartition, x0);
  const x2 = call(merge, x1);
  const x3 = call(toindices, x2);
  const x4 = call(compose, double, halve);
  const x5 = call(fork, equality, identity, x4);
  const x6 = call(compose, x5, last);
  const x7 = call(sfilter, x3, x6);
  const x8 = call(fill, x0, THREE, x7);
  const x9 = call(vmirror, x8);
  return x9;
}

function verify_d43fd935(I: Grid): unknown {
  const x0 = call(mostcolor, I);
  const x1 = call(asobject, I);
  const x2 = call(matcher, first, x0);
  const x3 = call(compose, flip, x2);
  const x4 = call(sfilter, x1, x3);
  const x5 = call(partition, I);
  const x6 = call(fork, multiply, height, width);
  const x7 = call(fork, equality, size, x6);
  const x8 = call(sfilter, x5, x7);
  const x9 = call(argmax, x8, size);
  const x10 = call(difference, x4, x9);
  const x11 = call(apply, initset, x10);
  const x12 = call(rbind, hmatching, x9);
  const x13 = call(rbind, vmatching, x9);
  const x14 = call(fork, either, x12, x13);
  const x15 = call(sfilter, x11, x14);
  const x16 = call(rbind, gravitate, x9);
  const x17 = call(fork, add, center, x16);
  const x18 = call(fork, connect, center, x17);
  const x19 = call(fork, recolor, color, x18);
  const x20 = call(mapply, x19, x15);
  const x21 = call(paint, I, x20);
  return x21;
}

function verify_d4469b4b(I: Grid): unknown {
  const x0 = call(palette, I);
  const x1 = call(contained, ONE, x0);
  const x2 = call(contained, TWO, x0);
  const x3 = call(branch, x1, UNITY, TWO_BY_TWO);
  const x4 = call(branch, x2, RIGHT, x3);
  const x5 = call(fork, combine, vfrontier, hfrontier);
  const x6 = call(x5, x4);
  const x7 = call(canvas, ZERO, THREE_BY_THREE);
  const x8 = call(fill, x7, FIVE, x6);
  return x8;
}

function verify_d4a91cb9(I: Grid): unknown {
  const x0 = call(ofcolor, I, EIGHT);
  const x1 = call(ofcolor, I, TWO);
  const x2 = call(first, x0);
  const x3 = call(first, x1);
  const x4 = call(last, x2);
  const x5 = call(first, x3);
  const x6 = call(astuple, x5, x4);
  const x7 = call(connect, x6, x2);
  const x8 = call(connect, x6, x3);
  const x9 = call(combine, x7, x8);
  const x10 = call(underfill, I, FOUR, x9);
  return x10;
}

function verify_d4f3cd78(I: Grid): unknown {
  const x0 = call(fgpartition, I);
  const x1 = call(merge, x0);
  const x2 = call(toindices, x1);
  const x3 = call(box, x2);
  const x4 = call(difference, x3, x2);
  const x5 = call(inbox, x2);
  const x6 = call(backdrop, x5);
  const x9 = call(lowermost, x6);
  const x10 = call(rightmost, x6);
  const x11 = call(uppermost, x6);
  const x12 = call(leftmost, x6);
  const x13 = call(rbind, greater, x9);
  const x14 = call(compose, x13, first);
  const x15 = call(lbind, greater, x11);
  const x16 = call(compose, x15, first);
  const x17 = call(rbind, greater, x10);
  const x18 = call(compose, x17, last);
  const x19 = call(lbind, greater, x12);
  const x20 = call(compose, x19, last);
  const x21 = call(compose, invert, x16);
  const x22 = call(fork, add, x14, x21);
  const x23 = call(compose, invert, x20);
  const x24 = call(fork, add, x18, x23);
  const x25 = call(fork, astuple, x22, x24);
  const x26 = call(fork, shoot, identity, x25);
  const x27 = call(mapply, x26, x4);
  const x28 = call(combine, x27, x6);
  const x29 = call(fill, I, EIGHT, x28);
  return x29;
}

function verify_d511f180(I: Grid): unknown {
  const x0 = call(switch_, I, FIVE, EIGHT);
  return x0;
}

function verify_d5d6de2d(I: Grid): unknown {
  const x0 = call(objects, I, T, F, T);
  const x1 = call(merge, x0);
  const x2 = call(cover, I, x1);
  const x3 = call(mapply, delta, x0);
  const x4 = call(fill, x2, THREE, x3);
  return x4;
}

function verify_d631b094(I: Grid): unknown {
  const x0 = call(palette, I);
  const x1 = call(other, x0, ZERO);
  const x2 = call(colorcount, I, x1);
  const x3 = call(astuple, ONE, x2);
  const x4 = call(canvas, x1, x3);
  return x4;
}

function verify_d687bc17(I: Grid): unknown {
  const x0 = call(trim, I);
  const x1 = call(asobject, x0);
  const x2 = call(shift, x1, UNITY);
  const x3 = call(apply, initset, x2);
  const x4 = call(toindices, x2);
  const x5 = call(asindices, I);
  const x6 = call(corners, x5);
  const x7 = call(combine, x4, x6);
  const x8 = call(fill, I, NEG_ONE, x7);
  const x9 = call(fgpartition, x8);
  const x10 = call(asindices, I);
  const x11 = call(corners, x10);
  const x12 = call(toobject, x11, I);
  const x13 = call(combine, x2, x12);
  const x14 = call(mostcolor, x13);
  const x15 = call(fill, x8, x14, x7);
  const x16 = call(apply, color, x9);
  const x17 = call(rbind, contained, x16);
  const x18 = call(compose, x17, color);
  const x19 = call(sfilter, x3, x18);
  const x20 = call(lbind, colorfilter, x9);
  const x21 = call(chain, first, x20, color);
  const x22 = call(fork, gravitate, identity, x21);
  const x23 = call(fork, shift, identity, x22);
  const x24 = call(mapply, x23, x19);
  const x25 = call(paint, x15, x24);
  return x25;
}

function verify_d6ad076f(I: Grid): unknown {
  const x0 = call(partition, I);
  const x1 = call(product, x0, x0);
  const x2 = call(fork, equality, first, last);
  const x3 = call(compose, flip, x2);
  const x4 = call(sfilter, x1, x3);
  const x5 = call(fork, adjacent, first, last);
  const x6 = call(compose, flip, x5);
  const x7 = call(extract, x4, x6);
  const x8 = call(totuple, x7);
  const x9 = call(first, x8);
  const x10 = call(last, x8);
  const x11 = call(combine, x9, x10);
  const x12 = call(leftmost, x11);
  const x13 = call(increment, x12);
  const x14 = call(rightmost, x11);
  const x15 = call(decrement, x14);
  const x16 = call(apply, uppermost, x8);
  const x17 = call(maximum, x16);
  const x18 = call(increment, x17);
  const x19 = call(apply, lowermost, x8);
  const x20 = call(minimum, x19);
  const x21 = call(decrement, x20);
  const x22 = call(apply, leftmost, x8);
  const x23 = call(maximum, x22);
  const x24 = call(increment, x23);
  const x25 = call(apply, rightmost, x8);
  const x26 = call(minimum, x25);
  const x27 = call(decrement, x26);
  const x28 = call(uppermost, x11);
  const x29 = call(increment, x28);
  const x30 = call(lowermost, x11);
  const x31 = call(decrement, x30);
  const x32 = call(hmatching, x9, x10);
  const x33 = call(branch, x32, x13, x24);
  const x34 = call(branch, x32, x15, x27);
  const x35 = call(branch, x32, x21, x31);
  const x36 = call(branch, x32, x18, x29);
  const x37 = call(astuple, x35, x34);
  const x38 = call(astuple, x36, x33);
  const x39 = call(initset, x38);
  const x40 = call(insert, x37, x39);
  const x41 = call(backdrop, x40);
  const x42 = call(merge, x7);
  const x43 = call(toindices, x42);
  const x44 = call(rbind, contained, x43);
  const x45 = call(compose, flip, x44);
  const x46 = call(sfilter, x41, x45);
  const x47 = call(fill, I, EIGHT, x46);
  return x47;
}

function verify_d89b689b(I: Grid): unknown {
  const x0 = call(objects, I, T, F, F);
  const x1 = call(sfilter, x0, square);
  const x2 = call(argmax, x1, size);
  const x3 = call(toindices, x2);
  const x4 = call(sizefilter, x1, ONE);
  const x5 = call(apply, initset, x3);
  const x6 = call(lbind, argmin, x5);
  const x7 = call(lbind, rbind, manhattan);
  const x8 = call(compose, x6, x7);
  const x9 = call(fork, recolor, color, x8);
  const x10 = call(mapply, x9, x4);
  const x11 = call(merge, x4);
  const x12 = call(cover, I, x11);
  const x13 = call(paint, x12, x10);
  return x13;
}

function verify_d8c310e9(I: Grid): unknown {
  const x0 = call(astuple, identity, rot90);
  const x1 = call(astuple, rot180, rot270);
  const x2 = call(combine, x0, x1);
  const x3 = call(astuple, identity, rot270);
  const x4 = call(astuple, rot180, rot90);
  const x5 = call(combine, x3, x4);
  const x6 = call(pair, x2, x5);
  const x7 = call(chain, size, dedupe, first);
  const x8 = call(matcher, x7, ONE);
  const x9 = call(compose, first, cmirror);
  const x10 = call(chain, size, dedupe, x9);
  const x11 = call(matcher, x10, ONE);
  const x12 = call(fork, both, x8, x11);
  const x13 = call(rbind, rapply, I);
  const x14 = call(compose, initset, first);
  const x15 = call(chain, first, x13, x14);
  const x16 = call(compose, x12, x15);
  const x17 = call(extract, x6, x16);
  const x18 = call(first, x17);
  const x19 = call(last, x17);
  const x20 = call(x18, I);
  const x21 = call(width, x20);
  const x22 = call(decrement, x21);
  const x23 = call(tojvec, x22);
  const x24 = call(index, x20, x23);
  const x25 = call(asobject, x20);
  const x26 = call(matcher, first, x24);
  const x27 = call(compose, flip, x26);
  const x28 = call(sfilter, x25, x27);
  const x29 = call(hperiod, x28);
  const x30 = call(width, x20);
  const x31 = call(increment, x30);
  const x32 = call(interval, ZERO, x31, x29);
  const x33 = call(apply, tojvec, x32);
  const x34 = call(lbind, shift, x28);
  const x35 = call(mapply, x34, x33);
  const x36 = call(paint, x20, x35);
  const x37 = call(x19, x36);
  return x37;
}

function verify_d90796e8(I: Grid): unknown {
  const x0 = call(ofcolor, I, TWO);
  const x1 = call(ofcolor, I, THREE);
  const x2 = call(compose, positive, size);
  const x3 = call(lbind, intersection, x1);
  const x4 = call(chain, x2, x3, dneighbors);
  const x5 = call(compose, positive, size);
  const x6 = call(lbind, intersection, x0);
  const x7 = call(chain, x5, x6, dneighbors);
  const x8 = call(sfilter, x0, x4);
  const x9 = call(sfilter, x1, x7);
  const x10 = call(cover, I, x8);
  const x11 = call(fill, x10, EIGHT, x9);
  return x11;
}

function verify_d9f24cd1(I: Grid): unknown {
  const x0 = call(astuple, identity, identity);
  const x1 = call(astuple, rot90, rot270);
  const x2 = call(astuple, x0, x1);
  const x3 = call(astuple, rot180, rot180);
  const x4 = call(astuple, rot270, rot90);
  const x5 = call(astuple, x3, x4);
  const x6 = call(combine, x2, x5);
  const x7 = call(rbind, greater, ONE);
  const x8 = call(chain, size, dedupe, last);
  const x9 = call(compose, x7, x8);
  const x10 = call(rbind, rapply, I);
  const x11 = call(compose, initset, first);
  const x12 = call(chain, first, x10, x11);
  const x13 = call(compose, x9, x12);
  const x14 = call(extract, x6, x13);
  const x15 = call(first, x14);
  const x16 = call(last, x14);
  const x17 = call(x15, I);
  const x18 = call(mostcolor, I);
  const x19 = call(trim, I);
  const x20 = call(palette, x19);
  const x21 = call(other, x20, x18);
  const x22 = call(asindices, I);
  const x23 = call(box, x22);
  const x24 = call(toobject, x23, I);
  const x25 = call(palette, x24);
  const x26 = call(other, x25, x18);
  const x27 = call(ofcolor, x17, x26);
  const x28 = call(ofcolor, x17, x21);
  const x29 = call(prapply, connect, x27, x28);
  const x30 = call(mfilter, x29, vline);
  const x31 = call(underfill, x17, x26, x30);
  const x32 = call(matcher, numcolors, TWO);
  const x33 = call(objects, x31, F, F, T);
  const x34 = call(sfilter, x33, x32);
  const x35 = call(difference, x33, x34);
  const x36 = call(colorfilter, x35, x26);
  const x37 = call(mapply, toindices, x36);
  const x38 = call(apply, urcorner, x34);
  const x39 = call(shift, x38, UNITY);
  const x40 = call(rbind, shoot, UP);
  const x41 = call(mapply, x40, x39);
  const x42 = call(fill, x31, x26, x41);
  const x43 = call(mapply, vfrontier, x37);
  const x44 = call(fill, x42, x26, x43);
  const x45 = call(x16, x44);
  return x45;
}

function verify_d9fac9be(I: Grid): unknown {
  const x0 = call(mostcolor, I);
  const x1 = call(palette, I);
  const x2 = call(remove, x0, x1);
  const x3 = call(totuple, x2);
  const x4 = call(first, x3);
  const x5 = call(last, x3);
  const x6 = call(neighbors, UNITY);
  const x7 = call(initset, UNITY);
  const x8 = call(recolor, x4, x6);
  const x9 = call(recolor, x5, x7);
  const x10 = call(combine, x8, x9);
  const x11 = call(occurrences, I, x10);
  const x12 = call(size, x11);
  const x13 = call(positive, x12);
  const x14 = call(branch, x13, x5, x4);
  const x15 = call(canvas, x14, UNITY);
  return x15;
}

function verify_dae9d2b5(I: Grid): unknown {
  const x0 = call(hsplit, I, TWO);
  const x1 = call(apply, numcolors, x0);
  const x2 = call(equality, x1, TWO_BY_TWO);
  const x3 = call(branch, x2, hsplit, vsplit);
  const x4 = call(x3, I, TWO);
  const x5 = call(first, x4);
  const x6 = call(last, x4);
  const x7 = call(palette, x5);
  const x8 = call(palette, x6);
  const x9 = call(intersection, x7, x8);
  const x10 = call(first, x9);
  const x11 = call(palette, x5);
  const x12 = call(other, x11, x10);
  const x13 = call(palette, x6);
  const x14 = call(other, x13, x10);
  const x15 = call(shape, x5);
  const x16 = call(canvas, x10, x15);
  const x17 = call(ofcolor, x5, x12);
  const x18 = call(ofcolor, x6, x14);
  const x19 = call(combine, x17, x18);
  const x20 = call(fill, x16, SIX, x19);
  return x20;
}

function verify_db3e9e38(I: Grid): unknown {
  const x0 = call(astuple, identity, dmirror);
  const x1 = call(astuple, cmirror, hmirror);
  const x2 = call(combine, x0, x1);
  const x3 = call(chain, uppermost, merge, fgpartition);
  const x4 = call(rbind, rapply, I);
  const x5 = call(chain, first, x4, initset);
  const x6 = call(compose, x3, x5);
  const x7 = call(matcher, x6, ZERO);
  const x8 = call(extract, x2, x7);
  const x9 = call(x8, I);
  const x10 = call(fgpartition, x9);
  const x11 = call(merge, x10);
  const x12 = call(width, x11);
  const x13 = call(astuple, NEG_ONE, x12);
  const x14 = call(invert, x12);
  const x15 = call(astuple, NEG_ONE, x14);
  const x16 = call(double, x12);
  const x17 = call(astuple, NEG_TWO, x16);
  const x18 = call(double, x12);
  const x19 = call(invert, x18);
  const x20 = call(astuple, NEG_TWO, x19);
  const x21 = call(multiply, THREE, TEN);
  const x22 = call(interval, ZERO, x21, ONE);
  const x23 = call(lbind, multiply, x13);
  const x24 = call(apply, x23, x22);
  const x25 = call(lbind, multiply, x15);
  const x26 = call(apply, x25, x22);
  const x27 = call(lbind, multiply, x17);
  const x28 = call(apply, x27, x22);
  const x29 = call(lbind, multiply, x20);
  const x30 = call(apply, x29, x22);
  const x31 = call(lbind, shift, x11);
  const x32 = call(mapply, x31, x24);
  const x33 = call(lbind, shift, x11);
  const x34 = call(mapply, x33, x26);
  const x35 = call(lbind, shift, x11);
  const x36 = call(mapply, x35, x28);
  const x37 = call(lbind, shift, x11);
  const x38 = call(mapply, x37, x30);
  const x39 = call(combine, x32, x34);
  const x40 = call(fill, x9, EIGHT, x39);
  const x41 = call(combine, x36, x38);
  const x42 = call(paint, x40, x41);
  const x43 = call(x8, x42);
  return x43;
}

function verify_db93a21d(I: Grid): unknown {
  const x0 = call(objects, I, T, T, T);
  const x1 = call(merge, x0);
  const x2 = call(toindices, x1);
  const x3 = call(rbind, shoot, DOWN);
  const x4 = call(mapply, x3, x2);
  const x5 = call(underfill, I, ONE, x4);
  const x6 = call(lbind, power, outbox);
  const x7 = call(chain, x6, halve, width);
  const x8 = call(initset, x7);
  const x9 = call(lbind, rapply, x8);
  const x10 = call(fork, rapply, x9, identity);
  const x11 = call(compose, first, x10);
  const x12 = call(compose, backdrop, x11);
  const x13 = call(fork, difference, x12, toindices);
  const x14 = call(mapply, x13, x0);
  const x15 = call(mostcolor, I);
  const x16 = call(ofcolor, I, x15);
  const x17 = call(intersection, x14, x16);
  const x18 = call(fill, x5, THREE, x17);
  return x18;
}

function verify_dbc1a6ce(I: Grid): unknown {
  const x0 = call(leastcolor, I);
  const x1 = call(ofcolor, I, x0);
  const x2 = call(lbind, recolor, EIGHT);
  const x3 = call(rbind, ofcolor, x0);
  const x4 = call(chain, x2, backdrop, x3);
  const x5 = call(fork, paint, identity, x4);
  const x6 = call(height, I);
  const x7 = call(vsplit, I, x6);
  const x8 = call(mapply, x5, x7);
  const x9 = call(ofcolor, x8, EIGHT);
  const x10 = call(dmirror, I);
  const x11 = call(width, I);
  const x12 = call(vsplit, x10, x11);
  const x13 = call(mapply, x5, x12);
  const x14 = call(dmirror, x13);
  const x15 = call(ofcolor, x14, EIGHT);
  const x16 = call(combine, x9, x15);
  const x17 = call(difference, x16, x1);
  const x18 = call(fill, I, EIGHT, x17);
  return x18;
}

function verify_dc0a314f(I: Grid): unknown {
  const x0 = call(replace, I, THREE, NEG_ONE);
  const x1 = call(dmirror, x0);
  const x2 = call(papply, pair, x0, x1);
  const x3 = call(lbind, apply, maximum);
  const x4 = call(apply, x3, x2);
  const x5 = call(cmirror, x4);
  const x6 = call(papply, pair, x4, x5);
  const x7 = call(apply, x3, x6);
  const x8 = call(hmirror, x7);
  const x9 = call(papply, pair, x7, x8);
  const x10 = call(apply, x3, x9);
  const x11 = call(vmirror, x10);
  const x12 = call(papply, pair, x11, x10);
  const x13 = call(apply, x3, x12);
  const x14 = call(ofcolor, I, THREE);
  const x15 = call(subgrid, x14, x13);
  return x15;
}

function verify_dc1df850(I: Grid): unknown {
  const x0 = call(ofcolor, I, TWO);
  const x1 = call(mapply, neighbors, x0);
  const x2 = call(underfill, I, ONE, x1);
  return x2;
}

function verify_dc433765(I: Grid): unknown {
  const x0 = call(mostcolor, I);
  const x1 = call(palette, I);
  const x2 = call(remove, x0, x1);
  const x3 = call(other, x2, FOUR);
  const x4 = call(ofcolor, I, x3);
  const x5 = call(ofcolor, I, FOUR);
  const x6 = call(center, x4);
  const x7 = call(center, x5);
  const x8 = call(subtract, x7, x6);
  const x9 = call(sign, x8);
  const x10 = call(recolor, x3, x4);
  const x11 = call(move, I, x10, x9);
  return x11;
}

function verify_ddf7fa4f(I: Grid): unknown {
  const x0 = call(width, I);
  const x1 = call(decrement, x0);
  const x2 = call(tojvec, x1);
  const x3 = call(connect, ORIGIN, x2);
  const x4 = call(height, I);
  const x5 = call(decrement, x4);
  const x6 = call(toivec, x5);
  const x7 = call(connect, ORIGIN, x6);
  const x8 = call(width, I);
  const x9 = call(decrement, x8);
  const x10 = call(tojvec, x9);
  const x11 = call(shape, I);
  const x12 = call(decrement, x11);
  const x13 = call(connect, x10, x12);
  const x14 = call(height, I);
  const x15 = call(decrement, x14);
  const x16 = call(toivec, x15);
  const x17 = call(shape, I);
  const x18 = call(decrement, x17);
  const x19 = call(connect, x16, x18);
  const x20 = call(asindices, I);
  const x21 = call(box, x20);
  const x22 = call(toobject, x21, I);
  const x23 = call(mostcolor, x22);
  const x24 = call(matcher, color, x23);
  const x25 = call(compose, flip, x24);
  const x26 = call(rbind, sfilter, x25);
  const x27 = call(rbind, sizefilter, ONE);
  const x28 = call(rbind, objects, F);
  const x29 = call(rbind, x28, F);
  const x30 = call(rbind, x29, T);
  const x31 = call(rbind, subgrid, I);
  const x32 = call(chain, x26, x30, x31);
  const x33 = call(chain, size, x27, x32);
  const x34 = call(astuple, x3, x7);
  const x35 = call(astuple, x13, x19);
  const x36 = call(combine, x34, x35);
  const x37 = call(argmax, x36, x33);
  const x38 = call(rbind, toobject, I);
  const x39 = call(compose, x38, initset);
  const x40 = call(ofcolor, I, x23);
  const x41 = call(difference, x37, x40);
  const x42 = call(apply, x39, x41);
  const x43 = call(rbind, intersection, x37);
  const x44 = call(chain, size, x43, toindices);
  const x45 = call(matcher, x44, ZERO);
  const x46 = call(objects, I, T, F, T);
  const x47 = call(sfilter, x46, x45);
  const x48 = call(lbind, fork, either);
  const x49 = call(lbind, lbind, hmatching);
  const x50 = call(lbind, lbind, vmatching);
  const x51 = call(fork, x48, x49, x50);
  const x52 = call(lbind, chain, size);
  const x53 = call(rbind, x52, x51);
  const x54 = call(lbind, lbind, sfilter);
  const x55 = call(compose, last, last);
  const x56 = call(chain, x53, x54, x55);
  const x57 = call(rbind, compose, x51);
  const x58 = call(lbind, lbind, extract);
  const x59 = call(compose, last, last);
  const x60 = call(chain, x57, x58, x59);
  const x61 = call(compose, first, last);
  const x62 = call(rbind, matcher, ONE);
  const x63 = call(compose, x62, x56);
  const x64 = call(fork, sfilter, x61, x63);
  const x65 = call(lbind, fork, recolor);
  const x66 = call(lbind, x65, color);
  const x67 = call(compose, x66, x60);
  const x68 = call(fork, mapply, x67, x64);
  const x69 = call(fork, combine, first, x68);
  const x70 = call(compose, first, last);
  const x71 = call(fork, difference, x70, x64);
  const x72 = call(compose, last, last);
  const x73 = call(fork, apply, x60, x64);
  const x74 = call(fork, difference, x72, x73);
  const x75 = call(fork, astuple, x71, x74);
  const x76 = call(fork, astuple, x69, x75);
  const x77 = call(difference, x42, x42);
  const x78 = call(power, x76, TEN);
  const x79 = call(astuple, x42, x47);
  const x80 = call(astuple, x77, x79);
  const x81 = call(x78, x80);
  const x82 = call(first, x81);
  const x83 = call(paint, I, x82);
  return x83;
}

function verify_de1cd16c(I: Grid): unknown {
  const x0 = call(objects, I, T, F, F);
  const x1 = call(totuple, x0);
  const x2 = call(apply, color, x1);
  const x3 = call(size, x2);
  const x4 = call(dedupe, x2);
  const x5 = call(size, x4);
  const x6 = call(equality, x3, x5);
  const x7 = call(compose, leastcolor, merge);
  const x8 = call(lbind, apply, color);
  const x9 = call(chain, mostcommon, x8, totuple);
  const x10 = call(branch, x6, x7, x9);
  const x11 = call(x10, x0);
  const x12 = call(objects, I, T, F, F);
  const x13 = call(colorfilter, x12, x11);
  const x14 = call(difference, x12, x13);
  const x15 = call(rbind, subgrid, I);
  const x16 = call(apply, x15, x14);
  const x17 = call(rbind, colorcount, x11);
  const x18 = call(argmax, x16, x17);
  const x19 = call(mostcolor, x18);
  const x20 = call(canvas, x19, UNITY);
  return x20;
}

function verify_ded97339(I: Grid): unknown {
  const x0 = call(leastcolor, I);
  const x1 = call(lbind, recolor, NEG_ONE);
  const x2 = call(rbind, ofcolor, x0);
  const x3 = call(chain, x1, backdrop, x2);
  const x4 = call(fork, paint, identity, x3);
  const x5 = call(height, I);
  const x6 = call(vsplit, I, x5);
  const x7 = call(mapply, x4, x6);
  const x8 = call(ofcolor, x7, NEG_ONE);
  const x9 = call(dmirror, I);
  const x10 = call(width, I);
  const x11 = call(vsplit, x9, x10);
  const x12 = call(mapply, x4, x11);
  const x13 = call(dmirror, x12);
  const x14 = call(ofcolor, x13, NEG_ONE);
  const x15 = call(combine, x8, x14);
  const x16 = call(fill, I, x0, x15);
  return x16;
}

function verify_e179c5f4(I: Grid): unknown {
  const x0 = call(portrait, I);
  const x1 = call(branch, x0, identity, dmirror);
  const x2 = call(x1, I);
  const x3 = call(asindices, x2);
  const x4 = call(shoot, ORIGIN, UNITY);
  const x5 = call(intersection, x4, x3);
  const x6 = call(lrcorner, x5);
  const x7 = call(shoot, x6, DOWN_LEFT);
  const x8 = call(intersection, x7, x3);
  const x9 = call(combine, x5, x8);
  const x10 = call(llcorner, x9);
  const x11 = call(remove, x10, x9);
  const x12 = call(lbind, shift, x11);
  const x13 = call(height, x11);
  const x14 = call(lbind, multiply, x13);
  const x15 = call(chain, x12, toivec, x14);
  const x16 = call(height, x2);
  const x17 = call(height, x11);
  const x18 = call(divide, x16, x17);
  const x19 = call(increment, x18);
  const x20 = call(interval, ZERO, x19, ONE);
  const x21 = call(mapply, x15, x20);
  const x22 = call(rbind, contained, x21);
  const x23 = call(sfilter, x3, x22);
  const x24 = call(asindices, I);
  const x25 = call(corners, x24);
  const x26 = call(difference, x24, x25);
  const x27 = call(toobject, x26, I);
  const x28 = call(mostcolor, x27);
  const x29 = call(palette, I);
  const x30 = call(other, x29, x28);
  const x31 = call(ulcorner, x3);
  const x32 = call(index, x2, x31);
  const x33 = call(equality, x32, x30);
  const x34 = call(urcorner, x3);
  const x35 = call(index, x2, x34);
  const x36 = call(equality, x35, x30);
  const x37 = call(llcorner, x3);
  const x38 = call(index, x2, x37);
  const x39 = call(equality, x38, x30);
  const x40 = call(lrcorner, x3);
  const x41 = call(index, x2, x40);
  const x42 = call(equality, x41, x30);
  const x43 = call(astuple, x33, x36);
  const x44 = call(astuple, x39, x42);
  const x45 = call(combine, x43, x44);
  const x46 = call(vmirror, x23);
  const x47 = call(astuple, x23, x46);
  const x48 = call(hmirror, x23);
  const x49 = call(hmirror, x46);
  const x50 = call(astuple, x48, x49);
  const x51 = call(combine, x47, x50);
  const x52 = call(pair, x45, x51);
  const x53 = call(sfilter, x52, first);
  const x54 = call(mapply, last, x53);
  const x55 = call(fill, x2, x30, x54);
  const x56 = call(x1, x55);
  const x57 = call(replace, x56, x28, EIGHT);
  return x57;
}

function verify_e21d9049(I: Grid): unknown {
  const x0 = call(fgpartition, I);
  const x1 = call(merge, x0);
  const x2 = call(compose, first, last);
  const x3 = call(totuple, x1);
  const x4 = call(apply, x2, x3);
  const x5 = call(mostcommon, x4);
  const x6 = call(compose, last, last);
  const x7 = call(totuple, x1);
  const x8 = call(apply, x6, x7);
  const x9 = call(mostcommon, x8);
  const x10 = call(compose, first, last);
  const x11 = call(matcher, x10, x5);
  const x12 = call(sfilter, x1, x11);
  const x13 = call(compose, last, last);
  const x14 = call(matcher, x13, x9);
  const x15 = call(sfilter, x1, x14);
  const x16 = call(objects, I, F, T, T);
  const x17 = call(size, x16);
  const x18 = call(equality, x17, TWO);
  const x19 = call(mfilter, x16, hline);
  const x20 = call(mfilter, x16, vline);
  const x21 = call(branch, x18, x19, x12);
  const x22 = call(branch, x18, x20, x15);
  const x23 = call(width, x21);
  const x24 = call(lbind, multiply, x23);
  const x25 = call(width, I);
  const x26 = call(divide, x25, x23);
  const x27 = call(increment, x26);
  const x28 = call(interval, ZERO, x27, ONE);
  const x29 = call(apply, x24, x28);
  const x30 = call(apply, invert, x29);
  const x31 = call(combine, x29, x30);
  const x32 = call(apply, tojvec, x31);
  const x33 = call(lbind, shift, x21);
  const x34 = call(mapply, x33, x32);
  const x35 = call(height, x22);
  const x36 = call(lbind, multiply, x35);
  const x37 = call(height, I);
  const x38 = call(height, x21);
  const x39 = call(divide, x37, x38);
  const x40 = call(increment, x39);
  const x41 = call(interval, ZERO, x40, ONE);
  const x42 = call(apply, x36, x41);
  const x43 = call(apply, invert, x42);
  const x44 = call(combine, x42, x43);
  const x45 = call(apply, toivec, x44);
  const x46 = call(lbind, shift, x22);
  const x47 = call(mapply, x46, x45);
  const x48 = call(combine, x34, x47);
  const x49 = call(paint, I, x48);
  return x49;
}

function verify_e26a3af2(I: Grid): unknown {
  const x0 = call(rot90, I);
  const x1 = call(apply, mostcommon, I);
  const x2 = call(apply, mostcommon, x0);
  const x3 = call(repeat, x1, ONE);
  const x4 = call(repeat, x2, ONE);
  const x5 = call(compose, size, dedupe);
  const x6 = call(x5, x1);
  const x7 = call(x5, x2);
  const x8 = call(greater, x7, x6);
  const x9 = call(branch, x8, height, width);
  const x10 = call(x9, I);
  const x11 = call(rot90, x3);
  const x12 = call(branch, x8, x4, x11);
  const x13 = call(branch, x8, vupscale, hupscale);
  const x14 = call(x13, x12, x10);
  return x14;
}

function verify_e3497940(I: Grid): unknown {
  const x0 = call(lefthalf, I);
  const x1 = call(righthalf, I);
  const x2 = call(vmirror, x1);
  const x3 = call(width, I);
  const x4 = call(hsplit, I, x3);
  const x5 = call(first, x4);
  const x6 = call(mostcolor, x5);
  const x7 = call(objects, x2, T, F, F);
  const x8 = call(matcher, color, x6);
  const x9 = call(compose, flip, x8);
  const x10 = call(sfilter, x7, x9);
  const x11 = call(merge, x10);
  const x12 = call(paint, x0, x11);
  return x12;
}

function verify_e40b9e2f(I: Grid): unknown {
  const x0 = call(fgpartition, I);
  const x1 = call(merge, x0);
  const x2 = call(mostcolor, I);
  const x3 = call(uppermost, x1);
  const x4 = call(leftmost, x1);
  const x5 = call(height, x1);
  const x6 = call(width, x1);
  const x7 = call(interval, SEVEN, ONE, NEG_ONE);
  const x8 = call(add, x3, x5);
  const x9 = call(increment, x8);
  const x10 = call(lbind, subtract, x9);
  const x11 = call(add, x4, x6);
  const x12 = call(increment, x11);
  const x13 = call(lbind, subtract, x12);
  const x14 = call(lbind, interval, x3);
  const x15 = call(rbind, x14, ONE);
  const x16 = call(compose, x15, x10);
  const x17 = call(lbind, interval, x4);
  const x18 = call(rbind, x17, ONE);
  const x19 = call(compose, x18, x13);
  const x20 = call(fork, product, x16, x19);
  const x21 = call(fork, equality, identity, rot90);
  const x22 = call(fork, equality, identity, rot180);
  const x23 = call(fork, equality, identity, rot270);
  const x24 = call(fork, both, x22, x23);
  const x25 = call(fork, both, x21, x24);
  const x26 = call(fork, astuple, identity, identity);
  const x27 = call(fork, multiply, identity, identity);
  const x28 = call(compose, decrement, x27);
  const x29 = call(initset, ORIGIN);
  const x30 = call(difference, x29, x29);
  const x31 = call(rbind, branch, x30);
  const x32 = call(rbind, colorcount, x2);
  const x33 = call(rbind, subgrid, I);
  const x34 = call(lbind, compose, backdrop);
  const x35 = call(lbind, fork, insert);
  const x36 = call(lbind, x35, identity);
  const x37 = call(lbind, compose, initset);
  const x38 = call(chain, x34, x36, x37);
  const x39 = call(lbind, rbind, add);
  const x40 = call(chain, x38, x39, decrement);
  const x41 = call(lbind, fork, x31);
  const x42 = call(lbind, fork, both);
  const x43 = call(lbind, x42, x25);
  const x44 = call(rbind, compose, shape);
  const x45 = call(compose, x43, x44);
  const x46 = call(rbind, compose, x32);
  const x47 = call(lbind, lbind, greater);
  const x48 = call(chain, x46, x47, x28);
  const x49 = call(lbind, rbind, equality);
  const x50 = call(chain, x45, x49, x26);
  const x51 = call(fork, x42, x48, x50);
  const x52 = call(lbind, compose, x33);
  const x53 = call(compose, x52, x40);
  const x54 = call(fork, compose, x51, x53);
  const x55 = call(lbind, compose, initset);
  const x56 = call(lbind, rbind, astuple);
  const x57 = call(compose, x55, x56);
  const x58 = call(fork, x41, x54, x57);
  const x59 = call(fork, mapply, x58, x20);
  const x60 = call(center, x1);
  const x61 = call(astuple, x60, ONE);
  const x62 = call(repeat, x61, ONE);
  const x63 = call(mapply, x59, x7);
  const x64 = call(combine, x62, x63);
  const x65 = call(valmax, x64, last);
  const x66 = call(matcher, last, x65);
  const x67 = call(sfilter, x64, x66);
  const x68 = call(center, x1);
  const x69 = call(initset, x68);
  const x70 = call(rbind, manhattan, x69);
  const x71 = call(compose, halve, last);
  const x72 = call(fork, add, first, x71);
  const x73 = call(compose, initset, x72);
  const x74 = call(compose, x70, x73);
  const x75 = call(argmin, x67, x74);
  const x76 = call(first, x75);
  const x77 = call(last, x75);
  const x78 = call(decrement, x77);
  const x79 = call(add, x76, x78);
  const x80 = call(initset, x79);
  const x81 = call(insert, x76, x80);
  const x82 = call(backdrop, x81);
  const x83 = call(subgrid, x82, I);
  const x84 = call(asobject, x83);
  const x85 = call(rot90, I);
  const x86 = call(fgpartition, x85);
  const x87 = call(merge, x86);
  const x88 = call(rot180, I);
  const x89 = call(fgpartition, x88);
  const x90 = call(merge, x89);
  const x91 = call(rot270, I);
  const x92 = call(fgpartition, x91);
  const x93 = call(merge, x92);
  const x94 = call(rot90, I);
  const x95 = call(occurrences, x94, x84);
  const x96 = call(first, x95);
  const x97 = call(invert, x96);
  const x98 = call(shift, x87, x97);
  const x99 = call(shift, x98, x76);
  const x100 = call(rot180, I);
  const x101 = call(occurrences, x100, x84);
  const x102 = call(first, x101);
  const x103 = call(invert, x102);
  const x104 = call(shift, x90, x103);
  const x105 = call(shift, x104, x76);
  const x106 = call(rot270, I);
  const x107 = call(occurrences, x106, x84);
  const x108 = call(first, x107);
  const x109 = call(invert, x108);
  const x110 = call(shift, x93, x109);
  const x111 = call(shift, x110, x76);
  const x112 = call(combine, x99, x105);
  const x113 = call(combine, x112, x111);
  const x114 = call(paint, I, x113);
  return x114;
}

function verify_e48d4e1a(I: Grid): unknown {
  const x0 = call(frontiers, I);
  const x1 = call(merge, x0);
  const x2 = call(color, x1);
  const x3 = call(asobject, I);
  const x4 = call(difference, x3, x1);
  const x5 = call(leastcolor, x4);
  const x6 = call(colorcount, I, x5);
  const x7 = call(mostcolor, x4);
  const x8 = call(ofcolor, I, x5);
  const x9 = call(toindices, x1);
  const x10 = call(combine, x9, x8);
  const x11 = call(fill, I, x7, x10);
  const x12 = call(argmax, x0, width);
  const x13 = call(uppermost, x12);
  const x14 = call(argmax, x0, height);
  const x15 = call(leftmost, x14);
  const x16 = call(astuple, x13, x15);
  const x17 = call(initset, x16);
  const x18 = call(position, x8, x17);
  const x19 = call(multiply, x18, x6);
  const x20 = call(add, x16, x19);
  const x21 = call(hfrontier, x20);
  const x22 = call(vfrontier, x20);
  const x23 = call(combine, x21, x22);
  const x24 = call(fill, x11, x2, x23);
  return x24;
}

function verify_e5062a87(I: Grid): unknown {
  const x0 = call(leastcolor, I);
  const x1 = call(ofcolor, I, x0);
  const x2 = call(recolor, ZERO, x1);
  const x3 = call(normalize, x2);
  const x4 = call(occurrences, I, x3);
  const x5 = call(toindices, x3);
  const x6 = call(lbind, shift, x5);
  const x7 = call(mapply, x6, x4);
  const x8 = call(fill, I, x0, x7);
  return x8;
}

function verify_e509e548(I: Grid): unknown {
  const x0 = call(objects, I, T, F, T);
  const x1 = call(fork, add, height, width);
  const x2 = call(compose, decrement, x1);
  const x3 = call(fork, equality, size, x2);
  const x4 = call(fork, difference, toindices, box);
  const x5 = call(compose, size, x4);
  const x6 = call(matcher, x5, ZERO);
  const x7 = call(sfilter, x0, x3);
  const x8 = call(difference, x0, x7);
  const x9 = call(sfilter, x8, x6);
  const x10 = call(merge, x0);
  const x11 = call(fill, I, TWO, x10);
  const x12 = call(merge, x7);
  const x13 = call(fill, x11, ONE, x12);
  const x14 = call(merge, x9);
  const x15 = call(fill, x13, SIX, x14);
  return x15;
}

function verify_e50d258f(I: Grid): unknown {
  const x0 = call(asindices, I);
  const x1 = call(box, x0);
  const x2 = call(toobject, x1, I);
  const x3 = call(mostcolor, x2);
  const x4 = call(shape, I);
  const x5 = call(canvas, x3, x4);
  const x6 = call(hconcat, I, x5);
  const x7 = call(objects, x6, F, F, T);
  const x8 = call(rbind, colorcount, TWO);
  const x9 = call(argmax, x7, x8);
  const x10 = call(subgrid, x9, I);
  return x10;
}

function verify_e6721834(I: Grid): unknown {
  const x0 = call(frontiers, I);
  const x1 = call(sfilter, x0, hline);
  const x2 = call(size, x1);
  const x3 = call(sfilter, x0, vline);
  const x4 = call(size, x3);
  const x5 = call(greater, x2, x4);
  const x6 = call(branch, x5, vsplit, hsplit);
  const x7 = call(x6, I, TWO);
  const x8 = call(order, x7, numcolors);
  const x9 = call(first, x8);
  const x10 = call(last, x8);
  const x11 = call(objects, x10, F, F, T);
  const x12 = call(merge, x11);
  const x13 = call(mostcolor, x12);
  const x14 = call(matcher, first, x13);
  const x15 = call(compose, flip, x14);
  const x16 = call(rbind, sfilter, x15);
  const x17 = call(mostcolor, x9);
  const x18 = call(lbind, recolor, x17);
  const x19 = call(rbind, sfilter, x14);
  const x20 = call(compose, toindices, x19);
  const x21 = call(fork, combine, x20, outbox);
  const x22 = call(compose, x18, x21);
  const x23 = call(fork, combine, x16, x22);
  const x24 = call(shape, x9);
  const x25 = call(add, TWO, x24);
  const x26 = call(canvas, x17, x25);
  const x27 = call(asobject, x9);
  const x28 = call(shift, x27, UNITY);
  const x29 = call(paint, x26, x28);
  const x30 = call(rbind, shift, NEG_UNITY);
  const x31 = call(lbind, occurrences, x29);
  const x32 = call(compose, x30, x31);
  const x33 = call(compose, x32, x23);
  const x34 = call(chain, positive, size, x33);
  const x35 = call(sfilter, x11, x34);
  const x36 = call(chain, first, x32, x23);
  const x37 = call(compose, ulcorner, x23);
  const x38 = call(fork, subtract, x36, x37);
  const x39 = call(fork, shift, identity, x38);
  const x40 = call(mapply, x39, x35);
  const x41 = call(paint, x9, x40);
  return x41;
}

function verify_e73095fd(I: Grid): unknown {
  const x0 = call(objects, I, T, F, F);
  const x1 = call(mostcolor, I);
  const x2 = call(colorfilter, x0, x1);
  const x3 = call(fork, equality, toindices, backdrop);
  const x4 = call(sfilter, x2, x3);
  const x5 = call(lbind, mapply, dneighbors);
  const x6 = call(chain, x5, corners, outbox);
  const x7 = call(fork, difference, x6, outbox);
  const x8 = call(leastcolor, I);
  const x9 = call(ofcolor, I, x8);
  const x10 = call(rbind, intersection, x9);
  const x11 = call(matcher, size, ZERO);
  const x12 = call(chain, x11, x10, x7);
  const x13 = call(mfilter, x4, x12);
  const x14 = call(fill, I, FOUR, x13);
  return x14;
}

function verify_e76a88a6(I: Grid): unknown {
  const x0 = call(objects, I, F, F, T);
  const x1 = call(argmax, x0, numcolors);
  const x2 = call(normalize, x1);
  const x3 = call(remove, x1, x0);
  const x4 = call(apply, ulcorner, x3);
  const x5 = call(lbind, shift, x2);
  const x6 = call(mapply, x5, x4);
  const x7 = call(paint, I, x6);
  return x7;
}

function verify_e8593010(I: Grid): unknown {
  const x0 = call(objects, I, T, F, T);
  const x1 = call(sizefilter, x0, ONE);
  const x2 = call(sizefilter, x0, TWO);
  const x3 = call(sizefilter, x0, THREE);
  const x4 = call(merge, x1);
  const x5 = call(fill, I, THREE, x4);
  const x6 = call(merge, x2);
  const x7 = call(fill, x5, TWO, x6);
  const x8 = call(merge, x3);
  const x9 = call(fill, x7, ONE, x8);
  return x9;
}

function verify_e8dc4411(I: Grid): unknown {
  const x0 = call(fgpartition, I);
  const x1 = call(argmax, x0, size);
  const x2 = call(other, x0, x1);
  const x3 = call(ineighbors, ORIGIN);
  const x4 = call(height, x1);
  const x5 = call(increment, x4);
  const x6 = call(interval, ZERO, x5, ONE);
  const x7 = call(lbind, intersection, x1);
  const x8 = call(chain, positive, size, x7);
  const x9 = call(lbind, shift, x1);
  const x10 = call(rbind, multiply, UNITY);
  const x11 = call(chain, x8, x9, x10);
  const x12 = call(sfilter, x6, x11);
  const x13 = call(maximum, x12);
  const x14 = call(increment, x13);
  const x15 = call(toindices, x2);
  const x16 = call(lbind, intersection, x15);
  const x17 = call(lbind, shift, x1);
  const x18 = call(rbind, multiply, x14);
  const x19 = call(chain, toindices, x17, x18);
  const x20 = call(chain, size, x16, x19);
  const x21 = call(argmax, x3, x20);
  const x22 = call(shape, I);
  const x23 = call(maximum, x22);
  const x24 = call(increment, x23);
  const x25 = call(interval, ONE, x24, ONE);
  const x26 = call(lbind, shift, x1);
  const x27 = call(multiply, x14, x21);
  const x28 = call(lbind, multiply, x27);
  const x29 = call(pair, x25, x25);
  const x30 = call(apply, x28, x29);
  const x31 = call(mapply, x26, x30);
  const x32 = call(color, x2);
  const x33 = call(recolor, x32, x31);
  const x34 = call(paint, I, x33);
  return x34;
}

function verify_e9614598(I: Grid): unknown {
  const x0 = call(fgpartition, I);
  const x1 = call(merge, x0);
  const x2 = call(center, x1);
  const x3 = call(dneighbors, x2);
  const x4 = call(insert, x2, x3);
  const x5 = call(fill, I, THREE, x4);
  return x5;
}

function verify_e98196ab(I: Grid): unknown {
  const x0 = call(frontiers, I);
  const x1 = call(sfilter, x0, hline);
  const x2 = call(size, x1);
  const x3 = call(positive, x2);
  const x4 = call(branch, x3, vsplit, hsplit);
  const x5 = call(x4, I, TWO);
  const x6 = call(first, x5);
  const x7 = call(last, x5);
  const x8 = call(fgpartition, x7);
  const x9 = call(merge, x8);
  const x10 = call(paint, x6, x9);
  return x10;
}

function verify_e9afcf9a(I: Grid): unknown {
  const x0 = call(asobject, I);
  const x1 = call(height, I);
  const x2 = call(decrement, x1);
  const x3 = call(lbind, subtract, x2);
  const x4 = call(compose, double, halve);
  const x5 = call(fork, equality, identity, x4);
  const x6 = call(compose, last, last);
  const x7 = call(chain, flip, x5, x6);
  const x8 = call(sfilter, x0, x7);
  const x9 = call(chain, x3, first, last);
  const x10 = call(compose, last, last);
  const x11 = call(fork, astuple, x9, x10);
  const x12 = call(fork, astuple, first, x11);
  const x13 = call(apply, x12, x8);
  const x14 = call(paint, I, x13);
  return x14;
}

function verify_ea32f347(I: Grid): unknown {
  const x0 = call(objects, I, T, F, T);
  const x1 = call(merge, x0);
  const x2 = call(fill, I, FOUR, x1);
  const x3 = call(argmin, x0, size);
  const x4 = call(argmax, x0, size);
  const x5 = call(fill, x2, ONE, x4);
  const x6 = call(fill, x5, TWO, x3);
  return x6;
}

function verify_ea786f4a(I: Grid): unknown {
  const x0 = call(shape, I);
  const x1 = call(halve, x0);
  const x2 = call(rbind, shoot, UP_RIGHT);
  const x3 = call(rbind, shoot, DOWN_LEFT);
  const x4 = call(fork, combine, x2, x3);
  const x5 = call(rbind, shoot, UNITY);
  const x6 = call(rbind, shoot, NEG_UNITY);
  const x7 = call(fork, combine, x5, x6);
  const x8 = call(fork, combine, x4, x7);
  const x9 = call(index, I, x1);
  const x10 = call(x8, x1);
  const x11 = call(fill, I, x9, x10);
  return x11;
}

function verify_eb281b96(I: Grid): unknown {
  const x0 = call(height, I);
  const x1 = call(width, I);
  const x2 = call(decrement, x0);
  const x3 = call(astuple, x2, x1);
  const x4 = call(crop, I, ORIGIN, x3);
  const x5 = call(hmirror, x4);
  const x6 = call(vconcat, I, x5);
  const x7 = call(double, x2);
  const x8 = call(astuple, x7, x1);
  const x9 = call(crop, x6, DOWN, x8);
  const x10 = call(vconcat, x6, x9);
  return x10;
}

function verify_eb5a1d5d(I: Grid): unknown {
  const x0 = call(compose, dmirror, dedupe);
  const x1 = call(x0, I);
  const x2 = call(x0, x1);
  const x3 = call(fork, remove, last, identity);
  const x4 = call(compose, hmirror, x3);
  const x5 = call(fork, vconcat, identity, x4);
  const x6 = call(x5, x2);
  const x7 = call(dmirror, x6);
  const x8 = call(x5, x7);
  return x8;
}

function verify_ec883f72(I: Grid): unknown {
  const x0 = call(fork, multiply, height, width);
  const x1 = call(partition, I);
  const x2 = call(argmax, x1, x0);
  const x3 = call(remove, x2, x1);
  const x4 = call(argmax, x3, x0);
  const x5 = call(other, x3, x4);
  const x7 = call(lrcorner, x4);
  const x8 = call(add, x7, UNITY);
  const x9 = call(llcorner, x4);
  const x10 = call(add, x9, DOWN_LEFT);
  const x11 = call(urcorner, x4);
  const x12 = call(add, x11, UP_RIGHT);
  const x13 = call(ulcorner, x4);
  const x14 = call(add, x13, NEG_UNITY);
  const x15 = call(shoot, x8, UNITY);
  const x16 = call(shoot, x10, DOWN_LEFT);
  const x17 = call(shoot, x12, UP_RIGHT);
  const x18 = call(shoot, x14, NEG_UNITY);
  const x19 = call(combine, x15, x16);
  const x20 = call(combine, x17, x18);
  const x21 = call(combine, x19, x20);
  const x22 = call(color, x5);
  const x23 = call(fill, I, x22, x21);
  return x23;
}

function verify_ecdecbb3(I: Grid): unknown {
  const x0 = call(leastcolor, I);
  const x1 = call(objects, I, T, F, T);
  const x2 = call(merge, x1);
  const x3 = call(palette, x2);
  const x4 = call(other, x3, x0);
  const x5 = call(ofcolor, I, x0);
  const x6 = call(frontiers, I);
  const x7 = call(colorfilter, x6, x4);
  const x8 = call(sfilter, x7, hline);
  const x9 = call(size, x8);
  const x10 = call(positive, x9);
  const x11 = call(height, I);
  const x12 = call(toivec, x11);
  const x13 = call(hfrontier, x12);
  const x14 = call(toivec, NEG_ONE);
  const x15 = call(hfrontier, x14);
  const x16 = call(insert, x15, x7);
  const x17 = call(insert, x13, x16);
  const x18 = call(width, I);
  const x19 = call(tojvec, x18);
  const x20 = call(vfrontier, x19);
  const x21 = call(tojvec, NEG_ONE);
  const x22 = call(vfrontier, x21);
  const x23 = call(insert, x22, x7);
  const x24 = call(insert, x20, x23);
  const x25 = call(branch, x10, x17, x24);
  const x26 = call(lbind, argmin, x25);
  const x27 = call(lbind, rbind, manhattan);
  const x28 = call(compose, x27, initset);
  const x29 = call(compose, x26, x28);
  const x30 = call(rbind, remove, x25);
  const x31 = call(compose, x30, x29);
  const x32 = call(fork, argmin, x31, x28);
  const x33 = call(fork, gravitate, initset, x29);
  const x34 = call(compose, crement, x33);
  const x35 = call(fork, add, identity, x34);
  const x36 = call(fork, gravitate, initset, x32);
  const x37 = call(compose, crement, x36);
  const x38 = call(fork, add, identity, x37);
  const x39 = call(ofcolor, I, x4);
  const x40 = call(backdrop, x39);
  const x41 = call(fork, connect, x35, x38);
  const x42 = call(rbind, contained, x40);
  const x43 = call(rbind, extract, x42);
  const x44 = call(fork, astuple, x35, x38);
  const x45 = call(compose, x43, x44);
  const x46 = call(fork, connect, identity, x45);
  const x47 = call(rbind, branch, x46);
  const x48 = call(rbind, x47, x41);
  const x49 = call(rbind, contained, x40);
  const x50 = call(compose, x48, x49);
  const x51 = call(compose, initset, x50);
  const x52 = call(fork, rapply, x51, identity);
  const x53 = call(compose, first, x52);
  const x54 = call(mapply, x53, x5);
  const x55 = call(fill, I, x0, x54);
  const x56 = call(intersection, x39, x54);
  const x57 = call(mapply, neighbors, x56);
  const x58 = call(fill, x55, x4, x57);
  return x58;
}

function verify_ed36ccf7(I: Grid): unknown {
  const x0 = call(rot270, I);
  return x0;
}

function verify_ef135b50(I: Grid): unknown {
  const x0 = call(objects, I, T, F, F);
  const x1 = call(fork, multiply, height, width);
  const x2 = call(fork, equality, size, x1);
  const x3 = call(compose, flip, x2);
  const x4 = call(sfilter, x0, x3);
  const x5 = call(argmax, x4, x1);
  const x6 = call(color, x5);
  const x7 = call(ofcolor, I, x6);
  const x8 = call(asindices, I);
  const x9 = call(difference, x8, x7);
  const x10 = call(fill, I, NEG_ONE, x9);
  const x11 = call(lbind, recolor, NEG_ONE);
  const x12 = call(rbind, ofcolor, NEG_ONE);
  const x13 = call(chain, x11, backdrop, x12);
  const x14 = call(fork, paint, identity, x13);
  const x15 = call(height, x10);
  const x16 = call(vsplit, x10, x15);
  const x17 = call(mapply, x14, x16);
  const x18 = call(ofcolor, x17, NEG_ONE);
  const x19 = call(asindices, I);
  const x20 = call(box, x19);
  const x21 = call(difference, x18, x20);
  const x22 = call(intersection, x21, x7);
  const x23 = call(fill, I, NINE, x22);
  return x23;
}

function verify_f15e1fac(I: Grid): unknown {
  const x0 = call(rbind, ofcolor, TWO);
  const x1 = call(compose, lowermost, x0);
  const x2 = call(matcher, x1, ZERO);
  const x3 = call(astuple, identity, dmirror);
  const x4 = call(astuple, cmirror, hmirror);
  const x5 = call(combine, x3, x4);
  const x6 = call(rbind, rapply, I);
  const x7 = call(compose, first, x6);
  const x8 = call(chain, x2, x7, initset);
  const x9 = call(extract, x5, x8);
  const x10 = call(x9, I);
  const x11 = call(mostcolor, I);
  const x12 = call(palette, I);
  const x13 = call(remove, x11, x12);
  const x14 = call(other, x13, TWO);
  const x15 = call(ofcolor, x10, x14);
  const x16 = call(rightmost, x15);
  const x17 = call(equality, x16, ZERO);
  const x18 = call(branch, x17, identity, vmirror);
  const x19 = call(x18, x10);
  const x20 = call(ofcolor, x19, x14);
  const x21 = call(ofcolor, x19, TWO);
  const x22 = call(apply, last, x21);
  const x23 = call(insert, ZERO, x22);
  const x24 = call(width, x19);
  const x25 = call(insert, x24, x23);
  const x26 = call(order, x25, identity);
  const x27 = call(last, x26);
  const x28 = call(remove, x27, x26);
  const x29 = call(first, x26);
  const x30 = call(remove, x29, x26);
  const x31 = call(pair, x28, x30);
  const x32 = call(size, x28);
  const x33 = call(interval, ZERO, x32, ONE);
  const x34 = call(pair, x33, x31);
  const x35 = call(lbind, fork, connect);
  const x36 = call(compose, first, last);
  const x37 = call(chain, decrement, last, last);
  const x38 = call(lbind, lbind, add);
  const x39 = call(compose, x38, first);
  const x40 = call(lbind, rbind, astuple);
  const x41 = call(rbind, chain, first);
  const x42 = call(compose, x40, x36);
  const x43 = call(compose, x40, x37);
  const x44 = call(fork, x41, x42, x39);
  const x45 = call(fork, x41, x43, x39);
  const x46 = call(fork, x35, x44, x45);
  const x47 = call(rbind, mapply, x20);
  const x48 = call(compose, x47, x46);
  const x49 = call(mapply, x48, x34);
  const x50 = call(fill, x19, x14, x49);
  const x51 = call(x18, x50);
  const x52 = call(x9, x51);
  return x52;
}

function verify_f1cefba8(I: Grid): unknown {
  const x0 = call(partition, I);
  const x1 = call(fork, multiply, height, width);
  const x2 = call(argmax, x0, x1);
  const x3 = call(argmin, x0, x1);
  const x4 = call(remove, x2, x0);
  const x5 = call(other, x4, x3);
  const x6 = call(color, x3);
  const x7 = call(color, x5);
  const x8 = call(toindices, x3);
  const x9 = call(inbox, x5);
  const x10 = call(intersection, x8, x9);
  const x11 = call(fork, combine, hfrontier, vfrontier);
  const x12 = call(mapply, x11, x10);
  const x13 = call(corners, x5);
  const x14 = call(inbox, x5);
  const x15 = call(corners, x14);
  const x16 = call(combine, x13, x15);
  const x17 = call(mapply, x11, x16);
  const x18 = call(difference, x12, x17);
  const x19 = call(toindices, x2);
  const x20 = call(intersection, x18, x19);
  const x21 = call(fill, I, x6, x20);
  const x22 = call(difference, x18, x20);
  const x23 = call(fill, x21, x7, x22);
  const x24 = call(inbox, x5);
  const x25 = call(fill, x23, x7, x24);
  return x25;
}

function verify_f25fbde4(I: Grid): unknown {
  const x0 = call(compress, I);
  const x1 = call(upscale, x0, TWO);
  return x1;
}

function verify_f25ffba3(I: Grid): unknown {
  const x0 = call(tophalf, I);
  const x1 = call(numcolors, x0);
  const x2 = call(equality, x1, ONE);
  const x3 = call(bottomhalf, I);
  const x4 = call(numcolors, x3);
  const x5 = call(equality, x4, ONE);
  const x6 = call(either, x2, x5);
  const x7 = call(branch, x6, identity, dmirror);
  const x8 = call(x7, I);
  const x9 = call(asobject, x8);
  const x10 = call(hmirror, x9);
  const x11 = call(mostcolor, I);
  const x12 = call(matcher, first, x11);
  const x13 = call(compose, flip, x12);
  const x14 = call(sfilter, x10, x13);
  const x15 = call(paint, x8, x14);
  const x16 = call(x7, x15);
  return x16;
}

function verify_f2829549(I: Grid): unknown {
  const x0 = call(frontiers, I);
  const x1 = call(sfilter, x0, hline);
  const x2 = call(size, x1);
  const x3 = call(positive, x2);
  const x4 = call(branch, x3, vsplit, hsplit);
  const x5 = call(x4, I, TWO);
  const x6 = call(first, x5);
  const x7 = call(last, x5);
  const x8 = call(palette, x6);
  const x9 = call(palette, x7);
  const x10 = call(intersection, x8, x9);
  const x11 = call(first, x10);
  const x12 = call(shape, x6);
  const x13 = call(canvas, x11, x12);
  const x14 = call(ofcolor, x6, x11);
  const x15 = call(ofcolor, x7, x11);
  const x16 = call(intersection, x14, x15);
  const x17 = call(fill, x13, THREE, x16);
  return x17;
}

function verify_f35d900a(I: Grid): unknown {
  const x0 = call(objects, I, T, F, T);
  const x1 = call(palette, I);
  const x2 = call(mostcolor, I);
  const x3 = call(remove, x2, x1);
  const x4 = call(lbind, other, x3);
  const x5 = call(compose, x4, color);
  const x6 = call(fork, recolor, x5, outbox);
  const x7 = call(mapply, x6, x0);
  const x8 = call(mapply, toindices, x0);
  const x9 = call(box, x8);
  const x10 = call(difference, x9, x8);
  const x11 = call(lbind, argmin, x8);
  const x12 = call(rbind, compose, initset);
  const x13 = call(lbind, rbind, manhattan);
  const x14 = call(chain, x12, x13, initset);
  const x15 = call(chain, initset, x11, x14);
  const x16 = call(fork, manhattan, initset, x15);
  const x17 = call(compose, even, x16);
  const x18 = call(sfilter, x10, x17);
  const x19 = call(paint, I, x7);
  const x20 = call(fill, x19, FIVE, x18);
  return x20;
}

function verify_f5b8619d(I: Grid): unknown {
  const x0 = call(fgpartition, I);
  const x1 = call(mapply, toindices, x0);
  const x2 = call(mapply, vfrontier, x1);
  const x3 = call(underfill, I, EIGHT, x2);
  const x4 = call(hconcat, x3, x3);
  const x5 = call(vconcat, x4, x4);
  return x5;
}

function verify_f76d97a5(I: Grid): unknown {
  const x0 = call(palette, I);
  const x1 = call(remove, FIVE, x0);
  const x2 = call(first, x1);
  const x3 = call(ofcolor, I, x2);
  const x4 = call(fill, I, ZERO, x3);
  const x5 = call(ofcolor, I, FIVE);
  const x6 = call(fill, x4, x2, x5);
  return x6;
}

function verify_f8a8fe49(I: Grid): unknown {
  const x0 = call(partition, I);
  const x1 = call(fork, multiply, height, width);
  const x2 = call(argmin, x0, x1);
  const x3 = call(argmax, x0, x1);
  const x4 = call(remove, x2, x0);
  const x5 = call(other, x4, x3);
  const x6 = call(subgrid, x5, I);
  const x7 = call(frontiers, x6);
  const x8 = call(sfilter, x7, hline);
  const x9 = call(size, x8);
  const x10 = call(positive, x9);
  const x11 = call(branch, x10, dmirror, identity);
  const x12 = call(x11, I);
  const x13 = call(color, x5);
  const x14 = call(ofcolor, x12, x13);
  const x15 = call(subgrid, x14, x12);
  const x16 = call(trim, x15);
  const x17 = call(lefthalf, x16);
  const x18 = call(vmirror, x17);
  const x19 = call(asobject, x18);
  const x20 = call(righthalf, x16);
  const x21 = call(vmirror, x20);
  const x22 = call(asobject, x21);
  const x23 = call(color, x3);
  const x24 = call(inbox, x14);
  const x25 = call(backdrop, x24);
  const x26 = call(fill, x12, x23, x25);
  const x27 = call(urcorner, x14);
  const x28 = call(add, x27, UNITY);
  const x29 = call(shift, x22, x28);
  const x30 = call(ulcorner, x14);
  const x31 = call(width, x19);
  const x32 = call(invert, x31);
  const x33 = call(tojvec, x32);
  const x34 = call(add, DOWN, x33);
  const x35 = call(add, x30, x34);
  const x36 = call(shift, x19, x35);
  const x37 = call(combine, x29, x36);
  const x38 = call(paint, x26, x37);
  const x39 = call(x11, x38);
  return x39;
}

function verify_f8b3ba0a(I: Grid): unknown {
  const x0 = call(compress, I);
  const x2 = call(palette, x0);
  const x3 = call(lbind, colorcount, x0);
  const x4 = call(compose, invert, x3);
  const x5 = call(order, x2, x4);
  const x6 = call(rbind, canvas, UNITY);
  const x7 = call(apply, x6, x5);
  const x8 = call(merge, x7);
  const x9 = call(size, x2);
  const x10 = call(decrement, x9);
  const x11 = call(astuple, x10, ONE);
  const x12 = call(crop, x8, DOWN, x11);
  return x12;
}

function verify_f8c80d96(I: Grid): unknown {
  const x0 = call(objects, I, T, F, F);
  const x1 = call(compose, maximum, shape);
  const x2 = call(argmin, x0, x1);
  const x3 = call(color, x2);
  const x4 = call(palette, I);
  const x5 = call(other, x4, x3);
  const x6 = call(colorfilter, x0, x5);
  const x7 = call(argmin, x6, x1);
  const x8 = call(remove, x7, x6);
  const x9 = call(rbind, manhattan, x7);
  const x10 = call(argmin, x8, x9);
  const x11 = call(rightmost, x10);
  const x12 = call(rightmost, x7);
  const x13 = call(subtract, x11, x12);
  const x14 = call(leftmost, x7);
  const x15 = call(leftmost, x10);
  const x16 = call(subtract, x14, x15);
  const x17 = call(astuple, x13, x16);
  const x18 = call(maximum, x17);
  const x19 = call(lowermost, x10);
  const x20 = call(lowermost, x7);
  const x21 = call(subtract, x19, x20);
  const x22 = call(uppermost, x7);
  const x23 = call(uppermost, x10);
  const x24 = call(subtract, x22, x23);
  const x25 = call(astuple, x21, x24);
  const x26 = call(maximum, x25);
  const x27 = call(ulcorner, x7);
  const x28 = call(lrcorner, x7);
  const x29 = call(astuple, x26, x18);
  const x30 = call(double, EIGHT);
  const x31 = call(interval, ONE, x30, ONE);
  const x32 = call(lbind, subtract, x27);
  const x33 = call(rbind, multiply, x29);
  const x34 = call(compose, x32, x33);
  const x35 = call(lbind, add, x28);
  const x36 = call(rbind, multiply, x29);
  const x37 = call(chain, initset, x35, x36);
  const x38 = call(fork, insert, x34, x37);
  const x39 = call(compose, box, x38);
  const x40 = call(mapply, x39, x31);
  const x41 = call(fill, I, x5, x40);
  const x42 = call(replace, x41, x3, FIVE);
  return x42;
}

function verify_f8ff0b80(I: Grid): unknown {
  const x0 = call(objects, I, T, T, T);
  const x1 = call(order, x0, size);
  const x2 = call(apply, color, x1);
  const x3 = call(rbind, canvas, UNITY);
  const x4 = call(apply, x3, x2);
  const x5 = call(merge, x4);
  const x6 = call(hmirror, x5);
  return x6;
}

function verify_f9012d9b(I: Grid): unknown {
  const x0 = call(lbind, contained, ZERO);
  const x1 = call(compose, flip, x0);
  const x2 = call(sfilter, I, x1);
  const x3 = call(dmirror, I);
  const x4 = call(lbind, contained, ZERO);
  const x5 = call(compose, flip, x4);
  const x6 = call(sfilter, x3, x5);
  const x7 = call(compose, hperiod, asobject);
  const x8 = call(height, x2);
  const x9 = call(vsplit, x2, x8);
  const x10 = call(apply, x7, x9);
  const x11 = call(maximum, x10);
  const x12 = call(compose, hperiod, asobject);
  const x13 = call(height, x6);
  const x14 = call(vsplit, x6, x13);
  const x15 = call(apply, x12, x14);
  const x16 = call(maximum, x15);
  const x17 = call(ofcolor, I, ZERO);
  const x18 = call(asobject, I);
  const x19 = call(matcher, first, ZERO);
  const x20 = call(compose, flip, x19);
  const x21 = call(sfilter, x18, x20);
  const x22 = call(lbind, shift, x21);
  const x23 = call(height, I);
  const x24 = call(divide, x23, x16);
  const x25 = call(increment, x24);
  const x26 = call(width, I);
  const x27 = call(divide, x26, x11);
  const x28 = call(increment, x27);
  const x29 = call(invert, x25);
  const x30 = call(increment, x25);
  const x31 = call(interval, x29, x30, ONE);
  const x32 = call(invert, x28);
  const x33 = call(increment, x28);
  const x34 = call(interval, x32, x33, ONE);
  const x35 = call(product, x31, x34);
  const x36 = call(astuple, x16, x11);
  const x37 = call(lbind, multiply, x36);
  const x38 = call(apply, x37, x35);
  const x39 = call(mapply, x22, x38);
  const x40 = call(paint, I, x39);
  const x41 = call(subgrid, x17, x40);
  return x41;
}

function verify_fafffa47(I: Grid): unknown {
  const x0 = call(tophalf, I);
  const x1 = call(numcolors, x0);
  const x2 = call(equality, x1, TWO);
  const x3 = call(bottomhalf, I);
  const x4 = call(numcolors, x3);
  const x5 = call(equality, x4, TWO);
  const x6 = call(both, x2, x5);
  const x7 = call(lefthalf, I);
  const x8 = call(numcolors, x7);
  const x9 = call(equality, x8, TWO);
  const x10 = call(righthalf, I);
  const x11 = call(numcolors, x10);
  const x12 = call(equality, x11, TWO);
  const x13 = call(both, x9, x12);
  const x14 = call(flip, x13);
  const x15 = call(both, x6, x14);
  const x16 = call(branch, x15, vsplit, hsplit);
  const x17 = call(x16, I, TWO);
  const x18 = call(first, x17);
  const x19 = call(last, x17);
  const x20 = call(palette, x18);
  const x21 = call(palette, x19);
  const x22 = call(intersection, x20, x21);
  const x23 = call(first, x22);
  const x24 = call(shape, x18);
  const x25 = call(canvas, x23, x24);
  const x26 = call(ofcolor, x18, x23);
  const x27 = call(ofcolor, x19, x23);
  const x28 = call(intersection, x26, x27);
  const x29 = call(fill, x25, TWO, x28);
  return x29;
}

function verify_fcb5c309(I: Grid): unknown {
  const x0 = call(objects, I, T, F, F);
  const x1 = call(lbind, contained, F);
  const x2 = call(compose, flip, x1);
  const x3 = call(fork, equality, toindices, box);
  const x4 = call(lbind, apply, x3);
  const x5 = call(lbind, colorfilter, x0);
  const x6 = call(chain, x2, x4, x5);
  const x7 = call(rbind, greater, TWO);
  const x8 = call(compose, minimum, shape);
  const x9 = call(lbind, apply, x8);
  const x10 = call(chain, x7, minimum, x9);
  const x11 = call(lbind, colorfilter, x0);
  const x12 = call(compose, x10, x11);
  const x13 = call(fork, both, x6, x12);
  const x14 = call(palette, I);
  const x15 = call(extract, x14, x13);
  const x16 = call(palette, I);
  const x17 = call(remove, x15, x16);
  const x18 = call(lbind, colorcount, I);
  const x19 = call(argmin, x17, x18);
  const x20 = call(rbind, colorcount, x19);
  const x21 = call(rbind, toobject, I);
  const x22 = call(chain, x20, x21, backdrop);
  const x23 = call(colorfilter, x0, x15);
  const x24 = call(argmax, x23, x22);
  const x25 = call(subgrid, x24, I);
  const x26 = call(replace, x25, x15, x19);
  return x26;
}

function verify_fcc82909(I: Grid): unknown {
  const x0 = call(objects, I, F, F, T);
  const x1 = call(lbind, add, DOWN);
  const x2 = call(compose, x1, llcorner);
  const x3 = call(rbind, add, RIGHT);
  const x4 = call(compose, x3, x2);
  const x5 = call(chain, toivec, decrement, numcolors);
  const x6 = call(fork, add, x4, x5);
  const x7 = call(compose, initset, x6);
  const x8 = call(fork, insert, x2, x7);
  const x9 = call(compose, backdrop, x8);
  const x10 = call(mapply, x9, x0);
  const x11 = call(fill, I, THREE, x10);
  return x11;
}

function verify_feca6190(I: Grid): unknown {
  const x0 = call(asobject, I);
  const x1 = call(matcher, first, ZERO);
  const x2 = call(compose, flip, x1);
  const x3 = call(sfilter, x0, x2);
  const x4 = call(size, x3);
  const x5 = call(width, I);
  const x6 = call(multiply, x5, x4);
  const x7 = call(multiply, UNITY, x6);
  const x8 = call(canvas, ZERO, x7);
  const x9 = call(multiply, x5, x4);
  const x10 = call(decrement, x9);
  const x11 = call(lbind, astuple, x10);
  const x12 = call(rbind, shoot, UP_RIGHT);
  const x13 = call(compose, last, last);
  const x14 = call(chain, x12, x11, x13);
  const x15 = call(fork, recolor, first, x14);
  const x16 = call(mapply, x15, x3);
  const x17 = call(paint, x8, x16);
  return x17;
}

function verify_ff28f65a(I: Grid): unknown {
  const x0 = call(palette, I);
  const x1 = call(remove, TWO, x0);
  const x2 = call(lbind, colorcount, I);
  const x3 = call(argmax, x1, x2);
  const x4 = call(shape, I);
  const x5 = call(canvas, x3, x4);
  const x6 = call(hconcat, I, x5);
  const x7 = call(objects, x6, T, F, T);
  const x8 = call(colorfilter, x7, TWO);
  const x9 = call(size, x8);
  const x10 = call(double, x9);
  const x11 = call(interval, ZERO, x10, TWO);
  const x12 = call(apply, tojvec, x11);
  const x13 = call(astuple, ONE, NINE);
  const x14 = call(canvas, x3, x13);
  const x15 = call(fill, x14, ONE, x12);
  const x16 = call(hsplit, x15, THREE);
  const x17 = call(merge, x16);
  return x17;
}

function verify_ff805c23(I: Grid): unknown {
  const x0 = call(palette, I);
  const x1 = call(lbind, rbind, sfilter);
  const x2 = call(lbind, compose, flip);
  const x3 = call(lbind, matcher, first);
  const x4 = call(chain, x1, x2, x3);
  const x5 = call(lbind, paint, I);
  const x6 = call(rbind, compose, asobject);
  const x7 = call(dmirror, I);
  const x8 = call(rbind, rapply, x7);
  const x9 = call(chain, first, x8, initset);
  const x10 = call(chain, x9, x6, x4);
  const x11 = call(compose, x5, x10);
  const x12 = call(compose, x6, x4);
  const x13 = call(compose, cmirror, x11);
  const x14 = call(compose, initset, x12);
  const x15 = call(fork, rapply, x14, x13);
  const x16 = call(compose, first, x15);
  const x17 = call(fork, paint, x11, x16);
  const x18 = call(chain, initset, x6, x4);
  const x19 = call(compose, hmirror, x17);
  const x20 = call(fork, rapply, x18, x19);
  const x21 = call(compose, first, x20);
  const x22 = call(fork, paint, x17, x21);
  const x23 = call(chain, initset, x6, x4);
  const x24 = call(compose, vmirror, x22);
  const x25 = call(fork, rapply, x23, x24);
  const x26 = call(compose, first, x25);
  const x27 = call(fork, paint, x22, x26);
  const x28 = call(fork, equality, identity, hmirror);
  const x29 = call(fork, equality, identity, vmirror);
  const x30 = call(fork, equality, identity, cmirror);
  const x31 = call(fork, equality, identity, dmirror);
  const x32 = call(fork, both, x28, x29);
  const x33 = call(fork, both, x30, x31);
  const x34 = call(fork, both, x32, x33);
  const x35 = call(compose, x34, x27);
  const x36 = call(sfilter, x0, x35);
  const x37 = call(lbind, colorcount, I);
  const x38 = call(argmin, x36, x37);
  const x39 = call(x27, x38);
  const x40 = call(ofcolor, I, x38);
  const x41 = call(subgrid, x40, x39);
  return x41;
}

/** RE-ARC's verifiers by ARC task id. */
export const REARC_VERIFIERS: Readonly<Record<string, (I: Grid) => unknown>> = {
  "007bbfb7": verify_007bbfb7,
  "00d62c1b": verify_00d62c1b,
  "017c7c7b": verify_017c7c7b,
  "025d127b": verify_025d127b,
  "045e512c": verify_045e512c,
  "0520fde7": verify_0520fde7,
  "05269061": verify_05269061,
  "05f2a901": verify_05f2a901,
  "06df4c85": verify_06df4c85,
  "08ed6ac7": verify_08ed6ac7,
  "09629e4f": verify_09629e4f,
  "0962bcdd": verify_0962bcdd,
  "0a938d79": verify_0a938d79,
  "0b148d64": verify_0b148d64,
  "0ca9ddb6": verify_0ca9ddb6,
  "0d3d703e": verify_0d3d703e,
  "0dfd9992": verify_0dfd9992,
  "0e206a2e": verify_0e206a2e,
  "10fcaaa3": verify_10fcaaa3,
  "11852cab": verify_11852cab,
  "1190e5a7": verify_1190e5a7,
  "137eaa0f": verify_137eaa0f,
  "150deff5": verify_150deff5,
  "178fcbfb": verify_178fcbfb,
  "1a07d186": verify_1a07d186,
  "1b2d62fb": verify_1b2d62fb,
  "1b60fb0c": verify_1b60fb0c,
  "1bfc4729": verify_1bfc4729,
  "1c786137": verify_1c786137,
  "1caeab9d": verify_1caeab9d,
  "1cf80156": verify_1cf80156,
  "1e0a9b12": verify_1e0a9b12,
  "1e32b0e9": verify_1e32b0e9,
  "1f0c79e5": verify_1f0c79e5,
  "1f642eb9": verify_1f642eb9,
  "1f85a75f": verify_1f85a75f,
  "1f876c06": verify_1f876c06,
  "1fad071e": verify_1fad071e,
  "2013d3e2": verify_2013d3e2,
  "2204b7a8": verify_2204b7a8,
  "22168020": verify_22168020,
  "22233c11": verify_22233c11,
  "2281f1f4": verify_2281f1f4,
  "228f6490": verify_228f6490,
  "22eb0ac0": verify_22eb0ac0,
  "234bbc79": verify_234bbc79,
  "23581191": verify_23581191,
  "239be575": verify_239be575,
  "23b5c85d": verify_23b5c85d,
  "253bf280": verify_253bf280,
  "25d487eb": verify_25d487eb,
  "25d8a9c8": verify_25d8a9c8,
  "25ff71a9": verify_25ff71a9,
  "264363fd": verify_264363fd,
  "272f95fa": verify_272f95fa,
  "27a28665": verify_27a28665,
  "28bf18c6": verify_28bf18c6,
  "28e73c20": verify_28e73c20,
  "29623171": verify_29623171,
  "29c11459": verify_29c11459,
  "29ec7d0e": verify_29ec7d0e,
  "2bcee788": verify_2bcee788,
  "2bee17df": verify_2bee17df,
  "2c608aff": verify_2c608aff,
  "2dc579da": verify_2dc579da,
  "2dd70a9a": verify_2dd70a9a,
  "2dee498d": verify_2dee498d,
  "31aa019c": verify_31aa019c,
  "321b1fc6": verify_321b1fc6,
  "32597951": verify_32597951,
  "3345333e": verify_3345333e,
  "3428a4f5": verify_3428a4f5,
  "3618c87e": verify_3618c87e,
  "3631a71a": verify_3631a71a,
  "363442ee": verify_363442ee,
  "36d67576": verify_36d67576,
  "36fdfd69": verify_36fdfd69,
  "3906de3d": verify_3906de3d,
  "39a8645d": verify_39a8645d,
  "39e1d7f9": verify_39e1d7f9,
  "3aa6fb7a": verify_3aa6fb7a,
  "3ac3eb23": verify_3ac3eb23,
  "3af2c5a8": verify_3af2c5a8,
  "3bd67248": verify_3bd67248,
  "3bdb4ada": verify_3bdb4ada,
  "3befdf3e": verify_3befdf3e,
  "3c9b0459": verify_3c9b0459,
  "3de23699": verify_3de23699,
  "3e980e27": verify_3e980e27,
  "3eda0437": verify_3eda0437,
  "3f7978a0": verify_3f7978a0,
  "40853293": verify_40853293,
  "4093f84a": verify_4093f84a,
  "41e4d17e": verify_41e4d17e,
  "4258a5f9": verify_4258a5f9,
  "4290ef0e": verify_4290ef0e,
  "42a50994": verify_42a50994,
  "4347f46a": verify_4347f46a,
  "444801d8": verify_444801d8,
  "445eab21": verify_445eab21,
  "447fd412": verify_447fd412,
  "44d8ac46": verify_44d8ac46,
  "44f52bb0": verify_44f52bb0,
  "4522001f": verify_4522001f,
  "4612dd53": verify_4612dd53,
  "46442a0e": verify_46442a0e,
  "469497ad": verify_469497ad,
  "46f33fce": verify_46f33fce,
  "47c1f68c": verify_47c1f68c,
  "484b58aa": verify_484b58aa,
  "48d8fb45": verify_48d8fb45,
  "4938f0c2": verify_4938f0c2,
  "496994bd": verify_496994bd,
  "49d1d64f": verify_49d1d64f,
  "4be741c5": verify_4be741c5,
  "4c4377d9": verify_4c4377d9,
  "4c5c2cf0": verify_4c5c2cf0,
  "50846271": verify_50846271,
  "508bd3b6": verify_508bd3b6,
  "50cb2852": verify_50cb2852,
  "5117e062": verify_5117e062,
  "5168d44c": verify_5168d44c,
  "539a4f51": verify_539a4f51,
  "53b68214": verify_53b68214,
  "543a7ed5": verify_543a7ed5,
  "54d82841": verify_54d82841,
  "54d9e175": verify_54d9e175,
  "5521c0d9": verify_5521c0d9,
  "5582e5ca": verify_5582e5ca,
  "5614dbcf": verify_5614dbcf,
  "56dc2b01": verify_56dc2b01,
  "56ff96f3": verify_56ff96f3,
  "57aa92db": verify_57aa92db,
  "5ad4f10b": verify_5ad4f10b,
  "5bd6f4ac": verify_5bd6f4ac,
  "5c0a986e": verify_5c0a986e,
  "5c2c9af4": verify_5c2c9af4,
  "5daaa586": verify_5daaa586,
  "60b61512": verify_60b61512,
  "6150a2bd": verify_6150a2bd,
  "623ea044": verify_623ea044,
  "62c24649": verify_62c24649,
  "63613498": verify_63613498,
  "6430c8c4": verify_6430c8c4,
  "6455b5f5": verify_6455b5f5,
  "662c240a": verify_662c240a,
  "67385a82": verify_67385a82,
  "673ef223": verify_673ef223,
  "6773b310": verify_6773b310,
  "67a3c6ac": verify_67a3c6ac,
  "67a423a3": verify_67a423a3,
  "67e8384a": verify_67e8384a,
  "681b3aeb": verify_681b3aeb,
  "6855a6e4": verify_6855a6e4,
  "68b16354": verify_68b16354,
  "694f12f3": verify_694f12f3,
  "6a1e5592": verify_6a1e5592,
  "6aa20dc0": verify_6aa20dc0,
  "6b9890af": verify_6b9890af,
  "6c434453": verify_6c434453,
  "6cdd2623": verify_6cdd2623,
  "6cf79266": verify_6cf79266,
  "6d0160f0": verify_6d0160f0,
  "6d0aefbc": verify_6d0aefbc,
  "6d58a25d": verify_6d58a25d,
  "6d75e8bb": verify_6d75e8bb,
  "6e02f1e3": verify_6e02f1e3,
  "6e19193c": verify_6e19193c,
  "6e82a1ae": verify_6e82a1ae,
  "6ecd11f4": verify_6ecd11f4,
  "6f8cd79b": verify_6f8cd79b,
  "6fa7a44f": verify_6fa7a44f,
  "72322fa7": verify_72322fa7,
  "72ca375d": verify_72ca375d,
  "73251a56": verify_73251a56,
  "7447852a": verify_7447852a,
  "7468f01a": verify_7468f01a,
  "746b3537": verify_746b3537,
  "74dd1130": verify_74dd1130,
  "75b8110e": verify_75b8110e,
  "760b3cac": verify_760b3cac,
  "776ffc46": verify_776ffc46,
  "77fdfe62": verify_77fdfe62,
  "780d0b14": verify_780d0b14,
  "7837ac64": verify_7837ac64,
  "794b24be": verify_794b24be,
  "7b6016b9": verify_7b6016b9,
  "7b7f7511": verify_7b7f7511,
  "7c008303": verify_7c008303,
  "7ddcd7ec": verify_7ddcd7ec,
  "7df24a62": verify_7df24a62,
  "7e0986d6": verify_7e0986d6,
  "7f4411dc": verify_7f4411dc,
  "7fe24cdd": verify_7fe24cdd,
  "80af3007": verify_80af3007,
  "810b9b61": verify_810b9b61,
  "82819916": verify_82819916,
  "83302e8f": verify_83302e8f,
  "834ec97d": verify_834ec97d,
  "8403a5d5": verify_8403a5d5,
  "846bdb03": verify_846bdb03,
  "855e0971": verify_855e0971,
  "85c4e7cd": verify_85c4e7cd,
  "868de0fa": verify_868de0fa,
  "8731374e": verify_8731374e,
  "88a10436": verify_88a10436,
  "88a62173": verify_88a62173,
  "890034e9": verify_890034e9,
  "8a004b2b": verify_8a004b2b,
  "8be77c9e": verify_8be77c9e,
  "8d5021e8": verify_8d5021e8,
  "8d510a79": verify_8d510a79,
  "8e1813be": verify_8e1813be,
  "8e5a5113": verify_8e5a5113,
  "8eb1be9a": verify_8eb1be9a,
  "8efcae92": verify_8efcae92,
  "8f2ea7aa": verify_8f2ea7aa,
  "90c28cc7": verify_90c28cc7,
  "90f3ed37": verify_90f3ed37,
  "913fb3ed": verify_913fb3ed,
  "91413438": verify_91413438,
  "91714a58": verify_91714a58,
  "9172f3a0": verify_9172f3a0,
  "928ad970": verify_928ad970,
  "93b581b8": verify_93b581b8,
  "941d9a10": verify_941d9a10,
  "94f9d214": verify_94f9d214,
  "952a094c": verify_952a094c,
  "9565186b": verify_9565186b,
  "95990924": verify_95990924,
  "963e52fc": verify_963e52fc,
  "97999447": verify_97999447,
  "97a05b5b": verify_97a05b5b,
  "98cf29f8": verify_98cf29f8,
  "995c5fa3": verify_995c5fa3,
  "99b1bc43": verify_99b1bc43,
  "99fa7670": verify_99fa7670,
  "9aec4887": verify_9aec4887,
  "9af7a82c": verify_9af7a82c,
  "9d9215db": verify_9d9215db,
  "9dfd6313": verify_9dfd6313,
  "9ecd008a": verify_9ecd008a,
  "9edfc990": verify_9edfc990,
  "9f236235": verify_9f236235,
  a1570a43: verify_a1570a43,
  a2fd1cf0: verify_a2fd1cf0,
  a3325580: verify_a3325580,
  a3df8b1e: verify_a3df8b1e,
  a416b8f3: verify_a416b8f3,
  a48eeaf7: verify_a48eeaf7,
  a5313dff: verify_a5313dff,
  a5f85a15: verify_a5f85a15,
  a61ba2ce: verify_a61ba2ce,
  a61f2674: verify_a61f2674,
  a64e4611: verify_a64e4611,
  a65b410d: verify_a65b410d,
  a68b268e: verify_a68b268e,
  a699fb00: verify_a699fb00,
  a740d043: verify_a740d043,
  a78176bb: verify_a78176bb,
  a79310a0: verify_a79310a0,
  a85d4709: verify_a85d4709,
  a87f7484: verify_a87f7484,
  a8c38be5: verify_a8c38be5,
  a8d7556c: verify_a8d7556c,
  a9f96cdd: verify_a9f96cdd,
  aabf363d: verify_aabf363d,
  aba27056: verify_aba27056,
  ac0a08a4: verify_ac0a08a4,
  ae3edfdc: verify_ae3edfdc,
  ae4f1146: verify_ae4f1146,
  aedd82e4: verify_aedd82e4,
  af902bf9: verify_af902bf9,
  b0c4d837: verify_b0c4d837,
  b190f7f5: verify_b190f7f5,
  b1948b0a: verify_b1948b0a,
  b230c067: verify_b230c067,
  b27ca6d3: verify_b27ca6d3,
  b2862040: verify_b2862040,
  b527c5c6: verify_b527c5c6,
  b548a754: verify_b548a754,
  b60334d2: verify_b60334d2,
  b6afb2da: verify_b6afb2da,
  b7249182: verify_b7249182,
  b775ac94: verify_b775ac94,
  b782dc8a: verify_b782dc8a,
  b8825c91: verify_b8825c91,
  b8cdaf2b: verify_b8cdaf2b,
  b91ae062: verify_b91ae062,
  b94a9452: verify_b94a9452,
  b9b7f026: verify_b9b7f026,
  ba26e723: verify_ba26e723,
  ba97ae07: verify_ba97ae07,
  bb43febb: verify_bb43febb,
  bbc9ae5d: verify_bbc9ae5d,
  bc1d5164: verify_bc1d5164,
  bd4472b8: verify_bd4472b8,
  bda2d7a6: verify_bda2d7a6,
  bdad9b1f: verify_bdad9b1f,
  be94b721: verify_be94b721,
  beb8660c: verify_beb8660c,
  c0f76784: verify_c0f76784,
  c1d99e64: verify_c1d99e64,
  c3e719e8: verify_c3e719e8,
  c3f564a4: verify_c3f564a4,
  c444b776: verify_c444b776,
  c59eb873: verify_c59eb873,
  c8cbb738: verify_c8cbb738,
  c8f0f002: verify_c8f0f002,
  c909285e: verify_c909285e,
  c9e6f938: verify_c9e6f938,
  c9f8e694: verify_c9f8e694,
  caa06a1f: verify_caa06a1f,
  cbded52d: verify_cbded52d,
  cce03e0d: verify_cce03e0d,
  cdecee7f: verify_cdecee7f,
  ce22a75a: verify_ce22a75a,
  ce4f8723: verify_ce4f8723,
  ce602527: verify_ce602527,
  ce9e57f2: verify_ce9e57f2,
  cf98881b: verify_cf98881b,
  d037b0a7: verify_d037b0a7,
  d06dbe63: verify_d06dbe63,
  d07ae81c: verify_d07ae81c,
  d0f5fe59: verify_d0f5fe59,
  d10ecb37: verify_d10ecb37,
  d13f3404: verify_d13f3404,
  d22278a0: verify_d22278a0,
  d23f8c26: verify_d23f8c26,
  d2abd087: verify_d2abd087,
  d364b489: verify_d364b489,
  d406998b: verify_d406998b,
  d43fd935: verify_d43fd935,
  d4469b4b: verify_d4469b4b,
  d4a91cb9: verify_d4a91cb9,
  d4f3cd78: verify_d4f3cd78,
  d511f180: verify_d511f180,
  d5d6de2d: verify_d5d6de2d,
  d631b094: verify_d631b094,
  d687bc17: verify_d687bc17,
  d6ad076f: verify_d6ad076f,
  d89b689b: verify_d89b689b,
  d8c310e9: verify_d8c310e9,
  d90796e8: verify_d90796e8,
  d9f24cd1: verify_d9f24cd1,
  d9fac9be: verify_d9fac9be,
  dae9d2b5: verify_dae9d2b5,
  db3e9e38: verify_db3e9e38,
  db93a21d: verify_db93a21d,
  dbc1a6ce: verify_dbc1a6ce,
  dc0a314f: verify_dc0a314f,
  dc1df850: verify_dc1df850,
  dc433765: verify_dc433765,
  ddf7fa4f: verify_ddf7fa4f,
  de1cd16c: verify_de1cd16c,
  ded97339: verify_ded97339,
  e179c5f4: verify_e179c5f4,
  e21d9049: verify_e21d9049,
  e26a3af2: verify_e26a3af2,
  e3497940: verify_e3497940,
  e40b9e2f: verify_e40b9e2f,
  e48d4e1a: verify_e48d4e1a,
  e5062a87: verify_e5062a87,
  e509e548: verify_e509e548,
  e50d258f: verify_e50d258f,
  e6721834: verify_e6721834,
  e73095fd: verify_e73095fd,
  e76a88a6: verify_e76a88a6,
  e8593010: verify_e8593010,
  e8dc4411: verify_e8dc4411,
  e9614598: verify_e9614598,
  e98196ab: verify_e98196ab,
  e9afcf9a: verify_e9afcf9a,
  ea32f347: verify_ea32f347,
  ea786f4a: verify_ea786f4a,
  eb281b96: verify_eb281b96,
  eb5a1d5d: verify_eb5a1d5d,
  ec883f72: verify_ec883f72,
  ecdecbb3: verify_ecdecbb3,
  ed36ccf7: verify_ed36ccf7,
  ef135b50: verify_ef135b50,
  f15e1fac: verify_f15e1fac,
  f1cefba8: verify_f1cefba8,
  f25fbde4: verify_f25fbde4,
  f25ffba3: verify_f25ffba3,
  f2829549: verify_f2829549,
  f35d900a: verify_f35d900a,
  f5b8619d: verify_f5b8619d,
  f76d97a5: verify_f76d97a5,
  f8a8fe49: verify_f8a8fe49,
  f8b3ba0a: verify_f8b3ba0a,
  f8c80d96: verify_f8c80d96,
  f8ff0b80: verify_f8ff0b80,
  f9012d9b: verify_f9012d9b,
  fafffa47: verify_fafffa47,
  fcb5c309: verify_fcb5c309,
  fcc82909: verify_fcc82909,
  feca6190: verify_feca6190,
  ff28f65a: verify_ff28f65a,
  ff805c23: verify_ff805c23,
};
