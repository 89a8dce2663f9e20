import { useId, useState } from 'react';
import { parseAmount } from '../../shared/domain/pasteParsing';
import { exactGridNumber, gridNumber, localeNumberFormat } from '../format';

interface Props {
  id?: string;
  /** The visible label is the caller's; this names the input when there is none. */
  ariaLabel?: string;
  value: number | null;
  /** Called with every readable value as the user types (null when cleared and `allowEmpty`). */
  onChange(value: number | null): void;
  allowEmpty?: boolean;
  min?: number;
  max?: number;
  /** Shown after the number, e.g. "per year", "%", "months". */
  suffix?: string;
  disabled?: boolean;
  placeholder?: string;
  className?: string;
}

/**
 * A number typed the way the user writes it ("1.234,50" in Germany, "$1,200" anywhere): shown grouped when
 * not focused, kept as typed while editing. A text it cannot read, or one out of range, is explained under
 * the field and not saved; the last good value stays.
 */
export function AmountInput({
  id,
  ariaLabel,
  value,
  onChange,
  allowEmpty = false,
  min = -1e13,
  max = 1e13,
  suffix,
  disabled,
  placeholder,
  className,
}: Props) {
  // What the user is typing (or left unreadable); null shows the value itself, so an undo or another edit
  // elsewhere shows up here at once.
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();
  const text = draft ?? (value === null ? '' : gridNumber(value));

  const read = (input: string): string | null => {
    const parsed = parseAmount(input, localeNumberFormat());
    if (!parsed.ok) return parsed.reason;
    if (parsed.value === null) {
      if (!allowEmpty) return 'Enter a number (0 if there is none).';
      onChange(null);
      return null;
    }
    if (parsed.value < min) return min === 0 ? 'Enter a number of 0 or more.' : `Enter at least ${gridNumber(min)}.`;
    if (parsed.value > max) return `Enter at most ${gridNumber(max)}.`;
    if (parsed.value !== value) onChange(parsed.value);
    return null;
  };

  return (
    <span className={`amount-input${className ? ` ${className}` : ''}`}>
      <span className="amount-input__row">
        <input
          id={id}
          className="input amount-input__field"
          inputMode="decimal"
          aria-label={ariaLabel}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          value={text}
          disabled={disabled}
          placeholder={placeholder}
          onFocus={() => {
            if (draft === null) setDraft(value === null ? '' : exactGridNumber(value));
          }}
          onChange={(event) => {
            setDraft(event.target.value);
            // Say what is wrong only when the user leaves the field; while typing, clear a fixed mistake.
            if (!read(event.target.value)) setError(null);
          }}
          onBlur={() => {
            const problem = read(text);
            setError(problem);
            if (!problem) setDraft(null);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') setError(read(text));
          }}
        />
        {suffix && <span className="amount-input__suffix">{suffix}</span>}
      </span>
      {error && (
        <span id={errorId} className="field__error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
