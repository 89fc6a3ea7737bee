import { WhichpyError } from '../core/errors';

/** One thing wrong in one knowledge file, located precisely enough for an editor to fix it. */
export interface KnowledgeProblem {
  /** Path relative to the knowledge directory, e.g. "frameworks/flask.yaml". */
  file: string;
  /** Dotted path of the field, e.g. "support.admin.level"; "" for the whole file. */
  field: string;
  message: string;
}

export function formatProblem(p: KnowledgeProblem): string {
  return p.field ? `${p.file}: ${p.field}: ${p.message}` : `${p.file}: ${p.message}`;
}

/** Thrown when knowledge/ cannot be loaded; lists every problem found, not just the first. */
export class KnowledgeError extends WhichpyError {
  constructor(
    readonly problems: KnowledgeProblem[],
    code: 'KNOWLEDGE_INVALID' | 'KNOWLEDGE_NOT_FOUND' = 'KNOWLEDGE_INVALID',
  ) {
    const shown = problems.slice(0, 20).map((p) => `  - ${formatProblem(p)}`);
    const more = problems.length > 20 ? [`  … and ${problems.length - 20} more`] : [];
    super(code, [`Knowledge is invalid (${problems.length} problem(s)):`, ...shown, ...more].join('\n'));
  }
}
