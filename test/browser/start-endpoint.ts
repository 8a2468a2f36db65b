/** The real local endpoint (local/server.ts): the add-on bundle in Node, writing partnerkit.xlsx. */
import { startServer } from '../../local/server.ts';
import { PROTOCOL_VERSION } from '../../shared/protocol.ts';

export interface Endpoint {
  endpoint: string;
  token: string;
  close(): Promise<void>;
}

export const TOKEN = 'test-token-0123456789abcdefghij';

/** Starts the local workbook endpoint on 127.0.0.1 (a given port, to bring a "down" endpoint up). */
export async function startEndpoint(dataDir: string, port = 0, token = TOKEN): Promise<Endpoint> {
  const server = await startServer({ dataDir, port, host: '127.0.0.1', token });
  return { endpoint: server.endpoint, token: server.token, close: () => server.close() };
}

/** Puts clips in the sheet through the endpoint, as another Clipper would; throws unless each was added. */
export async function addToSheet(endpoint: Endpoint, clips: object[]): Promise<void> {
  const response = await fetch(endpoint.endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'text/plain;charset=utf-8' },
    body: JSON.stringify({ v: PROTOCOL_VERSION, token: endpoint.token, clips }),
  });
  const answer = (await response.json()) as { ok: boolean; results?: { status: string }[] };
  if (!answer.ok || answer.results?.some((r) => r.status !== 'added'))
    throw new Error(`The sheet did not add the clips: ${JSON.stringify(answer)}`);
}
