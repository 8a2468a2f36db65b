import { describe, expect, it } from 'vitest';
import { isoDay } from '../../shared/lifecycle/calendar-days.ts';
import { nextCheckIn } from '../../shared/lifecycle/check-ins.ts';
import { isOverdueConflict, stageDue, stageIndex } from '../../shared/lifecycle/conflicts.ts';
import { exitPlanReadiness } from '../../shared/lifecycle/exit-plan.ts';
import type { Tier } from '../../shared/score/partner-score.ts';
import { defaultSettings } from '../../shared/settings/settings.ts';

const date = (text: string) => {
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  return { year, month, day };
};
const settings = defaultSettings();

describe('nextCheckIn', () => {
  it.each([
    ['Strategic', '2025-01-15', 'active', '2025-02-14'],
    ['Engage', '2025-01-15', 'active', '2025-03-16'],
    ['Monitor', '2024-12-31', 'prospect', '2025-03-31'],
    ['Deprioritize', '2025-01-01', 'active', '2025-06-30'],
    // not scored yet: as often as Monitor
    [undefined, '2025-02-28', 'contacted', '2025-05-29'],
    // leap day crossed
    ['Strategic', '2024-02-15', 'active', '2024-03-16'],
  ] as const)('should add the %s days to Last Contact %s', (tier, last, status, expected) => {
    const next = nextCheckIn(date(last), tier as Tier | undefined, status, settings.checkInDays);
    expect(next && isoDay(next)).toBe(expected);
  });

  it('should be empty without Last Contact and once the partnership has exited', () => {
    expect(nextCheckIn(undefined, 'Strategic', 'active', settings.checkInDays)).toBeUndefined();
    expect(nextCheckIn(date('2025-01-01'), 'Strategic', 'exited', settings.checkInDays)).toBeUndefined();
  });

  it('should use the days in Settings', () => {
    const days = { ...settings.checkInDays, engage: 14 };
    expect(isoDay(nextCheckIn(date('2025-01-01'), 'Engage', 'active', days) ?? date('1900-01-01'))).toBe(
      '2025-01-15',
    );
  });
});

describe('stageDue', () => {
  it.each([
    ['1 Direct conversation', '2025-01-10'],
    ['2 Facilitated dialogue', '2025-01-24'],
    ['3 Mediation', '2025-02-23'],
    ['4 Steering group decision', '2025-03-25'],
    ['5 Exit clause', '2025-04-24'],
    ['3', '2025-02-23'],
    ['mediation', '2025-02-23'],
    // no stage yet: the first
    ['', '2025-01-10'],
  ])('should add the cumulative stage days for %s to Raised On 2025-01-03', (stage, expected) => {
    const due = stageDue(date('2025-01-03'), stage, settings.conflictStageDays);
    expect(due && isoDay(due)).toBe(expected);
  });

  it('should be empty without Raised On or with an unreadable stage', () => {
    expect(stageDue(undefined, '1 Direct conversation', settings.conflictStageDays)).toBeUndefined();
    expect(stageDue(date('2025-01-03'), 'lawsuit', settings.conflictStageDays)).toBeUndefined();
    expect(stageIndex('30 days')).toBeUndefined();
  });

  it('should count only open conflicts past their stage as overdue', () => {
    const today = date('2025-03-01');
    expect(isOverdueConflict('open', date('2025-02-28'), today)).toBe(true);
    expect(isOverdueConflict('', date('2025-02-28'), today)).toBe(true);
    expect(isOverdueConflict('open', date('2025-03-01'), today)).toBe(false);
    expect(isOverdueConflict('Resolved', date('2025-01-01'), today)).toBe(false);
    expect(isOverdueConflict('open', undefined, today)).toBe(false);
  });
});

describe('exitPlanReadiness', () => {
  const full = {
    'Exit Trigger': 'Funding ends',
    'Planned End': '2026-12-31',
    'Handover To': 'Ward water committee',
    'Continuity Funding': 'County budget line',
    'Assets And Data': 'Pumps to committee; data deleted',
    Communication: 'Community meeting',
    Owner: 'Ana',
  };
  it.each([
    ['every essential filled', full, 'ready'],
    ['owner blank', { ...full, Owner: '  ' }, 'missing: Owner'],
    [
      'several blank, named in the tab order',
      { ...full, Communication: '', 'Exit Trigger': '', 'Planned End': undefined },
      'missing: Exit Trigger, Planned End, Communication',
    ],
    [
      'nothing written',
      {},
      'missing: Exit Trigger, Planned End, Handover To, Continuity Funding, Assets And Data, Communication, Owner',
    ],
  ])('should say %s', (_, fields, expected) => {
    expect(exitPlanReadiness(fields)).toBe(expected);
  });
});

describe('lifecycle settings', () => {
  it('should read the check-in and conflict stage days from Settings rows, keeping defaults otherwise', async () => {
    const { parseSettings } = await import('../../shared/settings/settings.ts');
    const parsed = parseSettings([
      ['Check-in days Strategic', 21],
      ['check-in days constructor', 5],
      ['conflict stage 3 days', '45'],
      ['conflict stage 6 days', 9],
      ['check-in days engage', -4],
    ]);
    expect(parsed.checkInDays).toEqual({ strategic: 21, engage: 60, monitor: 90, deprioritize: 180 });
    expect(parsed.conflictStageDays).toEqual([7, 14, 45, 30, 30]);
  });
});
