import { escapeNonAscii } from '../../scripts/ascii-source-plugin';

/** Evaluates a JavaScript expression as written: the point is to run the escaped text as code. */
const evaluate = (expression: string): unknown => new Function(`return (${expression});`)();

/**
 * The bundle's sources are loaded with every non-ASCII character spelt as an escape, so V8 can
 * keep the bundle as a one-byte string. Each row is source text that must mean the same after.
 */
describe('escapeNonAscii: the escaped source means what it said', () => {
  it.each<[string, string, string[]]>([
    ['a word list in Cyrillic', '/(?:^| )(?:знаю|знаем)\\b/', ['я знаю', 'мы знаем', 'знать']],
    ['an arrow among ASCII alternatives', '/\\s*(?:->|→|⇒)\\s*/', ['a → b', 'a -> b', 'a - b']],
    ['a class of full-width marks', '/[?？]+$/', ['why？', 'why?', 'why']],
    ['an astral character with the u flag', '/^🍕+$/u', ['🍕🍕', '🍕', 'pizza']],
    ['an astral character in a class, without the u flag', '/[🍕]/', ['🍕', 'x']],
    ['an identity escape of a non-ASCII character', '/a\\→b/', ['a→b', 'a\\→b']],
    ['an escaped backslash before a non-ASCII character', '/a\\\\→/', ['a\\→', 'a→']],
  ])('%s', (_name, regexSource, samples) => {
    const escaped = escapeNonAscii(regexSource);
    // eslint-disable-next-line no-control-regex -- the ASCII range, named by its bounds
    expect(escaped).not.toMatch(/[^\x00-\x7f]/);
    const before = evaluate(regexSource) as RegExp;
    const after = evaluate(escaped) as RegExp;
    for (const sample of samples) expect([sample, after.test(sample)]).toEqual([sample, before.test(sample)]);
  });

  it.each([
    ['a string', "'naïve → ok'"],
    ['a template', '`größe ${1 + 1} 🍕`'],
    ['a string with an identity escape', "'a\\→b'"],
  ])('keeps the value of %s', (_name, expression) => {
    expect(evaluate(escapeNonAscii(expression))).toBe(evaluate(expression));
  });

  it('leaves ASCII-only text as it is', () => {
    const source = "const re = /\\u00e9|caf\\xe9/; // plain ASCII\n";
    expect(escapeNonAscii(source)).toBe(source);
  });
});
