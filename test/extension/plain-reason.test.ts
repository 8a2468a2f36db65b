import { describe, expect, it } from 'vitest';
import { plainReason } from '../../extension/clip/plain-reason.ts';

describe('plainReason', () => {
  it.each([
    ['opportunity.title: title is required', 'Title is required'],
    ['organization is required', 'Organization is required'],
    ['The sheet rejected this clip.', 'The sheet rejected this clip.'],
  ])('should read %j as %j', (reason, sentence) => {
    expect(plainReason(reason)).toBe(sentence);
  });
});
