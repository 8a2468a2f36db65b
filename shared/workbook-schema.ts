/** The workbook contract of PRODUCT.md as data: tabs, their headers and who writes which column. */

export interface TabSchema {
  /** Tab name as shown in the sheet. */
  readonly name: string;
  /** Headers the tab must have; more columns are allowed, in any order. */
  readonly headers: readonly string[];
  /** Columns the tools compute: the only ones they write to after setup. */
  readonly computed: readonly string[];
}

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
    'Description',
    'Tags',
    'Source URL',
    'Captured At',
    'Notes',
  ],
  computed: ['Score', 'Tier', 'Quadrant', 'Score Notes'],
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
};

export const FEEDBACK: TabSchema = {
  name: 'Feedback',
  headers: [
    'Timestamp',
    'Partner',
    'Respondent',
    'Trust',
    'Communication',
    'Mutual Benefit',
    'Continue',
    'Comments',
  ],
  computed: [],
};

export const SETTINGS: TabSchema = { name: 'Settings', headers: ['Key', 'Value'], computed: [] };

export const DASHBOARD: TabSchema = { name: 'Dashboard', headers: [], computed: [] };

export const ACCESS_LOG: TabSchema = {
  name: 'Access Log',
  headers: ['Timestamp', 'Email', 'From', 'To', 'By'],
  computed: [],
};

/** Every tab, in the order setup creates them. */
export const TABS: readonly TabSchema[] = [
  STAKEHOLDERS,
  FUNDING,
  IMPACT,
  ACTION_PLAN,
  FEEDBACK,
  SETTINGS,
  DASHBOARD,
  ACCESS_LOG,
];

/** Rating columns of Stakeholders: whole numbers 1–5. */
export const STAKEHOLDER_RATINGS = RATINGS;

/** Separator of lists inside one cell. */
export const LIST_SEPARATOR = '; ';
