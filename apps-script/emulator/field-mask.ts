/** Partial responses: the `fields` parameter of Google's REST APIs (`id,permissions(id,role)`, `*`). */

type Mask = Map<string, Mask | true>;

/** Parses a field mask; `*` keeps everything. */
function parseMask(text: string): Mask {
  const root: Mask = new Map();
  const stack: Mask[] = [root];
  let name = '';
  const flush = (nested?: Mask) => {
    const top = stack.at(-1);
    const path = name.trim().split('/');
    name = '';
    if (!top || path[0] === '') return;
    let at = top;
    path.forEach((part, i) => {
      if (i === path.length - 1) at.set(part, nested ?? true);
      else {
        const next = at.get(part);
        const child: Mask = next instanceof Map ? next : new Map();
        at.set(part, child);
        at = child;
      }
    });
  };
  for (const ch of text) {
    if (ch === ',') flush();
    else if (ch === '(') {
      const nested: Mask = new Map();
      flush(nested);
      stack.push(nested);
    } else if (ch === ')') {
      flush();
      stack.pop();
    } else name += ch;
  }
  flush();
  return root;
}

function pick(value: unknown, mask: Mask | true): unknown {
  if (mask === true || mask.has('*')) return value;
  if (Array.isArray(value)) return value.map((item) => pick(item, mask));
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, sub] of mask) {
    const field = (value as Record<string, unknown>)[key];
    if (field !== undefined) out[key] = pick(field, sub);
  }
  return out;
}

/** The response with only the fields asked for, or `defaults` when none were asked for. */
export function selectFields<T>(resource: T, fields: unknown, defaults: string): T {
  const text = typeof fields === 'string' && fields.trim() !== '' ? fields : defaults;
  return pick(resource, parseMask(text)) as T;
}
