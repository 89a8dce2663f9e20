import * as Dialog from '@radix-ui/react-dialog';
import { Settings2, X } from 'lucide-react';
import type { Project } from '../../../shared/model/project';
import { useAppStore } from '../../store';

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
  const readOnly = useAppStore((s) => s.current?.lockedBy != null);
  const editProject = useAppStore((s) => s.editProject);

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
            <div className="field">
              <label className="field__label" htmlFor="project-currency">
                Currency
              </label>
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
              <p className="field__hint">
                Every amount in the project — cost history, quotes, savings — is in this currency.
              </p>
            </div>
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
