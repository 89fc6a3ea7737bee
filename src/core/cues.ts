/**
 * Cue phrases that signal what kind of answer someone wants. They are matched as whole words
 * on normalised text, so "pros" never fires inside "process".
 */
export type Cue =
  | 'help'
  | 'greeting'
  | 'list'
  | 'compare'
  | 'prosCons'
  | 'pros'
  | 'cons'
  | 'feature'
  | 'describe'
  | 'recommend'
  | 'why'
  | 'domain'
  | 'otherEcosystem'
  | 'negation';

const words = (list: string): RegExp => new RegExp(`\\b(?:${list})\\b`);

const CUES: Record<Cue, RegExp> = {
  help: words('help|commands?|usage|how (?:do|can|should) i use (?:you|this|it|whichpy|the bot)|what (?:can|do) you (?:do|know|answer)|what are you|who are you|how does this work|instructions|examples?'),
  greeting: /^(?:hi|hello|hey|heya|hiya|yo|howdy|sup|hola|greetings|good (?:morning|afternoon|evening)|thanks|thank you|thx|ty|cheers)(?: there| bot| whichpy| all| team| folks)?$/,
  list: words('list|lists|options|alternatives?|choices|what (?:python )?(?:web )?frameworks|which (?:python )?(?:web )?frameworks (?:are|do|exist|can|there)|frameworks (?:are there|exist|do you (?:know|cover|support)|available|supported|you know)|(?:do you|you) know (?:about|of)|backend options|landscape|ecosystem of frameworks|all (?:the )?frameworks'),
  compare: words('vs|v|versus|compare|compared|comparing|comparison|difference|differences|differ|different|better|worse|against|between|or|over|instead of|rather than|head to head|which one|side by side'),
  // Bare "pro" and "con" are not cues: "con" is Spanish and Italian for "with".
  prosCons: words('pros|cons|pro and con|pro con|pluses|minuses|advantages?|disadvantages?|benefits?|drawbacks?|downsides?|upsides?|strengths?|weakness(?:es)?|limitations?|limits|weak spots?|the catch|gotchas?|caveats?|footguns?|pain points?|pitfalls?|risks|bad practice|anti ?patterns?|code smells?|negatives?|positives?|tradeoffs?|trade offs?|good and bad|good or bad|good at (?:vs |versus |and |or )?bad at|(?:what s|whats|what is|what are) \\w+(?: \\w+)? (?:actually |really |even )?good at|bad or good|good bad points|good points|bad points|(?:like|love|hate) about|change my mind|any good(?! (?:for|to|at|with|as|if|when))|bad about|wrong with|problems with|issues with|why (?:should|would|do) (?:i|we|people|you) (?:use|choose|pick|like|love)|why (?:use|choose|pick)|why not|what makes .* (?:good|great|bad)|criticism|sucks?|overrated|hate[sd]?|hating|worth it|buys? (?:me|us|you)'),
  pros: words('pros|pluses|advantages?|benefits?|upsides?|strengths?|positives?|why (?:use|choose|pick)|good about|great about|buys? (?:me|us|you)'),
  cons: words('cons|minuses|disadvantages?|drawbacks?|downsides?|weakness(?:es)?|limitations?|limits|weak spots?|the catch|gotchas?|caveats?|footguns?|pain points?|pitfalls?|risks|bad practice|anti ?patterns?|code smells?|negatives?|bad about|wrong with|problems with|issues with|why not|criticism|sucks?|overrated|hate[sd]?|hating'),
  feature: words('does|do|did|has|have|had|can|could|support|supports|supported|supporting|include|includes|included|including|come with|comes with|ships? with|built ?in|builtin|inbuilt|inbuild|out of the box|natively|native|is there|are there|any|provide|provides|offer|offers|handle|handles|how (?:do|can|to|does)|way to|possible|integrate|integration|work with|works with|plugin|extension'),
  describe: words('what is|whats|what are|what s|tell me about|tell me more|explain|explanation|describe|description|overview|introduction|intro to|define|definition|meaning|mean|who (?:made|created|wrote|maintains|uses|built|develops)|who is using|when (?:was|did|is)|released|release date|history|how old|built on|based on|what version|which version|python version|used by|info|information|summary|summarize|eli5|learn about|know about'),
  recommend: words('should|shall|recommend|recommended|recommendation|suggest|suggestion|advice|advise|best|which|what framework|good for|good choice|great for|suited|suitable|ideal|right for|fit for|go with|go for|pick|choose|choosing|use for|worth|i need|we need|i want|we want|looking for|planning|plan to|building|to build|build a|build an|starting|start a|new project|my project|our project|my app|our app|is it good|good at|decide|deciding|overkill|too (?:heavy|big|much|complex)|heavyweight|bloated'),
  why: words('why|how come|reason|reasons|explain why'),
  domain: words('python|py|framework|frameworks|web|backend|back end|api|apis|server|site|website|webapp|web app|app|application|service|microframework|wsgi|asgi|http|endpoint|endpoints|pip|pypi'),
  otherEcosystem: words('javascript|js|typescript|node|nodejs|deno|bun|react|vue|angular|svelte|nextjs|next js|nuxt|express|nestjs|rails|ruby|laravel|php|symfony|spring|java|kotlin|golang|gin|rust|actix|axum|dotnet|net core|asp net|csharp|c sharp|elixir|phoenix|scala|swift|vapor|perl'),
  negation: words("not|don t|dont|no|without|never|except|avoid|instead of"),
};

// Listed once: Object.entries on every call built 14 pairs per question for nothing.
const CUE_LIST = Object.entries(CUES) as [Cue, RegExp][];

// The matcher and the intent reader both ask for the cues of the same text, one after the other;
// the 14 patterns (some with long alternations) run once and the second caller gets a copy.
let lastText: string | null = null;
let lastFound: ReadonlySet<Cue> = new Set();

/** Which cues a normalised question contains. */
export function detectCues(text: string): Set<Cue> {
  if (text !== lastText) {
    const found = new Set<Cue>();
    for (const [cue, re] of CUE_LIST) if (re.test(text)) found.add(cue);
    lastText = text;
    lastFound = found;
  }
  return new Set(lastFound);
}
