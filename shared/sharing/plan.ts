/**
 * The sharing plan (PRODUCT.md "Share with partners"): what to grant, change or remove so the
 * spreadsheet's access matches each stakeholder's Share Access, touching only access this tool
 * granted when it takes access away.
 */
import { SHARE_ACCESS, type ShareAccess } from '../model.ts';
import { isValidEmail, splitEmails } from './email.ts';

export interface SharingStakeholder {
  row: number;
  name: string;
  emails: unknown;
  access: unknown;
  status: unknown;
}

export interface SharingState {
  owner: string;
  /** Current access of each address (lower case); absent means none. */
  current: Record<string, ShareAccess>;
  /** Access this tool last granted each address (lower case), from the Access Log. */
  granted: Record<string, ShareAccess>;
}

export interface PlannedChange {
  email: string;
  from: ShareAccess;
  to: ShareAccess;
  name: string;
}

export interface SharingPlan {
  changes: PlannedChange[];
  invalid: { row: number; name: string; email: string }[];
  /** Addresses left as they are, with the reason, for the report. */
  kept: { email: string; reason: string }[];
}

const RANK: Record<ShareAccess, number> = { none: 0, viewer: 1, commenter: 2, editor: 3 };

/** Reads Share Access from a cell; blank or unknown is none. */
export function readShareAccess(value: unknown): ShareAccess {
  const text = String(value ?? '')
    .trim()
    .toLowerCase();
  return SHARE_ACCESS.find((access) => access === text) ?? 'none';
}

/** Computes the changes; never touches the owner, never lowers access the tool did not grant. */
export function planSharing(stakeholders: readonly SharingStakeholder[], state: SharingState): SharingPlan {
  const plan: SharingPlan = { changes: [], invalid: [], kept: [] };
  const wanted = wantedAccess(stakeholders, plan);
  const owner = state.owner.toLowerCase();
  for (const [email, { access, name }] of wanted) {
    const from = state.current[email] ?? 'none';
    const granted = state.granted[email];
    if (email === owner) plan.kept.push({ email, reason: 'owner of the file' });
    else if (from === access) continue;
    else if (RANK[access] > RANK[from]) plan.changes.push({ email, from, to: access, name });
    else if (granted !== undefined && granted === from) plan.changes.push({ email, from, to: access, name });
    else if (access !== 'none' || from !== 'none')
      plan.kept.push({ email, reason: `has ${from} access that Partnerkit did not grant` });
  }
  return plan;
}

function wantedAccess(
  stakeholders: readonly SharingStakeholder[],
  plan: SharingPlan,
): Map<string, { access: ShareAccess; name: string }> {
  const wanted = new Map<string, { access: ShareAccess; name: string }>();
  for (const stakeholder of stakeholders) {
    const exited =
      String(stakeholder.status ?? '')
        .trim()
        .toLowerCase() === 'exited';
    const access = exited ? 'none' : readShareAccess(stakeholder.access);
    for (const raw of splitEmails(stakeholder.emails)) {
      if (!isValidEmail(raw)) {
        if (access !== 'none')
          plan.invalid.push({ row: stakeholder.row, name: stakeholder.name, email: raw });
        continue;
      }
      const email = raw.toLowerCase();
      const before = wanted.get(email);
      if (!before || RANK[access] > RANK[before.access])
        wanted.set(email, { access, name: stakeholder.name });
    }
  }
  return wanted;
}

/** Drive steps for one change: Drive has no "set access", so lowering access removes first. */
export function changeSteps(
  change: PlannedChange,
): ('removeEditor' | 'removeViewer' | 'addViewer' | 'addCommenter' | 'addEditor')[] {
  const steps: ('removeEditor' | 'removeViewer' | 'addViewer' | 'addCommenter' | 'addEditor')[] = [];
  const lowering = RANK[change.to] < RANK[change.from];
  if (lowering || change.to === 'none') {
    if (change.from === 'editor') steps.push('removeEditor');
    else if (change.from !== 'none') steps.push('removeViewer');
  }
  if (change.to === 'viewer') steps.push('addViewer');
  else if (change.to === 'commenter') steps.push('addCommenter');
  else if (change.to === 'editor') steps.push('addEditor');
  return steps;
}

/** Access each address was last given by the tool, from Access Log rows (Email, To) in order. */
export function grantsFromLog(
  entries: readonly { email: unknown; to: unknown }[],
): Record<string, ShareAccess> {
  const granted: Record<string, ShareAccess> = {};
  for (const entry of entries) {
    const email = String(entry.email ?? '')
      .trim()
      .toLowerCase();
    if (email) granted[email] = readShareAccess(entry.to);
  }
  return granted;
}
