/** Funding pipeline numbers (PRODUCT.md "Funding"). */
import { SOURCE_TYPES, STAGES, type Stage } from '../model.ts';
import { type Settings, toNumber, toProbability } from '../settings/settings.ts';
import { type Clock, daysBetween, readDate } from './dates.ts';
import { UNSPECIFIED } from './type-mix.ts';

/** The cells of one Funding row the numbers depend on. */
export interface FundingInput {
  stage: unknown;
  sourceType: unknown;
  amountMin: unknown;
  amountMax: unknown;
  currency: unknown;
  probability: unknown;
  deadline: unknown;
}

export interface FundingFigures {
  stage: Stage | undefined;
  sourceType: string;
  /** Amount in the base currency; undefined when there is no amount or no rate. */
  amount: number | undefined;
  probability: number | undefined;
  weightedValue: number | undefined;
  daysToDeadline: number | undefined;
}

/** Stages after which a deadline no longer matters. */
export const CLOSED_STAGES: readonly Stage[] = ['submitted', 'awarded', 'declined', 'withdrawn'];

/** A stage name from a cell, or undefined. */
export function readStage(value: unknown): Stage | undefined {
  const text = String(value ?? '')
    .trim()
    .toLowerCase();
  return STAGES.find((stage) => stage === text);
}

/** Amount Max, else Amount Min, converted to the base currency; undefined without an amount or rate. */
export function baseAmount(input: FundingInput, settings: Settings): number | undefined {
  const amount = toNumber(input.amountMax) ?? toNumber(input.amountMin);
  return amount === undefined ? undefined : toBaseCurrency(amount, input.currency, settings);
}

/** An amount in a currency cell's currency (blank: the base) converted; undefined without a rate. */
export function toBaseCurrency(
  amount: number,
  currencyCell: unknown,
  settings: Settings,
): number | undefined {
  const currency =
    String(currencyCell ?? '')
      .trim()
      .toUpperCase() || settings.baseCurrency;
  if (currency === settings.baseCurrency) return amount;
  const rate = settings.exchangeRates[currency];
  return rate === undefined ? undefined : amount * rate;
}

/** Weighted value, probability (typed or by stage) and days to deadline of one opportunity. */
export function fundingFigures(input: FundingInput, settings: Settings, clock: Clock): FundingFigures {
  const stage = readStage(input.stage);
  const typed = toProbability(input.probability);
  const probability = typed ?? (stage ? settings.probabilities[stage] : undefined);
  const amount = baseAmount(input, settings);
  const weightedValue =
    amount === undefined || probability === undefined ? undefined : roundCents(amount * probability);
  const deadline = readDate(input.deadline, clock.zoneOffsetMs);
  return {
    stage,
    sourceType: readSourceType(input.sourceType),
    amount: amount === undefined ? undefined : roundCents(amount),
    probability,
    weightedValue,
    daysToDeadline: deadline ? daysBetween(clock.today, deadline) : undefined,
  };
}

export interface StageTotal {
  stage: string;
  items: number;
  amount: number;
  weightedValue: number;
}

export interface SourceTotal {
  sourceType: string;
  items: number;
  weightedValue: number;
  share: number;
}

export interface FundingSummary {
  byStage: StageTotal[];
  bySource: SourceTotal[];
  /** 1 − HHI of the weighted values' shares by source type; undefined when nothing is weighted. */
  diversification: number | undefined;
  totalWeighted: number;
}

/** Totals by stage and by source type, and diversification. */
export function summariseFunding(figures: readonly FundingFigures[]): FundingSummary {
  const stages = new Map<string, StageTotal>(
    [...STAGES, UNSPECIFIED].map((stage) => [stage, { stage, items: 0, amount: 0, weightedValue: 0 }]),
  );
  const sources = new Map<string, SourceTotal>(
    [...SOURCE_TYPES, UNSPECIFIED].map((s) => [s, { sourceType: s, items: 0, weightedValue: 0, share: 0 }]),
  );
  for (const f of figures) {
    const stage = stages.get(f.stage ?? UNSPECIFIED) as StageTotal;
    stage.items += 1;
    stage.amount += f.amount ?? 0;
    stage.weightedValue += f.weightedValue ?? 0;
    const source = sources.get(f.sourceType) as SourceTotal;
    source.items += 1;
    source.weightedValue += f.weightedValue ?? 0;
  }
  const totalWeighted = [...sources.values()].reduce((sum, s) => sum + s.weightedValue, 0);
  let hhi = 0;
  for (const source of sources.values()) {
    source.share = totalWeighted > 0 ? source.weightedValue / totalWeighted : 0;
    hhi += source.share * source.share;
  }
  for (const stage of stages.values()) {
    stage.amount = roundCents(stage.amount);
    stage.weightedValue = roundCents(stage.weightedValue);
  }
  return {
    byStage: [...stages.values()],
    bySource: [...sources.values()],
    diversification: totalWeighted > 0 ? 1 - hhi : undefined,
    totalWeighted: roundCents(totalWeighted),
  };
}

function readSourceType(value: unknown): string {
  const text = String(value ?? '')
    .trim()
    .toLowerCase();
  return SOURCE_TYPES.find((type) => type === text) ?? UNSPECIFIED;
}

function roundCents(value: number): number {
  return Math.round(value * 100) / 100;
}
