import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../data/split';
import { orthonormalizeColumns, symmetricEigen, topEigenvectors } from './pca';

/** |cos| of the angle between column j of a d x k block and `v`. */
function alignment(block: Float64Array, d: number, k: number, j: number, v: number[]): number {
  let dot = 0;
  let a = 0;
  let b = 0;
  for (let r = 0; r < d; r++) {
    dot += block[r * k + j] * v[r];
    a += block[r * k + j] ** 2;
    b += v[r] ** 2;
  }
  return Math.abs(dot) / Math.sqrt(a * b);
}

describe('symmetricEigen', () => {
  it('finds the exact eigenvalues and vectors of a 3x3 matrix', () => {
    // [[2, 1, 0], [1, 2, 0], [0, 0, 5]]: eigenvalues 5, 3, 1 with vectors e3, (1, 1, 0), (1, -1, 0).
    const { values, vectors } = symmetricEigen([2, 1, 0, 1, 2, 0, 0, 0, 5], 3);
    expect(Array.from(values)).toEqual([
      expect.closeTo(5, 12),
      expect.closeTo(3, 12),
      expect.closeTo(1, 12),
    ]);
    expect(alignment(vectors, 3, 3, 0, [0, 0, 1])).toBeCloseTo(1, 12);
    expect(alignment(vectors, 3, 3, 1, [1, 1, 0])).toBeCloseTo(1, 12);
    expect(alignment(vectors, 3, 3, 2, [1, -1, 0])).toBeCloseTo(1, 12);
  });

  it('rebuilds a random symmetric matrix from its eigenpairs', () => {
    const n = 6;
    const random = mulberry32(4);
    const a = new Float64Array(n * n);
    for (let i = 0; i < n; i++)
      for (let j = 0; j <= i; j++) a[i * n + j] = a[j * n + i] = random() - 0.5;
    const { values, vectors } = symmetricEigen(a, n);
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) {
        let sum = 0;
        for (let e = 0; e < n; e++) sum += vectors[i * n + e] * values[e] * vectors[j * n + e];
        expect(sum).toBeCloseTo(a[i * n + j], 10);
      }
  });

  it('refuses an array that is not n x n', () => {
    expect(() => symmetricEigen([1, 2, 3], 2)).toThrow(/2x2 matrix has 4 entries, not 3/);
  });
});

describe('orthonormalizeColumns', () => {
  it('leaves orthonormal columns, and zeroes one that depends on the others', () => {
    const q = Float64Array.from([1, 2, 2, 1, 4, 0, 0, 1, 0]);
    orthonormalizeColumns(q, 3, 3);
    for (let i = 0; i < 3; i++)
      for (let j = 0; j < 3; j++) {
        let dot = 0;
        for (let r = 0; r < 3; r++) dot += q[r * 3 + i] * q[r * 3 + j];
        expect(dot).toBeCloseTo(i === j ? 1 : 0, 12);
      }
    const dependent = Float64Array.from([1, 2, 1, 2]);
    orthonormalizeColumns(dependent, 2, 2);
    expect(Array.from(dependent).filter((_, i) => i % 2 === 1)).toEqual([0, 0]);
  });
});

describe('topEigenvectors', () => {
  it('matches the exact eigendecomposition of a known covariance, given only products', async () => {
    // A 3x3 covariance with eigenvalues 9, 4, 1 along a rotated basis.
    const c = 1 / Math.sqrt(2);
    const basis = [
      [c, c, 0],
      [-c, c, 0],
      [0, 0, 1],
    ];
    const lambdas = [9, 4, 1];
    const cov = new Float64Array(9);
    for (let i = 0; i < 3; i++)
      for (let j = 0; j < 3; j++)
        for (let e = 0; e < 3; e++) cov[i * 3 + j] += basis[e][i] * lambdas[e] * basis[e][j];
    const multiply = (block: Float64Array, k: number) => {
      const out = new Float64Array(3 * k);
      for (let i = 0; i < 3; i++)
        for (let j = 0; j < k; j++)
          for (let r = 0; r < 3; r++) out[i * k + j] += cov[i * 3 + r] * block[r * k + j];
      return out;
    };
    const exact = symmetricEigen(cov, 3);
    const found = await topEigenvectors(multiply, 3, 2, mulberry32(1), {
      maxIterations: 60,
      tolerance: 1e-14,
      watch: 2,
    });
    expect(found.values[0]).toBeCloseTo(exact.values[0], 8);
    expect(found.values[1]).toBeCloseTo(exact.values[1], 8);
    expect(found.values[0]).toBeCloseTo(9, 8);
    for (let j = 0; j < 2; j++)
      expect(alignment(found.vectors, 3, 2, j, basis[j])).toBeCloseTo(1, 8);
  });

  it('stops once the leading values settle, well before the most iterations', async () => {
    // diag(10, 1, 0.5, 0.1): the top two separate fast from the rest.
    const diagonal = [10, 1, 0.5, 0.1];
    let products = 0;
    const multiply = (block: Float64Array, k: number) => {
      products++;
      return block.map((v, i) => v * diagonal[Math.floor(i / k)]);
    };
    const found = await topEigenvectors(multiply, 4, 3, mulberry32(2), {
      maxIterations: 100,
      tolerance: 1e-6,
      watch: 2,
    });
    expect(found.values[0]).toBeCloseTo(10, 4);
    expect(found.values[1]).toBeCloseTo(1, 4);
    expect(products).toBe(found.iterations);
    expect(found.iterations).toBeLessThan(30);
  });

  it('refuses more eigenvectors than dimensions', async () => {
    await expect(topEigenvectors(() => new Float64Array(4), 2, 3, Math.random)).rejects.toThrow(
      /3 eigenvectors of a 2x2/,
    );
  });
});
