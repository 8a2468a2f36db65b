/** The real local endpoint (local/server.ts): the add-on bundle in Node, writing partnerkit.xlsx. */
import { startServer } from '../../local/server.ts';

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
