/**
 * Issue 9 shapes met after it landed, through the Clipper's conversions and the built bundle:
 * a directory whose entries link to profiles on one giving platform, a listing page with several
 * calls at one URL. What the lookup promises is what saving does.
 */
import { describe, expect, it } from 'vitest';
import { directoryClips } from '../../extension/clip/directory-clips.ts';
import { type Draft, editField, emptyDraft } from '../../extension/clip/draft.ts';
import { draftToClip } from '../../extension/clip/draft-to-clip.ts';
import { entryQueries, FUNDER_QUERY, formQueries } from '../../extension/clip/lookup-queries.ts';
import { STAKEHOLDERS } from '../../shared/workbook-schema.ts';
import { clipStamps } from '../records/test-clips.ts';
import { connected, post } from './clipper-session.ts';
import { column, rowsOf } from './harness.ts';

const DIRECTORY = 'https://www.lakecountycf.example/our-nonprofits/';
const stamp = clipStamps();
const statuses = (answer: Record<string, unknown>) =>
  (answer.results as { status: string }[]).map((result) => result.status);

describe('a directory whose entries link to profiles on one giving platform', () => {
  const items = [
    { name: 'Hope House', url: 'https://www.givemn.org/organization/Hope-House' },
    { name: 'Hope Kitchen', url: 'https://www.givemn.org/organization/Hope-Kitchen' },
    { name: 'Lake County Arts', url: 'https://www.givemn.org/organization/Lake-County-Arts' },
    { name: 'Lake County Library Friends', url: 'https://lclfriends.example/' },
    { name: 'Lakeside Riders', url: 'https://www.facebook.com/lakesideriders' },
    { name: 'Lakeside Rowers', url: 'https://www.facebook.com/lakesiderowers' },
  ];

  it('should give each ticked entry its own row, as the lookup promised, also when only some are ticked', () => {
    const { addOn, token } = connected();
    const page = { sourceUrl: DIRECTORY, tags: [] };
    const lookup = post(addOn, { v: 1, token, lookup: entryQueries(items, DIRECTORY) });
    expect(lookup).toEqual({ ok: true, matches: [] });
    // The person ticks the first two entries, then the other two.
    const first = post(addOn, { v: 1, token, clips: directoryClips(items.slice(0, 2), page, stamp, items) });
    expect(statuses(first)).toEqual(['added', 'added']);
    const second = post(addOn, { v: 1, token, clips: directoryClips(items.slice(2), page, stamp, items) });
    expect(statuses(second)).toEqual(['added', 'added', 'added', 'added']);
    expect(column(addOn, 'Stakeholders', 'Name')).toEqual(items.map((item) => item.name));
    // A platform profile is where the entry was found, not its own website.
    // A page on a host the core knows is shared (compared with its path) stays the entry's website.
    expect(column(addOn, 'Stakeholders', 'Website')).toEqual([
      '',
      '',
      '',
      'https://lclfriends.example/',
      'https://www.facebook.com/lakesideriders',
      'https://www.facebook.com/lakesiderowers',
    ]);
    expect(column(addOn, 'Stakeholders', 'Source URL').slice(0, 3)).toEqual(
      items.slice(0, 3).map((i) => i.url),
    );
    expect(column(addOn, 'Stakeholders', 'Notes')).toEqual(['', '', '', '', '', '']);
  });
});

describe('a grants listing page that lists several calls at one URL', () => {
  const LISTING = 'https://www.lakecountycf.example/grants/';
  const call = (title: string, url = LISTING) => ({
    ...stamp(),
    kind: 'opportunity',
    sourceUrl: url,
    opportunity: { title, funderName: 'Lake County Community Foundation', url, deadline: '2026-03-01' },
  });

  it('should keep the spring and the autumn round, and the 2025 and 2026 calls, as rows of their own', () => {
    const { addOn, token } = connected();
    const clips = [
      call('Community Grants – Spring Round'),
      call('Community Grants – Autumn Round'),
      call('Innovation Fund 2025'),
      call('Innovation Fund 2026', `${LISTING}?utm_source=newsletter&fbclid=abc`),
    ];
    const answer = post(addOn, { v: 1, token, clips });
    expect(statuses(answer)).toEqual(['added', 'added', 'added', 'added']);
    expect(column(addOn, 'Funding', 'Opportunity')).toEqual([
      'Community Grants – Spring Round',
      'Community Grants – Autumn Round',
      'Innovation Fund 2025',
      'Innovation Fund 2026',
    ]);
    // Re-clipping the spring round from the same page, with tracking parameters, finds its row.
    const again = call(
      'Community Grants – Spring Round',
      'http://lakecountycf.example/grants?utm_medium=email',
    );
    const query = {
      title: again.opportunity.title,
      funder: again.opportunity.funderName,
      url: again.opportunity.url,
    };
    const promised = post(addOn, { v: 1, token, lookup: [query] }).matches as {
      row: number;
      reason: string;
    }[];
    expect(promised.map((m) => [m.row, m.reason])).toEqual([[2, 'same link']]);
    expect(post(addOn, { v: 1, token, clips: [again] }).results).toEqual([
      { id: again.id, status: 'duplicate', row: 2 },
    ]);
    expect(column(addOn, 'Funding', 'ID')).toHaveLength(4);
  });
});

describe('an opportunity whose funder the sheet knows by its website', () => {
  const GRANT = 'https://www.ardc.net/apply/grants/2026-grants/';

  function grantDraft(edit: (draft: Draft) => Draft): Draft {
    let draft: Draft = { ...emptyDraft(GRANT), kind: 'opportunity' };
    draft = editField(draft, 'opportunity', 'title', 'ARDC Grants 2026', 'json-ld');
    return edit(draft);
  }

  it.each([
    [
      'the funder named only in the opportunity, the page giving the website',
      (d: Draft) =>
        editField(
          editField(d, 'opportunity', 'funderName', 'Amateur Radio Digital Communications'),
          'organization',
          'website',
          'https://www.ardc.net/',
        ),
    ],
    [
      'the funder field left empty, the organisation named',
      (d: Draft) => editField(d, 'organization', 'name', 'ARDC'),
    ],
  ])('should save the funder into the row the lookup promised: %s', (_what, edit) => {
    const { addOn, token } = connected({
      Stakeholders: rowsOf(STAKEHOLDERS.headers, [
        { ID: 'row-1', Name: 'ARDC', Website: 'https://www.ardc.net/' },
      ]),
    });
    const draft = grantDraft(edit);
    const queries = formQueries(draft);
    const promised = post(addOn, { v: 1, token, lookup: queries }).matches as {
      index: number;
      row: number;
    }[];
    const clip = draftToClip(draft, stamp());
    if (!clip.ok) throw new Error(clip.issues.join('; '));
    const saved = post(addOn, { v: 1, token, clips: [clip.value] });
    expect(statuses(saved)).toEqual(['added']);
    const names = column(addOn, 'Stakeholders', 'Name');
    const funderPromised = promised.find((m) => m.index === FUNDER_QUERY);
    // Promised "Funder is in Stakeholders row 2": no second stakeholder; promised nothing: one added.
    expect(names).toHaveLength(funderPromised ? 1 : 2);
    expect(funderPromised?.row).toBe(2);
  });
});
