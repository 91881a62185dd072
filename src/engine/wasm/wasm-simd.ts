/**
 * A few float32 kernels in WebAssembly SIMD, assembled here from their instructions and run
 * on the memory of TF.js's wasm backend, so they read and write its tensors where they lie.
 * TF.js's wasm backend has no fused optimizer step, no product that takes a transposed operand
 * without copying it, and its products repack their right operand on every call; these kernels
 * cover what a training step of the app's models needs: matrix products with strided operands
 * (a matrix, its transpose, or the windows of a convolution), column sums, the ReLU gradient,
 * bias and ReLU, a transpose and Adam's update. Every operation is a single IEEE float32
 * operation, as TF.js's own kernels do; products and sums add in their own order.
 *
 * The module is generated, not compiled: no toolchain, no binary in the repository. Each kernel
 * is checked against plain JavaScript in wasm-simd.test.ts.
 */

// ---------------------------------------------------------------------------------------------
// Encoding

type Bytes = number[];
type Code = (number | Code)[];

function uleb(value: number): Bytes {
  const out: Bytes = [];
  let n = value >>> 0;
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n) byte |= 0x80;
    out.push(byte);
  } while (n);
  return out;
}

function sleb(value: number): Bytes {
  const out: Bytes = [];
  let n = value | 0;
  for (;;) {
    const byte = n & 0x7f;
    n >>= 7;
    if ((n === 0 && !(byte & 0x40)) || (n === -1 && byte & 0x40)) {
      out.push(byte);
      return out;
    }
    out.push(byte | 0x80);
  }
}

const flat = (code: Code): Bytes => code.flat(Infinity as 1) as Bytes;
const utf8 = (text: string): Bytes => {
  const bytes = [...new TextEncoder().encode(text)];
  return [...uleb(bytes.length), ...bytes];
};
const vector = (items: Bytes[]): Bytes => [...uleb(items.length), ...items.flat()];
const section = (id: number, body: Bytes): Bytes => [id, ...uleb(body.length), ...body];

const I32 = 0x7f;
const F32 = 0x7d;
const V128 = 0x7b;
type ValueType = typeof I32 | typeof F32 | typeof V128;

// Instructions used below (https://webassembly.github.io/spec/core/binary/instructions.html).
const op = {
  block: [0x02, 0x40],
  loop: [0x03, 0x40],
  if: [0x04, 0x40],
  else: [0x05],
  end: [0x0b],
  br: (depth: number) => [0x0c, ...uleb(depth)],
  brIf: (depth: number) => [0x0d, ...uleb(depth)],
  call: (index: number) => [0x10, ...uleb(index)],
  select: [0x1b],
  i32: (n: number) => [0x41, ...sleb(n)],
  f32: (x: number) => [0x43, ...new Uint8Array(new Float32Array([x]).buffer)],
  i32Eqz: [0x45],
  i32LtS: [0x48],
  i32GtS: [0x4a],
  i32GeS: [0x4e],
  f32Lt: [0x5d],
  f32Gt: [0x5e],
  i32Add: [0x6a],
  i32Sub: [0x6b],
  i32Mul: [0x6c],
  i32Shl: [0x74],
  f32Sqrt: [0x91],
  f32Add: [0x92],
  f32Mul: [0x94],
  f32Div: [0x95],
  f32Load: (offset = 0) => [0x2a, 2, ...uleb(offset)],
  f32Store: (offset = 0) => [0x38, 2, ...uleb(offset)],
};
const simd = (code: number, ...rest: number[]) => [0xfd, ...uleb(code), ...rest];
const v = {
  load: (offset = 0) => simd(0x00, 4, ...uleb(offset)),
  load32Splat: (offset = 0) => simd(0x09, 2, ...uleb(offset)),
  store: (offset = 0) => simd(0x0b, 4, ...uleb(offset)),
  zero: simd(0x0c, ...new Array<number>(16).fill(0)),
  splat: simd(0x13),
  eq: simd(0x41),
  and: simd(0x4e),
  andNot: simd(0x4f),
  or: simd(0x50),
  lt: simd(0x43),
  gt: simd(0x44),
  bitselect: simd(0x52),
  load32Lane: (offset: number, lane: number) => simd(0x56, 2, ...uleb(offset), lane),
  store32Lane: (offset: number, lane: number) => simd(0x5a, 2, ...uleb(offset), lane),
  store64Lane: (offset: number, lane: number) => simd(0x5b, 3, ...uleb(offset), lane),
  load32Zero: (offset = 0) => simd(0x5c, 2, ...uleb(offset)),
  load64Zero: (offset = 0) => simd(0x5d, 3, ...uleb(offset)),
  sqrt: simd(0xe3),
  add: simd(0xe4),
  mul: simd(0xe6),
  div: simd(0xe7),
  /** Relaxed SIMD's a * b + c, fused where the CPU has FMA. */
  relaxedMadd: simd(0x105),
};

/** A function under construction: named parameters and locals, one flat body. */
class Func {
  readonly types: ValueType[] = [];
  private readonly names = new Map<string, number>();
  private readonly paramCount: number;
  body: Code = [];

  constructor(
    readonly name: string | null,
    params: [string, ValueType][],
  ) {
    for (const [local, type] of params) this.add(local, type);
    this.paramCount = params.length;
  }

  private add(local: string, type: ValueType): number {
    if (this.names.has(local)) throw new Error(`Local ${local} declared twice in ${this.name}.`);
    this.names.set(local, this.types.length);
    this.types.push(type);
    return this.types.length - 1;
  }

  /** Declares locals, once each. */
  locals(type: ValueType, ...names: string[]): this {
    for (const local of names) this.add(local, type);
    return this;
  }

  private index(local: string): number {
    const index = this.names.get(local);
    if (index === undefined) throw new Error(`No local ${local} in ${this.name}.`);
    return index;
  }

  get = (local: string): Code => [0x20, ...uleb(this.index(local))];
  set = (local: string, value: Code): Code => [value, 0x21, ...uleb(this.index(local))];
  /** local += amount (i32). */
  inc = (local: string, amount: Code): Code =>
    this.set(local, [this.get(local), amount, op.i32Add]);

  signature(): Bytes {
    const params = this.types.slice(0, this.paramCount);
    return [0x60, ...vector(params.map((t) => [t])), 0];
  }

  code(): Bytes {
    const locals = this.types.slice(this.paramCount).map((t) => [1, t]);
    const body = [...vector(locals), ...flat(this.body), ...op.end];
    return [...uleb(body.length), ...body];
  }
}

/** `while (counter > 0) { body; counter -= 1 }`, counter an i32 local. */
function countDown(f: Func, counter: string, body: Code): Code {
  return [
    op.block,
    op.loop,
    f.get(counter),
    op.i32(1),
    op.i32LtS,
    op.brIf(1),
    body,
    f.inc(counter, op.i32(-1)),
    op.br(0),
    op.end,
    op.end,
  ];
}

/**
 * Arithmetic on one lane width: four floats in a v128, or one f32. An elementwise kernel writes
 * its body once against `Lanes` and gets both its vector loop and its scalar tail from it.
 */
interface Lanes {
  load(address: Code): Code;
  store(address: Code, value: Code): Code;
  add(a: Code, b: Code): Code;
  mul(a: Code, b: Code): Code;
  div(a: Code, b: Code): Code;
  sqrt(a: Code): Code;
  lt(a: Code, b: Code): Code;
  gt(a: Code, b: Code): Code;
  /** `a` where `condition` holds, else `b`. */
  select(a: Code, b: Code, condition: Code): Code;
  constant(x: number): Code;
  /** A local of this width; see `laneLocals` and `splatParams`. */
  get(local: string): Code;
  set(local: string, value: Code): Code;
}

/** The vector twin of a scalar local or parameter `name`. */
const x4 = (name: string) => `${name}x4`;

function vectorLanes(f: Func): Lanes {
  return {
    load: (address) => [address, v.load()],
    store: (address, value) => [address, value, v.store()],
    add: (a, b) => [a, b, v.add],
    mul: (a, b) => [a, b, v.mul],
    div: (a, b) => [a, b, v.div],
    sqrt: (a) => [a, v.sqrt],
    lt: (a, b) => [a, b, v.lt],
    gt: (a, b) => [a, b, v.gt],
    select: (a, b, condition) => [a, b, condition, v.bitselect],
    constant: (x) => simd(0x0c, ...new Uint8Array(new Float32Array([x, x, x, x]).buffer)),
    get: (local) => f.get(x4(local)),
    set: (local, value) => f.set(x4(local), value),
  };
}

function scalarLanes(f: Func): Lanes {
  return {
    load: (address) => [address, op.f32Load()],
    store: (address, value) => [address, value, op.f32Store()],
    add: (a, b) => [a, b, op.f32Add],
    mul: (a, b) => [a, b, op.f32Mul],
    div: (a, b) => [a, b, op.f32Div],
    sqrt: (a) => [a, op.f32Sqrt],
    lt: (a, b) => [a, b, op.f32Lt],
    gt: (a, b) => [a, b, op.f32Gt],
    select: (a, b, condition) => [a, b, condition, op.select],
    constant: (x) => op.f32(x),
    get: (local) => f.get(local),
    set: (local, value) => f.set(local, value),
  };
}

/** Declares f32 locals and their v128 twins, for `Lanes.get` and `Lanes.set`. */
function laneLocals(f: Func, ...names: string[]): void {
  f.locals(F32, ...names);
  f.locals(V128, ...names.map(x4));
}

/** Declares the v128 twins of f32 parameters and fills them, once, before a loop. */
function splatParams(f: Func, ...names: string[]): Code {
  f.locals(V128, ...names.map(x4));
  return names.map((name) => f.set(x4(name), [f.get(name), v.splat]));
}

/** Elementwise loop over `count` floats: `body(i, lanes)` on 4 at a time, then on the rest. */
function elementwise(f: Func, count: string, body: (byteOffset: Code, lanes: Lanes) => Code): Code {
  return [
    f.set('i', op.i32(0)),
    f.set('end', [f.get(count), op.i32(2), op.i32Shl]),
    f.set('vecEnd', [f.get('end'), op.i32(-16), [0x71]]), // i32.and: multiple of 16 bytes
    op.block,
    op.loop,
    f.get('i'),
    f.get('vecEnd'),
    op.i32GeS,
    op.brIf(1),
    body(f.get('i'), vectorLanes(f)),
    f.inc('i', op.i32(16)),
    op.br(0),
    op.end,
    op.end,
    op.block,
    op.loop,
    f.get('i'),
    f.get('end'),
    op.i32GeS,
    op.brIf(1),
    body(f.get('i'), scalarLanes(f)),
    f.inc('i', op.i32(4)),
    op.br(0),
    op.end,
    op.end,
  ];
}

// ---------------------------------------------------------------------------------------------
// Kernels. Pointers are byte offsets into the memory; counts and strides are in floats unless
// their name ends in "Bytes".

/**
 * Adam's update of `count` parameters: m' = m b1 + g (1 - b1), v' = v b2 + g² (1 - b2), and
 * p' = p + step m' / (sqrt(v') + epsilonHat), with step = -lr sqrt(1 - b2^t) / (1 - b1^t) and
 * epsilonHat = eps sqrt(1 - b2^t): TF.js's p - lr (m' / (1 - b1^t)) / (sqrt(v' / (1 - b2^t)) +
 * eps) with numerator and denominator multiplied by sqrt(1 - b2^t), which leaves one division
 * and one square root per parameter instead of three divisions and a root. Outputs may alias
 * inputs.
 */
/** The smallest normal float32, 2^-126. */
const FLOAT32_MIN_NORMAL = 2 ** -126;

/**
 * x, or 0 where x is subnormal (|x| < 2^-126). A weight whose gradient is always 0 (a pixel that
 * is blank in every image) has its first moment shrink by beta1 each step, into subnormals after
 * about 800 steps; wasm cannot turn on the CPU's flush-to-zero, and arithmetic on subnormals
 * takes the slow path on x86: the dense step ran at half speed from then on. A subnormal moment
 * moves its weight by less than 1e-30, so flushing it changes no weight.
 */
function flushSubnormal(L: Lanes, local: string): Code {
  const x = L.get(local);
  const min = L.constant(FLOAT32_MIN_NORMAL);
  const negativeMin = L.constant(-FLOAT32_MIN_NORMAL);
  return L.set(local, L.select(x, L.select(x, L.constant(0), L.lt(x, negativeMin)), L.gt(x, min)));
}

function adamKernel(): Func {
  const f = new Func('adam', [
    ['p', I32],
    ['g', I32],
    ['m', I32],
    ['v', I32],
    ['outP', I32],
    ['outM', I32],
    ['outV', I32],
    ['count', I32],
    ['beta1', F32],
    ['oneMinusBeta1', F32],
    ['beta2', F32],
    ['oneMinusBeta2', F32],
    ['step', F32],
    ['epsilonHat', F32],
  ]);
  f.locals(I32, 'i', 'end', 'vecEnd');
  laneLocals(f, 'grad', 'moment', 'velocity');
  const at = (ptr: string, i: Code) => [f.get(ptr), i, op.i32Add];
  f.body = [
    splatParams(f, 'beta1', 'oneMinusBeta1', 'beta2', 'oneMinusBeta2', 'step', 'epsilonHat'),
    elementwise(f, 'count', (i, L) => [
      L.set('grad', L.load(at('g', i))),
      L.set(
        'moment',
        L.add(
          L.mul(L.load(at('m', i)), L.get('beta1')),
          L.mul(L.get('grad'), L.get('oneMinusBeta1')),
        ),
      ),
      flushSubnormal(L, 'moment'),
      L.set(
        'velocity',
        L.add(
          L.mul(L.load(at('v', i)), L.get('beta2')),
          L.mul(L.mul(L.get('grad'), L.get('grad')), L.get('oneMinusBeta2')),
        ),
      ),
      flushSubnormal(L, 'velocity'),
      L.store(at('outM', i), L.get('moment')),
      L.store(at('outV', i), L.get('velocity')),
      L.store(
        at('outP', i),
        L.add(
          L.mul(
            L.div(L.get('moment'), L.add(L.sqrt(L.get('velocity')), L.get('epsilonHat'))),
            L.get('step'),
          ),
          L.load(at('p', i)),
        ),
      ),
    ]),
  ];
  return f;
}

/** out = dy * (y > 0 ? 1 : 0): the ReLU's gradient given its output y, as TF.js computes it. */
function reluGradKernel(): Func {
  const f = new Func('reluGrad', [
    ['dy', I32],
    ['y', I32],
    ['out', I32],
    ['count', I32],
  ]);
  f.locals(I32, 'i', 'end', 'vecEnd');
  const at = (ptr: string, i: Code) => [f.get(ptr), i, op.i32Add];
  f.body = [
    elementwise(f, 'count', (i, L) =>
      L.store(
        at('out', i),
        L.mul(
          L.load(at('dy', i)),
          L.select(L.constant(1), L.constant(0), L.gt(L.load(at('y', i)), L.constant(0))),
        ),
      ),
    ),
  ];
  return f;
}

/** x[r, c] = act(x[r, c] + bias[c]) in place, act ReLU when `relu` is 1 (max with 0). */
function biasActivationKernel(): Func {
  const f = new Func('biasActivation', [
    ['x', I32],
    ['bias', I32],
    ['rows', I32],
    ['columns', I32],
    ['relu', I32],
  ]);
  f.locals(I32, 'i', 'end', 'vecEnd', 'row');
  laneLocals(f, 'sum');
  const at = (ptr: string, i: Code) => [f.get(ptr), i, op.i32Add];
  // TF.js's relu is x < 0 ? 0 : x, which keeps NaN and -0.
  f.body = [
    f.set('row', f.get('rows')),
    countDown(f, 'row', [
      elementwise(f, 'columns', (i, L) => [
        L.set('sum', L.add(L.load(at('x', i)), L.load(at('bias', i)))),
        f.get('relu'),
        op.if,
        L.set('sum', L.select(L.constant(0), L.get('sum'), L.lt(L.get('sum'), L.constant(0)))),
        op.end,
        L.store(at('x', i), L.get('sum')),
      ]),
      f.inc('x', [f.get('columns'), op.i32(2), op.i32Shl]),
    ]),
  ];
  return f;
}

/** out[c] += sum over rows r of x[r, c]. */
function columnSumKernel(): Func {
  const f = new Func('columnSum', [
    ['x', I32],
    ['out', I32],
    ['rows', I32],
    ['columns', I32],
  ]);
  f.locals(I32, 'i', 'end', 'vecEnd', 'row');
  const at = (ptr: string, i: Code) => [f.get(ptr), i, op.i32Add];
  f.body = [
    f.set('row', f.get('rows')),
    countDown(f, 'row', [
      elementwise(f, 'columns', (i, L) =>
        L.store(at('out', i), L.add(L.load(at('out', i)), L.load(at('x', i)))),
      ),
      f.inc('x', [f.get('columns'), op.i32(2), op.i32Shl]),
    ]),
  ];
  return f;
}

/** out[c, r] = x[r, c] for x [rows, columns]. */
function transposeKernel(): Func {
  const f = new Func('transpose', [
    ['x', I32],
    ['out', I32],
    ['rows', I32],
    ['columns', I32],
  ]);
  f.locals(I32, 'row', 'column', 'to', 'rowBytes');
  f.body = [
    f.set('rowBytes', [f.get('rows'), op.i32(2), op.i32Shl]),
    f.set('row', f.get('rows')),
    countDown(f, 'row', [
      f.set('to', f.get('out')),
      f.set('column', f.get('columns')),
      countDown(f, 'column', [
        f.get('to'),
        f.get('x'),
        op.f32Load(),
        op.f32Store(),
        f.inc('x', op.i32(4)),
        f.inc('to', f.get('rowBytes')),
      ]),
      f.inc('out', op.i32(4)),
    ]),
  ];
  return f;
}

/**
 * A max pool's gradient for windows that do not overlap (stride = window = `size`, no padding),
 * channels a multiple of 4: each window's dy goes to the first position (row by row) that holds
 * the window's maximum, as TF.js routes it; `out` must be zero where no window reaches.
 * x, out [batch, inHeight, inWidth, channels]; dy [batch, outHeight, outWidth, channels].
 */
function maxPoolGradKernel(): Func {
  const f = new Func('maxPoolGrad', [
    ['dy', I32],
    ['x', I32],
    ['out', I32],
    ['batch', I32],
    ['outHeight', I32],
    ['outWidth', I32],
    ['inHeight', I32],
    ['inWidth', I32],
    ['channels', I32],
    ['size', I32],
  ]);
  f.locals(I32, 'pixel', 'row', 'delta', 'nb', 'ny', 'nx', 'nc', 'ni', 'nj', 'pb', 'py', 'px');
  f.locals(I32, 'pc', 'pi', 'pj', 'pd');
  f.locals(V128, 'best', 'e', 'd', 'taken', 'hit');
  const mul = (a: Code, b: Code) => [a, b, op.i32Mul];
  /** body(pj) for each window position, row by row, from the channel vector at pc. */
  const window = (body: Code): Code => [
    f.set('pi', f.get('pc')),
    f.set('ni', f.get('size')),
    countDown(f, 'ni', [
      f.set('pj', f.get('pi')),
      f.set('nj', f.get('size')),
      countDown(f, 'nj', [body, f.inc('pj', f.get('pixel'))]),
      f.inc('pi', f.get('row')),
    ]),
  ];
  f.body = [
    f.set('pixel', mul(f.get('channels'), op.i32(4))),
    f.set('row', mul(f.get('inWidth'), f.get('pixel'))),
    f.set('delta', [f.get('out'), f.get('x'), op.i32Sub]),
    f.set('pd', f.get('dy')),
    f.set('pb', f.get('x')),
    f.set('nb', f.get('batch')),
    countDown(f, 'nb', [
      f.set('py', f.get('pb')),
      f.set('ny', f.get('outHeight')),
      countDown(f, 'ny', [
        f.set('px', f.get('py')),
        f.set('nx', f.get('outWidth')),
        countDown(f, 'nx', [
          f.set('pc', f.get('px')),
          f.set('nc', [f.get('channels'), op.i32(2), [0x76]]), // vectors of 4 channels
          countDown(f, 'nc', [
            f.set('best', [f.get('pc'), v.load()]),
            window([
              f.set('e', [f.get('pj'), v.load()]),
              f.set('best', [
                f.get('e'),
                f.get('best'),
                [f.get('e'), f.get('best'), v.gt],
                v.bitselect,
              ]),
            ]),
            f.set('d', [f.get('pd'), v.load()]),
            f.set('taken', v.zero),
            window([
              f.set('hit', [
                [f.get('pj'), v.load(), f.get('best'), v.eq],
                f.get('taken'),
                v.andNot,
              ]),
              [f.get('pj'), f.get('delta'), op.i32Add],
              [f.get('d'), f.get('hit'), v.and],
              v.store(),
              f.set('taken', [f.get('taken'), f.get('hit'), v.or]),
            ]),
            f.inc('pc', op.i32(16)),
            f.inc('pd', op.i32(16)),
          ]),
          f.inc('px', mul(f.get('size'), f.get('pixel'))),
        ]),
        f.inc('py', mul(f.get('size'), f.get('row'))),
      ]),
      f.inc('pb', mul(f.get('inHeight'), f.get('row'))),
    ]),
  ];
  return f;
}

/**
 * Rows per register block of the product, and lanes per vector of a column block. A block of
 * 16 columns (for 2 rows or 1, as 4 rows would need more registers than a CPU has) reads each
 * row of B once where 8 columns would read it twice.
 */
export const GEMM_ROWS = [4, 2, 1] as const;
export const GEMM_COLUMNS = [[4, 4, 4, 4], [4, 4, 2], [4, 4], [4], [3], [2], [1]] as const;
type GemmRows = (typeof GEMM_ROWS)[number];
type GemmColumns = (typeof GEMM_COLUMNS)[number];
const WIDEST = GEMM_COLUMNS[0];
/** Ten columns, every model's output layer, in one pass over A instead of two (8, then 2):
 *  A is the report CNN's 23,328 activations per image. */
const TEN = GEMM_COLUMNS[1];
const fits = (mr: GemmRows, lanes: GemmColumns) => lanes !== WIDEST || mr <= 2;

/** `packed`: A's rows are one float apart, so a row block's elements sit side by side. */
function gemmName(mr: GemmRows, lanes: GemmColumns, packed: boolean): string {
  return `gemm${mr}x${lanes.join('')}${packed ? 'p' : ''}`;
}

/**
 * `blocks` column blocks (each 4 + 4, 4, 3, 2 or 1 columns wide) of C = A B, or C += A B, for
 * `rows` rows of C (a multiple of `mr`), `mr` rows at a time held in registers. A is read one
 * element at a time at any strides (so A may be a matrix, its transpose or a convolution's
 * windows); B and C rows are contiguous. The sum runs over k = (k3, k2, k1), three nested counts
 * each with its own strides in A and B: a plain product has k2 = k3 = 1. Strides in bytes.
 */
function gemmKernel(mr: GemmRows, lanes: GemmColumns, packed: boolean, relaxed: boolean): Func {
  const f = new Func(gemmName(mr, lanes, packed), [
    ['blocks', I32],
    ['rows', I32],
    ['a', I32],
    ['aRow', I32],
    ['b', I32],
    ['c', I32],
    ['cRow', I32],
    ['accumulate', I32],
    ['k1', I32],
    ['a1', I32],
    ['b1', I32],
    ['k2', I32],
    ['a2', I32],
    ['b2', I32],
    ['k3', I32],
    ['a3', I32],
    ['b3', I32],
    ['masked', I32],
    ['maskDelta', I32],
  ]);
  const rows = Array.from({ length: mr }, (_, r) => r);
  const vectors = lanes.map((_, j) => j);
  const width = lanes.reduce((sum: number, n) => sum + n, 0);
  const acc = (r: number, j: number) => `acc${r}_${j}`;
  f.locals(I32, 'row', 'pa3', 'pb3', 'pa2', 'pb2', 'pa', 'pb', 'n1', 'n2', 'n3', 'pc', 'pr');
  f.locals(I32, ...rows.slice(1).map((r) => `aOff${r}`), ...rows.map((r) => `cOff${r}`));
  f.locals(V128, ...rows.flatMap((r) => vectors.map((j) => acc(r, j))));
  f.locals(V128, ...vectors.map((j) => `bv${j}`), 's', 'ones');

  // Partial vectors load and store only their lanes, so nothing past a row is touched.
  const load = (address: Code, j: number): Code => {
    const offset = 16 * j;
    switch (lanes[j]) {
      case 4:
        return [address, v.load(offset)];
      case 2:
        return [address, v.load64Zero(offset)];
      case 1:
        return [address, v.load32Zero(offset)];
      default:
        return [
          f.set('s', [address, v.load64Zero(offset)]),
          address,
          f.get('s'),
          v.load32Lane(offset + 8, 2),
        ];
    }
  };
  const store = (address: Code, value: Code, j: number): Code => {
    const offset = 16 * j;
    switch (lanes[j]) {
      case 4:
        return [address, value, v.store(offset)];
      case 2:
        return [address, value, v.store64Lane(offset, 0)];
      case 1:
        return [address, value, v.store32Lane(offset, 0)];
      default:
        return [
          [address, value, v.store64Lane(offset, 0)],
          [address, value, v.store32Lane(offset + 8, 2)],
        ];
    }
  };
  const cAddress = (r: number): Code => [f.get('pc'), f.get(`cOff${r}`), op.i32Add];
  const aSplat = (r: number): Code =>
    packed
      ? [f.get('pa'), v.load32Splat(4 * r)]
      : [r === 0 ? f.get('pa') : [f.get('pa'), f.get(`aOff${r}`), op.i32Add], v.load32Splat()];

  const inner: Code = [
    vectors.map((j) => f.set(`bv${j}`, load(f.get('pb'), j))),
    rows.map((r) => [
      f.set('s', aSplat(r)),
      vectors.map((j) =>
        f.set(
          acc(r, j),
          relaxed
            ? [f.get('s'), f.get(`bv${j}`), f.get(acc(r, j)), v.relaxedMadd]
            : [f.get(acc(r, j)), f.get('s'), f.get(`bv${j}`), v.mul, v.add],
        ),
      ),
    ]),
    f.inc('pa', f.get('a1')),
    f.inc('pb', f.get('b1')),
  ];

  const rowBlock: Code = [
    rows.flatMap((r) => vectors.map((j) => f.set(acc(r, j), v.zero))),
    f.set('pa3', f.get('pr')),
    f.set('pb3', f.get('b')),
    f.set('n3', f.get('k3')),
    countDown(f, 'n3', [
      f.set('pa2', f.get('pa3')),
      f.set('pb2', f.get('pb3')),
      f.set('n2', f.get('k2')),
      countDown(f, 'n2', [
        f.set('pa', f.get('pa2')),
        f.set('pb', f.get('pb2')),
        f.set('n1', f.get('k1')),
        countDown(f, 'n1', inner),
        f.inc('pa2', f.get('a2')),
        f.inc('pb2', f.get('b2')),
      ]),
      f.inc('pa3', f.get('a3')),
      f.inc('pb3', f.get('b3')),
    ]),
    f.get('accumulate'),
    op.if,
    rows.flatMap((r) =>
      vectors.map((j) => f.set(acc(r, j), [load(cAddress(r), j), f.get(acc(r, j)), v.add])),
    ),
    op.end,
    // C *= (M > 0), M laid out as C: a ReLU's gradient, M its output.
    f.get('masked'),
    op.if,
    rows.flatMap((r) =>
      vectors.map((j) =>
        f.set(acc(r, j), [
          f.get(acc(r, j)),
          load([cAddress(r), f.get('maskDelta'), op.i32Add], j),
          v.zero,
          v.gt,
          f.get('ones'),
          v.and,
          v.mul,
        ]),
      ),
    ),
    op.end,
    rows.flatMap((r) => vectors.map((j) => store(cAddress(r), f.get(acc(r, j)), j))),
    f.inc('pr', [f.get('aRow'), op.i32(mr), op.i32Mul]),
    f.inc('pc', [f.get('cRow'), op.i32(mr), op.i32Mul]),
  ];

  f.body = [
    f.set('ones', [op.f32(1), v.splat]),
    rows.slice(1).map((r) => f.set(`aOff${r}`, [f.get('aRow'), op.i32(r), op.i32Mul])),
    rows.map((r) => f.set(`cOff${r}`, [f.get('cRow'), op.i32(r), op.i32Mul])),
    countDown(f, 'blocks', [
      f.set('pr', f.get('a')),
      f.set('pc', f.get('c')),
      f.set('row', [f.get('rows'), op.i32(mr === 4 ? 2 : mr === 2 ? 1 : 0), [0x76]]), // shr_u
      countDown(f, 'row', rowBlock),
      f.inc('b', op.i32(width * 4)),
      f.inc('c', op.i32(width * 4)),
    ]),
  ];
  return f;
}

// ---------------------------------------------------------------------------------------------
// Module

function allFunctions(relaxed: boolean): Func[] {
  return [
    adamKernel(),
    reluGradKernel(),
    biasActivationKernel(),
    columnSumKernel(),
    transposeKernel(),
    maxPoolGradKernel(),
    ...[false, true].flatMap((packed) =>
      GEMM_ROWS.flatMap((mr) =>
        GEMM_COLUMNS.filter((lanes) => fits(mr, lanes)).map((lanes) =>
          gemmKernel(mr, lanes, packed, relaxed),
        ),
      ),
    ),
  ];
}

/**
 * The module's bytes; it imports its memory as env.memory, shared or not. `relaxed`: products
 * multiply and add with relaxed SIMD's madd, one instruction where the CPU has FMA (and then
 * one rounding instead of two), which browsers since 2023 run; Adam's update never does.
 */
export function simdModuleBytes(sharedMemory: boolean, relaxed = false): Uint8Array {
  const functions = allFunctions(relaxed);
  const types = functions.map((f) => f.signature());
  const limits = sharedMemory ? [0x03, ...uleb(1), ...uleb(65536)] : [0x00, ...uleb(1)];
  const bytes = [
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    ...section(1, vector(types)),
    ...section(2, vector([[...utf8('env'), ...utf8('memory'), 0x02, ...limits]])),
    ...section(3, vector(functions.map((_, i) => uleb(i)))),
    ...section(7, vector(functions.map((f, i) => [...utf8(f.name!), 0x00, ...uleb(i)]))),
    ...section(10, vector(functions.map((f) => f.code()))),
  ];
  return new Uint8Array(bytes);
}

type I = number;
type GemmFunction = (
  blocks: I,
  rows: I,
  a: I,
  aRow: I,
  b: I,
  c: I,
  cRow: I,
  accumulate: I,
  k1: I,
  a1: I,
  b1: I,
  k2: I,
  a2: I,
  b2: I,
  k3: I,
  a3: I,
  b3: I,
  masked: I,
  maskDelta: I,
) => void;

/** The module's exports, as JavaScript sees them. */
interface SimdExports {
  adam(
    p: I,
    g: I,
    m: I,
    v: I,
    outP: I,
    outM: I,
    outV: I,
    count: I,
    beta1: number,
    oneMinusBeta1: number,
    beta2: number,
    oneMinusBeta2: number,
    step: number,
    epsilonHat: number,
  ): void;
  reluGrad(dy: I, y: I, out: I, count: I): void;
  biasActivation(x: I, bias: I, rows: I, columns: I, relu: I): void;
  columnSum(x: I, out: I, rows: I, columns: I): void;
  transpose(x: I, out: I, rows: I, columns: I): void;
  maxPoolGrad(
    dy: I,
    x: I,
    out: I,
    batch: I,
    outHeight: I,
    outWidth: I,
    inHeight: I,
    inWidth: I,
    channels: I,
    size: I,
  ): void;
  [gemm: `gemm${string}`]: GemmFunction;
}

/** Columns of C from which a product goes a few rows at a time: rows of 4 KB. */
const WIDE_ROW = 1024;

/** A nested sum index: `count` steps, each moving `a` floats in A and `b` floats in B. */
export interface SumAxis {
  count: number;
  a: number;
  b: number;
}

/** A product C[M, N] (+)= sum over k of A[m, k] B[k, n], pointers in bytes, strides in floats. */
export interface Gemm {
  /** Rows of C. */
  m: number;
  /** Columns of B and C. */
  n: number;
  a: number;
  /** Floats between rows of A. */
  aRow: number;
  b: number;
  c: number;
  /** Floats between rows of C; its columns are contiguous, as are B's. */
  cRow: number;
  /** The sum's axes, innermost first (one for a plain product, up to three). */
  sum: SumAxis[];
  accumulate?: boolean;
  /** Then C *= (M > 0) for M laid out as C (a ReLU's output, for its gradient). */
  mask?: number;
}

export class SimdKernels {
  private readonly exports: SimdExports;
  /** Whether the products use relaxed SIMD's multiply-add. */
  readonly relaxed: boolean;

  /** `relaxed`: whether products may use relaxed SIMD; by default, wherever it validates. */
  constructor(
    readonly memory: WebAssembly.Memory,
    relaxed?: boolean,
  ) {
    const shared =
      typeof SharedArrayBuffer !== 'undefined' && memory.buffer instanceof SharedArrayBuffer;
    const relaxedBytes = relaxed === false ? null : simdModuleBytes(shared, true);
    this.relaxed = relaxedBytes !== null && WebAssembly.validate(relaxedBytes as BufferSource);
    if (relaxed && !this.relaxed) throw new Error('This engine has no relaxed SIMD.');
    const bytes = this.relaxed ? relaxedBytes! : simdModuleBytes(shared);
    const module = new WebAssembly.Module(bytes as BufferSource);
    const instance = new WebAssembly.Instance(module, { env: { memory } });
    this.exports = instance.exports as unknown as SimdExports;
  }

  /** Adam's update; see `adamKernel`. Scalars are rounded to float32 by the call. */
  adam(
    pointers: { p: I; g: I; m: I; v: I; outP: I; outM: I; outV: I },
    count: number,
    s: {
      beta1: number;
      beta2: number;
      oneMinusBeta1: number;
      oneMinusBeta2: number;
      step: number;
      epsilonHat: number;
    },
  ): void {
    const { p, g, m, v: vv, outP, outM, outV } = pointers;
    this.exports.adam(
      p,
      g,
      m,
      vv,
      outP,
      outM,
      outV,
      count,
      s.beta1,
      s.oneMinusBeta1,
      s.beta2,
      s.oneMinusBeta2,
      s.step,
      s.epsilonHat,
    );
  }

  reluGrad(dy: I, y: I, out: I, count: I): void {
    this.exports.reluGrad(dy, y, out, count);
  }

  biasActivation(x: I, bias: I, rows: I, columns: I, relu: boolean): void {
    this.exports.biasActivation(x, bias, rows, columns, relu ? 1 : 0);
  }

  /** out[c] += sum over rows of x[r, c]; zero `out` first for a plain sum. */
  columnSum(x: I, out: I, rows: I, columns: I): void {
    this.exports.columnSum(x, out, rows, columns);
  }

  transpose(x: I, out: I, rows: I, columns: I): void {
    this.exports.transpose(x, out, rows, columns);
  }

  /** See `maxPoolGradKernel`; shapes are [batch, height, width, channels]. */
  maxPoolGrad(
    dy: I,
    x: I,
    out: I,
    [batch, inHeight, inWidth, channels]: number[],
    [outHeight, outWidth]: number[],
    size: number,
  ): void {
    if (channels % 4 !== 0) throw new Error('maxPoolGrad takes channels in multiples of 4.');
    this.exports.maxPoolGrad(
      dy,
      x,
      out,
      batch,
      outHeight,
      outWidth,
      inHeight,
      inWidth,
      channels,
      size,
    );
  }

  /**
   * C (+)= A B over column blocks of 8, then 4, then what is left; rows 4, 2, then 1 at a time.
   * A wide C goes 4 rows at a time: each column block of all its rows at once would keep too
   * many rows of C (and of the mask) streaming at the same time.
   */
  gemm(g: Gemm): void {
    if (g.sum.length < 1 || g.sum.length > 3) throw new Error('A product sums over 1 to 3 axes.');
    const group = GEMM_ROWS[0];
    if (g.m > group && g.n >= WIDE_ROW) {
      for (let row = 0; row < g.m; row += group) {
        const offset = (bytes: number, stride: number) => bytes + row * stride * 4;
        this.gemmPass({
          ...g,
          m: Math.min(group, g.m - row),
          a: offset(g.a, g.aRow),
          c: offset(g.c, g.cRow),
          mask: g.mask === undefined ? undefined : offset(g.mask, g.cRow),
        });
      }
      return;
    }
    this.gemmPass(g);
  }

  private gemmPass(g: Gemm): void {
    const [s1, s2 = { count: 1, a: 0, b: 0 }, s3 = { count: 1, a: 0, b: 0 }] = g.sum;
    const accumulate = g.accumulate ? 1 : 0;
    let column = 0;
    const block = (lanes: GemmColumns, blocks: number) => {
      let row = 0;
      for (const mr of GEMM_ROWS) {
        const rows = Math.floor((g.m - row) / mr) * mr;
        if (rows === 0 || !fits(mr, lanes)) continue;
        this.exports[gemmName(mr, lanes, g.aRow === 1) as `gemm${string}`](
          blocks,
          rows,
          g.a + row * g.aRow * 4,
          g.aRow * 4,
          g.b + column * 4,
          g.c + (row * g.cRow + column) * 4,
          g.cRow * 4,
          accumulate,
          s1.count,
          s1.a * 4,
          s1.b * 4,
          s2.count,
          s2.a * 4,
          s2.b * 4,
          s3.count,
          s3.a * 4,
          s3.b * 4,
          g.mask === undefined ? 0 : 1,
          g.mask === undefined ? 0 : g.mask - g.c,
        );
        row += rows;
      }
      column += blocks * lanes.reduce((sum: number, n) => sum + n, 0);
    };
    // Products of at most 2 rows take 16 columns at a time.
    const sixteens = g.m <= 2 ? Math.floor(g.n / 16) : 0;
    if (sixteens > 0) block(WIDEST, sixteens);
    if (g.n - column === 10) block(TEN, 1);
    const eights = Math.floor((g.n - column) / 8);
    if (eights > 0) block([4, 4], eights);
    if (g.n - column >= 4) block([4], 1);
    const rest = g.n - column;
    if (rest > 0) block(rest === 3 ? [3] : rest === 2 ? [2] : [1], 1);
  }
}
