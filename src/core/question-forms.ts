/**
 * How questions are phrased, in the languages people ask in: the forms of a how-to, a feature
 * question, "the difference between", "what is", needs still undecided. Structure the classifier's
 * examples cannot teach reliably, kept apart from the reading that uses it.
 */

// "we haven't decided between a json api and a server-rendered app", "might stay tiny, might grow",
// "scope isn't clear yet", "wir wissen noch nicht", "ainda não sabemos": what they need is still open.
export const UNDECIDED =
  /(?:^| )(?:not (?:sure|decided|clear) (?:yet|whether|if)|(?:haven t|havent|have not|hasn t|didn t|don t|dont|do not) (?:decided|know) (?:yet|whether|if|between)|(?:no|any) idea yet|(?:isn t|isnt|is not|not) (?:clear|decided|known|defined) yet|still (?:figuring|deciding|unclear|undecided|open)|undecided|(?:might|may|could) (?:\S+ ){1,5}(?:or|might|may) (?:might |may )?not|might stay (?:\S+ ){0,3}might|scope (?:is not|isn t|isnt) (?:clear|defined)|noch nicht|wissen nicht|ainda não|todavía no|aún no|pas encore|non ancora|ancora non|jeszcze nie|henüz|пока не|ещё не|еще не|ま だ 決|未 定|还 不 确 定|还 没 确 定|아 직)(?= |$)/u;
// "5k concurrent viewers", "open connections": a count of things held at once.
export const AT_ONCE_WORDS = /\b(?:concurrent|simultaneous|connections|connected|open|online|at once|viewers|players)\b/;
// "X for Y?" in the languages people ask in: "Flask pour un ERP ?", "Django para una tienda?", "Sanic per un sito?".
export const FOR_WORDS: ReadonlySet<string> = new Set(['for', 'pour', 'para', 'per', 'für', 'fur', 'dla', 'для', 'voor', 'untuk', 'cho']);
// "the difference between X and Y" in the languages people ask in ("Unterschied zwischen", "の違い", "区别").
export const DIFFERENCE_BETWEEN = /(?:^| )(?:differences? between|unterschied zwischen|unterschiede zwischen|différence entre|diferencia entre|diferença entre|differenza tra|differenza fra|разница между|різниця між|różnica między|verschil tussen|rozdíl mezi|skillnaden mellan|fark nedir|sự khác biệt|perbedaan|の 違 い|区 别|差 别|차 이)(?= |$)/;
// "what is X" in other languages: "Litestar가 뭐예요?", "ما هو Pydantic؟", "Co je to ORM", "Was ist ASGI?".
export const WHAT_IS_ELSEWHERE = /(?:^| )(?:뭐 예 요|뭔 가 요|무 엇 인 가 요|と は|っ て 何|是 什 么|什 么 是|ما هو|ما هي|co je to|co to je|qu est ce que|c est quoi|was ist|что такое|що таке|qué es|que es|o que é|cos è|cosa è|wat is|czym jest|co to jest|nedir|là gì|apa itu|vad är|mikä on|מה זה)(?= |$)/;
// Pros and cons in Chinese, Japanese and Korean: "Flask 的优缺点是什么" asks for them, not what Flask is.
export const PROS_CONS_ELSEWHERE = /(?:^| )(?:优 缺 点|缺 点|优 点|优 势|劣 势|長 所|短 所|メ リ ッ ト|デ メ リ ッ ト|장 단 점|단 점|장 점)(?= |$)/;
// "how should i tune the workers?", Hinglish "kaise": asking how to do something.
export const HOW_DO_I = /^(?:how (?:do|does|can|should|would) (?:i|we|you|one)|how to|kaise|jak (?:mam|to)|comment (?:je|on)|cómo|como|wie kann)\b|\bkaise\b/;
// "How does dependency injection work in FastAPI?": how something works is explained, not checked.
export const HOW_IT_WORKS = /^how (?:does|do|is|are) (?:\w+ ){1,5}(?:work|works|working|implemented|done|handled)\b/;
// "nginx + gunicorn + systemd. walk me through it?": asking to be shown the steps is a how-to too.
export const WALK_THROUGH = /\b(?:walk me through|step by step|guide me through|show me how)\b/;
// A how-question that still chooses ("how do i pick a framework") is not a how-to.
export const CHOOSING = /\b(?:choose|pick|decide|select|which|framework|frameworks|better|best)\b/;
// A how-to in its own sentence: "how does Depends() work", "walk me through it".
export const HOW_TO_ASKED = /^how (?:do|can|to|does|should)\b|\b(?:walk me through|step by step|guide me through|show me how)\b/;
// "does flask come with an orm", "can sanic do websockets", "does X ship Y": asking whether one thing has another.
export const FEATURE_FORM = /^(?:does|do|can|will|has) \w+(?: \w+)? (?:have|has|come with|comes with|ship|ships|ship with|include|includes|support|supports|provide|provides|offer|offers|do|bundle|bundles|act as|work as|serve as|be used as)\b/;
// "can fastapi handle ~3k req/s": a load the framework must handle.
export const HANDLES_LOAD = /\b(?:handle|handles|handling|cope with|hold up (?:to|under)|withstand|keep up with|survive|scale to|serve)\b/;
