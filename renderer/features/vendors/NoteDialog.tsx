import * as Dialog from '@radix-ui/react-dialog';
import type { VendorEvaluation } from '../../../shared/model/vendors';
import type { VendorActions } from './vendorActions';
import { DialogHeader } from '../../components/DialogHeader';

export interface NoteTarget {
  vendorId: string;
  criterionId: string;
  /** One evaluator's score and note to edit; null shows every evaluator's side by side. */
  evaluatorId: string | null;
}

interface Props {
  target: NoteTarget | null;
  evaluation: VendorEvaluation;
  actions: VendorActions;
  readOnly: boolean;
  onClose(): void;
}

/** One evaluator's score of the cell the dialog is about. */
const scoreAt = (evaluation: VendorEvaluation, target: NoteTarget, evaluatorId: string) =>
  evaluation.scores.find(
    (s) => s.vendorId === target.vendorId && s.criterionId === target.criterionId && s.evaluatorId === evaluatorId,
  );

/**
 * A score's note (why this score?), or everyone's scores and notes on one cell side by side. Nothing at all while no
 * cell is chosen: the panels that hold it render again on every score.
 */
export function NoteDialog({ target, evaluation, actions, readOnly, onClose }: Props) {
  if (!target) return null;
  const vendor = evaluation.vendors.find((v) => v.id === target.vendorId);
  const criterion = evaluation.criteria.find((c) => c.id === target.criterionId);
  const evaluator = evaluation.evaluators.find((e) => e.id === target.evaluatorId);
  const scoreOf = (evaluatorId: string) => scoreAt(evaluation, target, evaluatorId);
  const own = evaluator ? scoreOf(evaluator.id) : undefined;

  return (
    <Dialog.Root open={!!vendor && !!criterion} onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog" aria-describedby={undefined}>
          <DialogHeader>
            {vendor?.name} · {criterion?.name}
          </DialogHeader>
          <div className="dialog__body">
            {evaluator ? (
              <>
                <fieldset className="note-dialog__scores" disabled={readOnly}>
                  <legend className="field__label">{evaluator.name}’s score</legend>
                  {[1, 2, 3, 4, 5].map((score) => (
                    <label key={score} className="radio">
                      <input
                        type="radio"
                        name="note-score"
                        checked={own?.score === score}
                        onChange={() =>
                          actions.setScore(
                            { vendorId: target.vendorId, criterionId: target.criterionId, evaluatorId: evaluator.id },
                            score,
                          )
                        }
                      />
                      {score}
                    </label>
                  ))}
                </fieldset>
                <label className="field">
                  <span className="field__label">Note: why this score?</span>
                  <textarea
                    className="input note-dialog__text"
                    rows={5}
                    maxLength={2000}
                    dir="auto"
                    autoFocus={own !== undefined}
                    disabled={readOnly || !own}
                    placeholder={own ? 'What did they say or show?' : 'Give a score first; the note belongs to it.'}
                    value={own?.note ?? ''}
                    onChange={(e) =>
                      actions.setScoreNote(
                        { vendorId: target.vendorId, criterionId: target.criterionId, evaluatorId: evaluator.id },
                        e.target.value,
                      )
                    }
                  />
                </label>
              </>
            ) : (
              <EveryonesScores evaluation={evaluation} target={target} />
            )}
            <div className="dialog__footer">
              <Dialog.Close className="button button--primary">Done</Dialog.Close>
            </div>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

/** Every evaluator's score and note on one cell. */
function EveryonesScores({ evaluation, target }: { evaluation: VendorEvaluation; target: NoteTarget }) {
  const scoreOf = (evaluatorId: string) => scoreAt(evaluation, target, evaluatorId);
  return (
    <table className="notes-side-by-side">
      <caption className="visually-hidden">Every evaluator’s score and note</caption>
      <thead>
        <tr>
          <th scope="col">Evaluator</th>
          <th scope="col">Score</th>
          <th scope="col">Note</th>
        </tr>
      </thead>
      <tbody>
        {evaluation.evaluators.map((e) => {
          const score = scoreOf(e.id);
          return (
            <tr key={e.id}>
              <th scope="row" dir="auto">
                {e.name}
              </th>
              <td>{score?.score ?? 'Not scored'}</td>
              <td dir="auto">{score?.note || '—'}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
