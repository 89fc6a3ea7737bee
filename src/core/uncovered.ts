/**
 * Python web frameworks people ask about that the knowledge does not cover (yet). Naming one
 * must not be silently ignored: "tornado vs flask" answering only about Flask would read as if
 * Tornado had been weighed. The answer says what it left out, and the question goes to the gap
 * log so maintainers see which framework to add next.
 */
const UNCOVERED: Record<string, string> = {
  tornado: 'Tornado',
  sanic: 'Sanic',
  aiohttp: 'aiohttp',
  quart: 'Quart',
  falcon: 'Falcon',
  litestar: 'Litestar',
  masonite: 'Masonite',
  web2py: 'web2py',
  turbogears: 'TurboGears',
  morepath: 'Morepath',
  blacksheep: 'BlackSheep',
  robyn: 'Robyn',
  emmett: 'Emmett',
  hug: 'Hug',
  responder: 'Responder',
  reflex: 'Reflex',
  'django ninja': 'Django Ninja',
};

const PATTERN = new RegExp(`\\b(${Object.keys(UNCOVERED).join('|')})\\b`, 'g');

/** Display names of uncovered frameworks a normalised question names, in order, once each. */
export function findUncovered(text: string, knownIds: ReadonlySet<string>): string[] {
  const found = new Set<string>();
  for (const [, key] of text.matchAll(PATTERN)) if (!knownIds.has(key!)) found.add(UNCOVERED[key!]!);
  return [...found];
}
