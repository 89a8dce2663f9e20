import * as Dialog from '@radix-ui/react-dialog';
import { useDeferredValue, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { findInProject, findResultLimit, type FindResult } from '../../../shared/domain/findInProject';
import { DialogHeader } from '../../components/DialogHeader';
import { useAppStore } from '../../store';
import '../commands/commands.css';

/** The snippet with the found words marked. */
function Snippet({ result }: { result: FindResult }) {
  const parts: Array<{ text: string; found: boolean }> = [];
  let at = 0;
  for (const [from, to] of result.highlights) {
    if (from > at) parts.push({ text: result.snippet.slice(at, from), found: false });
    parts.push({ text: result.snippet.slice(from, to), found: true });
    at = to;
  }
  if (at < result.snippet.length) parts.push({ text: result.snippet.slice(at), found: false });
  return (
    <span className="find__snippet" dir="auto">
      {parts.map((part, index) =>
        part.found ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
      )}
    </span>
  );
}

/**
 * Find across the project (Ctrl/⌘+F): type words, move through the results with ↑/↓, Enter goes to the record
 * on its tab. A combobox with a list of options, so screen readers follow the highlighted result.
 */
export function FindDialog({
  open,
  onOpenChange,
  onChoose,
}: {
  open: boolean;
  onOpenChange(open: boolean): void;
  onChoose(result: FindResult): void;
}) {
  const project = useAppStore((s) => s.current?.project ?? null);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const deferredQuery = useDeferredValue(query);
  const results = useMemo(() => (project ? findInProject(project, deferredQuery) : []), [project, deferredQuery]);
  const listId = useId();
  const optionId = (index: number) => `${listId}-${index}`;
  const selected = Math.min(active, results.length - 1);
  /** A result was chosen: the keyboard goes to the record, not back to where it was before Find. */
  const went = useRef(false);

  const change = (next: boolean) => {
    if (!next) {
      setQuery('');
      setActive(0);
    }
    onOpenChange(next);
  };
  const choose = (result: FindResult | undefined) => {
    if (!result) return;
    went.current = true;
    change(false);
    onChoose(result);
  };
  const move = (by: number) => {
    if (results.length === 0) return;
    const next = (selected + by + results.length) % results.length;
    setActive(next);
    document.getElementById(optionId(next))?.scrollIntoView({ block: 'nearest' });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      move(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(results[selected]);
    }
  };

  const status =
    deferredQuery.trim() === ''
      ? 'Type to find checklist items, notes, vendors, criteria, KPIs, risks and goals.'
      : results.length === 0
        ? `Nothing in this project matches “${deferredQuery.trim()}”.`
        : results.length === findResultLimit
          ? `The first ${findResultLimit} matches — add a word to narrow them.`
          : `${results.length} ${results.length === 1 ? 'match' : 'matches'}`;

  return (
    <Dialog.Root open={open} onOpenChange={change}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content
          className="dialog"
          aria-describedby={`${listId}-status`}
          onCloseAutoFocus={(event) => {
            if (went.current) event.preventDefault();
            went.current = false;
          }}
        >
          <DialogHeader>Find in project</DialogHeader>
          <div className="dialog__body find">
            <input
              className="input find__input"
              type="search"
              role="combobox"
              aria-label="Find"
              aria-expanded={results.length > 0}
              aria-controls={listId}
              aria-autocomplete="list"
              aria-activedescendant={results.length > 0 ? optionId(selected) : undefined}
              placeholder="Find in this project"
              autoFocus
              dir="auto"
              value={query}
              onChange={(event) => {
                setQuery(event.target.value);
                setActive(0);
              }}
              onKeyDown={onKeyDown}
            />
            <p className="find__status" id={`${listId}-status`} role="status">
              {status}
            </p>
            <ul className="find__results" id={listId} role="listbox" aria-label="Results">
              {results.map((result, index) => (
                <li
                  key={`${result.kind}-${result.id}`}
                  id={optionId(index)}
                  role="option"
                  aria-selected={index === selected}
                  className="find__result"
                  onMouseMove={() => setActive(index)}
                  onClick={() => choose(result)}
                >
                  <span className="find__kind">{result.kind}</span>
                  <span className="find__title" dir="auto">
                    {result.title}
                  </span>
                  <Snippet result={result} />
                </li>
              ))}
            </ul>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
