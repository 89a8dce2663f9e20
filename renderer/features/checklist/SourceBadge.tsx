import * as Popover from '@radix-ui/react-popover';
import { X } from 'lucide-react';
import { memo, useId } from 'react';
import { describeSource } from '../../../shared/catalog/sourceText';
import { Glyph } from '../../components/Glyph';

/**
 * Where an item comes from, in words on the badge ("Tip 1 · involve the C-suite"), and in full a click away.
 * Memoised: a keystroke in the item's notes re-renders its row, not this popover.
 */
export const SourceBadge = memo(function SourceBadge({ source }: { source: string }) {
  const words = describeSource(source);
  const titleId = useId();
  return (
    <Popover.Root>
      <Popover.Trigger className="badge badge--source badge--button" title={words.badge}>
        <Glyph shape="book" />
        <span className="visually-hidden">Source:</span> <span className="badge__text">{words.badge}</span>
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          className="popover"
          side="bottom"
          align="end"
          sideOffset={6}
          collisionPadding={12}
          aria-labelledby={titleId}
        >
          <div className="popover__header">
            <h3 id={titleId} className="popover__title">
              Source
            </h3>
            <Popover.Close className="icon-button" aria-label="Close">
              <X size={16} aria-hidden />
            </Popover.Close>
          </div>
          {words.work && <p className="popover__work">{words.work}</p>}
          <p>{words.topic ? `${words.detail} — ${words.topic}` : words.detail}</p>
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
});
