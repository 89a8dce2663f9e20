import { useMemo } from 'react';
import {
  addCostLine,
  addPeriod,
  mergePeriods,
  nextPeriod,
  removeCostLine,
  removePeriod,
  setCategoryNote,
  setCostCells,
  setHorizon,
  setVolumeUnit,
  updateCostLine,
  updatePeriod,
  type CostCellValue,
  type CostLineList,
  type PeriodPatch,
} from '../../../shared/domain/costEdits';
import {
  addQuoteLine,
  addVendor,
  newVendor,
  removeQuoteLine,
  updateQuote,
  updateQuoteLine,
  type QuotePatch,
} from '../../../shared/domain/vendorEdits';
import { newId } from '../../../shared/ids';
import type { CostCategoryId } from '../../../shared/model/costCategories';
import type { Costs, CostPeriod } from '../../../shared/model/costs';
import type { Project } from '../../../shared/model/project';
import type { VendorEvaluation } from '../../../shared/model/vendors';
import { useStoreApi, type AppStore } from '../../store';

/** Every edit of the Costs screen, as a store edit applying a pure function from shared/domain (undoable, autosaved). */
export function costActions(store: AppStore) {
  const editCosts = (change: (costs: Costs) => Costs, coalesce?: string) =>
    store.getState().editProject(
      (project: Project) => {
        const costs = change(project.costs);
        return costs === project.costs ? project : { ...project, costs };
      },
      coalesce ? { coalesce } : undefined,
    );
  const editVendors = (change: (vendors: VendorEvaluation) => VendorEvaluation, coalesce?: string) =>
    store
      .getState()
      .editProject(
        (project: Project) => ({ ...project, vendors: change(project.vendors) }),
        coalesce ? { coalesce } : undefined,
      );

  return {
    /** A typed amount, a pasted block or a cleared selection: one undo step each. */
    setCells: (cells: CostCellValue[]) => editCosts((costs) => setCostCells(costs, cells)),
    addPeriod(kind: CostPeriod['kind']): CostPeriod {
      const periods = store.getState().current?.project.costs.periods ?? [];
      const period = nextPeriod(periods, kind, newId(), new Date());
      editCosts((costs) => addPeriod(costs, period));
      return period;
    },
    /** Adds periods after the latest, for a paste wider than the grid. */
    addPeriods(kind: CostPeriod['kind'], count: number): CostPeriod[] {
      const added: CostPeriod[] = [];
      let periods = store.getState().current?.project.costs.periods ?? [];
      for (let i = 0; i < count; i += 1) {
        const period = nextPeriod(periods, kind, newId(), new Date());
        periods = [...periods, period];
        added.push(period);
      }
      editCosts((costs) => added.reduce(addPeriod, costs));
      return added;
    },
    /** Imported periods replace the figures of the same periods and add the others; one undo step. */
    importPeriods(periods: CostPeriod[]): { replaced: number; added: number } {
      let outcome = { replaced: 0, added: 0 };
      editCosts((costs) => {
        const merged = mergePeriods(costs, periods);
        outcome = { replaced: merged.replaced, added: merged.added };
        return merged.costs;
      });
      return outcome;
    },
    updatePeriod: (id: string, patch: PeriodPatch) => editCosts((costs) => updatePeriod(costs, id, patch)),
    removePeriod: (id: string) => editCosts((costs) => removePeriod(costs, id)),
    setNote: (category: CostCategoryId, note: string) =>
      editCosts((costs) => setCategoryNote(costs, category, note), `note:${category}`),
    setVolumeUnit: (unit: string) => editCosts((costs) => setVolumeUnit(costs, unit), 'volume-unit'),
    setHorizon: (patch: Partial<Pick<Costs, 'horizonYears' | 'discountRate'>>) =>
      editCosts((costs) => setHorizon(costs, patch), `horizon:${Object.keys(patch).join(',')}`),
    addLine<L extends CostLineList>(list: L, line: Omit<Costs[L][number], 'id'>): string {
      const id = newId();
      editCosts((costs) => addCostLine(costs, list, { ...line, id } as Costs[L][number]));
      return id;
    },
    updateLine<L extends CostLineList>(list: L, id: string, patch: Partial<Omit<Costs[L][number], 'id'>>) {
      editCosts((costs) => updateCostLine(costs, list, id, patch), `${list}:${id}:${Object.keys(patch).join(',')}`);
    },
    removeLine: (list: CostLineList, id: string) => editCosts((costs) => removeCostLine(costs, list, id)),
    /** The vendor list is the one vendor scoring uses. */
    addVendor(name: string): string {
      const id = newId();
      editVendors((vendors) => addVendor(vendors, newVendor(id, name)));
      return id;
    },
    updateQuote: (vendorId: string, patch: QuotePatch) =>
      editVendors((v) => updateQuote(v, vendorId, patch), `quote:${vendorId}:${Object.keys(patch).join(',')}`),
    addQuoteLine(vendorId: string): string {
      const id = newId();
      editVendors((v) => addQuoteLine(v, vendorId, { id, label: '', annualAmount: 0 }));
      return id;
    },
    updateQuoteLine: (vendorId: string, lineId: string, patch: { label?: string; annualAmount?: number }) =>
      editVendors(
        (v) => updateQuoteLine(v, vendorId, lineId, patch),
        `quote-line:${lineId}:${Object.keys(patch).join(',')}`,
      ),
    removeQuoteLine: (vendorId: string, lineId: string) => editVendors((v) => removeQuoteLine(v, vendorId, lineId)),
  };
}

export type CostActions = ReturnType<typeof costActions>;

export function useCostActions(): CostActions {
  const store = useStoreApi();
  return useMemo(() => costActions(store), [store]);
}
