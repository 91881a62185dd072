/**
 * Principal components without a linear-algebra library: a cyclic Jacobi eigensolver for small
 * symmetric matrices, and subspace (block power) iteration for the top eigenvectors of a large
 * covariance that is only ever multiplied by, never formed (a CNN's 23,328 activations would
 * make a 2 GB covariance). Matrices are row-major Float64Arrays; a d x k block holds k columns.
 */

/** Sweeps of the Jacobi method: each squares the off-diagonal error; 50 is far past float64. */
const MAX_JACOBI_SWEEPS = 50;
/** Off-diagonal mass, relative to the whole, below which a matrix counts as diagonal. */
const JACOBI_TOLERANCE = 1e-24;

/**
 * Eigenvalues (descending) and eigenvectors of the symmetric n x n matrix `a`: column j of
 * `vectors` (vectors[i * n + j]) belongs to values[j]. `a` is not changed.
 */
export function symmetricEigen(
  a: ArrayLike<number>,
  n: number,
): { values: Float64Array; vectors: Float64Array } {
  if (a.length !== n * n)
    throw new RangeError(`A ${n}x${n} matrix has ${n * n} entries, not ${a.length}.`);
  const m = Float64Array.from(a);
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i++) v[i * n + i] = 1;
  let total = 0;
  for (let i = 0; i < n * n; i++) total += m[i] * m[i];
  for (let sweep = 0; sweep < MAX_JACOBI_SWEEPS; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += m[p * n + q] ** 2;
    if (off <= JACOBI_TOLERANCE * total) break;
    for (let p = 0; p < n; p++)
      for (let q = p + 1; q < n; q++) {
        const apq = m[p * n + q];
        if (apq === 0) continue;
        // The rotation that zeroes m[p][q] (Golub and Van Loan, algorithm 8.4.1).
        const theta = (m[q * n + q] - m[p * n + p]) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const mkp = m[k * n + p];
          const mkq = m[k * n + q];
          m[k * n + p] = c * mkp - s * mkq;
          m[k * n + q] = s * mkp + c * mkq;
        }
        for (let k = 0; k < n; k++) {
          const mpk = m[p * n + k];
          const mqk = m[q * n + k];
          m[p * n + k] = c * mpk - s * mqk;
          m[q * n + k] = s * mpk + c * mqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k * n + p];
          const vkq = v[k * n + q];
          v[k * n + p] = c * vkp - s * vkq;
          v[k * n + q] = s * vkp + c * vkq;
        }
      }
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => m[j * n + j] - m[i * n + i]);
  const values = Float64Array.from(order, (i) => m[i * n + i]);
  const vectors = new Float64Array(n * n);
  order.forEach((from, to) => {
    for (let k = 0; k < n; k++) vectors[k * n + to] = v[k * n + from];
  });
  return { values, vectors };
}

/**
 * Makes the k columns of the d x k block `q` orthonormal in place (modified Gram-Schmidt, twice,
 * which keeps them orthogonal to rounding). A column that depends on the ones before becomes 0.
 */
export function orthonormalizeColumns(q: Float64Array, d: number, k: number): void {
  for (let pass = 0; pass < 2; pass++)
    for (let j = 0; j < k; j++) {
      for (let i = 0; i < j; i++) {
        let dot = 0;
        for (let r = 0; r < d; r++) dot += q[r * k + i] * q[r * k + j];
        for (let r = 0; r < d; r++) q[r * k + j] -= dot * q[r * k + i];
      }
      let norm = 0;
      for (let r = 0; r < d; r++) norm += q[r * k + j] ** 2;
      norm = Math.sqrt(norm);
      for (let r = 0; r < d; r++) q[r * k + j] = norm > 1e-12 ? q[r * k + j] / norm : 0;
    }
}

/** Multiplies a d x k block by a symmetric d x d matrix that the caller holds in some form. */
export type BlockMultiply = (
  block: Float64Array,
  k: number,
) => Float64Array | Promise<Float64Array>;

/** Options of topEigenvectors: when to stop iterating. */
export interface IterationOptions {
  /** Products at most. */
  maxIterations: number;
  /** Stop once the `watch` leading Ritz values change by less than this, relatively. */
  tolerance: number;
  watch: number;
}

export const DEFAULT_ITERATION: IterationOptions = { maxIterations: 8, tolerance: 1e-3, watch: 2 };

/**
 * The top `k` eigenvalues (descending) and eigenvectors (a d x k block) of a symmetric positive
 * semi-definite d x d matrix given only as `multiply`: subspace iteration from a seeded random
 * block, with Rayleigh-Ritz on each product, stopping when the leading Ritz values settle. The
 * error of eigenvector j shrinks by about lambda_{k+1} / lambda_j per product: ask for a few
 * more than you need and use the first ones. Each product is the costly part (for the report
 * CNN a pass over 2,000 x 23,328 activations), so the Ritz step reuses it rather than making
 * one more.
 */
export async function topEigenvectors(
  multiply: BlockMultiply,
  d: number,
  k: number,
  random: () => number,
  { maxIterations, tolerance, watch }: IterationOptions = DEFAULT_ITERATION,
): Promise<{ values: Float64Array; vectors: Float64Array; iterations: number }> {
  if (k < 1 || k > d) throw new RangeError(`Cannot find ${k} eigenvectors of a ${d}x${d} matrix.`);
  let q = Float64Array.from({ length: d * k }, () => random() - 0.5);
  orthonormalizeColumns(q, d, k);
  let previous: Float64Array | null = null;
  for (let iteration = 1; ; iteration++) {
    const z = await multiply(q, k);
    // Rayleigh-Ritz: the best vectors within the span of q, and their eigenvalues.
    const t = new Float64Array(k * k);
    for (let i = 0; i < k; i++)
      for (let j = 0; j < k; j++) {
        let sum = 0;
        for (let r = 0; r < d; r++) sum += q[r * k + i] * z[r * k + j];
        t[i * k + j] = sum;
      }
    for (let i = 0; i < k; i++)
      for (let j = i + 1; j < k; j++)
        t[i * k + j] = t[j * k + i] = (t[i * k + j] + t[j * k + i]) / 2;
    const small = symmetricEigen(t, k);
    const settled =
      previous !== null &&
      Array.from({ length: Math.min(watch, k) }, (_, j) => j).every(
        (j) => Math.abs(small.values[j] - previous![j]) <= tolerance * Math.abs(small.values[j]),
      );
    if (settled || iteration >= maxIterations) {
      const vectors = new Float64Array(d * k);
      for (let r = 0; r < d; r++)
        for (let j = 0; j < k; j++) {
          let sum = 0;
          for (let i = 0; i < k; i++) sum += q[r * k + i] * small.vectors[i * k + j];
          vectors[r * k + j] = sum;
        }
      return { values: small.values, vectors, iterations: iteration };
    }
    previous = small.values;
    q = Float64Array.from(z);
    orthonormalizeColumns(q, d, k);
  }
}
