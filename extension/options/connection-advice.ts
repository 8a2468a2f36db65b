/** Turns a failed connection test into what the person should do next. */
import type { Failure } from '../sync/endpoint-client.ts';

const NEXT_STEP: Record<Failure['code'], string> = {
  network: 'Check that the endpoint URL is copied in full and that your sheet (or npm start) is running.',
  invalid_response:
    'Check that you pasted the endpoint URL that Partnerkit › Connect Clipper shows; it ends in /exec.',
  unauthorized: 'In your sheet, choose Partnerkit › Connect Clipper again and paste the new token here.',
  bad_request: 'Update the Clipper and the add-on, then test again.',
  too_large: 'Test again in a moment.',
  busy: 'Your sheet is busy saving other clips: test again in a moment.',
};

/** The failure's message followed by the next step to take. */
export function adviseConnection(failure: Failure): string {
  // The sheet's own "unauthorized" message already names the fix.
  if (failure.code === 'unauthorized')
    return `Your sheet did not accept this token. ${NEXT_STEP.unauthorized}`;
  return `${failure.message} ${NEXT_STEP[failure.code]}`;
}
