import * as Dialog from '@radix-ui/react-dialog';
import { X } from 'lucide-react';
import { useId, useState, type FormEvent } from 'react';
import { businessFunctions, type BusinessFunctionId } from '../../../shared/model/businessFunctions';
import { ProjectNameSchema } from '../../../shared/model/project';
import { ProjectNameInput } from '../../components/ProjectNameInput';
import { useAppStore } from '../../store';
import { projectFileName } from '../../../shared/model/projectFileName';

export interface NewProjectDialogProps {
  open: boolean;
  onOpenChange(open: boolean): void;
}

export function NewProjectDialog({ open, onOpenChange }: NewProjectDialogProps) {
  const createProject = useAppStore((s) => s.createProject);
  const [name, setName] = useState('');
  const [functionTemplate, setFunctionTemplate] = useState<BusinessFunctionId>('customer-service');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const errorId = useId();

  const change = (next: boolean) => {
    if (!next) {
      setName('');
      setError(null);
    }
    onOpenChange(next);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = ProjectNameSchema.safeParse(name);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'Check the name.');
      return;
    }
    setBusy(true);
    const result = await createProject({ name: parsed.data, functionTemplate });
    setBusy(false);
    if (result.ok) change(false);
    else setError(result.error.message);
  };

  return (
    <Dialog.Root open={open} onOpenChange={change}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog" aria-describedby={undefined}>
          <div className="dialog__header">
            <Dialog.Title>New project</Dialog.Title>
            <Dialog.Close className="icon-button" aria-label="Close">
              <X size={18} aria-hidden />
            </Dialog.Close>
          </div>
          <form className="dialog__body" onSubmit={(e) => void submit(e)} noValidate>
            <div className="field">
              <label className="field__label" htmlFor="project-name">
                Project name
              </label>
              <ProjectNameInput
                id="project-name"
                value={name}
                dir="auto"
                autoFocus
                placeholder="e.g. Acme customer service"
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? errorId : undefined}
                onValueChange={(value) => {
                  setName(value);
                  setError(null);
                }}
              />
              {fileNameNote(name) && (
                <p className="field__hint" id={`${errorId}-file`}>
                  {fileNameNote(name)}
                </p>
              )}
              {error && (
                <p className="field__error" id={errorId} role="alert">
                  {error}
                </p>
              )}
            </div>
            <fieldset className="function-picker">
              <legend className="field__label">Which function are you outsourcing?</legend>
              <p className="field__hint">
                It decides the starting checklist and suggested KPIs. You can change it later.
              </p>
              <div className="function-picker__options">
                {businessFunctions.map((fn) => (
                  <label key={fn.id} className="function-option">
                    <input
                      type="radio"
                      name="function"
                      value={fn.id}
                      checked={functionTemplate === fn.id}
                      onChange={() => setFunctionTemplate(fn.id)}
                    />
                    <span className="function-option__text">
                      <span className="function-option__label">{fn.label}</span>
                      <span className="function-option__summary">{fn.summary}</span>
                    </span>
                  </label>
                ))}
              </div>
            </fieldset>
            <div className="dialog__footer">
              <Dialog.Close className="button" type="button">
                Cancel
              </Dialog.Close>
              <button type="submit" className="button button--primary" disabled={busy}>
                {busy ? 'Creating…' : 'Create project'}
              </button>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

/** The file name the project will get, when it is not simply the name plus `.orw`: shown before saving. */
function fileNameNote(name: string): string | null {
  const trimmed = name.trim();
  const fileName = projectFileName(trimmed);
  return trimmed === '' || fileName === `${trimmed}.orw`
    ? null
    : `It will be saved as “${fileName}”, a name every computer accepts.`;
}
