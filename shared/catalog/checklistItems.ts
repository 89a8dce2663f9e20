import type { CatalogItem } from './types';

/**
 * The common readiness checklist, grouped by area in checklist order.
 * Must-haves are the items that should block going to market or signing; weights say how much
 * an item moves the readiness score. Guidance is written for a small-business owner: why it
 * matters, then what "done" looks like.
 */
export const catalogItems: readonly CatalogItem[] = [
  // Executive sponsorship
  {
    id: 'sponsorship.sponsor-named',
    areaId: 'sponsorship',
    title: 'Name an executive sponsor',
    guidance:
      'Outsourcing touches budgets, staff and customers, so one senior person has to own the decision and unblock it when it stalls. Done means a named executive has agreed to sponsor the project and to give it regular time.',
    weight: 3,
    mustHave: true,
    source: 'seed-tips',
    sourceDetail: 'Tip 1',
  },
  {
    id: 'sponsorship.strategy-link',
    areaId: 'sponsorship',
    title: 'Write down how outsourcing serves your strategy',
    guidance:
      'Leaders back a change they can see moving the company forward, not only a smaller bill. Done means a page or less that ties the move to two or three business goals, such as growth or more time for core work, next to the expected saving.',
    weight: 3,
    mustHave: true,
    source: 'seed-tips',
    sourceDetail: 'Tip 1',
  },
  {
    id: 'sponsorship.executives-in-planning',
    areaId: 'sponsorship',
    title: 'Bring the leadership team into the planning',
    guidance:
      'Leaders who helped shape a plan tend to defend it when the first problems appear. Done means the heads of finance, operations and whoever owns the customer relationship have reviewed the plan and their concerns are recorded.',
    weight: 2,
    mustHave: false,
    source: 'seed-tips',
    sourceDetail: 'Tip 1',
  },
  {
    id: 'sponsorship.approval-path',
    areaId: 'sponsorship',
    title: 'Agree who approves the decision and how',
    guidance:
      'Projects lose weeks when nobody is sure who signs off the budget, the choice of provider and the contract. Done means the approval steps, the people involved and any spending limits are written down and your sponsor has agreed them.',
    weight: 2,
    mustHave: true,
    source: 'seed-tips',
    sourceDetail: 'Tip 1',
  },
  {
    id: 'sponsorship.success-defined',
    areaId: 'sponsorship',
    title: 'Agree what success looks like',
    guidance:
      'Without a shared picture of success, each stakeholder judges the project by a different yardstick. Done means the sponsor and leadership agree on three or four measurable results, for example a cost target, a service level and a date.',
    weight: 2,
    mustHave: false,
    source: 'seed-tips',
    sourceDetail: 'Tip 1',
  },
  {
    id: 'sponsorship.budget-and-time',
    areaId: 'sponsorship',
    title: 'Set aside budget and time for the move',
    guidance:
      'Preparing, choosing a provider and handing over the work all cost money and staff hours before any saving shows up. Done means the sponsor has approved a transition budget and freed time for the people who will do the work.',
    weight: 1,
    mustHave: false,
    source: 'practice',
    sourceDetail: 'Project set-up',
  },

  // Cost-centre baseline
  {
    id: 'baseline.cost-history',
    areaId: 'baseline',
    title: 'Gather two to three years of cost history',
    guidance:
      'One year can hide a one-off spike or dip; a few years show the real trend and make your savings case believable. Done means the costs of this function are collected per year or quarter for at least the last two full years, from your accounts and payroll.',
    weight: 3,
    mustHave: true,
    source: 'seed-tips',
    sourceDetail: 'Tip 3',
  },
  {
    id: 'baseline.fully-loaded-cost',
    areaId: 'baseline',
    title: 'Work out the fully loaded cost of the function',
    guidance:
      'Salaries are only part of what the work costs you, and providers quote against the whole picture. Done means you have added up labour, benefits, space, technology, management time, hiring and staff turnover, and the cost of fixing mistakes.',
    weight: 3,
    mustHave: true,
    source: 'seed-tips',
    sourceDetail: 'Tip 3',
  },
  {
    id: 'baseline.money-leaks',
    areaId: 'baseline',
    title: 'Find where money is lost and why',
    guidance:
      'Knowing what goes wrong today tells a provider where to start, and stops you paying someone else to repeat the same problems. Done means a short list of the biggest leaks, such as rework, overtime, backlogs or late payments, each with its likely cause.',
    weight: 2,
    mustHave: false,
    source: 'seed-tips',
    sourceDetail: 'Tip 3',
  },
  {
    id: 'baseline.volumes-productivity',
    areaId: 'baseline',
    title: 'Measure output per person and cost per unit',
    guidance:
      'Providers price by volume, so you need your own cost per contact, invoice or trip to judge whether a quote is good. Done means you know how many units the team handles each month, how many people it takes and what each unit costs.',
    weight: 2,
    mustHave: false,
    source: 'seed-tips',
    sourceDetail: 'Tip 3',
  },
  {
    id: 'baseline.expected-improvement',
    areaId: 'baseline',
    title: 'Put a number on the improvement you expect',
    guidance:
      'A target turns a hopeful idea into something you can test every quote against. Done means you have written a realistic range for the saving or service gain, for example 15–25% lower cost per unit, with the reasoning behind it.',
    weight: 2,
    mustHave: false,
    source: 'seed-tips',
    sourceDetail: 'Tip 3',
  },
  {
    id: 'baseline.retained-costs',
    areaId: 'baseline',
    title: 'Estimate the costs that stay in-house',
    guidance:
      'Someone still has to manage the provider, check its work and handle complaints, and those costs do not vanish. Done means you have estimated the retained team, contract management and one-off transition costs, so the business case compares like with like.',
    weight: 1,
    mustHave: false,
    source: 'practice',
    sourceDetail: 'Business case',
  },

  // Process readiness
  {
    id: 'process.documented',
    areaId: 'process',
    title: 'Document the process, including the exceptions',
    guidance:
      'A provider can only run what it can see, and undocumented workarounds are where handovers usually break. Done means each main step is written down with who does it and which system is used, plus how the unusual cases are handled.',
    weight: 3,
    mustHave: true,
    source: 'practice',
    sourceDetail: 'Process documentation',
  },
  {
    id: 'process.volumes-seasonality',
    areaId: 'process',
    title: 'Record volumes, peaks and seasonal patterns',
    guidance:
      'Providers staff and price for the workload you describe, so a missed busy season becomes a service failure or a surprise bill. Done means monthly volumes for at least a year, with known peaks, quiet periods and one-off events marked.',
    weight: 2,
    mustHave: true,
    source: 'practice',
    sourceDetail: 'Workload profile',
  },
  {
    id: 'process.systems-access',
    areaId: 'process',
    title: 'Map the systems and data the work depends on',
    guidance:
      'Getting access to your software and records is often the slowest part of a handover. Done means a list of every system, shared folder and report the team uses, the kind of access an outside team would need and who can grant it.',
    weight: 2,
    mustHave: false,
    source: 'practice',
    sourceDetail: 'Systems inventory',
  },
  {
    id: 'process.good-output-examples',
    areaId: 'process',
    title: 'Collect examples of good work',
    guidance:
      'Real examples show a provider your standard far faster than any description. Done means a small set of anonymised samples, such as a well-handled email, a correct invoice or a neatly closed case, that show what good looks like.',
    weight: 1,
    mustHave: false,
    source: 'practice',
    sourceDetail: 'Quality standards',
  },
  {
    id: 'process.current-kpis',
    areaId: 'process',
    title: 'Measure today’s performance as a baseline',
    guidance:
      'You cannot tell whether a provider is doing better or worse without knowing your starting point. Done means you have several weeks or months of figures for the measures that matter, like speed, accuracy, backlog and satisfaction, taken the way you will measure the provider.',
    weight: 3,
    mustHave: false,
    source: 'seed-tips',
    sourceDetail: 'Tip 4',
  },
  {
    id: 'process.decision-rules',
    areaId: 'process',
    title: 'Write down decision rules and authority limits',
    guidance:
      'An outside team needs to know what it may decide alone, such as refunds, credits or write-offs, and when it must ask you. Done means the limits and the people to consult are listed for each kind of decision.',
    weight: 2,
    mustHave: false,
    source: 'practice',
    sourceDetail: 'Delegation of authority',
  },

  // Expectations and SLA
  {
    id: 'expectations.outcome-objectives',
    areaId: 'expectations',
    title: 'State objectives as outcomes, not methods',
    guidance:
      'Describing the result you need, rather than the steps, lets the provider use its expertise and saves you from managing every detail. Done means each objective says what must be achieved and by when, for example “suppliers paid within terms” rather than “check the ledger daily”.',
    weight: 3,
    mustHave: true,
    source: 'seed-tips',
    sourceDetail: 'Tip 4',
  },
  {
    id: 'expectations.kpi-targets',
    areaId: 'expectations',
    title: 'Set KPIs with baselines and targets',
    guidance:
      'A measure without a starting point and a goal cannot tell you whether the deal is working. Done means each objective has one or two KPIs, each with today’s figure, the target, how it is measured and how often it is reported.',
    weight: 3,
    mustHave: true,
    source: 'seed-tips',
    sourceDetail: 'Tip 4',
  },
  {
    id: 'expectations.sla-structure',
    areaId: 'expectations',
    title: 'Outline the SLA and contract structure',
    guidance:
      'Knowing what the agreement must cover before you talk to vendors keeps you from accepting their template by default. Done means an outline of the service levels, reporting duties, responsibilities on both sides, contract length and renewal terms.',
    weight: 2,
    mustHave: false,
    source: 'seed-tips',
    sourceDetail: 'Tip 4',
  },
  {
    id: 'expectations.change-policy',
    areaId: 'expectations',
    title: 'Agree how often you may change the programme and at what cost',
    guidance:
      'Your business will change, and some providers use change fees to keep every client on the same script. Done means you know how often you expect to adjust the work and what notice and charges you would accept, ready to compare against each offer.',
    weight: 2,
    mustHave: false,
    source: 'seed-relationship',
    sourceDetail: 'Question 7',
  },
  {
    id: 'expectations.exit-terms',
    areaId: 'expectations',
    title: 'Agree exit and termination terms up front',
    guidance:
      'Leaving a provider is hardest when the contract says nothing about it, and leverage is lowest once you depend on them. Done means you know the notice period, the grounds for ending early, and what the provider must hand back, including your data and documentation.',
    weight: 2,
    mustHave: true,
    source: 'escm-cl',
    sourceDetail: 'Sourcing Agreements',
  },
  {
    id: 'expectations.consequences',
    areaId: 'expectations',
    title: 'Decide what happens when targets are missed',
    guidance:
      'Targets only carry weight when both sides know what follows a miss. Done means you have chosen a fair approach, such as a recovery plan first and service credits for repeated misses, and the point at which you could walk away.',
    weight: 1,
    mustHave: false,
    source: 'practice',
    sourceDetail: 'Service credits',
  },

  // Relationship model
  {
    id: 'relationship.model-decided',
    areaId: 'relationship',
    title: 'Decide between a relational and a transactional partner',
    guidance:
      'Some providers run every client the same way to keep costs down; others adapt to each account for a slightly higher price that often pays back over time. Done means you have chosen which suits this function and noted why, so you can tell the two apart when vendors pitch.',
    weight: 3,
    mustHave: true,
    source: 'seed-relationship',
    sourceDetail: 'Relationship types',
  },
  {
    id: 'relationship.culture-described',
    areaId: 'relationship',
    title: 'Describe your own culture and ways of working',
    guidance:
      'You can only judge whether a provider fits if you can say what you are like. Done means a few plain sentences on your values, how decisions get made, how you speak to customers and what a good working week looks like.',
    weight: 2,
    mustHave: false,
    source: 'seed-relationship',
    sourceDetail: 'Question 1',
  },
  {
    id: 'relationship.customer-red-lines',
    areaId: 'relationship',
    title: 'Set your customer-experience red lines',
    guidance:
      'Many owners hesitate to outsource because they fear losing touch with customers or having them feel like a number. Done means a short list of what a provider must always and never do with your customers, including how late payers are treated, since each customer buys and pays in their own way.',
    weight: 3,
    mustHave: true,
    source: 'seed-relationship',
    sourceDetail: 'Customer control',
  },
  {
    id: 'relationship.pricing-preference',
    areaId: 'relationship',
    title: 'Choose the pricing model you prefer',
    guidance:
      'An all-in price per programme is easier to budget and makes change simpler, while itemised pricing can look cheaper but charges for every extra. Done means you know which you prefer and what you would accept, so quotes can be compared on equal terms.',
    weight: 2,
    mustHave: false,
    source: 'seed-relationship',
    sourceDetail: 'Question 6',
  },
  {
    id: 'relationship.vendor-questions',
    areaId: 'relationship',
    title: 'Prepare the questions you will ask every vendor',
    guidance:
      'Asking each provider the same questions is the only fair way to compare them. Done means your list covers culture, transparency, pricing, change, onboarding, leadership experience and whose interests the provider puts first, with a note on what a good answer sounds like.',
    weight: 2,
    mustHave: true,
    source: 'seed-relationship',
    sourceDetail: 'Questions 1–13',
  },
  {
    id: 'relationship.vendor-gains',
    areaId: 'relationship',
    title: 'Work out what the provider gains from the deal',
    guidance:
      'A partner that earns a fair return and sees a future with you will invest in your account. Done means you can explain what makes you a good client, such as steady volumes, a sensible term or room to improve, and you plan to shape the approach together.',
    weight: 1,
    mustHave: false,
    source: 'seed-tips',
    sourceDetail: 'Tip 2',
  },

  // Relationship management
  {
    id: 'governance.relationship-manager',
    areaId: 'governance',
    title: 'Name an internal relationship manager',
    guidance:
      'A partnership with nobody in charge on your side drifts, and small issues grow until they reach the owner. Done means one named person has managing the provider as a main duty, with the time and authority to act on it.',
    weight: 3,
    mustHave: true,
    source: 'seed-tips',
    sourceDetail: 'Tip 5',
  },
  {
    id: 'governance.review-cadence',
    areaId: 'governance',
    title: 'Set a rhythm of check-ins and reviews',
    guidance:
      'Regular meetings catch problems while they are still small and keep both sides focused on the same goals. Done means an agreed calendar, for example a short weekly operations call, a monthly service review and a quarterly business review.',
    weight: 2,
    mustHave: false,
    source: 'seed-tips',
    sourceDetail: 'Tip 5',
  },
  {
    id: 'governance.feedback-loop',
    areaId: 'governance',
    title: 'Agree how feedback flows both ways',
    guidance:
      'Providers improve fastest when they hear what your staff and customers notice, and you learn from what they see too. Done means you know how feedback is gathered, who passes it on, and how you will show what changed as a result.',
    weight: 2,
    mustHave: false,
    source: 'seed-tips',
    sourceDetail: 'Tip 5',
  },
  {
    id: 'governance.internal-reporting',
    areaId: 'governance',
    title: 'Plan how you will measure and report internally',
    guidance:
      'Leadership needs to see whether the move is paying off without relying only on the provider’s own reports. Done means you know which figures you will check yourself, where they come from and who receives a short summary each month.',
    weight: 2,
    mustHave: false,
    source: 'seed-tips',
    sourceDetail: 'Tip 5',
  },
  {
    id: 'governance.escalation-path',
    areaId: 'governance',
    title: 'Define an escalation path',
    guidance:
      'When something goes badly wrong, everyone should know who calls whom and how fast. Done means two or three escalation levels on each side, with names, contact details and expected response times.',
    weight: 2,
    mustHave: true,
    source: 'escm-cl',
    sourceDetail: 'Governance Management',
  },
  {
    id: 'governance.change-requests',
    areaId: 'governance',
    title: 'Set up a simple change-request process',
    guidance:
      'Changes agreed in a hallway are forgotten or disputed later. Done means a short form or email template, an owner on each side and a rule for approving, pricing and scheduling every change to the work.',
    weight: 1,
    mustHave: false,
    source: 'practice',
    sourceDetail: 'Change control',
  },

  // Transition and onboarding
  {
    id: 'transition.onboarding-plan',
    areaId: 'transition',
    title: 'Plan onboarding up to full productivity',
    guidance:
      'The weeks before a new team reaches full speed cost money and can hurt service, and friction points such as access or training drag them out. Done means a dated plan with milestones, the expected time to full productivity and who removes each known obstacle.',
    weight: 3,
    mustHave: true,
    source: 'seed-relationship',
    sourceDetail: 'Question 8',
  },
  {
    id: 'transition.knowledge-transfer',
    areaId: 'transition',
    title: 'Prepare knowledge-transfer material',
    guidance:
      'Much of what your team knows lives in their heads, and it leaves with them if nobody captures it. Done means training material, recorded walk-throughs or job-shadowing sessions are ready, and the people who hold the know-how have time set aside to share it.',
    weight: 2,
    mustHave: true,
    source: 'escm-cl',
    sourceDetail: 'Service Transfer',
  },
  {
    id: 'transition.staff-impact',
    areaId: 'transition',
    title: 'Plan for affected staff and how you will tell them',
    guidance:
      'People hear about outsourcing sooner than you think, and rumours do more harm than a clear message. Done means you know who is affected, what options they have, any legal steps you must follow, and when and how each group will be told.',
    weight: 3,
    mustHave: true,
    source: 'escm-cl',
    sourceDetail: 'Organizational Change Management',
  },
  {
    id: 'transition.pilot-ramp',
    areaId: 'transition',
    title: 'Plan a pilot or phased ramp-up',
    guidance:
      'Starting with a slice of the work limits the damage if something goes wrong and lets both sides learn. Done means you have chosen what goes first, how long the pilot runs and what result lets you move the rest.',
    weight: 2,
    mustHave: false,
    source: 'practice',
    sourceDetail: 'Transition planning',
  },
  {
    id: 'transition.parallel-run',
    areaId: 'transition',
    title: 'Agree a parallel run and go-live criteria',
    guidance:
      'Running old and new side by side for a short time protects customers while the provider settles in. Done means you know how long the overlap lasts, what it costs and which measurable results allow you to switch off the in-house team.',
    weight: 1,
    mustHave: false,
    source: 'practice',
    sourceDetail: 'Transition planning',
  },
  {
    id: 'transition.customer-communication',
    areaId: 'transition',
    title: 'Decide what customers and suppliers will be told',
    guidance:
      'Customers notice new names, numbers or email addresses, and surprises cost trust. Done means you have decided whether and how to announce the change, and the provider knows how to introduce itself on your behalf.',
    weight: 1,
    mustHave: false,
    source: 'practice',
    sourceDetail: 'Stakeholder communication',
  },

  // Risk and compliance
  {
    id: 'risk.data-protection',
    areaId: 'risk',
    title: 'Set out your data protection and privacy needs',
    guidance:
      'Handing personal data to a provider does not hand over your legal responsibility for it. Done means you know which personal data the provider will see, where it may be stored, what a data processing agreement must say and who checks that it is followed.',
    weight: 3,
    mustHave: true,
    source: 'it-cmf',
    sourceDetail: 'Personal Data Protection',
  },
  {
    id: 'risk.business-continuity',
    areaId: 'risk',
    title: 'Require a business continuity plan',
    guidance:
      'If the provider’s site, systems or staff are hit, your customers still expect service. Done means you have stated how long the work may stop, what backup you expect, and that you will ask each vendor to show a tested continuity plan.',
    weight: 2,
    mustHave: true,
    source: 'escm-cl',
    sourceDetail: 'Threat Management',
  },
  {
    id: 'risk.risk-register',
    areaId: 'risk',
    title: 'Start a risk register for the move',
    guidance:
      'Writing risks down, with an owner and a response for each, turns vague worries into actions. Done means a simple list covering service, cost, people, data and supplier risks, each with its likelihood, impact, owner and next step.',
    weight: 2,
    mustHave: false,
    source: 'it-cmf',
    sourceDetail: 'Risk Management',
  },
  {
    id: 'risk.exit-plan',
    areaId: 'risk',
    title: 'Prepare an exit plan',
    guidance:
      'A provider may fail, be sold or simply not work out, and without a plan you are stuck with them. Done means a short outline of how you would bring the work back or move it to another provider, how long it would take and what it would need.',
    weight: 2,
    mustHave: false,
    source: 'escm-cl',
    sourceDetail: 'Sourcing Completion',
  },
  {
    id: 'risk.security-access',
    areaId: 'risk',
    title: 'Set security rules for access to your systems',
    guidance:
      'Every outside login is a new way in for mistakes or attackers. Done means you have decided how provider staff sign in, what they can see, how access is reviewed and removed, and what security evidence you will ask vendors for.',
    weight: 2,
    mustHave: false,
    source: 'it-cmf',
    sourceDetail: 'Information Security Management',
  },
  {
    id: 'risk.regulatory-obligations',
    areaId: 'risk',
    title: 'Check the rules and contracts that limit outsourcing',
    guidance:
      'Industry regulations, licences or your own customer contracts may restrict who can do the work and where. Done means you have checked these obligations, noted any that apply and know what the provider must do to respect them.',
    weight: 2,
    mustHave: false,
    source: 'practice',
    sourceDetail: 'Compliance review',
  },
];
