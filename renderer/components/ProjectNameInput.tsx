import { useId, type InputHTMLAttributes } from 'react';
import { projectNameMaxLength } from '../../shared/model/project';

/** How close a name may come to the limit before the characters left are shown. */
const countWithin = 20;

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'maxLength'> {
  value: string;
  onValueChange(value: string): void;
}

/**
 * A project's name, for creating and renaming alike: one length limit, held while typing or pasting, with the
 * characters left shown (and announced) near it.
 */
export function ProjectNameInput({ value, onValueChange, className = 'input', ...input }: Props) {
  const counterId = useId();
  const left = projectNameMaxLength - value.length;
  const counting = left <= countWithin;
  const describedBy = [input['aria-describedby'], counting ? counterId : null].filter(Boolean).join(' ');
  return (
    <>
      <input
        {...input}
        className={className}
        value={value}
        maxLength={projectNameMaxLength}
        aria-describedby={describedBy || undefined}
        onChange={(event) => onValueChange(event.target.value)}
      />
      <span id={counterId} className="name-counter" aria-live="polite">
        {counting ? `${left} ${left === 1 ? 'character' : 'characters'} left` : ''}
      </span>
    </>
  );
}
