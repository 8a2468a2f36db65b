import { describe, expect, it } from 'vitest';
import { type Draft, editField, emptyDraft } from '../../extension/clip/draft.ts';
import { entryQueries, formQueries, isEmptyQuery } from '../../extension/clip/lookup-queries.ts';

const DIRECTORY = 'https://www.cedarprairiecf.example/nonprofit-directory/';
const GRANT = 'https://www.ardc.net/apply/grants/?utm_source=newsletter';

function grantDraft() {
  let draft: Draft = { ...emptyDraft(GRANT), kind: 'opportunity' };
  draft = editField(draft, 'opportunity', 'title', 'ARDC Grants 2026', 'json-ld');
  draft = editField(draft, 'opportunity', 'funderName', ' Amateur Radio Digital Communications ', 'json-ld');
  return editField(draft, 'organization', 'website', 'https://www.ardc.net/', 'json-ld');
}

describe('formQueries', () => {
  it('should ask about an organisation by name and website', () => {
    let draft = emptyDraft('https://www.ardc.net/about/');
    draft = editField(draft, 'organization', 'name', 'ARDC');
    draft = editField(draft, 'organization', 'website', 'https://www.ardc.net/');
    expect(formQueries(draft)).toEqual([{ name: 'ARDC', website: 'https://www.ardc.net/' }]);
  });

  it('should ask about an opportunity by title, funder and link, and about its funder apart', () => {
    expect(formQueries(grantDraft())).toEqual([
      { title: 'ARDC Grants 2026', funder: 'Amateur Radio Digital Communications', url: GRANT },
      { name: 'Amateur Radio Digital Communications', website: 'https://www.ardc.net/' },
    ]);
  });

  it('should leave out what is empty, so an empty form asks nothing', () => {
    const queries = formQueries(emptyDraft('https://example.org/'));
    expect(queries).toEqual([{}]);
    expect(queries.every(isEmptyQuery)).toBe(true);
  });
});

describe('entryQueries', () => {
  it('should not send a directory’s profile pages as websites, and name the page they were listed on', () => {
    const queries = entryQueries(
      [
        { name: 'Riverbend Food Shelf', url: `${DIRECTORY}riverbend-food-shelf/` },
        { name: 'Cedar Valley Literacy', url: 'https://cedarvalleyliteracy.example/' },
        { name: 'Prairie Arts', url: null },
      ],
      DIRECTORY,
    );
    expect(queries).toEqual([
      { name: 'Riverbend Food Shelf', listedOn: DIRECTORY },
      { name: 'Cedar Valley Literacy', website: 'https://cedarvalleyliteracy.example/', listedOn: DIRECTORY },
      { name: 'Prairie Arts', listedOn: DIRECTORY },
    ]);
  });
});
