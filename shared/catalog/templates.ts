import type { BusinessFunctionId } from '../model/businessFunctions';
import type { FunctionTemplate } from './types';

/**
 * What each business function adds to the common checklist: its own items (each with the gate it must be
 * done by), common items that matter more for it or become a must-have for it, and KPIs that make sense for
 * the partnership plan. Together with the common catalog, each template has about a dozen must-haves.
 */
export const functionTemplates: Record<BusinessFunctionId, FunctionTemplate> = {
  'customer-service': {
    functionId: 'customer-service',
    extraItems: [
      {
        id: 'fn.customer-service.channels-hours',
        areaId: 'scope',
        title: 'Define the channels, hours and languages to cover',
        guidance:
          'Phone, email, chat and social media each need different skills and staffing, and opening hours drive most of the price. Done means a list of channels with the hours, languages and response times you expect for each.',
        weight: 3,
        mustHave: false,
        stage: 'vendors',
        source: 'practice',
        sourceDetail: 'Service scope',
      },
      {
        id: 'fn.customer-service.interval-volumes',
        areaId: 'process',
        title: 'Profile contacts by half-hour and their handle time',
        guidance:
          'Contact centres are staffed interval by interval, so monthly totals hide the Monday-morning peak that decides how many agents you pay for. Done means contacts per channel by half-hour for typical and busy weeks, with the average handle time of each contact type.',
        weight: 3,
        mustHave: false,
        stage: 'vendors',
        source: 'practice',
        sourceDetail: 'Workforce planning',
      },
      {
        id: 'fn.customer-service.card-payments',
        areaId: 'risk',
        title: 'Keep card numbers out of calls, recordings and agents’ reach',
        guidance:
          'Taking card payments by phone brings the provider’s agents, phone system and recordings into scope of the card industry’s security standard. Done means card details are keyed on the caller’s phone and masked from the agent (pausing the recording is not enough), and the provider shows its PCI DSS evidence for that set-up — or you record why no card is ever taken.',
        weight: 3,
        mustHave: true,
        stage: 'contract',
        source: 'pci-dss',
        sourceDetail: 'Telephone payments',
      },
      {
        id: 'fn.customer-service.brand-voice',
        areaId: 'relationship',
        title: 'Share a tone-of-voice and brand guide',
        guidance:
          'To your customers, the provider’s agents are your company, so they need to sound like you. Done means a short guide with words you use and avoid, sample replies and how formal or warm to be.',
        weight: 2,
        mustHave: false,
        stage: 'transfer',
        source: 'practice',
        sourceDetail: 'Brand guidelines',
      },
    ],
    reweight: [
      { itemId: 'relationship.culture-described', weight: 3 },
      { itemId: 'process.decision-rules', weight: 3 },
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
        objective: 'Calls and chats are answered within the promised time',
        kpi: 'Service level',
        measurement: 'Share of contacts answered within the target seconds, per half-hour and per day',
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
        id: 'fn.collections.own-name-or-agency',
        areaId: 'scope',
        title: 'Decide whether the provider collects in your name or its own',
        guidance:
          'A provider working under your name is treated differently in law from a collection agency chasing debts for you, and the choice changes the rules, the licences needed and how customers see it. Done means you have chosen, noted the licences or authorisation the provider must hold, and told bidders.',
        weight: 3,
        mustHave: true,
        stage: 'vendors',
        source: 'debt-collection-rules',
        sourceDetail: 'FDCPA § 803(6)',
      },
      {
        id: 'fn.collections.customer-segments',
        areaId: 'process',
        title: 'Describe how payment behaviour differs between customers',
        guidance:
          'A loyal customer who pays late every quarter needs different handling from a new account that has gone silent. Done means a few customer groups with their usual payment patterns and the approach that works for each.',
        weight: 2,
        mustHave: false,
        stage: 'vendors',
        source: 'seed-relationship',
        sourceDetail: 'Payment patterns',
      },
      {
        id: 'fn.collections.tone-and-hardship',
        areaId: 'relationship',
        title: 'Set conduct and hardship rules for contacting people who owe you',
        guidance:
          'The law limits when and how often debtors may be contacted and expects forbearance for people in difficulty, and how you chase decides whether you keep the customer. Done means written rules on contact times and frequency, tone, disclosures, and how agents spot and treat customers in hardship or otherwise vulnerable, checked against the rules where you collect.',
        weight: 3,
        mustHave: true,
        stage: 'contract',
        source: 'debt-collection-rules',
        sourceDetail: 'Regulation F; CONC 7',
      },
      {
        id: 'fn.collections.payments-direct',
        areaId: 'risk',
        title: 'Have customers pay straight into your own account',
        guidance:
          'Money that passes through the provider’s account can be delayed, mixed with other clients’ money or lost if the provider fails. Done means every payment route the provider offers, by card, transfer or link, pays into an account in your name, and the provider only sees the confirmations.',
        weight: 3,
        mustHave: false,
        stage: 'contract',
        source: 'practice',
        sourceDetail: 'Client money',
      },
    ],
    reweight: [
      { itemId: 'baseline.money-leaks', weight: 3 },
      { itemId: 'process.decision-rules', weight: 3 },
      { itemId: 'risk.regulatory-obligations', weight: 3 },
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
        id: 'fn.travel-management.spend-baseline',
        areaId: 'baseline',
        title: 'Collect two to three years of air, hotel and car spend',
        guidance:
          'Travel agencies price on the trips and spend they will handle, and your savings case rests on what you buy today. Done means spend, trips and top routes, hotels and car suppliers per year, from card statements, expense reports or your current agency.',
        weight: 3,
        mustHave: true,
        stage: 'vendors',
        source: 'practice',
        sourceDetail: 'Travel spend analysis',
      },
      {
        id: 'fn.travel-management.travel-policy',
        areaId: 'process',
        title: 'Share an up-to-date travel policy',
        guidance:
          'A provider can only keep bookings within budget if it knows the rules on classes, hotels and approvals. Done means a current written policy with price caps, preferred suppliers, approval steps and the exceptions you allow.',
        weight: 3,
        mustHave: false,
        stage: 'vendors',
        source: 'practice',
        sourceDetail: 'Travel policy',
      },
      {
        id: 'fn.travel-management.fee-model',
        areaId: 'relationship',
        title: 'Choose the agency fee model and require disclosure of commissions',
        guidance:
          'Agencies earn from your fees and also from airlines, hotels and booking systems, which can pull advice away from your interest. Done means you have chosen between transaction fees and a management fee and ask every bidder to declare the commissions, incentives and rebates it earns on your trips.',
        weight: 3,
        mustHave: false,
        stage: 'vendors',
        source: 'practice',
        sourceDetail: 'Agency remuneration',
      },
      {
        id: 'fn.travel-management.booking-data',
        areaId: 'risk',
        title: 'Keep ownership of booking data and the booking tool set-up',
        guidance:
          'Trip records, traveller profiles and reports live in the agency’s booking system and tools, and you need them for reporting, duty of care and any later change of agency. Done means the contract says the data is yours, how often you receive it and in what format, and who owns the online booking tool’s set-up.',
        weight: 3,
        mustHave: false,
        stage: 'contract',
        source: 'practice',
        sourceDetail: 'Booking data',
      },
      {
        id: 'fn.travel-management.duty-of-care',
        areaId: 'risk',
        title: 'Agree duty-of-care and emergency support',
        guidance:
          'When something happens abroad, you must be able to find and help your travellers quickly. Done means you have assessed the risks of where people travel, and agreed how trips are tracked, who can be reached around the clock and how travellers get help in an emergency.',
        weight: 3,
        mustHave: true,
        stage: 'contract',
        source: 'iso-31030',
        sourceDetail: 'Travel risk management',
      },
      {
        id: 'fn.travel-management.traveller-profiles',
        areaId: 'transition',
        title: 'Prepare traveller profiles and loyalty details',
        guidance:
          'Accurate profiles stop booking errors and keep frequent travellers happy from the first trip. Done means names as in passports, preferences and loyalty numbers are collected and ready to pass on securely.',
        weight: 1,
        mustHave: false,
        stage: 'transfer',
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
        id: 'fn.hr-administration.system-of-record',
        areaId: 'process',
        title: 'Name the HR system of record and who may change it',
        guidance:
          'When your team and the provider both keep employee records, they drift apart and nobody knows which is right. Done means one system is named as the master record, with who may create and change which fields and how other systems are updated from it.',
        weight: 2,
        mustHave: false,
        stage: 'vendors',
        source: 'practice',
        sourceDetail: 'System of record',
      },
      {
        id: 'fn.hr-administration.sensitive-data',
        areaId: 'risk',
        title: 'Assess the risk of sharing health and other sensitive data',
        guidance:
          'Sickness records, disability adjustments and union membership are special categories of personal data, with stricter rules, and handing them to a provider usually calls for a data protection impact assessment. Done means you know which sensitive data would be shared, the legal basis for it, and the assessment is done with its measures agreed.',
        weight: 3,
        mustHave: true,
        stage: 'contract',
        source: 'gdpr',
        sourceDetail: 'Art. 9 and Art. 35',
      },
      {
        id: 'fn.hr-administration.payroll-tax',
        areaId: 'risk',
        title: 'Keep checking that payroll taxes are paid',
        guidance:
          'Handing payroll to a provider does not hand over your liability for the taxes withheld from pay; if the provider does not pay them, you still owe them. Done means the contract says how deposits are made, and you have your own access to the tax authority’s records to confirm each one.',
        weight: 3,
        mustHave: true,
        stage: 'contract',
        source: 'irs-payroll',
        sourceDetail: 'Employer liability',
      },
      {
        id: 'fn.hr-administration.payroll-cutoffs',
        areaId: 'process',
        title: 'Fix payroll cut-off dates and who approves changes',
        guidance:
          'A missed cut-off means people are paid late or wrongly, which hurts trust faster than almost anything. Done means a payroll calendar with cut-offs for starters, leavers and changes, and named approvers for each.',
        weight: 3,
        mustHave: false,
        stage: 'transfer',
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
        stage: 'transfer',
        source: 'practice',
        sourceDetail: 'Knowledge transfer',
      },
    ],
    reweight: [
      { itemId: 'transition.knowledge-transfer', weight: 3 },
      { itemId: 'governance.escalation-path', weight: 3 },
      { itemId: 'risk.regulatory-obligations', weight: 3 },
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
        title: 'Keep payment release and bank-detail changes in-house',
        guidance:
          'Letting one party create a supplier, change its bank details, enter an invoice and release the payment is an open door to error and fraud. Done means a table of who may do and approve each step, with payment limits, where releasing payments and approving changes to supplier bank details stay with your own staff.',
        weight: 3,
        mustHave: true,
        stage: 'contract',
        source: 'practice',
        sourceDetail: 'Internal controls',
      },
      {
        id: 'fn.finance-accounting.controls-report',
        areaId: 'selection',
        title: 'Get a controls report your auditors can rely on',
        guidance:
          'Once the provider keeps your books, your auditors must test its controls or rely on a report from its own auditor. Done means the finalist provides, or commits in the contract to provide each year, a SOC 1 Type 2 or ISAE 3402 Type 2 report covering the services you buy, and your auditor has said it will do.',
        weight: 3,
        mustHave: true,
        stage: 'contract',
        source: 'soc-isae',
        sourceDetail: 'SOC 1 Type 2 / ISAE 3402',
      },
      {
        id: 'fn.finance-accounting.audit-trail',
        areaId: 'risk',
        title: 'Agree audit-trail and record-keeping rules',
        guidance:
          'Your auditors and the tax authority will still expect answers from you, not the provider. Done means you know which records must be kept, for how long and in what form, and how auditors will get access.',
        weight: 2,
        mustHave: false,
        stage: 'contract',
        source: 'practice',
        sourceDetail: 'Record keeping',
      },
      {
        id: 'fn.finance-accounting.close-calendar',
        areaId: 'process',
        title: 'Share the month-end close calendar',
        guidance:
          'Month-end runs on deadlines, and one late step delays every report after it. Done means a dated calendar of close tasks with owners on both sides, including the reports you need and when.',
        weight: 2,
        mustHave: false,
        stage: 'transfer',
        source: 'practice',
        sourceDetail: 'Close calendar',
      },
    ],
    reweight: [
      { itemId: 'process.systems-access', weight: 3 },
      { itemId: 'process.decision-rules', weight: 3 },
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
        id: 'fn.it-help-desk.ticket-priorities',
        areaId: 'process',
        title: 'Define ticket categories and priorities',
        guidance:
          'Without shared priorities, a broken printer can jump ahead of a whole office that cannot log in. Done means a short list of ticket categories and priority levels set from impact and urgency, each with examples and target response and fix times.',
        weight: 3,
        mustHave: false,
        stage: 'vendors',
        source: 'itil',
        sourceDetail: 'Incident management',
      },
      {
        id: 'fn.it-help-desk.identity-checks',
        areaId: 'risk',
        title: 'Require identity checks before any password or MFA reset',
        guidance:
          'Attackers phone help desks pretending to be staff, and one reset can hand them an account. Done means a written check the provider must pass before resetting a password or a second factor, such as a call back to the number on file or a manager’s approval, with every reset logged.',
        weight: 3,
        mustHave: true,
        stage: 'contract',
        source: 'practice',
        sourceDetail: 'Service desk security',
      },
      {
        id: 'fn.it-help-desk.privileged-access',
        areaId: 'risk',
        title: 'Control access and privileged accounts',
        guidance:
          'Help-desk staff can reset passwords and change permissions, which makes their accounts a prime target. Done means you have decided which admin rights the provider gets, how they are approved, logged and reviewed, and how they are removed at once when someone leaves.',
        weight: 3,
        mustHave: false,
        stage: 'contract',
        source: 'it-cmf',
        sourceDetail: 'Information security management',
      },
      {
        id: 'fn.it-help-desk.ticket-data',
        areaId: 'risk',
        title: 'Keep ownership of the ticketing tool and its history',
        guidance:
          'Years of tickets hold your known problems and fixes, and a provider that brings its own tool may keep them when it leaves. Done means you know whose ticketing system is used, the contract says the tickets and knowledge articles are yours, and you can export them at any time.',
        weight: 3,
        mustHave: false,
        stage: 'contract',
        source: 'practice',
        sourceDetail: 'Data ownership',
      },
      {
        id: 'fn.it-help-desk.known-fixes',
        areaId: 'transition',
        title: 'Hand over a knowledge base of known fixes',
        guidance:
          'Most tickets repeat, and written fixes let a new team solve them on the first call. Done means the common problems and their fixes are written up, with screenshots where useful, and kept where the provider can update them.',
        weight: 2,
        mustHave: false,
        stage: 'transfer',
        source: 'escm-cl',
        sourceDetail: 'Knowledge management',
      },
    ],
    reweight: [
      { itemId: 'scope.hand-offs', weight: 3 },
      { itemId: 'process.systems-access', weight: 3 },
      { itemId: 'risk.security-access', weight: 3 },
      { itemId: 'selection.security-evidence', weight: 3, mustHave: true },
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
