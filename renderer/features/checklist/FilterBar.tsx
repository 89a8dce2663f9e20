import { Search, X } from 'lucide-react';
import { memo, useRef } from 'react';
import { checklistAreas } from '../../../shared/catalog/checklistAreas';
import { itemStatusLabels, itemStatuses } from '../../../shared/model/checklistConstants';
import { itemStages, stageLabels } from '../../../shared/model/checklistStages';
import { useAppStore } from '../../store';
import { isFiltering, noFilter } from './filter';

/** Narrow the checklist by status, owner, area, stage, must-have, overdue, and words. */
export const FilterBar = memo(function FilterBar({
  owners,
  shown,
  total,
}: {
  owners: string[];
  shown: number;
  total: number;
}) {
  const filter = useAppStore((s) => s.checklistFilter);
  const setFilter = useAppStore((s) => s.setChecklistFilter);
  const searchBox = useRef<HTMLInputElement>(null);

  return (
    <div className="filter-bar" role="search" aria-label="Filter the checklist">
      <div className="filter-bar__search">
        <Search size={15} aria-hidden className="filter-bar__search-icon" />
        <input
          ref={searchBox}
          className="input"
          type="search"
          aria-label="Search items"
          placeholder="Search items, notes, owners"
          value={filter.search}
          onChange={(e) => setFilter({ search: e.target.value })}
        />
      </div>
      <OneOf
        label="Status"
        all="Any status"
        value={filter.status}
        choices={[
          { value: 'open', label: 'Open (to do or in progress)' },
          ...itemStatuses.map((status) => ({ value: status, label: itemStatusLabels[status] })),
        ]}
        onChange={(status) => setFilter({ status })}
      />
      <select
        className="input"
        aria-label="Owner"
        value={filter.owner ?? '\u0000all'}
        onChange={(e) => setFilter({ owner: e.target.value === '\u0000all' ? null : e.target.value })}
      >
        <option value={'\u0000all'}>Any owner</option>
        <option value="">No owner yet</option>
        {owners.map((owner) => (
          <option key={owner} value={owner}>
            {owner}
          </option>
        ))}
      </select>
      <OneOf
        label="Area"
        all="All areas"
        value={filter.area}
        choices={checklistAreas.map((area) => ({ value: area.id, label: area.title }))}
        onChange={(area) => setFilter({ area })}
      />
      <OneOf
        label="Needed"
        all="Any stage"
        value={filter.stage}
        choices={itemStages.map((stage) => ({ value: stage, label: `Needed ${stageLabels[stage]}` }))}
        onChange={(stage) => setFilter({ stage })}
      />
      <label className="toggle">
        <input
          type="checkbox"
          checked={filter.mustHaveOnly}
          onChange={(e) => setFilter({ mustHaveOnly: e.target.checked })}
        />
        Must-haves
      </label>
      <label className="toggle">
        <input
          type="checkbox"
          checked={filter.overdueOnly}
          onChange={(e) => setFilter({ overdueOnly: e.target.checked })}
        />
        Overdue
      </label>
      {isFiltering(filter) && (
        <>
          <span className="filter-bar__count" role="status">
            {shown} of {total} items
          </span>
          <button
            type="button"
            className="button button--small button--ghost"
            onClick={() => {
              setFilter(noFilter);
              // The button goes with the filters; the keyboard goes to the search box rather than the page.
              searchBox.current?.focus({ preventScroll: true });
            }}
          >
            <X size={14} aria-hidden /> Clear filters
          </button>
        </>
      )}
    </div>
  );
});

/** A list narrowing the checklist to one value of a field, or showing them all. */
function OneOf<T extends string>({
  label,
  all,
  value,
  choices,
  onChange,
}: {
  label: string;
  /** How "no narrowing" reads. */
  all: string;
  value: T | 'all';
  choices: ReadonlyArray<{ value: T; label: string }>;
  onChange(value: T | 'all'): void;
}) {
  return (
    <select className="input" aria-label={label} value={value} onChange={(e) => onChange(e.target.value as T | 'all')}>
      <option value="all">{all}</option>
      {choices.map((choice) => (
        <option key={choice.value} value={choice.value}>
          {choice.label}
        </option>
      ))}
    </select>
  );
}
