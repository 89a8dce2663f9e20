/**
 * Weights from pairwise judgments (Saaty's analytic hierarchy process): the principal eigenvector of the
 * judgment matrix, how consistent the judgments are, and which single judgment is most out of line.
 * The exact rules are in ../shared/DOMAIN.md, "Vendor-fit scoring".
 */

export interface AhpResult {
  /** Principal eigenvector, normalised to sum to 1, in the matrix's row order. */
  weights: number[];
  lambdaMax: number;
  /** (λmax − n)/(n − 1); 0 when n ≤ 2. */
  consistencyIndex: number;
  /** CI / RI(n); 0 when n ≤ 2. Above `acceptableConsistencyRatio` the judgments deserve a second look. */
  consistencyRatio: number;
  /** The judgment (row < col) furthest from what the weights imply; null when n ≤ 2 or the matrix is consistent. */
  mostInconsistent: { row: number; col: number } | null;
}

/** Saaty's threshold: a consistency ratio above this is worth revisiting. */
export const acceptableConsistencyRatio = 0.1;

/** A matrix `ahpWeights` cannot take: the message says which entry and why. */
export class AhpInputError extends Error {
  override name = 'AhpInputError';
}

const reciprocalTolerance = 1e-9;
const convergenceTolerance = 1e-12;
const maxIterations = 10_000;
/** Below this every judgment agrees with the weights: the matrix is consistent. */
const consistentDeviation = 1e-6;
/** Deviations this close count as equal, so the first in reading order wins instead of rounding noise. */
const deviationTieTolerance = 1e-9;

/** Saaty's random indices for n = 3 … 14; 15 and more use 1.59. */
const randomIndices: Readonly<Record<number, number>> = {
  3: 0.58,
  4: 0.9,
  5: 1.12,
  6: 1.24,
  7: 1.32,
  8: 1.41,
  9: 1.45,
  10: 1.49,
  11: 1.51,
  12: 1.48,
  13: 1.56,
  14: 1.57,
};

/** Saaty's random consistency index RI(n): 0 for n ≤ 2, where every reciprocal matrix is consistent. */
export function saatyRandomIndex(n: number): number {
  if (n <= 2) return 0;
  return randomIndices[n] ?? 1.59;
}

/** How many judgments a full comparison of n criteria takes: n(n − 1)/2. */
export const pairCount = (n: number): number => (n * (n - 1)) / 2;

export interface PairwiseJudgment {
  a: string;
  b: string;
  /** How much more important `a` is than `b` on Saaty's scale (1/9 … 9). */
  value: number;
}

/**
 * The judgment matrix for these criteria, rows and columns in `criterionIds` order. A pair nobody judged
 * counts as equally important (1); a judgment naming an unknown id, or comparing a criterion with itself,
 * is ignored; the later of two judgments of the same pair wins, in either orientation.
 */
export function pairwiseMatrix(criterionIds: readonly string[], judgments: readonly PairwiseJudgment[]): number[][] {
  const index = new Map<string, number>();
  criterionIds.forEach((id, i) => {
    if (!index.has(id)) index.set(id, i);
  });
  const matrix = criterionIds.map(() => criterionIds.map(() => 1));
  for (const { a, b, value } of judgments) {
    const i = index.get(a);
    const j = index.get(b);
    if (i === undefined || j === undefined || i === j) continue;
    setEntry(matrix, i, j, value);
    setEntry(matrix, j, i, 1 / value);
  }
  return matrix;
}

function setEntry(matrix: number[][], row: number, col: number, value: number): void {
  const cells = matrix[row];
  if (cells) cells[col] = value;
}

const entry = (matrix: readonly (readonly number[])[], row: number, col: number): number => matrix[row]?.[col] ?? NaN;

function validate(matrix: readonly (readonly number[])[]): void {
  const n = matrix.length;
  if (n === 0) throw new AhpInputError('The comparison matrix is empty: compare at least one criterion.');
  matrix.forEach((cells, row) => {
    if (cells.length !== n) {
      throw new AhpInputError(`The comparison matrix is not square: row ${row} has ${cells.length} entries, not ${n}.`);
    }
  });
  for (let row = 0; row < n; row++) {
    for (let col = 0; col < n; col++) {
      const value = entry(matrix, row, col);
      if (!Number.isFinite(value)) {
        throw new AhpInputError(`Entry (${row}, ${col}) is ${value}; every judgment must be a finite number.`);
      }
      if (value <= 0) {
        throw new AhpInputError(`Entry (${row}, ${col}) is ${value}; judgments must be positive (1/9 to 9).`);
      }
    }
  }
  for (let row = 0; row < n; row++) {
    const diagonal = entry(matrix, row, row);
    if (Math.abs(diagonal - 1) > reciprocalTolerance) {
      throw new AhpInputError(`Entry (${row}, ${row}) is ${diagonal}; a criterion compared with itself must be 1.`);
    }
    for (let col = row + 1; col < n; col++) {
      const forward = entry(matrix, row, col);
      const backward = entry(matrix, col, row);
      if (Math.abs(forward * backward - 1) > reciprocalTolerance) {
        throw new AhpInputError(
          `Entries (${row}, ${col}) = ${forward} and (${col}, ${row}) = ${backward} are not reciprocal: their product must be 1.`,
        );
      }
    }
  }
}

/** Normalised row geometric means: exact for consistent and for 3×3 matrices, and a close start otherwise. */
function geometricMeanWeights(matrix: readonly (readonly number[])[]): number[] {
  const n = matrix.length;
  const means = matrix.map((cells) => Math.exp(cells.reduce((sum, value) => sum + Math.log(value), 0) / n));
  const total = means.reduce((sum, mean) => sum + mean, 0);
  return means.map((mean) => mean / total);
}

/** Power iteration: a positive matrix has a unique positive principal eigenvector (Perron–Frobenius). */
function principalEigenvector(matrix: readonly (readonly number[])[]): { weights: number[]; lambdaMax: number } {
  let weights = geometricMeanWeights(matrix);
  let lambdaMax = 0;
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    const product = matrix.map((cells) => cells.reduce((sum, value, col) => sum + value * (weights[col] ?? 0), 0));
    // With weights summing to 1, Σ(Aw) is the eigenvalue estimate.
    lambdaMax = product.reduce((sum, value) => sum + value, 0);
    const next = product.map((value) => value / lambdaMax);
    const change = next.reduce((largest, value, i) => Math.max(largest, Math.abs(value - (weights[i] ?? 0))), 0);
    weights = next;
    if (change < convergenceTolerance) break;
  }
  return { weights, lambdaMax };
}

function mostInconsistentJudgment(
  matrix: readonly (readonly number[])[],
  weights: readonly number[],
): { row: number; col: number } | null {
  const n = matrix.length;
  if (n <= 2) return null;
  const deviations: { row: number; col: number; deviation: number }[] = [];
  for (let row = 0; row < n; row++) {
    for (let col = row + 1; col < n; col++) {
      const implied = (weights[row] ?? NaN) / (weights[col] ?? NaN);
      deviations.push({ row, col, deviation: Math.abs(Math.log(entry(matrix, row, col) / implied)) });
    }
  }
  const largest = Math.max(...deviations.map(({ deviation }) => deviation));
  if (largest < consistentDeviation) return null;
  // Reading order is the order pushed above, so `find` returns the first of the tied judgments.
  const first = deviations.find(({ deviation }) => deviation >= largest - deviationTieTolerance);
  return first ? { row: first.row, col: first.col } : null;
}

/**
 * Principal-eigenvector weights, λmax, consistency index and ratio, and the most inconsistent judgment of a
 * positive reciprocal matrix. Throws `AhpInputError` for anything else.
 */
export function ahpWeights(matrix: readonly (readonly number[])[]): AhpResult {
  validate(matrix);
  const n = matrix.length;
  if (n <= 2) {
    // Every 1×1 and 2×2 reciprocal matrix is consistent: w ∝ (a₀₁, 1), λmax = n.
    const ratio = entry(matrix, 0, 1);
    const weights = n === 1 ? [1] : [ratio / (1 + ratio), 1 / (1 + ratio)];
    return { weights, lambdaMax: n, consistencyIndex: 0, consistencyRatio: 0, mostInconsistent: null };
  }
  const { weights, lambdaMax } = principalEigenvector(matrix);
  // λmax ≥ n for every positive reciprocal matrix; clamping only removes rounding below n.
  const consistencyIndex = Math.max(0, (lambdaMax - n) / (n - 1));
  return {
    weights,
    lambdaMax,
    consistencyIndex,
    consistencyRatio: consistencyIndex / saatyRandomIndex(n),
    mostInconsistent: mostInconsistentJudgment(matrix, weights),
  };
}
