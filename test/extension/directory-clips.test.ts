import { describe, expect, it } from 'vitest';
import { directoryClips } from '../../extension/clip/directory-clips.ts';
import { entryOrganisation } from '../../extension/clip/directory-entry.ts';
import { validateClip } from '../../shared/validate.ts';

const DIRECTORY = 'https://www.cedarprairiecf.example/nonprofit-directory/';
let ids = 0;
const stamp = () => {
  ids += 1;
  return {
    id: `00000000-0000-4000-8000-${String(ids).padStart(12, '0')}`,
    capturedAt: '2026-12-06T02:30:00.000Z',
  };
};

describe('entryOrganisation', () => {
  it.each([
    [
      'a profile page on the directory host',
      `${DIRECTORY}riverbend-food-shelf/`,
      undefined,
      `${DIRECTORY}riverbend-food-shelf/`,
    ],
    [
      'the directory host without www.',
      'https://cedarprairiecf.example/profiles/42',
      undefined,
      'https://cedarprairiecf.example/profiles/42',
    ],
    [
      'a relative link (resolved on the page)',
      '/nonprofit-directory/prairie-arts/',
      undefined,
      'https://www.cedarprairiecf.example/nonprofit-directory/prairie-arts/',
    ],
    [
      'the entry’s own site',
      'https://www.riverbendfoodshelf.example/',
      'https://www.riverbendfoodshelf.example/',
      DIRECTORY,
    ],
    [
      'a subdomain of another site',
      'https://cedarprairiecf.example.org/',
      'https://cedarprairiecf.example.org/',
      DIRECTORY,
    ],
  ])('should read %s', (_, link, website, sourceUrl) => {
    expect(entryOrganisation({ name: 'Riverbend Food Shelf', url: link }, DIRECTORY)).toEqual({
      name: 'Riverbend Food Shelf',
      ...(website ? { website } : {}),
      sourceUrl,
    });
  });

  it('should give an entry without a link, or with a javascript: link, the directory as source and no website', () => {
    expect(entryOrganisation({ name: 'Prairie Arts', url: null }, DIRECTORY)).toEqual({
      name: 'Prairie Arts',
      sourceUrl: DIRECTORY,
    });
    expect(entryOrganisation({ name: 'Prairie Arts', url: 'javascript:void(0)' }, DIRECTORY)).toEqual({
      name: 'Prairie Arts',
      sourceUrl: DIRECTORY,
    });
  });
});

describe('directoryClips', () => {
  it('should clip entries linked to profile pages with no Website and the profile as Source URL', () => {
    const clips = directoryClips(
      [
        { name: 'Riverbend Food Shelf', url: `${DIRECTORY}riverbend-food-shelf/` },
        { name: 'Prairie Youth Soccer', url: `${DIRECTORY}prairie-youth-soccer/` },
        { name: 'Cedar Valley Literacy', url: 'https://cedarvalleyliteracy.example/' },
      ],
      { sourceUrl: DIRECTORY, tags: ['directory'], notes: 'met at the fair' },
      stamp,
    );
    expect(
      clips.map((c) => [c.organization?.name, c.organization?.website, c.organization?.sourceUrl]),
    ).toEqual([
      ['Riverbend Food Shelf', undefined, `${DIRECTORY}riverbend-food-shelf/`],
      ['Prairie Youth Soccer', undefined, `${DIRECTORY}prairie-youth-soccer/`],
      ['Cedar Valley Literacy', 'https://cedarvalleyliteracy.example/', DIRECTORY],
    ]);
    // The clip's own source stays the directory page: that is where the person clipped it.
    expect(clips.every((c) => c.sourceUrl === DIRECTORY)).toBe(true);
    expect(new Set(clips.map((c) => c.id)).size).toBe(3);
    expect(clips.every((c) => c.notes === 'met at the fair' && c.tags?.[0] === 'directory')).toBe(true);
    for (const clip of clips) expect(validateClip(clip).ok).toBe(true);
  });
});
