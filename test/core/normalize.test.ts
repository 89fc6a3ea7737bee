import { MAX_QUESTION_CHARS, normalizePhrase, normalizeQuestion } from '../../src/core/normalize';

describe('normalizeQuestion', () => {
  it.each([
    ['Flask vs Django?', 'flask vs django'],
    ['<@U024BE7LH> does FastAPI have an ORM?', 'does fastapi have an orm'],
    ['<@U024BE7LH|whichpy> hi', 'hi'],
    ['<!here> <!channel> <!everyone> flask', 'flask'],
    ['<!subteam^S012|@devs> django', 'django'],
    ['<@123456789012345678> flask', 'flask'],
    ['<@!123456789012345678> flask', 'flask'],
    ['<@&123456789012345678> flask', 'flask'],
    ['@everyone @here flask', 'flask'],
    ['/whichpy flask vs django for admin panel', 'flask vs django for admin panel'],
    ['whichpy: what is wsgi', 'what is wsgi'],
    ['🐍 django :rocket: <:blobcat:123456> <a:dance:987> rocks!!!', 'django rocks'],
    ['full-stack or micro?', 'full stack or micro'],
    ["what's Django's ORM", 'whats djangos orm'],
    ["we're sure it won't", 'were sure it wont'],
    // Elisions in other languages separate: "un'API" is "un API".
    ["Flask va bene per un'API?", 'flask va bene per un api'],
    ["c'est quoi l'ORM de Django", 'c est quoi l orm de django'],
    ['see <https://flask.palletsprojects.com|the Flask docs>', 'see the flask docs'],
    ['FLASK   VS\tDJANGO\n', 'flask vs django'],
    ['&lt;script&gt; flask &amp; django', 'script flask django'],
    // Chat shorthand for "without" and "with"; a path keeps its slashes apart.
    ['bg jobs w/o celery, or w/ redis?', 'bg jobs without celery or with redis'],
    ['flask w/htmx', 'flask with htmx'],
    // An arrow is a move to what it points at, as typed or as Slack escapes it.
    ['pyramid -> litestar, worth it?', 'pyramid to litestar worth it'],
    ['bottle -&gt; flask', 'bottle to flask'],
    ['tornado→aiohttp', 'tornado to aiohttp'],
    ['see /w/o/path', 'see w o path'],
    // Python's short name before its version; CherryPy's "cherry py" and a file's ".py" stay.
    ['works on py 3.11?', 'works on python 3 11'],
    ['py3 only, right', 'python 3 only right'],
    ['cherry py 3', 'cherry py 3'],
    ['app.py 3 lines', 'app py 3 lines'],
    // A forum's tag before the question is where it was posted; a bracket later in it stays.
    ['[Help] is quart stable yet?', 'is quart stable yet'],
    ['**[Showcase]** my litestar app [beta]', 'my litestar app beta'],
    // An issue template's headings and their labels are no words of the question; "# of" stays.
    ['## Problem\nCan bottle serve websockets?\n## Environment\nbottle 0.13', 'can bottle serve websockets bottle 0 13'],
    ['### What I tried: raising the # of workers', 'raising the of workers'],
    ['', ''],
  ])('%j -> %j', (raw, expected) => {
    expect(normalizeQuestion(raw).text).toBe(expected);
  });

  it('never throws on non-strings', () => {
    for (const raw of [undefined, null, 42, {}, [], Symbol('x')]) expect(normalizeQuestion(raw).text).toBe('');
  });

  it(`cuts input longer than ${MAX_QUESTION_CHARS} characters and says so`, () => {
    const long = `flask ${'a'.repeat(10_000)}`;
    const n = normalizeQuestion(long);
    expect(n.truncated).toBe(true);
    expect(n.text.length).toBeLessThanOrEqual(MAX_QUESTION_CHARS);
    expect(normalizeQuestion('flask').truncated).toBe(false);
  });
});

describe('the sentence that asks', () => {
  it.each([
    // [input, the words of the asking sentences, or null when there is only one sentence]
    ['We run Flask. Is Quart worth it?', 'is quart worth it'],
    ['is flask ok? we have a tiny team.', 'is flask ok'],
    ['Background first. Question one? Question two?', 'question one | question two'],
    ['flask vs django?', null],
    ['does python 3.13 work with app.run?', null],
    ['litestar 和 fastapi 哪个更快？我们需要异步。', 'litestar 和 fastapi 哪 个 更 快'],
    // A last sentence left open asks too when it opens as a question; a statement left open does not.
    ['fine, and sanic? can it serve static files', 'fine and sanic | can it serve static files'],
    ['is bottle any good? we tried it once', 'is bottle any good'],
    // An issue template's heading ends the part before it, even with its line breaks gone.
    ['### Question Is falcon fine for a json api? ### Context We have 3 devs', 'is falcon fine for a json api'],
    // A sentence that ends inside inline code ends there: the question after it is asked on its own.
    ['pytest prints `DeprecationWarning: app.run is deprecated.` Is cherrypy still fine to use?', 'is cherrypy still fine to use'],
  ])('%j', (raw, asked) => {
    const n = normalizeQuestion(raw);
    expect(n.asked ? n.asked.map((a) => n.words.slice(a.start, a.end).join(' ')).join(' | ') : null).toBe(asked);
  });
});

describe('combining marks stay with their letter, unless they are optional', () => {
  it.each([
    // Devanagari vowel signs and the virama are part of the word: "कैसे" (how) is not "क स".
    ['django mein कैसे करते', ['django', 'mein', 'कैसे', 'करते']],
    // Thai is read a letter a word, each letter with its tone marks and vowel signs.
    ['ข้อดี', ['ข้', 'อ', 'ดี']],
    // Lao, Khmer and Burmese are written without spaces too: a name glued to them is still a word.
    ['Flaskແມ່ນ', ['flask', 'ແ', 'ມ່', 'ນ']],
    // Arabic and Hebrew vowel signs are optional: a word reads the same with or without them.
    ['أُطُر الويب', ['أطر', 'الويب']],
    ['שָׁלוֹם', ['שלום']],
    // An emoji's variation selector is no word once the emoji is gone.
    ['morning ❤️ is bottle still alive', ['morning', 'is', 'bottle', 'still', 'alive']],
  ])('%j', (raw, words) => {
    expect(normalizeQuestion(raw).words).toEqual(words);
  });
});

describe('chat spelling', () => {
  it.each([
    ['wat can u do', 'what can you do'],
    ['pls tell me ur fav', 'please tell me your fav'],
    // Only whole words: "unit" and "wattage" stay.
    ['unit tests wattage', 'unit tests wattage'],
  ])('%j reads as %j', (raw, text) => {
    expect(normalizeQuestion(raw).text).toBe(text);
  });

  // Python written in another script is the word "python", however the script is split into words.
  it.each([
    ['أفضل إطار عمل بايثون لموقع', 'python'],
    ['فریم‌ورک پایتون برای وب', 'python'],
    ['파이썬 웹 프레임워크', 'python'],
    ['パイソンのフレームワーク', 'python'],
    ['בפייתון', 'python'],
    ['фреймворк на пайтоне', 'python'],
    // ...but Russian "питон" is also the snake, and stays itself.
    ['как кормить питона', 'питона'],
  ])('%j has the word %j', (raw, word) => {
    expect(normalizeQuestion(raw).words).toContain(word);
    expect(normalizePhrase(raw).split(' ')).toContain(word);
  });

  // Katakana "パイソン" inside a longer katakana word is the snake: a ball python, a royal python.
  it.each(['ボールパイソンの餌は何がいい？', 'ロイヤルパイソンのケージ'])('%j has no word "python"', (raw) => {
    expect(normalizeQuestion(raw).words).not.toContain('python');
    expect(normalizePhrase(raw).split(' ')).not.toContain('python');
  });

  // Phrases of other languages that share those words must still match the questions holding them.
  it.each(['wat kun je', 'u čemu je razlika'])('the phrase %j reads as the question does', (phrase) => {
    expect(normalizePhrase(phrase)).toBe(normalizeQuestion(phrase).text);
  });
});

describe('a list of pluses and minuses', () => {
  it.each([
    ['notes on bottle: + one file, + no deps. - no orm', 'notes on bottle pluses one file pluses no deps minuses no orm'],
    ['+ typed\n- young', 'pluses typed minuses young'],
    // "+" joining two needs is no list item, and a list needs both kinds.
    ['login + a few tables - by friday', 'login plus a few tables by friday'],
    ['+ fast, + small', 'plus fast plus small'],
  ])('%j reads as %j', (raw, words) => {
    expect(normalizeQuestion(raw).words.join(' ')).toBe(words);
  });
});

describe('links', () => {
  const sites = new Map([['djangoproject.com', 'Django']]);
  it.each([
    // A framework's own site, or a page under it, names the framework.
    ['following https://docs.djangoproject.com/en/5.2/howto/deployment/ do i need gunicorn?', 'following django do i need gunicorn'],
    // Another site keeps the first word of its host that names something.
    ['read https://fastapi.tiangolo.com/tutorial/ twice', 'read fastapi twice'],
    ['see https://github.com/pallets/flask/issues/1', 'see'],
  ])('%j reads as %j', (raw, text) => {
    expect(normalizeQuestion(raw, sites).text).toBe(text);
  });
});

describe('pasted code', () => {
  it('marks the words of a fenced block, a sentence of its own', () => {
    const n = normalizeQuestion('like this:\n```python\nasync def view(request):\n    return 1\n```\nis sanic fine?');
    expect(n.code.map((c) => n.words.slice(c.start, c.end).join(' '))).toEqual(['python async def view request return 1']);
    expect(n.asked?.map((a) => n.words.slice(a.start, a.end).join(' '))).toEqual(['is sanic fine']);
  });

  it('reads a block left open to the end', () => {
    const n = normalizeQuestion('why is this slow ```for x in rows: save(x)');
    expect(n.code.map((c) => n.words.slice(c.start, c.end).join(' '))).toEqual(['for x in rows save x']);
  });
});

describe('clauses', () => {
  it.each([
    // [input, its clauses]
    ['gunicorn + uvicorn for fastapi — how do I set that up?', 'gunicorn plus uvicorn for fastapi | how do i set that up'],
    ['css is gone 😭 how do i serve it', 'css is gone | how do i serve it'],
    ['setup: nginx; gunicorn. walk me through it?', 'setup | nginx | gunicorn | walk me through it'],
    // A hyphen inside a word, a clock time and a link are not clause breaks.
    ['server-side rendering at 10:30 https://x.io/a:b', 'server side rendering at 10 30 x'],
  ])('%j', (raw, clauses) => {
    const n = normalizeQuestion(raw);
    expect(n.clauses.map((c) => n.words.slice(c.start, c.end).join(' ')).join(' | ')).toBe(clauses);
  });
});

describe('digits of other scripts are read as numbers', () => {
  it.each([
    ['۱۰۰ هزار کاربر', '100 هزار کاربر'],
    ['٢٥٠ مستخدم', '250 مستخدم'],
    ['५०० उपयोगकर्ता', '500 उपयोगकर्ता'],
    ['flask ৩', 'flask 3'],
  ])('%j', (q, text) => {
    expect(normalizeQuestion(q).text).toBe(text);
  });
});
