import type { CatalogItem } from './types';

/**
 * The common readiness checklist, grouped by area in checklist order.
 * Each item names the gate it must be done by (`stage`). Must-haves are the few items without which the
 * next step is unsound or unlawful — going to market with bids you cannot compare, signing without the
 * legal terms, handing over without a plan — so each one is a real gate; weights say how much an item
 * moves the readiness score. Guidance is written for a small-business owner: why it matters, then what
 * "done" looks like. Sources name the reference that actually says it; "common practice" where none does.
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
    stage: 'preparing',
    source: 'seed-tips',
    sourceDetail: 'Tip 1',
  },
  {
    id: 'sponsorship.approval-path',
    areaId: 'sponsorship',
    title: 'Agree who approves the decision and how',
    guidance:
      'Projects lose weeks when nobody is sure who signs off the options, the choice of provider and the contract. Done means the approval steps, the people involved and any spending limits are written down and your sponsor has agreed them.',
    weight: 2,
    mustHave: false,
    stage: 'preparing',
    source: 'practice',
    sourceDetail: 'Decision rights',
  },
  {
    id: 'sponsorship.budget-and-time',
    areaId: 'sponsorship',
    title: 'Set aside budget and time for the move',
    guidance:
      'Preparing, choosing a provider and handing over the work all cost money and staff hours before any saving shows up. Done means the sponsor has approved a budget for the preparation and freed time for the people who will do it.',
    weight: 1,
    mustHave: false,
    stage: 'preparing',
    source: 'practice',
    sourceDetail: 'Project set-up',
  },
  {
    id: 'sponsorship.strategy-link',
    areaId: 'sponsorship',
    title: 'Write down how outsourcing serves your strategy',
    guidance:
      'Leaders back a change they can see moving the company forward, not only a smaller bill. Done means a page or less that ties the move to two or three business goals, such as growth or more time for core work, next to the expected saving.',
    weight: 3,
    mustHave: false,
    stage: 'vendors',
    source: 'seed-tips',
    sourceDetail: 'Tip 1',
  },
  {
    id: 'sponsorship.executives-in-planning',
    areaId: 'sponsorship',
    title: 'Bring the leadership team into the planning',
    guidance:
      'Leaders who helped shape a plan tend to defend it when the first problems appear. Done means the heads of finance, operations and whoever owns the affected customers or staff have reviewed the plan and their concerns are recorded.',
    weight: 2,
    mustHave: false,
    stage: 'vendors',
    source: 'seed-tips',
    sourceDetail: 'Tip 1',
  },

  // Cost baseline and business case
  {
    id: 'baseline.cost-history',
    areaId: 'baseline',
    title: 'Gather two to three years of cost history',
    guidance:
      'Understanding why a cost centre takes the share of the budget it does starts with its history; one year can hide a spike or a dip, and two or three years is the usual span advisers ask for. Done means the costs of this function are collected per year or quarter from your accounts and payroll.',
    weight: 3,
    mustHave: false,
    stage: 'vendors',
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
    mustHave: false,
    stage: 'vendors',
    source: 'practice',
    sourceDetail: 'Fully loaded cost',
  },
  {
    id: 'baseline.money-leaks',
    areaId: 'baseline',
    title: 'Find where money is lost and why',
    guidance:
      'Knowing what goes wrong today tells a provider where to start, and stops you paying someone else to repeat the same problems. Done means a short list of the biggest leaks, such as rework, overtime or backlogs, each with its likely cause.',
    weight: 2,
    mustHave: false,
    stage: 'vendors',
    source: 'seed-tips',
    sourceDetail: 'Tip 3',
  },
  {
    id: 'baseline.volumes-productivity',
    areaId: 'baseline',
    title: 'Measure output per person and cost per unit',
    guidance:
      'Providers price by volume or by head, so you need your own cost per unit of work to judge whether a quote is good. Done means you know how many units the team handles each month, how many people it takes and what each unit costs.',
    weight: 2,
    mustHave: false,
    stage: 'vendors',
    source: 'practice',
    sourceDetail: 'Unit cost',
  },
  {
    id: 'baseline.expected-improvement',
    areaId: 'baseline',
    title: 'Put a number on the improvement you expect',
    guidance:
      'A target turns a hopeful idea into something you can test every quote against. Done means you have written a realistic range for the saving or service gain, for example 15–25% lower cost per unit, with the reasoning behind it.',
    weight: 2,
    mustHave: false,
    stage: 'vendors',
    source: 'seed-tips',
    sourceDetail: 'Tip 3',
  },
  {
    id: 'baseline.options-compared',
    areaId: 'baseline',
    title: 'Compare the options and get the comparison approved',
    guidance:
      'Outsourcing is one answer among several: keeping the work as it is, fixing it in-house first, or outsourcing part or all of it. Done means each option is costed over the same years on your fully loaded baseline, with its risks, and the sponsor has approved going to market on that basis.',
    weight: 3,
    mustHave: true,
    stage: 'vendors',
    source: 'five-case-model',
    sourceDetail: 'Options appraisal',
  },
  {
    id: 'baseline.final-case',
    areaId: 'baseline',
    title: 'Confirm the case on the chosen bidder’s real price',
    guidance:
      'Early estimates flatter outsourcing; the case that matters uses the preferred bidder’s actual fees, your retained costs and the one-off cost of moving. Done means the saving, payback and the price rise that would wipe out the saving are recalculated on the final offer and approved before signing.',
    weight: 3,
    mustHave: true,
    stage: 'contract',
    source: 'five-case-model',
    sourceDetail: 'Full business case',
  },

  // Scope and retained organisation
  {
    id: 'scope.in-and-out',
    areaId: 'scope',
    title: 'Draw the line between the work that moves and the work that stays',
    guidance:
      'Bidders can only price what is described, and gaps in scope come back later as change fees. Done means a list of the activities, volumes, locations and systems that move to the provider, and of those that stay with you, agreed by the sponsor.',
    weight: 3,
    mustHave: true,
    stage: 'vendors',
    source: 'iso-37500',
    sourceDetail: 'Initiation phase',
  },
  {
    id: 'scope.hand-offs',
    areaId: 'scope',
    title: 'Map the hand-offs between you and the provider',
    guidance:
      'Most service failures happen where work passes from one side to the other. Done means each point where a case goes to the provider or comes back to your own specialists is written down, with what is passed on, who approves it and how fast it must move.',
    weight: 2,
    mustHave: false,
    stage: 'vendors',
    source: 'iso-37500',
    sourceDetail: 'Initiation phase',
  },
  {
    id: 'scope.retained-organisation',
    areaId: 'scope',
    title: 'Decide which roles stay in-house and what they cost',
    guidance:
      'Someone still has to manage the provider, check its work and handle complaints, and those costs do not vanish. Done means the roles you keep, their share of time and their cost are listed, so the business case compares like with like.',
    weight: 2,
    mustHave: false,
    stage: 'vendors',
    source: 'practice',
    sourceDetail: 'Retained organisation',
  },

  // Process readiness
  {
    id: 'process.documented',
    areaId: 'process',
    title: 'Document the process, including the exceptions',
    guidance:
      'A provider can only run what it can see, and undocumented workarounds are where handovers usually break. Done means each main step is written down with who does it and which system is used, plus how the unusual cases are handled.',
    weight: 3,
    mustHave: false,
    stage: 'vendors',
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
    mustHave: false,
    stage: 'vendors',
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
    stage: 'vendors',
    source: 'practice',
    sourceDetail: 'Systems inventory',
  },
  {
    id: 'process.current-kpis',
    areaId: 'process',
    title: 'Measure today’s performance as a baseline',
    guidance:
      'You cannot tell whether a provider is doing better or worse without knowing your starting point. Done means you have several weeks or months of figures for the measures that matter, like speed, accuracy, backlog and satisfaction, taken the way you will measure the provider.',
    weight: 3,
    mustHave: false,
    stage: 'vendors',
    source: 'seed-tips',
    sourceDetail: 'Tip 4',
  },
  {
    id: 'process.decision-rules',
    areaId: 'process',
    title: 'Write down decision rules and authority limits',
    guidance:
      'An outside team needs to know what it may decide alone and when it must ask you, or it either stalls or gives too much away. Done means the limits for each kind of decision, such as refunds, credits, payment plans or exceptions to policy, and the people to consult beyond them.',
    weight: 2,
    mustHave: false,
    stage: 'contract',
    source: 'practice',
    sourceDetail: 'Delegation of authority',
  },
  {
    id: 'process.good-output-examples',
    areaId: 'process',
    title: 'Collect examples of good work',
    guidance:
      'Real examples show a new team your standard far faster than any description. Done means a small set of anonymised samples, such as a well-handled message, a correct record or a neatly closed case, that show what good looks like.',
    weight: 1,
    mustHave: false,
    stage: 'transfer',
    source: 'practice',
    sourceDetail: 'Quality standards',
  },

  // Expectations and SLA
  {
    id: 'expectations.outcome-objectives',
    areaId: 'expectations',
    title: 'State objectives as outcomes, not methods',
    guidance:
      'Describing the result you need, rather than the steps, lets the provider use its expertise and saves you from managing every detail. Done means each objective says what must be achieved and by when, for example “nine in ten requests settled on first contact” rather than “use our script”.',
    weight: 3,
    mustHave: false,
    stage: 'vendors',
    source: 'seed-tips',
    sourceDetail: 'Tip 4',
  },
  {
    id: 'expectations.kpi-targets',
    areaId: 'expectations',
    title: 'Set KPIs with today’s figures and targets',
    guidance:
      'Bidders can only be compared on the same targets, and a measure without a starting point cannot show whether the deal works. Done means each objective has one or two KPIs, each with today’s figure, the target, how it is measured and how often it is reported.',
    weight: 3,
    mustHave: false,
    stage: 'vendors',
    source: 'seed-tips',
    sourceDetail: 'Tip 4',
  },
  {
    id: 'expectations.sla-structure',
    areaId: 'expectations',
    title: 'Draft the SLA and the contract’s key terms',
    guidance:
      'A draft in the bid pack keeps you from signing the provider’s template by default and makes the offers comparable. Done means a draft with the service levels and reporting, duties on both sides, term and renewal, who owns your data and the work produced, your audit rights, approval of subcontractors and the help you get when the contract ends.',
    weight: 3,
    mustHave: true,
    stage: 'vendors',
    source: 'escm-cl',
    sourceDetail: 'Sourcing agreements',
  },
  {
    id: 'expectations.change-policy',
    areaId: 'expectations',
    title: 'Decide how often you may change the work and at what cost',
    guidance:
      'Your business will change, and some providers use change fees to keep every client on the same script. Done means you know how often you expect to adjust the work and what notice and charges you would accept, ready to compare against each offer.',
    weight: 2,
    mustHave: false,
    stage: 'vendors',
    source: 'seed-relationship',
    sourceDetail: 'Question 7',
  },
  {
    id: 'expectations.consequences',
    areaId: 'expectations',
    title: 'Decide what happens when targets are missed',
    guidance:
      'Targets only carry weight when both sides know what follows a miss. Done means you have chosen a fair approach, such as a recovery plan first and service credits for repeated misses, and the point at which you could walk away.',
    weight: 1,
    mustHave: false,
    stage: 'contract',
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
    mustHave: false,
    stage: 'vendors',
    source: 'seed-relationship',
    sourceDetail: 'Relationship types',
  },
  {
    id: 'relationship.culture-described',
    areaId: 'relationship',
    title: 'Describe your own culture and ways of working',
    guidance:
      'You can only judge whether a provider fits if you can say what you are like. Done means a few plain sentences on your values, how decisions get made, how you speak to the people you serve and what a good working week looks like.',
    weight: 2,
    mustHave: false,
    stage: 'vendors',
    source: 'seed-relationship',
    sourceDetail: 'Question 1',
  },
  {
    id: 'relationship.delivery-location',
    areaId: 'relationship',
    title: 'Decide where the work may be done',
    guidance:
      'Onshore, nearshore and offshore teams differ in price, language, time zone and the law that applies to them. Done means you have said which locations you would accept, the languages and hours that must be covered, and any place the work must not go.',
    weight: 2,
    mustHave: false,
    stage: 'vendors',
    source: 'practice',
    sourceDetail: 'Delivery location',
  },
  {
    id: 'relationship.customer-red-lines',
    areaId: 'relationship',
    title: 'Set your red lines for the people the provider serves',
    guidance:
      'Many owners hesitate to outsource because they fear losing touch with customers or having them feel like a number. Done means a short list of what a provider must always and never do with your customers, or with your staff when the function serves them.',
    weight: 3,
    mustHave: false,
    stage: 'vendors',
    source: 'seed-relationship',
    sourceDetail: 'Customer control',
  },
  {
    id: 'relationship.pricing-preference',
    areaId: 'relationship',
    title: 'Decide which pricing models you would accept',
    guidance:
      'Each way of charging shifts risk differently: per person, per transaction, a fixed fee, volume bands, or a share of the gains. Done means you have said which models you would consider and asked every bidder to price on the same basis, so the quotes can be compared.',
    weight: 2,
    mustHave: false,
    stage: 'vendors',
    source: 'practice',
    sourceDetail: 'Pricing models',
  },
  {
    id: 'relationship.vendor-gains',
    areaId: 'relationship',
    title: 'Work out what the provider gains from the deal',
    guidance:
      'A partner that earns a fair return and sees a future with you will invest in your account. Done means you can explain what makes you a good client, such as steady volumes, a sensible term or room to improve, and you plan to shape the approach together.',
    weight: 1,
    mustHave: false,
    stage: 'vendors',
    source: 'seed-tips',
    sourceDetail: 'Tip 2',
  },

  // Provider evaluation and due diligence
  {
    id: 'selection.criteria-fixed',
    areaId: 'selection',
    title: 'Fix the evaluation criteria before proposals arrive',
    guidance:
      'Criteria chosen after the offers are in tend to favour whichever pitch impressed most. Done means the criteria, their weights, the questions every bidder answers (culture, transparency, pricing, change, onboarding, leadership, ownership) and what a good answer sounds like are written down before the bid pack goes out.',
    weight: 3,
    mustHave: false,
    stage: 'vendors',
    source: 'escm-cl',
    sourceDetail: 'Service provider evaluation',
  },
  {
    id: 'selection.rfp-pack',
    areaId: 'selection',
    title: 'Assemble the request-for-proposal pack',
    guidance:
      'Bidders who get the same facts give answers you can set side by side. Done means one pack with the scope, volumes, the draft SLA and key terms, your data rules, the pricing template and the questions, plus a timetable and a single contact for questions.',
    weight: 2,
    mustHave: false,
    stage: 'vendors',
    source: 'iso-37500',
    sourceDetail: 'Initiation phase',
  },
  {
    id: 'selection.references-visit',
    areaId: 'selection',
    title: 'Take up references and visit the delivery site',
    guidance:
      'A pitch shows the provider’s best people; clients of your size and the floor where your work would be done show the rest. Done means you have spoken to at least two current clients similar to you and seen the site and team that would serve you.',
    weight: 2,
    mustHave: false,
    stage: 'contract',
    source: 'escm-cl',
    sourceDetail: 'Service provider evaluation',
  },
  {
    id: 'selection.finances-ownership',
    areaId: 'selection',
    title: 'Check the finalist’s finances and who owns it',
    guidance:
      'A provider under pressure from its owners or short of cash may cut corners on your account or not be there in three years. Done means you have read recent accounts, know who owns the company and whether its first duty is returns to investors or the service to clients.',
    weight: 2,
    mustHave: false,
    stage: 'contract',
    source: 'seed-relationship',
    sourceDetail: 'Question 13',
  },
  {
    id: 'selection.security-evidence',
    areaId: 'selection',
    title: 'Get independent evidence of the finalist’s security',
    guidance:
      'A questionnaire tells you what a provider says; an audit report tells you what someone checked. Done means you hold a current SOC 2 Type 2 report or an ISO/IEC 27001 certificate whose scope covers the site and services you would use, and you have followed up any exceptions it notes.',
    weight: 3,
    mustHave: false,
    stage: 'contract',
    source: 'soc-isae',
    sourceDetail: 'SOC 2 Type 2',
  },
  {
    id: 'selection.subcontractors',
    areaId: 'selection',
    title: 'Find out which subcontractors would touch your work',
    guidance:
      'Parts of the service, or your data, may pass to firms you never chose. Done means the finalist has named its subcontractors and where they work, and the contract says none may be added or changed without telling you first and giving you the right to object.',
    weight: 2,
    mustHave: false,
    stage: 'contract',
    source: 'gdpr',
    sourceDetail: 'Art. 28(2) and 28(4)',
  },

  // Relationship management
  {
    id: 'governance.relationship-manager',
    areaId: 'governance',
    title: 'Name an internal relationship manager',
    guidance:
      'A partnership with nobody in charge on your side drifts, and small issues grow until they reach the owner. Done means one named person, involved before signing, has managing the provider as a main duty, with the time and authority to act on it.',
    weight: 3,
    mustHave: true,
    stage: 'contract',
    source: 'seed-tips',
    sourceDetail: 'Tip 5',
  },
  {
    id: 'governance.escalation-path',
    areaId: 'governance',
    title: 'Define an escalation path',
    guidance:
      'When something goes badly wrong, everyone should know who calls whom and how fast. Done means two or three escalation levels on each side, with names, contact details and expected response times, written into the agreement.',
    weight: 2,
    mustHave: false,
    stage: 'contract',
    source: 'escm-cl',
    sourceDetail: 'Governance management',
  },
  {
    id: 'governance.change-requests',
    areaId: 'governance',
    title: 'Set up a simple change-request process',
    guidance:
      'Changes agreed in a hallway are forgotten or disputed later. Done means a short form or email template, an owner on each side and a rule for approving, pricing and scheduling every change to the work.',
    weight: 1,
    mustHave: false,
    stage: 'contract',
    source: 'practice',
    sourceDetail: 'Change control',
  },
  {
    id: 'governance.review-cadence',
    areaId: 'governance',
    title: 'Set a rhythm of check-ins and reviews',
    guidance:
      'Regular meetings catch problems while they are still small and keep both sides focused on the same goals. Done means an agreed calendar, for example a short weekly operations call, a monthly service review and a quarterly business review.',
    weight: 2,
    mustHave: false,
    stage: 'transfer',
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
    stage: 'transfer',
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
    stage: 'transfer',
    source: 'seed-tips',
    sourceDetail: 'Tip 5',
  },

  // Risk, data and compliance
  {
    id: 'risk.data-protection',
    areaId: 'risk',
    title: 'Set the rules for personal data before going to market',
    guidance:
      'Handing personal data to a provider does not hand over your legal responsibility for it, and bidders must know the rules to price them. Done means you know which personal data the provider would see, the countries it may be stored in or reached from, and the certifications you require.',
    weight: 3,
    mustHave: true,
    stage: 'vendors',
    source: 'gdpr',
    sourceDetail: 'Art. 28(1) and Chapter V',
  },

  {
    id: 'risk.regulatory-obligations',
    areaId: 'risk',
    title: 'Check the rules and contracts that limit outsourcing',
    guidance:
      'Industry regulations, licences or your own customer contracts may restrict who can do the work and where. Done means you have checked these obligations, noted any that apply and told bidders what they must do to respect them.',
    weight: 2,
    mustHave: false,
    stage: 'vendors',
    source: 'practice',
    sourceDetail: 'Compliance review',
  },
  {
    id: 'risk.risk-register',
    areaId: 'risk',
    title: 'Start a risk register for the move',
    guidance:
      'Writing risks down, with an owner and a response for each, turns vague worries into actions. Done means a simple list covering service, cost, people, data and supplier risks, each with its likelihood, impact, owner and next step.',
    weight: 2,
    mustHave: false,
    stage: 'vendors',
    source: 'practice',
    sourceDetail: 'Risk register',
  },
  {
    id: 'risk.processing-agreement',
    areaId: 'risk',
    title: 'Agree a data processing agreement',
    guidance:
      'The law sets out what a contract with anyone handling personal data for you must say. Done means the agreement covers the processor terms (your instructions only, confidentiality, security, sub-processors, help with requests, deletion or return, audits), safeguards for any transfer abroad, and an impact assessment where the processing is high-risk.',
    weight: 3,
    mustHave: true,
    stage: 'contract',
    source: 'gdpr',
    sourceDetail: 'Art. 28(3), Art. 35 and Chapter V',
  },
  {
    id: 'risk.business-continuity',
    areaId: 'risk',
    title: 'Check the provider’s business continuity plan',
    guidance:
      'If the provider’s site, systems or staff are hit, your customers still expect service. Done means you have stated how long the work may stop, and the finalist has shown a continuity plan that meets it and when it was last tested.',
    weight: 2,
    mustHave: false,
    stage: 'contract',
    source: 'escm-cl',
    sourceDetail: 'Threat management',
  },
  {
    id: 'risk.security-access',
    areaId: 'risk',
    title: 'Set security rules for access to your systems',
    guidance:
      'Every outside login is a new way in for mistakes or attackers. Done means you have decided how provider staff sign in, what they can see, how access is reviewed and how it is removed when someone leaves.',
    weight: 2,
    mustHave: false,
    stage: 'contract',
    source: 'it-cmf',
    sourceDetail: 'Information security management',
  },
  {
    id: 'risk.exit-plan',
    areaId: 'risk',
    title: 'Set exit requirements and an exit plan',
    guidance:
      'A provider may fail, be sold or simply not work out, and your leverage is lowest once you depend on it. Done means the contract gives you notice and termination rights and a duty to hand back data, documents and know-how, and you have a short plan for bringing the work back or moving it, with its time and cost.',
    weight: 3,
    mustHave: true,
    stage: 'contract',
    source: 'eba-outsourcing',
    sourceDetail: 'Exit strategies',
  },

  // Transition and onboarding
  {
    id: 'transition.staff-impact',
    areaId: 'transition',
    title: 'Settle what the move means for your staff, under employment law',
    guidance:
      'Under transfer-of-undertakings rules (TUPE in the UK, the Acquired Rights Directive across the EU), staff who mainly do the outsourced work may move to the provider on their current terms, and their representatives must be informed and consulted in good time; some countries require a works council or union to be heard before the decision, and elsewhere mass-layoff notice rules such as the US WARN Act may apply. Done means you have taken advice on which rules apply, consulted where required before deciding, and planned when and how each group is told.',
    weight: 3,
    mustHave: true,
    stage: 'contract',
    source: 'transfer-of-undertakings',
    sourceDetail: 'TUPE 2006; Directive 2001/23/EC',
  },
  {
    id: 'transition.onboarding-plan',
    areaId: 'transition',
    title: 'Plan onboarding up to full productivity',
    guidance:
      'The weeks before a new team reaches full speed cost money and can hurt service, and friction points such as access or training drag them out. Done means a dated plan with milestones, the expected time to full productivity and who removes each known obstacle.',
    weight: 3,
    mustHave: true,
    stage: 'transfer',
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
    mustHave: false,
    stage: 'transfer',
    source: 'escm-cl',
    sourceDetail: 'Service transfer',
  },
  {
    id: 'transition.pilot-ramp',
    areaId: 'transition',
    title: 'Plan the pilot, ramp-up and parallel run',
    guidance:
      'Starting with a slice of the work, and running old and new side by side for a short time, limits the damage if something goes wrong. Done means you have chosen what goes first, how long any overlap lasts and what it costs, and which measured results allow the rest to move.',
    weight: 2,
    mustHave: false,
    stage: 'transfer',
    source: 'practice',
    sourceDetail: 'Transition planning',
  },
  {
    id: 'transition.customer-communication',
    areaId: 'transition',
    title: 'Decide who is told about the change, and how',
    guidance:
      'Customers, staff and suppliers notice new names, numbers or addresses, and surprises cost trust. Done means you have decided whom to tell, when and in what words, and the provider knows how to introduce itself on your behalf.',
    weight: 1,
    mustHave: false,
    stage: 'transfer',
    source: 'practice',
    sourceDetail: 'Stakeholder communication',
  },
];
