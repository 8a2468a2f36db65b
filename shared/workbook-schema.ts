/** The workbook contract of PRODUCT.md as data: tabs, their headers and who writes which column. */

export interface TabSchema {
  /** Tab name as shown in the sheet. */
  readonly name: string;
  /** Headers the tab must have; more columns are allowed, in any order. */
  readonly headers: readonly string[];
  /** Columns the tools compute: the only ones they write to after setup. */
  readonly computed: readonly string[];
  /**
   * Columns that take numbers or dates; every other column is text, written so that Sheets keeps
   * it as written ("007", "1,000", "2026-01-05" and "TRUE" stay text).
   */
  readonly values?: Readonly<Record<string, ValueKind>>;
}

/** What a number or date column takes. */
export type ValueKind = 'number' | 'date';
/** What a column takes: text as written, or a number or date Sheets may parse. */
export type ColumnKind = 'text' | ValueKind;

/** What a column of a tab takes; columns the schema does not mark are text. */
export function columnKind(tab: TabSchema, header: string): ColumnKind {
  return tab.values?.[header] ?? 'text';
}

const numbers = (headers: readonly string[]): Record<string, ValueKind> =>
  Object.fromEntries(headers.map((header) => [header, 'number' as const]));

const RATINGS = [
  'Influence',
  'Interest',
  'Alignment',
  'Mutual Benefit',
  'Resources',
  'Local Knowledge',
  'Trust',
] as const;

export const STAKEHOLDERS: TabSchema = {
  name: 'Stakeholders',
  headers: [
    'ID',
    'Name',
    'Type',
    'Website',
    'Emails',
    'Phones',
    'Country',
    'Focus Areas',
    'SDGs',
    ...RATINGS,
    'Score',
    'Tier',
    'Quadrant',
    'Score Notes',
    'Share Access',
    'Status',
    'Last Contact',
    'Next Check-in',
    'Due Diligence',
    'Description',
    'Tags',
    'Source URL',
    'Captured At',
    'Notes',
  ],
  computed: ['Score', 'Tier', 'Quadrant', 'Score Notes', 'Next Check-in', 'Due Diligence'],
  // SDGs hold a list ("3; 6"), so they are text like the other lists.
  values: {
    ...numbers([...RATINGS, 'Score']),
    'Captured At': 'date',
    'Last Contact': 'date',
    'Next Check-in': 'date',
  },
};

export const FUNDING: TabSchema = {
  name: 'Funding',
  headers: [
    'ID',
    'Opportunity',
    'Funder',
    'Source Type',
    'Amount Min',
    'Amount Max',
    'Currency',
    'Deadline',
    'Stage',
    'Probability',
    'Weighted Value',
    'Days To Deadline',
    'Joint Partners',
    'SDGs',
    'Owner',
    'Eligibility',
    'URL',
    'Tags',
    'Captured At',
    'Notes',
  ],
  computed: ['Weighted Value', 'Days To Deadline'],
  values: {
    ...numbers(['Amount Min', 'Amount Max', 'Probability', 'Weighted Value', 'Days To Deadline']),
    Deadline: 'date',
    'Captured At': 'date',
  },
};

export const IMPACT: TabSchema = {
  name: 'Impact',
  headers: [
    'ID',
    'Goal',
    'Indicator',
    'Type',
    'Partner',
    'Unit',
    'Baseline',
    'Target',
    'Actual',
    'Start Date',
    'Due Date',
    'Owner',
    'SDG',
    'Progress',
    'Expected',
    'Status',
    'SMART Check',
  ],
  computed: ['Progress', 'Expected', 'Status', 'SMART Check'],
  values: {
    ...numbers(['Baseline', 'Target', 'Actual', 'SDG', 'Progress', 'Expected']),
    'Start Date': 'date',
    'Due Date': 'date',
  },
};

export const ACTION_PLAN: TabSchema = {
  name: 'Action Plan',
  headers: [
    'ID',
    'Milestone',
    'Responsible',
    'Accountable',
    'Consulted',
    'Informed',
    'Due Date',
    'Status',
    'Notes',
  ],
  computed: [],
  values: { 'Due Date': 'date' },
};

/** The partnership health check's ten factors, rated 1–5 in Feedback. */
export const HEALTH_FACTORS = [
  'Shared Vision',
  'Clear Roles',
  'Trust',
  'Communication',
  'Mutual Benefit',
  'Fair Decisions',
  'Resources',
  'Local Knowledge Valued',
  'Adaptability',
  'Results',
] as const;
export type HealthFactor = (typeof HEALTH_FACTORS)[number];

export const FEEDBACK: TabSchema = {
  name: 'Feedback',
  headers: ['Timestamp', 'Partner', 'Respondent', ...HEALTH_FACTORS, 'Continue', 'Comments'],
  computed: [],
  values: { ...numbers(HEALTH_FACTORS), Timestamp: 'date' },
};

/** Due Diligence items, each `yes`, `no`, `pending` or `n/a`. */
export const DUE_DILIGENCE_ITEMS = [
  'Mission Fit',
  'Values Fit',
  'Mutual Benefit Agreed',
  'Legal Registration',
  'Financial Statements',
  'References',
  'Conflict Of Interest Declared',
  'Safeguarding Policy',
  'Data Protection',
] as const;

export const DUE_DILIGENCE: TabSchema = {
  name: 'Due Diligence',
  headers: ['Partner', ...DUE_DILIGENCE_ITEMS, 'Reviewed By', 'Review Date', 'Readiness', 'Readiness Notes'],
  computed: ['Readiness', 'Readiness Notes'],
  values: { 'Review Date': 'date' },
};

export const CONFLICTS: TabSchema = {
  name: 'Conflicts',
  headers: [
    'ID',
    'Raised On',
    'Raised By',
    'Parties',
    'Issue',
    'Stage',
    'Stage Due',
    'Owner',
    'Status',
    'Resolution',
    'Lessons Learned',
  ],
  computed: ['Stage Due'],
  values: { 'Raised On': 'date', 'Stage Due': 'date' },
};

/** Exit Plan columns that must be filled for the plan to be ready. */
export const EXIT_PLAN_ESSENTIALS = [
  'Exit Trigger',
  'Planned End',
  'Handover To',
  'Continuity Funding',
  'Assets And Data',
  'Communication',
  'Owner',
] as const;

export const EXIT_PLAN: TabSchema = {
  name: 'Exit Plan',
  headers: ['Partnership', ...EXIT_PLAN_ESSENTIALS, 'Review Date', 'Readiness'],
  computed: ['Readiness'],
  values: { 'Planned End': 'date', 'Review Date': 'date' },
};

export const SETTINGS: TabSchema = { name: 'Settings', headers: ['Key', 'Value'], computed: [] };

export const DASHBOARD: TabSchema = { name: 'Dashboard', headers: [], computed: [] };

export const ACCESS_LOG: TabSchema = {
  name: 'Access Log',
  headers: ['Timestamp', 'Email', 'From', 'To', 'By'],
  computed: [],
  values: { Timestamp: 'date' },
};

/** What a partner brings: contribution types (PRODUCT.md workbook contract). */
export const CONTRIBUTION_TYPES = [
  'financial',
  'in-kind',
  'expertise',
  'volunteer time',
  'network',
  'venue',
  'equipment',
] as const;

export const CONTRIBUTIONS: TabSchema = {
  name: 'Contributions',
  headers: ['ID', 'Partner', 'Type', 'Description', 'Value', 'Currency', 'Hours', 'Date', 'Goal', 'Notes'],
  computed: [],
  values: { ...numbers(['Value', 'Hours']), Date: 'date' },
};

export const MOBILISATION_PLAN: TabSchema = {
  name: 'Mobilisation Plan',
  headers: [
    'Source Type',
    'Period',
    'Target',
    'Secured',
    'Pipeline',
    'Gap',
    'Share Of Secured',
    'Actions',
    'Owner',
    'Due Date',
  ],
  computed: ['Secured', 'Pipeline', 'Gap', 'Share Of Secured'],
  values: {
    ...numbers(['Period', 'Target', 'Secured', 'Pipeline', 'Gap', 'Share Of Secured']),
    'Due Date': 'date',
  },
};

/** Every tab, in the order setup creates them. */
export const TABS: readonly TabSchema[] = [
  STAKEHOLDERS,
  FUNDING,
  IMPACT,
  ACTION_PLAN,
  FEEDBACK,
  DUE_DILIGENCE,
  CONFLICTS,
  EXIT_PLAN,
  SETTINGS,
  DASHBOARD,
  ACCESS_LOG,
  CONTRIBUTIONS,
  MOBILISATION_PLAN,
];

/** Rating columns of Stakeholders: whole numbers 1–5. */
export const STAKEHOLDER_RATINGS = RATINGS;

/** Separator of lists inside one cell. */
export const LIST_SEPARATOR = '; ';

/** Rows partners added in the Partner room's Partner Updates tab, imported here once each. */
export const PARTNER_UPDATES: TabSchema = {
  name: 'Partner Updates',
  headers: ['Date', 'Partner', 'About', 'Update', 'Imported At'],
  computed: [],
  values: { 'Imported At': 'date' },
};
