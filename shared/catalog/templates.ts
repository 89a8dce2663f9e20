import type { BusinessFunctionId } from '../model/businessFunctions';
import type { FunctionTemplate } from './types';

/**
 * What each business function adds to the common checklist: its own items, common items that
 * matter more for it, and KPIs that make sense for the partnership plan.
 */
export const functionTemplates: Record<BusinessFunctionId, FunctionTemplate> = {
  'customer-service': {
    functionId: 'customer-service',
    extraItems: [
      {
        id: 'fn.customer-service.channels-hours',
        areaId: 'process',
        title: 'Define the channels, hours and languages to cover',
        guidance:
          'Phone, email, chat and social media each need different skills and staffing, and opening hours drive most of the price. Done means a list of channels with the hours, languages and response times you expect for each.',
        weight: 3,
        mustHave: true,
        source: 'practice',
        sourceDetail: 'Service scope',
      },
      {
        id: 'fn.customer-service.brand-voice',
        areaId: 'relationship',
        title: 'Share a tone-of-voice and brand guide',
        guidance:
          'To your customers, the provider’s agents are your company, so they need to sound like you. Done means a short guide with words you use and avoid, sample replies and how formal or warm to be.',
        weight: 2,
        mustHave: false,
        source: 'seed-relationship',
        sourceDetail: 'Customer control',
      },
      {
        id: 'fn.customer-service.goodwill-limits',
        areaId: 'process',
        title: 'Set limits for refunds and goodwill gestures',
        guidance:
          'Agents who can fix a problem on the spot keep customers happy, but open-ended discretion can get expensive. Done means clear amounts agents may refund or credit alone and when they must refer to you.',
        weight: 2,
        mustHave: false,
        source: 'practice',
        sourceDetail: 'Delegation of authority',
      },
    ],
    reweight: [
      { itemId: 'process.current-kpis', weight: 3, mustHave: true },
      { itemId: 'relationship.culture-described', weight: 3 },
      { itemId: 'transition.customer-communication', weight: 2 },
    ],
    suggestedKpis: [
      {
        objective: 'Customers get their issue solved in one go',
        kpi: 'First-contact resolution',
        measurement: 'Share of contacts with no repeat contact on the same issue within 7 days',
      },
      {
        objective: 'Customers are happy with the service they receive',
        kpi: 'Customer satisfaction (CSAT)',
        measurement: 'Average score from a short survey sent after each closed contact',
      },
      {
        objective: 'Customers reach someone quickly',
        kpi: 'Average speed of answer',
        measurement: 'Mean seconds from queue entry to an agent answering, from the phone or chat system',
      },
      {
        objective: 'Few customers give up before being helped',
        kpi: 'Abandonment rate',
        measurement: 'Share of calls or chats ended by the customer before an agent answers',
      },
      {
        objective: 'Answers are correct and on-brand',
        kpi: 'Quality score',
        measurement: 'Monthly review of a sample of contacts against an agreed checklist',
      },
    ],
  },

  collections: {
    functionId: 'collections',
    extraItems: [
      {
        id: 'fn.collections.tone-and-hardship',
        areaId: 'relationship',
        title: 'Agree tone and hardship rules for customers who owe money',
        guidance:
          'How you chase a debt decides whether you keep the customer, and people in difficulty need a different approach. Done means written guidance on tone, contact times and how often to call, plus how to spot and treat customers in financial hardship.',
        weight: 3,
        mustHave: true,
        source: 'seed-relationship',
        sourceDetail: 'Customer control',
      },
      {
        id: 'fn.collections.payment-plan-limits',
        areaId: 'process',
        title: 'Set payment-plan and settlement authority limits',
        guidance:
          'Agents need to know what they may offer without asking, or they either stall or give too much away. Done means limits for instalment length, minimum payments, discounts and write-offs, and who approves anything beyond them.',
        weight: 3,
        mustHave: false,
        source: 'practice',
        sourceDetail: 'Delegation of authority',
      },
      {
        id: 'fn.collections.customer-segments',
        areaId: 'process',
        title: 'Describe how payment behaviour differs between customers',
        guidance:
          'A loyal customer who pays late every quarter needs different handling from a new account that has gone silent. Done means a few customer groups with their usual payment patterns and the approach that works for each.',
        weight: 2,
        mustHave: false,
        source: 'seed-relationship',
        sourceDetail: 'Payment patterns',
      },
    ],
    reweight: [
      { itemId: 'baseline.money-leaks', weight: 3 },
      { itemId: 'process.decision-rules', weight: 3 },
      { itemId: 'risk.regulatory-obligations', weight: 3, mustHave: true },
    ],
    suggestedKpis: [
      {
        objective: 'Customers pay sooner',
        kpi: 'Days sales outstanding (DSO)',
        measurement: 'Receivables ÷ credit sales × days in the period, from the ledger each month',
      },
      {
        objective: 'Promises to pay turn into real payments',
        kpi: 'Promise-to-pay kept rate',
        measurement: 'Share of payment promises paid in full by the agreed date',
      },
      {
        objective: 'Customers are treated fairly while being chased',
        kpi: 'Complaint rate',
        measurement: 'Complaints per 1,000 accounts worked, from the complaints log',
      },
      {
        objective: 'More overdue money is recovered',
        kpi: 'Collection rate',
        measurement: 'Amount collected ÷ amount placed with the provider, by age band',
      },
      {
        objective: 'Less money ends up written off',
        kpi: 'Bad-debt write-offs',
        measurement: 'Value written off as a share of credit sales, per quarter',
      },
    ],
  },

  'travel-management': {
    functionId: 'travel-management',
    extraItems: [
      {
        id: 'fn.travel-management.travel-policy',
        areaId: 'process',
        title: 'Share an up-to-date travel policy',
        guidance:
          'A provider can only keep bookings within budget if it knows the rules on classes, hotels and approvals. Done means a current written policy with price caps, preferred suppliers, approval steps and the exceptions you allow.',
        weight: 3,
        mustHave: true,
        source: 'practice',
        sourceDetail: 'Travel policy',
      },
      {
        id: 'fn.travel-management.duty-of-care',
        areaId: 'risk',
        title: 'Agree duty-of-care and emergency support',
        guidance:
          'When something happens abroad, you must be able to find and help your travellers quickly. Done means you know how trips are tracked, who can be reached around the clock and how travellers get help in an emergency.',
        weight: 3,
        mustHave: true,
        source: 'practice',
        sourceDetail: 'Duty of care',
      },
      {
        id: 'fn.travel-management.traveller-profiles',
        areaId: 'transition',
        title: 'Prepare traveller profiles and loyalty details',
        guidance:
          'Accurate profiles stop booking errors and keep frequent travellers happy from the first trip. Done means names as in passports, preferences and loyalty numbers are collected and ready to pass on securely.',
        weight: 1,
        mustHave: false,
        source: 'practice',
        sourceDetail: 'Transition planning',
      },
    ],
    reweight: [
      { itemId: 'process.volumes-seasonality', weight: 3 },
      { itemId: 'baseline.expected-improvement', weight: 3 },
      { itemId: 'risk.business-continuity', weight: 3 },
    ],
    suggestedKpis: [
      {
        objective: 'Trips are booked within the rules',
        kpi: 'Policy compliance rate',
        measurement: 'Share of bookings within policy, from the provider’s booking data',
      },
      {
        objective: 'Travellers find booking and support easy',
        kpi: 'Traveller satisfaction',
        measurement: 'Average score from a short survey after each trip',
      },
      {
        objective: 'Travel costs less for the same trips',
        kpi: 'Savings against reference fares',
        measurement: 'Price paid compared with the lowest reasonable fare offered at booking',
      },
      {
        objective: 'Travellers can be located fast in an incident',
        kpi: 'Time to locate travellers',
        measurement: 'Minutes to account for everyone in an affected area, tested twice a year',
      },
      {
        objective: 'Bookings are done promptly',
        kpi: 'Booking turnaround time',
        measurement: 'Hours from request to confirmed itinerary, from the request log',
      },
    ],
  },

  'hr-administration': {
    functionId: 'hr-administration',
    extraItems: [
      {
        id: 'fn.hr-administration.employee-data',
        areaId: 'risk',
        title: 'Agree how employee personal data is handled',
        guidance:
          'HR records hold some of the most sensitive data you own, such as pay, health and bank details. Done means you know what the provider may see, where it is kept, who has access and how long it is retained.',
        weight: 3,
        mustHave: true,
        source: 'it-cmf',
        sourceDetail: 'Personal Data Protection',
      },
      {
        id: 'fn.hr-administration.payroll-cutoffs',
        areaId: 'process',
        title: 'Fix payroll cut-off dates and who approves changes',
        guidance:
          'A missed cut-off means people are paid late or wrongly, which hurts trust faster than almost anything. Done means a payroll calendar with cut-offs for starters, leavers and changes, and named approvers for each.',
        weight: 3,
        mustHave: true,
        source: 'practice',
        sourceDetail: 'Payroll calendar',
      },
      {
        id: 'fn.hr-administration.policy-library',
        areaId: 'transition',
        title: 'Gather current HR policies and contract templates',
        guidance:
          'The provider will answer staff questions from your policies, so out-of-date documents lead to wrong answers. Done means the handbook, contract templates and standard letters are current and kept in one place.',
        weight: 2,
        mustHave: false,
        source: 'practice',
        sourceDetail: 'Knowledge transfer',
      },
    ],
    reweight: [
      { itemId: 'transition.knowledge-transfer', weight: 3 },
      { itemId: 'governance.escalation-path', weight: 3 },
      { itemId: 'risk.regulatory-obligations', weight: 3, mustHave: true },
    ],
    suggestedKpis: [
      {
        objective: 'New starters are ready to work on day one',
        kpi: 'Time to onboard',
        measurement: 'Working days from signed offer to complete paperwork, system access and first pay set-up',
      },
      {
        objective: 'Employees get quick answers to HR questions',
        kpi: 'Query resolution time',
        measurement: 'Average working hours from question to answer, from the HR ticket log',
      },
      {
        objective: 'Everyone is paid correctly and on time',
        kpi: 'Payroll accuracy',
        measurement: 'Share of payslips needing no correction after the pay run',
      },
      {
        objective: 'Employee records can be trusted',
        kpi: 'Record accuracy',
        measurement: 'Errors found in a quarterly sample of employee records',
      },
      {
        objective: 'Staff are satisfied with HR support',
        kpi: 'Employee satisfaction with HR service',
        measurement: 'Average score from a short survey after each closed query',
      },
    ],
  },

  'finance-accounting': {
    functionId: 'finance-accounting',
    extraItems: [
      {
        id: 'fn.finance-accounting.segregation-of-duties',
        areaId: 'risk',
        title: 'Set segregation of duties and approval limits',
        guidance:
          'Letting one person create a supplier, enter an invoice and release the payment is an open door to error and fraud. Done means a table of who may do and approve each step, with payment limits, split between your staff and the provider.',
        weight: 3,
        mustHave: true,
        source: 'practice',
        sourceDetail: 'Internal controls',
      },
      {
        id: 'fn.finance-accounting.close-calendar',
        areaId: 'process',
        title: 'Share the month-end close calendar',
        guidance:
          'Month-end runs on deadlines, and one late step delays every report after it. Done means a dated calendar of close tasks with owners on both sides, including the reports you need and when.',
        weight: 2,
        mustHave: true,
        source: 'practice',
        sourceDetail: 'Close calendar',
      },
      {
        id: 'fn.finance-accounting.audit-trail',
        areaId: 'risk',
        title: 'Agree audit-trail and record-keeping rules',
        guidance:
          'Your auditors and the tax authority will still expect answers from you, not the provider. Done means you know which records must be kept, for how long and in what form, and how auditors will get access.',
        weight: 2,
        mustHave: false,
        source: 'practice',
        sourceDetail: 'Record keeping',
      },
    ],
    reweight: [
      { itemId: 'process.systems-access', weight: 3, mustHave: true },
      { itemId: 'process.decision-rules', weight: 3, mustHave: true },
      { itemId: 'risk.regulatory-obligations', weight: 3 },
    ],
    suggestedKpis: [
      {
        objective: 'Supplier invoices are processed promptly',
        kpi: 'Invoice processing cycle time',
        measurement: 'Days from invoice receipt to approval for payment, from the payables system',
      },
      {
        objective: 'Processing each invoice costs less',
        kpi: 'Cost per invoice',
        measurement: 'Total payables cost ÷ invoices processed, per quarter',
      },
      {
        objective: 'The books close quickly and reliably',
        kpi: 'Days to close',
        measurement: 'Working days from month end to signed-off management accounts',
      },
      {
        objective: 'Suppliers are paid on time',
        kpi: 'On-time payment rate',
        measurement: 'Share of invoices paid by their due date',
      },
      {
        objective: 'Payments go out right the first time',
        kpi: 'Payment error rate',
        measurement: 'Duplicate, wrong or late-corrected payments per 1,000 payments',
      },
    ],
  },

  'it-help-desk': {
    functionId: 'it-help-desk',
    extraItems: [
      {
        id: 'fn.it-help-desk.privileged-access',
        areaId: 'risk',
        title: 'Control access and privileged accounts',
        guidance:
          'Help-desk staff can reset passwords and change permissions, which makes their accounts a prime target. Done means you have decided which admin rights the provider gets, how they are approved, logged and reviewed, and how they are removed at once when someone leaves.',
        weight: 3,
        mustHave: true,
        source: 'it-cmf',
        sourceDetail: 'Information Security Management',
      },
      {
        id: 'fn.it-help-desk.ticket-priorities',
        areaId: 'process',
        title: 'Define ticket categories and priorities',
        guidance:
          'Without shared priorities, a broken printer can jump ahead of a whole office that cannot log in. Done means a short list of ticket categories and three or four priority levels, each with examples and target response and fix times.',
        weight: 3,
        mustHave: true,
        source: 'practice',
        sourceDetail: 'Service desk',
      },
      {
        id: 'fn.it-help-desk.known-fixes',
        areaId: 'transition',
        title: 'Hand over a knowledge base of known fixes',
        guidance:
          'Most tickets repeat, and written fixes let a new team solve them on the first call. Done means the common problems and their fixes are written up, with screenshots where useful, and kept where the provider can update them.',
        weight: 2,
        mustHave: false,
        source: 'escm-cl',
        sourceDetail: 'Knowledge Management',
      },
    ],
    reweight: [
      { itemId: 'process.systems-access', weight: 3, mustHave: true },
      { itemId: 'risk.security-access', weight: 3, mustHave: true },
    ],
    suggestedKpis: [
      {
        objective: 'Staff get problems fixed on first contact',
        kpi: 'First-contact resolution',
        measurement: 'Share of tickets resolved during the first call or chat without escalation',
      },
      {
        objective: 'Urgent problems are fixed fast',
        kpi: 'Time to resolve by priority',
        measurement: 'Median hours from ticket opened to resolved, for each priority level',
      },
      {
        objective: 'Staff are happy with IT support',
        kpi: 'User satisfaction',
        measurement: 'Average score from a one-question survey on each closed ticket',
      },
      {
        objective: 'Staff reach help quickly',
        kpi: 'First response time',
        measurement: 'Minutes from ticket logged or call placed to first human response',
      },
      {
        objective: 'Fixes stay fixed',
        kpi: 'Reopen rate',
        measurement: 'Share of resolved tickets reopened within 7 days',
      },
    ],
  },
};

export function functionTemplate(id: BusinessFunctionId): FunctionTemplate {
  // The type says the record is total, but ids from a file are only checked at runtime; hasOwn also
  // keeps prototype keys such as "constructor" from passing as templates.
  if (!Object.hasOwn(functionTemplates, id)) throw new Error(`Unknown business function template: ${id}`);
  return functionTemplates[id];
}
