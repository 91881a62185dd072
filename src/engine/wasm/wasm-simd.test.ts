import { setFlagsFromString } from 'node:v8';
import wabt from 'wabt';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { mulberry32 } from '../../data/split';
import { SIGNATURES, SimdKernels, op, simdModuleBytes, type SimdExports } from './wasm-simd';

const f32 = Math.fround;

// Node 20 runs relaxed SIMD behind a flag (browsers run it as is), so both variants are tested.
setFlagsFromString('--experimental-wasm-relaxed-simd');

/** A memory with a bump allocator, so every test lays its arrays out at odd places. */
function setup(relaxed = false) {
  const memory = new WebAssembly.Memory({ initial: 256 });
  const kernels = new SimdKernels(memory, relaxed);
  let next = 64;
  const random = mulberry32(7);
  const alloc = (count: number, values?: ArrayLike<number>) => {
    const pointer = next;
    next += count * 4 + 4; // never 16-byte aligned twice in a row
    const view = new Float32Array(memory.buffer, pointer, count);
    if (values) view.set(values);
    return { pointer, view };
  };
  const randoms = (count: number) => Float32Array.from({ length: count }, () => random() * 2 - 1);
  return { kernels, alloc, randoms };
}

/** wabt's toolkit, loaded once. */
let toolkit: ReturnType<typeof wabt> | undefined;

/**
 * wasm2wat's text form of a module, with the names of its name section; `check`: validate it,
 * else read it as it is, names and indices unchecked.
 */
async function wat(bytes: Uint8Array, check = true): Promise<string> {
  toolkit ??= wabt();
  const features = { simd: true, relaxed_simd: true };
  const module = (await toolkit).readWasm(bytes, { readDebugNames: true, check, ...features });
  try {
    if (check) {
      module.validate();
      module.generateNames();
      module.applyNames();
    }
    return module.toText({ foldExprs: false, inlineExport: false });
  } finally {
    module.destroy();
  }
}

/** The instructions wasm2wat reads in a function of this body alone (ill-typed, so unchecked). */
async function disassemble(body: number[]): Promise<string[]> {
  const code = [0, ...body, ...op.end]; // no locals
  const text = await wat(
    new Uint8Array([
      ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
      ...[0x01, 4, 1, 0x60, 0, 0], // one type, () -> ()
      ...[0x02, 15, 1, 3, ...new TextEncoder().encode('env'), 6],
      ...[...new TextEncoder().encode('memory'), 0x02, 0x00, 1], // env.memory, 1 page
      ...[0x03, 2, 1, 0], // one function of type 0
      ...[0x0a, code.length + 2, 1, code.length, ...code],
    ]),
    false,
  );
  const lines = text.slice(text.indexOf('(func (;0;)')).split('\n').slice(1);
  return lines.flatMap((line) => /[^\s()]+/.exec(line)?.[0] ?? []);
}

describe('the SIMD module', () => {
  // Each kernel's instructions, checked in: a change to a kernel shows in review as their diff.
  // `npx vitest run src/engine/wasm -u` rewrites them after a change that is meant.
  it('reads as its checked-in text form, which wabt validates', async () => {
    await expect(await wat(simdModuleBytes(false))).toMatchFileSnapshot(
      '__snapshots__/wasm-simd.wat',
    );
    await expect(await wat(simdModuleBytes(false, true))).toMatchFileSnapshot(
      '__snapshots__/wasm-simd.relaxed.wat',
    );
  });

  it('names each instruction as the text format does, and uses each one', async () => {
    const texts = (await wat(simdModuleBytes(false))) + (await wat(simdModuleBytes(false, true)));
    for (const [name, encode] of Object.entries(op)) {
      const immediates = name === 'v128_const' ? [new Array<number>(16).fill(0)] : [0, 0];
      const bytes =
        typeof encode === 'function'
          ? (encode as (...args: unknown[]) => number[])(...immediates)
          : encode;
      // A block, loop or if needs its end; an end, its block.
      const [mnemonic] = ['block', 'loop', 'if'].includes(name)
        ? await disassemble([...bytes, ...op.end])
        : name === 'end'
          ? (await disassemble([...op.block, ...bytes])).slice(1)
          : await disassemble(bytes);
      expect(mnemonic.replace('.', '_'), `op.${name}`).toBe(name);
      expect(texts, `op.${name} unused`).toMatch(
        new RegExp(`^ *${mnemonic.replace('.', '\\.')}\\b`, 'm'),
      );
    }
  });

  it('names its kernels where the engine reports them, as in a trap', () => {
    const { kernels } = setup();
    let trap: unknown;
    try {
      // Past the end of the memory: the trap's stack names the function as the name section does.
      kernels.reluGrad(kernels.memory.buffer.byteLength, 0, 0, 8);
    } catch (error) {
      trap = error;
    }
    expect(trap).toBeInstanceOf(WebAssembly.RuntimeError);
    expect((trap as Error).stack).toContain('at wasm-simd.reluGrad (wasm://wasm/wasm-simd-');
  });

  it("exports each kernel with its declared signature's arity and TypeScript type", () => {
    const module = new WebAssembly.Module(simdModuleBytes(false, true) as BufferSource);
    const memory = new WebAssembly.Memory({ initial: 1 });
    const exports = new WebAssembly.Instance(module, { env: { memory } }).exports;
    const names = WebAssembly.Module.exports(module).map((e) => e.name);
    expect(names.filter((name) => !name.startsWith('gemm'))).toEqual(
      Object.keys(SIGNATURES).filter((name) => name !== 'gemm'),
    );
    for (const name of names) {
      const kernel = name.startsWith('gemm') ? 'gemm' : (name as keyof typeof SIGNATURES);
      expect((exports[name] as () => void).length, name).toBe(SIGNATURES[kernel].params.length);
    }
    // The exports' TypeScript types, made from the same declaration.
    expectTypeOf<Parameters<SimdExports['adam']>['length']>().toEqualTypeOf<14>();
    expectTypeOf<SimdExports['reluGrad']>().toEqualTypeOf<
      (dy: number, y: number, out: number, count: number) => void
    >();
    expectTypeOf<Parameters<SimdExports['gemm4x44p']>['length']>().toEqualTypeOf<19>();
  });

  it('validates, with a plain and with a shared memory, relaxed or not', () => {
    for (const relaxed of [false, true]) {
      expect(WebAssembly.validate(simdModuleBytes(false, relaxed) as BufferSource)).toBe(true);
      expect(WebAssembly.validate(simdModuleBytes(true, relaxed) as BufferSource)).toBe(true);
    }
    expect(new SimdKernels(new WebAssembly.Memory({ initial: 1 })).relaxed).toBe(true);
    // Each product's multiply and add, one relaxed madd: the relaxed module is the shorter.
    expect(simdModuleBytes(false, true).length).toBeLessThan(simdModuleBytes(false).length);
  });

  it("flushes Adam's subnormal moments to zero, which would otherwise slow every step", () => {
    const { kernels, alloc } = setup();
    const min = 2 ** -126;
    // A weight whose gradient is always 0: its first moment shrinks by 0.9 a step. Lanes 0-3
    // and the scalar tail (lane 4) alike.
    const m = [1.05 * min, -1.05 * min, 2 * min, 0.5 * min, 1.1 * min];
    const count = m.length;
    const [p, g, mm, v, outP, outM, outV] = [
      alloc(count, new Array(count).fill(0.5)),
      alloc(count, new Array(count).fill(0)),
      alloc(count, m),
      alloc(count, [1.001 * min, 1e-3, 1e-3, 1e-3, 1e-3]),
      alloc(count),
      alloc(count),
      alloc(count),
    ];
    const s = { beta1: 0.9, oneMinusBeta1: 0.1, beta2: 0.999, oneMinusBeta2: 0.001 };
    kernels.adam(
      {
        p: p.pointer,
        g: g.pointer,
        m: mm.pointer,
        v: v.pointer,
        outP: outP.pointer,
        outM: outM.pointer,
        outV: outV.pointer,
      },
      count,
      { ...s, step: -1e-3, epsilonHat: 1e-7 },
    );
    // 0.9 x 1.05 min and 0.9 x 1.1 min are subnormal; 0.9 x 2 min is not.
    expect([...outM.view]).toEqual([0, 0, f32(1.8 * min), 0, 0]);
    // 0.999 x 1.001 min is subnormal too.
    expect(outV.view[0]).toBe(0);
    expect([...outP.view].slice(0, 2)).toEqual([0.5, 0.5]);
  });

  it("computes Adam's update in float32, one operation at a time", () => {
    const { kernels, alloc, randoms } = setup();
    for (const count of [1, 3, 4, 13, 64]) {
      const [p, g, m, v] = [randoms(count), randoms(count), randoms(count), randoms(count)];
      v.forEach((x, i) => (v[i] = Math.abs(x)));
      const ins = [p, g, m, v].map((values) => alloc(count, values));
      const outs = [0, 1, 2].map(() => alloc(count));
      const [c1, c2] = [f32(1 - f32(0.9 * 0.9)), f32(1 - f32(0.999 * 0.999))];
      const s = {
        beta1: f32(0.9),
        oneMinusBeta1: f32(1 - 0.9),
        beta2: f32(0.999),
        oneMinusBeta2: f32(1 - 0.999),
        step: f32((-0.001 * Math.sqrt(c2)) / c1),
        epsilonHat: f32(1e-7 * Math.sqrt(c2)),
      };
      const [pp, gp, mp, vp] = ins.map((x) => x.pointer);
      // In place as well: the outputs over the inputs.
      const copies = [p, m, v].map((values) => alloc(count, values));
      const [cp, cm, cv] = copies.map((x) => x.pointer);
      kernels.adam({ p: cp, g: gp, m: cm, v: cv, outP: cp, outM: cm, outV: cv }, count, s);
      kernels.adam(
        {
          p: pp,
          g: gp,
          m: mp,
          v: vp,
          outP: outs[0].pointer,
          outM: outs[1].pointer,
          outV: outs[2].pointer,
        },
        count,
        s,
      );
      for (let i = 0; i < count; i++) {
        const m2 = f32(f32(m[i] * s.beta1) + f32(g[i] * s.oneMinusBeta1));
        const v2 = f32(f32(v[i] * s.beta2) + f32(f32(g[i] * g[i]) * s.oneMinusBeta2));
        const p2 = f32(f32(f32(m2 / f32(f32(Math.sqrt(v2)) + s.epsilonHat)) * s.step) + p[i]);
        expect([outs[0].view[i], outs[1].view[i], outs[2].view[i]]).toEqual([p2, m2, v2]);
        expect([copies[0].view[i], copies[1].view[i], copies[2].view[i]]).toEqual([p2, m2, v2]);
      }
    }
  });

  it('computes the ReLU gradient, bias with ReLU, column sums and moments, a transpose', () => {
    const { kernels, alloc, randoms } = setup();
    for (const [rows, columns] of [
      [1, 1],
      [3, 5],
      [4, 8],
      [7, 10],
    ]) {
      const count = rows * columns;
      const dy = alloc(count, randoms(count));
      const y = alloc(
        count,
        randoms(count).map((x, i) => (i % 3 === 0 ? 0 : x)),
      );
      const out = alloc(count);
      kernels.reluGrad(dy.pointer, y.pointer, out.pointer, count);
      expect([...out.view]).toEqual([...dy.view].map((d, i) => d * (y.view[i] > 0 ? 1 : 0)));

      const x = alloc(count, randoms(count));
      const before = [...x.view];
      const bias = alloc(columns, randoms(columns));
      kernels.biasActivation(x.pointer, bias.pointer, rows, columns, true);
      expect([...x.view]).toEqual(
        before.map((value, i) => {
          const sum = f32(value + bias.view[i % columns]);
          return sum < 0 ? 0 : sum;
        }),
      );
      x.view.set(before);
      kernels.biasActivation(x.pointer, bias.pointer, rows, columns, false);
      expect([...x.view]).toEqual(before.map((value, i) => f32(value + bias.view[i % columns])));

      const sums = alloc(columns, new Float32Array(columns).fill(1));
      kernels.columnSum(x.pointer, sums.pointer, rows, columns);
      for (let c = 0; c < columns; c++) {
        let sum = 1;
        for (let r = 0; r < rows; r++) sum = f32(sum + x.view[r * columns + c]);
        expect(sums.view[c]).toBe(sum);
      }

      const firsts = alloc(columns, new Float32Array(columns).fill(1));
      const seconds = alloc(columns, new Float32Array(columns).fill(2));
      kernels.columnMoments(x.pointer, firsts.pointer, seconds.pointer, rows, columns);
      for (let c = 0; c < columns; c++) {
        let [sum, squares] = [1, 2];
        for (let r = 0; r < rows; r++) {
          const v = x.view[r * columns + c];
          sum = f32(sum + v);
          squares = f32(squares + f32(v * v));
        }
        expect(firsts.view[c]).toBe(sum);
        expect(seconds.view[c]).toBe(squares);
      }

      const t = alloc(count);
      kernels.transpose(x.pointer, t.pointer, rows, columns);
      for (let r = 0; r < rows; r++)
        for (let c = 0; c < columns; c++)
          expect(t.view[c * rows + r]).toBe(x.view[r * columns + c]);
    }
  });

  it.each([
    { shape: [2, 5, 7, 8], size: 2 },
    { shape: [1, 6, 6, 4], size: 3 },
    { shape: [3, 4, 4, 12], size: 2 },
  ])(
    "routes a max pool's gradient to each window's first maximum ($shape, size $size)",
    ({ shape, size }) => {
      const { kernels, alloc } = setup();
      const [batch, height, width, channels] = shape;
      const [outHeight, outWidth] = [Math.floor(height / size), Math.floor(width / size)];
      const count = batch * height * width * channels;
      const random = mulberry32(3);
      // Few distinct values, so that windows have ties.
      const x = alloc(
        count,
        Array.from({ length: count }, () => Math.floor(random() * 4)),
      );
      const dyCount = batch * outHeight * outWidth * channels;
      const dy = alloc(
        dyCount,
        Array.from({ length: dyCount }, () => random() + 0.5),
      );
      const out = alloc(count, new Float32Array(count));
      kernels.maxPoolGrad(dy.pointer, x.pointer, out.pointer, shape, [outHeight, outWidth], size);
      const expected = new Float32Array(count);
      const at = (b: number, y: number, xx: number, c: number) =>
        ((b * height + y) * width + xx) * channels + c;
      for (let b = 0; b < batch; b++)
        for (let oy = 0; oy < outHeight; oy++)
          for (let ox = 0; ox < outWidth; ox++)
            for (let c = 0; c < channels; c++) {
              let best = -Infinity;
              let where = -1;
              for (let i = 0; i < size; i++)
                for (let j = 0; j < size; j++) {
                  const index = at(b, oy * size + i, ox * size + j, c);
                  if (x.view[index] > best) [best, where] = [x.view[index], index];
                }
              expected[where] += dy.view[((b * outHeight + oy) * outWidth + ox) * channels + c];
            }
      expect([...out.view]).toEqual([...expected]);
    },
  );

  it('keeps NaN through bias and ReLU, as TF.js does', () => {
    const { kernels, alloc } = setup();
    const x = alloc(5, [NaN, -1, 2, -0, NaN]);
    const bias = alloc(5, [0, 0, 0, -0, 0]);
    kernels.biasActivation(x.pointer, bias.pointer, 1, 5, true);
    expect([...x.view]).toEqual([NaN, 0, 2, -0, NaN]);
  });

  const shapes = [
    [1, 1, 1],
    [4, 8, 3],
    [5, 10, 7],
    [7, 3, 9],
    [6, 13, 2],
    [32, 100, 17],
    [9, 6, 33],
    [6, 10, 500],
    [6, 1030, 3],
    [2, 37, 5],
    [1, 16, 4],
    // Twelve columns, an output layer's ten with the live map's two, in 4 and 1 row blocks.
    [5, 12, 40],
  ];
  const products = [false, true].flatMap((relaxed) =>
    shapes.map(([m, n, k]) => ({ m, n, k, relaxed })),
  );
  it.each(products)(
    'multiplies [$m, k] by [k, $n] (k $k, relaxed $relaxed), A plain or transposed',
    ({ m, n, k, relaxed }) => {
      const { kernels, alloc, randoms } = setup(relaxed);
      const a = alloc(m * k, randoms(m * k));
      const b = alloc(k * n, randoms(k * n));
      const c = alloc(m * n, randoms(m * n));
      const initial = [...c.view];
      const expected = (transposed: boolean, accumulate: boolean) =>
        Array.from({ length: m * n }, (_, index) => {
          const [i, j] = [Math.floor(index / n), index % n];
          let sum = 0;
          for (let q = 0; q < k; q++)
            sum += (transposed ? a.view[q * m + i] : a.view[i * k + q]) * b.view[q * n + j];
          return (accumulate ? initial[index] : 0) + sum;
        });
      const close = (actual: Float32Array, wanted: number[]) =>
        wanted.forEach((value, i) =>
          expect(Math.abs(actual[i] - value)).toBeLessThan(1e-4 * Math.sqrt(k)),
        );
      kernels.gemm({
        m,
        n,
        a: a.pointer,
        aRow: k,
        b: b.pointer,
        c: c.pointer,
        cRow: n,
        sum: [{ count: k, a: 1, b: n }],
        accumulate: true,
      });
      close(c.view, expected(false, true));
      // A read as the transpose of a [k, m] matrix: rows one float apart, the sum m floats.
      kernels.gemm({
        m,
        n,
        a: a.pointer,
        aRow: 1,
        b: b.pointer,
        c: c.pointer,
        cRow: n,
        sum: [{ count: k, a: m, b: n }],
      });
      close(c.view, expected(true, false));
    },
  );

  it.each([false, true])(
    "sums over nested axes, as a convolution's filter gradient does (relaxed %s)",
    (relaxed) => {
      const { kernels, alloc, randoms } = setup(relaxed);
      // x [2, 5, 6, 3], dy [2, 4, 4, 8] (a 2x3 filter, valid): dW[i, j, ci, co].
      const [batch, h, w, ci, kh, kw, co] = [2, 5, 6, 3, 2, 3, 8];
      const [oh, ow] = [h - kh + 1, w - kw + 1];
      const x = alloc(batch * h * w * ci, randoms(batch * h * w * ci));
      const dy = alloc(batch * oh * ow * co, randoms(batch * oh * ow * co));
      const dw = alloc(kh * kw * ci * co);
      for (let i = 0; i < kh; i++)
        kernels.gemm({
          m: kw * ci,
          n: co,
          a: x.pointer + i * w * ci * 4,
          aRow: 1,
          b: dy.pointer,
          c: dw.pointer + i * kw * ci * co * 4,
          cRow: co,
          sum: [
            { count: ow, a: ci, b: co },
            { count: oh, a: w * ci, b: ow * co },
            { count: batch, a: h * w * ci, b: oh * ow * co },
          ],
        });
      for (let i = 0; i < kh; i++)
        for (let j = 0; j < kw; j++)
          for (let c = 0; c < ci; c++)
            for (let o = 0; o < co; o++) {
              let sum = 0;
              for (let b = 0; b < batch; b++)
                for (let y = 0; y < oh; y++)
                  for (let xx = 0; xx < ow; xx++)
                    sum +=
                      x.view[((b * h + y + i) * w + xx + j) * ci + c] *
                      dy.view[((b * oh + y) * ow + xx) * co + o];
              expect(dw.view[((i * kw + j) * ci + c) * co + o]).toBeCloseTo(sum, 4);
            }
    },
  );
});
