import type { QuestionFormPhrases } from './knowledge-model';
import { normalizePhrase } from './normalize';

/**
 * How questions are phrased: the forms of a how-to, a feature question, "the difference between",
 * "what is", needs still undecided. Structure the classifier's examples cannot teach reliably, kept
 * apart from the reading that uses it. English forms are structure, here; the same forms in other
 * languages are phrases in knowledge/nlu/forms.yaml, joined to them by createQuestionForms.
 */

// "we haven't decided between a json api and a server-rendered app", "might stay tiny, might grow",
// "scope isn't clear yet": what they need is still open.
const UNDECIDED =
  /(?:^| )(?:not (?:sure|decided|clear) (?:yet|whether|if)|(?:haven t|havent|have not|hasn t|didn t|don t|dont|do not) (?:decided|know) (?:yet|whether|if|between)|(?:no|any) idea yet|(?:isn t|isnt|is not|not) (?:clear|decided|known|defined) yet|still (?:figuring|deciding|unclear|undecided|open)|undecided|(?:might|may|could) (?:\S+ ){1,5}(?:or|might|may) (?:might |may )?not|might stay (?:\S+ ){0,3}might|scope (?:is not|isn t|isnt) (?:clear|defined))(?= |$)/;
// "5k concurrent viewers", "open connections": a count of things held at once.
export const AT_ONCE_WORDS = /\b(?:concurrent|simultaneous|connections|connected|open|online|at once|viewers|players)\b/;
// "the difference between X and Y".
// "what's the diff between uvicorn and hypercorn": chat's "diff" before "between" is the difference, not a code diff.
const DIFFERENCE_BETWEEN = /(?:^| )(?:differences?|diffs?) between(?= |$)/;
// "how should i tune the workers?": asking how to do something.
// "fastapi testing, how": a terse how-to ends on the word.
// "what's the recommended way to run scheduled jobs with django?" asks how, too.
// "recommended way to structure a flask project?": chat drops "what is the" before a way to do it
// ("best way to build an api" may still choose, and needs the "what is"). "any tips on a prod docker
// setup for django?" asks how, too. So does a quantity to set ("how many uvicorn workers would you run per container?").
const HOW_DO_I = /^(?:how (?:do|does|can|should|would) (?:i|we|you|one)|how (?:am i|are we|are you|is one|are people) (?:supposed|meant|expected) to|how to|(?:what is|whats|what s) (?:the|a) (?:best|good|recommended|right|proper|usual|standard|correct|cleanest|clean|simplest|simple|easiest|idiomatic|preferred|sane|nice) way to|(?:the )?(?:recommended|right|proper|usual|standard|correct|cleanest|idiomatic|preferred) way to|(?:any )?(?:tips|pointers) (?:on|for)|how (?:many|much) (?:\w+ ){1,3}(?:should|do|does|would) (?:i|we|you|one))\b|(?:^| )how$/;
// "How does dependency injection work in FastAPI?": how something works is explained, not checked.
export const HOW_IT_WORKS = /^how (?:does|do|is|are) (?:\w+ ){1,5}(?:work|works|working|implemented|done|handled)\b/;
// "nginx + gunicorn + systemd. walk me through it?": asking to be shown the steps is a how-to too.
export const WALK_THROUGH = /\b(?:walk me through|step by step|guide me through|show me how)\b/;
// A how-question that still chooses ("how do i pick a framework") is not a how-to.
export const CHOOSING = /\b(?:choose|pick|decide|select|which|framework|frameworks|better|best)\b/;
// A how-to in its own sentence: "how does Depends() work", "walk me through it".
export const HOW_TO_ASKED = new RegExp(`^how (?:do|can|to|does|should)\\b|${WALK_THROUGH.source}`);
// "does flask come with an orm", "can sanic do websockets", "does X ship Y": asking whether one thing has another.
// ...and "is request validation built into fastapi?", the feature first; "falcon websockets supported?", in chat.
// ...and "does litestar handle auth itself?", "does tornado handle websockets natively?": done by the framework, not a load it takes.
export const FEATURE_FORM = /^(?:does|do|can|will|has) \w+(?: \w+)? (?:have|has|got|come with|comes with|ship|ships|ship with|include|includes|support|supports|provide|provides|offer|offers|do|bundle|bundles|act as|work as|serve as|be used as|work with|works with|validate|validates|generate|generates|produce|produces|give you|give me|auto generate|autogenerate|create|render|renders)\b|^\w+(?: server| framework)? (?:has|supports|comes with|ships with|ships|includes) |^(?:is|are) (?:\w+ ){1,3}(?:built into|baked into|included in|native to)\b|^(?!(?:is|are|any|a|an|the|was|were|not)\b)\w+ (?:\w+ ){1,2}supported\b|^(?:does|do) (?:\w+ ){1,3}work (?:in|on|under) (?!(?:it|this|that|them|production|prod|practice|general)\b)\w+\b|^(?:does|do) \w+(?: \w+)? (?:handle|handles|take care of|takes care of)(?: \w+){1,3} (?:itself|natively|for you|for me|for us|on its own|by itself|out of the box)\b/;
// "the boss asks if it has CSRF protection", "wondering whether flask comes with an admin": the
// same question asked indirectly, anywhere in a sentence.
export const INDIRECT_FEATURE_FORM = /\b(?:if|whether) (?:it|\w+)(?: really| already| even)? (?:have|has|come with|comes with|ships with|ships|ship|include|includes|support|supports|provide|provides|offer|offers)\b/;
// "and pyramid, does it ship an admin": the framework named first, then asked of as "it" (not the
// second half of "is nginx in front required, or does it bring a server of its own?", a how-to).
export const FEATURE_OF_IT = /(?<!\bor )\b(?:does|do|can) (?:it|they) (?:really |even |actually |also )?(?:have|come with|ship|ship with|include|support|provide|offer|do|bundle)\b/;
// "what about sessions in bottle, is that built in?": the feature named first, then pointed back to.
export const BUILT_IN_POINTED_BACK = /\b(?:is|are) (?:that|this|it|they|those|these) (?:\w+ )?(?:built in|builtin|built into|out of the box|native|included|baked in)\b/;
// "can fastapi handle ~3k req/s": a load the framework must handle.
export const HANDLES_LOAD = /\b(?:handle|handles|handling|cope with|hold up (?:to|under)|withstand|keep up with|survive|scale to|serve)\b/;

// "port it over step by step", "walk me through the move": the steps themselves are asked.
const STEPS_ASKED = /\bstep by step\b|\bwalk (?:me|us) through\b|\bwhat are the steps\b/;

// "..., or do I need slowapi?", "or am I stuck writing it by hand?": what to do if it is missing.
const NEED_INSTEAD = /\bor (?:do|would|will|must|should) (?:i|we) (?:really )?(?:need|have to)\b|\bor am i stuck\b/;
// "or should I go async", "or do we switch over to something quicker": a way to go instead, wondered about
// (where it starts only: it is no fallback for a missing feature, as the needs above are).
const GO_INSTEAD = / or (?:should|do|would|must|shall) (?:i|we) (?:just )?(?:go|switch|move|jump)(?: over)?(?: to)? (?:something |an? )?(?:\w+ )?(?:async|asynchronous|faster|quicker)\b/;
// "which frameworks do you know?".
// "which frameworks do you know", "the names you are knowing", "what do you cover".
const KNOWN_TO_YOU = /(?:^| )(?:you|u) (?:are |re )?(?:know|knowing|cover|covering|support|supporting)(?= |$)/;

/** Each form, in English and in the other languages of knowledge/nlu/forms.yaml. */
export interface QuestionForms {
  /** The needs are still open: "not sure yet if we need html pages", "noch nicht". */
  undecided(text: string): boolean;
  /** "the difference between X and Y", "Unterschied zwischen". */
  differenceBetween(text: string): boolean;
  /** "what is X" in another language ("Litestar가 뭐예요?", "Co je to ORM"); English "what is" is the classifier's. */
  whatIsElsewhere(text: string): boolean;
  /** Pros and cons asked in another language ("Flask 的优缺点"). */
  prosConsElsewhere(text: string): boolean;
  /** A clause asking how to do something: "how should i tune the workers", Hinglish "kaise". */
  howTo(clause: string): boolean;
  /** "which frameworks do you know", "Какие фреймворки ты знаешь". */
  knownToYou(text: string): boolean;
  /** "is X a good choice / suitable" in another language ("Django va bene per ...?"). */
  fitAskedElsewhere(text: string): boolean;
  /** "is X too heavy for this?" in another language ("Is Django te zwaar voor ...?"). */
  tooHeavyElsewhere(text: string): boolean;
  /** Whether it will last, asked in another language ("Ist Pyramid noch zeitgemäß?"). */
  longevityElsewhere(text: string): boolean;
  /** The steps asked for, in English or another language ("step by step", "Schritt für Schritt"). */
  stepsAsked(text: string): boolean;
  /** "can it handle" a load, in another language: read in the words right before the load. */
  handlesLoadElsewhere(text: string): boolean;
  /** "for" in "X for Y?", in any language ("Flask pour un ERP ?"). */
  forWord(word: string): boolean;
  /** "does X have Y" in another language ("Czy aiohttp ma ...?"). */
  hasFeatureElsewhere(text: string): boolean;
  /** "can X do Y" / "can I build Y with X" in another language: a feature check when one feature and no load is named. */
  canDoElsewhere(text: string): boolean;
  /** Moving from one framework to another, said in another language. */
  moveElsewhere(text: string): boolean;
  /** "X instead of Y" said in another language ("Litestar statt FastAPI"); English "instead of" is a comparative. */
  insteadOfElsewhere(text: string): boolean;
  /** "..., or do I need slowapi?", "oder braucht man Channels?": what to use if it is missing. */
  needInstead(text: string): boolean;
  /** Where that alternative starts in the text (a character offset), or -1. */
  needInsteadAt(text: string): number;
  /** "not needed" after a need, in another language: reads the words right after it. */
  notNeededAfter(after: string): boolean;
  /** "what can you do?" asked of the bot in another language. */
  helpAskedElsewhere(text: string): boolean;
  /** The message opens with a greeting in another language. */
  greetedElsewhere(text: string): boolean;
  /** "like" ending the words before a name, in another language: "Hat Litestar OpenAPI wie". */
  likeBefore(before: string): boolean;
  /** "like" opening the words after a name: "FastAPI gibi", "FastAPI のような". */
  likeAfter(after: string): boolean;
  /** The words before a name set it aside, in another language ("sin Django", "ohne Django"). */
  excludedBefore(before: string): boolean;
  /** The words after a name set it aside, in another language ("Django har vi redan uteslutit"). */
  excludedAfter(after: string): boolean;
  /** The words before a name say it is already known, in another language ("si ya sé Django"). */
  knownBefore(before: string): boolean;
  /** The words after a name say it is already known, in languages that say it there ("Django 경험이 있어요"). */
  knownAfter(after: string): boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One regex for a list of phrases, each read as whole words anywhere in the text (or only at its
 * start); never matches when the list is empty.
 */
function phrasesIn(phrases: string[], where: 'anywhere' | 'opening' | 'closing' = 'anywhere'): RegExp {
  const norm = [...new Set(phrases.map(normalizePhrase).filter(Boolean))].sort((a, b) => b.length - a.length);
  if (norm.length === 0) return /(?!)/;
  const alternatives = norm.map(escape).join('|');
  return where === 'closing' ? new RegExp(`(?:^| )(?:${alternatives})$`, 'u') : new RegExp(`${where === 'opening' ? '^' : '(?:^| )'}(?:${alternatives})(?= |$)`, 'u');
}

export function createQuestionForms(p: QuestionFormPhrases): QuestionForms {
  const undecided = phrasesIn(p.undecided);
  const differenceBetween = phrasesIn(p.differenceBetween);
  const whatIs = phrasesIn(p.whatIs);
  const prosCons = phrasesIn(p.prosCons);
  // "¿Flask es tan bueno como Django?": "como" asks how only where a clause opens with it; Hindi
  // asks at the end ("file upload kaise karte hain").
  const howTo = phrasesIn(p.howTo, 'opening');
  const howToWithin = phrasesIn(p.howToWithin);
  const knownToYou = phrasesIn(p.knownToYou);
  const fitAsked = phrasesIn(p.fitAsked);
  const tooHeavy = phrasesIn(p.tooHeavy);
  const longevity = phrasesIn(p.longevity);
  const stepsAsked = phrasesIn(p.stepsAsked);
  const handlesLoad = phrasesIn(p.handlesLoad);
  const forWords = new Set(['for', ...p.fitFor.map(normalizePhrase)]);
  const hasFeature = phrasesIn(p.hasFeature);
  const canDo = phrasesIn(p.canDo);
  const move = phrasesIn(p.move);
  const insteadOf = phrasesIn(p.insteadOf);
  const needInstead = phrasesIn(p.needInstead);
  const notNeededAfter = phrasesIn(p.notNeededAfter, 'opening');
  const helpAsked = phrasesIn(p.helpAsked);
  const greeting = phrasesIn(p.greeting, 'opening');
  const likeBefore = phrasesIn(p.likeBefore, 'closing');
  const likeAfter = phrasesIn(p.likeAfter, 'opening');
  const excludedBefore = phrasesIn(p.excludedBefore, 'closing');
  const excludedAfter = phrasesIn(p.excludedAfter, 'opening');
  const knownBefore = phrasesIn(p.knownBefore, 'closing');
  const knownAfter = phrasesIn(p.knownAfter, 'opening');
  return {
    undecided: (text) => UNDECIDED.test(text) || undecided.test(text),
    differenceBetween: (text) => DIFFERENCE_BETWEEN.test(text) || differenceBetween.test(text),
    whatIsElsewhere: (text) => whatIs.test(text),
    prosConsElsewhere: (text) => prosCons.test(text),
    howTo: (clause) => HOW_DO_I.test(clause) || HOW_IT_WORKS.test(clause) || WALK_THROUGH.test(clause) || howTo.test(clause) || howToWithin.test(clause),
    knownToYou: (text) => KNOWN_TO_YOU.test(text) || knownToYou.test(text),
    fitAskedElsewhere: (text) => fitAsked.test(text) || tooHeavy.test(text),
    tooHeavyElsewhere: (text) => tooHeavy.test(text),
    longevityElsewhere: (text) => longevity.test(text),
    stepsAsked: (text) => STEPS_ASKED.test(text) || stepsAsked.test(text),
    handlesLoadElsewhere: (text) => handlesLoad.test(text),
    forWord: (word) => forWords.has(word),
    hasFeatureElsewhere: (text) => hasFeature.test(text),
    canDoElsewhere: (text) => canDo.test(text),
    moveElsewhere: (text) => move.test(text),
    insteadOfElsewhere: (text) => insteadOf.test(text),
    needInstead: (text) => NEED_INSTEAD.test(text) || needInstead.test(text),
    needInsteadAt: (text) => {
      const at = [NEED_INSTEAD.exec(text), needInstead.exec(text), GO_INSTEAD.exec(text)].flatMap((m) => (m ? [m.index + (m[0].startsWith(' ') ? 1 : 0)] : []));
      return at.length === 0 ? -1 : Math.min(...at);
    },
    notNeededAfter: (after) => notNeededAfter.test(after),
    helpAskedElsewhere: (text) => helpAsked.test(text),
    greetedElsewhere: (text) => greeting.test(text),
    likeBefore: (before) => likeBefore.test(before),
    likeAfter: (after) => likeAfter.test(after),
    excludedBefore: (before) => excludedBefore.test(before),
    excludedAfter: (after) => excludedAfter.test(after),
    knownBefore: (before) => knownBefore.test(before),
    knownAfter: (after) => knownAfter.test(after),
  };
}
