import * as Dialog from '@radix-ui/react-dialog';
import { Settings2, X } from 'lucide-react';
import type { Project } from '../../../shared/model/project';
import { businessFunction, businessFunctions, type BusinessFunctionId } from '../../../shared/model/businessFunctions';
import { Field } from '../../components/Field';
import { useAppStore, useStoreApi } from '../../store';
import { useChecklistActions } from '../checklist/checklistActions';
import { selectReadOnly } from '../../store/projectSlice';

const currencies = ['USD', 'EUR', 'GBP', 'CAD', 'AUD', 'NZD', 'CHF', 'SEK', 'NOK', 'DKK', 'JPY', 'INR', 'SGD', 'ZAR'];

const relationshipModels: Array<{ id: Project['relationshipModel']; label: string; hint: string }> = [
  { id: 'undecided', label: 'Not decided yet', hint: 'The checklist helps you choose.' },
  {
    id: 'relational',
    label: 'Relational',
    hint: 'Your account is treated individually; usually a little dearer, with long-term benefits.',
  },
  {
    id: 'transactional',
    label: 'Transactional',
    hint: 'A standard, efficiency-first service; changes tend to be discouraged through pricing.',
  },
];

/** Settings that shape the whole project: the currency of every amount and the partnership the company wants. */
export function ProjectSettingsDialog() {
  const currency = useAppStore((s) => s.current?.project.currency ?? 'USD');
  const relationshipModel = useAppStore((s) => s.current?.project.relationshipModel ?? 'undecided');
  const readOnly = useAppStore(selectReadOnly);
  const editProject = useAppStore((s) => s.editProject);
  const functionTemplate = useAppStore((s) => s.current?.project.functionTemplate ?? 'customer-service');
  const actions = useChecklistActions();
  const store = useStoreApi();

  const changeFunction = (id: BusinessFunctionId) => {
    const before = store.getState().current?.project.checklist.items.length ?? 0;
    actions.changeFunction(id);
    const added = (store.getState().current?.project.checklist.items.length ?? 0) - before;
    const changed = `The business function is now ${businessFunction(id).label}.`;
    store
      .getState()
      .showToast(
        added === 0
          ? changed
          : `${changed} ${added === 1 ? '1 item was' : `${added} items were`} added to the checklist; nothing you did was changed.`,
      );
  };

  return (
    <Dialog.Root>
      <Dialog.Trigger className="button button--small" disabled={readOnly}>
        <Settings2 size={16} aria-hidden />
        Settings
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog dialog--small" aria-describedby={undefined}>
          <div className="dialog__header">
            <Dialog.Title>Project settings</Dialog.Title>
            <Dialog.Close className="icon-button" aria-label="Close">
              <X size={18} aria-hidden />
            </Dialog.Close>
          </div>
          <div className="dialog__body">
            <Field
              id="project-function"
              label="Business function"
              hint="Changing it adds the new function’s checklist items. Nothing is removed and your progress is kept."
            >
              <select
                id="project-function"
                className="input"
                value={functionTemplate}
                onChange={(e) => changeFunction(e.target.value as BusinessFunctionId)}
              >
                {businessFunctions.map((fn) => (
                  <option key={fn.id} value={fn.id}>
                    {fn.label}
                  </option>
                ))}
              </select>
            </Field>
            <Field
              id="project-currency"
              label="Currency"
              hint="Every amount in the project — cost history, quotes, savings — is in this currency."
            >
              <select
                id="project-currency"
                className="input"
                value={currency}
                onChange={(e) => editProject((p) => ({ ...p, currency: e.target.value }))}
              >
                {(currencies.includes(currency) ? currencies : [currency, ...currencies]).map((code) => (
                  <option key={code}>{code}</option>
                ))}
              </select>
            </Field>
            <fieldset className="function-picker">
              <legend className="field__label">What kind of partnership do you want?</legend>
              {relationshipModels.map((model) => (
                <label key={model.id} className="function-option">
                  <input
                    type="radio"
                    name="relationship-model"
                    checked={relationshipModel === model.id}
                    onChange={() => editProject((p) => ({ ...p, relationshipModel: model.id }))}
                  />
                  <span className="function-option__text">
                    <span className="function-option__label">{model.label}</span>
                    <span className="function-option__summary">{model.hint}</span>
                  </span>
                </label>
              ))}
            </fieldset>
            <div className="dialog__footer">
              <Dialog.Close className="button button--primary">Done</Dialog.Close>
            </div>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
