import type { GapEntry } from './gap-log';

/** A question people keep asking that the bot could not answer well, with how often. */
export interface GapReportRow {
  question: string;
  count: number;
  lastAt: string;
  /** For unhelpful answers: the answer's title people rated down. */
  answer?: string;
}

export interface GapReport {
  unanswered: GapReportRow[];
  unhelpful: GapReportRow[];
  total: number;
}

/** Questions differing only in case, spacing or punctuation count as one. */
function key(question: string): string {
  return question.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Counts rows as entries stream past; holds one row per distinct question, never the entries. */
function createRows(withAnswer: boolean) {
  const rows = new Map<string, GapReportRow>();
  return {
    add(e: GapEntry) {
      const k = withAnswer ? `${key(e.question)}\u0000${e.answer}` : key(e.question);
      const row = rows.get(k);
      if (row) {
        row.count++;
        if (e.at > row.lastAt) row.lastAt = e.at;
      } else {
        rows.set(k, { question: e.question.trim(), count: 1, lastAt: e.at, ...(withAnswer ? { answer: e.answer } : {}) });
      }
    },
    top: (n: number) => [...rows.values()].sort((a, b) => b.count - a.count || b.lastAt.localeCompare(a.lastAt)).slice(0, n),
  };
}

/** Builds the report one entry at a time (the log is streamed, never held whole). */
export interface GapTally {
  add(entry: GapEntry): void;
  report(top?: number): GapReport;
}

/** `platform` keeps only the entries asked there (slack, discord, terminal, cli). */
export function createGapTally(options: { platform?: string } = {}): GapTally {
  const unanswered = createRows(false);
  const unhelpful = createRows(true);
  let total = 0;
  return {
    add(e) {
      if (options.platform && e.platform !== options.platform) return;
      total++;
      (e.kind === 'unanswered' ? unanswered : unhelpful).add(e);
    },
    report: (top = 20) => ({ unanswered: unanswered.top(top), unhelpful: unhelpful.top(top), total }),
  };
}

/** The most frequent unanswered questions and the most down-rated answers. */
export function buildGapReport(entries: Iterable<GapEntry>, top = 20): GapReport {
  const tally = createGapTally();
  for (const e of entries) tally.add(e);
  return tally.report(top);
}

/** The report as a person reads it in a terminal. */
export function formatGapReport(report: GapReport): string {
  const table = (rows: GapReportRow[]) =>
    rows.length === 0 ? ['  (none)'] : rows.map((r) => `  ${String(r.count).padStart(5)}  ${r.question}${r.answer ? `  → answered: ${r.answer}` : ''}`);
  return [
    `whichpy gap report (${report.total} entries)`,
    '',
    'Most frequent unanswered questions (count, question):',
    ...table(report.unanswered),
    '',
    'Worst-rated answers (👎 count, question → answer):',
    ...table(report.unhelpful),
  ].join('\n');
}
