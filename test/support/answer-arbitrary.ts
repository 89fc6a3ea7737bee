import fc from 'fast-check';
import type { Answer } from '../../src/core/answer';

/**
 * Text that stresses renderers: unicode and emoji (surrogate pairs), markup and mention syntax
 * of both platforms, and lengths well past every limit.
 */
export const hostileText = (maxLength = 6000): fc.Arbitrary<string> =>
  fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.string({ unit: 'grapheme', maxLength: 400 }),
    fc.string({ unit: 'binary', maxLength: 400 }),
    fc.constantFrom('<!channel>', '<!here>', '@everyone', '@here', '<@U0123>', '<@&123456789012345678>', '<#C123>', '```code```', '*bold* _it_', '&amp; <b>', 'مرحبا بالعالم', '🐍'.repeat(50)),
    fc.string({ maxLength: 8 }).map((s) => s.repeat(Math.ceil(maxLength / Math.max(1, s.length))).slice(0, maxLength)),
  );

/** Answers of any shape the renderers might meet: many fields, sections, buttons and sources. */
export const answerArbitrary: fc.Arbitrary<Answer> = fc
  .record({
    title: hostileText(400),
    verdict: hostileText(),
    fields: fc.array(fc.record({ frameworkId: fc.string({ maxLength: 10 }), name: hostileText(300), lines: fc.array(hostileText(1500), { maxLength: 4 }) }), { maxLength: 30 }),
    sections: fc.array(fc.record({ heading: hostileText(300), lines: fc.array(hostileText(1500), { maxLength: 8 }) }), { maxLength: 40 }),
    notes: fc.array(hostileText(500), { maxLength: 12 }),
    followUps: fc.array(fc.record({ label: hostileText(120), question: hostileText(800) }), { maxLength: 8 }),
    didYouMean: fc.array(fc.record({ label: hostileText(120), question: hostileText(800) }), { maxLength: 8 }),
  })
  .chain((parts) =>
    fc.record({
      sources: fc.array(fc.record({ title: hostileText(300), url: fc.webUrl() }), { maxLength: 30 }),
      confidence: fc.double({ min: 0, max: 1, noNaN: true }),
    }).map(({ sources, confidence }) => ({
      intent: 'compare' as const,
      frameworks: [],
      topic: null,
      recommendation: null,
      support: null,
      fit: null,
      confidence,
      text: `${parts.title}\n\n${parts.verdict}`,
      sources,
      parts,
    })),
  );
