import type { EntityMatch } from './entity-index';

type Span = { start: number; end: number };

// "my brother recommends it because it benchmarks so well", "a colleague pushed bottle because it is one
// file": someone else's reason for an option is their claim about it, not a need of the asker's.
const SUGGESTING: ReadonlySet<string> = new Set(['suggested', 'suggests', 'suggest', 'recommends', 'recommended', 'recommend', 'pushing', 'pushed', 'pitched', 'proposed', 'proposes']);
const REASON_WORDS: ReadonlySet<string> = new Set(['because', 'cause', 'coz', 'cuz']);
// The option sits between the verb and the reason: "pitched Quart over Sanic because".
const OPTION_REACH = 5;

// "a colleague pitched sanic because it benchmarks well. is that even true?": a question about the claim
// itself makes the reason what is asked.
// ("is it honestly that easy?", "is that claim fair?": so is asking whether the claim holds.)
const CLAIM_QUESTIONED = /\b(?:would|will|does|did|is|was|are) (?:that|this|it|he|she|they)(?: (?:actually|really|even))? (?:help|true|right|correct|hold|matter|make (?:a|any) difference|work|make sense|(?:that|so) (?:simple|easy|fast|slow|bad|good)|(?:a )?fair)\b/;

// "my cousin says it's quicker than anything", "someone told me flask is faster": another's claim about
// the option, said of it right after the telling.
const CLAIMING: ReadonlySet<string> = new Set(['said', 'says', 'told', 'tells', 'claims', 'claimed', 'insists', 'insisted', 'reckons']);
const TOLD_TO = new Set(['me', 'us', 'that']);
// "my cousin says just go with pyramid because it is stable": a telling that says which to use is a suggestion.
const TOLD_TO_USE = /^(?:(?:me|us) )?(?:(?:we|i|you) should |to )?(?:just )?(?:use|go with|pick|stick with|choose)\b/;
const OWN_TURN: ReadonlySet<string> = new Set(['but', 'however', 'though', 'although', 'yet']);

/** Where someone's claim about the option starts after a telling verb at `i`, or -1. */
function claimAt(words: readonly string[], i: number, end: number, matches: readonly EntityMatch[]): number {
  let at = i + 1;
  while (at < end && TOLD_TO.has(words[at]!)) at++;
  const ofIt = (words[at] === 'it' && (words[at + 1] === 's' || words[at + 1] === 'is' || words[at + 1] === 'was')) || words[at] === 'its';
  const ofName = matches.some((m) => m.kind === 'framework' && m.start === at && (words[m.end] === 'is' || words[m.end] === 's'));
  return ofIt || ofName ? at : -1;
}

/** The words of each sentence that give someone else's reason for suggesting an option, or their claim about it, to the sentence's end. */
export function hearsaySpans(words: readonly string[], sentences: readonly Span[], matches: readonly EntityMatch[]): Span[] {
  const spans: Span[] = [];
  for (const r of sentences) {
    for (let i = r.start; i < r.end; i++) {
      const claim = CLAIMING.has(words[i]!) ? claimAt(words, i, r.end, matches) : -1;
      if (claim >= 0) {
        // The claim ends where the asker turns to their own words: "you said bottle is fine but I mentioned 50k users".
        const own = words.slice(claim, r.end).findIndex((w) => OWN_TURN.has(w));
        spans.push({ start: claim, end: own < 0 ? r.end : claim + own });
        break;
      }
      const suggests = SUGGESTING.has(words[i]!) || (words[i] === 'swears' && words[i + 1] === 'by') || (CLAIMING.has(words[i]!) && TOLD_TO_USE.test(words.slice(i + 1, i + 5).join(' ')));
      if (!suggests) continue;
      const because = words.slice(i + 1, Math.min(r.end, i + 2 + OPTION_REACH)).findIndex((w) => REASON_WORDS.has(w));
      if (because < 0) continue;
      const at = i + 1 + because;
      const option = words.slice(i + 1, at).some((w) => w === 'it' || w === 'them') || matches.some((m) => m.kind === 'framework' && m.start > i && m.end <= at);
      if (option) spans.push({ start: at + 1, end: r.end });
      break;
    }
  }
  // Read only once a reason was found: most questions report nobody's suggestion.
  return spans.length > 0 && CLAIM_QUESTIONED.test(words.join(' ')) ? [] : spans;
}
