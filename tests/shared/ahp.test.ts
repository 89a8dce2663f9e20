import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AhpInputError, ahpWeights, pairCount, pairwiseMatrix, saatyRandomIndex } from '../../shared/domain/ahp';

/** The matrix a decision maker with exactly these weights would write: aᵢⱼ = wᵢ/wⱼ. */
const consistentMatrix = (weights: readonly number[]) => weights.map((wi) => weights.map((wj) => wi / wj));

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/** A·w = λ·w, entry by entry. */
function expectEigenpair(matrix: number[][], weights: number[], lambda: number) {
  matrix.forEach((row, i) => {
    const product = sum(row.map((value, j) => value * (weights[j] ?? NaN)));
    expect(product).toBeCloseTo(lambda * (weights[i] ?? NaN), 9);
  });
}

describe('ahpWeights', () => {
  it('recovers the exact weights of a consistent matrix, with CR 0 and nothing to point at', () => {
    const weights = [0.4, 0.3, 0.2, 0.1];
    const result = ahpWeights(consistentMatrix(weights));
    result.weights.forEach((weight, i) => expect(weight).toBeCloseTo(weights[i] ?? NaN, 12));
    expect(result.lambdaMax).toBeCloseTo(4, 12);
    expect(result.consistencyIndex).toBeCloseTo(0, 12);
    expect(result.consistencyRatio).toBeCloseTo(0, 12);
    expect(result.mostInconsistent).toBeNull();
  });

  it('matches the textbook 3×3 example: weights 0.637, 0.258, 0.105, λmax 3.039, CR 0.033', () => {
    // The "1, 3, 5 / 1/3, 1, 3" example reproduced in many AHP tutorials after Saaty (1980), with
    // RI(3) = 0.58. Checked here in closed form, which holds for every 3×3 reciprocal matrix
    // (Crawford & Williams, 1985): the eigenvector is the normalised row geometric means
    //   ∛15 = 2.4662, ∛1 = 1, ∛(1/15) = 0.4055, sum 3.8717 → 0.6370, 0.2583, 0.1047,
    // and λmax = 1 + ρ^⅓ + ρ^−⅓ with ρ = a₁₃/(a₁₂·a₂₃) = 5/9 → 1 + 0.8221 + 1.2164 = 3.0385,
    // so CI = 0.0385/2 = 0.0193 and CR = 0.0193/0.58 = 0.0332.
    const matrix = [
      [1, 3, 5],
      [1 / 3, 1, 3],
      [1 / 5, 1 / 3, 1],
    ];
    const result = ahpWeights(matrix);
    expect(result.weights.map((weight) => weight.toFixed(3))).toEqual(['0.637', '0.258', '0.105']);
    expect(result.lambdaMax.toFixed(3)).toBe('3.039');
    expect(result.consistencyIndex.toFixed(3)).toBe('0.019');
    expect(result.consistencyRatio.toFixed(3)).toBe('0.033');

    const rho = 5 / 9;
    expect(result.lambdaMax).toBeCloseTo(1 + Math.cbrt(rho) + 1 / Math.cbrt(rho), 10);
    const geometricMeans = [Math.cbrt(15), 1, Math.cbrt(1 / 15)];
    result.weights.forEach((weight, i) =>
      expect(weight).toBeCloseTo((geometricMeans[i] ?? NaN) / sum(geometricMeans), 10),
    );
    expectEigenpair(matrix, result.weights, result.lambdaMax);
    // In a 3×3 every judgment is equally off, so the first in reading order is named.
    expect(result.mostInconsistent).toEqual({ row: 0, col: 1 });
  });

  it('takes a single criterion: weight 1, CR 0', () => {
    expect(ahpWeights([[1]])).toEqual({
      weights: [1],
      lambdaMax: 1,
      consistencyIndex: 0,
      consistencyRatio: 0,
      mostInconsistent: null,
    });
  });

  it('solves two criteria exactly: a judgment of 3 gives 3/4 and 1/4, always consistent', () => {
    expect(
      ahpWeights([
        [1, 3],
        [1 / 3, 1],
      ]),
    ).toEqual({
      weights: [0.75, 0.25],
      lambdaMax: 2,
      consistencyIndex: 0,
      consistencyRatio: 0,
      mostInconsistent: null,
    });
  });

  it('handles ten criteria: exact when consistent, and points at the one judgment that was changed', () => {
    const weights = Array.from({ length: 10 }, (_, i) => (i + 1) / 55);
    const consistent = ahpWeights(consistentMatrix(weights));
    consistent.weights.forEach((weight, i) => expect(weight).toBeCloseTo(weights[i] ?? NaN, 12));
    expect(consistent.consistencyRatio).toBeCloseTo(0, 12);
    expect(consistent.mostInconsistent).toBeNull();

    const matrix = consistentMatrix(weights);
    const [row, col] = [2, 7];
    const judged = 4 * (matrix[row]?.[col] ?? NaN);
    matrix[row] = (matrix[row] ?? []).map((value, j) => (j === col ? judged : value));
    matrix[col] = (matrix[col] ?? []).map((value, j) => (j === row ? 1 / judged : value));
    const result = ahpWeights(matrix);
    expect(result.consistencyRatio).toBeGreaterThan(0);
    expect(result.consistencyIndex).toBeCloseTo((result.lambdaMax - 10) / 9, 12);
    expect(result.consistencyRatio).toBeCloseTo(result.consistencyIndex / 1.49, 12);
    expect(sum(result.weights)).toBeCloseTo(1, 12);
    expectEigenpair(matrix, result.weights, result.lambdaMax);
    expect(result.mostInconsistent).toEqual({ row, col });
  });

  it('finds the principal eigenpair of any reciprocal matrix on Saaty’s scale', () => {
    const saatyValue = fc.constantFrom(
      1,
      2,
      3,
      4,
      5,
      6,
      7,
      8,
      9,
      1 / 2,
      1 / 3,
      1 / 4,
      1 / 5,
      1 / 6,
      1 / 7,
      1 / 8,
      1 / 9,
    );
    const reciprocalMatrix = fc.integer({ min: 3, max: 8 }).chain((n) =>
      fc.array(saatyValue, { minLength: pairCount(n), maxLength: pairCount(n) }).map((upper) => {
        const matrix = Array.from({ length: n }, () => Array.from({ length: n }, () => 1));
        let k = 0;
        for (let i = 0; i < n; i++) {
          for (let j = i + 1; j < n; j++) {
            const value = upper[k++] ?? 1;
            (matrix[i] ?? [])[j] = value;
            (matrix[j] ?? [])[i] = 1 / value;
          }
        }
        return matrix;
      }),
    );
    fc.assert(
      fc.property(reciprocalMatrix, (matrix) => {
        const result = ahpWeights(matrix);
        expect(sum(result.weights)).toBeCloseTo(1, 12);
        expect(result.weights.every((weight) => weight > 0)).toBe(true);
        expect(result.lambdaMax).toBeGreaterThanOrEqual(matrix.length - 1e-9);
        expect(result.consistencyRatio).toBeGreaterThanOrEqual(0);
        expectEigenpair(matrix, result.weights, result.lambdaMax);
        const pointer = result.mostInconsistent;
        if (pointer !== null) expect(pointer.row).toBeLessThan(pointer.col);
      }),
    );
  });

  it('finds consistency in any matrix built from weights', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0.01, max: 100, noNaN: true }), { minLength: 1, maxLength: 12 }), (raw) => {
        const weights = raw.map((value) => value / sum(raw));
        const result = ahpWeights(consistentMatrix(weights));
        result.weights.forEach((weight, i) => expect(weight).toBeCloseTo(weights[i] ?? NaN, 9));
        expect(result.consistencyRatio).toBeCloseTo(0, 9);
        expect(result.mostInconsistent).toBeNull();
      }),
    );
  });

  it.each([
    ['empty', [], /empty/],
    ['not square', [[1, 2], [1 / 2]], /not square/],
    [
      'a row too long',
      [
        [1, 2, 3],
        [1 / 2, 1],
      ],
      /not square/,
    ],
    [
      'a zero judgment',
      [
        [1, 0],
        [1, 1],
      ],
      /positive/,
    ],
    [
      'a negative judgment',
      [
        [1, -3],
        [-1 / 3, 1],
      ],
      /positive/,
    ],
    [
      'NaN',
      [
        [1, NaN],
        [1, 1],
      ],
      /finite/,
    ],
    [
      'Infinity',
      [
        [1, Infinity],
        [0, 1],
      ],
      /finite/,
    ],
    [
      'a diagonal other than 1',
      [
        [2, 1],
        [1, 1],
      ],
      /itself must be 1/,
    ],
    [
      'non-reciprocal judgments',
      [
        [1, 3, 1],
        [1 / 2, 1, 1],
        [1, 1, 1],
      ],
      /\(0, 1\) = 3 and \(1, 0\) = 0\.5 are not reciprocal/,
    ],
  ])('rejects %s with a clear AhpInputError', (_, matrix, message) => {
    expect(() => ahpWeights(matrix)).toThrow(AhpInputError);
    expect(() => ahpWeights(matrix)).toThrow(message);
  });
});

describe('pairwiseMatrix', () => {
  it('fills reciprocals, counts unjudged pairs as equal, ignores unknown ids, and lets the later judgment win', () => {
    const matrix = pairwiseMatrix(
      ['price', 'quality', 'culture'],
      [
        { a: 'price', b: 'quality', value: 3 },
        { a: 'price', b: 'ghost', value: 9 },
        { a: 'culture', b: 'culture', value: 5 },
        { a: 'quality', b: 'price', value: 2 },
      ],
    );
    expect(matrix).toEqual([
      [1, 1 / 2, 1],
      [2, 1, 1],
      [1, 1, 1],
    ]);
  });

  it('gives equal weights when nobody judged anything', () => {
    expect(ahpWeights(pairwiseMatrix(['a', 'b', 'c', 'd'], [])).weights).toEqual([0.25, 0.25, 0.25, 0.25]);
  });
});

describe('Saaty’s random index and pair count', () => {
  it('uses Saaty’s table, 0 below three and 1.59 from fifteen', () => {
    const table = [0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59, 1.59, 1.59];
    expect(table.map((_, i) => saatyRandomIndex(i + 1))).toEqual(table);
    expect(saatyRandomIndex(40)).toBe(1.59);
  });

  it('counts n(n − 1)/2 judgments', () => {
    expect([1, 2, 3, 10, 30].map(pairCount)).toEqual([0, 1, 3, 45, 435]);
  });
});
