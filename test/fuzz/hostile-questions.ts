import fc from 'fast-check';

/** Markup and injection people (or other bots) put in chat messages. */
const MARKUP = [
  '<!channel>', '<!here>', '<!everyone>', '@everyone', '@here', '<@U0123ABC>', '<@!123456789012345678>', '<@&123456789012345678>',
  '<#C0123|general>', '<https://evil.example|click>', '```python\nimport flask\n```', '`code`', '*bold*', '_it_', '~strike~',
  '> quote', '||spoiler||', ':snake:', '🐍', '👍🏽', '\u202e', '\u200b', '\u0000', '\r\n', '&amp;', '&lt;script&gt;',
];
/** Words the matcher knows, so generated questions also walk the answering paths, not only "out of scope". */
const WORDS = [
  'flask', 'djnago', 'fast api', 'pyramid', 'bottle', 'cherrypy', 'vs', 'or', 'for', 'admin panel', 'orm', 'swagger', 'async',
  'realtime', 'backoffice', 'celery', 'what is', 'does', 'have', 'pros', 'cons', 'why?', 'best', 'should i use', 'and', '?',
];

/**
 * Questions of every hostile shape: unicode, emoji, control characters, right-to-left text,
 * Slack and Discord markup and broadcast mentions, code blocks, and inputs up to 100 KB.
 */
export const hostileQuestion: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.array(fc.constantFrom(...MARKUP, ...WORDS), { maxLength: 25 }).map((parts) => parts.join(' ')),
  fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom('مرحبا', 'שלום', 'فلاسک یا جنگو', '\u202eognajd sv ksalf')).map(([w, rtl]) => `${rtl} ${w} ${rtl}`),
  // Up to 100 KB: a paste of a log or a file, which must be cut before matching.
  fc.tuple(fc.string({ minLength: 1, maxLength: 20 }), fc.integer({ min: 1_000, max: 100_000 })).map(([s, n]) => s.repeat(Math.ceil(n / s.length)).slice(0, n)),
);
