/** JSON answers of the web app (always HTTP 200: the body carries the outcome). */
import type { EndpointResponse } from '../../../shared/protocol.ts';

/** The answer as a JSON text output. */
export function respond(body: EndpointResponse): GoogleAppsScript.Content.TextOutput {
  return ContentService.createTextOutput(JSON.stringify(body)).setMimeType(ContentService.MimeType.JSON);
}
