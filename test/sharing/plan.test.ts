import { describe, expect, it } from 'vitest';
import { isValidEmail } from '../../shared/sharing/email.ts';
import { changeSteps, grantsFromLog, planSharing } from '../../shared/sharing/plan.ts';

const person = (row: number, emails: string, access: string, status = 'active') => ({
  row,
  name: `Partner ${row}`,
  emails,
  access,
  status,
});

describe('planSharing', () => {
  it('should grant, skip the owner, and report invalid emails', () => {
    const plan = planSharing(
      [
        person(2, 'a@x.org; not-an-email', 'viewer'),
        person(3, 'me@x.org', 'editor'),
        person(4, 'c@x.org', 'none'),
      ],
      { owner: 'me@x.org', current: {}, granted: {} },
    );
    expect(plan.changes).toEqual([{ email: 'a@x.org', from: 'none', to: 'viewer', name: 'Partner 2' }]);
    expect(plan.invalid).toEqual([{ row: 2, name: 'Partner 2', email: 'not-an-email' }]);
    expect(plan.kept).toEqual([{ email: 'me@x.org', reason: 'owner of the file' }]);
  });

  it('should remove only access this tool granted when access is none or the partner exited', () => {
    const plan = planSharing([person(2, 'a@x.org', 'editor', 'exited'), person(3, 'b@x.org', 'none')], {
      owner: 'me@x.org',
      current: { 'a@x.org': 'editor', 'b@x.org': 'viewer' },
      granted: { 'a@x.org': 'editor' },
    });
    expect(plan.changes).toEqual([{ email: 'a@x.org', from: 'editor', to: 'none', name: 'Partner 2' }]);
    expect(plan.kept).toEqual([
      { email: 'b@x.org', reason: 'has viewer access that Partnerkit did not grant' },
    ]);
  });

  it('should do nothing when access already matches', () => {
    const plan = planSharing([person(2, 'A@X.org', 'commenter')], {
      owner: 'me@x.org',
      current: { 'a@x.org': 'commenter' },
      granted: { 'a@x.org': 'commenter' },
    });
    expect(plan.changes).toEqual([]);
  });
});

describe('changeSteps', () => {
  it.each([
    [{ from: 'none', to: 'viewer' }, ['addViewer']],
    [{ from: 'viewer', to: 'editor' }, ['addEditor']],
    [{ from: 'editor', to: 'viewer' }, ['removeEditor', 'addViewer']],
    [{ from: 'commenter', to: 'none' }, ['removeViewer']],
  ] as const)('should turn %j into %j', (change, steps) => {
    expect(changeSteps({ email: 'a@x.org', name: 'A', ...change })).toEqual(steps);
  });
});

describe('grantsFromLog', () => {
  it('should keep the last access logged per address', () => {
    expect(
      grantsFromLog([
        { email: 'A@x.org', to: 'viewer' },
        { email: 'a@x.org', to: 'editor' },
        { email: 'b@x.org', to: 'none' },
      ]),
    ).toEqual({ 'a@x.org': 'editor', 'b@x.org': 'none' });
  });
});

describe('isValidEmail', () => {
  it.each([
    ['ana@example.org', true],
    ['ana.b+tag@sub.example.co.uk', true],
    ['ana@example', false],
    ['ana example@x.org', false],
    ['@x.org', false],
    ['a..b@x.org', false],
    ['=cmd@x.org', true],
  ])('should judge %j as %j', (email, valid) => {
    expect(isValidEmail(email)).toBe(valid);
  });
});
