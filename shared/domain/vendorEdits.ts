import type { Quote, Vendor, VendorEvaluation } from '../model/vendors';
import { moveById, removeById, updateById } from './listEdits';

/** Pure edits of the vendor list and each vendor's quote; each returns new objects. */

export const emptyQuote: Quote = {
  pricingModel: 'all-inclusive',
  annualFee: null,
  lines: [],
  changeRequestsPerYear: 0,
  changeFee: 0,
  rampMonths: 0,
  parallelRunMonthlyCost: 0,
};

export function newVendor(id: string, name: string): Vendor {
  return { id, name, contact: '', website: '', notes: '', quote: emptyQuote };
}

export function addVendor(evaluation: VendorEvaluation, vendor: Vendor): VendorEvaluation {
  return { ...evaluation, vendors: [...evaluation.vendors, vendor] };
}

export type VendorPatch = Partial<Pick<Vendor, 'name' | 'contact' | 'website' | 'notes'>>;

export function updateVendor(evaluation: VendorEvaluation, id: string, patch: VendorPatch): VendorEvaluation {
  return { ...evaluation, vendors: updateById(evaluation.vendors, id, patch) };
}

/** Removes a vendor and every score given to it, so no score is left pointing at nothing. */
export function removeVendor(evaluation: VendorEvaluation, id: string): VendorEvaluation {
  return {
    ...evaluation,
    vendors: removeById(evaluation.vendors, id),
    scores: evaluation.scores.filter((score) => score.vendorId !== id),
  };
}

export function moveVendor(evaluation: VendorEvaluation, id: string, direction: -1 | 1): VendorEvaluation {
  return { ...evaluation, vendors: moveById(evaluation.vendors, id, direction) };
}

export type QuotePatch = Partial<Omit<Quote, 'lines'>>;

export function updateQuote(evaluation: VendorEvaluation, vendorId: string, patch: QuotePatch): VendorEvaluation {
  return editQuote(evaluation, vendorId, (quote) => ({ ...quote, ...patch }));
}

type QuoteLine = Quote['lines'][number];

export function addQuoteLine(evaluation: VendorEvaluation, vendorId: string, line: QuoteLine): VendorEvaluation {
  return editQuote(evaluation, vendorId, (quote) => ({ ...quote, lines: [...quote.lines, line] }));
}

export function updateQuoteLine(
  evaluation: VendorEvaluation,
  vendorId: string,
  lineId: string,
  patch: Partial<Omit<QuoteLine, 'id'>>,
): VendorEvaluation {
  return editQuote(evaluation, vendorId, (quote) => ({ ...quote, lines: updateById(quote.lines, lineId, patch) }));
}

export function removeQuoteLine(evaluation: VendorEvaluation, vendorId: string, lineId: string): VendorEvaluation {
  return editQuote(evaluation, vendorId, (quote) => ({ ...quote, lines: removeById(quote.lines, lineId) }));
}

function editQuote(evaluation: VendorEvaluation, vendorId: string, change: (quote: Quote) => Quote): VendorEvaluation {
  return {
    ...evaluation,
    vendors: evaluation.vendors.map((vendor) =>
      vendor.id === vendorId ? { ...vendor, quote: change(vendor.quote) } : vendor,
    ),
  };
}
