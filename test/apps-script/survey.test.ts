/**
 * The partner survey through the built bundle: createSurveyLinks makes a link per partner with
 * Share Access, doGet serves the form, the form's post appends one Feedback row. A wrong key,
 * a rating of 6 and the 21st answer of a day write nothing.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { type AddOn, call, rowsOf, setUpWith, tab } from './harness.ts';
import { fillSurveyForm } from './survey-form.ts';

const ALL_FOURS = Object.fromEntries(
  [
    'shared-vision',
    'clear-roles',
    'trust',
    'communication',
    'mutual-benefit',
    'fair-decisions',
    'resources',
    'local-knowledge-valued',
    'adaptability',
    'results',
  ].map((f) => [f, '4']),
);

function surveyWorkbook(now: { date: Date }): { addOn: AddOn; links: Map<string, string> } {
  const addOn = setUpWith(
    {
      Stakeholders: rowsOf(
        ['Name', 'Share Access', 'Status'],
        [
          { Name: 'Riverbend Foundation', 'Share Access': 'viewer', Status: 'active' },
          { Name: 'Lakeside Co', 'Share Access': 'none', Status: 'active' },
          { Name: 'Harbor NGO', 'Share Access': 'editor', Status: 'active' },
          { Name: 'Quiet Partner', Status: 'active' },
        ],
      ),
    },
    { now: () => now.date },
  );
  call(addOn, 'createSurveyLinks');
  const html = addOn.runtime.ui.dialogs.at(-1)?.html ?? '';
  const { document } = parseHTML(html);
  const links = new Map<string, string>();
  for (const row of document.querySelectorAll('tr'))
    links.set(
      row.querySelector('th')?.textContent ?? '',
      row.querySelector('input')?.getAttribute('value') ?? '',
    );
  return { addOn, links };
}

function keyOf(link: string): string {
  return /[?&]survey=([^&]+)/.exec(link)?.[1] ?? '';
}

function get(addOn: AddOn, key: string): string {
  addOn.runtime.execution.ui = false;
  const output = call(addOn, 'doGet', {
    parameter: { survey: key },
    parameters: { survey: [key] },
    queryString: `survey=${key}`,
  });
  return (output as { getContent(): string }).getContent();
}

function post(addOn: AddOn, event: unknown): string {
  addOn.runtime.execution.ui = false;
  return (call(addOn, 'doPost', event) as { getContent(): string }).getContent();
}

function feedback(addOn: AddOn): Record<string, unknown>[] {
  const { header, rows } = tab(addOn, 'Feedback');
  return rows.map((row) => Object.fromEntries(header.map((h, i) => [String(h), row[i]])));
}

describe('createSurveyLinks', () => {
  const now = { date: new Date('2025-03-01T12:00:00Z') };
  const { addOn, links } = surveyWorkbook(now);

  it('should give a link to each stakeholder whose Share Access is not none', () => {
    expect([...links.keys()]).toEqual(['Riverbend Foundation', 'Harbor NGO']);
    for (const link of links.values()) {
      expect(link).toMatch(/^https:\/\/script\.google\.com\/.+\?survey=[A-Za-z0-9_-]{24,}$/);
    }
  });

  it('should keep only the keys’ hashes', () => {
    const settings = JSON.stringify(addOn.runtime.spreadsheet.values('Settings'));
    for (const link of links.values()) expect(settings).not.toContain(keyOf(link));
    expect(settings).toMatch(/[0-9a-f]{64} Riverbend Foundation/);
  });

  it('should ask before new links replace the old ones, and keep them when told no', () => {
    addOn.runtime.ui.clear();
    addOn.runtime.ui.answer({ button: 'NO' });
    call(addOn, 'createSurveyLinks');
    expect(addOn.runtime.ui.alerts.at(-1)?.prompt).toMatch(/replace/);
    expect(get(addOn, keyOf(links.get('Harbor NGO') ?? ''))).toContain('<form');
  });
});

describe('the survey web form', () => {
  const now = { date: new Date('2025-03-01T12:00:00Z') };
  const { addOn, links } = surveyWorkbook(now);
  const riverbend = keyOf(links.get('Riverbend Foundation') ?? '');
  const harbor = keyOf(links.get('Harbor NGO') ?? '');

  it('should serve an accessible form with a fieldset per rating and labelled fields', () => {
    const html = get(addOn, riverbend);
    const { document } = parseHTML(html);
    expect(document.querySelectorAll('fieldset')).toHaveLength(11);
    expect([...document.querySelectorAll('legend')].map((l) => l.textContent)).toContain(
      'Local Knowledge Valued',
    );
    for (const input of document.querySelectorAll('input[type=radio]'))
      expect(input.closest('label')).not.toBeNull();
    expect(document.querySelector('label[for=comments]')).not.toBeNull();
    expect(document.querySelector('label[for=respondent]')).not.toBeNull();
    expect(html).toContain('Riverbend Foundation');
  });

  it('should append one Feedback row from the form’s post, text kept as data', () => {
    const form = fillSurveyForm(
      get(addOn, riverbend),
      { ...ALL_FOURS, 'shared-vision': '5', continue: 'yes' },
      { respondent: '=cmd', comments: '+1 great; =HYPERLINK("x")' },
    );
    // The form posts back to the web app itself.
    expect(form.action).toBe(links.get('Riverbend Foundation')?.split('?')[0]);
    const page = post(addOn, form.event);
    expect(page).toContain('Thank you');
    const rows = feedback(addOn);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      Partner: 'Riverbend Foundation',
      Respondent: '=cmd',
      'Shared Vision': 5,
      Trust: 4,
      Results: 4,
      Continue: 'yes',
      Comments: '+1 great; =HYPERLINK("x")',
    });
    expect(new Date(rows[0]?.Timestamp as Date).toISOString()).toBe('2025-03-01T12:00:00.000Z');
    const formulas =
      addOn.runtime.spreadsheet.snapshot().sheets.find((s) => s.name === 'Feedback')?.formulas ?? [];
    expect(formulas).toEqual([]);
  });

  it('should write nothing for a wrong key, on the form or the post', () => {
    const wrong = `${riverbend.slice(0, -2)}xx`;
    expect(get(addOn, wrong)).toMatch(/not valid/);
    const form = fillSurveyForm(get(addOn, riverbend), ALL_FOURS);
    form.event.parameter.survey = wrong;
    expect(post(addOn, form.event)).toMatch(/not valid/);
    expect(feedback(addOn)).toHaveLength(1);
  });

  it('should refuse a rating of 6 and write nothing', () => {
    const form = fillSurveyForm(get(addOn, riverbend), ALL_FOURS);
    form.event.parameter.trust = '6';
    expect(post(addOn, form.event)).toMatch(/Trust must be a whole number from 1 to 5/);
    form.event.parameter.trust = '4.5';
    expect(post(addOn, form.event)).toMatch(/not sent/);
    expect(feedback(addOn)).toHaveLength(1);
  });

  it('should take 20 answers a key a day and refuse the 21st; another key and the next day are open', () => {
    const form = fillSurveyForm(get(addOn, riverbend), ALL_FOURS);
    for (let i = 2; i <= 20; i++) expect(post(addOn, form.event)).toContain('Thank you');
    expect(feedback(addOn)).toHaveLength(20);
    expect(post(addOn, form.event)).toMatch(/20 answers today/);
    expect(feedback(addOn)).toHaveLength(20);
    expect(post(addOn, fillSurveyForm(get(addOn, harbor), ALL_FOURS).event)).toContain('Thank you');
    now.date = new Date('2025-03-02T09:00:00Z');
    expect(post(addOn, form.event)).toContain('Thank you');
    expect(feedback(addOn)).toHaveLength(22);
  });

  it('should still answer the Clipper’s JSON posts and plain GETs', () => {
    const output = call(addOn, 'doPost', {
      postData: { contents: '{"v":1,"token":"nope","clips":[]}', type: 'text/plain', length: 10 },
    });
    expect(JSON.parse((output as { getContent(): string }).getContent())).toMatchObject({
      ok: false,
      error: { code: 'unauthorized' },
    });
    const hello = call(addOn, 'doGet', { parameter: {}, parameters: {}, queryString: '' });
    expect(JSON.parse((hello as { getContent(): string }).getContent())).toEqual({
      ok: true,
      app: 'partnerkit',
      v: 1,
    });
  });
});
