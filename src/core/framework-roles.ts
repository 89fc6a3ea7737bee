import type { EntityMatch } from './entity-index';
import type { QuestionForms } from './question-forms';

/**
 * What a named framework is to the question: the one being weighed (`candidate`), what the team
 * already knows or runs (`context`), what they want to get away from (`excluded`), or the one the
 * answer should resemble (`like`: "async, but feels like flask"), or only what others do or what
 * the asker fears ending up with (`mentioned`: "or is everyone moving to fastapi?").
 */
export type FrameworkRole = 'candidate' | 'context' | 'excluded' | 'like' | 'mentioned';

// Words just before a name that make it background rather than the option being weighed.
// "the whole team only knows django", "we already run django", "coming from flask", "one did a
// bit of flask years ago", "juniors who've only ever done django", "the other five of us write fastapi
// every day", "everyone has written flask", what someone else says to use ("my colleague says just
// use flask"), what their app already is ("the rest of our stack is django", "our backend is fastapi"; not "side
// project: is aiohttp ok?"); knowing it in other languages
// ("znam trochę flaska", "todo mundo já sabe django", "wir kennen django", "мы знаем django").
const CONTEXT_BEFORE =
  /\b(?:did|done|dabbled (?:in|with)|played (?:with|around with)|tinkered with|znam|znamy|zna|znają|sabe|sabemos|saben|conozco|conocemos|conoce|conocen|conheço|conhecemos|conhece|conhecem|kenne|kennen|kennt|connais|connaissons|connaît|connaissent|conosco|conosciamo|conosce|conoscono|знаю|знаем|знает|знают|умею|умеем|knows?|known|familiar with|experience (?:with|in)|experienced (?:with|in)|background in|background is|comes? from|coming from|already (?:use|using|run|running|on|have)|currently (?:use|using|on|run)|we use|we re using|were using|we run|running|our|existing|bestehende[nmrs]?|vorhandene[nmrs]?|bestaande|legacy|built (?:on|with)|written in|(?:i|we) (?:work|write|code) (?:with|in)|(?:of us|we all|all of us|everyone|the team|our team) (?:write|writes|use|uses|knows?|codes? in|works? in|ships?)|(?:we|i) (?:have|ve got|got|maintain|inherited)|(?:ive|weve) (?:got|inherited)|(?:i|we) use|been using|been doing|been writing|worked with|working with|(?:has|have|ve|ive|weve)(?: only| just| mostly| always)? (?:written|used|shipped|built with|worked with)|(?:says?|said|suggests?|suggested|insists?|thinks?) (?:we should |to |i should )?(?:just )?(?:use|go with|stick with|pick)|(?:years?|yrs) (?:of|with|in)|ex|former|formerly|after|from|(?:our|my|their|rest of (?:the|our)) (?:\w+ )?(?:app|apps|codebase|stack|backend|monolith|site|project|service|api) (?:is|s|are))(?: (?!(?:is|are|was|should|would|could|can|will|but|so|to|into|onto|vs|if|whether|si|ob|czy|jestli|never|not|nor|neither)\b)[\p{L}\p{N}]+){0,3}$/u;
// "what should i learn after flask", "what to pick up next after django": something other than it.
// ("why not pyramid?" asks about Pyramid; it sets nothing aside.)
// "not interested in tornado", "please don't suggest django": not wanted, with the verb between.
// "nên học framework nào sau Flask": learn (Vietnamese học) which framework after it.
const EXCLUDED_BEFORE =
  /\b(?:(?:learn|learning|pick up|study|try)(?: next)? after|(?:học|hoc)(?: [^ ]+){0,2} sau|next after|burned by|burnt by|bitten by|fed up with|tired of|sick of|frustrated (?:with|by)|(?<!why )not(?! that$)|not (?:looking (?:at|for)|interested in|considering|keen on|a fan of|open to)|(?:don t|dont|do not) (?:say|suggest|recommend)|(?:that|which) (?:aren t|arent|isn t|isnt)|don t want|dont want|do not want|no|without|instead of|away from|off|other than|besides|beyond|except|avoid|ditch|drop|replace|replacing|leave|leaving|alternatives? (?:to|for)|replacements? (?:to|for)|successor (?:to|of)|substitute for|rather than|(?:framework|frameworks|option|options|alternative|choice|something|anything) than|ruled out|rule out|ruling out|crossed off|rejected)(?: \w+){0,1}$/;
// "we do not want flask for this one", "anything but django here": refused outright, not only moved away from.
const REFUSED_BEFORE = /\b(?:don t want|dont want|do not want|don t use|dont use|do not use|not interested in|(?:don t|dont|do not) (?:say|suggest|recommend)|anything but|avoid|rather not use)(?: \w+){0,1}$/;
// "anything past the usual trio (Flask, FastAPI, Django)?": a group set aside, then named.
const GROUP_SET_ASIDE_BEFORE = /\b(?:other than|besides|beyond|except|apart from|outside) the (?:big|usual|main|obvious|popular|mainstream|common|well known|famous)(?: \w+){0,2}$/;
/** The same words right before the name, nothing between. */
const EXCLUDED_RIGHT_BEFORE = new RegExp(EXCLUDED_BEFORE.source.replace('(?: \\w+){0,1}$', '$'));
// "як pydantic у FastAPI" (like pydantic in FastAPI): a thing of the framework between "like" and its name.
const THING_IN = / \S+ (?:у|в|w|v|de|en|dans|em|di|bei|im|no|na|del|du|do)$/;
// "Djangoのadminのような" (like Django's admin): the framework's thing between its name and "like" said after it.
const THING_OF = /^(?:の|的|의) \S+ /;
// "and" / "or" in the languages people ask in: "kromě Djanga a Flasku", "sin Django ni Flask", "ohne Django und Flask".
const LIST_JOINERS = new Set(['and', 'or', 'nor', 'y', 'o', 'ni', 'e', 'ou', 'et', 'und', 'oder', 'en', 'of', 'och', 'eller', 'og', 'i', 'lub', 'albo', 'a', 'nebo', 'и', 'или', 'і', 'та', 'або', 've', 'veya', 'dan', 'atau', '랑', '와', '과']);
// The last word of a phrase that makes a name the asker's own: "coming from bottle or flask", "on our flask or django app".
const CUE_RIGHT_BEFORE = new Set(['from', 'with', 'on', 'in', 'use', 'using', 'used', 'know', 'knows', 'knew', 'of', 'after', 'ex', 'former', 'our', 'my', 'existing', 'legacy', 'current', 'currently', 'running', 'run', 'maintain', 'inherited']);
// "django is off the table", "flask: ruled out already": set aside, said after the name.
const EXCLUDED_AFTER = /^(?:(?:is|was|s|has been|are|were) )?(?:already )?(?:ruled out|out of the question|off the table|not an option|a no go|no go)\b/;
// "the smallest option? even bottle seems like overkill here": the baseline already too big is set aside.
const EVEN_TOO_MUCH_AFTER = /^(?:(?:is|s|feels?|felt|seems?|looks?)(?: like)? )?(?:overkill|too (?:heavy|big|much|bloated)|more than (?:i|we) need|heavier than (?:i|we) need|a lot for this|heavy for this)\b/;
// "is flask still fine or is everyone moving to fastapi?", "is starlette enough, or will I end up
// rebuilding fastapi?": a trend or a feared outcome, named beside the one option asked about. It is
// neither weighed nor the team's own.
// "is django still a good choice or is everyone on fastapi now", "is tornado still worth it now that asyncio and fastapi exist?": the trend beside the one asked about.
const MENTIONED_BEFORE =
  /\b(?:everyone|everybody|the world|the industry|the community|people|all the cool kids)(?: else)?(?: (?:is|are|has|have|s|re|ve))?(?: (?:all|already|now|just))? (?:(?:moving|moved|switching|switched|migrating|migrated|going|gone|jumping|jumped|flocking|flocked|hopping|hopped)(?: over)? to|on|using)$|\bend(?:ing)? up (?:re)?(?:building|writing|inventing|implementing|creating|making)(?: (?:a|an|the|half of|most of|basically))?$|\b(?:reinvent(?:ing)?|rebuild(?:ing)?|reimplement(?:ing)?|recreat(?:e|ing))(?: (?:a|an|the|half of|most of|basically))?$|\bnow that(?: \w+ and)?$/;
// "Is Flask still worth learning or has FastAPI basically replaced it?": the one that replaced it is the trend, not an option.
const MENTIONED_AFTER = /^(?:basically |already |just |kind of |pretty much |now )?(?:replaced|killed|overtaken|eaten|superseded) (?:it|them|\w+)\b/;
// "we basically want Flask but async": the one wanted, but for one thing, is the likeness a pick is measured against.
// ("I wanted FastAPI but that's ASGI" sets it aside: a past want, and "but" followed by what it is.)
const WANTED_BUT = { before: /\b(?:want|wants|need|needs)$/, after: /^but (?!(?:that|this|it|its|it s|thats|that s|they|we|i)\b)/ };
// "Django-style admin pages": the likeness glued to the name ("-like", "-style"), a feature after it.
const GLUED_LIKENESS_WORDS = ['like', 'style', 'esque', 'ish'];
const GLUED_LIKENESS: ReadonlySet<string> = new Set(GLUED_LIKENESS_WORDS);
const GLUED_LIKE = GLUED_LIKENESS_WORDS.join('|');
// Where a feature is wanted: "in flask", "for bottle" (not "into": "splitting our Pyramid app into Litestar services" is a move).
const PUT_IN: ReadonlySet<string> = new Set(['in', 'for', 'on', 'inside']);
// "anything django-admin-like for litestar?": after the feature, the likeness and what it is wanted for
// (Litestar, after "like for", is no likeness itself).
const LIKE_FOR = new RegExp(`^(?:${GLUED_LIKE}) (?:for|in|on)\\b`);
// "I need a FastAPI-like framework but without Pydantic": the name glued to "-like" describes what is wanted, even after "I need a".
const LIKE_GLUED_AFTER = new RegExp(`^(?:${GLUED_LIKE}) (?:\\w+ )?(?:framework|frameworks|fw|fws|alternative|alternatives|option|options|library|libraries|thing|things|one|ones)\\b`);
// "a django admin counterpart for pyramid", "flask's blueprints counterpart in fastapi": the name owns the
// thing whose match is asked for in the framework named after it, which is the one asked about.
const LIKE_AFTER = /^(?:s )?(?:[\w-]+ ){0,2}(?:equivalent|counterpart|analog|analogue)s? (?:for|in|on|with|under)\b/;
const LIKE_BEFORE = /\b(?:like(?! (?:for|in|on)$)|similar to|feels like|closest to|resembles?|(?:an? |the )?(?:equivalent|counterpart|analog|analogue) (?:of|to))(?: \w+){0,1}$/;
// "should we use bottle", "could i run flask": a question about using it, so it is the option weighed.
// "does that rule out FastAPI?" asks whether it still fits, it sets nothing aside; "does it matter whether I use
// Django or Flask?" weighs them.
// ("should we not use sanic for this site?" still asks about Sanic.)
// ("... wants us off Flask. Is Flask truly a bad pick for us?": a sentence that opens on "is" and the name asks about it.)
const ASKED_BEFORE = /\b(?:should|could|would|can|shall|will|might|do|to|whether|if)(?: we| i| you| they)?(?: not)? (?:use|run|pick|choose|go with|try|build (?:it )?(?:with|on|in))(?: \w+)?$|\b(?:does|would|will|do) (?:that|this|it|these|those) rule out$|^(?:so )?(?:is|isn t)$/;
// "our CTO keeps pushing for Django", "the lead prefers Flask": an option someone pushes for is weighed, not what the team knows.
const PUSHED_BEFORE = /\b(?:wants|prefers|pushes for|pushing for|insists on|insisting on|is set on|lobbies for|lobbying for)(?: us to use| to use| we use)?$/;
// "should we build the club's booking pages in Falcon?": what to build it in asked, with the thing built between (longer than `before` reaches).
const BUILD_IN_ASKED = /\b(?:should|could|would|can|shall|will|do)(?: we| i| you| they) (?:build|make|write|develop|do) (?:\w+ ){1,4}(?:in|with|on)$/;
// "moving from flask to quart", "off tornado onto fastapi": the name after "to" is where they are going.
const TARGET_BEFORE = /\b(?:from|off|away from|leave|leaving) \w+(?: \w+)? (?:to|into|onto|towards?)$|\b(?:mov(?:e|ing)|migrat(?:e|ing)|port(?:ing)?|switch(?:ing)?|convert(?:ing)?|rewrit(?:e|ing)) (?:\w+ ){1,3}(?:to|into|onto|in)$/;
// "the team knows django" also reads after the name: "django devs", "django shop", "django background".
// Who people are ("django devs", "a flask shop") is background whatever follows; what they run
// ("our django app") only with a verb after it, since "django app for a shop" is the option weighed.
const PEOPLE_AFTER = /^(?:devs?|developers?|engineers?|programmers?|shop|house|background|experience|veterans?|people|ppl|folks|guys|fans?)\b/;
// "une app Flask existante", "una app Django existente": languages that put "existing" after the name.
const EXISTING_AFTER = /^(?:existante?s?|existente?s?|esistent[ei]|bestehende[nr]?|vorhandene[nr]?|bestaande)\b/;
const CONTEXT_AFTER = /^(?:devs?|developers?|shop|team|background|experience|codebase|monolith|app|project|site|backend) (?:we|is|are|has|have|and|but|that|which|already|for)\b/;
// "in my Django app's export task I build a dataframe": a thing of the asker's own built on the framework runs it already.
// (Only "my" right before the name and the thing right after: "my mentor says Bottle is leaner" offers Bottle.)
const OWN_BEFORE = /\bmy$/;
const OWN_THING_AFTER = /^(?:app|apps|application|project|codebase|site|service|api|backend|monolith)\b/;
// "a small studio (mostly Django sites)", "we've shipped dozens of Flask apps": things counted, built on it, are work done.
// (Two names may share the things: "mostly Bottle and Pyramid apps".)
const COUNTED_BEFORE = /\b(?:mostly|many|lots of|a lot of|dozens of|hundreds of|several|\d+)(?: \w+ (?:and|or))?$/;
const BUILT_THINGS_AFTER = /^(?:(?:and|or) \w+ )?(?:sites|websites|apps|projects|backends|services|apis)\b/;

/** Roles of the frameworks named, and those the team already knows or runs. */
export interface FrameworkRoles {
  roles: Map<string, FrameworkRole>;
  /** Named at least once as the team's stack, even if also weighed ("the team knows django: stick with django?"). */
  known: Set<string>;
  /** Said outright to be known ("the team already knows fastapi", "years of django experience"), not only run or used. */
  skilled: Set<string>;
}

// "the team already knows fastapi", "we're comfortable with flask", "django experience", "the team's
// background is Flask", "200k lines of django": knowing it, said outright.
const KNOWS_BEFORE = /\b(?:knows?|knew|knowing|familiar with|comfortable with|experienced (?:in|with)|experience (?:in|with)|fluent in|good at|background is|(?:lines|loc|kloc) (?:of|in))(?: \w+){0,1}$/;
// ...and people named by it: "the whole team is django ppl", "we're flask people".
const KNOWS_AFTER = /^(?:experience|experienced|skills?|devs?|developers?|engineers?|programmers?|veterans?|background|people|ppl|folks|guys|shop)\b/;

/**
 * Roles of the frameworks named, by the words right before (and after) each mention, within its
 * sentence: in "team knows flask, deadline fri. quart?" Quart is asked about, not known.
 */
export function frameworkRoles(
  words: string[],
  matches: EntityMatch[],
  sentences: { start: number; end: number }[] = [],
  forms?: Pick<QuestionForms, 'likeBefore' | 'likeAfter' | 'excludedBefore' | 'excludedAfter' | 'knownBefore' | 'knownAfter'>,
  clauses: { start: number; end: number }[] = sentences,
): FrameworkRoles {
  const roles = new Map<string, FrameworkRole>();
  const known = new Set<string>();
  const skilled = new Set<string>();
  const setAsideAfter: EntityMatch[] = [];
  const setAsideRightBefore = new Set<string>();
  const sameClause = (a: EntityMatch, b: EntityMatch) => !clauses.some((c) => (a.start >= c.start && a.start < c.end) !== (b.start >= c.start && b.start < c.end));
  for (const m of matches) {
    if (m.kind !== 'framework') continue;
    const sentence = sentences.find((s) => s.start <= m.start && m.start < s.end);
    const before = words.slice(Math.max(sentence?.start ?? 0, m.start - 5), m.start).join(' ');
    const after = words.slice(m.end, Math.min(sentence?.end ?? words.length, m.end + 4)).join(' ');
    const afterThing = () => words.slice(m.end, Math.min(sentence?.end ?? words.length, m.end + 6)).join(' ');
    // "rest api for our shop's orders, flask or fastapi?": a name offered as one side of "X or Y" is
    // an option, whatever "our" a few words before it belongs to; not "coming from bottle or flask".
    const orChoice = words[m.end] === 'or' && matches.some((n) => n.kind === 'framework' && n.id !== m.id && n.start === m.end + 1);
    const previousSide = matches.find((n) => n.kind === 'framework' && n.end === m.start - 1 && words[m.start - 1] === 'or');
    const otherSideOption = previousSide !== undefined && roles.get(previousSide.id) === 'candidate';
    // "something that is NOT django or flask": set aside before the first of the two, both are.
    // (Within the clause: in "Migrating off Bottle: Flask or Django?" only Bottle is left.)
    const clause = clauses.find((c) => c.start <= m.start && m.start < c.end);
    const clauseBefore = words.slice(Math.max(clause?.start ?? 0, sentence?.start ?? 0, m.start - 5), m.start).join(' ');
    const groupSetAside = GROUP_SET_ASIDE_BEFORE.test(clauseBefore);
    const excludedBefore = EXCLUDED_BEFORE.test(clauseBefore) || groupSetAside || forms?.excludedBefore(clauseBefore) === true;
    // (The thing is a package or feature we know, two words back: "Depends" is dependency injection; not a
    // move or a deploy, where "como" is "how": "como migrar de Flask".)
    const thingOfIt = matches.some((n) => (n.kind === 'concept' || (n.kind === 'topic' && n.id !== 'migration' && n.id !== 'deployment')) && n.end === m.start - 1);
    const asked = ASKED_BEFORE.test(before) || PUSHED_BEFORE.test(before) || BUILD_IN_ASKED.test(words.slice(Math.max(sentence?.start ?? 0, m.start - 9), m.start).join(' ')) || TARGET_BEFORE.test(before) || (orChoice && !CUE_RIGHT_BEFORE.has(words[m.start - 1] ?? '') && !excludedBefore) || otherSideOption;
    // "ruled out django and pyramid already": a name listed after one set aside is set aside too.
    const previous = matches.filter((n) => n.kind === 'framework' && n.end <= m.start && n.start >= (sentence?.start ?? 0)).at(-1);
    // ("beyond django, flask and bottle": the comma between two names is no word of its own, when the
    // first was set aside by the word right before it; not "from docs rather than talks: Sanic, Quart or Falcon".)
    // ("Migrating off Bottle: Flask or Django?": a colon or a dash between them ends the list.)
    const commaListed = previous !== undefined && m.start === previous.end && setAsideRightBefore.has(previous.id) && sameClause(previous, m);
    const listedAfterExcluded = previous !== undefined && roles.get(previous.id) === 'excluded' && m.start - previous.end <= 5 && (LIST_JOINERS.has(words[m.start - 1] ?? '') || commaListed);
    // "a django-admin-like panel for quart", "Django 어드민 같은 화면": the likeness may follow the framework's feature named after it.
    // (The feature's name may hold the framework's: "django admin".)
    const featureAfter = matches.find((n) => (n.kind === 'topic' || n.kind === 'concept') && n.start >= m.start && n.start <= m.end && n.end > m.end);
    const afterFeature = featureAfter ? words.slice(featureAfter.end, Math.min(sentence?.end ?? words.length, featureAfter.end + 4)).join(' ') : '';
    // ...or come between the two: "can Falcon get Django-style admin pages?".
    const likeThenFeature = GLUED_LIKENESS.has(words[m.end] ?? '') && matches.some((n) => (n.kind === 'topic' || n.kind === 'concept') && n.start === m.end + 1);
    // ...or the feature, under its framework's name, is wanted in another framework: "django admin in flask?",
    // "fastapi's swagger docs in bottle, possible?" ask about the other one.
    const ownFeature = featureAfter ?? matches.find((n) => n.kind === 'topic' && words[m.end] === 's' && n.start === m.end + 1);
    // ...and "django signals but for starlette?" wants it there too.
    const putAt = ownFeature !== undefined && words[ownFeature.end] === 'but' ? ownFeature.end + 1 : ownFeature?.end ?? -1;
    const featureWantedIn = ownFeature !== undefined && PUT_IN.has(words[putAt] ?? '') && matches.some((n) => n.kind === 'framework' && n.id !== m.id && n.start === putAt + 1);
    // "FlaskにもDjangoの管理画面みたいな機能": the framework's thing, a need or package read in full after its "of", then "like".
    const thingOfOwn = ['の', '的', '의'].includes(words[m.end] ?? '') ? matches.find((n) => (n.kind === 'topic' || n.kind === 'concept') && n.start === m.end + 1) : undefined;
    const likeAfterOwnThing = thingOfOwn !== undefined && forms?.likeAfter(words.slice(thingOfOwn.end, thingOfOwn.end + 4).join(' ')) === true;
    let role: FrameworkRole = listedAfterExcluded
      ? 'excluded'
      : LIKE_GLUED_AFTER.test(after) || (featureAfter !== undefined && (LIKE_GLUED_AFTER.test(afterFeature) || LIKE_FOR.test(afterFeature) || forms?.likeAfter(afterFeature) === true)) || likeThenFeature || featureWantedIn
      ? 'like'
      : MENTIONED_BEFORE.test(before) || MENTIONED_AFTER.test(after)
      ? 'mentioned'
      : asked
      ? 'candidate'
      : LIKE_BEFORE.test(before) || (LIKE_AFTER.test(after) && matches.some((n) => n.kind === 'framework' && n.id !== m.id && n.start >= m.end)) || forms?.likeBefore(before) || (thingOfIt && forms?.likeBefore(before.replace(THING_IN, ''))) || forms?.likeAfter(after) || (THING_OF.test(after) && forms?.likeAfter(afterThing().replace(THING_OF, ''))) || likeAfterOwnThing || (WANTED_BUT.before.test(before) && WANTED_BUT.after.test(after))
      ? 'like'
      : excludedBefore || EXCLUDED_AFTER.test(after) || forms?.excludedAfter(after) || (words[m.start - 1] === 'even' && EVEN_TOO_MUCH_AFTER.test(afterThing()))
        ? 'excluded'
        : CONTEXT_BEFORE.test(before) || CONTEXT_AFTER.test(after) || (OWN_BEFORE.test(before) && OWN_THING_AFTER.test(after)) || (COUNTED_BEFORE.test(before) && BUILT_THINGS_AFTER.test(after)) || EXISTING_AFTER.test(after) || PEOPLE_AFTER.test(after) || forms?.knownBefore(before) || forms?.knownAfter(after)
          ? 'context'
          : 'candidate';
    // "I know some pyramid and quart": a name listed right after one they know, with nothing of its own, is known too.
    const listedAfterKnown = role === 'candidate' && !asked && previous !== undefined && roles.get(previous.id) === 'context' && m.start === previous.end + 1 && LIST_JOINERS.has(words[m.start - 1] ?? '') && sameClause(previous, m);
    if (listedAfterKnown) role = 'context';
    if (role === 'excluded' && (EXCLUDED_AFTER.test(after) || forms?.excludedAfter(after))) setAsideAfter.push(m);
    if (role === 'excluded' && (EXCLUDED_RIGHT_BEFORE.test(before) || groupSetAside)) setAsideRightBefore.add(m.id);
    if (role === 'context') known.add(m.id);
    if (KNOWS_BEFORE.test(before) || KNOWS_AFTER.test(after) || forms?.knownBefore(before) || forms?.knownAfter(after)) skilled.add(m.id);
    // A framework named twice keeps its strongest reading as an option: "django? our team knows django".
    const prior = roles.get(m.id);
    // ...but one set aside stays aside when merely mentioned again: "what to learn after flask? flask jobs are rare".
    if (prior === 'excluded' && !asked) continue;
    // ...and one the team runs, set aside afterwards, is set aside: "our team runs flask ... yet we do not want flask for this one".
    // (Refused in so many words: "the boss asks if we should leave flask" is about leaving it, it does not set it aside.)
    const setAsideLater = role === 'excluded' && (prior === 'context' || prior === 'mentioned') && REFUSED_BEFORE.test(clauseBefore);
    if (!prior || setAsideLater || (prior !== 'candidate' && role === 'candidate')) roles.set(m.id, prior === undefined || role === 'candidate' || setAsideLater ? role : prior);
  }
  // "장고랑 플라스크 말고는" (besides Django and Flask): set aside after the last of a list, every name of it is.
  for (const aside of setAsideAfter) {
    let end = aside.start;
    for (const m of matches.filter((n) => n.kind === 'framework' && n.end <= aside.start).reverse()) {
      if (m.end !== end - 1 || !LIST_JOINERS.has(words[m.end] ?? '') || roles.get(m.id) !== 'candidate') break;
      roles.set(m.id, 'excluded');
      end = m.start;
    }
  }
  return { roles, known, skilled };
}
