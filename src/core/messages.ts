import type { FrameworkKind } from './knowledge-model';
import { MAX_QUESTION_CHARS } from './normalize';

/**
 * Every fixed sentence whichpy says lives here, so wording is edited in one place and tests
 * assert codes and fields rather than copies of this prose.
 */
export const messages = {
  helpTitle: 'whichpy helps you choose a Python web framework',
  helpVerdict:
    'Ask me to compare frameworks, recommend one for what you are building, describe a framework or concept, list pros and cons, or check whether a framework has a feature. I also answer how to deploy one, how to move an app between them, and which versions are supported. Every answer comes with sources.',
  helpExamplesHeading: 'Try asking',
  outOfScopeTitle: 'That is outside what I know',
  outOfScopeVerdict: (frameworks: string) =>
    `Sorry, I can't help with that one. I only answer questions about choosing and using Python web frameworks (${frameworks}).`,
  otherSenseVerdict: (name: string, frameworks: string) =>
    `Sorry, that sounds like a different ${name} from the Python web framework, so I can't help there. I answer questions about Python web frameworks (${frameworks}).`,
  vagueTitle: 'Which Python web framework?',
  vagueVerdict:
    'It depends on what you are building, how big it will get and what your team already knows. Pick the need closest to yours below, or tell me more and I will rank the frameworks for it.',
  decidedBy: (needs: string) => `Decided by: ${needs}.`,
  weighed: (needs: string[]) => `Weighed together: ${needs.join(', ')}.`,
  tension: (name: string, needs: string) => `These needs pull apart: ${name} is stronger on ${needs}.`,
  pickWithoutTitle: (need: string) => `Best without ${need}`,
  builtInCarried: 'Built in, so you carry it',
  pickWithout: (name: string, need: string) => `${name} does not push ${need} on you: it is yours to add, or leave out.`,
  withoutYes: (name: string, need: string) => `Yes: ${name} does not make you use ${need}; it is optional there.`,
  withoutDepends: (name: string, need: string) => `It depends: ${name} ships ${need} built in. You can leave it unused, but you still carry it, and any part of ${name} that relies on it goes with it.`,
  shipsBuiltIn: (whoShips: string, what: string) => `${whoShips} ${what} built in.`,
  builtInOnly: (name: string, needs: string) => `You want them built in, and ${name} gets ${needs} from extensions.`,
  assembled: (name: string, needs: string, other: string) => `${name} gets ${needs} from separate extensions you would pick, wire up and keep current; ${other} ships them all.`,
  refusedBundle: (name: string, refused: string, other: string | null, asWell: boolean) =>
    `You have ruled out ${refused}, what ${name} ships as its strengths; without them it is weight you carry${other ? `, and ${other} does what is left ${asWell ? 'at least as well' : 'nearly as well'}` : ''}.`,
  worksWith: (packages: string) => `Only frameworks that work with ${packages} are ranked.`,
  ownStack: (name: string, needs: string, alternative: string | null) =>
    `Your team already knows ${name}, which weighs more than how well it suits ${needs}${alternative ? `; ${alternative} would be the lighter pick for a team starting fresh` : ''}.`,
  undecided: (name: string, suits: string, weaker: string | null) =>
    `It depends on what you settle on: ${name} suits ${suits}${weaker ? ` and is weaker for ${weaker}` : ''}.`,
  feelsLike: (name: string, liked: string) => `${name} is built on ${liked}, so it keeps the ${liked} style you like.`,
  asyncOnly: (name: string) => `No: ${name} runs only async code, and you do not want async.`,
  noWsgi: (name: string) => `No: ${name} has no WSGI interface, and where it must run speaks only WSGI.`,
  licenceUnknown: (names: string) => `I don't have the licence of ${names} on file; the LICENSE file in its repository is the authority.`,
  licenceSame: (names: string, spdx: string) => `${names} are released under the same licence, ${spdx}.`,
  licenceDiffer: (each: string[]) => `${each.slice(0, -1).join(', ')} and ${each.at(-1)}: what each asks of you is below.`,
  licenceNotAdvice: (several: boolean) =>
    `This is what the ${several ? 'licences say' : 'licence says'}, not legal advice: for a product you sell, have whoever signs off on licences read the LICENSE file itself.`,
  oneSideOnly: (name: string, other: string) => `I can only speak to ${name}'s side: "${other}" is not something I have facts on, so I can't weigh the two. Here is what ${name} offers.`,
  fewDependencies: (name: string, builtOn: string) => `You want as little installed as possible, which tips it to ${name}. ${builtOn}`,
  sizeDecides: (name: string, needs: string, lighter: string) =>
    `It depends on how big it gets: ${name} serves ${needs} well and gives you room to grow, but if it stays small, ${lighter} does the same with less to carry.`,
  contentEditor: (name: string, lighter: string | null) =>
    `It depends on how you will edit it: ${name}'s built-in admin is a ready editor for what you publish, which pays for its setup${lighter ? `; if you write it as files in a repository, ${lighter} is lighter` : ''}.`,
  kindSizeDecides: (name: string, kinds: string, forBig: string | null) =>
    `It depends on how big it gets: ${name} is fine while it stays small, and weak for large ${kinds}.${forBig ? ` For a big one, ${forBig} is the better choice.` : ''}`,
  smallServicePhrase: 'a small service with no pages',
  smallService: (name: string) => `${name}'s middling rating for small apps is about sites with pages, which this service does not have.`,
  likenessTitle: 'Closest to what you know',
  mostLike: (name: string, liked: string) => `${name} is the Python framework most like ${liked}.`,
  sameKind: (name: string, fullStack: boolean) =>
    fullStack
      ? `${name} is the closest match: a full-stack framework like the one you know, with most of what a web app needs built in.`
      : `${name} is the closest match: a small core like the one you know, where you add the pieces you need.`,
  teamKnows: (names: string) => `Your team already knows ${names}; that counts for something, since switching has a cost.`,
  saferPick: (name: string, other: string) => `With no need named, ${name} is the safer pick: far more teams use it, and it is released more often than ${other}.`,
  levelSoTeamDecides: (name: string) => `Level on that, what your team already knows decides: stay with ${name}, since switching has a cost.`,
  keepWhatTeamKnows: (name: string, other: string) => `With no need that ${other} serves better, stay with ${name}: your team already knows it, and switching has a cost.`,
  checked: (month: string) => `Checked ${month}.`,
  listTitle: 'Python web frameworks I know',
  kindListTitle: { micro: 'Microframeworks I know', 'full-stack': 'Full-stack frameworks I know' } as Record<FrameworkKind, string>,
  kindListVerdict: (title: string, names: string, need: string | null) => `${title}${need ? `, best for ${need} first` : ''}: ${names}.`,
  lowConfidence: 'I am not sure I understood the question; here is my best reading. Did you mean one of the suggestions?',
  truncated: `Your message was long, so I only read its first ${MAX_QUESTION_CHARS} characters.`,
  spelling: (fixed: string) => `I read this as being about ${fixed}.`,
  noTopicCompare: 'It depends on what you are building.',
  noNeedRecommend:
    'It depends on what you are building. Tell me the need (an API, an admin panel, a beginner project, real-time features…) and I will rank them.',
  internalErrorTitle: 'Something went wrong',
  internalError: 'Sorry, something went wrong while answering. Please try again or rephrase the question.',
  slowDownTitle: 'One moment, please',
  slowDown: 'You are asking faster than I can keep up with. Wait a few seconds, then ask again; your next question will be answered.',
  restartingTitle: 'Restarting',
  restarting: 'whichpy is restarting right now and cannot take new questions. Please ask again in a minute.',
  whichOneTitle: 'Which framework do you mean?',
  whichOneVerdict: (feature: string) =>
    `I don't know which framework "it" is: there is no earlier question in this conversation. Name it and I will check; meanwhile, here is where each stands on ${feature}.`,
  followingOn: (what: string) => `${what}, following on from your last question.`,
  reasonsHeading: 'The reasons',
  sourcesHeading: 'Sources',
  followUpsHeading: 'Ask next',
  didYouMeanHeading: 'Did you mean',
  alsoConsidered: (topics: string) => `Also weighed: ${topics}.`,
  shortenedToFit: (platform: string) => `…shortened to fit in ${platform}.`,
  feedbackThanks: 'Thanks! Your rating helps us improve the answers.',
  feedbackThanksUnhelpful: 'Thanks for telling us. The question is saved so the maintainers can improve the answer.',
  buttonExpired: 'That button no longer works. Please ask the question again.',
  onlyPython: 'I only cover Python frameworks, so I left the others out.',
  notCovered: (names: string) => `I do not cover ${names} yet, so this answer leaves it out.`,
} as const;
