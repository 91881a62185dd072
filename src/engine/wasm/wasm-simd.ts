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
 * The module is generated, not compiled: no toolchain, no binary in the repository. It carries
 * a name section, so a browser's debugger shows `$adam`, `$gemm4x44p` and their locals by name;
 * its text form is checked in as __snapshots__/wasm-simd*.wat (see wasm-simd.test.ts), so a
 * change to a kernel shows in review as a diff of its instructions. Each kernel is checked
 * against plain JavaScript in wasm-simd.test.ts.
 */

// ---------------------------------------------------------------------------------------------
// Encoding (https://webassembly.github.io/spec/core/binary/)

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
const f32Bytes = (...values: number[]): Bytes => [
  ...new Uint8Array(new Float32Array(values).buffer),
];

const MAGIC_AND_VERSION = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];
const SECTION = { custom: 0, type: 1, import: 2, function: 3, export: 7, code: 10 } as const;
/** Subsections of the custom section "name" (with the extended name section's type names). */
const NAME_SUBSECTION = { module: 0, function: 1, local: 2, type: 4 } as const;
const EXTERNAL_KIND = { func: 0x00, memory: 0x02 } as const;
const LIMITS = { min: 0x00, minMaxShared: 0x03 } as const;
const FUNC_TYPE = 0x60;
/** The block type of a block, loop or if that takes and leaves nothing on the stack. */
const EMPTY_BLOCK = 0x40;

/** Value types, by their names in the text format. */
const VALUE_TYPE = { i32: 0x7f, f32: 0x7d, v128: 0x7b } as const;
type ValueType = keyof typeof VALUE_TYPE;

/** A load or store's immediate: its alignment (log2 of bytes) and its offset in bytes. */
const memarg = (alignLog2: number, offset: number): Bytes => [alignLog2, ...uleb(offset)];
/** A SIMD instruction: the prefix 0xfd, then its opcode as an unsigned LEB128. */
const simd = (opcode: number, ...immediates: Bytes): Bytes => [
  0xfd,
  ...uleb(opcode),
  ...immediates,
];

/**
 * Every instruction the kernels use, named as the text format names it (`f32x4.mul` is
 * `op.f32x4_mul`); those with immediates take them as arguments. wasm-simd.test.ts holds each
 * name to what wabt reads in its bytes.
 * https://webassembly.github.io/spec/core/binary/instructions.html
 */
export const op = {
  block: [0x02, EMPTY_BLOCK],
  loop: [0x03, EMPTY_BLOCK],
  if: [0x04, EMPTY_BLOCK],
  end: [0x0b],
  br: (depth: number) => [0x0c, ...uleb(depth)],
  br_if: (depth: number) => [0x0d, ...uleb(depth)],
  select: [0x1b],
  local_get: (index: number) => [0x20, ...uleb(index)],
  local_set: (index: number) => [0x21, ...uleb(index)],
  f32_load: (offset = 0) => [0x2a, ...memarg(2, offset)],
  f32_store: (offset = 0) => [0x38, ...memarg(2, offset)],
  i32_const: (n: number) => [0x41, ...sleb(n)],
  f32_const: (x: number) => [0x43, ...f32Bytes(x)],
  i32_lt_s: [0x48],
  i32_ge_s: [0x4e],
  f32_lt: [0x5d],
  f32_gt: [0x5e],
  i32_add: [0x6a],
  i32_sub: [0x6b],
  i32_mul: [0x6c],
  i32_and: [0x71],
  i32_shl: [0x74],
  i32_shr_u: [0x76],
  f32_sqrt: [0x91],
  f32_add: [0x92],
  f32_mul: [0x94],
  f32_div: [0x95],
  v128_load: (offset = 0) => simd(0x00, ...memarg(4, offset)),
  v128_load32_splat: (offset = 0) => simd(0x09, ...memarg(2, offset)),
  v128_store: (offset = 0) => simd(0x0b, ...memarg(4, offset)),
  /** Its 16 bytes, lane 0 first. */
  v128_const: (bytes: Bytes) => simd(0x0c, ...bytes),
  f32x4_splat: simd(0x13),
  f32x4_eq: simd(0x41),
  f32x4_lt: simd(0x43),
  f32x4_gt: simd(0x44),
  v128_and: simd(0x4e),
  v128_andnot: simd(0x4f),
  v128_or: simd(0x50),
  v128_bitselect: simd(0x52),
  v128_load32_lane: (offset: number, lane: number) => simd(0x56, ...memarg(2, offset), lane),
  v128_store32_lane: (offset: number, lane: number) => simd(0x5a, ...memarg(2, offset), lane),
  v128_store64_lane: (offset: number, lane: number) => simd(0x5b, ...memarg(3, offset), lane),
  v128_load32_zero: (offset = 0) => simd(0x5c, ...memarg(2, offset)),
  v128_load64_zero: (offset = 0) => simd(0x5d, ...memarg(3, offset)),
  f32x4_sqrt: simd(0xe3),
  f32x4_add: simd(0xe4),
  f32x4_mul: simd(0xe6),
  f32x4_div: simd(0xe7),
  /** Relaxed SIMD's a * b + c, fused where the CPU has FMA. */
  f32x4_relaxed_madd: simd(0x105),
};

/** The v128 of four equal floats. */
const f32x4Const = (x: number): Bytes => op.v128_const(f32Bytes(x, x, x, x));
const V128_ZERO = f32x4Const(0);

// ---------------------------------------------------------------------------------------------
// Signatures

type Param = readonly [name: string, type: ValueType];
interface Signature {
  readonly params: readonly Param[];
  readonly results: readonly ValueType[];
}

/** Parameters of one type, in order: `[name, type]` pairs keeping their names as literal types. */
const typed =
  <T extends ValueType>(type: T) =>
  <const N extends readonly string[]>(...names: N) =>
    names.map((name) => [name, type] as const) as { [K in keyof N]: readonly [N[K], T] };
const i32 = typed('i32');
const f32 = typed('f32');

/**
 * Each kernel's parameters (named, typed, in order) and results, declared once: the module's
 * function types, its name section and the TypeScript type of its exports are all made from
 * this. Pointers are byte offsets into the memory; counts and strides are in floats, but for
 * the products' strides, in bytes.
 */
export const SIGNATURES = {
  adam: {
    params: [
      ...i32('p', 'g', 'm', 'v', 'outP', 'outM', 'outV', 'count'),
      ...f32('beta1', 'oneMinusBeta1', 'beta2', 'oneMinusBeta2', 'step', 'epsilonHat'),
    ],
    results: [],
  },
  reluGrad: { params: i32('dy', 'y', 'out', 'count'), results: [] },
  biasActivation: { params: i32('x', 'bias', 'rows', 'columns', 'relu'), results: [] },
  columnSum: { params: i32('x', 'out', 'rows', 'columns'), results: [] },
  columnMoments: { params: i32('x', 'sums', 'squares', 'rows', 'columns'), results: [] },
  transpose: { params: i32('x', 'out', 'rows', 'columns'), results: [] },
  maxPoolGrad: {
    params: i32(
      'dy',
      'x',
      'out',
      'batch',
      'outHeight',
      'outWidth',
      'inHeight',
      'inWidth',
      'channels',
      'size',
    ),
    results: [],
  },
  /** Every product `gemmName` names; strides in bytes. */
  gemm: {
    params: i32(
      'blocks',
      'rows',
      'a',
      'aRow',
      'b',
      'c',
      'cRow',
      'accumulate',
      'k1',
      'a1',
      'b1',
      'k2',
      'a2',
      'b2',
      'k3',
      'a3',
      'b3',
      'masked',
      'maskDelta',
    ),
    results: [],
  },
} as const satisfies Record<string, Signature>;
type Kernel = keyof typeof SIGNATURES;

/** What JavaScript passes and receives for a value type; a v128 cannot cross. */
type JsValue<T extends ValueType> = T extends 'v128' ? never : number;
type JsValues<T extends readonly ValueType[]> = { -readonly [K in keyof T]: JsValue<T[K]> };
type JsParams<P extends readonly Param[]> = {
  -readonly [K in keyof P]: P[K] extends readonly [string, infer T extends ValueType]
    ? JsValue<T>
    : never;
};
type JsResult<R extends readonly ValueType[]> = R extends readonly []
  ? void
  : R extends readonly [infer T extends ValueType]
    ? JsValue<T>
    : JsValues<R>;
/** An exported kernel, as JavaScript calls it. */
type Export<S extends Signature> = (...args: JsParams<S['params']>) => JsResult<S['results']>;
/** The module's exports, as JavaScript sees them. */
export type SimdExports = { [K in Exclude<Kernel, 'gemm'>]: Export<(typeof SIGNATURES)[K]> } & {
  [gemm: `gemm${string}`]: Export<typeof SIGNATURES.gemm>;
};

const valueTypes = (types: readonly ValueType[]): Bytes =>
  vector(types.map((type) => [VALUE_TYPE[type]]));
/** A signature's function type in the type section. */
const functionType = ({ params, results }: Signature): Bytes => [
  FUNC_TYPE,
  ...valueTypes(params.map(([, type]) => type)),
  ...valueTypes(results),
];

// ---------------------------------------------------------------------------------------------
// Functions

/** A function under construction: a kernel's named parameters, named locals, one flat body. */
class Func {
  readonly types: ValueType[] = [];
  /** Each parameter's and local's name, by index. */
  readonly localNames: string[] = [];
  private readonly names = new Map<string, number>();
  private readonly paramCount: number;
  body: Code = [];

  /** `kernel`: its signature in SIGNATURES; `name`: its export, by default the kernel's. */
  constructor(
    readonly kernel: Kernel,
    readonly name: string = kernel,
  ) {
    const { params } = SIGNATURES[kernel];
    for (const [local, type] of params) this.add(local, type);
    this.paramCount = params.length;
  }

  private add(local: string, type: ValueType): number {
    if (this.names.has(local)) throw new Error(`Local ${local} declared twice in ${this.name}.`);
    this.names.set(local, this.types.length);
    this.localNames.push(local);
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

  get = (local: string): Code => op.local_get(this.index(local));
  set = (local: string, value: Code): Code => [value, op.local_set(this.index(local))];
  /** local += amount (i32). */
  inc = (local: string, amount: Code): Code =>
    this.set(local, [this.get(local), amount, op.i32_add]);

  /** Its entry in the code section: locals one by one, then the body. */
  code(): Bytes {
    const locals = this.types.slice(this.paramCount).map((type) => [1, VALUE_TYPE[type]]);
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
    op.i32_const(1),
    op.i32_lt_s,
    op.br_if(1),
    body,
    f.inc(counter, op.i32_const(-1)),
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
    load: (address) => [address, op.v128_load()],
    store: (address, value) => [address, value, op.v128_store()],
    add: (a, b) => [a, b, op.f32x4_add],
    mul: (a, b) => [a, b, op.f32x4_mul],
    div: (a, b) => [a, b, op.f32x4_div],
    sqrt: (a) => [a, op.f32x4_sqrt],
    lt: (a, b) => [a, b, op.f32x4_lt],
    gt: (a, b) => [a, b, op.f32x4_gt],
    select: (a, b, condition) => [a, b, condition, op.v128_bitselect],
    constant: f32x4Const,
    get: (local) => f.get(x4(local)),
    set: (local, value) => f.set(x4(local), value),
  };
}

function scalarLanes(f: Func): Lanes {
  return {
    load: (address) => [address, op.f32_load()],
    store: (address, value) => [address, value, op.f32_store()],
    add: (a, b) => [a, b, op.f32_add],
    mul: (a, b) => [a, b, op.f32_mul],
    div: (a, b) => [a, b, op.f32_div],
    sqrt: (a) => [a, op.f32_sqrt],
    lt: (a, b) => [a, b, op.f32_lt],
    gt: (a, b) => [a, b, op.f32_gt],
    select: (a, b, condition) => [a, b, condition, op.select],
    constant: op.f32_const,
    get: (local) => f.get(local),
    set: (local, value) => f.set(local, value),
  };
}

/** Declares f32 locals and their v128 twins, for `Lanes.get` and `Lanes.set`. */
function laneLocals(f: Func, ...names: string[]): void {
  f.locals('f32', ...names);
  f.locals('v128', ...names.map(x4));
}

/** Declares the v128 twins of f32 parameters and fills them, once, before a loop. */
function splatParams(f: Func, ...names: string[]): Code {
  f.locals('v128', ...names.map(x4));
  return names.map((name) => f.set(x4(name), [f.get(name), op.f32x4_splat]));
}

/** Elementwise loop over `count` floats: `body(i, lanes)` on 4 at a time, then on the rest. */
function elementwise(f: Func, count: string, body: (byteOffset: Code, lanes: Lanes) => Code): Code {
  return [
    f.set('i', op.i32_const(0)),
    f.set('end', [f.get(count), op.i32_const(2), op.i32_shl]),
    f.set('vecEnd', [f.get('end'), op.i32_const(-16), op.i32_and]), // a multiple of 16 bytes
    op.block,
    op.loop,
    f.get('i'),
    f.get('vecEnd'),
    op.i32_ge_s,
    op.br_if(1),
    body(f.get('i'), vectorLanes(f)),
    f.inc('i', op.i32_const(16)),
    op.br(0),
    op.end,
    op.end,
    op.block,
    op.loop,
    f.get('i'),
    f.get('end'),
    op.i32_ge_s,
    op.br_if(1),
    body(f.get('i'), scalarLanes(f)),
    f.inc('i', op.i32_const(4)),
    op.br(0),
    op.end,
    op.end,
  ];
}

// ---------------------------------------------------------------------------------------------
// Kernels, their parameters as SIGNATURES declares them.

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

/**
 * Adam's update of `count` parameters: m' = m b1 + g (1 - b1), v' = v b2 + g² (1 - b2), and
 * p' = p + step m' / (sqrt(v') + epsilonHat), with step = -lr sqrt(1 - b2^t) / (1 - b1^t) and
 * epsilonHat = eps sqrt(1 - b2^t): TF.js's p - lr (m' / (1 - b1^t)) / (sqrt(v' / (1 - b2^t)) +
 * eps) with numerator and denominator multiplied by sqrt(1 - b2^t), which leaves one division
 * and one square root per parameter instead of three divisions and a root. Outputs may alias
 * inputs.
 */
function adamKernel(): Func {
  const f = new Func('adam');
  f.locals('i32', 'i', 'end', 'vecEnd');
  laneLocals(f, 'grad', 'moment', 'velocity');
  const at = (ptr: string, i: Code) => [f.get(ptr), i, op.i32_add];
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
  const f = new Func('reluGrad');
  f.locals('i32', 'i', 'end', 'vecEnd');
  const at = (ptr: string, i: Code) => [f.get(ptr), i, op.i32_add];
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
  const f = new Func('biasActivation');
  f.locals('i32', 'i', 'end', 'vecEnd', 'row');
  laneLocals(f, 'sum');
  const at = (ptr: string, i: Code) => [f.get(ptr), i, op.i32_add];
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
      f.inc('x', [f.get('columns'), op.i32_const(2), op.i32_shl]),
    ]),
  ];
  return f;
}

/** out[c] += sum over rows r of x[r, c]. */
function columnSumKernel(): Func {
  const f = new Func('columnSum');
  f.locals('i32', 'i', 'end', 'vecEnd', 'row');
  const at = (ptr: string, i: Code) => [f.get(ptr), i, op.i32_add];
  f.body = [
    f.set('row', f.get('rows')),
    countDown(f, 'row', [
      elementwise(f, 'columns', (i, L) =>
        L.store(at('out', i), L.add(L.load(at('out', i)), L.load(at('x', i)))),
      ),
      f.inc('x', [f.get('columns'), op.i32_const(2), op.i32_shl]),
    ]),
  ];
  return f;
}

/** sums[c] += x[r, c] and squares[c] += x[r, c]^2 over rows r: a column's first two moments in
 *  one pass (the live map's mean and total variance, inspect/live-map.ts). */
function columnMomentsKernel(): Func {
  const f = new Func('columnMoments');
  f.locals('i32', 'i', 'end', 'vecEnd', 'row');
  laneLocals(f, 'value');
  const at = (ptr: string, i: Code) => [f.get(ptr), i, op.i32_add];
  f.body = [
    f.set('row', f.get('rows')),
    countDown(f, 'row', [
      elementwise(f, 'columns', (i, L) => [
        L.set('value', L.load(at('x', i))),
        L.store(at('sums', i), L.add(L.load(at('sums', i)), L.get('value'))),
        L.store(
          at('squares', i),
          L.add(L.load(at('squares', i)), L.mul(L.get('value'), L.get('value'))),
        ),
      ]),
      f.inc('x', [f.get('columns'), op.i32_const(2), op.i32_shl]),
    ]),
  ];
  return f;
}

/** out[c, r] = x[r, c] for x [rows, columns]. */
function transposeKernel(): Func {
  const f = new Func('transpose');
  f.locals('i32', 'row', 'column', 'to', 'rowBytes');
  f.body = [
    f.set('rowBytes', [f.get('rows'), op.i32_const(2), op.i32_shl]),
    f.set('row', f.get('rows')),
    countDown(f, 'row', [
      f.set('to', f.get('out')),
      f.set('column', f.get('columns')),
      countDown(f, 'column', [
        f.get('to'),
        f.get('x'),
        op.f32_load(),
        op.f32_store(),
        f.inc('x', op.i32_const(4)),
        f.inc('to', f.get('rowBytes')),
      ]),
      f.inc('out', op.i32_const(4)),
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
  const f = new Func('maxPoolGrad');
  f.locals('i32', 'pixel', 'row', 'delta', 'nb', 'ny', 'nx', 'nc', 'ni', 'nj', 'pb', 'py', 'px');
  f.locals('i32', 'pc', 'pi', 'pj', 'pd');
  f.locals('v128', 'best', 'e', 'd', 'taken', 'hit');
  const mul = (a: Code, b: Code) => [a, b, op.i32_mul];
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
    f.set('pixel', mul(f.get('channels'), op.i32_const(4))),
    f.set('row', mul(f.get('inWidth'), f.get('pixel'))),
    f.set('delta', [f.get('out'), f.get('x'), op.i32_sub]),
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
          f.set('nc', [f.get('channels'), op.i32_const(2), op.i32_shr_u]), // vectors of 4 channels
          countDown(f, 'nc', [
            f.set('best', [f.get('pc'), op.v128_load()]),
            window([
              f.set('e', [f.get('pj'), op.v128_load()]),
              f.set('best', [
                f.get('e'),
                f.get('best'),
                [f.get('e'), f.get('best'), op.f32x4_gt],
                op.v128_bitselect,
              ]),
            ]),
            f.set('d', [f.get('pd'), op.v128_load()]),
            f.set('taken', V128_ZERO),
            window([
              f.set('hit', [
                [f.get('pj'), op.v128_load(), f.get('best'), op.f32x4_eq],
                f.get('taken'),
                op.v128_andnot,
              ]),
              [f.get('pj'), f.get('delta'), op.i32_add],
              [f.get('d'), f.get('hit'), op.v128_and],
              op.v128_store(),
              f.set('taken', [f.get('taken'), f.get('hit'), op.v128_or]),
            ]),
            f.inc('pc', op.i32_const(16)),
            f.inc('pd', op.i32_const(16)),
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
export const GEMM_COLUMNS = [
  [4, 4, 4, 4],
  [4, 4, 2],
  [4, 4, 4],
  [4, 4],
  [4],
  [3],
  [2],
  [1],
] as const;
type GemmRows = (typeof GEMM_ROWS)[number];
type GemmColumns = (typeof GEMM_COLUMNS)[number];
const WIDEST = GEMM_COLUMNS[0];
/** Ten columns, every model's output layer, in one pass over A instead of two (8, then 2):
 *  A is the report CNN's 23,328 activations per image. */
const TEN = GEMM_COLUMNS[1];
/** Twelve: an output layer's ten with the live map's two axes beside them (evaluate.ts). */
const TWELVE = GEMM_COLUMNS[2];
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
  const f = new Func('gemm', gemmName(mr, lanes, packed));
  const rows = Array.from({ length: mr }, (_, r) => r);
  const vectors = lanes.map((_, j) => j);
  const width = lanes.reduce((sum: number, n) => sum + n, 0);
  const acc = (r: number, j: number) => `acc${r}_${j}`;
  f.locals('i32', 'row', 'pa3', 'pb3', 'pa2', 'pb2', 'pa', 'pb', 'n1', 'n2', 'n3', 'pc', 'pr');
  f.locals('i32', ...rows.slice(1).map((r) => `aOff${r}`), ...rows.map((r) => `cOff${r}`));
  f.locals('v128', ...rows.flatMap((r) => vectors.map((j) => acc(r, j))));
  f.locals('v128', ...vectors.map((j) => `bv${j}`), 's', 'ones');

  // Partial vectors load and store only their lanes, so nothing past a row is touched.
  const load = (address: Code, j: number): Code => {
    const offset = 16 * j;
    switch (lanes[j]) {
      case 4:
        return [address, op.v128_load(offset)];
      case 2:
        return [address, op.v128_load64_zero(offset)];
      case 1:
        return [address, op.v128_load32_zero(offset)];
      default:
        return [
          f.set('s', [address, op.v128_load64_zero(offset)]),
          address,
          f.get('s'),
          op.v128_load32_lane(offset + 8, 2),
        ];
    }
  };
  const store = (address: Code, value: Code, j: number): Code => {
    const offset = 16 * j;
    switch (lanes[j]) {
      case 4:
        return [address, value, op.v128_store(offset)];
      case 2:
        return [address, value, op.v128_store64_lane(offset, 0)];
      case 1:
        return [address, value, op.v128_store32_lane(offset, 0)];
      default:
        return [
          [address, value, op.v128_store64_lane(offset, 0)],
          [address, value, op.v128_store32_lane(offset + 8, 2)],
        ];
    }
  };
  const cAddress = (r: number): Code => [f.get('pc'), f.get(`cOff${r}`), op.i32_add];
  const aSplat = (r: number): Code =>
    packed
      ? [f.get('pa'), op.v128_load32_splat(4 * r)]
      : [
          r === 0 ? f.get('pa') : [f.get('pa'), f.get(`aOff${r}`), op.i32_add],
          op.v128_load32_splat(),
        ];

  const inner: Code = [
    vectors.map((j) => f.set(`bv${j}`, load(f.get('pb'), j))),
    rows.map((r) => [
      f.set('s', aSplat(r)),
      vectors.map((j) =>
        f.set(
          acc(r, j),
          relaxed
            ? [f.get('s'), f.get(`bv${j}`), f.get(acc(r, j)), op.f32x4_relaxed_madd]
            : [f.get(acc(r, j)), f.get('s'), f.get(`bv${j}`), op.f32x4_mul, op.f32x4_add],
        ),
      ),
    ]),
    f.inc('pa', f.get('a1')),
    f.inc('pb', f.get('b1')),
  ];

  const rowBlock: Code = [
    rows.flatMap((r) => vectors.map((j) => f.set(acc(r, j), V128_ZERO))),
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
      vectors.map((j) => f.set(acc(r, j), [load(cAddress(r), j), f.get(acc(r, j)), op.f32x4_add])),
    ),
    op.end,
    // C *= (M > 0), M laid out as C: a ReLU's gradient, M its output.
    f.get('masked'),
    op.if,
    rows.flatMap((r) =>
      vectors.map((j) =>
        f.set(acc(r, j), [
          f.get(acc(r, j)),
          load([cAddress(r), f.get('maskDelta'), op.i32_add], j),
          V128_ZERO,
          op.f32x4_gt,
          f.get('ones'),
          op.v128_and,
          op.f32x4_mul,
        ]),
      ),
    ),
    op.end,
    rows.flatMap((r) => vectors.map((j) => store(cAddress(r), f.get(acc(r, j)), j))),
    f.inc('pr', [f.get('aRow'), op.i32_const(mr), op.i32_mul]),
    f.inc('pc', [f.get('cRow'), op.i32_const(mr), op.i32_mul]),
  ];

  f.body = [
    f.set('ones', [op.f32_const(1), op.f32x4_splat]),
    rows.slice(1).map((r) => f.set(`aOff${r}`, [f.get('aRow'), op.i32_const(r), op.i32_mul])),
    rows.map((r) => f.set(`cOff${r}`, [f.get('cRow'), op.i32_const(r), op.i32_mul])),
    countDown(f, 'blocks', [
      f.set('pr', f.get('a')),
      f.set('pc', f.get('c')),
      f.set('row', [f.get('rows'), op.i32_const(mr === 4 ? 2 : mr === 2 ? 1 : 0), op.i32_shr_u]),
      countDown(f, 'row', rowBlock),
      f.inc('b', op.i32_const(width * 4)),
      f.inc('c', op.i32_const(width * 4)),
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
    columnMomentsKernel(),
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

/** The kernels, in the order of their function types. */
const KERNELS = Object.keys(SIGNATURES) as Kernel[];

const subsection = (id: number, body: Bytes): Bytes => [id, ...uleb(body.length), ...body];
const nameMap = (names: readonly string[]): Bytes =>
  vector(names.map((name, i) => [...uleb(i), ...utf8(name)]));

/**
 * The custom section "name": the module's, its functions', their parameters' and locals', and
 * its types' names, which debuggers and wasm2wat show instead of indices.
 */
function nameSection(functions: Func[]): Bytes {
  return section(SECTION.custom, [
    ...utf8('name'),
    ...subsection(NAME_SUBSECTION.module, utf8('wasm-simd')),
    ...subsection(NAME_SUBSECTION.function, nameMap(functions.map((f) => f.name))),
    ...subsection(
      NAME_SUBSECTION.local,
      vector(functions.map((f, i) => [...uleb(i), ...nameMap(f.localNames)])),
    ),
    ...subsection(NAME_SUBSECTION.type, nameMap(KERNELS)),
  ]);
}

/**
 * The module's bytes; it imports its memory as env.memory, shared or not. `relaxed`: products
 * multiply and add with relaxed SIMD's madd, one instruction where the CPU has FMA (and then
 * one rounding instead of two), which browsers since 2023 run; Adam's update never does.
 */
export function simdModuleBytes(sharedMemory: boolean, relaxed = false): Uint8Array {
  const functions = allFunctions(relaxed);
  const pages = sharedMemory
    ? [LIMITS.minMaxShared, ...uleb(1), ...uleb(65536)]
    : [LIMITS.min, ...uleb(1)];
  const memory = [...utf8('env'), ...utf8('memory'), EXTERNAL_KIND.memory, ...pages];
  const exports = functions.map((f, i) => [...utf8(f.name), EXTERNAL_KIND.func, ...uleb(i)]);
  const bytes = [
    ...MAGIC_AND_VERSION,
    ...section(SECTION.type, vector(KERNELS.map((kernel) => functionType(SIGNATURES[kernel])))),
    ...section(SECTION.import, vector([memory])),
    ...section(SECTION.function, vector(functions.map((f) => uleb(KERNELS.indexOf(f.kernel))))),
    ...section(SECTION.export, vector(exports)),
    ...section(SECTION.code, vector(functions.map((f) => f.code()))),
    ...nameSection(functions),
  ];
  return new Uint8Array(bytes);
}

type I = number;

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

  columnMoments(x: I, sums: I, squares: I, rows: I, columns: I): void {
    this.exports.columnMoments(x, sums, squares, rows, columns);
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
    if (g.n - column === 12) block(TWELVE, 1);
    const eights = Math.floor((g.n - column) / 8);
    if (eights > 0) block([4, 4], eights);
    if (g.n - column >= 4) block([4], 1);
    const rest = g.n - column;
    if (rest > 0) block(rest === 3 ? [3] : rest === 2 ? [2] : [1], 1);
  }
}
