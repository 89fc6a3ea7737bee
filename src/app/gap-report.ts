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

function group(entries: GapEntry[], withAnswer: boolean, top: number): GapReportRow[] {
  const rows = new Map<string, GapReportRow>();
  for (const e of entries) {
    const k = withAnswer ? `${key(e.question)}\u0000${e.answer}` : key(e.question);
    const row = rows.get(k);
    if (row) {
      row.count++;
      if (e.at > row.lastAt) row.lastAt = e.at;
    } else {
      rows.set(k, { question: e.question.trim(), count: 1, lastAt: e.at, ...(withAnswer ? { answer: e.answer } : {}) });
    }
  }
  return [...rows.values()].sort((a, b) => b.count - a.count || b.lastAt.localeCompare(a.lastAt)).slice(0, top);
}

/** The most frequent unanswered questions and the most down-rated answers. */
export function buildGapReport(entries: GapEntry[], top = 20): GapReport {
  return {
    unanswered: group(entries.filter((e) => e.kind === 'unanswered'), false, top),
    unhelpful: group(entries.filter((e) => e.kind === 'unhelpful'), true, top),
    total: entries.length,
  };
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
