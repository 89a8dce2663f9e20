import * as Dialog from '@radix-ui/react-dialog';
import { Sparkles } from 'lucide-react';
import { memo, useMemo, useState } from 'react';
import type { ChecklistItem } from '../../../shared/model/checklist';
import { checklistArea, checklistAreas } from '../../../shared/catalog/checklistAreas';
import { missingTemplateItems } from '../../../shared/catalog/instantiate';
import { businessFunction } from '../../../shared/model/businessFunctions';
import { stageLabels } from '../../../shared/model/checklistStages';
import { selectReadOnly } from '../../store/projectSlice';
import { useAppStore, useStoreApi } from '../../store';
import type { ChecklistActions } from './checklistActions';
import { DialogHeader } from '../../components/DialogHeader';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/**
 * Offers the items the project's template has and its checklist lacks (a file made with an earlier catalog), with
 * a preview; nothing is added until the user says so, and adding changes none of their work.
 */
export const NewCatalogItems = memo(function NewCatalogItems({
  items,
  actions,
}: {
  /** The checklist as the list shows it (it follows a keystroke in a note just after it, off the key's time). */
  items: readonly ChecklistItem[];
  actions: ChecklistActions;
}) {
  const store = useStoreApi();
  const functionId = useAppStore((s) => s.current?.project.functionTemplate);
  const missing = useMemo(() => (functionId ? missingTemplateItems(items, functionId) : []), [items, functionId]);
  const readOnly = useAppStore(selectReadOnly);
  const [dismissed, setDismissed] = useState(false);
  if (!functionId || missing.length === 0 || readOnly || dismissed) return null;

  const label = businessFunction(functionId).label;
  const mustHaves = missing.filter((item) => item.mustHave).length;
  const add = () => {
    actions.addMissingTemplateItems();
    store
      .getState()
      .showToast(
        `${plural(missing.length, 'item was', 'items were')} added to the checklist; nothing you did was changed.`,
      );
  };

  return (
    <section className="banner catalog-update" aria-labelledby="catalog-update-title">
      <Sparkles size={18} aria-hidden className="catalog-update__icon" />
      <div className="catalog-update__text">
        <h3 id="catalog-update-title" className="catalog-update__title">
          The checklist for {label} has {plural(missing.length, 'new item', 'new items')}
        </h3>
        <p className="muted">
          {mustHaves > 0 ? `${plural(mustHaves, 'is a must-have', 'are must-haves')}. ` : ''}
          This project was started with an earlier checklist; its items and your work stay as they are.
        </p>
      </div>
      <Dialog.Root>
        <Dialog.Trigger className="button button--small button--primary">Review and add…</Dialog.Trigger>
        <Dialog.Portal>
          <Dialog.Overlay className="dialog-overlay" />
          <Dialog.Content className="dialog">
            <DialogHeader>New items for {label}</DialogHeader>
            <div className="dialog__body">
              <Dialog.Description className="dialog__text">
                These {plural(missing.length, 'item', 'items')} would be added at the end of their areas, as to do.
                Nothing in your checklist is changed or removed; items the catalog has retired stay, marked “Retired”,
                for you to delete when a new one covers them.
              </Dialog.Description>
              <div className="catalog-preview">
                {checklistAreas.map((area) => {
                  const inArea = missing.filter((item) => item.areaId === area.id);
                  if (inArea.length === 0) return null;
                  return (
                    <section key={area.id} aria-labelledby={`preview-${area.id}`}>
                      <h4 id={`preview-${area.id}`} className="catalog-preview__area">
                        {checklistArea(area.id).title}
                      </h4>
                      <ul className="catalog-preview__items">
                        {inArea.map((item) => (
                          <li key={item.id}>
                            <span className="catalog-preview__title">{item.title}</span>
                            <span className="muted">
                              {item.mustHave ? 'Must-have, needed ' : 'Needed '}
                              {stageLabels[item.stage]} · {item.source}
                            </span>
                          </li>
                        ))}
                      </ul>
                    </section>
                  );
                })}
              </div>
              <div className="dialog__footer">
                <Dialog.Close className="button" onClick={() => setDismissed(true)}>
                  Not now
                </Dialog.Close>
                <Dialog.Close className="button button--primary" onClick={add}>
                  Add {plural(missing.length, 'item', 'items')}
                </Dialog.Close>
              </div>
            </div>
          </Dialog.Content>
        </Dialog.Portal>
      </Dialog.Root>
    </section>
  );
});
