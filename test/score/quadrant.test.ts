import { describe, expect, it } from 'vitest';
import { quadrantFor } from '../../shared/score/quadrant.ts';
import { typeMix } from '../../shared/score/type-mix.ts';
import { defaultSettings } from '../../shared/settings/settings.ts';

describe('quadrantFor', () => {
  it.each([
    [5, 5, 'Manage closely'],
    [3, 3, 'Manage closely'],
    [4, 2, 'Keep satisfied'],
    [2, 3, 'Keep informed'],
    [1, 2, 'Monitor'],
    ['', 4, undefined],
    [4, undefined, undefined],
  ])('should place influence %j, interest %j in %j', (influence, interest, quadrant) => {
    expect(quadrantFor(influence, interest, defaultSettings())).toBe(quadrant);
  });

  it('should use the high threshold from Settings', () => {
    expect(quadrantFor(3, 3, { ...defaultSettings(), quadrantHigh: 4 })).toBe('Monitor');
  });
});

describe('typeMix', () => {
  it('should flag a type that is over half of active stakeholders, ignoring exited ones', () => {
    const mix = typeMix(
      [
        { type: 'foundation', status: 'active' },
        { type: 'foundation', status: 'prospect' },
        { type: 'Foundation', status: '' },
        { type: 'ngo', status: 'active' },
        { type: 'corporate', status: 'exited' },
        { type: 'corporate', status: 'exited' },
      ],
      0.5,
    );
    const foundation = mix.find((m) => m.type === 'foundation');
    expect(foundation).toEqual({ type: 'foundation', count: 3, share: 0.75, overConcentrated: true });
    expect(mix.find((m) => m.type === 'corporate')?.count).toBe(0);
    expect(mix.find((m) => m.type === 'ngo')?.overConcentrated).toBe(false);
  });

  it('should not flag exactly half', () => {
    const mix = typeMix(
      [
        { type: 'ngo', status: 'active' },
        { type: 'academic', status: 'active' },
      ],
      0.5,
    );
    expect(mix.some((m) => m.overConcentrated)).toBe(false);
  });
});
