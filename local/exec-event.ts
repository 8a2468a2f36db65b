/** The event object Apps Script passes to doGet/doPost for a web-app request. */

/** Builds `e` from the request URL and (for POST) its body. */
export function execEvent(url: URL, post?: { contents: string; type: string }): Record<string, unknown> {
  const parameter: Record<string, string> = {};
  const parameters: Record<string, string[]> = {};
  // Like Google's web app, a form post's fields join the query string's in e.parameter(s).
  const form = post?.type === 'application/x-www-form-urlencoded' ? new URLSearchParams(post.contents) : [];
  for (const [key, value] of [...url.searchParams, ...form]) {
    parameter[key] ??= value;
    parameters[key] = [...(parameters[key] ?? []), value];
  }
  const event: Record<string, unknown> = {
    parameter,
    parameters,
    queryString: url.search.slice(1),
    contextPath: '',
    contentLength: post ? Buffer.byteLength(post.contents) : -1,
  };
  if (post)
    event.postData = {
      contents: post.contents,
      length: Buffer.byteLength(post.contents),
      type: post.type,
      name: 'postData',
    };
  return event;
}
