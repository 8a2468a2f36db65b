/** A set-up workbook with the Clipper connected, and POSTs to its doPost as the Clipper sends them. */
import { type AddOn, call, setUpWith } from './harness.ts';

/** A set-up add-on and the Clipper token connectClipper showed. */
export function connected(tabs: Record<string, unknown[][]> = {}): { addOn: AddOn; token: string } {
  const addOn = setUpWith(tabs);
  call(addOn, 'connectClipper');
  const html = addOn.runtime.ui.dialogs.at(-1)?.html ?? '';
  const token = /id="partnerkit-token">([^<]+)</.exec(html)?.[1] ?? '';
  return { addOn, token };
}

/** POSTs a body (JSON unless a string) to doPost, as a web app request, and parses the answer. */
export function post(addOn: AddOn, body: unknown): Record<string, unknown> {
  addOn.runtime.execution.ui = false;
  const contents = typeof body === 'string' ? body : JSON.stringify(body);
  const output = call(addOn, 'doPost', {
    postData: { contents, type: 'text/plain', length: contents.length },
  }) as { getContent(): string };
  return JSON.parse(output.getContent()) as Record<string, unknown>;
}
