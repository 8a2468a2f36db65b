/** Who the agreement is between: the active partners sharing the room, or those the person names. */
import { partnerKey } from '../lifecycle/due-diligence.ts';
import type { Result } from '../result.ts';
import type { AgreementParty } from './agreement-data.ts';

/** A Stakeholders row as the agreement reads it. */
export interface StakeholderForAgreement extends AgreementParty {
  status: string;
  shareAccess: string;
}

/** Active stakeholders whose Share Access is set and is not `none`. */
export function defaultParties(stakeholders: readonly StakeholderForAgreement[]): StakeholderForAgreement[] {
  const seen = new Set<string>();
  return stakeholders.filter((s) => {
    const key = partnerKey(s.name);
    const access = partnerKey(s.shareAccess);
    if (
      key === '' ||
      seen.has(key) ||
      partnerKey(s.status) !== 'active' ||
      access === '' ||
      access === 'none'
    )
      return false;
    seen.add(key);
    return true;
  });
}

/**
 * The parties a person typed ("A; B"), matched to Stakeholders by name (case and spacing
 * ignored); blank means the default parties. Names not in Stakeholders are refused, named.
 */
export function chooseParties(
  stakeholders: readonly StakeholderForAgreement[],
  typed: string,
): Result<StakeholderForAgreement[]> {
  const names = typed
    .split(/[;\n]/)
    .map((name) => name.trim())
    .filter((name) => name !== '');
  if (names.length === 0) return { ok: true, value: defaultParties(stakeholders) };
  const byKey = new Map<string, StakeholderForAgreement>();
  for (const s of stakeholders) if (!byKey.has(partnerKey(s.name))) byKey.set(partnerKey(s.name), s);
  const unknown = names.filter((name) => !byKey.has(partnerKey(name)));
  if (unknown.length > 0) return { ok: false, issues: unknown };
  const chosen = [...new Set(names.map(partnerKey))].map((key) => byKey.get(key) as StakeholderForAgreement);
  return { ok: true, value: chosen };
}
