/** The project manifest (appsscript.json) as far as the emulator obeys it: scopes and advanced services. */
import { readFileSync } from 'node:fs';

/** An advanced service the manifest enables (`Drive` v3, `Sheets` v4). */
export interface AdvancedServiceEntry {
  userSymbol: string;
  serviceId: string;
  version: string;
}

/** The parts of appsscript.json the emulator reads. */
export interface Manifest {
  /** Explicit scopes: when present, Apps Script grants these and no others. */
  oauthScopes?: string[];
  dependencies?: { enabledAdvancedServices?: AdvancedServiceEntry[] };
}

/** Reads a manifest file. */
export function readManifest(path: string): Manifest {
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
}

/** The advanced service enabled under `symbol` with this id and version, if any. */
export function enabledService(
  manifest: Manifest | undefined,
  serviceId: string,
  version: string,
): AdvancedServiceEntry | undefined {
  return manifest?.dependencies?.enabledAdvancedServices?.find(
    (s) => s.serviceId === serviceId && s.version === version,
  );
}
