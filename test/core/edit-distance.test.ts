import { editDistance } from '../../src/core/edit-distance';

describe('editDistance (optimal string alignment)', () => {
  it.each([
    ['django', 'django', 0],
    ['djnago', 'django', 1],
    ['flsk', 'flask', 1],
    ['fastapy', 'fastapi', 1],
    ['task', 'flask', 2],
    ['', 'abc', 3],
    ['kitten', 'sitting', 3],
  ])('%s -> %s = %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });

  it('stops early past the limit', () => {
    expect(editDistance('completely', 'different', 1)).toBe(2);
  });
});
