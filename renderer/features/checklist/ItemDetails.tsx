import { ArrowDown, ArrowUp, ExternalLink, FolderOpen, Plus, Trash2, X } from 'lucide-react';
import { useId } from 'react';
import { isRemovable } from '../../../shared/domain/checklistEdits';
import type { ChecklistItem } from '../../../shared/model/checklist';
import { itemStatusLabels, itemStatuses } from '../../../shared/model/checklistConstants';
import { itemStages, stageLabels, type ItemStage } from '../../../shared/model/checklistStages';
import { Field } from '../../components/Field';
import { useAppStore, useStoreApi } from '../../store';
import { useHeldText } from '../../store/useHeldText';
import { checklistItemIn, type ChecklistActions } from './checklistActions';

// The same element every render: React skips it, where a new one re-renders the icon's SVG on every keystroke.
const upIcon = <ArrowUp size={14} aria-hidden />;
const downIcon = <ArrowDown size={14} aria-hidden />;
const deleteIcon = <Trash2 size={14} aria-hidden />;
const addIcon = <Plus size={14} aria-hidden />;
const openLinkIcon = <ExternalLink size={15} aria-hidden />;
const showFileIcon = <FolderOpen size={15} aria-hidden />;
const removeIcon = <X size={15} aria-hidden />;

const isLink = (target: string) => /^https:\/\//i.test(target.trim());

/** Everything about one item: why it matters, who owns it, by when, notes, evidence, and its place in the list. */
export function ItemDetails({
  item,
  actions,
  readOnly,
  onDeleted,
}: {
  item: ChecklistItem;
  actions: ChecklistActions;
  readOnly: boolean;
  onDeleted(): void;
}) {
  const store = useStoreApi();
  const uid = useId();
  const field = (name: string) => `${uid}-${name}`;
  const setEvidence = (evidence: ChecklistItem['evidence']) => actions.update(item.id, { evidence });

  return (
    <div className="item-details">
      {item.guidance && <p className="item-details__guidance">{item.guidance}</p>}
      <fieldset className="item-details__grid" disabled={readOnly}>
        <legend className="visually-hidden">Details of {item.title}</legend>
        {item.custom && (
          <Field id={field('title')} label="Title" wide>
            <input
              id={field('title')}
              className="input"
              value={item.title}
              maxLength={300}
              onChange={(e) => actions.update(item.id, { title: e.target.value })}
            />
          </Field>
        )}
        <Field id={field('status')} label="Status">
          <select
            id={field('status')}
            className="input"
            value={item.status}
            onChange={(e) => {
              const status = e.target.value as ChecklistItem['status'];
              if (status === 'n/a') actions.markNotApplicable(item.id);
              else actions.setStatus(item.id, status);
            }}
          >
            {itemStatuses.map((status) => (
              <option key={status} value={status}>
                {itemStatusLabels[status]}
              </option>
            ))}
          </select>
        </Field>
        <Field id={field('owner')} label="Owner">
          <input
            id={field('owner')}
            className="input"
            value={item.owner}
            maxLength={200}
            placeholder="Who makes it happen"
            list="checklist-owners"
            onChange={(e) => actions.update(item.id, { owner: e.target.value })}
          />
        </Field>
        <Field id={field('due')} label="Due date">
          <input
            id={field('due')}
            className="input"
            type="date"
            value={item.dueDate ?? ''}
            onChange={(e) => actions.update(item.id, { dueDate: e.target.value || null })}
          />
        </Field>
        {item.custom && (
          <Field id={field('stage')} label="Needed">
            <select
              id={field('stage')}
              className="input"
              value={item.stage}
              onChange={(e) => actions.update(item.id, { stage: e.target.value as ItemStage })}
            >
              {itemStages.map((stage) => (
                <option key={stage} value={stage}>
                  {stageLabels[stage].replace(/^./, (first) => first.toUpperCase())}
                </option>
              ))}
            </select>
          </Field>
        )}
        {item.status === 'n/a' && (
          <Field
            id={field('na')}
            label={item.mustHave ? 'Why this must-have does not apply' : 'Why it does not apply'}
            wide
            hint={
              item.mustHave && item.naReason.trim() === ''
                ? `Without a reason this must-have still blocks the level it is needed for (${stageLabels[item.stage]}).`
                : undefined
            }
          >
            <input
              id={field('na')}
              className="input"
              value={item.naReason}
              maxLength={1000}
              required={item.mustHave}
              aria-invalid={item.mustHave && item.naReason.trim() === ''}
              placeholder="So the next person knows it was a decision, not an oversight"
              onChange={(e) => actions.update(item.id, { naReason: e.target.value })}
            />
          </Field>
        )}
        <Field id={field('notes')} label="Notes" wide>
          <ItemNotes id={item.id} fieldId={field('notes')} actions={actions} />
        </Field>
        <div className="field field--wide">
          <span className="field__label" id={field('evidence')}>
            Evidence
          </span>
          {item.evidence.length === 0 && <p className="field__hint">A link or a file that shows it is done.</p>}
          <ul className="evidence" aria-labelledby={field('evidence')}>
            {item.evidence.map((evidence, index) => (
              // Evidence has no id of its own; its position is its identity while it is edited.
              // oxlint-disable-next-line react/no-array-index-key
              <li key={index} className="evidence__row">
                <input
                  className="input"
                  aria-label={`Evidence ${index + 1} label`}
                  placeholder="What it is"
                  value={evidence.label}
                  maxLength={200}
                  onChange={(e) =>
                    setEvidence(item.evidence.map((ev, i) => (i === index ? { ...ev, label: e.target.value } : ev)))
                  }
                />
                <input
                  className="input"
                  aria-label={`Evidence ${index + 1} link or file path`}
                  placeholder="https://… or a file path"
                  value={evidence.target}
                  maxLength={2000}
                  onChange={(e) =>
                    setEvidence(item.evidence.map((ev, i) => (i === index ? { ...ev, target: e.target.value } : ev)))
                  }
                />
                {isLink(evidence.target) ? (
                  <a
                    className="icon-button"
                    href={evidence.target.trim()}
                    target="_blank"
                    rel="noreferrer noopener"
                    aria-label={`Open ${evidence.label || 'the link'}`}
                  >
                    {openLinkIcon}
                  </a>
                ) : (
                  <button
                    type="button"
                    className="icon-button"
                    disabled={evidence.target.trim() === ''}
                    aria-label={`Show ${evidence.label || 'the file'} in its folder`}
                    onClick={() => void store.getState().revealFile(evidence.target.trim())}
                  >
                    {showFileIcon}
                  </button>
                )}
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Remove evidence ${index + 1}`}
                  onClick={() => setEvidence(item.evidence.filter((_, i) => i !== index))}
                >
                  {removeIcon}
                </button>
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="button button--small button--ghost evidence__add"
            onClick={() => setEvidence([...item.evidence, { label: '', target: '' }])}
          >
            {addIcon} Add evidence
          </button>
        </div>
      </fieldset>
      <div className="item-details__footer">
        <span className="muted item-details__source">Source: {item.source || 'your own item'}</span>
        {!item.custom && <span className="muted">Needed {stageLabels[item.stage]}</span>}
        {item.completedAt && <span className="muted">Done on {item.completedAt.slice(0, 10)}</span>}
        <span className="item-details__spacer" />
        <button
          type="button"
          className="button button--small button--ghost"
          disabled={readOnly}
          onClick={() => actions.move(item.id, -1)}
          aria-label={`Move ${item.title} up`}
        >
          {upIcon} Up
        </button>
        <button
          type="button"
          className="button button--small button--ghost"
          disabled={readOnly}
          onClick={() => actions.move(item.id, 1)}
          aria-label={`Move ${item.title} down`}
        >
          {downIcon} Down
        </button>
        {isRemovable(item) && (
          <button
            type="button"
            className="button button--small button--ghost danger-text"
            disabled={readOnly}
            onClick={() => {
              actions.remove(item.id);
              onDeleted();
            }}
          >
            {deleteIcon} Delete
          </button>
        )}
      </div>
    </div>
  );
}

/**
 * An item's notes, read from the store here: the text box keeps what is typed (a keystroke renders nothing), and
 * the text goes into the project once typing pauses (see useHeldText), not on every key.
 */
function ItemNotes({ id, fieldId, actions }: { id: string; fieldId: string; actions: ChecklistActions }) {
  const notes = useAppStore((s) => checklistItemIn(s, id)?.notes ?? '');
  const { fieldRef, change, commitNow } = useHeldText<HTMLTextAreaElement>(notes, (text) =>
    actions.update(id, { notes: text }),
  );
  // In a block of its own, not straight in the field's grid: a contained box there is a layout root (see .notes-box).
  return (
    <div className="notes-box">
      <textarea
        id={fieldId}
        ref={fieldRef}
        className="input textarea"
        maxLength={10_000}
        rows={3}
        onChange={(e) => change(e.target.value)}
        onBlur={commitNow}
      />
    </div>
  );
}
