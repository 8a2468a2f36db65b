/**
 * The Settings tab (Key, Value): documented defaults and parsing. Keys are matched
 * case-insensitively; a blank or unreadable value falls back to its default.
 */
import { STAGES, type Stage } from '../model.ts';

/** Rated criteria that make up the partner score, in the order they are shown. */
export const CRITERIA = ['Alignment', 'Mutual Benefit', 'Resources', 'Local Knowledge', 'Trust'] as const;
export type Criterion = (typeof CRITERIA)[number];

export interface Settings {
  baseCurrency: string;
  /** Base-currency units one unit of each currency buys (upper-case ISO codes). */
  exchangeRates: Record<string, number>;
  weights: Record<Criterion, number>;
  tiers: { strategic: number; engage: number; monitor: number };
  /** Influence and Interest at or above this count as high. */
  quadrantHigh: number;
  probabilities: Record<Stage, number>;
  deadlineWarningDays: number;
  /** A stakeholder type over this share of active stakeholders is flagged. */
  concentrationThreshold: number;
  focusSdgs: number[];
  clipperTokenHash: string;
  /** Days between check-ins per tier (unscored stakeholders use Monitor's). */
  checkInDays: CheckInDays;
  /** Days each of the five conflict stages may take, stage 1 first. */
  conflictStageDays: number[];
  /** Base-currency value of one hour of volunteer time (Contributions). */
  volunteerHourValue: number;
  /** A funding source type above this share of the period's secured funding is flagged. */
  maxSharePerSource: number;
  /** Hashes of the partners' survey keys, one "HASH Partner name" a line (see health/survey-keys). */
  surveyKeyHashes: string;
}

/** Days between check-ins, keyed by tier in lower case. */
export interface CheckInDays {
  strategic: number;
  engage: number;
  monitor: number;
  deprioritize: number;
}

const CHECK_IN_PREFIX = 'check-in days ';
const CHECK_IN_TIERS: (keyof CheckInDays)[] = ['strategic', 'engage', 'monitor', 'deprioritize'];
const CONFLICT_STAGE_PREFIX = 'conflict stage ';
const CONFLICT_STAGE_NAMES = [
  'Direct conversation',
  'Facilitated dialogue',
  'Mediation',
  'Steering group decision',
  'Exit clause',
];

/** Key of the row that holds the survey keys' hashes. */
export const SURVEY_KEYS_KEY = 'survey key hashes';

/** One row of the Settings tab as setup writes it. */
export interface SettingRow {
  key: string;
  value: string | number;
  note: string;
}

/** Key of the row that holds the Clipper token's hash. */
export const TOKEN_HASH_KEY = 'clipper token hash';

const RATE_PREFIX = 'exchange rate ';
const WEIGHT_PREFIX = 'weight ';
const PROBABILITY_PREFIX = 'probability ';

const DEFAULT_PROBABILITIES: Record<Stage, number> = {
  prospect: 0.1,
  researching: 0.2,
  drafting: 0.4,
  submitted: 0.5,
  awarded: 1,
  declined: 0,
  withdrawn: 0,
};

// Approximate rates, meant to be replaced with today's: a missing rate leaves Weighted Value empty.
const DEFAULT_RATES: Record<string, number> = { EUR: 1.08, GBP: 1.27, CHF: 1.12, CAD: 0.73, AUD: 0.66 };

/** Settings when the tab is empty. */
export function defaultSettings(): Settings {
  return {
    baseCurrency: 'USD',
    exchangeRates: { ...DEFAULT_RATES },
    weights: { Alignment: 1, 'Mutual Benefit': 1, Resources: 1, 'Local Knowledge': 1, Trust: 1 },
    tiers: { strategic: 75, engage: 50, monitor: 25 },
    quadrantHigh: 3,
    probabilities: { ...DEFAULT_PROBABILITIES },
    deadlineWarningDays: 14,
    concentrationThreshold: 0.5,
    focusSdgs: [],
    clipperTokenHash: '',
    checkInDays: { strategic: 30, engage: 60, monitor: 90, deprioritize: 180 },
    conflictStageDays: [7, 14, 30, 30, 30],
    volunteerHourValue: 25,
    maxSharePerSource: 0.5,
    surveyKeyHashes: '',
  };
}

/** The rows setup writes into a new Settings tab, each with a note saying what it does. */
export function defaultSettingRows(): SettingRow[] {
  const d = defaultSettings();
  return [
    { key: 'base currency', value: d.baseCurrency, note: 'ISO 4217 code all amounts are converted to.' },
    ...Object.entries(d.exchangeRates).map(([code, rate]) => ({
      key: RATE_PREFIX + code,
      value: rate,
      note: `Base-currency units per 1 ${code}. Approximate: update to today's rate. Add a row per currency you use.`,
    })),
    ...CRITERIA.map((criterion) => ({
      key: WEIGHT_PREFIX + criterion.toLowerCase(),
      value: d.weights[criterion],
      note: 'Weight of this criterion in the partner score (0 leaves it out).',
    })),
    { key: 'tier strategic', value: d.tiers.strategic, note: 'Score at or above this is Strategic.' },
    { key: 'tier engage', value: d.tiers.engage, note: 'Score at or above this is Engage.' },
    {
      key: 'tier monitor',
      value: d.tiers.monitor,
      note: 'Score at or above this is Monitor; below is Deprioritize.',
    },
    {
      key: 'quadrant high',
      value: d.quadrantHigh,
      note: 'Influence or Interest at or above this counts as high.',
    },
    ...STAGES.map((stage) => ({
      key: PROBABILITY_PREFIX + stage,
      value: d.probabilities[stage],
      note: 'Probability used when the Probability cell is blank.',
    })),
    {
      key: 'deadline warning days',
      value: d.deadlineWarningDays,
      note: 'Deadlines this close are highlighted.',
    },
    {
      key: 'concentration threshold',
      value: d.concentrationThreshold,
      note: 'A stakeholder type above this share of active stakeholders is flagged.',
    },
    { key: 'focus sdgs', value: '', note: 'SDG numbers your work targets, separated by "; ".' },
    { key: TOKEN_HASH_KEY, value: '', note: 'Set by Connect Clipper. Only a hash of the token is kept.' },
    ...lifecycleSettingRows(d),
    {
      key: 'volunteer hour value',
      value: d.volunteerHourValue,
      note: 'Base-currency value of one volunteer hour in Contributions. Approximate: set your own.',
    },
    {
      key: 'max share per source type',
      value: d.maxSharePerSource,
      note: 'A source type above this share of the secured funding of a year is flagged.',
    },
    {
      key: SURVEY_KEYS_KEY,
      value: '',
      note: 'Set by Partner survey links. Only hashes of the keys are kept; delete a line to stop that link.',
    },
  ];
}

function lifecycleSettingRows(d: Settings): SettingRow[] {
  const tiers = Object.entries(d.checkInDays).map(([tier, days]) => ({
    key: CHECK_IN_PREFIX + tier,
    value: days,
    note:
      tier === 'monitor'
        ? 'Days from Last Contact to the next check-in for Monitor stakeholders (and those not scored yet).'
        : `Days from Last Contact to the next check-in for ${tier[0]?.toUpperCase()}${tier.slice(1)} stakeholders.`,
  }));
  const stages = d.conflictStageDays.map((days, index) => ({
    key: `${CONFLICT_STAGE_PREFIX}${index + 1} days`,
    value: days,
    note: `Days stage ${index + 1} (${CONFLICT_STAGE_NAMES[index]}) may take before the conflict moves on.`,
  }));
  return [...tiers, ...stages];
}

/** Reads Settings rows ([Key, Value, …]) into settings, defaulting whatever is blank or unreadable. */
export function parseSettings(rows: readonly (readonly unknown[])[]): Settings {
  const settings = defaultSettings();
  for (const row of rows) {
    const key = String(row[0] ?? '')
      .trim()
      .replace(/\s+/g, ' ')
      .toLowerCase();
    const value = row[1];
    if (key && !isBlank(value)) applySetting(settings, key, value);
  }
  return settings;
}

function applySetting(settings: Settings, key: string, value: unknown): void {
  const number = toNumber(value);
  if (key === 'base currency') settings.baseCurrency = String(value).trim().toUpperCase();
  else if (key === TOKEN_HASH_KEY) settings.clipperTokenHash = String(value).trim().toLowerCase();
  else if (key === 'focus sdgs') settings.focusSdgs = parseSdgs(value);
  else if (key === SURVEY_KEYS_KEY) settings.surveyKeyHashes = String(value);
  else if (number === undefined) return;
  else if (key.startsWith(RATE_PREFIX)) {
    if (number > 0) settings.exchangeRates[key.slice(RATE_PREFIX.length).trim().toUpperCase()] = number;
  } else if (key.startsWith(WEIGHT_PREFIX)) {
    const criterion = CRITERIA.find((c) => c.toLowerCase() === key.slice(WEIGHT_PREFIX.length));
    if (criterion && number >= 0) settings.weights[criterion] = number;
  } else if (key.startsWith(PROBABILITY_PREFIX)) {
    const stage = STAGES.find((s) => s === key.slice(PROBABILITY_PREFIX.length));
    const probability = toProbability(number);
    if (stage && probability !== undefined) settings.probabilities[stage] = probability;
  } else applyNumber(settings, key, number);
}

function applyNumber(settings: Settings, key: string, number: number): void {
  if (key === 'tier strategic') settings.tiers.strategic = number;
  else if (key === 'tier engage') settings.tiers.engage = number;
  else if (key === 'tier monitor') settings.tiers.monitor = number;
  else if (key === 'quadrant high') settings.quadrantHigh = number;
  else if (key === 'deadline warning days') settings.deadlineWarningDays = Math.max(0, Math.round(number));
  else if (key === 'concentration threshold') {
    const share = toProbability(number);
    if (share !== undefined) settings.concentrationThreshold = share;
  } else applyLifecycleNumber(settings, key, number);
}

function applyLifecycleNumber(settings: Settings, key: string, number: number): void {
  if (number < 0) return;
  const days = Math.round(number);
  if (key.startsWith(CHECK_IN_PREFIX)) {
    const tier = key.slice(CHECK_IN_PREFIX.length).trim();
    const known = CHECK_IN_TIERS.find((t) => t === tier);
    if (known) settings.checkInDays[known] = days;
    return;
  } else if (key === 'volunteer hour value') {
    if (number >= 0) settings.volunteerHourValue = number;
  } else if (key === 'max share per source type') {
    const share = toProbability(number);
    if (share !== undefined) settings.maxSharePerSource = share;
  }
  const stage = /^conflict stage ([1-5]) days$/.exec(key);
  if (stage) settings.conflictStageDays[Number(stage[1]) - 1] = days;
}

/** A number from a cell: numbers as they are, "1,5" and "40 %" read as text; else undefined. */
export function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim().replace(/\s/g, '');
  const percent = text.endsWith('%');
  const plain = (percent ? text.slice(0, -1) : text).replace(/,/g, '');
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(plain)) return undefined;
  return percent ? Number(plain) / 100 : Number(plain);
}

/** A probability 0–1 from 0.4, "40%" or 40 (whole percent); undefined when out of range. */
export function toProbability(value: unknown): number | undefined {
  const number = toNumber(value);
  if (number === undefined || number < 0) return undefined;
  if (number <= 1) return number;
  return number <= 100 ? number / 100 : undefined;
}

function parseSdgs(value: unknown): number[] {
  return String(value)
    .split(/[;,\s]+/)
    .map(Number)
    .filter((n) => Number.isInteger(n) && n >= 1 && n <= 17);
}

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}
