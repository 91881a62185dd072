/**
 * The WebGL engine's own shader programs, run by TF.js's WebGL backend through its public
 * `compileAndRun`; the products are TF.js's own packed kernels (ops.ts).
 *
 * Why: TF.js's layers, loss and Adam run a dense-100 step as 149 programs, each with its
 * JavaScript cost, most of them small elementwise passes (a bias, a ReLU, its gradient, Adam's
 * dozen). For models this small the count of programs, not their arithmetic, sets the speed on
 * a GPU. Here a ReLU's gradient is one program after the product; a bias's gradient one; the loss
 * and its gradient one each; Adam three per variable (WebGL writes one output per program: the
 * two moments, then the weight from them); dropout one.
 *
 * Nearly all of them read and write TF.js's packed layout (below), as its products do, so that
 * nothing is converted between them: on SwiftShader a program fetching one value at a time ran
 * the dense-100 product 20x slower than TF.js's packed one. The sizes are written into the code
 * as constants: one compiled program per layer shape, as TF.js does. Accessors: TF.js generates
 * `getX(...)` for an input named `x` (for a packed input, the 2x2 block holding that value),
 * `getXAtOutCoords()`, `getOutputCoords()`, `setOutput(v)` and `isnan` (see its
 * shader_compiler). GLSL reserves `filter` and `patch`, so they are not used as names.
 */
import type { GPGPUProgram } from '@tensorflow/tfjs-backend-webgl';

/** A stride-1 valid conv2d's shape: x [batch, h, w, c], filter [kh, kw, c, o]. */
export interface ConvShape {
  batch: number;
  height: number;
  width: number;
  inChannels: number;
  kh: number;
  kw: number;
  outChannels: number;
}

const outSize = (s: ConvShape) => [s.height - s.kh + 1, s.width - s.kw + 1] as const;

/**
 * The filter's gradient of a stride-1 valid conv2d: dW[i, j, c, o] = the sum over (b, y, x) of
 * x[b, y + i, x + j, c] dy[b, y, x, o]. x [batch, h, w, c], dy [batch, oh, ow, o].
 */
export function conv2dFilterGradProgram(s: ConvShape): GPGPUProgram {
  const [oh, ow] = outSize(s);
  return {
    variableNames: ['x', 'dy'],
    outputShape: [s.kh, s.kw, s.inChannels, s.outChannels],
    userCode: `
      void main() {
        ivec4 c = getOutputCoords();
        float sum = 0.0;
        for (int n = 0; n < ${s.batch}; n++)
          for (int yy = 0; yy < ${oh}; yy++)
            for (int xx = 0; xx < ${ow}; xx++)
              sum += getX(n, yy + c.x, xx + c.y, c.z) * getDy(n, yy, xx, c.w);
        setOutput(sum);
      }`,
  };
}

/**
 * Shared by the loss programs: for a row of logits [batch, classes], its largest logit (or NaN)
 * and the sum of exp(logit - max).
 */
const rowStatistics = (classes: number) => `
  void rowStats(int row, out float maxLogit, out float sumExp) {
    maxLogit = getLogits(row, 0);
    for (int j = 1; j < ${classes}; j++) {
      float v = getLogits(row, j);
      if (v > maxLogit || isnan(v)) maxLogit = v;
    }
    sumExp = 0.0;
    for (int j = 0; j < ${classes}; j++) sumExp += exp(getLogits(row, j) - maxLogit);
  }`;

/** A number as a GLSL float literal, exact for a float32 ("0.9" would not be: it is a double). */
function glslFloat(value: number): string {
  const text = Math.fround(value).toPrecision(9);
  return text.includes('.') || text.includes('e') ? text : `${text}.0`;
}

// ---------------------------------------------------------------------------------------------
// Packed programs: each texel holds a 2x2 block of values (TF.js's packed layout: the block
// of rows r, r+1 and columns c, c+1 as .x .y .z .w; a 1-D tensor's pairs as .x .y), so a fetch
// brings four values. TF.js's own products (its packed MatMul and im2col convolution) write
// this layout; these programs read and write it too, so nothing is converted between them.

/**
 * Helpers reading single values out of packed inputs: `el<Name>(r, c)` for a 2-D input and
 * `el<Name>(i)` for a 1-D one; the lane is the value's place in its block.
 */
function elementReaders(inputs: { name: string; rank: 1 | 2 }[]): string {
  return inputs
    .map(({ name, rank }) => {
      const get = `get${name.charAt(0).toUpperCase()}${name.slice(1)}`;
      const fn = `el${name.charAt(0).toUpperCase()}${name.slice(1)}`;
      return rank === 1
        ? `float ${fn}(int i) { vec4 v = ${get}(i); return (i - (i / 2) * 2) == 0 ? v.x : v.y; }`
        : `float ${fn}(int r, int c) {
             vec4 v = ${get}(r, c);
             return v[(r - (r / 2) * 2) * 2 + (c - (c / 2) * 2)];
           }`;
    })
    .join('\n');
}

/** p * (mask > 0), elementwise on two packed tensors of `shape`: a ReLU's gradient. */
export function maskedProgram(shape: number[]): GPGPUProgram {
  return {
    variableNames: ['p', 'mask'],
    outputShape: shape,
    packedInputs: true,
    packedOutput: true,
    userCode: `
      void main() {
        vec4 m = getMaskAtOutCoords();
        setOutput(getPAtOutCoords() * vec4(greaterThan(m, vec4(0.0))));
      }`,
  };
}

/** The sum of packed x [rows, columns] over its rows, as [1, columns]: a bias's gradient. */
export function columnSumPackedProgram(rows: number, columns: number): GPGPUProgram {
  const pairs = Math.floor(rows / 2);
  return {
    variableNames: ['x'],
    outputShape: [1, columns],
    packedInputs: true,
    packedOutput: true,
    userCode: `
      void main() {
        ivec2 c = getOutputCoords();
        vec2 sum = vec2(0.0);
        for (int r = 0; r < ${pairs}; r++) {
          vec4 v = getX(2 * r, c.y);
          sum += v.xy + v.zw;
        }
        ${rows % 2 === 1 ? `sum += getX(${rows - 1}, c.y).xy;` : ''}
        setOutput(vec4(sum, 0.0, 0.0));
      }`,
  };
}

/** Row statistics of packed logits [batch, classes], read value by value. */
const packedRowStatistics = (classes: number) => `
  ${elementReaders([
    { name: 'logits', rank: 2 },
    { name: 'labels', rank: 1 },
  ])}
  void rowStats(int row, out float maxLogit, out float sumExp) {
    maxLogit = elLogits(row, 0);
    for (int j = 1; j < ${classes}; j++) {
      float v = elLogits(row, j);
      if (v > maxLogit || isnan(v)) maxLogit = v;
    }
    sumExp = 0.0;
    for (int j = 0; j < ${classes}; j++) sumExp += exp(elLogits(row, j) - maxLogit);
  }
  float rowLoss(int row) {
    float maxLogit, sumExp;
    rowStats(row, maxLogit, sumExp);
    int label = int(elLabels(row));
    return label >= 0 && label < ${classes} ? maxLogit + log(sumExp) - elLogits(row, label) : 0.0;
  }`;

/**
 * The batch's mean softmax cross-entropy, a scalar, from packed logits [batch, classes] and
 * labels [batch] (a label outside the classes is an all-zero one-hot row and adds nothing, as
 * tf.oneHot makes it).
 */
export function softmaxCrossEntropyPackedProgram(batch: number, classes: number): GPGPUProgram {
  return {
    variableNames: ['logits', 'labels'],
    outputShape: [],
    packedInputs: true,
    userCode: `
      ${packedRowStatistics(classes)}
      void main() {
        float total = 0.0;
        for (int r = 0; r < ${batch}; r++) total += rowLoss(r);
        setOutput(total / ${batch}.0);
      }`,
  };
}

/**
 * The loss's gradient, dy / batch * (softmax(logits) - oneHot(labels)), written packed for the
 * product that reads it. Its
 * inputs are read unpacked: so dy, the tape's scalar 1 made on the CPU, goes in as a uniform
 * instead of an upload (TF.js does that only for programs with unpacked inputs).
 */
export function softmaxCrossEntropyGradToPackedProgram(
  batch: number,
  classes: number,
): GPGPUProgram {
  return {
    variableNames: ['logits', 'labels', 'dy'],
    outputShape: [batch, classes],
    packedOutput: true,
    userCode: `
      ${rowStatistics(classes)}
      vec2 rowGrad(int r, int c, float scale) {
        if (r >= ${batch}) return vec2(0.0);
        float maxLogit, sumExp;
        rowStats(r, maxLogit, sumExp);
        int label = int(getLabels(r));
        vec2 g;
        for (int k = 0; k < 2; k++) {
          int j = c + k;
          float p = j < ${classes} ? exp(getLogits(r, j) - maxLogit) / sumExp : 0.0;
          float hit = label == j ? 1.0 : 0.0;
          g[k] = j < ${classes} ? scale * (p - hit) : 0.0;
        }
        return g;
      }
      void main() {
        ivec2 c = getOutputCoords();
        float scale = getDy() / ${batch}.0;
        setOutput(vec4(rowGrad(c.x, c.y, scale), rowGrad(c.x + 1, c.y, scale)));
      }`,
  };
}

/**
 * An evaluation chunk's sums from packed logits and labels: [loss, hits, hits of class 0, ...,
 * hits of class classes - 1], the summed softmax cross-entropy and how many rows' first largest
 * logit is the label (as tf.argMax picks it), overall and by the label's class.
 */
export function evalSumsPackedProgram(batch: number, classes: number): GPGPUProgram {
  return {
    variableNames: ['logits', 'labels'],
    outputShape: [2 + classes],
    packedInputs: true,
    userCode: `
      ${packedRowStatistics(classes)}
      void main() {
        int which = getOutputCoords();
        float total = 0.0;
        for (int r = 0; r < ${batch}; r++) {
          if (which == 0) {
            total += rowLoss(r);
            continue;
          }
          int label = int(elLabels(r));
          if (which >= 2 && label != which - 2) continue;
          int best = 0;
          float bestValue = elLogits(r, 0);
          for (int j = 1; j < ${classes}; j++) {
            float v = elLogits(r, j);
            if (v > bestValue) { best = j; bestValue = v; }
          }
          if (best == label) total += 1.0;
        }
        setOutput(total);
      }`,
  };
}

/**
 * Adam's moment on packed tensors of the variable's own shape: beta m + (1 - beta) g, or with
 * `squared`, beta v + (1 - beta) g^2; the same float operations as TF.js's Adam.
 */
export function adamMomentPackedProgram(
  shape: number[],
  beta: number,
  oneMinusBeta: number,
  squared: boolean,
): GPGPUProgram {
  return {
    variableNames: ['m', 'g'],
    outputShape: shape,
    packedInputs: true,
    packedOutput: true,
    userCode: `
      void main() {
        vec4 g = getGAtOutCoords();
        setOutput(${glslFloat(beta)} * getMAtOutCoords() + ${glslFloat(oneMinusBeta)} * (${squared ? 'g * g' : 'g'}));
      }`,
  };
}

/**
 * Adam's step from the new moments, on packed tensors of the variable's own shape: p + step * m
 * / (sqrt(v) + epsilonHat), TF.js's bias corrections folded into step and epsilonHat
 * (fused-adam.ts derives them), both uniforms so that one compiled program serves every step.
 */
export function adamStepPackedProgram(shape: number[]): GPGPUProgram {
  return {
    variableNames: ['p', 'm', 'v'],
    outputShape: shape,
    packedInputs: true,
    packedOutput: true,
    customUniforms: [
      { name: 'step', type: 'float' },
      { name: 'epsilonHat', type: 'float' },
    ],
    userCode: `
      void main() {
        setOutput(getPAtOutCoords() + step * getMAtOutCoords() / (sqrt(getVAtOutCoords()) + epsilonHat));
      }`,
  };
}

/**
 * Dropout of packed x [rows, columns]: each element is kept with probability 1 - rate and scaled
 * by 1 / (1 - rate), or zeroed. The mask is a hash of (seed, flat index) (Chris Wellons'
 * lowbias32, a well-mixed 32-bit integer hash), so a second run with the same seed, on dy, is
 * the gradient; the seed is a uniform, so one compiled program serves every step and nothing is
 * uploaded.
 */
export function dropoutPackedProgram(rows: number, columns: number, rate: number): GPGPUProgram {
  return {
    variableNames: ['x'],
    outputShape: [rows, columns],
    packedInputs: true,
    packedOutput: true,
    customUniforms: [{ name: 'seed', type: 'int' }],
    userCode: `
      uint mix32(uint v) {
        v ^= v >> 16; v *= 0x7feb352du; v ^= v >> 15; v *= 0x846ca68bu; v ^= v >> 16;
        return v;
      }
      float keep(int index) {
        uint h = mix32(uint(index) ^ mix32(uint(seed)));
        return float(h >> 8) / 16777216.0 < ${glslFloat(rate)} ? 0.0 : ${glslFloat(1 / (1 - rate))};
      }
      void main() {
        ivec2 c = getOutputCoords();
        int i = c.x * ${columns} + c.y;
        vec4 k = vec4(keep(i), keep(i + 1), keep(i + ${columns}), keep(i + ${columns} + 1));
        setOutput(getXAtOutCoords() * k);
      }`,
  };
}

/**
 * The patches of a stride-1 valid conv2d's input, packed: row (b, y, x) of [batch * oh * ow,
 * kh * kw * c] holds the window under output (y, x), tap by tap, channels innermost (the
 * filter's own order). The filter's gradient is then one packed product, patches^T dy, where a
 * program that sums each weight's products one value at a time ran 4x slower on SwiftShader.
 */
export function im2colPackedProgram(s: ConvShape): GPGPUProgram {
  const [oh, ow] = outSize(s);
  const rows = s.batch * oh * ow;
  const columns = s.kh * s.kw * s.inChannels;
  return {
    variableNames: ['x'],
    outputShape: [rows, columns],
    packedInputs: true,
    packedOutput: true,
    userCode: `
      float elX(int b, int h, int w, int c) {
        vec4 v = getX(b, h, w, c);
        return v[(w - (w / 2) * 2) * 2 + (c - (c / 2) * 2)];
      }
      float windowValue(int row, int column) {
        if (row >= ${rows} || column >= ${columns}) return 0.0;
        int b = row / ${oh * ow};
        int at = row - b * ${oh * ow};
        int y = at / ${ow};
        int x = at - y * ${ow};
        int tap = column / ${s.inChannels};
        int c = column - tap * ${s.inChannels};
        int i = tap / ${s.kw};
        int j = tap - i * ${s.kw};
        return elX(b, y + i, x + j, c);
      }
      void main() {
        ivec2 rc = getOutputCoords();
        setOutput(vec4(windowValue(rc.x, rc.y), windowValue(rc.x, rc.y + 1),
                       windowValue(rc.x + 1, rc.y), windowValue(rc.x + 1, rc.y + 1)));
      }`,
  };
}
