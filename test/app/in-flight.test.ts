import { createInFlight, ShuttingDownError } from '../../src/app/in-flight';

const later = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('in-flight work during shutdown', () => {
  it('lets work in flight finish, and refuses new work once draining', async () => {
    const inFlight = createInFlight();
    let finished = false;
    const reply = inFlight.run(async () => {
      await later(30);
      finished = true;
      return 'sent';
    });
    const drained = inFlight.drain(5000);
    await expect(inFlight.run(async () => 'new')).rejects.toBeInstanceOf(ShuttingDownError);
    await expect(reply).resolves.toBe('sent');
    await expect(drained).resolves.toBe(true);
    expect(finished).toBe(true);
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
});
