import type { Concept, Framework, Topic } from './knowledge-model';
import { messages } from './messages';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "November 2026" from "2026-11-25" or "2026-11". */
export function monthOf(date: string): string {
  const [year, month] = date.split('-');
  return `${MONTHS[Number(month) - 1] ?? ''} ${year}`.trim();
}

/**
 * "Checked November 2026": the oldest check date of the files behind an answer, so the label
 * never claims more freshness than the stalest fact shown has.
 */
export function checkedLabel(frameworks: Framework[], concepts: Concept[], topics: Topic[]): string | null {
  // ISO dates order as strings: the oldest is the smallest, found without gathering and sorting them all.
  let oldest = '';
  const consider = (date: string) => {
    if (date && (!oldest || date < oldest)) oldest = date;
  };
  for (const f of frameworks) consider(f.checked);
  for (const c of concepts) consider(c.summary.checked);
  for (const t of topics) consider(t.why.checked);
  return oldest ? messages.checked(monthOf(oldest)) : null;
}
