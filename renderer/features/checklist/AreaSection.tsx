import { Plus } from 'lucide-react';
import { memo, useState, type FormEvent } from 'react';
import { checklistArea } from '../../../shared/catalog/checklistAreas';
import type { AreaReadiness } from '../../../shared/domain/readiness';
import type { ChecklistAreaId } from '../../../shared/model/checklist';
import type { ChecklistActions } from './checklistActions';
import { focusAfterUpdate } from '../../focusAfterUpdate';
import { ChecklistItemRow, itemButton } from './ChecklistItemRow';

interface Props {
  areaId: ChecklistAreaId;
  itemIds: string[];
  progress: AreaReadiness | undefined;
  today: string;
  expanded: ReadonlySet<string>;
  onToggle(id: string): void;
  actions: ChecklistActions;
  readOnly: boolean;
  /** Filtering hides the add form: a new item might not match the filter. */
  canAdd: boolean;
}

/** One area of the checklist: its progress, its items, and a way to add the user's own. */
export const AreaSection = memo(function AreaSection({
  areaId,
  itemIds,
  progress,
  today,
  expanded,
  onToggle,
  actions,
  readOnly,
  canAdd,
}: Props) {
  const area = checklistArea(areaId);
  const [adding, setAdding] = useState(false);
  const [title, setTitle] = useState('');
  const score = progress?.score == null ? null : Math.round(progress.score);

  const add = (event: FormEvent) => {
    event.preventDefault();
    const text = title.trim();
    if (!text) return;
    focusAfterUpdate(() => {
      setTitle('');
      setAdding(false);
      return actions.add(areaId, text);
    }, itemButton);
  };

  return (
    <section className="area" aria-labelledby={`area-${areaId}`}>
      <header className="area__header">
        <div>
          <h3 id={`area-${areaId}`} className="area__title">
            {area.title}
          </h3>
          <p className="area__summary">{area.summary}</p>
        </div>
        <div className="area__progress">
          <span className="area__count">
            {progress?.done ?? 0}/{progress?.applicable ?? 0} done
          </span>
          <span className="area__bar" aria-hidden>
            <span className="area__bar-fill" style={{ width: `${score ?? 0}%` }} />
          </span>
        </div>
      </header>
      <ul className="items">
        {itemIds.map((id) => (
          <ChecklistItemRow
            key={id}
            id={id}
            readOnly={readOnly}
            today={today}
            expanded={expanded.has(id)}
            onToggle={onToggle}
            actions={actions}
          />
        ))}
      </ul>
      {canAdd &&
        !readOnly &&
        (adding ? (
          <form className="area__add-form" onSubmit={add}>
            <label className="visually-hidden" htmlFor={`add-${areaId}`}>
              New item in {area.title}
            </label>
            <input
              id={`add-${areaId}`}
              className="input"
              value={title}
              maxLength={300}
              autoFocus
              placeholder="What needs to be done?"
              onChange={(e) => setTitle(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Escape') setAdding(false);
              }}
            />
            <button type="submit" className="button button--small button--primary">
              Add
            </button>
            <button type="button" className="button button--small" onClick={() => setAdding(false)}>
              Cancel
            </button>
          </form>
        ) : (
          <button
            type="button"
            className="button button--small button--ghost area__add"
            onClick={() => setAdding(true)}
          >
            <Plus size={14} aria-hidden /> Add an item to {area.title}
          </button>
        ))}
    </section>
  );
});
