/**
 * How much load a question names: "1000 concurrent users, nothing crazy" is a scale every
 * framework handles; "~2M users", "2M daily visitors", "20k requests per second" is one that
 * tells frameworks apart. Read from numbers next to a unit, because people write the number,
 * not the word "scalability".
 */
export type Scale = 'modest' | 'large';

// "a simple api with three endpoints", "a handful of pages": an app this size is a small app.
// How many of each part still make a small app: a dozen endpoints is a small API, a dozen tables is not.
const APP_PARTS: Record<string, number> = { endpoint: 12, endpoints: 12, route: 12, routes: 12, views: 12, page: 10, pages: 10, screen: 10, screens: 10, form: 8, forms: 8, table: 5, tables: 5, models: 5, line: 1000, lines: 1000 };
const COUNT_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, dozen: 12, few: 3, couple: 2, handful: 5 };

const PEOPLE = new Set(['user', 'users', 'visitor', 'visitors', 'customer', 'customers', 'player', 'players', 'client', 'clients', 'member', 'members', 'subscribers', 'tenants', 'visits', 'viewers', 'devices', 'bidders', 'listeners', 'readers', 'shoppers', 'buyers', 'employees', 'staff', 'students', 'colleagues', 'coworkers', 'agents', 'volunteers',
  // "a 50k DAU api": daily and monthly active users
  'dau', 'mau',
  // the same in other languages
  'utenti', 'usuarios', 'usuários', 'utilisateurs', 'nutzer', 'benutzer', 'пользователей', 'użytkowników', 'visitatori', 'visitantes', 'visiteurs', 'besucher',
  'کاربر', 'کاربران', 'مستخدم', 'مستخدمين', 'उपयोगकर्ता', 'यूजर्स', 'kullanıcı', 'kullanici', 'pengguna', 'користувачів', 'uživatelů', 'používateľov', 'felhasználó', 'käyttäjää', 'χρήστες', 'משתמשים', 'gebruikers', 'användare', 'brugere', 'brukere', 'utilizatori', 'watumiaji', 'وزٹرز', 'صارفین', 'صارف', 'пользователями', 'пользователи', 'пользователя', 'بازدیدکننده', 'ব্যবহারকারী', 'ভিজিটর', 'ইউজার', 'विज़िटर', 'विजिटर', 'यूज़र्स',
  // visitors in other languages ("3 miljoen bezoekers per maand")
  'bezoekers', 'besökare', 'besøkende', 'besøgende', 'látogató', 'vierailijaa', 'návštěvníků', 'odwiedzających', 'посетителей', 'відвідувачів', 'ziyaretçi', 'pengunjung', 'επισκέπτες', 'מבקרים']);
// "used by 12 people", "za 15 ljudi": people are the app's users only when it is used by or for them
// ("we're 3 people" is the team).
const PERSONS = new Set(['people', 'ljudi', 'osób', 'osob', 'personas', 'pessoas', 'personnes', 'leute', 'persone', 'человек', 'людей']);
// The counters for people after a number in Korean, Chinese and Japanese ("10만 명", "100万人"). They count a
// team as readily ("팀원은 3명", "チームは10人"), so only a crowd no team could be ("10만 명", 100,000) is users.
const PEOPLE_COUNTERS = new Set(['명', '人', '名']);
const COUNTED_CROWD = 1_000;
const USED_BY = new Set(['by', 'for', 'serving', 'za', 'para', 'pour', 'für', 'per', 'dla', 'для']);
const HEDGES = new Set(['about', 'around', 'roughly', 'maybe', 'over', 'some', 'approx', 'approximately', 'nearly', 'almost', 'up']);
const CROWD = 100_000;
// Plural nouns that count things other than people: time, money, parts of an app, data.
const NOT_CROWDS = new Set(['years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds', 'dollars', 'euros', 'pounds', 'bucks', 'rows', 'records', 'items', 'products', 'files', 'documents', 'images', 'photos', 'lines', 'tables', 'pages', 'endpoints', 'routes', 'bytes', 'rs', 'rupees', 'yen']);
const isCrowd = (w: string): boolean => w.length >= 4 && w.endsWith('s') && !NOT_CROWDS.has(w) && !TRAFFIC.has(w) && APP_PARTS[w] === undefined && !/\d/.test(w);
// "we're 40 employees", "a team of 5 students": the count is who builds it, not who uses it.
const TEAM_COUNT = /(?:^| )(?:we re|we are|were|team of|group of)$/;
// "3,000 orders an hour", "500 bookings a minute": what a shop or a booking site counts is its traffic too.
const TRAFFIC = new Set(['request', 'requests', 'req', 'reqs', 'hits', 'pageviews', 'views', 'calls', 'messages', 'events', 'orders', 'transactions', 'purchases', 'bookings', 'signups', 'registrations', 'submissions', 'uploads', 'checkouts', 'payments',
  // requests in other languages
  'requisições', 'requisicoes', 'solicitudes', 'peticiones', 'requêtes', 'requetes', 'anfragen', 'richieste', 'запросов', 'запросы', 'запитів', 'zapytań', 'żądań', 'istek', 'permintaan', 'požadavků', 'kérés', 'pyyntöä', 'verzoeken', 'förfrågningar', 'yêu', 'درخواست', 'طلب',
  // visits and page loads in other languages ("1 milhão de acessos por dia")
  'acessos', 'accesos', 'visitas', 'visite', 'zugriffe', 'aufrufe', 'بازدید', 'زيارة', 'زيارات', 'ביקורים', 'посещений', 'просмотров']);
// Requests a second, abbreviated.
const RATES = new Set(['rps', 'qps']);
const AT_ONCE = new Set(['concurrent', 'simultaneous', 'connections', 'connection', 'conns', 'rps', 'qps', 'second', 'sec', 's', 'online', 'websockets', 'sockets',
  // a second in other languages ("5 mil requisições por segundo")
  'segundo', 'seconde', 'sekunde', 'secondo', 'sekundę', 'секунду', 'секунда', 'saniye', 'saniyede', 'detik', 'giây', 'ثانية', 'ثانیه']);
const MULTIPLIER: Record<string, number> = {
  hundred: 100, hundreds: 100, k: 1e3, thousand: 1e3, m: 1e6, mil: 1e6, million: 1e6, millions: 1e6, mio: 1e6, b: 1e9, billion: 1e9,
  // "۱۰۰ هزار کاربر", "100 bin kullanıcı", "5 lakh users": thousands and millions written in other languages.
  هزار: 1e3, ألف: 1e3, الف: 1e3, हज़ार: 1e3, हजार: 1e3, hazar: 1e3, bin: 1e3, ribu: 1e3, rb: 1e3, tausend: 1e3, mille: 1e3, тысяч: 1e3, тыс: 1e3, тисяч: 1e3, tysięcy: 1e3, tisíc: 1e3, ezer: 1e3, nghìn: 1e3, ngàn: 1e3, elfu: 1e3,
  // Ten thousand and a hundred million, the units East Asian languages count in ("10만 명", "100万人"), and a thousand.
  만: 1e4, 万: 1e4, 萬: 1e4, 억: 1e8, 亿: 1e8, 億: 1e8, 천: 1e3, 千: 1e3,
  lakh: 1e5, lakhs: 1e5, لاکھ: 1e5, लाख: 1e5, লাখ: 1e5, লক্ষ: 1e5, হাজার: 1e3, crore: 1e7, juta: 1e6, milioni: 1e6, milione: 1e6, millionen: 1e6, millones: 1e6, millón: 1e6, milhões: 1e6, milhão: 1e6, миллион: 1e6, миллиона: 1e6, млн: 1e6, мільйон: 1e6, milionů: 1e6, triệu: 1e6, میلیون: 1e6, مليون: 1e6,
  // Millions in the Nordic, Dutch, Polish and Finnish ways ("2 miljoner besökare", "3 miljoen bezoekers").
  miljoen: 1e6, miljoner: 1e6, miljon: 1e6, millioner: 1e6, milionów: 1e6, miliony: 1e6, miljoonaa: 1e6,
};
// "ایک لاکھ" (one lakh), "un millón": "one" written as a word before a multiplier, in other scripts and languages.
// ...and Persian "one" and "a hundred" ("یک میلیون بازدید", "صد هزار کاربر").
const VAGUE_COUNTS: Record<string, number> = { few: 3, several: 5, couple: 2, many: 5, some: 3, ایک: 1, एक: 1, un: 1, um: 1, une: 1, ein: 1, eine: 1, یک: 1, یه: 1, صد: 100, सौ: 100, сто: 100, কয়েক: 3, कुछ: 3 };
const SPELT_MULTIPLIERS = new Set(['hundred', 'thousand', 'million', 'billion']);
const GLUED = /^(\d+)(k|m|mil|mio|b)$/;
// How many times more traffic counted per day or month must be to tell frameworks apart: 100M requests a day is about 1,200 a second.
const PERIOD_FACTOR: Record<string, number> = {
  hour: 4, hourly: 4, hr: 4, day: 100, daily: 100, month: 1000, monthly: 1000, mo: 1000,
  // per day and per month in other languages
  dia: 100, día: 100, jour: 100, tag: 100, giorno: 100, день: 100, сутки: 100, dzień: 100, dziennie: 100, gün: 100, günde: 100, hari: 100, den: 100, dag: 100, päivä: 100, päivässä: 100, ngày: 100, روز: 100, يوم: 100, দিনে: 100, দিন: 100, दिन: 100,
  mês: 1000, mes: 1000, mois: 1000, monat: 1000, mese: 1000, месяц: 1000, miesiąc: 1000, ay: 1000, bulan: 1000, maand: 1000, månad: 1000, tháng: 1000, ماه: 1000, شهر: 1000, মাসে: 1000, महीने: 1000,
};
// "one day", "some day": a time to come, not a day's count, unless in one ("10k visitors in one day").
const SOME_DAY_BEFORE = new Set(['one', 'some']);
const IN_ONE_DAY = new Set(['in', 'within', 'per', 'a']);
const SINGLE_PAGE_APP = /^pages? (?:app|apps|application|applications|spa)\b/;
// ...in other languages too ("с миллионами пользователей", "millones de usuarios").
const BARE_COUNTS: Record<string, number> = {
  hundreds: 100, thousands: 1e3, millions: 1e6,
  тысячи: 1e3, тысячами: 1e3, миллионы: 1e6, миллионов: 1e6, миллионами: 1e6, мільйони: 1e6, мільйонами: 1e6,
  millones: 1e6, milhões: 1e6, millionen: 1e6, milioni: 1e6, miliony: 1e6, milionów: 1e6,
  // Persian "میلیون‌ها" (millions; the joiner splits off its plural ending), Bengali "লক্ষ লক্ষ" (lakhs and lakhs).
  میلیون: 1e6, লক্ষ: 1e5,
  // "tens of thousands of connections", "cientos de miles de usuarios", "des centaines de milliers", "сотни тысяч".
  tens: 10, cientos: 100, centenares: 100, decenas: 10, centaines: 100, dizaines: 10, centinaia: 100, decine: 10, сотни: 100, десятки: 10,
};
// "hundreds of thousands of members" is a hundred thousand, not a hundred: a plural count of another, with
// "of" or none between. Spanish "miles" and French "milliers" count only there ("five miles" is a distance).
const COUNT_OF = new Set(['of', 'de', 'di']);
const COUNTED_AGAIN: Record<string, number> = { ...BARE_COUNTS, miles: 1e3, milliers: 1e3, migliaia: 1e3 };

// "하루 방문자 10만 명", "每天 10万 访客", "1日 10万人": Korean, Chinese and Japanese say the day or month
// before the count, and are read a syllable or character a word, so the period is looked for, glued back,
// in the few words before the number.
const DAY_BEFORE = ['하루', '매일', '일일', '每天', '每日', '日均', '一天', '一日', '1日', '毎日'];
const MONTH_BEFORE = ['한달', '매달', '월간', '每月', '月均', '一个月', '毎月', '月間', '1か月', 'ひと月'];
const CJK = /[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\d]/u;
const PERIOD_REACH = 8;
function periodBefore(words: string[], i: number): number | undefined {
  let glued = '';
  for (let j = i - 1; j >= Math.max(0, i - PERIOD_REACH) && CJK.test(words[j]!); j--) glued = words[j]! + glued;
  if (glued === '') return undefined;
  if (MONTH_BEFORE.some((m) => glued.includes(m))) return PERIOD_FACTOR.month;
  if (DAY_BEFORE.some((d) => glued.includes(d))) return PERIOD_FACTOR.day;
  return undefined;
}

/** The number a run of words starting at `i` spells ("2", "2m", "1 000", "10 k", "1.5 million" read as 1 5 million), and its length. */
function numberAt(words: string[], i: number): { value: number; length: number } | null {
  const glued = GLUED.exec(words[i]!);
  if (glued) return { value: Number(glued[1]) * MULTIPLIER[glued[2]!]!, length: 1 };
  // "a few hundred thousand users": a vague count is still a size.
  // "thousands of websocket connections", "millions of users": the plural alone is the count.
  const bare = BARE_COUNTS[words[i]!];
  if (bare) {
    let value = bare;
    let length = 1;
    for (;;) {
      const of = COUNT_OF.has(words[i + length] ?? '') ? 1 : 0;
      const next = words[i + length + of] ?? '';
      const times = of === 1 ? (COUNTED_AGAIN[next] ?? MULTIPLIER[next]) : MULTIPLIER[next];
      if (!times) break;
      value *= times;
      length += of + 1;
    }
    return { value, length };
  }
  // "a million users", "a hundred thousand visitors": the article is the count of one.
  const vague = words[i] === 'a' && SPELT_MULTIPLIERS.has(words[i + 1] ?? '') ? 1 : VAGUE_COUNTS[words[i]!];
  if (!/^\d+$/.test(words[i]!) && !(vague && MULTIPLIER[words[i + 1] ?? ''])) return null;
  let value = vague ?? Number(words[i]);
  let length = 1;
  // "1,000,000" arrives as "1 000 000".
  while (/^\d{3}$/.test(words[i + length] ?? '')) value = value * 1000 + Number(words[i + length++]);
  // "1.5 million" arrives as "1 5 million": the fraction only nudges the value.
  if (/^\d$/.test(words[i + length] ?? '') && MULTIPLIER[words[i + length + 1] ?? '']) length++;
  while (MULTIPLIER[words[i + length] ?? '']) value *= MULTIPLIER[words[i + length++]!]!;
  return { value, length };
}

/** A load named, and the words it spans. */
export interface ScaleNamed {
  scale: Scale;
  start: number;
  end: number;
  /** People counted over time ("5M users"): the size of the product. */
  people: boolean;
  /** Requests counted per second ("2000 requests per second", "5k rps"): how fast it must answer. */
  throughput: boolean;
  /** The number named, in its own unit ("~20 rps" is 20). */
  value: number;
}

/** The largest load named, judged against what a unit means, with the words it spans; null when none. */
export function scaleNamed(words: string[]): ScaleNamed | null {
  let found: ScaleNamed | null = null;
  for (let i = 0; i < words.length; i++) {
    // "python 3 users" is a version, not a load.
    if (i > 0 && (words[i - 1] === 'python' || words[i - 1] === 'version' || words[i - 1] === 'v')) continue;
    const n = numberAt(words, i);
    if (!n) continue;
    const after = words.slice(i + n.length, i + n.length + 4);
    // "for about 200k anglers": a hedge between "for" and the number.
    const usedBy = USED_BY.has(words[i - 1] ?? '') || (HEDGES.has(words[i - 1] ?? '') && USED_BY.has(words[i - 2] ?? ''));
    if (TEAM_COUNT.test(words.slice(Math.max(0, i - 2), i).join(' '))) continue;
    // "a social platform for 200k anglers": any crowd an app is for, counted in the hundreds of thousands, are its users.
    const crowd = (usedBy && n.value >= CROWD && isCrowd(after[0] ?? '')) || (n.value >= COUNTED_CROWD && PEOPLE_COUNTERS.has(after[0] ?? ''));
    const unitAt = crowd ? 0 : after.findIndex((w) => PEOPLE.has(w) || (usedBy && PERSONS.has(w)) || TRAFFIC.has(w) || w === 'connections' || w === 'conns' || RATES.has(w));
    if (unitAt < 0) continue;
    const unit = crowd || PERSONS.has(after[unitAt]!) ? 'users' : after[unitAt]!;
    const atOnce = after.some((w) => AT_ONCE.has(w));
    // "10M requests a day" is about 115 a second: traffic counted per day or month is a load only far higher.
    const perPeriod = !atOnce && !PEOPLE.has(unit) ? PERIOD_FACTOR[after.slice(unitAt + 1).find((w) => PERIOD_FACTOR[w] !== undefined) ?? ''] ?? 1 : 1;
    // "100k daily visitors", "300k users a day": people counted per day come and go over it, so a product
    // that size is a crowd only ten times over (a million a day); per month, a hundred times.
    // ("hoping for tens of thousands of visitors one day" is some day, not each day; "in one day" is a day.)
    const someDay = (k: number) => k > 0 && SOME_DAY_BEFORE.has(after[k - 1]!) && !IN_ONE_DAY.has(after[k - 2] ?? words[i + n.length - 1]!);
    const periodAt = [...Array(unitAt).keys(), unitAt + 1, unitAt + 2].find((k) => PERIOD_FACTOR[after[k] ?? ''] !== undefined && !someDay(k));
    const peoplePeriod = PEOPLE.has(unit) && !atOnce && periodAt !== undefined ? PERIOD_FACTOR[after[periodAt]!] : undefined;
    const period = peoplePeriod ?? (PEOPLE.has(unit) && !atOnce ? periodBefore(words, i) : undefined);
    const peopleFactor = period === undefined ? 1 : period >= PERIOD_FACTOR.month! ? 100 : period >= PERIOD_FACTOR.day! ? 10 : 1;
    const threshold = atOnce ? 10_000 : PEOPLE.has(unit) ? 100_000 * peopleFactor : 1_000_000 * perPeriod;
    const scale: Scale = n.value >= threshold ? 'large' : 'modest';
    // "5M users" counts people over time (the size of the product); "10k concurrent connections" and
    // "2000 requests a second" are loads at once, and only requests a second say how fast it must answer.
    if (!found || scale === 'large') found = { scale, start: i, end: i + n.length + unitAt + 1, people: PEOPLE.has(unit) && !atOnce, throughput: (TRAFFIC.has(unit) || RATES.has(unit)) && atOnce, value: n.value };
  }
  return found;
}

/** Parts and number words of other languages (knowledge/nlu/vocabulary.yaml), beside the English ones here. */
export interface CountedParts {
  appParts: Record<string, number>;
  countWords: Record<string, number>;
}

/**
 * How big the app is by its counted parts: few ("3 endpoints", "трёх эндпоинтов"), many ("~30
 * tables"), or not counted.
 */
export function partsNamed(words: string[], other: CountedParts = { appParts: {}, countWords: {} }): { size: 'few' | 'many'; start: number; end: number } | null {
  const limit = (w: string) => APP_PARTS[w] ?? other.appParts[w];
  for (let i = 0; i < words.length; i++) {
    // "3,000 listing pages" arrives as "3 000 listing pages": one number, never a count of 0 pages; a range
    // ("3-4 endpoints", arriving as "3 4 endpoints") is counted by its upper end.
    if (/^\d{3}$/.test(words[i]!) && i > 0 && /^\d+$/.test(words[i - 1]!)) continue;
    const spelt = /^\d+$/.test(words[i]!) ? numberAt(words, i) : null;
    // "a single endpoint", "a single form": one, right before the part or one word before it ("a single
    // health endpoint"); "a single page app" is a kind of app, not one page.
    const single = words[i] === 'single' && words.slice(i + 1, i + 3).some((w) => limit(w) !== undefined) && !SINGLE_PAGE_APP.test(words.slice(i + 1, i + 3).join(' '));
    let count = spelt ? spelt.value : single ? 1 : (COUNT_WORDS[words[i]!] ?? other.countWords[words[i]!]);
    if (count === undefined) continue;
    // "a couple of endpoints", "maybe 10 simple endpoints", "~30 tables", "a couple of server-rendered forms".
    let from = i + (spelt?.length ?? 1);
    // "a few dozen endpoints", "two dozen tables": dozens of them.
    if (words[from] === 'dozen' && words[i] !== 'dozen') {
      count *= 12;
      from++;
    }
    // "eine Website mit hunderten Seiten": "one" that is also an article ("ein", "une", "uno") counts
    // only the part right after it ("eine Seite", "eine einzige Seite").
    const articleOne = spelt === null && count === 1 && COUNT_WORDS[words[i]!] === undefined;
    const after = words.slice(from, from + (articleOne ? 2 : 4));
    const at = after.findIndex((w) => limit(w) !== undefined);
    if (at < 0 || !after.slice(0, at).every((w) => w === 'of' || (w.length > 2 && !MULTIPLIER[w] && !/\d/.test(w)))) continue;
    return { size: count <= limit(after[at]!)! ? 'few' : 'many', start: i, end: from + at + 1 };
  }
  return null;
}
