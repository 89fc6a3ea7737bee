import { normalizeQuestion } from '../../src/core/normalize';
import { partsNamed, scaleNamed } from '../../src/core/scale';

const scaleOf = (q: string) => scaleNamed(normalizeQuestion(q).words)?.scale ?? null;

describe('the load a question names', () => {
  it.each([
    ['1000 concurrent users, nothing crazy', 'modest'],
    ['about 40 users on the intranet', 'modest'],
    ['~2M users eventually', 'large'],
    // Hindi writes "users" with or without the nukta dot.
    ['हर महीने 20 लाख यूज़र्स', 'large'],
    // People counted per day come and go over it: a crowd only at a million a day.
    ['100k daily visitors', 'modest'],
    ['300k users a day', 'modest'],
    ['2M daily visitors', 'large'],
    // Daily and monthly active users are users.
    ['an app with 2M MAU', 'large'],
    ['a 20k DAU api', 'modest'],
    ['200,000,000 requests a day', 'large'],
    ['300,000 requests a day', 'modest'],
    ['20k requests per second', 'large'],
    ['about 1.5 million users', 'large'],
    ['12000 concurrent websocket connections', 'large'],
    ['~20k concurrent ws conns', 'large'],
    ['a few hundred thousand users over two years', 'large'],
    ['several hundred readers', 'modest'],
    ['thousands of websocket connections', 'modest'],
    ['millions of users', 'large'],
    // Korean and Japanese say the day or month before the count: 300k visitors a day, 2M users a month.
    ['하루 방문자 30만 명', 'modest'],
    ['月間200万人のユーザー', 'modest'],
    ['방문자 30만 명', 'large'],
    // One plural count of another, with "of" or none between.
    ['we dream of hundreds of thousands of visitors one day', 'large'],
    ['a gateway holding tens of thousands of idle connections', 'large'],
    ['cientos de miles de usuarios', 'large'],
    ['сотни тысяч пользователей', 'large'],
    ['hope it grows to a million users', 'large'],
    ['a thousand visitors a day', 'modest'],
    // Requests, and per day, in other languages.
    ['uns 2 milhões de requisições por dia', 'modest'],
    ['500 millones de solicitudes por día', 'large'],
    ['3 millions de requêtes par jour', 'modest'],
    // Visits in other languages, and "one" written as a word before the multiplier.
    ['uns 500 milhões de acessos por dia', 'large'],
    ['un millón de visitas por hora', 'large'],
    ['eine million zugriffe am tag', 'modest'],
    ['20 mil requisições por segundo', 'large'],
    // Visitors in other languages, with a dot between the thousands.
    ['3.000.000 bezoekers', 'large'],
    ['2 miljoner besökare', 'large'],
    // Lakhs in Bengali ("a few", "lakhs and lakhs"), and Persian millions with their plural ending split off.
    ['কয়েক লাখ ব্যবহারকারী', 'large'],
    ['লক্ষ লক্ষ ভিজিটর', 'large'],
    ['৫০ হাজার ব্যবহারকারী', 'modest'],
    ['میلیون‌ها کاربر', 'large'],
    // East Asian units of ten thousand, with the counter for people; a team counted the same way is no load.
    ['사용자 50만 명', 'large'],
    ['大约3万人使用', 'modest'],
    ['チームは8人です', null],
    // People the app is used by or for, and those who use it by what they are.
    ['a booking page used by 30 people', 'modest'],
    ['para 200 mil personas', 'large'],
    ['about 150 students and 6 teachers', 'modest'],
    // Any crowd an app is for, counted in the hundreds of thousands.
    ['a forum for about 300k birdwatchers', 'large'],
    ['a portal for 500k pensioners', 'large'],
    // ...but not what is counted that is not people, nor a small crowd.
    ['an archive for 400k photos', null],
    ['a club site for 300 knitters', null],
    // Numbers that are not a load: the team.
    ['we are 3 people who know a little python', null],
    ["we're 40 employees and need an intranet", null],
    ['a team of 5 volunteers', null],
    ['python 3 users', null],
    ['we have 3 devs and 2 weeks', null],
    ['django 5 upgrade', null],
    ['a b testing for our users', null],
  ])('%j is %s', (q, scale) => {
    expect(scaleOf(q)).toBe(scale);
  });
});

describe('an app counted in parts', () => {
  it.each([
    ['a json api with 3 endpoints', true],
    ['maybe 10 endpoints', true],
    ['a couple of pages', true],
    ['a couple of server-rendered forms', true],
    ['one form that writes to a database', true],
    ['two or three plain html forms', true],
    ['a 200-line webhook relay', true],
    ['20000 lines of legacy code', false],
    ['crud on ~15 postgres tables', false],
    ['about 20 models and an admin', false],
    ['40 endpoints across 6 services', false],
    ['5 million page views', false],
    // A thousands separator is one number, not a count of 0 pages.
    ['about 3,000 listing pages', false],
    // A range is counted by its upper end.
    ['a tiny api with 2-3 endpoints', true],
    ['somewhere between 30-40 models', false],
    // Dozens of them.
    ['a few dozen endpoints', false],
    ['two dozen tables', false],
    ['a dozen endpoints', true],
    // One, with a word saying what it is for between.
    ['a single metrics endpoint in a container', true],
    ['a single page app with a login', false],
    // One table is counted as tables are; "a single model" may be a trained one, so models count only in the plural.
    ['just one table and a login page', true],
    ['serving a single model over http', false],
  ])('%j is small: %s', (q, small) => {
    expect(partsNamed(normalizeQuestion(q).words)?.size === 'few').toBe(small);
  });
});

describe('app parts counted in other languages (knowledge/nlu/vocabulary.yaml)', () => {
  const other = { appParts: { seite: 10, seiten: 10, tabellen: 5 }, countWords: { drei: 3, zwanzig: 20, eine: 1 } };
  it.each([
    ['eine Website mit drei Seiten', 'few'],
    ['20 Tabellen in Postgres', 'many'],
    ['zwanzig Tabellen', 'many'],
    // Only the words given: an unknown part is no count.
    ['drei Formulare', null],
    // "One" that is also an article counts only the part right after it.
    ['eine Website mit vielen Seiten', null],
    ['eine einzige Seite', 'few'],
  ])('%j is %s', (q, size) => {
    expect(partsNamed(normalizeQuestion(q).words, other)?.size ?? null).toBe(size);
  });
});

describe('traffic counted per day or month', () => {
  it.each([
    ['5 million requests a day', 'modest'],
    ['500 million requests a day', 'large'],
    ['20 million requests a month', 'modest'],
    ['5 million requests', 'large'],
  ])('%j is a %s load', (text, scale) => {
    expect(scaleNamed(text.split(' '))?.scale).toBe(scale);
  });
});
