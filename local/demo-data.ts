/**
 * The first run's demo: fictional partners, opportunities and goals of a small community water
 * and youth-skills programme, written as a person would type them (dates relative to today).
 */

import { demoLifecycle, withLastContact } from './demo-lifecycle.ts';

/** One row, keyed by header text. */
export type DemoRow = Record<string, string | number>;

/** Rows per tab. */
export interface DemoWorkbook {
  Stakeholders: DemoRow[];
  Funding: DemoRow[];
  Impact: DemoRow[];
  'Action Plan': DemoRow[];
  Feedback: DemoRow[];
  'Due Diligence'?: DemoRow[];
  Conflicts?: DemoRow[];
  'Exit Plan'?: DemoRow[];
  Contributions: DemoRow[];
  'Mobilisation Plan': DemoRow[];
}

/** A YYYY-MM-DD date `days` from `today` (negative: in the past). */
function day(today: Date, days: number): string {
  return new Date(today.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

function org(
  id: number,
  name: string,
  type: string,
  website: string,
  ratings: [number, number, number, number, number, number, number],
  extra: DemoRow,
): DemoRow {
  const [influence, interest, alignment, mutualBenefit, resources, localKnowledge, trust] = ratings;
  return {
    ID: `demo-org-${String(id).padStart(2, '0')}`,
    Name: name,
    Type: type,
    Website: website,
    Influence: influence,
    Interest: interest,
    Alignment: alignment,
    'Mutual Benefit': mutualBenefit,
    Resources: resources,
    'Local Knowledge': localKnowledge,
    Trust: trust,
    Status: 'active',
    'Share Access': 'none',
    ...extra,
  };
}

// The health check factors the older Feedback rows did not have, in PRODUCT.md's order.
function factors(
  sharedVision: number,
  clearRoles: number,
  fairDecisions: number,
  resources: number,
  localKnowledge: number,
  adaptability: number,
  results: number,
): DemoRow {
  return {
    'Shared Vision': sharedVision,
    'Clear Roles': clearRoles,
    'Fair Decisions': fairDecisions,
    Resources: resources,
    'Local Knowledge Valued': localKnowledge,
    Adaptability: adaptability,
    Results: results,
  };
}

function contribution(
  id: number,
  partner: string,
  type: string,
  description: string,
  amount: DemoRow,
  date: string,
): DemoRow {
  return {
    ID: `demo-contribution-${id}`,
    Partner: partner,
    Type: type,
    Description: description,
    ...amount,
    Date: date,
  };
}

function plan(
  today: Date,
  sourceType: string,
  target: number,
  actions: string,
  owner: string,
  dueIn: number,
): DemoRow {
  return {
    'Source Type': sourceType,
    Period: today.getUTCFullYear(),
    Target: target,
    Actions: actions,
    Owner: owner,
    'Due Date': day(today, dueIn),
  };
}

/** The demo rows for a given day. */
export function demoWorkbook(today: Date): DemoWorkbook {
  const demo = baseDemo(today);
  return { ...demo, Stakeholders: withLastContact(today, demo.Stakeholders), ...demoLifecycle(today) };
}

function baseDemo(today: Date): DemoWorkbook {
  return {
    Stakeholders: [
      org(
        1,
        'Riverbend Community Foundation',
        'foundation',
        'https://riverbend-foundation.example.org',
        [4, 5, 5, 4, 4, 4, 5],
        {
          Emails: 'grants@riverbend-foundation.example.org',
          Country: 'US',
          'Focus Areas': 'water; youth',
          SDGs: '6; 4',
          'Share Access': 'viewer',
          Description: 'Local foundation funding clean-water and youth projects along the river valley.',
        },
      ),
      org(
        2,
        'City of Larkspur, Office of Community Partnerships',
        'government',
        'https://larkspur.example.gov',
        [5, 3, 4, 4, 5, 5, 3],
        {
          Emails: 'partnerships@larkspur.example.gov',
          Country: 'US',
          'Focus Areas': 'infrastructure; water',
          SDGs: '6; 11',
        },
      ),
      org(
        3,
        'Greenfield University, Center for Urban Health',
        'academic',
        'https://greenfield.example.edu/urban-health',
        [3, 4, 4, 5, 3, 3, 4],
        {
          Emails: 'urbanhealth@greenfield.example.edu',
          Country: 'US',
          'Focus Areas': 'health; research',
          SDGs: '3; 6',
          'Share Access': 'commenter',
        },
      ),
      org(
        4,
        'Solace Youth Collective',
        'community',
        'https://solace-youth.example.org',
        [2, 5, 5, 4, 2, 5, 5],
        {
          Emails: 'hello@solace-youth.example.org',
          Country: 'US',
          'Focus Areas': 'youth; skills',
          SDGs: '4; 8',
          'Share Access': 'editor',
        },
      ),
      org(
        5,
        'Harbor & Pine Outfitters, Corporate Giving',
        'corporate',
        'https://harborpine.example.com/giving',
        [4, 2, 2, 3, 4, 1, 2],
        {
          Country: 'US',
          'Focus Areas': 'environment',
          SDGs: '13',
          Status: 'prospect',
        },
      ),
      org(6, 'Northwind Water Trust', 'ngo', 'https://northwind-water.example.org', [3, 4, 5, 3, 3, 4, 4], {
        Emails: 'programs@northwind-water.example.org',
        Country: 'CA',
        'Focus Areas': 'water; sanitation',
        SDGs: '6',
      }),
      org(
        7,
        'Meadowlark Neighbors Association',
        'community',
        'https://meadowlark.example.org',
        [1, 4, 4, 4, 1, 5, 4],
        {
          Country: 'US',
          'Focus Areas': 'neighbourhood',
          SDGs: '11',
        },
      ),
      org(
        8,
        'Global Fund for Clean Water (fictional)',
        'multilateral',
        'https://gfcw.example.int',
        [5, 2, 4, 2, 5, 1, 3],
        {
          Country: 'CH',
          'Focus Areas': 'water',
          SDGs: '6',
          Status: 'prospect',
        },
      ),
    ],
    Funding: [
      {
        ID: 'demo-opp-01',
        Opportunity: 'River Valley Youth Grants 2025',
        Funder: 'Riverbend Community Foundation',
        'Source Type': 'foundation',
        'Amount Min': 10000,
        'Amount Max': 25000,
        Currency: 'USD',
        Deadline: day(today, 9),
        Stage: 'drafting',
        Owner: 'Ana',
        'Joint Partners': 'Solace Youth Collective',
        SDGs: '4; 6',
      },
      {
        ID: 'demo-opp-02',
        Opportunity: 'Neighbourhood Infrastructure Fund',
        Funder: 'City of Larkspur, Office of Community Partnerships',
        'Source Type': 'government',
        'Amount Max': 60000,
        Currency: 'USD',
        Deadline: day(today, 40),
        Stage: 'researching',
        Owner: 'Ben',
        SDGs: '11',
      },
      {
        ID: 'demo-opp-03',
        Opportunity: 'Clean Water Access Call',
        Funder: 'Global Fund for Clean Water (fictional)',
        'Source Type': 'international',
        'Amount Min': 50000,
        'Amount Max': 150000,
        Currency: 'EUR',
        Deadline: day(today, 75),
        Stage: 'prospect',
        Owner: 'Ana',
        SDGs: '6',
      },
      {
        ID: 'demo-opp-04',
        Opportunity: 'Outdoor Futures Employee Match',
        Funder: 'Harbor & Pine Outfitters, Corporate Giving',
        'Source Type': 'corporate',
        'Amount Max': 8000,
        Currency: 'USD',
        Deadline: day(today, -3),
        Stage: 'submitted',
        Owner: 'Chris',
        SDGs: '13',
      },
      {
        ID: 'demo-opp-05',
        Opportunity: 'Spring river clean-up crowdfunder',
        Funder: 'Meadowlark Neighbors Association',
        'Source Type': 'crowdfunding',
        'Amount Max': 4000,
        Currency: 'USD',
        Deadline: day(today, 20),
        Stage: 'awarded',
        Owner: 'Ben',
        SDGs: '6; 11',
      },
      {
        ID: 'demo-opp-06',
        Opportunity: 'Water-quality sensors (in-kind)',
        Funder: 'Greenfield University, Center for Urban Health',
        'Source Type': 'in-kind',
        'Amount Max': 12000,
        Currency: 'USD',
        Deadline: day(today, 55),
        Stage: 'submitted',
        Owner: 'Chris',
        SDGs: '6; 3',
      },
    ],
    Impact: [
      {
        ID: 'demo-goal-01',
        Goal: 'Safe water for river households',
        Indicator: 'Households with tested safe water',
        Type: 'outcome',
        Partner: 'Northwind Water Trust',
        Unit: 'households',
        Baseline: 120,
        Target: 400,
        Actual: 310,
        'Start Date': day(today, -200),
        'Due Date': day(today, 165),
        Owner: 'Ana',
        SDG: 6,
      },
      {
        ID: 'demo-goal-02',
        Goal: 'Youth water stewards trained',
        Indicator: 'Young people completing training',
        Type: 'output',
        Partner: 'Solace Youth Collective',
        Unit: 'people',
        Baseline: 0,
        Target: 60,
        Actual: 18,
        'Start Date': day(today, -150),
        'Due Date': day(today, 30),
        Owner: 'Ben',
        SDG: 4,
      },
      {
        ID: 'demo-goal-03',
        Goal: 'Water quality monitored',
        Indicator: 'Sites sampled monthly',
        Type: 'output',
        Partner: 'Greenfield University, Center for Urban Health',
        Unit: 'sites',
        Baseline: 2,
        Target: 12,
        Actual: 12,
        'Start Date': day(today, -300),
        'Due Date': day(today, 60),
        Owner: 'Chris',
        SDG: 6,
      },
      {
        ID: 'demo-goal-04',
        Goal: 'Neighbourhood clean-ups',
        Indicator: 'Volunteer hours',
        Type: 'output',
        Partner: 'Meadowlark Neighbors Association',
        Baseline: 0,
        Target: 500,
        Actual: 150,
        'Start Date': day(today, -90),
        'Due Date': day(today, 90),
        SDG: 11,
      },
    ],
    'Action Plan': [
      {
        ID: 'demo-act-01',
        Milestone: 'Sign partnership agreement with Northwind',
        Responsible: 'Ana',
        Accountable: 'Director',
        Consulted: 'Northwind Water Trust',
        Informed: 'Board',
        'Due Date': day(today, 14),
        Status: 'in progress',
      },
      {
        ID: 'demo-act-02',
        Milestone: 'Submit River Valley Youth Grant',
        Responsible: 'Ana',
        Accountable: 'Director',
        Consulted: 'Solace Youth Collective',
        Informed: 'Riverbend Community Foundation',
        'Due Date': day(today, 9),
        Status: 'in progress',
      },
      {
        ID: 'demo-act-03',
        Milestone: 'Exit plan for sensor loan',
        Responsible: 'Chris',
        Accountable: 'Director',
        Consulted: 'Greenfield University, Center for Urban Health',
        Informed: 'Board',
        'Due Date': day(today, 120),
        Status: 'not started',
      },
    ],
    Feedback: [
      {
        Timestamp: day(today, -30),
        Partner: 'Solace Youth Collective',
        Respondent: 'Programme lead',
        Trust: 5,
        Communication: 4,
        'Mutual Benefit': 5,
        ...factors(5, 4, 4, 5, 4, 4, 5),
        Continue: 'yes',
        Comments: 'Clear roles; monthly check-ins help.',
      },
      {
        Timestamp: day(today, -12),
        Partner: 'City of Larkspur, Office of Community Partnerships',
        Respondent: 'Liaison',
        Trust: 3,
        Communication: 3,
        'Mutual Benefit': 4,
        ...factors(4, 2, 3, 3, 4, 2, 3),
        Continue: 'yes',
        Comments: 'Permits take time; earlier notice please.',
      },
      {
        Timestamp: day(today, -5),
        Partner: 'Riverbend Community Foundation',
        Respondent: 'Programme officer',
        Trust: 4,
        Communication: 4,
        'Mutual Benefit': 4,
        ...factors(5, 4, 4, 3, 3, 4, 4),
        Continue: 'yes',
        Comments: 'Good reporting; share field data sooner.',
      },
    ],
    Contributions: [
      contribution(
        1,
        'Riverbend Community Foundation',
        'financial',
        'Seed grant for youth stipends',
        { Value: 15000, Currency: 'USD' },
        day(today, -60),
      ),
      contribution(
        2,
        'Solace Youth Collective',
        'volunteer time',
        'Weekend river clean-ups',
        { Hours: 120 },
        day(today, -20),
      ),
      contribution(
        3,
        'Greenfield University, Center for Urban Health',
        'expertise',
        'Water-quality testing protocol',
        { Value: 4000, Currency: 'USD' },
        day(today, -45),
      ),
      contribution(
        4,
        'Harbor & Pine Outfitters, Corporate Giving',
        'equipment',
        'Waders and gloves',
        { Value: 1800, Currency: 'EUR' },
        day(today, -30),
      ),
      contribution(
        5,
        'City of Larkspur, Office of Community Partnerships',
        'venue',
        'Community hall, monthly',
        { Value: 2400, Currency: 'USD' },
        day(today, -10),
      ),
      contribution(
        6,
        'Meadowlark Neighbors Association',
        'network',
        'Door-to-door outreach to 300 households',
        {},
        day(today, -15),
      ),
    ],
    'Mobilisation Plan': [
      plan(
        today,
        'foundation',
        60000,
        'Renew the Riverbend grant; apply to two regional funds',
        'Programme lead',
        60,
      ),
      plan(
        today,
        'government',
        50000,
        'Apply to the Neighbourhood Infrastructure Fund',
        'Partnerships lead',
        30,
      ),
      plan(today, 'corporate', 20000, 'Pitch employee match to two local firms', 'Development officer', 90),
      plan(today, 'crowdfunding', 5000, 'Spring clean-up campaign', 'Comms volunteer', 45),
    ],
  };
}
