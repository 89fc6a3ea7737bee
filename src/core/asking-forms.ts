/**
 * English forms of what a sentence asks, read by the intent rules beside the classifier. The same
 * forms in other languages are phrases in knowledge/nlu/forms.yaml (see question-forms.ts).
 */

// "Can aiohttp render server-side templates?": what one framework can do (not "can I use flask for...").
export const CAN_DO = /^(?:can|could) (?!(?:i|we|you|u|they|one|someone|anyone|it|this|that|these|those|both)\b)\w+(?: \w+)? \w+/;
// "can I build a websocket server with falcon?": building one feature with it asks the same.
// "can I use fastapi to serve html pages?": using it to do one thing asks the same ("can I use flask for a blog" does not).
export const CAN_BUILD_WITH = /^(?:can|could) (?:i|we|you|u|one) (?:(?:build|make|write|create|implement|do|serve|run)\b(?: \S+){1,6} (?:with|in|on|using) \S+|use (?:\S+ ){1,2}to (?:serve|render|do|handle|build|make|send|stream|return|run|host|write)\b)/;
// "is setting debug to False on app.run enough for production?": whether a setting will do.
export const SETTING_ENOUGH = /^(?:is|would|will) (?:setting|turning|enabling|disabling|adding|running|using) (?!(?:flask|django|fastapi|it)\b)(?:\w+ ){1,8}(?:enough|ok|okay|fine|safe)\b/;
// "Flask under waitress on Windows — is that a sane production setup?": whether a setup will do.
export const SETUP_OK = /\bis (?:that|this|it) a (?:sane|good|ok|okay|reasonable|solid|sensible|decent) (?:production |prod )?(?:setup|set up|config|configuration|stack|deployment)\b/;
// "is this the right flask project structure?", "is my fastapi layout idiomatic?": whether the asker's
// own way of doing something is how it is done, not whether the framework fits.
export const OWN_PRACTICE_OK = /^(?:is|are) (?:this|that|these|those|my|our)\b(?: \w+){0,6} (?:right|proper|correct|idiomatic|recommended|standard|conventional|pythonic|usual|sane|sensible|reasonable)\b(?! (?:choice|fit|pick|option|call|bet|tool|framework|one|for)\b)/;
// "is aiohttp a client or a server framework?": which of two kinds one thing is.
// "is aiohttp's web server a real framework or is aiohttp just an HTTP client?": the same, said at length.
export const KIND_OF_ONE = /^is \w+(?: \w+){0,3} (?:a|an) (?:real |proper |full |actual )?\w+(?: \w+)? or (?:(?:is (?:it|\w+) )?(?:just |only |merely |really )?(?:a|an) \w+(?: \w+){0,2}|(?:a |an )?\w+(?: \w+)?)$/;
// "Is Flask being a microframework a pro or a con?": pros and cons asked in the sentence itself.
export const PROS_CONS_ASKED = /\b(?:pros? or (?:a )?cons?|pros and cons|advantages?|disadvantages?|drawbacks?|downsides?|upsides?|weakness(?:es)?|strengths?)\b/;
// "which ORM should I use with fastapi?", "what's a sane project structure for a fastapi app?": a package
// of a kind, or a layout, to pick within a framework, not a framework.
export const PACKAGE_ASKED = /\b(?:which|what|whats|best|recommended)(?: \w+){0,2} (?:orm|orms|wsgi server|asgi server|app server|server|template engine|templating engine|templating language|task queue|job queue|validation library|migration tool|project structure|folder structure|project layout|app layout)\b(?! (?:framework|frameworks|rendered|side)\b)/;
// "Is Jinja2 the same templating language as Django templates?": two things set side by side.
export const SAME_AS = /\b(?:the same (?:\w+ ){0,2}as|same thing as|identical to|different from|differ from)\b/;
// "Is FastAPI's 'fast' claim real?": a claim to explain.
export const QUALITY_CLAIM = /\b(?:claims?|hype|marketing)\b[^?]*\b(?:real|true|legit|accurate)\b|\b(?:real|true|legit)\b[^?]*\b(?:claims?|hype|marketing)\b/;
// "bottle is really just one file right?": a statement about a framework, with a tag asking to confirm it.
export const TAG_CLAIM = /^(?:so |and |but )?\w+ (?:is|isn t|isnt|has|hasn t|does|doesn t|doesnt|can|can t|cant|uses|runs|ships|comes)\b(?: \S+)+ (?:right|correct|yeah|yes|no|true|isn t it|doesn t it|don t they|isnt it|doesnt it|innit|eh)$/;
// "django is fine for this, right?" still asks whether it fits.
export const FIT_WORD = /\b(?:fine|good|great|ok|okay|enough|overkill|suitable|best|better|worse|bad|right (?:choice|call|pick|tool))\b/;
// "Can aiohttp scale to tens of thousands of connections?": a load, not a feature.
export const SCALE_VERB = /\b(?:scale|scales|scaling)\b/;
// "Sanic has a built-in production server, right?", "can't render HTML pages. is that true?": a claim about a feature to check.
export const CLAIM_CHECKED = /\b(?:has|have|ships|comes with|includes) (?:a |an |its own )?(?:built in|builtin|native)\b[^?]*\b(?:right|true|correct)\b|\b(?:can t|cant|cannot|can not|doesn t|doesnt|does not)\b[^?]*\bis (?:that|this|it) (?:true|right|correct)\b/;
// "..., or do I need something like Django?" fears a fallback; "..., or should we switch to X?" weighs a move (compare).
export const FALLBACK_AFTER = /\bor (?:do|would|will|must) (?:i|we) (?:really )?need\b/;
// "What should I run it with instead?": a server to run one framework with.
export const RUN_WITH = /\b(?:run|serve|host|deploy)(?: (?:it|this|that|the app|my app|our app|\w+ app))? (?:with|behind|using|under)\b/;
// "I've built a couple of CRUD sites": what was built before, background.
// ("made two tiny tools with it": said without the "I", as chat drops it; "built in admin?" asks about a feature.)
export const BUILT_BEFORE = /^(?:(?:i|we|ive|weve) (?:ve |have )?(?:already |only |just |mostly )?(?:ever )?(?:built|made|shipped|written|wrote|done|worked on|been (?:building|doing|writing|using|coding in|working (?:on|with)))\b|(?:already )?(?:built|made|shipped|wrote) (?!in\b|into\b|on\b|for\b|with\b)|been (?:building|doing|writing|using|coding in|working (?:on|with))\b)/;
// Words where the background ends and what they want now begins ("... and want to get into async").
// ("We've done the quickstart, but colleagues warn about upgrades": what follows "but" is not what they did.)
export const WANTING = new Set(['want', 'wants', 'need', 'needs', 'looking', 'hope', 'plan', 'planning', 'wanna', 'now', 'but']);
// "explain Starlette to someone who only knows Express": a message that opens by asking to explain one thing.
export const EXPLAIN_OPENING = /^(?:(?:please|pls|can you|could you) )?(?:explain|describe|define)(?: to me| me)?/;
// "could anyone explain flask's blueprints?": a sentence that asks for an explanation, not whether it has something
// ("explain whether flask has an orm" still checks the feature).
export const EXPLAIN_ASKED = /^(?:(?:please|pls|can|could|would|will) )?(?:(?:you|u|someone|somebody|anyone|anybody) )?(?:please |pls )?(?:explain|eli5|describe)(?: to me| me| to us| us)?(?! (?:whether|if)\b)/;
// "totally unrelated question: when should I add a second brood box?": said to be about something else.
export const UNRELATED_ASIDE = /\b(?:(?:totally|completely|slightly|somewhat|a bit) )?(?:unrelated|separate|different|random|off topic|non tech|non technical) question\b|\b(?:unrelated|off topic|nothing to do with (?:python|code|coding|the site|the app)) but\b/;
// "which telescope for about 300 euros", "which kayak should I buy": a thing chosen, then what for or how.
export const WHICH_THING_FOR = /\bwhich (\w+) (?:for|under|around|to buy|should (?:i|we) (?:buy|get)|do you recommend|would you recommend)\b/;
// "Does it support ASGI?" after one framework was named: "it" is that framework.
export const IT_SUBJECT = /^(does|do|can|will|has) it\b/;
// "sanic — what is it and who uses it?": the name first, then what it is.
export const WHAT_IS_IT = /\bwhat (?:exactly |even |actually )?(?:(?:is|s) (?:it|this|that)|are (?:they|these|those))\b/;
// "ok so what even is falcon": the words right before a name defined in English.
export const WHAT_IS_RIGHT_BEFORE = /\bwhat (?:exactly |even |actually )?(?:is|are|s)$|\bwhats$/;
// "is Flask actually async or not?": what may close a yes/no about one feature.
export const TAIL_OR_NOT = /^(?:(?:now |yet |already |still )?(?:or not|or nah|or no|or nope|or what)|at all|yet|now|these days|already)$/;
// "is tornado tough to learn?", "are the cherrypy docs decent?", "how steep is the learning curve of litestar?": how
// easy one framework is to learn from, asked of the framework itself, is described, not a yes/no fit.
export const OWN_LEARNING_ASKED = /^(?:(?:so|and|but|ok|honestly|genuinely) )?(?:(?:is|are|how (?:good|steep|bad|hard|rough|painful|decent) (?:is|are)) (?:the )?(?:\S+ ){0,2}(?:docs|documentation|learning curve)\b|is \S+ (?:really |actually |that |very |too |super )?(?:hard|easy|difficult|tough|painful) to (?:learn|pick up)\b)/;
// Using one framework, the verb of the two readings below: "just use", "go with", "bet on".
const USE_VERB = String.raw`(?:still |really |just |safely )?(?:use|go with|pick|choose|start|build|adopt|bet on|stick with)\b`;
// "can I still use flask for my new project?", "maintained enough to start a new project on it?": a
// yes/no about using it, not only about its upkeep.
export const USE_ASKED = new RegExp(String.raw`\b(?:should|shall|can|could) (?:i|we|you|u) ${USE_VERB}|\benough to (?:start|build|use|pick|choose|bet|adopt)\b`);
// "should i build it on sanic?", "so should i just use bottle?": a sentence that opens by asking whether to use one.
export const SHOULD_USE_OPENING = new RegExp(String.raw`^(?:so |ok |and )?(?:should|shall) (?:i|we) ${USE_VERB}`);
