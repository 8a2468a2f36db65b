/** The survey's pages: the form for the ten factors and the short answers after a post. */
import { CONTINUE_ANSWERS, factorField } from '../../../shared/health/survey-answer.ts';
import { HEALTH_FACTORS } from '../../../shared/workbook-schema.ts';
import { escapeHtml } from '../connect.ts';

const STYLE = `body{font-family:system-ui,sans-serif;font-size:1rem;line-height:1.4;margin:0 auto;max-width:36rem;padding:1rem;color:#1f1f1f}
fieldset{border:1px solid #bbb;border-radius:6px;margin:0 0 .8rem;padding:.4rem .8rem .6rem}
legend{font-weight:600;padding:0 .3rem}
.scale{display:flex;flex-wrap:wrap;gap:.3rem}
.scale label{display:inline-flex;align-items:center;gap:.25rem;min-width:2.75rem;min-height:2.75rem;padding:0 .4rem;border:1px solid #ccc;border-radius:6px}
input[type=text],textarea{box-sizing:border-box;width:100%;font:inherit;padding:.5rem}
button{font:inherit;padding:.7rem 1.4rem;min-height:2.75rem}
.hint{color:#555;font-size:.9rem}`;

/** The web app's address, the key and the partner the form is for. */
export interface SurveyForm {
  action: string;
  surveyKey: string;
  partner: string;
}

/** The health-check form: labels, a fieldset per rating, Continue and Comments. */
export function surveyFormHtml(form: SurveyForm): string {
  const scale = (name: string, legend: string, values: readonly string[]) =>
    `<fieldset><legend>${escapeHtml(legend)}</legend><div class="scale">${values
      .map(
        (value) =>
          `<label><input type="radio" name="${name}" value="${escapeHtml(value)}"> ${escapeHtml(value)}</label>`,
      )
      .join('')}</div></fieldset>`;
  const factors = HEALTH_FACTORS.map((factor) =>
    scale(factorField(factor), factor, ['1', '2', '3', '4', '5']),
  ).join('\n');
  return page(
    'Partnership health check',
    `<h1>Partnership health check</h1>
<p>For <strong>${escapeHtml(form.partner)}</strong>. Rate each factor from 1 (poor) to 5 (excellent); leave one blank if you cannot say.</p>
<form method="post" action="${escapeHtml(form.action)}" target="_top">
<input type="hidden" name="survey" value="${escapeHtml(form.surveyKey)}">
<p><label for="respondent">Your name (optional)</label><br><input type="text" id="respondent" name="respondent" maxlength="200" autocomplete="name"></p>
${factors}
${scale('continue', 'Should this partnership continue?', CONTINUE_ANSWERS)}
<p><label for="comments">Comments</label><br><textarea id="comments" name="comments" rows="4" maxlength="5000"></textarea></p>
<p><button type="submit">Send answers</button></p>
</form>`,
  );
}

/** A short page after a post or for a link that no longer works. */
export function surveyMessageHtml(title: string, lines: readonly string[]): string {
  return page(title, `<h1>${escapeHtml(title)}</h1>${lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('')}`);
}

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body><main>${body}</main></body></html>`;
}

/** The page as the web app's answer (the viewport tag, as Apps Script needs it, for phones). */
export function htmlPage(html: string, title: string): GoogleAppsScript.HTML.HtmlOutput {
  return HtmlService.createHtmlOutput(html)
    .setTitle(title)
    .addMetaTag('viewport', 'width=device-width, initial-scale=1');
}
