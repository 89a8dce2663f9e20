import { Pencil } from 'lucide-react';
import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { ProjectNameSchema } from '../../../shared/model/project';
import { ProjectNameInput } from '../../components/ProjectNameInput';
import { useAppStore } from '../../store';
import { selectReadOnly } from '../../store/projectSlice';

/**
 * Puts the keyboard on the title when a project opens (or a rename ends), so it is never left on the page's
 * body and a screen reader starts from the project's name.
 */
const focusOnMount = (heading: HTMLHeadingElement | null) => heading?.focus();

/** The project's name as the page title, renamed in place (Enter saves, Escape cancels). */
export function ProjectTitle() {
  const name = useAppStore((s) => s.current?.project.name ?? '');
  const readOnly = useAppStore(selectReadOnly);
  const renameProject = useAppStore((s) => s.renameProject);
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const errorId = useId();

  const cancel = () => {
    setDraft(null);
    setError(null);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (draft === null) return;
    const parsed = ProjectNameSchema.safeParse(draft);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'Check the name.');
      return;
    }
    if (parsed.data === name) return cancel();
    setBusy(true);
    const result = await renameProject(parsed.data);
    setBusy(false);
    if (result.ok) cancel();
    else setError(result.error.message);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      cancel();
    }
  };

  if (draft === null) {
    return (
      <div className="project-title">
        <h1 dir="auto" tabIndex={-1} ref={focusOnMount}>
          {name}
        </h1>
        {!readOnly && (
          <button type="button" className="icon-button" aria-label="Rename project" onClick={() => setDraft(name)}>
            <Pencil size={16} aria-hidden />
          </button>
        )}
      </div>
    );
  }

  return (
    <form className="project-title project-title--editing" onSubmit={(e) => void submit(e)} noValidate>
      <label className="visually-hidden" htmlFor="rename-project">
        Project name
      </label>
      <ProjectNameInput
        id="rename-project"
        className="input project-title__input"
        value={draft}
        dir="auto"
        autoFocus
        onFocus={(e) => e.currentTarget.select()}
        onValueChange={(value) => {
          setDraft(value);
          setError(null);
        }}
        onKeyDown={onKeyDown}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
      />
      <button type="submit" className="button button--primary" disabled={busy}>
        {busy ? 'Renaming…' : 'Rename'}
      </button>
      <button type="button" className="button" onClick={cancel}>
        Cancel
      </button>
      {error && (
        <p className="field__error project-title__error" id={errorId} role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
