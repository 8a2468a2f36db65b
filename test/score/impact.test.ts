import { describe, expect, it } from 'vitest';
import { impactFigures, progressByGoal, smartCheck } from '../../shared/score/impact.ts';

// Start 2025-01-01, due 2025-01-11 (10 days); today 2025-01-06 → expected 0.5.
const clock = { today: { year: 2025, month: 1, day: 6 } };
const row = (values: Partial<Record<string, unknown>>) => ({
  goal: 'Literacy',
  indicator: 'Children reading',
  unit: 'children',
  baseline: 0,
  target: 100,
  actual: '',
  startDate: '2025-01-01',
  dueDate: '2025-01-11',
  owner: 'Ana',
  ...values,
});

describe('impactFigures', () => {
  it.each([
    [100, 1, 'done'],
    [120, 1.2, 'done'],
    [40, 0.4, 'on track'], // 0.4 ≥ 0.5 − 0.10
    [39, 0.39, 'at risk'], // 0.39 ≥ 0.5 − 0.25
    [25, 0.25, 'at risk'],
    [24, 0.24, 'off track'],
  ])('should rate actual %d as progress %d, %s', (actual, progress, status) => {
    const figures = impactFigures(row({ actual }), clock);
    expect(figures.progress).toBeCloseTo(progress, 10);
    expect(figures.expected).toBe(0.5);
    expect(figures.status).toBe(status);
  });

  it('should measure from the baseline', () => {
    // (80 − 50) / (110 − 50) = 0.5
    expect(impactFigures(row({ baseline: 50, target: 110, actual: 80 }), clock).progress).toBe(0.5);
  });

  it('should cap expected at 0 before the start and 1 after the due date', () => {
    expect(impactFigures(row({ startDate: '2025-02-01', dueDate: '2025-03-01' }), clock).expected).toBe(0);
    expect(impactFigures(row({ startDate: '2024-01-01', dueDate: '2024-06-01' }), clock).expected).toBe(1);
  });

  it('should leave progress and status empty without an actual or target', () => {
    const figures = impactFigures(row({ target: '' }), clock);
    expect(figures.progress).toBeUndefined();
    expect(figures.status).toBeUndefined();
  });
});

describe('smartCheck', () => {
  it('should say ok when nothing is missing', () => {
    expect(smartCheck(row({}))).toBe('ok');
  });

  it('should list what is missing', () => {
    expect(smartCheck(row({ unit: '', baseline: '', dueDate: '', owner: ' ' }))).toBe(
      'missing: unit, baseline, due date, owner',
    );
  });
});

describe('progressByGoal', () => {
  it('should average capped progress per goal', () => {
    const goals = progressByGoal([
      { goal: 'A', figures: { progress: 1.5, expected: 0.5, status: 'done', smartCheck: 'ok' } },
      { goal: 'A', figures: { progress: 0.2, expected: 0.5, status: 'off track', smartCheck: 'ok' } },
      {
        goal: 'B',
        figures: { progress: undefined, expected: undefined, status: undefined, smartCheck: 'ok' },
      },
    ]);
    // A: (1 + 0.2) / 2 = 0.6
    expect(goals[0]).toMatchObject({ goal: 'A', indicators: 2, done: 1, offTrack: 1 });
    expect(goals[0]?.meanProgress).toBeCloseTo(0.6, 10);
    expect(goals[1]).toMatchObject({ goal: 'B', indicators: 1, meanProgress: undefined });
  });
});
