import { createInFlight } from '../../src/app/in-flight';

const later = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('in-flight work during shutdown', () => {
  it('lets work in flight finish before the drain resolves, and stops accepting', async () => {
    const inFlight = createInFlight();
    let finished = false;
    const reply = inFlight.run(async () => {
      await later(30);
      finished = true;
      return 'sent';
    });
    expect(inFlight.accepting).toBe(true);
    const drained = inFlight.drain(5000);
    expect(inFlight.accepting).toBe(false);
    await expect(reply).resolves.toBe('sent');
    await expect(drained).resolves.toBe(true);
    expect(finished).toBe(true);
  });

  it('waits for work that arrives while draining too (it carries the "restarting" notice)', async () => {
    const inFlight = createInFlight();
    void inFlight.run(() => later(20));
    const drained = inFlight.drain(5000);
    let lateDone = false;
    void inFlight.run(async () => {
      await later(40);
      lateDone = true;
    });
    await expect(drained).resolves.toBe(true);
    expect(lateDone).toBe(true);
  });

  it('gives up waiting after the bound', async () => {
    const inFlight = createInFlight();
    void inFlight.run(() => later(200));
    await expect(inFlight.drain(20)).resolves.toBe(false);
    expect(inFlight.count).toBe(1);
  });

  it('drains at once when idle', async () => {
    await expect(createInFlight().drain(1000)).resolves.toBe(true);
  });

  it('counts failed work as finished', async () => {
    const inFlight = createInFlight();
    await expect(inFlight.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(inFlight.count).toBe(0);
  });
});
