import { useEffect, useState } from 'preact/hooks';
import { isEmptyQuery } from '../clip/lookup-queries.ts';
import { sendMessage } from '../messaging/messages.ts';
import type { SheetMatch, SheetQuery } from '../sync/sheet-lookup.ts';

export type LookupState = 'idle' | 'checking' | 'done' | 'unavailable';

const DEBOUNCE_MS = 400;

/** Asks the sheet which of the queried organisations and opportunities it has, again when they change. */
export function useLookup(queries: SheetQuery[], enabled: boolean) {
  const [state, setState] = useState<LookupState>('idle');
  const [matches, setMatches] = useState<SheetMatch[]>([]);
  const key = JSON.stringify(queries);
  useEffect(() => {
    const asked = JSON.parse(key) as SheetQuery[];
    if (!enabled || asked.every(isEmptyQuery)) {
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
