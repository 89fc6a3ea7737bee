import fc from 'fast-check';
import { chunkLines, clip } from '../../src/render/clip';

describe('clip', () => {
  it.each([
    ['short', 10, 'short'],
    ['exactly ten', 11, 'exactly ten'],
    ['a longer sentence', 8, 'a longe…'],
    ['anything', 0, ''],
    ['ab🐍cd', 4, 'ab…'],
  ])('clip(%j, %i) is %j', (text, max, expected) => {
    expect(clip(text, max)).toBe(expected);
  });
});

describe('chunkLines', () => {
  it('keeps whole lines together while they fit', () => {
    expect(chunkLines(['aaa', 'bbb', 'ccc'], 7)).toEqual(['aaa\nbbb', 'ccc']);
  });

  it('counts a wide separator towards the limit', () => {
    // Slack's sources line joins links with " · ": counting it as one character overflowed 2,000.
    expect(chunkLines(['aaa', 'bbb', 'ccc'], 9, ' · ')).toEqual(['aaa · bbb', 'ccc']);
    expect(chunkLines(['aaa', 'bbb'], 8, ' · ')).toEqual(['aaa', 'bbb']);
  });

  it('never returns a chunk over the limit, whatever the lines and separator (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 300 }), { maxLength: 30 }), fc.integer({ min: 1, max: 400 }), fc.constantFrom('\n', ' · ', ''), (lines, max, separator) => {
        for (const chunk of chunkLines(lines, max, separator)) expect(chunk.length).toBeLessThanOrEqual(max);
      }),
      { numRuns: 500 },
    );
  });
});
