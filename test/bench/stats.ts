/** Latency summary of one benchmark, in milliseconds. */
export interface Latency {
  p50: number;
  p99: number;
  max: number;
  count: number;
}

/** Nearest-rank percentiles of a sample (sorted copy; the input is left alone). */
export function latency(samples: number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
  return { p50: at(50), p99: at(99), max: sorted.at(-1) ?? NaN, count: sorted.length };
}

/** A number for the table: 3 significant digits, no exponent. */
export function fmt(n: number, unit = ''): string {
  if (!Number.isFinite(n)) return 'n/a';
  const digits = n >= 100 ? 0 : n >= 10 ? 1 : n >= 1 ? 2 : 3;
  return `${n.toFixed(digits)}${unit}`;
}
