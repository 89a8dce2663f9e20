import { Plus, type LucideIcon } from 'lucide-react';
import { useId, useState, type FormEvent, type ReactNode } from 'react';

interface Props {
  /** The input's accessible name: "New vendor’s name". */
  label: string;
  placeholder: string;
  /** The button's text: "Add vendor". */
  action: string;
  icon?: LucideIcon;
  maxLength: number;
  /** Called with the trimmed text; the field empties itself afterwards. */
  onAdd(text: string): void;
  /** More controls between the field and the button (the new criterion's group). */
  extra?: ReactNode;
}

/** One line to add a record by name, at the end of a list: type, press Enter (or the button), carry on. */
export function InlineAddForm({ label, placeholder, action, icon: Icon = Plus, maxLength, onAdd, extra }: Props) {
  const id = useId();
  const [text, setText] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = text.trim();
    if (!value) return;
    onAdd(value);
    setText('');
  };
  return (
    <form className="inline-add" onSubmit={submit}>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <input
        id={id}
        className="input"
        placeholder={placeholder}
        value={text}
        maxLength={maxLength}
        onChange={(event) => setText(event.target.value)}
      />
      {extra}
      <button type="submit" className="button button--small" disabled={!text.trim()}>
        <Icon size={14} aria-hidden /> {action}
      </button>
    </form>
  );
}
