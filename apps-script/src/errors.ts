/** The one error the add-on raises on purpose: its message is meant for the person. */
export class PartnerkitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PartnerkitError';
  }
}

/** The message to show for any error: ours as is, others prefixed with where they came from. */
export function messageOf(error: unknown, where: string): string {
  if (error instanceof PartnerkitError) return error.message;
  const detail = error instanceof Error ? error.message : String(error);
  return `${where} stopped: ${detail}`;
}
