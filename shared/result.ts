/** Outcome of checking outside input: the value, or the issues that stopped it. Never thrown. */
export type Result<T> = { ok: true; value: T } | { ok: false; issues: string[] };

/** A successful result. */
export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

/** A failed result with one or more human-readable issues. */
export const fail = <T = never>(...issues: string[]): Result<T> => ({ ok: false, issues });
