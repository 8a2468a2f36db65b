/** Which doPost requests saved clips, so the journal holds them before the answer is sent. */

/** True for an answer body of a save the add-on accepted (`ok` with per-clip results). */
export function isSavedAnswer(body: string | undefined): boolean {
  if (body === undefined) return false;
  try {
    const answer = JSON.parse(body) as { ok?: unknown; results?: unknown };
    return answer.ok === true && Array.isArray(answer.results);
  } catch {
    return false;
  }
}

/** The request's clips when the add-on accepted them (journal them), else undefined. */
export function clipsToJournal(
  event: Record<string, unknown>,
  answer: string | undefined,
): unknown[] | undefined {
  if (!isSavedAnswer(answer)) return undefined;
  const post = event.postData as { contents?: unknown } | undefined;
  try {
    const request = JSON.parse(String(post?.contents ?? '')) as { clips?: unknown };
    return Array.isArray(request.clips) ? request.clips : undefined;
  } catch {
    return undefined;
  }
}
