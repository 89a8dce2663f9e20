import { Search, X } from 'lucide-react';
import { checklistAreas } from '../../../shared/catalog/checklistAreas';
import { itemStatusLabels, itemStatuses } from '../../../shared/model/checklist';
import { itemStages, stageLabels } from '../../../shared/model/checklistStages';
import { useAppStore } from '../../store';
import { isFiltering, noFilter, type ChecklistFilter } from './filter';

/** Narrow the checklist by status, owner, area, stage, must-have, overdue, and words. */
export function FilterBar({ owners, shown, total }: { owners: string[]; shown: number; total: number }) {
  const filter = useAppStore((s) => s.checklistFilter);
  const setFilter = useAppStore((s) => s.setChecklistFilter);

  return (
    <div className="filter-bar" role="search" aria-label="Filter the checklist">
      <div className="filter-bar__search">
        <Search size={15} aria-hidden className="filter-bar__search-icon" />
        <input
          className="input"
          type="search"
          aria-label="Search items"
          placeholder="Search items, notes, owners"
          value={filter.search}
          onChange={(e) => setFilter({ search: e.target.value })}
        />
      </div>
      <select
        className="input"
        aria-label="Status"
        value={filter.status}
        onChange={(e) => setFilter({ status: e.target.value as ChecklistFilter['status'] })}
      >
        <option value="all">Any status</option>
        <option value="open">Open (to do or in progress)</option>
        {itemStatuses.map((status) => (
          <option key={status} value={status}>
            {itemStatusLabels[status]}
          </option>
        ))}
      </select>
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
      <select
        className="input"
        aria-label="Area"
        value={filter.area}
        onChange={(e) => setFilter({ area: e.target.value as ChecklistFilter['area'] })}
      >
        <option value="all">All areas</option>
        {checklistAreas.map((area) => (
          <option key={area.id} value={area.id}>
            {area.title}
          </option>
        ))}
      </select>
      <select
        className="input"
        aria-label="Needed"
        value={filter.stage}
        onChange={(e) => setFilter({ stage: e.target.value as ChecklistFilter['stage'] })}
      >
        <option value="all">Any stage</option>
        {itemStages.map((stage) => (
          <option key={stage} value={stage}>
            Needed {stageLabels[stage]}
          </option>
        ))}
      </select>
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
          <button type="button" className="button button--small button--ghost" onClick={() => setFilter(noFilter)}>
            <X size={14} aria-hidden /> Clear filters
          </button>
        </>
      )}
    </div>
  );
}
