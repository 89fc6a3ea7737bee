import type { EntityMatch } from './entity-index';
import type { Vocabulary } from './knowledge-model';
import { createPhraseSet } from './phrase-set';

/**
 * Whether a framework's name, where it stands, names a thing rather than the framework: what a
 * picture shows ("a photo of a tornado for our news site"), the name given to a pet, a band or a
 * shop ("our cat is called Django", "our band is called Falcon Static"), a brand of goods
 * ("Falcon-merkkisen kattilan"), the words on a label ("the flask is labeled 'django'"), a shape
 * ("a falcon-shaped kite") or size ("flask volumes in ml") or a name weighed for something ("is 'Pyramid' a good name for a perfume?").
 * `everydayWord`: the name is an ordinary word, so a picture can show it.
 */
export type NameAsThing = (m: EntityMatch, everydayWord: boolean) => boolean;

export interface NameAsThingReader {
  /** `softwareAfter`: the word after a name is software ("a flask app"), so the name is the framework. */
  read(words: string[], webSpans: Span[], matches: EntityMatch[], softwareAfter: (word: string) => boolean): NameAsThing;
  /**
   * Whether the name stands as a brand of goods: "brand" or a product right after it ("the Litestar
   * LED lantern", "Falcon-brand pans"). Read for every framework, also those whose name is no everyday word.
   */
  goods(words: string[], m: EntityMatch): boolean;
}

type Span = { start: number; end: number };

// "a photo of a tornado", "our hero image is a pyramid at sunset": the words allowed between a likeness and the name it shows.
const LIKENESS_GLUE = new Set(['of', 'a', 'an', 'the', 'is', 'was', 'shows', 'showing', 'with', 'featuring', 'depicting', 'some', 'two', 'three', 'my', 'our', 'little', 'big', 'old']);
const MAX_LIKENESS_GAP = 3;
// "falcon vector illustrations", "pyramid line icons": the style a likeness is drawn in, between the name and it.
const LIKENESS_STYLES = new Set(['vector', 'vectors', 'clip', 'stock', 'line', 'pixel', 'cartoon', 'svg', 'png', 'outline', 'silhouette', 'watercolor', 'watercolour']);
// "the tornado on our club poster", "the bottle in the shop logo": the name inside the likeness it is part of.
const IN_LIKENESS = new Set(['in', 'on']);
const HOLDERS = new Set(['company', 'team', 'club', 'brand', 'shop', 'school', 'band']);
// "our cat is called Django", "we named our horse Tornado": a name given.
// "our team is called the Tornadoes": an article may come between.
const NAMED_BEFORE = /(?:^| )(?:called|named|name is|names are|name s|heißt|heisst|se llama|s appelle|si chiama|heet|chama se|зовут)(?: the)?$/;
/** How far apart a thing and the name given to it may be, in words ("our clinic cat is called Django", "our band is called Falcon Static"). */
const MAX_NAMED_GAP = 6;
// "my hamster Flask": someone's pet right before the name.
const OWNERS = new Set(['my', 'our', 'his', 'her', 'their', 'your', 'mein', 'meine', 'unser', 'unsere', 'mi', 'nuestro', 'nuestra', 'mon', 'ma', 'notre']);
// "order api for our bakery, bottle or flask?": a name offered as one of two is a choice, not a name given.
export const CHOICE_JOINERS: ReadonlySet<string> = new Set(['or', 'vs', 'versus']);
// "a Falcon-brand enamel pot", "Falcon-merkkisen kattilan": a brand of goods is that maker's goods.
const BRAND_WORDS = new Set(['brand', 'branded', 'merkkinen', 'merkkisen', 'merkkistä', 'marke', 'marca', 'marque', 'märke', 'merk', 'mærke', 'márka', 'marki', 'značky', 'бренда', 'марки']);
// "the Litestar LED lantern", "Sanic sneakers": goods right after a name make it a maker's brand. Not what
// an app may be about ("a flask bike shop", "a fastapi drone api", "fastapi torch model").
const GOODS = new Set(['led', 'leds', 'lantern', 'lanterns', 'lamp', 'lamps', 'flashlight', 'flashlights', 'headlamp', 'headlamps', 'bulb', 'bulbs', 'charger', 'headphones', 'earbuds', 'perfume', 'tent', 'kettle', 'mug', 'sneakers', 'jacket', 'backpack', 'stroller', 'projector', 'projectors', 'nightlight', 'nightlights', 'topper', 'toppers', 'ornament', 'ornaments']);
// "a litestar night light": "light" names goods only after what the light is for; "is litestar light enough?" weighs the framework.
const LIGHTS = new Set(['light', 'lights']);
// "the flask in the break room fridge is labeled 'django'": the words on a label.
const LABELLED = new Set(['labeled', 'labelled', 'engraved', 'monogrammed', 'stamped']);
// "a falcon-shaped kite", "a bottle-shaped vase": a thing in the shape of the name's other sense.
const SHAPED = new Set(['shaped', 'förmig', 'förmige', 'förmiger', 'förmigen']);
// "flask volumes in ml", "the bottle's height": a thing's size measured is that thing's.
// (Not "capacity": "tornado capacity" can be how many connections a server holds.)
const MEASURED = new Set(['volume', 'volumes', 'diameter', 'diameters', 'weight', 'weights', 'height', 'heights']);
// "a pyramid diagram of our three plans", "a tornado chart of the risks": a chart drawn in the thing's shape.
// (A diagram of an app names the app after it: "a diagram of our flask app" is no shape; nor is "a flask chart library".)
const CHART_SHAPES = new Set(['diagram', 'diagrams', 'chart', 'charts', 'infographic', 'infographics']);
// "is 'Pyramid' a good name for a perfume?", "would Tornado work as a name for our café?": a name weighed for something.
// "is 'Bottle and Flask' a catchy name or not?": the name weighed on its own, for nothing said.
const NAME_FOR_AFTER = /^(?:(?:be|is|as|work as|sound like) )?(?:(?:a |an |the )?(?:\w+ )?name for\b|(?:a|an|the) (?:\w+ )?name(?: or\b|$))/;
// ...and the first of two names joined into one ("Flask & Bottle", "Flask and Bottle").
const NAME_JOINERS = new Set(['and', 'n']);

const covered = (spans: Span[], i: number) => spans.some((s) => s.start <= i && i < s.end);

// "the Litestar camping lantern": one word of what the goods are for may stand between.
const goodsAt = (words: string[], m: EntityMatch) =>
  BRAND_WORDS.has(words[m.end] ?? '') || BRAND_WORDS.has(words[m.start - 1] ?? '') || GOODS.has(words[m.end] ?? '') || ((GOODS.has(words[m.end + 1] ?? '') || LIGHTS.has(words[m.end + 1] ?? '')) && GOODS_USES.has(words[m.end] ?? ''));
const GOODS_USES = new Set(['camping', 'outdoor', 'hiking', 'travel', 'kitchen', 'garden', 'bedside', 'desk', 'solar', 'rechargeable', 'wireless', 'portable', 'pocket', 'kids', 'baby', 'running', 'night', 'star', 'tree', 'christmas', 'string', 'fairy']);

export function createNameAsThingReader(vocabulary: Pick<Vocabulary, 'depictions' | 'nameBearers'>): NameAsThingReader {
  const likenesses = createPhraseSet(vocabulary.depictions);
  const nameBearers = createPhraseSet(vocabulary.nameBearers);
  return {
    read(words, webSpans, matches, softwareAfter) {
      // Looked up on the first name asked about: most questions name no framework that has another sense.
      let spans: { likeness: Span[]; bearer: Span[] } | undefined;
      const found = () => (spans ??= { likeness: likenesses.find(words), bearer: nameBearers.find(words) });
      const offered = (m: EntityMatch) => CHOICE_JOINERS.has(words[m.end] ?? '') || CHOICE_JOINERS.has(words[m.start - 1] ?? '');
      // "called" or "named" before the name, near the thing; or someone's pet right before it ("cat flask.log" is a shell command).
      const givenName = (m: EntityMatch) =>
        found().bearer.some(
          (s) =>
            (s.end === m.start && !offered(m) && words.slice(Math.max(0, s.start - 3), s.start).some((w) => OWNERS.has(w))) ||
            (NAMED_BEFORE.test(words.slice(Math.max(0, m.start - 3), m.start).join(' ')) && Math.abs(s.start - m.start) <= MAX_NAMED_GAP),
        );
      // A likeness a few glue words before the name, and no software word after it.
      const shownBy = (m: EntityMatch) =>
        found().likeness.some((s) => s.end <= m.start && m.start - s.end <= MAX_LIKENESS_GAP && words.slice(s.end, m.start).every((w) => LIKENESS_GLUE.has(w))) &&
        !softwareAfter(words[m.end] ?? '') &&
        !covered(webSpans, m.end) &&
        !covered(matches, m.end);
      // ...or right after it, or after the style it is drawn in: "a falcon logo", "falcon vector illustrations";
      // or the likeness it is in: "the tornado on our club poster".
      const inLikeness = (m: EntityMatch, s: Span) => IN_LIKENESS.has(words[m.end] ?? '') && s.start - m.end <= MAX_LIKENESS_GAP && words.slice(m.end + 1, s.start).every((w) => LIKENESS_GLUE.has(w) || HOLDERS.has(w));
      const shownAfter = (m: EntityMatch) =>
        found().likeness.some((s) => (s.start === m.end || (s.start === m.end + 1 && LIKENESS_STYLES.has(words[m.end] ?? '')) || inLikeness(m, s)) && !covered(webSpans, s.start));
      const brand = (m: EntityMatch) => goodsAt(words, m);
      // Only with nothing of the web around: a repository's issues can be labelled too.
      const labelText = (m: EntityMatch) => webSpans.length === 0 && LABELLED.has(words[m.start - 1] ?? '');
      const shaped = (m: EntityMatch) => SHAPED.has(words[m.end] ?? '') || MEASURED.has(words[m.end] ?? '') || (CHART_SHAPES.has(words[m.end] ?? '') && !softwareAfter(words[m.end + 1] ?? ''));
      const weighedAsName = (m: EntityMatch) => NAME_FOR_AFTER.test(words.slice(m.end, m.end + 6).join(' '));
      const nameWeighed = (m: EntityMatch) => weighedAsName(m) || matches.some((n) => (n.start === m.end || (n.start === m.end + 1 && NAME_JOINERS.has(words[m.end] ?? ''))) && weighedAsName(n));
      return (m, everydayWord) => brand(m) || labelText(m) || givenName(m) || nameWeighed(m) || (everydayWord && (shownBy(m) || shownAfter(m) || shaped(m)));
    },
    goods: goodsAt,
  };
}
