import { createProject, type Project } from '../../../shared/model/project';
import {
  CriterionSchema,
  EvaluatorSchema,
  VendorSchema,
  type Criterion,
  type VendorEvaluation,
} from '../../../shared/model/vendors';

const baseProject = createProject({ name: 'Vendor scoring', functionTemplate: 'customer-service' });

export interface CriterionSpec {
  id: string;
  weight?: number;
  mustHaveThreshold?: number | null;
  relationalSignal?: Criterion['relationalSignal'];
}

/** One evaluator's score for every criterion it scored; a criterion left out is not scored. */
export type ScoreRow = Readonly<Record<string, number>>;

export interface VendorProjectSpec {
  criteria: readonly CriterionSpec[];
  /** Vendor id → its scores: one row per evaluator (`e0`, `e1`, …), or a single row for evaluator `e0`. */
  scores: Readonly<Record<string, ScoreRow | readonly ScoreRow[]>>;
  /** Vendors in project order; defaults to the keys of `scores`. */
  vendors?: readonly string[];
  evaluatorCount?: number;
  weighting?: Partial<VendorEvaluation['weighting']>;
  aggregation?: VendorEvaluation['aggregation'];
}

/** A valid project whose vendor evaluation holds exactly these criteria, vendors and scores. */
export function vendorProject(spec: VendorProjectSpec): Project {
  const vendorIds = spec.vendors ?? Object.keys(spec.scores);
  const rowsOf = (vendorId: string): readonly ScoreRow[] => {
    const rows = spec.scores[vendorId] ?? [];
    return Array.isArray(rows) ? rows : [rows as ScoreRow];
  };
  const evaluatorCount = spec.evaluatorCount ?? Math.max(1, ...vendorIds.map((id) => rowsOf(id).length));
  const evaluators = Array.from({ length: evaluatorCount }, (_, e) =>
    EvaluatorSchema.parse({ id: `e${e}`, name: `E${e}` }),
  );
  const scores = vendorIds.flatMap((vendorId) =>
    rowsOf(vendorId).flatMap((row, e) =>
      Object.entries(row).map(([criterionId, score]) => ({
        vendorId,
        criterionId,
        evaluatorId: `e${e}`,
        score,
        note: '',
      })),
    ),
  );
  return withEvaluation(baseProject, {
    vendors: vendorIds.map((id) => VendorSchema.parse({ id, name: `Vendor ${id}` })),
    criteria: spec.criteria.map((criterion) =>
      CriterionSchema.parse({ name: `Criterion ${criterion.id}`, group: 'delivery', ...criterion }),
    ),
    evaluators,
    scores,
    weighting: { ...baseProject.vendors.weighting, ...spec.weighting },
    aggregation: spec.aggregation ?? 'mean',
  });
}

/** The project with parts of its vendor evaluation replaced. */
export function withEvaluation(project: Project, changes: Partial<VendorEvaluation>): Project {
  return { ...project, vendors: { ...project.vendors, ...changes } };
}

/** The project with each criterion's direct weight replaced (criteria not named keep theirs). */
export function withDirectWeights(project: Project, weights: Readonly<Record<string, number>>): Project {
  return withEvaluation(project, {
    criteria: project.vendors.criteria.map((criterion) => ({
      ...criterion,
      weight: weights[criterion.id] ?? criterion.weight,
    })),
    weighting: { ...project.vendors.weighting, method: 'direct', activeSetId: null },
  });
}
