import { ChevronLeft, ChevronRight } from 'lucide-react';
import { useEffect, useRef, useState, type ReactNode } from 'react';

const tabListIn = (strip: HTMLElement | null) => strip?.querySelector<HTMLElement>('[role="tablist"]') ?? null;

const edges = [
  { side: 'before', direction: -1, Icon: ChevronLeft },
  { side: 'after', direction: 1, Icon: ChevronRight },
] as const;

/**
 * Around a tab list that may not fit a narrow window: it scrolls sideways, and an arrow at each edge that has
 * more tabs shows it and scrolls to them. The arrows are for the mouse; with the keyboard, each tab comes into
 * view as it takes focus.
 */
export function TabStrip({ children }: { children: ReactNode }) {
  const strip = useRef<HTMLDivElement>(null);
  const [more, setMore] = useState({ before: false, after: false });

  useEffect(() => {
    const tabs = tabListIn(strip.current);
    if (!tabs) return;
    const measure = () =>
      setMore({
        before: tabs.scrollLeft > 1,
        after: tabs.scrollLeft + tabs.clientWidth < tabs.scrollWidth - 1,
      });
    // Radix moves focus between tabs without scrolling: bring the focused tab into view here.
    const reveal = (event: FocusEvent) =>
      (event.target as HTMLElement).scrollIntoView({ block: 'nearest', inline: 'nearest' });
    measure();
    tabs.addEventListener('scroll', measure, { passive: true });
    tabs.addEventListener('focusin', reveal);
    window.addEventListener('resize', measure);
    return () => {
      tabs.removeEventListener('scroll', measure);
      tabs.removeEventListener('focusin', reveal);
      window.removeEventListener('resize', measure);
    };
  }, []);

  const scroll = (direction: 1 | -1) => {
    const tabs = tabListIn(strip.current);
    tabs?.scrollBy({ left: direction * tabs.clientWidth * 0.8, behavior: 'smooth' });
  };

  return (
    <div className="tab-strip" ref={strip}>
      {children}
      {edges.map(({ side, direction, Icon }) =>
        more[side] ? (
          <button
            key={side}
            type="button"
            className={`tab-strip__more tab-strip__more--${side}`}
            tabIndex={-1}
            aria-hidden
            data-testid={`tabs-more-${side}`}
            title="More tabs"
            onClick={() => scroll(direction)}
          >
            <Icon size={16} aria-hidden />
          </button>
        ) : null,
      )}
    </div>
  );
}
