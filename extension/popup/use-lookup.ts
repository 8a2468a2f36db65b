import { useEffect, useState } from 'preact/hooks';
import type { LookupMatch, LookupQuery } from '../../shared/protocol.ts';
import { sendMessage } from '../messaging/messages.ts';

export type LookupState = 'idle' | 'checking' | 'done' | 'unavailable';

const DEBOUNCE_MS = 400;

/** Asks the sheet which of the queried organisations it already has, again when they change. */
export function useLookup(queries: LookupQuery[], enabled: boolean) {
  const [state, setState] = useState<LookupState>('idle');
  const [matches, setMatches] = useState<LookupMatch[]>([]);
  const key = JSON.stringify(queries);
  useEffect(() => {
    const asked = JSON.parse(key) as LookupQuery[];
    if (!enabled || asked.every((q) => !q.name && !q.website)) {
      setState('idle');
      setMatches([]);
      return;
    }
    let current = true;
    setState('checking');
    const timer = setTimeout(async () => {
      const reply = await sendMessage('lookup', { queries: asked });
      if (!current) return;
      setState(reply.ok ? 'done' : 'unavailable');
      setMatches(reply.ok ? reply.value : []);
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [key, enabled]);
  return { state, matches };
}
