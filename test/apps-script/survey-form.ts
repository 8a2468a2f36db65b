/** Fills the survey form a doGet served, as a browser would submit it, into a doPost event. */
import { parseHTML } from 'linkedom';

export interface FilledForm {
  action: string;
  event: {
    parameter: Record<string, string>;
    parameters: Record<string, string[]>;
    postData: { contents: string; type: string; length: number };
  };
}

/** The form's fields with `choices` for radio groups (by name) and `texts` for text fields. */
export function fillSurveyForm(
  html: string,
  choices: Record<string, string>,
  texts: Record<string, string> = {},
): FilledForm {
  const { document } = parseHTML(html);
  const form = document.querySelector('form');
  if (!form) throw new Error('The page has no form');
  const fields: [string, string][] = [];
  for (const input of form.querySelectorAll('input, textarea')) {
    const name = input.getAttribute('name') ?? '';
    const type = input.getAttribute('type') ?? 'text';
    if (!name) continue;
    if (type === 'radio') {
      if (choices[name] === input.getAttribute('value')) fields.push([name, choices[name]]);
    } else if (type === 'hidden') fields.push([name, input.getAttribute('value') ?? '']);
    else fields.push([name, texts[name] ?? '']);
  }
  const contents = new URLSearchParams(fields).toString();
  const parameter: Record<string, string> = {};
  const parameters: Record<string, string[]> = {};
  for (const [name, value] of fields) {
    parameter[name] ??= value;
    parameters[name] = [...(parameters[name] ?? []), value];
  }
  return {
    action: form.getAttribute('action') ?? '',
    event: {
      parameter,
      parameters,
      postData: { contents, type: 'application/x-www-form-urlencoded', length: contents.length },
    },
  };
}
