import { createCooldown } from '../../src/app/cooldown';

function clock() {
  let t = 0;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('per-user cooldown', () => {
  it('answers up to the limit, then says "slow down" once, then stays quiet until the window passes', () => {
    const c = clock();
    const cooldown = createCooldown({ limit: 5, windowMs: 10_000, maxUsers: 100, now: c.now });
    const verdicts = Array.from({ length: 9 }, () => cooldown.check('U1'));
    expect(verdicts).toEqual(['answer', 'answer', 'answer', 'answer', 'answer', 'slow_down', 'quiet', 'quiet', 'quiet']);
    c.advance(10_000);
    expect(cooldown.check('U1')).toBe('answer');
  });

  it('uses a sliding window: one slot frees as the oldest question ages out', () => {
    const c = clock();
    const cooldown = createCooldown({ limit: 2, windowMs: 1000, maxUsers: 10, now: c.now });
    expect(cooldown.check('U1')).toBe('answer');
    c.advance(600);
    expect(cooldown.check('U1')).toBe('answer');
    expect(cooldown.check('U1')).toBe('slow_down');
    c.advance(400);
    expect(cooldown.check('U1')).toBe('answer');
    expect(cooldown.check('U1')).toBe('slow_down');
  });

  it('limits each user on their own', () => {
    const cooldown = createCooldown({ limit: 1, windowMs: 1000, maxUsers: 10, now: () => 0 });
    expect(cooldown.check('U1')).toBe('answer');
    expect(cooldown.check('U2')).toBe('answer');
    expect(cooldown.check('U1')).toBe('slow_down');
  });

  it('keeps memory bounded however many users write', () => {
    const cooldown = createCooldown({ limit: 5, windowMs: 10_000, maxUsers: 1000, now: () => 0 });
    for (let i = 0; i < 100_000; i++) cooldown.check(`U${i}`);
    expect(cooldown.size()).toBe(1000);
  });

  it('forgets the least recently seen user first', () => {
    const cooldown = createCooldown({ limit: 1, windowMs: 10_000, maxUsers: 2, now: () => 0 });
    cooldown.check('A');
    cooldown.check('B');
    cooldown.check('A'); // A is now the most recently seen (and limited)
    cooldown.check('C'); // evicts B
    expect(cooldown.check('A')).toBe('quiet');
    expect(cooldown.check('B')).toBe('answer');
  });
});
