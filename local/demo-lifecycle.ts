/**
 * The demo's partnership lifecycle: when each partner was last met, the due diligence checklist,
 * a conflict log and the exit plans, so a first run shows every lifecycle tab filled.
 */
import type { DemoRow } from './demo-data.ts';

const DAY_MS = 86_400_000;
const day = (today: Date, days: number) =>
  new Date(today.getTime() + days * DAY_MS).toISOString().slice(0, 10);

// Days since the last real conversation, by demo stakeholder id; some are overdue on purpose.
const LAST_CONTACT: Record<string, number> = {
  'demo-org-01': 12,
  'demo-org-02': 75,
  'demo-org-03': 40,
  'demo-org-04': 6,
  'demo-org-06': 95,
  'demo-org-07': 20,
};

/** Stakeholders with their Last Contact filled in. */
export function withLastContact(today: Date, rows: DemoRow[]): DemoRow[] {
  return rows.map((row) => {
    const ago = LAST_CONTACT[String(row.ID)];
    return ago === undefined ? row : { ...row, 'Last Contact': day(today, -ago) };
  });
}

const ALL_YES = {
  'Mission Fit': 'yes',
  'Values Fit': 'yes',
  'Mutual Benefit Agreed': 'yes',
  'Legal Registration': 'yes',
  'Financial Statements': 'yes',
  References: 'yes',
  'Conflict Of Interest Declared': 'yes',
  'Safeguarding Policy': 'yes',
  'Data Protection': 'yes',
};

/** The lifecycle tabs' rows. */
export function demoLifecycle(today: Date): Record<'Due Diligence' | 'Conflicts' | 'Exit Plan', DemoRow[]> {
  return {
    'Due Diligence': [
      {
        Partner: 'Riverbend Community Foundation',
        ...ALL_YES,
        References: 'n/a',
        'Reviewed By': 'Ana',
        'Review Date': day(today, -60),
      },
      {
        Partner: 'Solace Youth Collective',
        ...ALL_YES,
        'Financial Statements': 'pending',
        'Safeguarding Policy': 'pending',
        'Reviewed By': 'Chris',
        'Review Date': day(today, -10),
      },
      {
        Partner: 'Northwind Water Trust',
        ...ALL_YES,
        'Conflict Of Interest Declared': 'no',
        'Data Protection': '',
        'Reviewed By': 'Ana',
        'Review Date': day(today, -5),
      },
      {
        Partner: 'Harbor & Pine Outfitters, Corporate Giving',
        'Mission Fit': 'pending',
        'Values Fit': 'no',
        'Reviewed By': 'Ana',
      },
    ],
    Conflicts: [
      {
        ID: 'demo-con-01',
        // Past its stage's 21 days: the Dashboard counts it as overdue.
        'Raised On': day(today, -30),
        'Raised By': 'Solace Youth Collective',
        Parties: 'Solace Youth Collective; City of Larkspur, Office of Community Partnerships',
        Issue: 'Park permits for clean-up days arrive after the events are announced.',
        Stage: '2 Facilitated dialogue',
        Owner: 'Ana',
        Status: 'open',
      },
      {
        ID: 'demo-con-02',
        'Raised On': day(today, -4),
        'Raised By': 'Northwind Water Trust',
        Parties: 'Northwind Water Trust',
        Issue: 'Whose logo goes first on the kiosk signs.',
        Stage: '1 Direct conversation',
        Owner: 'Chris',
        Status: 'open',
      },
      {
        ID: 'demo-con-03',
        'Raised On': day(today, -90),
        'Raised By': 'Greenfield University, Center for Urban Health',
        Parties: 'Greenfield University, Center for Urban Health',
        Issue: 'Publication rights for the water-quality data.',
        Stage: '3 Mediation',
        Owner: 'Director',
        Status: 'resolved',
        Resolution: 'Joint authorship; raw data shared with the ward committee after 6 months.',
        'Lessons Learned': 'Agree data ownership before the first sample is taken.',
      },
    ],
    'Exit Plan': [
      {
        Partnership: 'River kiosks with Northwind Water Trust',
        'Exit Trigger': 'Foundation grant ends or kiosks cover their own costs',
        'Planned End': day(today, 540),
        'Handover To': 'Ward water committee',
        'Continuity Funding': 'Kiosk water fees; city maintenance budget line',
        'Assets And Data': 'Kiosks to the committee; usage data anonymised and shared',
        Communication: 'Community meeting and notice at each kiosk three months ahead',
        Owner: 'Ana',
        'Review Date': day(today, 180),
      },
      {
        Partnership: 'Youth water stewards with Solace Youth Collective',
        'Exit Trigger': 'Two cohorts trained',
        'Planned End': day(today, 300),
        'Handover To': 'Solace Youth Collective',
        Owner: 'Chris',
      },
      {
        Partnership: 'Sensor loan from Greenfield University',
        'Exit Trigger': 'Loan period ends',
        'Planned End': day(today, 120),
        Owner: 'Chris',
      },
    ],
  };
}
