import { scoreVendors, totalTieTolerance, type ScoredProject, type VendorScoring } from './scoring';

/**
 * How robust first place is: per criterion, the weight share at which the leader would change (flip points);
 * across plausible weightings, how often each vendor ranks first (rank probabilities); and one sentence
 * saying both. Definitions in ../shared/DOMAIN.md, "Vendor-fit scoring". Pure and zod-free at runtime, so
 * the rank probabilities can run in a Web Worker.
 */

export interface FlipPoint {
  criterionId: string;
  /** The criterion's normalised weight today. */
  currentShare: number;
  /** The share nearest to today's at which first place changes hands; null when it holds for any share. */
  flipShare: number | null;
  /** Who leads just past the flip share; null with it. */
  newLeaderId: string | null;
}

/**
 * The eligible (ranked) vendors as flat arrays, criteria in project order: everything a total needs, with
 * no lookups or allocation left for the hot loops (and all a worker needs to sample, sent without copying).
 */
export interface Race {
  /** In project order. */
  vendorIds: string[];
  criteriaCount: number;
  /** Normalised weights today. */
  weights: Float64Array;
  /** (a − 1)/4 at `v * criteriaCount + c`, 0 where not scored. */
  scaled: Float64Array;
  /** 1 where scored, else 0. */
  scored: Float64Array;
}

export function raceOf(project: ScoredProject, scoring: VendorScoring): Race {
  const criteria = project.vendors.criteria;
  const ranked = new Set(scoring.vendors.filter((result) => result.rank !== null).map((result) => result.vendorId));
  const vendorIds = project.vendors.vendors.map((vendor) => vendor.id).filter((id) => ranked.has(id));
  const criteriaCount = criteria.length;
  const scaled = new Float64Array(vendorIds.length * criteriaCount);
  const scored = new Float64Array(vendorIds.length * criteriaCount);
  vendorIds.forEach((vendorId, v) => {
    const row = scoring.aggregated[vendorId];
    criteria.forEach((criterion, c) => {
      const score = row?.[criterion.id];
      if (score === null || score === undefined) return;
      scaled[v * criteriaCount + c] = (score - 1) / 4;
      scored[v * criteriaCount + c] = 1;
    });
  });
  const weights = Float64Array.from(criteria, (criterion) => scoring.weights[criterion.id] ?? 0);
  return { vendorIds, criteriaCount, weights, scaled, scored };
}

/** Ids of the vendors ranked first today (more than one when first place is shared). */
const leadersOf = (scoring: VendorScoring): string[] =>
  scoring.vendors.filter((result) => result.rank === 1).map((result) => result.vendorId);

// ── Flip points ──────────────────────────────────────────────────────────────────────────────────────────
//
// With share x on criterion c and the others scaled to 1 − x, a vendor's total (÷ 100) is linear-fractional:
//   T(x) = num(x)/den(x),  num(x) = (1 − x)·P + x·S,  den(x) = (1 − x)·Q + x·M,
// where S = (a꜀ − 1)/4 and M = 1 if c is scored (else both 0), and P, Q are the other scored criteria's
// Σ uᵢ·(aᵢ − 1)/4 and Σ uᵢ with uᵢ = wᵢ/(1 − w꜀) (or 1/(n − 1) when w꜀ = 1). The sign of T_v − T_L is the sign
// of N(x) = num_v·den_L − num_L·den_v (denominators are positive inside (0, 1)), a quadratic whose Bernstein
// coefficients are exact at the ends: N(0) = P_v·Q_L − P_L·Q_v, N(1) = S_v·M_L − S_L·M_v. Its sign changes
// are where a challenger overtakes, found in closed form rather than by searching.

interface Line {
  /** Numerator and denominator at x = 0 (p, q) and at x = 1 (s, m). */
  p: number;
  q: number;
  s: number;
  m: number;
}

/** Roots this close to 0 or 1 are ties at the ends of the range: there is nothing past them to lead. */
const endTolerance = 1e-12;
/** A discriminant this small (relative) is a double root: the challenger touches the leader but never passes. */
const touchTolerance = 1e-12;
/** Crossings this close together count as one place. */
const crossingTolerance = 1e-12;

function linesFor(race: Race, c: number): Line[] {
  const { criteriaCount, weights, scaled, scored } = race;
  const share = weights[c] ?? 0;
  const otherWeight = (i: number) => (share < 1 ? (weights[i] ?? 0) / (1 - share) : 1 / (criteriaCount - 1));
  return race.vendorIds.map((_, v) => {
    let p = 0;
    let q = 0;
    for (let i = 0; i < criteriaCount; i++) {
      if (i === c) continue;
      p += otherWeight(i) * (scaled[v * criteriaCount + i] ?? 0);
      q += otherWeight(i) * (scored[v * criteriaCount + i] ?? 0);
    }
    return { p, q, s: scaled[v * criteriaCount + c] ?? 0, m: scored[v * criteriaCount + c] ?? 0 };
  });
}

/** Simple roots of N = challenger − leader strictly inside (0, 1), ascending. */
function crossings(challenger: Line, leader: Line): number[] {
  const atZero = challenger.p * leader.q - leader.p * challenger.q;
  const atOne = challenger.s * leader.m - leader.s * challenger.m;
  const middle =
    (challenger.p * leader.m + challenger.s * leader.q - (leader.p * challenger.m + leader.s * challenger.q)) / 2;
  // Bernstein (1 − x)²·N₀ + 2x(1 − x)·N½ + x²·N₁ in powers of x.
  const a = atZero - 2 * middle + atOne;
  const b = 2 * (middle - atZero);
  const c = atZero;
  const discriminant = b * b - 4 * a * c;
  if (discriminant <= touchTolerance * Math.max(b * b, Math.abs(4 * a * c))) return [];
  // Numerically stable pair q/a and c/q; with a = 0 (N linear) q/a is infinite and filtered out.
  const q = -(b + Math.sign(b || 1) * Math.sqrt(discriminant)) / 2;
  return [q / a, c / q]
    .filter((root) => Number.isFinite(root) && root > endTolerance && root < 1 - endTolerance)
    .toSorted((x, y) => x - y);
}

function slopeAt(line: Line, x: number): number {
  const num = (1 - x) * line.p + x * line.s;
  const den = (1 - x) * line.q + x * line.m;
  return ((line.s - line.p) * den - num * (line.m - line.q)) / (den * den);
}

interface Crossing {
  share: number;
  /** Race indices of the challengers overtaking the leader there. */
  challengers: number[];
}

/** The first crossing from `from` in one direction (+1 up, −1 down), or null when the leader holds. */
function firstCrossing(lines: readonly Line[], leader: number, from: number, direction: 1 | -1): Crossing | null {
  const leaderLine = lines[leader];
  if (!leaderLine) return null;
  let best: Crossing | null = null;
  for (const [v, line] of lines.entries()) {
    if (v === leader) continue;
    const ahead = crossings(line, leaderLine).filter((root) => (root - from) * direction > 0);
    const root = direction === 1 ? ahead[0] : ahead.at(-1);
    if (root === undefined) continue;
    if (best === null || (best.share - root) * direction > crossingTolerance) best = { share: root, challengers: [v] };
    else if (Math.abs(best.share - root) <= crossingTolerance) best.challengers.push(v);
  }
  return best;
}

/** Who leads just past a crossing: the overtaker rising fastest in the direction of travel, ties in project order. */
function leaderPast(lines: readonly Line[], crossing: Crossing, direction: 1 | -1): number | null {
  let best: { v: number; slope: number } | null = null;
  for (const v of crossing.challengers) {
    const line = lines[v];
    if (!line) continue;
    const slope = direction * slopeAt(line, crossing.share);
    if (best === null || slope > best.slope + crossingTolerance) best = { v, slope };
  }
  return best?.v ?? null;
}

function flipOn(race: Race, c: number, leader: number): Pick<FlipPoint, 'flipShare' | 'newLeaderId'> {
  const lines = linesFor(race, c);
  const today = race.weights[c] ?? 0;
  const up = firstCrossing(lines, leader, today, 1);
  const down = firstCrossing(lines, leader, today, -1);
  // The nearer side wins; at equal distance, the lower share.
  const downIsNearer = down !== null && (up === null || today - down.share <= up.share - today + crossingTolerance);
  const [crossing, direction] = downIsNearer ? [down, -1 as const] : [up, 1 as const];
  if (crossing === null) return { flipShare: null, newLeaderId: null };
  const next = leaderPast(lines, crossing, direction);
  return { flipShare: crossing.share, newLeaderId: next === null ? null : (race.vendorIds[next] ?? null) };
}

/**
 * Per criterion, the weight share nearest today's at which first place changes hands and who takes it.
 * Every flip is null when first place is shared today (there is no single leader) or nobody is ranked.
 */
export function flipPoints(project: ScoredProject, scoring: VendorScoring = scoreVendors(project)): FlipPoint[] {
  const race = raceOf(project, scoring);
  const leaders = leadersOf(scoring);
  const leader = leaders.length === 1 ? race.vendorIds.indexOf(leaders[0] ?? '') : -1;
  return project.vendors.criteria.map((criterion, c) => ({
    criterionId: criterion.id,
    currentShare: race.weights[c] ?? 0,
    ...(leader >= 0 ? flipOn(race, c, leader) : { flipShare: null, newLeaderId: null }),
  }));
}

// ── Rank probabilities ──────────────────────────────────────────────────────────────────────────────────

/** Concentration of the Dirichlet around today's weights: αᶜ = 1 + concentration·n·wᶜ. */
const concentration = 10;

const rotl = (x: number, k: number) => (x << k) | (x >>> (32 - k));

/** xoshiro128** seeded through splitmix32: small, fast and reproducible everywhere; uniform in (0, 1). */
function seededUniform(seed: number): () => number {
  let state = seed >>> 0;
  const splitmix32 = () => {
    state = (state + 0x9e3779b9) | 0;
    let z = state ^ (state >>> 16);
    z = Math.imul(z, 0x21f0aaad);
    z ^= z >>> 15;
    z = Math.imul(z, 0x735a2d97);
    return (z ^ (z >>> 15)) >>> 0;
  };
  let [s0, s1, s2, s3] = [splitmix32(), splitmix32(), splitmix32(), splitmix32()];
  return () => {
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
    const shifted = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= shifted;
    s3 = rotl(s3, 11);
    return (result + 0.5) / 4294967296;
  };
}

/** Standard normal draws by Marsaglia's polar method, keeping the spare of each pair. */
function normalSampler(uniform: () => number): () => number {
  let spare = NaN;
  return () => {
    if (!Number.isNaN(spare)) {
      const value = spare;
      spare = NaN;
      return value;
    }
    let u = 0;
    let v = 0;
    let s = 0;
    do {
      u = 2 * uniform() - 1;
      v = 2 * uniform() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const factor = Math.sqrt((-2 * Math.log(s)) / s);
    spare = v * factor;
    return u * factor;
  };
}

/** Gamma(α, 1) for α ≥ 1 by Marsaglia–Tsang, with d = α − 1/3 and c = 1/√(9d) precomputed. */
function gammaSample(d: number, c: number, normal: () => number, uniform: () => number): number {
  for (;;) {
    let x = 0;
    let v = 0;
    do {
      x = normal();
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = uniform();
    const x2 = x * x;
    if (u < 1 - 0.0331 * x2 * x2) return d * v;
    if (Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) return d * v;
  }
}

export interface RankProbabilityOptions {
  samples?: number;
  seed?: number;
  /** Today's scoring, when the caller has it already. */
  scoring?: VendorScoring;
}

/**
 * Eligible vendor id → share of plausible weightings (a Dirichlet around today's weights) in which it ranks
 * first; a tie for first splits the sample. Same seed, same result. Empty when nobody is ranked.
 */
export function rankProbabilities(
  project: ScoredProject,
  {
    samples = 10_000,
    seed = project.vendors.sensitivitySeed,
    scoring = scoreVendors(project),
  }: RankProbabilityOptions = {},
): Record<string, number> {
  return sampleRace(raceOf(project, scoring), samples, seed);
}

/** `rankProbabilities` of a race already laid out (in the worker: the race arrives as transferred arrays). */
export function sampleRace(
  { vendorIds, criteriaCount, weights, scaled, scored }: Race,
  samples: number,
  seed: number,
): Record<string, number> {
  if (!Number.isInteger(samples) || samples < 1) {
    throw new RangeError(`Rank probabilities need a whole number of samples, at least 1, not ${samples}.`);
  }
  const vendorCount = vendorIds.length;
  if (vendorCount === 0) return {};
  const d = weights.map((weight) => 1 + concentration * criteriaCount * weight - 1 / 3);
  const c = d.map((value) => 1 / Math.sqrt(9 * value));
  const uniform = seededUniform(seed);
  const normal = normalSampler(uniform);
  const draw = new Float64Array(criteriaCount);
  const totals = new Float64Array(vendorCount);
  const firsts = new Float64Array(vendorCount);
  for (let sample = 0; sample < samples; sample++) {
    // Totals are ratios of weighted sums, so the Gamma draws need no normalising into a Dirichlet vector.
    for (let k = 0; k < criteriaCount; k++) draw[k] = gammaSample(d[k] ?? 1, c[k] ?? 1, normal, uniform);
    let best = -Infinity;
    for (let v = 0; v < vendorCount; v++) {
      let num = 0;
      let den = 0;
      const offset = v * criteriaCount;
      for (let k = 0; k < criteriaCount; k++) {
        const weight = draw[k] ?? 0;
        num += weight * (scaled[offset + k] ?? 0);
        den += weight * (scored[offset + k] ?? 0);
      }
      const total = (100 * num) / den;
      totals[v] = total;
      if (total > best) best = total;
    }
    let tied = 0;
    for (let v = 0; v < vendorCount; v++) if (best - (totals[v] ?? 0) <= totalTieTolerance) tied++;
    for (let v = 0; v < vendorCount; v++) {
      if (best - (totals[v] ?? 0) <= totalTieTolerance) firsts[v] = (firsts[v] ?? 0) + 1 / tied;
    }
  }
  return Object.fromEntries(vendorIds.map((id, v) => [id, (firsts[v] ?? 0) / samples]));
}

// ── The sentence ────────────────────────────────────────────────────────────────────────────────────────

/** A probability in words: never "100%" or "0%" unless exact. */
function probabilityPercent(probability: number): string {
  const rounded = Math.round(probability * 100);
  if (rounded === 100 && probability < 1) return 'over 99%';
  if (rounded === 0 && probability > 0) return 'under 1%';
  return `${rounded}%`;
}

/** A weight share: whole percent, one decimal near the ends so it never reads 0% or 100% when it is not. */
function sharePercent(share: number): string {
  const rounded = Math.round(share * 100);
  if ((rounded === 100 && share < 1) || (rounded === 0 && share > 0)) {
    return `${Math.min(99.9, Math.max(0.1, Math.round(share * 1000) / 10))}%`;
  }
  return `${rounded}%`;
}

function listed(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

export interface RobustnessInput {
  scoring: VendorScoring;
  flips: readonly FlipPoint[];
  probabilities: Readonly<Record<string, number>>;
  /** Display names by vendor or criterion id, overriding the project's (e.g. anonymised in a briefing). */
  names?: Readonly<Record<string, string>>;
}

/** One plain sentence on how firm first place is: how often it holds, and the nearest weight that flips it. */
export function robustnessSentence(
  project: ScoredProject,
  { scoring, flips, probabilities, names = {} }: RobustnessInput,
): string {
  const projectNames = new Map<string, string>([
    ...project.vendors.vendors.map((vendor): [string, string] => [vendor.id, vendor.name]),
    ...project.vendors.criteria.map((criterion): [string, string] => [criterion.id, criterion.name]),
  ]);
  const nameOf = (id: string) => names[id] ?? projectNames.get(id) ?? id;
  const chance = (id: string) => probabilityPercent(probabilities[id] ?? 0);
  const leaders = leadersOf(scoring);
  const [leader] = leaders;
  if (leader === undefined) {
    return 'Scoring is incomplete: no vendor has a total without a knock-out yet, so there is no first place to test.';
  }
  if (leaders.length > 1) {
    const shares = leaders.map((id, i) => `${nameOf(id)}${i === 0 ? ' ranks first' : ''} in ${chance(id)}`);
    return `${listed(leaders.map(nameOf))} share first place; across plausible weightings ${listed(shares)}.`;
  }
  const opening = `${nameOf(leader)} ranks first in ${chance(leader)} of plausible weightings`;
  const flipping = flips.filter((flip) => flip.flipShare !== null);
  const distance = (flip: FlipPoint) => Math.abs((flip.flipShare ?? 0) - flip.currentShare);
  const nearest = flipping.reduce<FlipPoint | null>(
    (best, flip) => (best === null || distance(flip) < distance(best) ? flip : best),
    null,
  );
  if (nearest === null) return `${opening}; first place holds for any weight on each criterion.`;
  const rises = (nearest.flipShare ?? 0) > nearest.currentShare;
  const where = `the weight on ${nameOf(nearest.criterionId)}`;
  const move = `${sharePercent(nearest.flipShare ?? 0)} (now ${sharePercent(nearest.currentShare)})`;
  const successor = nearest.newLeaderId === null ? '' : `, when ${nameOf(nearest.newLeaderId)} takes over`;
  return flipping.length === 1
    ? `${opening}; it loses first place only if ${where} ${rises ? 'rises above' : 'falls below'} ${move}${successor}.`
    : `${opening}; the nearest threat is ${where} ${rises ? 'rising above' : 'falling below'} ${move}${successor}.`;
}
