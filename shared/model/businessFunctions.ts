/** The business functions a project can prepare for outsourcing; each id names a checklist template. */
export const businessFunctionIds = [
  'customer-service',
  'collections',
  'travel-management',
  'hr-administration',
  'finance-accounting',
  'it-help-desk',
] as const;

export type BusinessFunctionId = (typeof businessFunctionIds)[number];

export interface BusinessFunction {
  id: BusinessFunctionId;
  label: string;
  /** One line that helps an owner recognise their own situation. */
  summary: string;
  /** What one unit of work is called, for cost per unit (contacts, invoices, trips…). */
  volumeUnit: string;
}

export const businessFunctions: readonly BusinessFunction[] = [
  {
    id: 'customer-service',
    label: 'Customer service',
    summary: 'Phone, e-mail and chat support for your customers.',
    volumeUnit: 'contacts',
  },
  {
    id: 'collections',
    label: 'Collections & receivables',
    summary: 'Reminders, payment plans and overdue accounts, handled without losing the customer.',
    volumeUnit: 'accounts',
  },
  {
    id: 'travel-management',
    label: 'Travel management',
    summary: 'Booking, policy and duty of care for business trips.',
    volumeUnit: 'trips',
  },
  {
    id: 'hr-administration',
    label: 'HR administration',
    summary: 'Onboarding paperwork, records, benefits and employee questions.',
    volumeUnit: 'employees',
  },
  {
    id: 'finance-accounting',
    label: 'Finance & accounting',
    summary: 'Payables, invoicing, reconciliations and month-end close.',
    volumeUnit: 'invoices',
  },
  {
    id: 'it-help-desk',
    label: 'IT help desk',
    summary: 'First-line support for your staff’s devices, accounts and software.',
    volumeUnit: 'tickets',
  },
];

export function businessFunction(id: BusinessFunctionId): BusinessFunction {
  const found = businessFunctions.find((f) => f.id === id);
  if (!found) throw new Error(`Unknown business function: ${id}`);
  return found;
}
