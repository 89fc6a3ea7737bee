/**
 * Turns raw chat text into plain lowercase words the matcher can look up.
 * Platform markup is removed here so the rest of the core never sees it.
 */

/** Questions longer than this are cut before matching; the answer says so. */
export const MAX_QUESTION_CHARS = 500;

export interface NormalizedQuestion {
  /** Lowercase words joined by single spaces. */
  text: string;
  words: string[];
  /** True when the raw input was longer than MAX_QUESTION_CHARS and was cut. */
  truncated: boolean;
  /**
   * Word ranges of the sentences that ask (those ending in "?"), when the input has several
   * sentences: "Users worry about speed. Is aiohttp's server fine in production?" asks about production.
   */
  asked: { start: number; end: number }[] | null;
  /** Word ranges of every sentence, in order (one range for a single sentence). */
  sentences: { start: number; end: number }[];
  /**
   * Word ranges of clauses: sentences cut again where a dash, a colon, a semicolon or an emoji
   * stood. "gunicorn + uvicorn workers for fastapi — how do I set that up?" is one sentence whose
   * second clause is a how-to.
   */
  clauses: { start: number; end: number }[];
  /** Word ranges inside fenced code blocks (```...```): pasted code, context rather than the question. */
  code: { start: number; end: number }[];
}

// Sentence ends survive word splitting as these marker words, then are taken out again.
const QUESTION_END = 'zqendz';
const SENTENCE_END = 'zsendz';
const CLAUSE_END = 'zcendz';
// Chat spelling read as the words it stands for: "wat can u do" asks what whichpy can do.
const CHAT_SHORTHAND: ReadonlyMap<string, string> = new Map([
  ['wat', 'what'],
  ['wut', 'what'],
  ['u', 'you'],
  ['ur', 'your'],
  ['pls', 'please'],
  ['plz', 'please'],
  ['thx', 'thanks'],
  ['mornin', 'morning'],
  ['evenin', 'evening'],
]);
// "hiii", "heyyy", "hellooo": a greeting with its last letter stretched is the greeting.
const STRETCHED_GREETINGS: readonly [RegExp, string][] = [[/^hii+$/, 'hi'], [/^heyy+$/, 'hey'], [/^helloo+$/, 'hello'], [/^yoo+$/, 'yo']];
const stretchedGreeting = (w: string): string => STRETCHED_GREETINGS.find(([re]) => re.test(w))?.[1] ?? w;
/** Words a question in chat opens with, read when its question mark is dropped. */
const ASKS_OPENING: ReadonlySet<string> = new Set(['does', 'do', 'did', 'can', 'could', 'is', 'are', 'will', 'would', 'should', 'has', 'have', 'how', 'what', 'which', 'why', 'any', 'anything']);
const CODE_START = 'zcodestartz';
const CODE_END = 'zcodeendz';
// A fenced block, closed or running to the end of the message.
const FENCED_CODE = /```([\s\S]*?)(?:```|$)/g;

// Slack: <@U123>, <@U123|name>, <!here>, <!channel>, <!everyone>, <!subteam^S1|@team>, <#C1|general>.
// Discord: <@123>, <@!123>, <@&123>, <#123>, </cmd:123>, <:name:123>, <a:name:123>, <t:123:R>.
const PLATFORM_TOKENS = /<(?:[@#!][^>]*|\/[^>]*|a?:\w+:\d+|t:\d+(?::\w)?)>/g;
// Slack links <https://x|label> keep their label; bare links keep only the name of their site:
// "https://fastapi.tiangolo.com/tutorial/dependencies/" is all that says the question is about FastAPI.
const SLACK_LINK = /<(?:https?|mailto):[^|>]*\|([^>]*)>/g;
// A scheme starts a word: "aiohttp: advantages over the rest?" is the name and a colon, no link.
const BARE_LINK = /(?<![\p{L}\p{N}_])<?(?:https?|mailto):\/?\/?([^\s>]*)>?/gu;
const HOST_WORDS_IGNORED = new Set(['www', 'docs', 'doc', 'com', 'org', 'net', 'io', 'dev', 'app', 'readthedocs', 'github', 'gitlab', 'pypi', 'python']);

/** Names of sites by host ("djangoproject.com" -> "django"), for links that say what is asked about. */
export type SiteNames = ReadonlyMap<string, string>;

/** A link's host, lowercase, without "www.". */
export const hostOf = (link: string): string =>
  link.replace(/^<?(?:https?|mailto):\/?\/?/i, '').split(/[/?#@>]/)[0]!.split(':')[0]!.toLowerCase().replace(/^www\./, '');

// A known site by its host or the domain it is under (docs.djangoproject.com), else the host's first
// word that names something ("fastapi" of fastapi.tiangolo.com).
const siteName = (sites: SiteNames, rest: string): string => {
  const host = hostOf(rest);
  const labels = host.split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    const known = sites.get(labels.slice(i).join('.'));
    if (known) return ` ${known} `;
  }
  return ` ${labels.filter((label) => !HOST_WORDS_IGNORED.has(label) && !/\d/.test(label)).slice(0, 1).join(' ')} `;
};
const NO_SITES: SiteNames = new Map();
const SHORTCODE_EMOJI = /:[a-z0-9_+-]+:/g;
const BROADCAST = /@(?:everyone|here|channel)\b/g;
const COMMAND_PREFIX = /^\s*(?:\/whichpy\b|@?whichpy\b[:,]?)/i;
// "[Question] does Sanic ship OpenAPI docs?", "**[Discussion]** FastAPI vs Ninja": a forum's tag before the
// question says where it was posted, not what it asks ("question" read as a word leaned it to a definition).
const FORUM_TAG = /^\s*[*_]*\[[\p{L}\p{N} ?!'-]{1,30}\][*_]*/u;
// "### Question Can Bottle stream files? ### Context We serve videos...": an issue template's headings
// end what came before, and their labels are no words of the question ("question can bottle stream"
// no longer opens with "can"). Only "##" and more: a lone "#" is also "# of workers" or a channel.
const TEMPLATE_HEADING = /#{2,6}[ \t]*(?:(?:question|context|background|description|problem|what i(?:['’]ve| have)? tried|environment|expected behaviou?r|actual behaviou?r|steps to reproduce|summary|details|update|edit|goal|requirements|constraints|use case|additional context|motivation|setup|versions?)\b:?)?/giu;
// Everything that is not a letter or a digit separates words ("full-stack", "vs.", "c'mon", emoji).
// Combining marks belong to their word: Devanagari vowel signs and the virama ("कैसे" is not "क स").
const NON_WORD = /[^\p{L}\p{M}\p{N}]+/gu;
// Vowel signs that Arabic and Hebrew writers add or leave out at will ("أُطر" and "أطر" are one word),
// and the Arabic stretching stroke (tatweel): read as if not written, in questions and in phrases alike.
// eslint-disable-next-line no-misleading-character-class -- ranges of marks on purpose, each read alone, not marks joined to a letter
const OPTIONAL_MARKS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u0640\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7]/g;
// "gm ☀️ whats whichpy": the variation selector after an emoji is a mark with no letter once the emoji is
// gone, so it would stand as a word of its own ("gm ️ whats whichpy"); it is read as if not written.
const VARIATION_SELECTORS = /[\ufe00-\ufe0f]/g;
// English contractions and possessives join ("what's" -> "whats", "django's" -> "djangos",
// typographic ones too); other apostrophes separate, as in the elisions of "un'API" or "l'app".
const APOSTROPHE = /(\p{L})['’](s|t|re|ve|ll|d|m)(?!\p{L})/gu;
// Scripts written without spaces (Chinese, Japanese, Thai, Lao, Khmer, Burmese) stand one character a
// word, so "flask作为web" still finds "flask".
// Korean is spaced, but by phrase: particles glue onto words ("프레임워크를", "django랑"), so a
// syllable a word lets "프레임워크" match whatever particle follows it.
// A letter keeps its combining marks (Thai tone marks and vowel signs): "ข้อดี" is not "ขอดู".
// "ما هو أفضل إطار عمل بايثون", "파이썬 웹 프레임워크": Python written in another script is Python. Read
// before words are split, since Korean, Japanese and Thai are split into letters; an Arabic or Hebrew
// prefix glued to it ("لبايثون", "בפייתון") is left as a word of its own, and a Russian case ending is
// dropped. Russian "питон" is left alone: it is also the snake.
// (Katakana "パイソン" inside a longer katakana word is the snake: ボールパイソン is a ball python.)
const PYTHON_IN_OTHER_SCRIPTS = /بايثون|بايتون|پایتون|پايتون|پائتھن|पायथन|পাইথন|பைதான்|పైథాన్|(?<![\p{Script=Katakana}ー])パイソン|파이썬|פייתון|ไพทอน|пайтон\p{L}*/gu;
const UNSPACED_SCRIPT = /((?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}])\p{L}\p{M}*)/gu;
// Escaped HTML from chat platforms, "+" read as a word ("c++", "flask+react") and sentence ends.
// Named once: a regex literal in normalizeQuestion is a new RegExp object on every question.
const AMPERSAND_ENTITY = /&amp;/g;
const ANGLE_ENTITY = /&lt;|&gt;/g;
// "porting bottle -> flask": an arrow between two things is a move from one to the other (Slack
// sends ">" as "&gt;").
const ARROW = /\s*(?:-+>|-+&gt;|=>|=&gt;|→|⇒|⟶)\s*/g;
const PLUS = /\+/g;
// "My summary: + admin, + auth built in. - heavy, - async half-baked. Fair?": a list with items
// opened by "+" and by "-" is a list of pluses and minuses ("login + a few tables" is no list item).
const PLUS_ITEM = /(^|[\n,.;:(]\s*|\s{2,})\+(?=\s*\p{L})/gu;
const MINUS_ITEM = /(^|[\n,.;:(]\s*|\s{2,})[-−–](?=\s*\p{L})/gu;
const plusesAndMinuses = (text: string): string => {
  PLUS_ITEM.lastIndex = 0;
  MINUS_ITEM.lastIndex = 0;
  if (!PLUS_ITEM.test(text) || !MINUS_ITEM.test(text)) return text;
  return text.replace(PLUS_ITEM, '$1 pluses ').replace(MINUS_ITEM, '$1 minuses ');
};
// Chat shorthand for "without" and "with": "bg jobs w/o celery", "flask w/ htmx".
const WITHOUT_SHORT = /(?<![\w/])w\/o(?![\w/])/g;
const WITH_SHORT = /(?<![\w/])w\/(?=\s|\p{L})/gu;
// "does cherrypy run on py 3.12?", "py3 only": Python's short name before its major version.
const PY_VERSION = /(?<![\w.])(?<!cherry )py ?([23])(?=\.\d|\s|$|[,;:!?)])/g;
const QUESTION_MARKS = /[?？]+/g;
// ...also where inline code closes right after the mark: "`ImportError: no module named x.` Is there ...".
// (A quoted claim stays one with the question about it: '"Flask is legacy now." Is that right?'.)
const SENTENCE_MARK = /[.!。！](?=`*(?:\s|$))/g;
const CLAUSE_MARK = /\s-+\s|[—–;；]|[:：](?=\s)|\p{Extended_Pictographic}/gu;
// A version glued to a name ("flask2", "django5", "python3") is read as the name and the number.
const GLUED_VERSION = /\b(\p{L}{3,})(\d+)\b/gu;

// Where each script's digit zero sits: Arabic-Indic, Persian, N'Ko, Devanagari, Bengali, Gurmukhi,
// Gujarati, Oriya, Tamil, Telugu, Kannada, Malayalam, Thai, Lao, Tibetan, Myanmar, Khmer, Mongolian.
// NFKC leaves these digits alone, so "۱۰۰ هزار کاربر" would carry no number.
const DIGIT_ZEROS = [0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xe50, 0xed0, 0xf20, 0x1040, 0x17e0, 0x1810];
const OTHER_DIGIT = new RegExp(`[${DIGIT_ZEROS.map((zero) => `\\u{${zero.toString(16)}}-\\u{${(zero + 9).toString(16)}}`).join('')}]`, 'gu');
const asciiDigit = (d: string) => {
  const cp = d.codePointAt(0)!;
  return String(cp - DIGIT_ZEROS.find((zero) => cp >= zero && cp <= zero + 9)!);
};

/** Normalises a raw question; never throws, whatever the input. */
export function normalizeQuestion(raw: unknown, sites: SiteNames = NO_SITES): NormalizedQuestion {
  let input = typeof raw === 'string' ? raw : '';
  const truncated = input.length > MAX_QUESTION_CHARS;
  if (truncated) input = input.slice(0, MAX_QUESTION_CHARS);
  const text = plusesAndMinuses(input)
    .replace(FENCED_CODE, ` ${CODE_START} $1 ${CODE_END} `)
    .normalize('NFKC')
    .replace(OPTIONAL_MARKS, '')
    .replace(VARIATION_SELECTORS, '')
    .replace(OTHER_DIGIT, asciiDigit)
    .replace(SLACK_LINK, ' $1 ')
    .replace(PLATFORM_TOKENS, ' ')
    .replace(BARE_LINK, (_link, rest: string) => siteName(sites, rest))
    .replace(COMMAND_PREFIX, ' ')
    .replace(FORUM_TAG, ' ')
    .replace(TEMPLATE_HEADING, ' . ')
    .replace(SHORTCODE_EMOJI, ' ')
    .replace(BROADCAST, ' ')
    .toLowerCase()
    .replace(ARROW, ' to ')
    .replace(AMPERSAND_ENTITY, '&')
    .replace(ANGLE_ENTITY, ' ')
    .replace(PLUS, ' plus ')
    .replace(WITHOUT_SHORT, ' without ')
    .replace(WITH_SHORT, ' with ')
    .replace(PY_VERSION, 'python $1')
    .replace(APOSTROPHE, '$1$2')
    .replace(PYTHON_IN_OTHER_SCRIPTS, ' python ')
    .replace(UNSPACED_SCRIPT, ' $1 ')
    .replace(QUESTION_MARKS, ` ${QUESTION_END} `)
    .replace(SENTENCE_MARK, ` ${SENTENCE_END} `)
    .replace(CLAUSE_MARK, ` ${CLAUSE_END} `)
    .replace(NON_WORD, ' ')
    .replace(GLUED_VERSION, '$1 $2')
    .trim();
  const words: string[] = [];
  let sentenceStart = 0;
  const asked: { start: number; end: number }[] = [];
  const ranges: { start: number; end: number }[] = [];
  const clauses: { start: number; end: number }[] = [];
  const code: { start: number; end: number }[] = [];
  let codeStart = -1;
  let clauseStart = 0;
  const endClause = () => {
    if (words.length > clauseStart) clauses.push({ start: clauseStart, end: words.length });
    clauseStart = words.length;
  };
  for (const w of text ? text.split(' ') : []) {
    // A code block is a sentence of its own: the question is asked around it.
    if (w === CODE_START) codeStart = words.length;
    if (w === CODE_END) {
      if (codeStart >= 0 && words.length > codeStart) code.push({ start: codeStart, end: words.length });
      codeStart = -1;
    }
    if (w === CLAUSE_END) {
      endClause();
      continue;
    }
    if (w !== QUESTION_END && w !== SENTENCE_END && w !== CODE_START && w !== CODE_END) {
      words.push(CHAT_SHORTHAND.get(w) ?? stretchedGreeting(w));
      continue;
    }
    endClause();
    if (words.length > sentenceStart) {
      ranges.push({ start: sentenceStart, end: words.length });
      if (w === QUESTION_END) asked.push({ start: sentenceStart, end: words.length });
    }
    sentenceStart = words.length;
  }
  if (words.length > sentenceStart) {
    ranges.push({ start: sentenceStart, end: words.length });
    // "fine, and sanic? can it serve static files": chat drops the last question mark, so a last
    // sentence left open that opens as a question asks too, once an earlier one was marked as asking.
    if (asked.length > 0 && ASKS_OPENING.has(words[sentenceStart]!)) asked.push({ start: sentenceStart, end: words.length });
  }
  endClause();
  return { text: words.join(' '), words, truncated, asked: ranges.length > 1 && asked.length > 0 ? asked : null, sentences: ranges, clauses, code };
}

/** Normalises a knowledge phrase (alias, synonym) the same way questions are, minus chat markup. */
export function normalizePhrase(phrase: string): string {
  return phrase
    .normalize('NFKC')
    .replace(OPTIONAL_MARKS, '')
    .replace(OTHER_DIGIT, asciiDigit)
    .toLowerCase()
    .replace(APOSTROPHE, '$1$2')
    .replace(PYTHON_IN_OTHER_SCRIPTS, ' python ')
    .replace(UNSPACED_SCRIPT, ' $1 ')
    .replace(NON_WORD, ' ')
    .replace(GLUED_VERSION, '$1 $2')
    .trim()
    // Questions read "wat" as "what" and "u" as "you"; so must phrases, or Dutch "wat is" and
    // Croatian "u čemu je razlika" could never match.
    .split(' ')
    .map((w) => CHAT_SHORTHAND.get(w) ?? w)
    .join(' ');
}
