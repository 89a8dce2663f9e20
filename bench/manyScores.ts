import { createProject } from '../shared/model/project';
import { parseProjectFile, serializeProjectFile } from '../shared/model/projectFile';
import { CriterionSchema, EvaluatorSchema, VendorSchema } from '../shared/model/vendors';
import { percentile, round } from './stats';

/** The text of a project holding 100,000 scores (100 vendors × 100 criteria × 10 evaluators). */
function manyScoresFile(): string {
  const base = createProject({ name: 'Many scores', functionTemplate: 'customer-service', now: new Date(0) });
  const criteria = Array.from({ length: 100 }, (_, i) =>
    CriterionSchema.parse({ id: `c${i}`, name: `C${i}`, group: 'delivery' }),
  );
  const vendors = Array.from({ length: 100 }, (_, i) => VendorSchema.parse({ id: `v${i}`, name: `V${i}` }));
  const evaluators = Array.from({ length: 10 }, (_, i) => EvaluatorSchema.parse({ id: `e${i}`, name: `E${i}` }));
  const scores = vendors.flatMap((v) =>
    criteria.flatMap((c) =>
      evaluators.map((e) => ({ vendorId: v.id, criterionId: c.id, evaluatorId: e.id, score: 4, note: '' })),
    ),
  );
  const project = { ...base, vendors: { ...base.vendors, vendors, criteria, evaluators, scores } };
  return serializeProjectFile(project, { appVersion: 'bench', savedAt: new Date(0) });
}

/** `parseProjectFile` (JSON, schema, text cleaning, integrity) on a file of 100,000 scores; budget 2 s. */
export function benchManyScores(runs = 5): { medianMs: number; maxMs: number } {
  const text = manyScoresFile();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    const outcome = parseProjectFile(text);
    samples.push(performance.now() - start);
    if (!outcome.ok) throw new Error(outcome.error.message);
  }
  return { medianMs: round(percentile(samples, 50)), maxMs: round(Math.max(...samples)) };
}
