import { createMatcher } from '../../src/core/matcher';
import { messages } from '../../src/core/messages';
import { loadKnowledge } from '../../src/knowledge/load-knowledge';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy';

const knowledge = loadKnowledge(KNOWLEDGE_DIR);
const matcher = createMatcher(knowledge);
const ask = (q: string) => matcher.answer(q);

// Our own phrasings of each kind of question (never copied from an evaluation set).
describe('a framework name used in another sense is declined', () => {
  it.each([
    'where do I get a leather hip flask engraved as a gift',
    'how long can wine stay in an opened bottle',
    'were the pyramids of giza built by slaves',
    'how fast does a peregrine falcon dive',
    'is there a tornado warning in kansas tonight',
    'a quart of soup feeds how many people',
    'who composed the score of django unchained',
    'how do I keep a ball python enclosure humid',
    // Film words in Russian; a shop that sells bottles, on a site builder.
    'Кто играл главную роль в фильме «Джанго освобождённый»? Хочу пересмотреть этот вестерн.',
    'need a site for our bottle shop and wine club. wix or squarespace? none of us are techies',
    // Plain Python scripts: computer vision, and turning text into a number in another language.
    'my cv2 script counts the bottles in a crate photo but two touching bottles count as one',
    'Como converter uma string para int em Python sem dar erro?',
    'how do I deduplicate a list of dicts in python without losing their order?',
    // The software sense ruled out in so many words; a Hangul flask beside coffee and a thermos.
    'for our python meetup raffle, where can I buy a quart jar of local honey (the kitchen kind, not the framework)?',
    '등산 갈 때 플라스크에 위스키 넣어 가도 되나요?',
    // Merchandise with the Python logo on it; the guitarist in Hangul.
    'we want bottles with the python logo printed on them as gifts for the sprint, who prints those?',
    '장고 라인하르트 재즈 기타 연주는 어디서 들을 수 있나요?',
    // A chat channel with a flask emoji is neither Flask nor Django Channels.
    'our slack needs a new flask emoji for the biology channel, where do I find one?',
    "the team's discord needs flask stickers for the lab channel, any good packs?",
    // An article and an adjective before the name in another language make it a thing: a real tornado.
    'Hat man in Österreich schon einmal einen echten Tornado gesehen?',
    // Danish "flasken" is the bottle: no case ending of a name.
    'Hvor lang tid holder vin sig i flasken?',
    // ...and "egy" (a) before it in Hungarian still is one.
    'Hány liter fér egy flaskába?',
    // A meme posted in a team's chat channel is neither Sanic nor Django Channels.
    'my manager keeps dropping the sanic meme in our ops channel, what is the joke?',
    'how do i reverse a list in python',
    // The jet that shares Tornado's name, asked about for a site's blog post.
    'how fast could the panavia tornado fly? it is for a post on my website',
    // A trained model worked on, not served to anyone.
    'my keras model overfits after a few epochs, any tips?',
    'rails vs laravel for a startup',
    // The name read as its everyday thing in the only clause that has it; the app is what the asker builds.
    'How many tablespoons go into a quart? Asking for the meal-planner app I code at night',
    'we are writing a web app for our brewery - which size flask holds a yeast starter for 20 litres?',
    // A baby's bottle, a storm's records, a party after a release, a trip to Egypt: around web words too.
    'which bottle warmer do midwives recommend, the ones with an app or the plain kind?',
    'need historical tornado records for 2024 as a csv, is there an api?',
    'who is grabbing bottles for the launch party once v2 ships?',
    'our backend team is flying to cairo, can we book a private visit to the pyramids?',
    // A chart shaped like the thing, drawn for a web page.
    'need a pyramid diagram for the about page of our site showing the org levels, what app should I draw it in?',
    // Endpoints a Python script counts in the server logs it reads are data, not something it serves.
    'python script to read our server logs and count 500 errors per endpoint: regex or plain split?',
    // No everyday word we list, but nothing a framework question says either.
    'can a flask keep coffee warm all day',
    'what does a falcon eat in winter',
    'how loud does a tornado sound from inside a house',
    // A machine given the name, the size of a bottle of drink, the film's Spanish title, a theme for names.
    "we called our nas 'pyramid' ages ago, how do i rename a linux box?",
    'for our shop website: kombucha in 330 ml or 750 ml bottles, which sells better?',
    '¿En qué plataforma está Django sin cadenas?',
    'falcon-themed names for our robotics club, go',
    // A chart of a population by age, an actress: the name written as that English word.
    'my nephew has to draw a population pyramid for a census project in python, which plotting library?',
    'that starlet who married a prince, what year was it?',
    "Which starlet played the lead in the 1962 musical? Our book club can't agree.",
    // ...also beside a website, with a word of that sense and none of Starlette's own.
    "our museum website has a hollywood section. which starlet was most famous in 1948?",
    // An icon of the bird for a web page; glassware ordered from a website.
    'any free falcon icon in SVG for our website header?',
    // ...or the bird inside a logo shown on a site.
    'the falcon in the company logo is pixelated on the web site, fix?',
    'which online shop sells lab glassware? our flask supplier stopped shipping',
    // Lab glassware with a script around it; storm data behind an API; the crypto mixer of that name.
    'need a python script that reads the thermocouple on my reaction flask every minute',
    'is there an api with historical tornado tracks for oklahoma?',
    'is using tornado cash a crime in the us now?',
    // The storm as what happened to the servers.
    'after a power outage from the tornado, how should the on-call runbook handle failover?',
    // Ours named only as the likeness wanted in another ecosystem's framework.
    "is there something like fastapi's Depends for spring boot?",
    "anything like django's admin for rails?",
    'does symfony have anything built in like flask blueprints?',
    // Choosing a thing that is not a framework.
    'which office chair is best for people who write python all day',
    'a good monitor for fastapi work, 27 inch or bigger?',
    // Nothing of ours named, one generic need word, and mostly words no framework question uses.
    'anyone got a quick recipe for banana bread? my sister is visiting tonight',
    // A framework's people, events or namesakes are not the framework.
    'our flask lead retires in may, what farewell present would a developer like?',
    'my puppy is called Flask and she chews every cable, how do i stop it?',
    // A shape, and a name weighed for a product.
    "we're deploying a bottle-shaped buoy in the harbour next week, what anchor weight holds it in a storm?",
    "would 'Tornado' work as a name for our new hot sauce? it's very spicy",
    // "or" after a thing's name joins no framework; boat classes, the Louvre's pyramid and a falconer's lure are those things.
    'can I keep olive oil in a glass flask or will the light spoil it?',
    'how many crew does a Tornado catamaran need for a club race?',
    'is the queue for the Louvre pyramid long on a sunday morning?',
    'my falcon keeps ignoring the lure after moulting, any advice?',
    // The sentences that ask choose a thing no question of ours names, or are said to be unrelated; the framework is background.
    'chess club treasurer here (our site runs on flask, fine). which chessboard for a beginner under 50 euros?',
    'our choir site is django and it works. completely unrelated question: how do I get my tenor voice back after a cold?',
    // Workers who were slaves are no worker processes; an emoji of a flask is a picture.
    'were the workers who hauled the pyramid stones slaves?',
    'how do I upload a flask emoji to our Discord server?',
    // The clause that asks is about the name's everyday sense; the app before it is background.
    "I'm writing a python app to log bird counts for our club — how fast can a falcon fly?",
    // pytest's own fixtures, asked with no framework.
    'is a session scoped database fixture a bad idea? my test suite is slow',
    // Nothing web built, said outright, beside the name's other sense.
    'which python package reads weather balloon soundings to spot where a tornado could form? pure analysis, no web stuff at all',
    // A team's name, with the article before it.
    "my kid's hockey team is called the Falcons, can you write a python script that rotates who plays goalie each week?",
    'which starlets were on the red carpet at cannes this year',
    // The name inside a phrase of its other sense, with generic tech words around it.
    'hip flask fell on my laptop keyboard, is the server fine?',
    'who is going to pyconus and flaskcon, want to share an airbnb?',
    'the testing pyramid says mostly unit tests; is that still good advice for a web backend?',
    'grab a bottle of bubbly for the release party?',
    'a tornado of alerts hit our on-call channel last night, how do we tame it',
    // A name joined by "or" to a thing of its other sense.
    'camping trip for the dev team: which flask or thermos keeps tea warm overnight?',
    // Other senses: a pyramid of priorities, a Falcon language model, the film in Spanish.
    'our marketing team keeps a pyramid of priorities, how do we split it per region?',
    'how much VRAM does the falcon 7b llm need?',
    '¿Quién dirigió la película Django?',
    // Something to write, or lab glassware, with nothing of ours in it.
    'could you write me a cover letter for a python backend job?',
    // ...prose, even when the job it is for is web and junior: a letter is written, not a framework picked.
    'pls write me a motivation letter for a junior frontend role',
    // ...and so is going over prose they wrote.
    'could you proofread my resume for a senior backend web role?',
    "can you go over my motivation letter? the job is junior web developer",
    // ...and frameworks named only as what the writer knows are the letter's content.
    'please write my motivation letter for a web internship; I have done some flask and quart',
    'can you draft an email to the team about the rest api outage this morning',
    'our erlenmeyer flask cracked in the autoclave again, is borosilicate glassware rated for that?',
    // Plain Python with web-ish words: calling a site from a script, packaging, the json module.
    'my cron job calls a third party api with the requests library and times out, retry ideas?',
    // Plain Python said outright not to involve a web framework.
    'threadpool vs processpool for crunching csv files? no web framework involved, it\'s a nightly cron script',
    // Many requests fired at once from a plain script are the web as a client too.
    'semaphore or a bounded queue to cap 50 concurrent http requests from a plain script?',
    // Two client libraries weighed, or a REST API called rather than served: the web as a client.
    'httpx or requests for a nightly job that calls a rest api and stores the json?',
    'my backup script keeps timing out while it calls a REST API from the office pi, should i add retries?',
    // A data library reading a table off the web is a client too.
    'read_html on a page behind oauth, how?',
    'pandas read_csv of a file behind http basic auth on our intranet',
    'python package with a console script entry point, pyproject.toml or setup.cfg?',
    'object of type Decimal is not json serializable, json.dumps fix?',
    // A package's name inside a plain-Python phrase is that phrase.
    "my pytest fixtures with scope='session' keep their db between tests, how do i reset them?",
    // Two fixture scopes weighed: a session here is pytest's, not a login.
    'pytest: function vs session scope for an expensive db setup fixture?',
    // What a name is made of makes it a thing, however many web words are around.
    'our shop website needs product photos of a copper flask and a leather case, who does good product photography?',
    'our startup site needs a hero picture of a crystal pyramid, where do I find one?',
    // A thing ("a flask", "a 2 litre bottle") among more everyday words than technical ones.
    'our startup bought a flask for the lab bench, erlenmeyer or volumetric?',
    'converting my chili recipe: a quart of stock is how many cups? the online calculator disagrees',
    // Other senses: a card game, a game's attack, even with computer words around.
    // The bird, or a hip flask, named in another language.
    'Wie schnell fliegt ein Falcon Greifvogel im Sturzflug?',
    'Seberapa besar burung falcon dewasa?',
    'Mein Flask Flachmann leckt, wie dichte ich ihn ab?',
    // A tornado warning in another language.
    'Tornado-Warnung für heute Abend: sollen wir das Büro früher schließen?',
    '¿Cuántos mililitros hay en un quart?',
    'Aviso de tornado esta noche, ¿nos quedamos en el sótano?',
    // A chat bot on its platform's client library is plain Python, however async.
    "my telegram bot crashes with 'Event loop is closed' on shutdown, asyncio help?",
    // A web word naming people ("our api team") is who, not what is built.
    'our api team is visiting a falconry centre on friday, is it safe to hold a falcon?',
    // A server room is a room: no evidence of software.
    'a falcon keeps landing on the vent outside our server room, who do we call?',
    'Pyramid solitaire crashes on Windows 11 since the update, any fix?',
    'scripting a boss in godot: its tornado attack spins the player. gdscript is basically python, how do i shrink the radius?',
    // A count before an everyday-word name makes it a thing.
    'brewing day: is a 500 ml flask big enough for a 1 quart cold brew batch?',
    'wie viel ist 1 quart in milliliter',
    // ...and so does an article ("num" is Portuguese "in a"), beside a word of its other sense,
    // whatever stray inflected word ("convertendo") reads as technical.
    'quantos ml cabem num flask de aço? tô convertendo as medidas do café',
    'Quantos copos enchem um quart? Convertendo as medidas da torta',
    // The name inside a phrase of its other sense ("Falcon 9"), with only generic web words around it.
    'want to show upcoming falcon 9 launches in our python app, which api has that data?',
    'falcon heavy launch data: any api I can query from python?',
    // What the thing is made of, between the article and the name: "a cardboard pyramid" is a thing.
    'we built a cardboard pyramid for the office party, what paint should we use?',
    // A name joined by "to" to a thing of its other sense: units converted.
    'python helper that converts gallons to quarts and rounds to 2 decimals?',
    // A framework's own word inside an everyday phrase ("server" of a server rack) is no evidence of it.
    'how many quarts of coolant does the server rack loop need before we install it?',
    // A package's name that is a vegetable (Celery) or the German word for a tool (Werkzeug), among everyday words.
    'are celery stalks a good low-calorie snack between classes?',
    'Ist ein Werkzeug von Bosch gut genug, um Dübel in eine Wand zu setzen?',
    // A brand name, tea in a flask in Hindi, a vegetable in a stir fry, learning Python itself.
    'is Starlette a nice brand name for a perfume line?',
    // An everyday-word name in a plural no possessive reads as, whatever website it is for; a bird in Chinese.
    'my class website is about tornadoes: how wide can they get?',
    '两只猎鹰谁飞得更快，falcon 还是 游隼？',
    // Two names joined into one name weighed for nothing said, whatever website is being built.
    "our bakery's website goes live soon. is 'Bottle and Flask' a catchy name or not?",
    'मेरे flask में चाय कितनी देर गरम रहती है?',
    'chopped celery for a vegan stir fry, how long does it keep in the fridge?',
    'which is the best python course for someone who never coded?',
    // Bottle feeding, and a framework of another kind asked for beside a name's other sense.
    'Bottle feeding a newborn calf: how often at night?',
    // The name's spelling reached only by a plural ("cherry pies" stems to the name) is the pie.
    'our diner sells cherry pies, what web shop would you recommend for taking orders online?',
    'a tornado of async leads hit our sales team, which CRM framework scales?',
    // A package named by an everyday word ("tortoise", "celery") with nothing else of software around.
    "my tortoise won't come out of its shell, is it sick?",
    'how long do tortoises live?',
    'a glass of celery juice every morning, healthy or hype?',
    // A need read only by correcting an English word into another language's ("velocity" as Catalan "velocitat").
    'what sprint velocity should a new team of developers aim for?',
    'is a velocity of 30 points per sprint good for our team?',
    // A site that is a place, not a website.
    'pyramid site in egypt, best time to visit?',
    // A script calling someone else's API: rate limiting is something clients meet too.
    'the Twitter API keeps throttling my python script with rate limiting errors, how do I slow it down?',
    // Birds compared, the film's director and subtitles, a thermos, a storm coming ("ein Tornado": an article in another language makes it a thing).
    'bet in our discord: in a dive, is a falcon or a golden eagle faster?',
    'where can I stream the 1966 Django by Corbucci with subtitles?',
    'Qual a melhor marca de flask térmico pra levar café?',
    'Wie erkennt man, dass ein Tornado kommt?',
    // The storm in Hindi, written in Latin letters.
    'agar tornado aaye to kaunsi safe jagah behtar hai',
    // ...and so do definite articles ("el tornado", "il tornado", "la starlette"); Italian "di" is "of", not a package.
    '¿A qué velocidad giraba el tornado que pasó por Oklahoma?',
    'Il tornado di stanotte ha scoperchiato il tetto della scuola, è assicurato?',
    "La starlette du festival portait une robe de quel créateur ?",
    // A model pyramid, a quart of iced tea, a Starlette necklace, lab flasks beside a web portal; a
    // colleague's job title is who, not what is built; no web code said outright.
    'my niece made a pyramid out of lego bricks, how many for 6 layers?',
    'how much sugar goes into a quart of iced tea for our python user group?',
    'the starlette necklace i bought online broke, can i return it?',
    'we need volumetric flask sets for the lab; the ordering portal is a web app. which glass grade?',
    'our tests run a pure data pipeline with no web code at all: is pytest-xdist safe with session fixtures?',
    'my frontend colleague swears celery juice cures headaches, any truth to it?',
    // Plain Python in other languages: a dict saved to a JSON file.
    '如何在Python中把字典保存为json文件？',
    'Как сохранить словарь в json в Python?',
    // Bottle service at a club is a table with drinks.
    'bottle service at a nightclub in miami, how much should we tip?',
    // The sentence that asks chooses an everyday thing; the work is background ("coding sessions" are time spent).
    'my back hurts after building this REST api all week. which office chair should I buy?',
    'shipped our flask api today! which standing desk do you recommend for long coding sessions?',
    // Small talk addressed to the bot, whatever work is mentioned around it.
    'the migration is late and my boss is angry. are you a real person?',
    'do you ever get tired?',
    // Volumes and outdoor gear are the container; a team or group name is the other Starlette.
    'which water bottle fits the bottle cage on my road bike, 500ml or bigger?',
    'is a 500ml flask ok for a day of hiking?',
    'our cheer squad is called the Starlettes, what should we name the juniors?',
    // Said outright not to be a server, however many web words.
    "my script fetches 40 urls with asyncio.gather and hangs on exit. it's not a server, just a cron job",
    'asyncio.wait or gather for my downloader of 50 urls, which one cancels the rest on error? not a web server, just a cli tool',
    'fire or docopt for the release script our sysadmins run? nothing web about it, just terminal commands',
    // Produce in storage is the vegetable; a tornado that hit or took out something is the storm.
    'our warehouse has too much celery in cold storage, how long is its shelf life?',
    'a tornado hit our office last year, how do we plan backups for our web servers?',
    'the tornado took out the power lines, should our on-call engineer drive to the data centre?',
    // ...and so is one that came, swept or tore through.
    'the tornado swept through our town on monday and flattened the office with our web servers in it. how do I file the insurance claim?',
    'when the tornado came by, our web server rack flooded; who pays for the replacement hardware?',
    // The thing a picture shows, whatever web words are around it.
    'the about page shows an illustration of a falcon; what size should the png be for the website?',
    'a photo of a tornado for our news site header, jpeg or webp?',
    'our app store icon is a little bottle, what png sizes does the website need?',
    'my tattoo of a quart jar is healing badly, should I post a pic on our web forum?',
    // Running software someone else built: game servers and self-hosted apps.
    'jellyfin behind nginx on a vps: which port do I open?',
    'how much ram does a palworld dedicated server need on a vps?',
    "moving our wordpress blog to a new vps, what's the safest way to deploy it?",
    'which hosting is cheapest for a terraria server that runs 24/7?',
    // A framework of another kind: a research method, a way of working.
    'best framework for my dissertation: phenomenology or case study?',
    'scrum or kanban framework for a team of 6?',
    // A framework's name given to an animal.
    'we named our new horse Tornado, what saddle size should we get?',
    "my sister's parrot is called Django and screams at 6am, any tips?",
    'unser Hund heißt Django und frisst nicht mehr, was tun?',
    // A thermos in Finnish, a speedrun of the Sanic meme, a potter's kiln beside the studio's website.
    'Onko termospullo (flask) hyvä retkelle?',
    'new sanic speedrun world record just dropped, how did they do the skip?',
    "our pottery studio's website: which kiln temperature for cone 6 stoneware glazes?",
    // A brand of goods, a car model, troops in a game, a script said to need no web framework.
    'Ostin Tornado-merkkisen tuulettimen, onko se hyvä?',
    'my old toyota starlette needs new spark plugs, which ones?',
    'best way to deploy troops in a tower defense game?',
    'no website or web framework involved: how do I email a pdf from a python script every friday?',
    // The words on a label, in the office kitchen.
    "someone left a bottle in the break room labelled 'tornado', can I throw it out?",
    // ...or to a shop or a choir.
    'our bakery is called Flask and Crumb, which font works for the menu on our website?',
    'the choir is named Starlette Voices, what colours should our new web page use?',
    // German tools for a wall, pricing shaped like a pyramid, the usual bottle sizes.
    'Ich brauche Werkzeug, um ein Bild mit dem Hammer aufzuhängen, welches?',
    'our saas uses pyramid pricing for its plans; what discount per tier is normal for a web product?',
    'do 750ml bottles fit in the door of a small fridge?',
    // Falcon kinds and falconry gear.
    'is a lanner falcon small enough for a beginner?',
    // Rest as a pause from work; help asked with something to write; a size before what a thing is made of; lab flasks in German.
    'how long should rest breaks be for our delivery drivers?',
    'could you help me write a cover letter for a data analyst role?',
    // A site looked for to use, not one to build.
    'anyone know a decent site for pottery classes in Leeds?',
    'can you recommend a website with good sourdough starter guides?',
    'we are building a little wooden pyramid for the school fair, how much plywood?',
    'Mein Messkolben ist gesprungen, kann ich ihn reparieren? Die Laborantin nennt ihn Flask.',
    // "app" is one word of software, though it is both a web word and one of Falcon's own.
    'an app that tells a falcon from an eagle by the wingspan?',
    // A brand of goods, named by a framework whose name is no everyday word.
    'my FastAPI headphones keep disconnecting from bluetooth, any fix?',
    'which aiohttp charger do I need for the old model?',
    // ...with a word of what the goods are for between.
    'does the starlette rechargeable lamp last a whole night on one charge?',
    // Chat in the channel that asks for no pick and names nothing of ours.
    'anyone want to split a cake order for the team?',
    // The film's title in other languages; a storm's daily risk read from a weather service; gift flasks engraved for a wedding party.
    '¿Django desencadenado está en alguna plataforma de streaming?',
    'is there a slack app that shows the tornado outlook for our county each morning?',
    'which online shop does personalised flasks as a gift for the groomsmen?',
    // A meme's emoji on a chat server; a branded drinks flask and whether it survives the dishwasher.
    'can I add the sanic sticker pack to our team chat?',
    'Kann meine Yeti Flask in die Spülmaschine?',
    // ...and lights named by what they are for, goods a light stands for only after that word.
    'the aiohttp string lights on our balcony stopped working after the rain, can they be fixed?',
    'is the litestar star projector too bright for a toddler room?',
    // A storm warned of, in German, in an app; tornadoes tracked by an API for a weather page.
    'Weiß jemand, ob die Wetter-App auch bei Tornados warnt?',
    'any tornado tracking feed with an API for our local weather site?',
    // Batteries that make a lamp flicker, after a framework's name read as that lamp's maker.
    'the starlette desk lamp keeps flickering, should I replace the batteries?',
    // Units converted in a recipe app are the measure, whatever app holds them.
    'our meal planner app lists recipes in US quarts, what is the conversion factor to millilitres?',
    // A car's dashboard and its warning lights.
    'the tyre pressure warning light on my car dashboard stays on, is it safe to drive?',
    // A size measured is the thing's, whatever app records it.
    'our stockroom app records bottle heights in cm, how tall is a standard wine one?',
  ])('%j', (q) => {
    const a = ask(q);
    expect(a).toMatchObject({ intent: 'out_of_scope', frameworks: [], recommendation: null, fit: null });
    // The decline says what whichpy does answer, in one line.
    expect(a.parts.verdict).toMatch(/Python web framework/);
  });

  it.each([
    ['is flask good for a small json api', 'flask'],
    ['falcon vs fastapi for a rest api', 'falcon'],
    ['bottle or flask for a tiny web app', 'bottle'],
    ['tornado websocket server example', 'tornado'],
    // Words we have seen in framework questions, a misspelt name, a name in another script's sentence.
    ['is tornado any good?', 'tornado'],
    ['tell me abt flsk', 'flask'],
    ['правда ли, что Flask хорош для новичков?', 'flask'],
    ['pyramid 2.1 upgrade notes', 'pyramid'],
    // Words people judge software with are framework talk, not everyday evidence.
    ['is bottle overrated?', 'bottle'],
    ['is quart a viable option', 'quart'],
    // The name's own words are not everyday evidence against it.
    ['cherry py', 'cherrypy'],
    ['is flask good for a laptop inventory app', 'flask'],
    // The bare name asked about, whatever words follow.
    ['what is quart, in a nutshell?', 'quart'],
    // Calling the web from code, but serving what it gets.
    ['scrape competitor prices every hour and serve them from an endpoint: which framework, bottle or flask?', 'bottle'],
    ['tiny single-file webapps next to my script: is bottle the right tool?', 'bottle'],
    // An everyday thing the app is for, in a brief full of web words.
    ['phone app for our gym, class schedule and bookings, the backend is just json with about 20 endpoints. is falcon a good choice for it?', 'falcon'],
    // Words we do not know around an everyday name say nothing in another language.
    ['Ist Bottle eine gute Wahl für ein kleines Tool?', 'bottle'],
    ['Falcon bizim ekip için iyi bir seçim mi?', 'falcon'],
    // "a" before the name and a word of software after it.
    ['is a flask app fine for a recipe site with a few pages?', 'flask'],
    ['we run a bottle service for the lab inventory, should we move it to fastapi?', 'bottle'],
    // Everyday words around a name that is no everyday word, in sentences before the one asking.
    ['Chemistry teacher here, our lab fridge logs temperatures to a CSV file. I want one page with a chart. Is Django overkill for this?', 'django'],
    ['I brew coffee for the office. Would Django be a good pick to show who drank how many cups?', 'django'],
    // A link to the framework's own site names it.
    ['Following https://docs.djangoproject.com/en/5.2/howto/deployment/ for our intranet: do I need gunicorn?', 'django'],
    // ...but a bot's webhook or dashboard served by a framework is ours.
    ['is flask fine for the webhook endpoint of my telegram bot?', 'flask'],
    ['discord bot needs a small dashboard, flask or fastapi?', 'flask'],
    // A language's version is no count.
    ['is python 3 quart ok for websockets?', 'quart'],
    // A name weighed (its drawbacks) or picked for new work is software, however few of the other words we know.
    ['falcon drawbacks? pondering it for a telemetry relay', 'falcon'],
    ['quart for a new project?? inquiring for a buddy', 'quart'],
    // A name written as one word that no everyday thing is ("cherrypy", not "cherry pie") is the framework among any words.
    ['cherrypy? sincerely puzzled why anyone picks it', 'cherrypy'],
    // "light" right after a name weighs the framework; it names goods only after what the light is for.
    ['is starlette light enough for a tiny proxy api?', 'starlette'],
    // A small website in Swedish is a web app.
    ['Är Flask bra för en liten hemsida till vår körgrupp?', 'flask'],
    // A version number after the name is no rocket.
    ['is falcon 4 fast enough for a json api in python?', 'falcon'],
    // A move from one framework to another is no unit conversion.
    ['converting our flask app to quart, worth it?', 'quart'],
    // Someone's new site is on the web, whatever the club does outdoors.
    ["Should I use Bottle for our hiking club's new site?", 'bottle'],
    // The framework reaching a number is no storm; tasks that "rot" in a queue are no vegetable.
    ['tornado hit 10k connections on one box, is that normal?', 'tornado'],
    // A picture of software ("a screenshot", "an image of a flask app") shows the framework.
    ['the docker image of our flask app is 900 MB, how do I slim it?', 'flask'],
    ['screenshots of a bottle app in the docs look dated, is bottle still maintained?', 'bottle'],
    // A clause that asks about the app itself, after the everyday thing it is for, is ours.
    ['writing a bottle app for our wine club — how do I add a login page?', 'bottle'],
    // Something built for the hosted software, or the framework beside it, is ours.
    ['a small flask page that lists who is online on our minecraft server, how do I start?', 'flask'],
    ['we run scrum in two-week sprints; is flask quick enough to ship an mvp web app in one?', 'flask'],
    // A chat app is software, and "cat" before a file name is a shell command.
    ['our break room tablet should show the build status; flask or bottle?', 'flask'],
    ['realtime chat django app with channels?', 'django'],
    ['cat flask.log shows 500 errors on every login, why?', 'flask'],
    // A name before a colon is no link ("aiohttp:" holds "http:"), and "the rest" is the remainder, not REST.
    ['aiohttp: strengths compared with the rest?', 'aiohttp'],
    // Sessions as server-side state stay a capability of the framework.
    ['does bottle have sessions?', 'bottle'],
    // Small talk beside a question of ours: the question is answered.
    ['are you a bot? which framework for an admin panel, flask or django?', 'django'],
    // The bare name first, then "what is that?", asks what the framework is, whatever work chatter follows.
    ['bottle — what is that? my teammate mentioned it during our retro', 'bottle'],
    // ...but the logs of the framework's own app are the framework's.
    ['my flask app writes access logs; how do i parse them per endpoint?', 'flask'],
    // A chart package for the framework is software, not a chart in the thing's shape.
    ['any flask chart library for an ops dashboard?', 'flask'],
  ])('but %j is about the framework', (q, id) => {
    expect(ask(q).frameworks).toContain(id);
  });
});

describe('a question about everyday life asked beside an app is not ours', () => {
  // The app is only who asks; the part that asks names nothing of ours and nothing web.
  it.each([
    'putting together a tiny web app for our chess club. how does en passant work again?',
    "we're shipping an internal dashboard next week; unrelated, how long should pasta sit after draining?",
    'coding a small api for a birdwatching group - why do swallows fly so low before rain?',
    // "How do you" is anyone; "that" before what a shop does ties it to the shop.
    'coding a little api for our rowing club. how do you tie a bowline knot?',
    'putting together a tiny web app for the allotment society. any nursery that does heritage tomato seedlings?',
    // A framework the team builds with, counted in sites, is who asks too.
    "We're a tiny studio (mostly Django sites) and I want to buy engraved hip flasks for the holiday party. Any shop that does engraving for ten pieces?",
  ])('%j', (q) => {
    expect(ask(q).intent).toBe('out_of_scope');
  });

  // ...but a part that asks about the app, asks for a pick or asks about whichpy is ours.
  it.each([
    ['putting together a tiny web app for our chess club. how do we get it online?', 'describe'],
    ['coding a small api for a birdwatching group - what should we build it with?', 'recommend'],
    // The easiest way asked for is the way to build what was described.
    ['retired teacher building a tiny site where parents see the term calendar and download forms. whats my path of least resistance?', 'recommend'],
    // Webhooks are served on the web, whatever chat channel the service posts to.
    ['which lib for a little service that takes stripe webhooks and posts a note to our channel?', 'recommend'],
    ['hello there! what sort of things can you answer?', 'help'],
    // ...with a word after it.
    ['so what can the bot do for us', 'help'],
  ] as const)('%j is %s', (q, intent) => {
    expect(ask(q).intent).toBe(intent);
  });
});

describe("the everyday sense around a name: a script's language, a logo, a gift, a profiler", () => {
  it.each([
    // A likeness right after the name; an engraved gift measured in millilitres; profiling a script.
    ['designing a site for a birding club, they want a falcon logo; where do I find falcon vector art I can use commercially?', 'out_of_scope'],
    ['Hat jemand einen Tipp für einen gravierten Flask, etwa 200 ml?', 'out_of_scope'],
    ['cProfile shows hundreds of rows for my batch job; how do I find the slow function?', 'out_of_scope'],
    ['my script counts bottles on the bottling line with a camera; which python lib should do the counting?', 'out_of_scope'],
    ['tell me about bottle, I mean the python framework, not the drink', 'describe'],
  ] as const)('%j is %s', (q, intent) => {
    expect(ask(q).intent).toBe(intent);
  });
});

describe('an everyday-word name spelt as things, beside a plain-Python library at work, is those things', () => {
  it.each(['tracking falcons in drone footage with opencv: which tracker is most robust?', 'my python script uses opencv to count flasks on a lab shelf, which blur works best?'])('%j is declined', (q) => {
    expect(ask(q).intent).toBe('out_of_scope');
  });

  it('the name in a web question beside the library is still the framework', () => {
    expect(ask('can a flask route return a numpy array as json?').frameworks).toEqual(['flask']);
  });
});

describe("an everyday word naming what a site is for is not the name's other sense", () => {
  it.each([
    ['would flask do for a little coffee blog I am starting?', 'recommend'],
    ['flask good for my whiskey review site?', 'recommend'],
    // The thing itself, or an app that only reports on it, is still the everyday sense.
    ['who sells a decent coffee flask?', 'out_of_scope'],
    ['my bird app flags a falcon but it looks like a kestrel, who is right?', 'out_of_scope'],
  ] as const)('%j is %s', (q, intent) => {
    expect(ask(q).intent).toBe(intent);
  });
});

describe('Python weighed against another language, with nothing web and no framework asked, is a choice of language', () => {
  it.each(['kotlin or python for a complete beginner hoping to change careers?', 'total beginner eyeing a career switch: ruby or python to start with?'])('%j is declined', (q) => {
    expect(ask(q).intent).toBe('out_of_scope');
  });

  it('a web backend still weighs the frameworks', () => {
    expect(ask('python or node for a rest api backend?').intent).toBe('recommend');
  });
});

describe("the interpreter's own builds and parallelism, with nothing of ours, are plain Python", () => {
  it.each(['Is free-threaded CPython 3.14 production-ready for our simulation code?', 'Is the no-GIL build stable enough yet for heavy numeric code?'])('%j is declined', (q) => {
    expect(ask(q).intent).toBe('out_of_scope');
  });

  it('asked of a framework, it is ours', () => {
    expect(ask('does the free-threaded build of python make django faster?').intent).not.toBe('out_of_scope');
  });
});

describe('the editor Python is written in is not a framework choice', () => {
  it.each(['which editor should a total newbie learn python in, thonny or pycharm?', 'is vscode or pycharm the better python ide for a beginner?'])('%j is declined', (q) => {
    expect(ask(q).intent).toBe('out_of_scope');
  });

  it('a framework asked about in the editor is still ours', () => {
    expect(ask('does django have template autocomplete in vs code?').intent).not.toBe('out_of_scope');
  });
});

describe('learning something with nothing of ours, nothing web and nothing Python is learning something else', () => {
  // ...and so is an everyday thing picked for a beginner, whatever it is for ("a laptop for coding").
  it.each([
    "what's the best way to learn knitting as a beginner?",
    'which one is easiest to learn knitting with, circular or straight needles?',
    'Come posso imparare a cucinare il risotto da solo, senza corsi?',
    '新手第一次登山，应该准备什么装备？',
    'could you suggest a cheap laptop for a junior dev? mostly coding and a bit of video editing',
    'shopping for a new laptop for my nephew, a junior programmer. mostly coding, some games. thoughts?',
    // An everyday thing of one's own, upgraded or bought, whatever web tool it is for.
    'thinking of upgrading my laptop so docker builds go faster, worth it?',
    // Who, asked of the people in the channel rather than the bot.
    'who is covering the support queue while sam is out?',
    // A bottle thrown on the potter's wheel, whatever "form" reads as.
    'best way to trim a bottle form once it is leather hard on the wheel',
    // Meals in Chinese, Japanese and Korean, however simple they should be.
    '周末做什么菜谱比较简单？',
    '오늘 저녁 메뉴 뭐가 좋을까요? 간단한 걸로요',
    // An everyday thing chosen, whatever need a word of it reads as ("holds up").
    'civic or golf as a used car for a new driver, which holds up better?',
    // A chore in the chat asked of the bot.
    'could you add a :party_parrot: emoji to this server?',
    'can u pls make a new role for the interns on this server',
  ])('%j is declined', (q) => {
    expect(ask(q).intent).toBe('out_of_scope');
  });

  // Ease of learning asked of frameworks, or by someone learning to program, is ours.
  // ...and so is "which one", with no thing named: one of ours, however rare its other words.
  it.each(['which framework is easiest to learn for a beginner?', "I'm a nurse learning to code, what's easiest?", 'which one has the softest learning curve for a complete newbie?'])('%j', (q) => {
    expect(ask(q)).toMatchObject({ intent: 'recommend', topic: 'learning_curve' });
  });
});

describe("one framework's weak points, asked in another language by people from another ecosystem, are ours", () => {
  it.each([
    'Quali sono gli svantaggi di Pyramid per un progetto nuovo? Veniamo tutti da Symfony.',
    'Welche Nachteile hat Django für ein neues Projekt? Wir kommen alle von Laravel.',
    // ...and from another framework of ours, however undecided they still are.
    'Quels sont les inconvénients de Sanic pour une équipe qui vient de Django ? On hésite encore beaucoup.',
  ])('%j', (q) => {
    expect(ask(q).intent).toBe('pros_cons');
  });
});

describe('a question in another language with nothing of ours is not a call for help', () => {
  it.each([
    '東京で一番おいしいラーメン屋はどこですか？',
    '오늘 서울 날씨 어때요? 우산 챙겨야 하나요?',
    // ...nor a pick or a favour asked in words no question of ours uses.
    '¿Me ayudas a redactar una carta de despedida para un compañero?',
    'Kannst du mir ein gutes Rezept für Apfelkuchen empfehlen, bitte?',
  ])('%j is declined', (q) => {
    expect(ask(q).intent).toBe('out_of_scope');
  });

  // A greeting, or asking what whichpy does, is still a call for help.
  it.each(['Oi! O que você consegue fazer por mim?', 'こんにちは！何ができますか？', 'Terve, mitä sä osaat?', 'Ciao, come si usa questo bot di preciso? sono nuovo qui'])('%j is help', (q) => {
    expect(ask(q).intent).toBe('help');
  });
});

describe('a short message with nothing of ours', () => {
  // Half of it words no question of ours uses: about something else.
  it.each(['snack ideas? 🍪', 'gym playlist recs', 'coffee run?'])('%j is declined', (q) => {
    expect(ask(q).intent).toBe('out_of_scope');
  });

  // A word of ours alone, a greeting however stretched, or help asked in a word or two: the help answer.
  it.each(['ideas?', 'hiii 👋', 'heyyy', 'usage', 'aidez-moi', '帮帮我'])('%j is help', (q) => {
    expect(ask(q).intent).toBe('help');
  });
});

describe('a name right after "what is" in another language is asked about, not a thing', () => {
  it.each(['Mi az a Falcon?', 'Mi az a Sanic?'])('%j is described', (q) => {
    expect(ask(q).intent).toBe('describe');
  });
});

describe('a pick of something else, with nothing of ours named, is not ours', () => {
  it.each([
    'best sourdough starter feeding schedule for a cold kitchen?',
    'could you recommend a good fantasy audiobook for a road trip?',
    // A name asked for something that is not software.
    'any cute name ideas for a rescue greyhound?',
    'what should we call our new office plant?',
    // The thing to use is named, and it is not software.
    'what paint should we use for a damp bathroom wall?',
    'which oil should I use for frying fish at home?',
    // The pick asked in words of elsewhere, whatever words of ours an aside after it uses.
    'could you recommend a good detective novel? just finished the last one in the series',
  ])('%j is declined', (q) => {
    expect(ask(q).intent).toBe('out_of_scope');
  });

  // A pick of one with nothing else named, and a greeting asking what whichpy helps with, stay ours.
  it.each([
    ['which one should I go with for my side gig?', 'recommend'],
    ['which is best?', 'recommend'],
    ['Good morning! Could you tell me what kinds of things you can help with?', 'help'],
    // Chat's greetings ("gm", "evenin"), and what the bot is asked last, without a question mark, laughing.
    ['gm all, who are you', 'help'],
    ['who built whichpy?', 'help'],
    ['evenin folks 👋 how does this bot even work', 'help'],
    ['is this a real person? what can you even do haha', 'help'],
    // What the bot does, asked of "this bot" in the first sentence, with more about it after.
    ['what does this bot do? is it any good at frameworks?', 'help'],
    // What it can be asked, whatever need is named as the example.
    ['does this bot take questions about hosting and upgrades too?', 'help'],
    ['hey, could I ask it about moving our app to another framework?', 'help'],
    // Malay puts "boleh" (can) before or after the one asked: "apa yang boleh kamu buat".
    ['selamat pagi, apa yang boleh kamu buat?', 'help'],
  ] as const)('%j is %s', (q, intent) => {
    expect(ask(q).intent).toBe(intent);
  });
});

describe('another ecosystem as the client, or as how little of it the pages carry, is background', () => {
  it.each([
    'what framework for a json api plus an admin for the support desk? it serves our Vue frontend',
    'framework for a multi-page site with sessions and forms? minimal javascript please',
  ])('%j asks for a framework of ours', (q) => {
    expect(ask(q).intent).toBe('recommend');
  });

  it('the other ecosystem asked about is still not ours', () => {
    expect(ask('is react or vue better for our dashboard?').intent).toBe('out_of_scope');
  });
});

describe("plain Python's trouble, put where nothing of ours is, is plain Python", () => {
  // The framework only uses the result; the part that names the trouble names nothing of ours or web.
  it.each([
    'numpy takes ages to crunch my arrays. the results end up in a flask app eventually, but the slow bit is only the number crunching. ideas?',
    'my pandas merge of two big dataframes drags on for minutes. a fastapi service reads the result afterwards, but the bottleneck is the merge itself. how can I make it quicker?',
  ])('%j', (q) => {
    expect(ask(q).intent).toBe('out_of_scope');
  });

  // ...but trouble put in the framework's own part, or a framework asked about, is ours.
  it.each([
    ['the report page in our django app is slow and the problem is just the template loop. how do i speed up django templates?', 'describe'],
    ['our flask api feels sluggish; the bottleneck is the json serialization. would falcon be faster?', 'compare'],
  ] as const)('%j is %s', (q, intent) => {
    expect(ask(q).intent).toBe(intent);
  });
});

describe('a framework named only as its HTTP client is plain Python calling the web', () => {
  it.each([
    "a cron script pulls 300 images with aiohttp's ClientSession; how do I stop it opening too many connections at once?",
    'my downloader uses the tornado AsyncHTTPClient, how can I add a retry when a request times out?',
  ])('%j', (q) => {
    expect(ask(q).intent).toBe('out_of_scope');
  });

  it("...but the framework's server side asked about beside its client is ours", () => {
    expect(ask("we call partner apis with aiohttp's client already; is its server side good for our new api?").frameworks).toEqual(['aiohttp']);
  });
});

describe('another ecosystem or plain Python in the background', () => {
  it('a Python web framework asked for by a need is ours, whatever ecosystem the askers love', () => {
    expect(ask("Our team comes from .NET and loves ASP.NET Core's built-in dependency injection. Is there a Python web framework that ships DI itself?").intent).toBe('recommend');
  });

  it.each([
    ['our devs all write laravel; for a server-rendered client portal, which python framework fits?', 'recommend'],
    ['coming from express.js, what python framework feels closest for a json api?', 'recommend'],
    // The equivalent asked for in so many words: "the python counterpart", "the <framework> of python".
    ['symfony person here, what would be the python counterpart', 'recommend'],
    ["go dev here: what's the gin of python? something small where I wire things myself", 'recommend'],
    // The patterns listed after the equivalent asked for are what it should have, not two things weighed.
    ['Laravel dev joining a Python shop for a while. What is the nearest equivalent in Python? Batteries included, an ORM and its migrations, admin screens, convention over configuration.', 'recommend'],
    // Where the askers come from, said in another language, a pair with a slash included.
    ['¿Qué framework nos recomiendan para una API REST con validación y Swagger? Venimos de Node/Express.', 'recommend'],
    ['Quel framework pour une API REST avec validation et Swagger ? Nous venons de Symfony/PHP.', 'recommend'],
    ['Welches Framework für eine REST-API mit Validierung und Swagger? Wir kommen von Spring/Java.', 'recommend'],
    // ...or a pair joined by "with".
    ['which framework for a typed json api with docs? i come from node with koa.', 'recommend'],
    ['Welches Framework für eine typisierte API? Ich komme von Java mit Spring.', 'recommend'],
    ['moving off symfony to python. we rely on admin screens, auth, an orm and templates: what is the closest equivalent?', 'recommend'],
    ['i train pytorch models and need an http endpoint to serve them, which framework is least hassle?', 'recommend'],
    // A backend for a Python bot, asked what to build it with, is something served.
    ['what should i write my discord bot backend in?', 'recommend'],
    // Python's closest thing to another ecosystem's framework is a framework of ours.
    ["Coming from Sinatra. What's the closest thing in Python? Something minimal with a tiny core.", 'recommend'],
    ["what's the python equivalent of express? i want a microframework", 'recommend'],
    // ...and so is one close to it, or most like it; chat's "py" before "framework" is Python.
    ['any python framework close to spring boot?', 'recommend'],
    ['rails person here, which py fw is the most like it', 'recommend'],
    // ...and so is a Python framework asked for people who come from another one, named only as their past.
    ['decent python fw for a dev who used laravel before?', 'recommend'],
    ['the intern has only ever done koa. which py framework would feel most natural?', 'recommend'],
    // A shop on the web is a web app, in any language around it.
    ['Θέλουμε ένα e-shop σε Python, ποιο framework; Γράφουμε μόνο PHP.', 'recommend'],
    // "Framework" in another language, asked for with Python and a web word.
    ['Vilket ramverk passar bäst för ett API till vår förening? Vi kan lite Python.', 'recommend'],
    ['Mikä sovelluskehys sopii pieneen API:in? Osaamme vähän Pythonia.', 'recommend'],
    ['Mitä Python-verkkokehystä suosittelisit ensimmäiseksi opeteltavaksi?', 'recommend'],
    // Arabic "frameworks" (أطر) alone, with or without its vowel signs.
    ['أي أُطر ويب في بايثون تنصح بها لمتجر إلكتروني صغير؟', 'recommend'],
    // "fw" is chat shorthand for framework.
    ['best fw for a discord bot dashboard with a couple of webhooks?', 'recommend'],
    // A choice for a new project is software, whatever everyday thing the project is for.
    ["Is Bottle still a good choice for a new project? It's for the under-12s football league table, parents check it on match days.", 'recommend'],
    // ...and so is an app whose subject is a word of the name's other sense (recipes), with the database it keeps.
    ['a little recipe collection for my mum, sqlite behind it. is flask fine for that?', 'recommend'],
    ['Melyik keretrendszert válasszuk egy API-hoz? Pythonban dolgozunk.', 'recommend'],
    ['Melyik keretrendszert javasolnád egy kis blogoldalhoz?', 'recommend'],
    // A Python framework asked for, in words the classifier has not seen, with nothing of another kind around it.
    ['Framework gani ya Python ni bora kwa mfumo wa hospitali yetu?', 'recommend'],
    // Another ecosystem only as what the team has done, beside needs of ours.
    ['Our two devs have done Laravel for years; we need user accounts, an admin and a JSON API. What should we use?', 'recommend'],
    // ...and so is another ecosystem named as who the people are.
    ['a dozen spring boot engineers here, we need an api with auth and an admin', 'recommend'],
    ['coming from Spring Boot, what should we use for a REST API with validation?', 'recommend'],
    // ...and so is another ecosystem as what will call the backend asked for.
    ['our forecasting model needs a JSON endpoint with input validation that the Kotlin billing service can call. which framework?', 'recommend'],
    ['it gets called from a Node gateway: what should I use for a small API with token auth?', 'recommend'],
    // ...and beside a framework asked for something web, with no need named outright.
    ["any framework you'd suggest for our internal api? the devs only know java", 'recommend'],
    // Chat's "py" before "framework" is Python, so the ecosystem named is background.
    ['we are all rails devs, which py framework is nicest?', 'recommend'],
    // ...and what they did in it, before it: a concept of ours explained to them.
    ['what is CSRF protection for? coming from building forms in PHP', 'describe'],
    // ...named down a list after what they have done.
    ['our volunteers come from excel and vba; which framework gets them to a CRUD app with a database fastest?', 'recommend'],
    ['the team came from ruby, php or java; we need an admin and user accounts, which framework?', 'recommend'],
    // Python only as who the team is, and the sentence that asks about another ecosystem's framework ("how do you" is anyone).
    ['Our backend is Python but the frontend folks use Next.js. How do I protect a Next.js route handler with auth middleware?', 'out_of_scope'],
    ['We are a Python team; the web people picked Nuxt for its server routes. How do you validate request bodies in Nuxt server routes?', 'out_of_scope'],
    // ...but a framework asked for someone from another ecosystem ("a Go person") is ours.
    ["Go is my day job; our club wants a small Python API for its sign-ups. Which framework will feel least strange to a Go person?", 'recommend'],
    ['rails or laravel for a startup that needs an admin?', 'out_of_scope'],
    ['closest thing to rails in ruby for elixir?', 'out_of_scope'],
    ['express or koa for a small api', 'out_of_scope'],
    // "should I use" is the choice asked, not what the team uses; Python only as where the asker comes from.
    ['should we use gin or fiber for our go api?', 'out_of_scope'],
    ['best rust web framework, actix or axum? switching from python', 'out_of_scope'],
    // Installing a package is what every Python project does, web or not.
    ['pip refuses with an externally-managed-environment error on debian 12 whenever I install something; all I need is the requests lib in a little script. fix?', 'out_of_scope'],
    // A site something was downloaded from is not a site built.
    ['python3 works but pip3 is missing after I got python off the official site, how to get pip?', 'out_of_scope'],
    // A framework asked for with nothing web about it is not one of ours.
    ['kivy or pyqt for a small desktop app, which python framework?', 'out_of_scope'],
    ['wxpython or pyside for a gui tool with two forms and a data grid, windows only?', 'out_of_scope'],
    ['pyqt or kivy for a desktop stock-taking app with a printable report?', 'out_of_scope'],
    // Patterns every ecosystem shares, said of other ecosystems' frameworks, name none of ours.
    ['symfony vs laravel: which has the nicer dependency injection container?', 'out_of_scope'],
    ['phoenix or rails for a batteries-included stack with an admin?', 'out_of_scope'],
    // ...but the Python equivalent of one, asked with words plain Python has too ("decorators"), is ours.
    ['what is the python equivalent of spring boot? we like decorators and dependency injection', 'recommend'],
    // pytest's own fixtures are plain Python.
    ['how do I give every test its own temporary directory when the fixture is shared per session?', 'out_of_scope'],
    // A thing of the asker's own built on a framework is where the data work runs, not what is asked.
    ['In my Django app the weekly export builds a dataframe. What is the way to remove repeated rows but keep the latest?', 'out_of_scope'],
    ["In my Flask app's hourly sync a spreadsheet is loaded through pandas; what's the way to turn empty cells into zeros?", 'out_of_scope'],
    ['which python framework is best for deep learning research?', 'out_of_scope'],
    // A web page put on a program run locally is something to serve, asked in few web words.
    ["I have a small CLI tool that renames photo files. My family hates terminals and would rather click through a web page: pick a folder, press a button. One python file ideally. Simplest way?", 'recommend'],
    // Python itself learned, with no framework asked and nothing web, is the language, not a framework.
    ['which book is best to learn python as a complete beginner?', 'out_of_scope'],
    ['my nephew has done Scratch for a year. when should he move on to proper Python? and what course suits him?', 'out_of_scope'],
    ["I'm picking up python; what web framework is a good first one?", 'recommend'],
    // ...and so is a query language learned with nothing of ours, but a framework asked for practising it is ours.
    ['how should a bookkeeper go about learning SQL? online courses are fine', 'out_of_scope'],
    ['studying sql for our reporting team, where do I start?', 'out_of_scope'],
    ['which framework makes it easy to practise SQL on a real app?', 'recommend'],
    // Choosing a front-end framework for the team's app is not choosing a Python web framework.
    ['react or angular for the ui of our django backend?', 'out_of_scope'],
    // ...and so is choosing a mobile app framework, but a Python backend for that app is ours.
    ['flutter or swiftui for an ios app?', 'out_of_scope'],
    ['flutter vs jetpack compose for a shopping list app, small team', 'out_of_scope'],
    ['our mobile app is in Flutter. which python framework for its REST API?', 'recommend'],
    // "Which frameworks do you know?" in other languages.
    ['Які фреймворки ти знаєш?', 'list_frameworks'],
    ['Quais frameworks web você conhece?', 'list_frameworks'],
    // "Which ... are there" in the Nordic languages; "is there one with an admin?" still asks for a pick.
    ['Hvilke rammeverk for Python-webutvikling finnes det?', 'list_frameworks'],
    ['Finns det ett Python-ramverk med inbyggd adminpanel?', 'recommend'],
    // A framework asked for a need of ours, Python unsaid, in words the classifier has not seen.
    ['Vilket ramverk passar för en liten webbtjänst i en enda fil?', 'recommend'],
    ['show me all the python frameworks you know about', 'list_frameworks'],
    // ...but what it knows about the one framework named is that framework.
    ['what do you know about tornado?', 'describe'],
    ['kindly share the names you are knowing', 'list_frameworks'],
    // "Which exist, besides X and Y" in other languages: the names set aside, the rest listed.
    ['Jakie frameworki webowe istnieją oprócz Flaska i Django?', 'list_frameworks'],
    ['Які фреймворки існують крім Django та Flask?', 'list_frameworks'],
    ['¿Qué frameworks existen aparte de Django y Flask?', 'list_frameworks'],
    // ...and a group set aside before its names ("besides the usual trio of ...") sets each name aside.
    ['Besides the usual trio (Django, Flask, FastAPI), which web frameworks in Python still exist?', 'list_frameworks'],
    ['Python 有哪些 Web 开发框架？', 'list_frameworks'],
    // "Framework" with "web" written on to it, in Russian and Ukrainian, beside "for Python".
    ['Какие вебфреймворки для Python ты знаешь?', 'list_frameworks'],
    ['Які вебфреймворки для Python існують?', 'list_frameworks'],
    // "Does it make sense to start a new project in X?" asks whether X fits.
    ['Ha senso usare Bottle per un nuovo progetto nel 2026?', 'recommend'],
    ['Faz sentido começar um projeto novo em CherryPy hoje?', 'recommend'],
    // ...and in English, names asked for, with the set-aside ones in a clause ("that aren't ...").
    ['name some async web frameworks other than litestar or sanic', 'list_frameworks'],
    ['could you name other frameworks that aren\'t tornado or bottle?', 'list_frameworks'],
    // Which frameworks exist, asked in the plural, is the list; "other" sets aside the names said before.
    ['our school only taught us bottle and cherrypy. what other frameworks are around?', 'list_frameworks'],
    ['which typed api frameworks are available right now? i want to read up on each', 'list_frameworks'],
    // All the frameworks whichpy supports, asked as a group, is the list; none of them is weighed.
    ['can you list each framework you support?', 'list_frameworks'],
    ['what are all the frameworks you are supporting', 'list_frameworks'],
    // Needs named beside it are what the list is for.
    ['which frameworks do you cover for auth and admin?', 'list_frameworks'],
    // Asked to list or name them, by someone else or in another language; a kind named is what the list is for.
    ['give me an overview of the python frameworks that do websockets, for a talk', 'list_frameworks'],
    // ...or asked whether a list exists, or asked for after an opening of its own.
    ['is there a list of well kept typed python api frameworks? comparing a handful for a workshop', 'list_frameworks'],
    ['quick one for a junior: could anyone name the big python web frameworks and one thing each is good at?', 'list_frameworks'],
    // Names set aside by "beyond", however they are listed, leave the rest to list; so does "which others".
    ['for a survey: which python web frameworks are still around, beyond django, flask and bottle?', 'list_frameworks'],
    ['frameworks beyond django and pyramid for my talk: which others should i include?', 'list_frameworks'],
    ['my teammates only know the big three. could you list some python web frameworks besides the big three?', 'list_frameworks'],
    ['Quali framework Python conosci per le API asincrone?', 'list_frameworks'],
    ['Python için web framework isimlerini sayabilir misin?', 'list_frameworks'],
    ['Bạn liệt kê giúp các framework web Python được không?', 'list_frameworks'],
    ['Luettele Pythonin web-kehykset', 'list_frameworks'],
    // "Which ... are there at all / else" in Russian and Ukrainian, with the kind between.
    ['Какие лёгкие фреймворки для API ещё есть, кроме Flask?', 'list_frameworks'],
    ['Які async фреймворки взагалі є, крім Django?', 'list_frameworks'],
    // ...while a team that knows something is no list ("o time conhece": the team knows).
    ['qual framework python vocês sugerem pra uma api rápida? o time conhece sqlalchemy', 'recommend'],
    // Every framework named set aside: the needs ask for another.
    ['json api, no admin, not django', 'recommend'],
    // Ideas listed as needs are not weighed for pros and cons, unless those are asked for.
    ['must have: admin + orm + auth, out of the box pls', 'recommend'],
    ['orm pros and cons?', 'pros_cons'],
    // A layout to pick within one framework is described, like a package to pick.
    ["we keep arguing about it: what's a good project layout for a big litestar api?", 'describe'],
    // Whether the asker's own way is how it is done in the framework: described, not a fit question.
    ['is this the proper django way to do settings, or should i split them?', 'describe'],
    ['is my fastapi layout idiomatic or should i use routers?', 'describe'],
    // A move to another machine weighs nothing against anything, and "more than two" is a count.
    ["we're moving to kubernetes. what's the usual django setup there, gunicorn in the container and static files in a bucket?", 'describe'],
    ['how do i run a sanic app with more than two workers under uvicorn?', 'describe'],
    ['we split our sanic app into blueprints per team. is this a sensible sanic structure, or should models live in one package?', 'describe'],
    ['is this the right framework for us, flask?', 'recommend'],
    // The upgrade of one framework, with a package it depends on named, is no comparison.
    ['bumping flask to the newest release, what breaks with werkzeug?', 'describe'],
    // A package named after its framework is one thing defined ("what is" in Japanese).
    ['Flask-SQLAlchemy とは何ですか？', 'describe'],
    // ...and "tell me about" in Japanese describes; "is using it OK?" (のはアリ) asks whether it fits.
    ['Litestarのミドルウェアについて教えてください', 'describe'],
    ['数ページだけの社内サイトにFlaskを使うのはありですか？', 'recommend'],
    // One thing defined in a sentence of its own, then how the other relates to it.
    ['Was ist Starlette? Wie hängt es mit FastAPI zusammen?', 'describe'],
    ["Qu'est-ce que Starlette ? Quel est son lien avec FastAPI ?", 'describe'],
    // One sentence defining the first name, then asking how the other relates to it.
    ["Qu'est-ce que Quart et quel est son lien avec Flask ?", 'describe'],
    // ...in English too, with chat's "even".
    ['what even is a litestar, saw it next to fastapi in a benchmark', 'describe'],
    // "What can you help me with?" in Swahili.
    ['Habari, unaweza kunisaidia?', 'help'],
    // The bare command word.
    ['/whichpy list all', 'list_frameworks'],
    // The weaknesses of one framework beside other frameworks, in German: not a list.
    ['Nachteile von Sanic verglichen mit anderen Frameworks?', 'pros_cons'],
    // "What is X" in Bulgarian; the frameworks supported, asked in Japanese.
    ['Какво е Falcon и за какво се използва?', 'describe'],
    ['サポートしているPythonのWebフレームワークを教えて', 'list_frameworks'],
    ['we sell olive oil by the bottle and need a shop with an admin for stock, which framework?', 'recommend'],
    // A package named by an everyday word, beside a package of its kind or asked about outright, is the package.
    ['tortoise or sqlalchemy?', 'compare'],
    ['sqlalchemy vs tortoise, which one?', 'compare'],
    // Two servers joined by "or" before the framework they serve are the choice, whatever is said after.
    ['daphne or uvicorn for our django channels app on a cheap vps? no idea what an asgi server even does.', 'compare'],
    // Picking an approach within one framework picks no framework.
    ['two blog posts disagree: one handles sessions by hand in quart, the other says use quart-auth. which is the better approach for a small team?', 'compare'],
    // "Whether we use X or Y" weighs them.
    ['does it matter whether we use bottle or cherrypy for a tiny status page?', 'compare'],
    // One framework asked for by what it must be is a pick, even beside a likeness.
    ["any framework that's like pyramid but async first?", 'recommend'],
    ['any fw that does dependency injection like fastapi but without pydantic?', 'recommend'],
    // "Is that a thing?" after a feature asks whether the framework has it ("still a thing" asks whether it lives on).
    ['signals in flask - is that a thing?', 'feature_check'],
    // Chat's openers before the form leave it a feature question.
    ['so sanic has no orm at all?', 'feature_check'],
    ['wait, falcon has no templates?', 'feature_check'],
    ['hmm does litestar have an admin then?', 'feature_check'],
    // ...and so are thanks for the answer before.
    ['cool thanks, and does bottle have an orm?', 'feature_check'],
    // ...and so is an error pasted as inline code before it.
    ['bottle logs `ImportError: no module named bottle_sqlalchemy.` So does bottle have an orm at all, or is that plugin the only way?', 'feature_check'],
    ['perfect. got it, and can falcon render templates?', 'feature_check'],
    // A follow-up's opener and a tail leave the terse form "<feature> in <framework>" a feature question,
    // and a last question whose mark was dropped still asks.
    ['k, how about sessions in pyramid', 'feature_check'],
    ['thanks! what about testing in quart, any?', 'feature_check'],
    ['what about sessions in sanic too', 'feature_check'],
    // ...and so is the name, then "any" and the feature.
    ['ok so what about pyramid, any websocket support?', 'feature_check'],
    ['nice. what about bottle? does it have migrations', 'feature_check'],
    // ...also when a remark follows the sentence that asks.
    ['ok and sessions in falcon? same service as yesterday', 'feature_check'],
    // A follow-up's opener and one name, nothing else, asks about that framework, thanks and all.
    ['okay and how about falcon then', 'describe'],
    ['thanks. and what about litestar', 'describe'],
    // The usual package for a feature, "or has it got something built in?", asks whether it is built in.
    ['is flask-wtf still the standard for forms in flask, or has flask got something built in now? making a tiny signup site.', 'feature_check'],
    // "ws" for websockets, asked to be had.
    ['does sanic have ws built in', 'feature_check'],
    // Whether a package can be used in one framework is a feature question, whatever it would replace.
    ['could i use jinja2 in a django project instead of django templates? my designer only knows jinja from flask work', 'feature_check'],
    // One put in the other's place weighs the two, in any language.
    ['Vale a pena usar Sanic em vez de Falcon num serviço novo?', 'compare'],
    ['Lohnt sich Quart statt Flask für unser neues Tool?', 'compare'],
    // A name offered as one side of "X or Y" is an option, whatever "our" came a few words before.
    ['order api for our bakery, bottle or flask?', 'compare'],
    // "What is the difference between" in Norwegian and Danish compares, "what is" notwithstanding.
    ['Hva er forskjellen mellom uvicorn og gunicorn?', 'compare'],
    ['Hvad er forskellen mellem pydantic og marshmallow?', 'compare'],
    // ...Thai's "how do they differ" says "how" too, and is no how-to.
    ['Pydantic กับ marshmallow ต่างกันยังไง', 'compare'],
    // Two packages of one kind joined by "or" in Turkish (a question particle before it) or with an article after it.
    ['Pydantic mı yoksa marshmallow mı? yeni bir API yazıyoruz.', 'compare'],
    ['Melyik a jobb: Jinja2 vagy a Django template language?', 'compare'],
    // ...and so are two packages of one kind offered for one framework, whatever pick words follow.
    ['building the api in flask with request schemas: flask-restx or flask-smorest? both seem maintained, looking for a recommendation', 'compare'],
    // Finnish asks "or" with "vai".
    ['Kumpi kannattaa: Gunicorn vai Waitress Flaskin kanssa?', 'compare'],
    ['do i need uvicorn or hypercorn or something else to run litestar? what is an asgi server anyway?', 'describe'],
    ['what is celery?', 'describe'],
    // What it really does inside is explained, not checked.
    ["does sanic's orm story actually hold up, or is it just sqlalchemy under the hood?", 'describe'],
    // How easy one framework is to learn, or learn from, asked of itself, is described, whatever comes after;
    // "should we use" it keeps the yes/no.
    ['is tornado tough to learn? just joined a team that runs it', 'describe'],
    ['how steep is the learning curve of litestar, honestly?', 'describe'],
    ['are the cherrypy docs decent? thinking of it for a small admin tool', 'describe'],
    ['is the falcon documentation good for juniors?', 'describe'],
    ['should we use litestar if the docs are this dense for our juniors?', 'recommend'],
    // Which of two releases of one framework to use is about its releases, "should I use" notwithstanding.
    ['which flask should I use for the new service, 3.1 or the old 2.3?', 'describe'],
    // ...and so is whether it is real or fake.
    ['quart websockets - actually async or sort of fake?', 'describe'],
    // ...but support asked first, with the inside only the other answer feared, is checked.
    ['does flask support async views these days, or is it still threads under the hood?', 'feature_check'],
    ['can starlette do background tasks now, or is it just asyncio under the hood?', 'feature_check'],
    // A kind of framework given by example ("frameworks like fastapi") is the other side weighed, not a likeness.
    ['cherrypy vs modern frameworks like fastapi — any reason to start a new async service on cherrypy?', 'compare'],
    // Whether a release runs on their Python is a release question, whatever verb asks it.
    ['still on python 3.10 here, can we use the latest litestar release?', 'describe'],
    ['our servers only have python 3.8, can we run the newest django on them?', 'describe'],
    // A title asking for an explanation, before the question it opens, is described.
    ['Sanic signals explained - what do they actually fire on?', 'describe'],
    // A terse judgement of the one framework they mean to use for something asks whether it fits.
    ['sanic any good? thinking of using it for our webhook relay', 'recommend'],
    // What it might be instead, after "or is it", is no second feature asked.
    ['can litestar render html templates or is it api only?', 'feature_check'],
    // Two ways of one framework side by side pick no framework ("which is quicker" is no pick among all).
    ['sanic sync handlers vs async handlers, which is quicker?', 'describe'],
    // Whether it works with a feature asks whether it has it.
    ['does bottle work with websockets?', 'feature_check'],
    // Using it to do one thing is the same question ("can I use flask for a blog" asks whether it fits).
    ['can I use quart to serve html pages too, or is it just for apis?', 'feature_check'],
    ['could we use litestar to render html templates?', 'feature_check'],
    // What the asker has only used is their own; why people pick the other asks its strengths.
    ["why do teams still pick flask? i've only used django", 'pros_cons'],
    // One framework under its old and new names is described.
    ['star lite vs litestar, same project?', 'describe'],
    ['starlite or litestar, is it the same thing now?', 'describe'],
    // Whether a package is needed at all is explained; "X vs Y, which do I need?" still compares.
    ['is hypercorn enough for production or do we need nginx and gunicorn too?', 'describe'],
    ['do we need celery with litestar, or are its background tasks enough for a welcome email?', 'describe'],
    ['hypercorn vs uvicorn, which one do i need?', 'compare'],
    // The idea right after its framework's name is what "what is" defines; how it differs from another name for it is part of that.
    ["what is flask's werkzeug and how is it different from a plain wsgi app?", 'describe'],
    // ...and so is the idea set against another name of itself, without "what is".
    ["How is Django's MTV any different from plain MVC?", 'describe'],
    // With nothing named, "which framework" asks for a pick, whatever pattern it should do well.
    ['which framework does dependency injection properly?', 'recommend'],
    // Python and a web framework named in words the classifier has not seen, or as one compound word.
    ['Quels webframeworks Python existent?', 'list_frameworks'],
    ['Python வெப் ஃப்ரேம்வொர்க் எது சிறந்தது?', 'recommend'],
    // The sentence that asks is about whichpy itself, whatever the background says ("channel").
    ['Our lead added this bot to the backend channel last week. What kinds of questions can you answer?', 'help'],
    // With no need read at all, a greeting in words we rarely see stays help.
    ['hallo, was kannst du?', 'help'],
    ['coucou, tu sais faire quoi ?', 'help'],
    ['when should i use asyncio.gather instead of a taskgroup', 'out_of_scope'],
    // Said outright to be no web work, however many web words it mentions; a chat channel is not Django Channels.
    ['not sure this is the right channel: my python job parses apache logs for http 500s and is slow. it is not a web app, how do i speed it up?', 'out_of_scope'],
    ['sorry if wrong channel, does django channels work with redis 7?', 'feature_check'],
    // The sentence that asks defines the package it opens with, whatever the repo around it holds.
    ['we inherited a repo with a Procfile and gunicorn.conf.py. what is uvicorn for if gunicorn already runs it?', 'describe'],
    // Whether a practice is fine is how to use the framework, described; "is it ok to use X for Y" stays a fit question.
    ["is it fine to serve flask with app.run() in production for our 3-person team's dashboard?", 'describe'],
    ["is it safe to run bottle's built-in server in production for a tiny tool? gunicorn seems like overkill", 'describe'],
    ['is it ok to use bottle for a small shop?', 'recommend'],
    // A sentence of its own after a release question asks whether to choose it: a fit question.
    ['is sanic still maintained? is it worth picking for a new project?', 'recommend'],
    ['Is Bottle still developed? Would you start a new app with it?', 'recommend'],
    ['Sanic ещё жив? Стоит ли использовать его для нового сервиса?', 'recommend'],
    // Whether it runs on an operating system is about where it is deployed, not a pick.
    ['can tornado run on macos', 'feature_check'],
    // A framework asked for a site of counted parts is a pick, in any language; a game engine is not ours.
    ['Ένα site με 5 σελίδες: ποιο framework προτείνετε;', 'recommend'],
    // Another ecosystem ruled out is not what is asked about.
    ['our club rules say no JavaScript frameworks, just server-rendered pages and a database: which framework?', 'recommend'],
    ['which framework for a game with 5 screens, godot or unreal engine?', 'out_of_scope'],
    // "Comes with" in Hindi.
    ['क्या Django में एडमिन पैनल मिलता है?', 'feature_check'],
    // "Built in" in Swahili, in the forms its noun classes take.
    ['Je, Flask ina mfumo wa violezo uliojengwa ndani?', 'feature_check'],
    // "Some support for" in Czech, with a word between "has" and "support".
    ['Má Bottle nějakou podporu pro websockety?', 'feature_check'],
    ['i work with flask all day but tonight i need a bash script that renames photos', 'out_of_scope'],
    // Frameworks asked for by a package they must do without are a pick, not the list of all.
    ['python api frameworks without pydantic? any options', 'recommend'],
    // The framework's own server judged for production is how to deploy it, described.
    ["is sanic's built-in server fine for production, or should uvicorn run it?", 'describe'],
    ['cherrypy own server good enough for prod behind a load balancer?', 'describe'],
    // The team's own stack offered as the other side of an "or" is weighed against the first.
    ['pyramid for the reporting pages, or extend our bottle app?', 'compare'],
    ['litestar, or keep adding to our falcon service?', 'compare'],
    ['Sanic for the new websocket gateway, or stick with our tornado server?', 'compare'],
    // What people use for something web in Python, nothing of ours named, asks for a pick: not help, not a decline.
    ['what do you all run for backend stuff in python', 'recommend'],
    ['what are you folks using for python web apps?', 'recommend'],
  ])('%j is %s', (q, intent) => {
    expect(ask(q).intent).toBe(intent);
  });
});

describe('inflected forms of a need in other languages', () => {
  it.each(['Wird Bottle noch weiterentwickelt?', 'CherryPy est-il encore développé ?', '¿Sanic sigue activo?'])('%j asks whether it is maintained', (q) => {
    expect(ask(q)).toMatchObject({ intent: 'describe', topic: 'maintenance' });
  });

  it.each(['Czy Pyramid jest jeszcze rozwijany? Mamy stary system w bibliotece.', 'Bottle ещё развивается?'])('%j asks whether it is still developed', (q) => {
    expect(ask(q)).toMatchObject({ intent: 'describe', topic: 'maintenance' });
  });

  // The Python versions a release supports, asked in other languages.
  it.each(['¿Qué versiones de Python soporta Sanic?', 'Welche Python-Versionen unterstützt Litestar?', 'Какие версии Python поддерживает Falcon?', 'Jakie wersje Pythona wspiera Pyramid?', 'Bottle hangi Python sürümlerini destekliyor?'])(
    '%j asks about its releases',
    (q) => {
      expect(ask(q)).toMatchObject({ intent: 'describe', topic: 'maintenance' });
    },
  );

  // Security fixes a release line still gets are its upkeep, not the framework's security features.
  it.each(['¿Hasta cuándo recibe Django 4.2 parches de seguridad?', 'Bekommt Django 4.2 noch Sicherheitsupdates?', 'Jak dlouho dostává Django 5.2 bezpečnostní opravy?', 'how long is django 5.2 under security support?'])(
    '%j asks how long it is kept up',
    (q) => {
      expect(ask(q)).toMatchObject({ intent: 'describe', topic: 'maintenance' });
    },
  );

  it.each(['Který framework má API s automatickou dokumentací?', 'Który framework do API z automatyczną dokumentacją?'])('%j asks for automatic API docs', (q) => {
    expect(ask(q).topic).toBe('openapi');
  });
});

describe('needs and list questions in words of other languages', () => {
  it.each([
    // Connections held at once are concurrency; a chat inflected is realtime.
    ['Чи впорається Sanic з тисячами одночасних підключень?', 'async'],
    ['Подойдёт ли Quart для чата поддержки?', 'websockets'],
    ['Flaskでバックグラウンドタスクを動かすには？', 'background_jobs'],
    // "The first time" in Korean is a beginner.
    ['웹 개발은 처음이라 어떤 파이썬 프레임워크가 좋을까요?', 'learning_curve'],
    // Large projects in Arabic; a move in Czech.
    ['هل Django مناسب للمشاريع الكبيرة؟', 'scalability'],
    ['Jak migrovat z Bottle na Flask?', 'migration'],
    // Many users at once, in German, are a load to carry.
    ['Kann Sanic viele gleichzeitige Nutzer bedienen?', 'scalability'],
    // Big projects and online shops in Hindi, inflected as the sentence needs them.
    ['क्या Pyramid बड़े प्रोजेक्ट्स के लिए सही है?', 'scalability'],
    ['ई-कॉमर्स साइट के लिए Flask या Django?', 'multi_page'],
    // A news site in Hebrew, Greek and Russian.
    ['האם Pyramid מתאים לאתר חדשות?', 'multi_page'],
    ['Είναι το Flask καλό για ένα ειδησεογραφικό site;', 'multi_page'],
    ['Подойдёт ли Flask для новостного сайта?', 'multi_page'],
    // Which of two to learn (first), in Vietnamese.
    ['Nên học Bottle hay Pyramid trước?', 'learning_curve'],
    // Large-scale and large projects in Turkish, Hebrew and Persian.
    ['Pyramid ile büyük ölçekli bir uygulama yazılır mı?', 'scalability'],
    ['האם Sanic מתאים לפרויקט גדול?', 'scalability'],
    ['آیا Falcon برای پروژه‌های بزرگ مناسب است؟', 'scalability'],
    // ...and in Polish, inflected.
    ['Czy Sanic nadaje się do dużej aplikacji?', 'scalability'],
    // Learning, with words between it and how easy it is, in Korean, Hindi and Persian; where to begin.
    ['Bottle이랑 Flask 중에 뭐가 배우기 훨씬 편해요?', 'learning_curve'],
    ['Bottle और CherryPy में से सीखना किसका सरल है?', 'learning_curve'],
    ['برای یادگیری، Bottle خوب است یا CherryPy؟', 'learning_curve'],
    ['Per començar amb la web, Bottle o CherryPy?', 'learning_curve'],
    ['any python framework you would call good to start with?', 'learning_curve'],
    ['which of bottle and cherrypy is simpler to pick up for someone like me?', 'learning_curve'],
    // A blog in Devanagari, Bengali and Arabic script; "small" in Devanagari.
    ['क्या Bottle से मेरा ब्लॉग चल जाएगा?', 'multi_page'],
    ['Pyramid দিয়ে কি একটা ব্লগ বানানো ভালো?', 'multi_page'],
    ['هل Bottle مناسب لمدونة؟', 'multi_page'],
    ['CherryPy एक छोटी सी वेबसाइट के लिए कैसा है?', 'small_apps'],
    // Counts written as words in Persian ("one million", "a hundred thousand") and Russian's inflected millions.
    ['آیا Pyramid برای فروشگاهی با یک میلیون بازدید ماهانه کافی است؟', 'scalability'],
    ['آیا Flask برای سرویسی با صد هزار کاربر جواب می‌دهد؟', 'scalability'],
    ['Выдержит ли Bottle сервис с миллионами пользователей?', 'scalability'],
    // Large in Thai; still supported in Persian.
    ['Pyramid เหมาะกับระบบขนาดใหญ่หรือเปล่า', 'scalability'],
    ['آیا Bottle هنوز پشتیبانی می‌شود؟', 'maintenance'],
  ])('%j is about %s', (q, topic) => {
    expect(ask(q).topic).toBe(topic);
  });

  // "Which framework should I learn after Django?" in Vietnamese: something other than Django, widely used.
  it('"Nên học framework nào sau Django?" sets Django aside', () => {
    const a = ask('Nên học framework nào sau Django?');
    expect(a.intent).toBe('recommend');
    expect(a.recommendation).not.toBe('django');
    expect(a.topic).toBe('learning_curve');
    expect(a.parts.title).toMatch(/large community/);
  });

  // "How do I add ..." in Hindi is a how-to, described.
  it('"Django में login कैसे add करें?" is described', () => {
    expect(ask('Django में login कैसे add करें?')).toMatchObject({ intent: 'describe', topic: 'auth' });
  });

  // ...and so is Romanian "how do I put ... in production", with the server it runs on.
  it('"Cum rulez o aplicație Sanic cu uvicorn în producție?" is described', () => {
    expect(ask('Cum rulez o aplicație Sanic cu uvicorn în producție?')).toMatchObject({ intent: 'describe', topic: 'deployment' });
  });

  // Python written in Arabic or Persian letters, asking for a framework, is ours.
  it.each(['ما أفضل إطار عمل بايثون لمتجر إلكتروني؟', 'کدام فریم‌ورک پایتون برای یک وبلاگ ساده خوب است؟'])('%j asks for a framework', (q) => {
    expect(ask(q).intent).toBe('recommend');
  });

  // "frameworks" in another language, with none named and no need, asks for the list.
  it.each(['Які є веб-фреймворки для Python?', 'Jakie są frameworki webowe w Pythonie?', 'Mitä Python web-kehyksiä on olemassa?', '파이썬으로 웹 만들 때 쓰는 프레임워크 뭐가 있어요?', 'Pythonのウェブフレームワークにはどんなものがありますか？', 'Framework web Python apa saja yang ada?', 'Ni framework gani za wavuti unazozifahamu?'])('%j asks for the list', (q) => {
    expect(ask(q).intent).toBe('list_frameworks');
  });
});

describe('needs written in traditional Chinese characters are read as in simplified ones', () => {
  it.each([
    ['Falcon 內建權限管理嗎？還是要自己寫？', 'feature_check', 'auth'],
    ['FastAPI 可以自動生成文檔嗎？', 'feature_check', 'openapi'],
    ['Sanic 適合做高併發的服務嗎？', 'recommend', 'async'],
    ['Django 的項目結構應該怎麼安排？', 'describe', 'project_structure'],
    // Taiwan's own word for a community of users.
    ['Litestar 的社群大嗎？', 'describe', 'community'],
  ] as const)('%j is %s on %s', (q, intent, topic) => {
    expect(ask(q)).toMatchObject({ intent, topic });
  });
});

describe('an app counted in a few parts, in other languages, is a small app', () => {
  // ...and Vietnamese "a few" ("vài", "mấy") before the part.
  it.each(['Ist Django gut für eine API mit drei Endpunkten?', '¿Django para una web de tres páginas?', 'Có nên dùng Django cho một dịch vụ với mấy endpoint?'])('%j', (q) => {
    expect(ask(q)).toMatchObject({ intent: 'recommend', frameworks: ['django'], topic: 'small_apps', fit: 'poor' });
  });
  // Bengali counts with the counting word glued on ("তিনটি", "কয়েকটা").
  it.each(['তিনটি endpoint-এর API-এর জন্য কি Django ব্যবহার করা উচিত?', 'কয়েকটা endpoint-এর API-এর জন্য কি Django ব্যবহার করা উচিত?'])('%j', (q) => {
    expect(ask(q)).toMatchObject({ intent: 'recommend', frameworks: ['django'], fit: 'poor' });
  });
});

describe('async not wanted, on a framework that runs only async code, is a no', () => {
  it.each(["is sanic a good choice for our internal tool? we don't want async code at all", 'would aiohttp be fine for a small api if we want no async anywhere?'])('%j', (q) => {
    const a = ask(q);
    expect(a.fit).toBe('poor');
    expect(a.parts.verdict).toMatch(/runs only async code/);
    expect(knowledge.frameworks.find((f) => f.id === a.recommendation)?.interfaces).toContain('wsgi');
  });

  // FastAPI and Starlette run plain `def` handlers in a thread pool: a team can write only sync code there.
  it.each(['would fastapi be fine for a small api if we want no async anywhere?', 'is starlette ok for a tiny json api if we want no async code at all?'])('%j is no "runs only async code"', (q) => {
    const a = ask(q);
    expect(a.fit).not.toBe('poor');
    expect(a.parts.verdict).not.toMatch(/runs only async code/);
    // ...and the answer says how, with the docs behind it.
    expect(a.parts.notes.join(' ')).toMatch(/plain def .*thread pool/);
    expect(a.sources.some((s) => /async|threadpool/.test(s.url))).toBe(true);
  });
});

describe('a host that speaks only WSGI rules out frameworks with no WSGI interface', () => {
  const wsgi = (id: string | null) => knowledge.frameworks.find((f) => f.id === id)?.interfaces ?? [];
  it.each([
    'our cpanel hosting only runs python apps via passenger wsgi. is quart ok for our booking site?',
    "The school's server is mod_wsgi only. Would litestar be a sensible pick for the homework portal?",
    'our web host only offers wsgi for python. does that rule out fastapi for a small members api?',
  ])('%j is a no, with a framework that runs there', (q) => {
    const a = ask(q);
    expect(a).toMatchObject({ intent: 'recommend', fit: 'poor' });
    expect(a.parts.verdict).toMatch(/no WSGI interface/);
    expect(wsgi(a.recommendation)).toContain('wsgi');
  });

  it('a pick for such a host runs there, and deployment ease elsewhere does not decide it', () => {
    const a = ask('our provider only supports wsgi apps: which framework for a small club site with member logins?');
    expect(wsgi(a.recommendation)).toContain('wsgi');
    expect(a.recommendation).not.toBe('cherrypy');
  });

  it('asking whether a framework itself is still WSGI-only is no hosting constraint', () => {
    expect(ask('does falcon do asgi now, or is it still wsgi only?').parts.verdict).not.toMatch(/no WSGI interface/);
  });
});

describe('"should we build <ours> in X?" asks whether X fits, with the thing built in between', () => {
  it.each(["Should we build our booking site in Pyramid? It's the usual thing: a dozen server-rendered pages, sign-up and login, a contact form and an admin for two staff.", 'Should we build our parish website in Bottle?'])('%j', (q) => {
    const a = ask(q);
    expect(a.intent).toBe('recommend');
    expect(a.fit).not.toBeNull();
  });
});

describe('yes/no fit questions in Swedish', () => {
  it.each(['Är Bottle bra för en bokningstjänst med miljontals användare?', 'Passar Pyramid för vår nya webbshop?'])('%j', (q) => {
    const a = ask(q);
    expect(a.intent).toBe('recommend');
    expect(a.fit).not.toBeNull();
  });
});

describe('yes/no fit questions in Urdu', () => {
  it.each([
    ['کیا Flask ایک چھوٹی ویب سائٹ کے لیے ٹھیک ہے؟', 'small_apps'],
    // "one lakh users": the number spelt in Urdu.
    ['کیا FastAPI ایک لاکھ صارفین کے لیے ٹھیک ہے؟', 'scalability'],
  ])('%j', (q, topic) => {
    expect(ask(q)).toMatchObject({ intent: 'recommend', topic });
  });
});

describe('too much for the app, for a team that knows it well, is a trade-off', () => {
  // A lighter framework would do, but switching costs a team that knows Django: it depends, and Django stays the pick.
  it('"is django too heavy for microservices? we\'re all django people" depends', () => {
    expect(ask("is django too heavy for microservices? we're all django people")).toMatchObject({ intent: 'recommend', fit: 'depends', recommendation: 'django' });
  });
});

describe('"too heavy" in a sentence that reports a claim, beside the one that asks, is not the question', () => {
  it.each(['Was sind die Nachteile von Django für eine kleine API? Ein Kollege meint, es sei zu schwer.', 'Quali sono gli svantaggi di Django per una piccola API? Un collega dice che è troppo pesante.'])('%j asks for pros and cons', (q) => {
    expect(ask(q).intent).toBe('pros_cons');
  });
});

describe('"should I use X for Y?" in other languages asks whether the one option fits', () => {
  it.each([
    'Dovrei usare Bottle per un piccolo sito di ricette?',
    'Moet ik Bottle gebruiken voor een kleine receptensite?',
    'Bör jag använda Bottle för en liten receptsajt?',
    '小さなレシピサイトにBottleを使うべきですか？',
    '작은 레시피 사이트에 Bottle을 써야 할까요?',
    'क्या हमें रेसिपी साइट के लिए Bottle इस्तेमाल करना चाहिए?',
    // Hindi "is it ok / right?", the question word after the judgement.
    'एक छोटी रेसिपी साइट के लिए Bottle सही है क्या?',
    // Bengali "should I use ...?".
    'রেসিপি সাইটের জন্য কি Bottle ব্যবহার করা উচিত?',
    // Korean "can it handle ...?", after the load.
    'Bottle로 많은 트래픽 처리할 수 있나요?',
  ])('%j', (q) => {
    expect(ask(q)).toMatchObject({ intent: 'recommend', frameworks: ['bottle'] });
    expect(ask(q).fit).not.toBeNull();
  });
});

describe('"too heavy for this?" in other languages asks whether the one option fits', () => {
  it.each(['Django quá nặng cho một API nhỏ không?', 'Django terlalu berat untuk API kecil dengan dua endpoint?', 'Není Django zbytečně velká věc na jeden jednoduchý endpoint?'])('%j', (q) => {
    expect(ask(q)).toMatchObject({ intent: 'recommend', frameworks: ['django'], fit: 'poor' });
  });

  // ...and the lighter pick it offers is the answer to "too much?", as for "overkill".
  it.each(['Is Django te zwaar voor een simpele aanmeldpagina voor onze zeilclub?', 'Django est-il trop lourd pour une simple page de réservation ?'])('%j', (q) => {
    expect(ask(q)).toMatchObject({ intent: 'recommend', frameworks: ['django'], fit: 'poor', recommendation: 'flask' });
  });

  // A side project only hints at the size; not asked whether it is too much, the better fit is the one
  // best at what it lacks (Django's admin), not a lighter one.
  it('a side project that needs logins and an admin is not a question of too much', () => {
    expect(ask('side project: is aiohttp ok for it? it needs logins and an admin area')).toMatchObject({ fit: 'poor', recommendation: 'django' });
  });
});

describe('"is X production ready?" asks whether the one option fits', () => {
  it.each(['is falcon production-ready?', 'is starlette production grade?', 'sanic, is it really production ready?'])('%j', (q) => {
    const a = ask(q);
    expect(a.intent).toBe('recommend');
    expect(a.fit).not.toBeNull();
  });
});

describe("a need met by something else is not the framework's", () => {
  it.each(['is falcon ok for an internal json api? keycloak handles auth for us', 'should i use falcon for a fast json api? the gateway does auth', 'falcon for our json service? auth is handled by the api gateway'])('%j', (q) => {
    expect(ask(q)).toMatchObject({ intent: 'recommend', fit: 'good', recommendation: 'falcon' });
  });
});

describe('what matters less than something else is no need', () => {
  it('"hiring matters more than speed" weighs hiring only', () => {
    expect(ask('which framework for our startup? hiring matters more than speed').parts.title).toBe('Best for a large community');
  });
});

describe('ruling out most of what a framework ships as its strengths makes it the wrong tool', () => {
  it("ruling out Django's admin, ORM and templates makes it a no, with a leaner pick and why", () => {
    const a = ask('is django right for our service? no admin, no orm and no html templates, only a typed json api');
    expect(a).toMatchObject({ intent: 'recommend', fit: 'poor' });
    expect(a.recommendation).not.toBe('django');
    expect(a.text).toContain(messages.refusedBundle('Django', 'x', null, true).split('x')[0]!);
  });

  it('a leaner framework one point short on a need that is left still wins, and the answer says it is nearly as good there', () => {
    const a = ask("django for our phone app's json api? token logins, and we need no admin and no html pages");
    expect(a).toMatchObject({ intent: 'recommend', fit: 'poor' });
    expect(a.recommendation).not.toBe('django');
    expect(a.text).toContain('nearly as well');
  });

  it('a team that already knows it makes it depend on whether switching pays', () => {
    expect(ask('our team knows django inside out. is it fine for a json api with no admin and no templates?').fit).toBe('depends');
  });

  it('ruling out what a framework leaves optional changes nothing', () => {
    expect(ask('is flask ok for a json api without templates or an orm?').fit).toBe('good');
  });
});

describe('a pick that must do without a feature is among the frameworks that leave it out', () => {
  it.each(['which framework stays out of my way on the database? we only write raw sql, no orm please', 'recommend a framework with no admin panel and no templates'])('%j', (q) => {
    const a = ask(q);
    expect(a.intent).toBe('recommend');
    expect(a.recommendation).not.toBe('django');
    expect(a.parts.title).toMatch(/^Best without /);
  });
});

describe('frameworks ruled out are not recommended', () => {
  it.each([
    // Set aside before the name, and a name listed after it is set aside too.
    ["ruled out django and pyramid already. need websockets and openapi docs, what's left?", ['django', 'pyramid']],
    // Set aside after the name.
    ['flask is off the table for us. a small app with a few pages, which framework?', ['flask']],
    // The team's own framework, refused afterwards for the new thing.
    ["our team runs flask and likes it. the new job is a tiny page or two for the front desk, but we don't want flask for it. which one?", ['flask']],
    // ...in languages that say it after the name.
    ['Welches Framework für eine JSON-API mit Validierung? Django haben wir schon ausgeschlossen.', ['django']],
    ['¿Qué framework para una API con validación? Django ya lo descartamos.', ['django']],
    ['Quel framework pour une API JSON avec validation ? Django est exclu.', ['django']],
    // "no native async" right after a name says what Flask lacks; it does not ask for sync code.
    ['we rejected flask (no native async). websocket api with validation, what do you suggest?', ['flask', 'django']],
    // Needs listed with every name set aside ask for a pick, however tersely.
    ['no django, no flask. websockets + validation + openapi docs. thoughts', ['django', 'flask']],
    ["Not Django, not Flask: we use both daily. Something different for a side project, a typed async API with good docs. What's left?", ['django', 'flask']],
    // Set aside before the first of two joined by "or": both are.
    ['anything that is NOT pyramid or bottle for a small typed async api pls', ['pyramid', 'bottle']],
    // Why the one set aside is unwanted is no request for its pros and cons.
    ['suggest a framework for a tiny sync api, NOT django please, we hate the boilerplate', ['django']],
    // Not wanted with a verb between "not" and the name.
    ['not interested in tornado or sanic. a typed async api with docs, what do you suggest?', ['tornado', 'sanic']],
  ])('%j', (q, notRecommended) => {
    const a = ask(q);
    expect(a.intent).toBe('recommend');
    expect(notRecommended).not.toContain(a.recommendation);
  });
});

describe('parts a framework should not force on you ask for the freedom to choose them', () => {
  it.each(["need a python framework that won't impose templates or a folder layout on our team", 'any framework out there that does not push an orm or an admin on you?', 'recommend a framework that does not force an admin panel on us'])('%j', (q) => {
    expect(ask(q)).toMatchObject({ intent: 'recommend', topic: 'flexibility' });
    expect(ask(q).recommendation).not.toBe('django');
  });

  it('an ORM refused in so many words is still the need it turns on', () => {
    expect(ask("we only ever write raw sql. which framework won't force an orm on us?").topic).toBe('orm');
  });
});

describe('a move from one framework to another is about the move, whatever is moved', () => {
  it.each([
    'should we move our old pyramid json api to litestar? around 90 endpoints',
    'how hard is bottle -> flask for a small booking app?',
    // The thing moved need not be a word we know: "the invoicing svc", "payroll".
    'moving payroll from django to litestar this quarter, opinions?',
  ])('%j', (q) => {
    expect(ask(q)).toMatchObject({ intent: 'compare', topic: 'migration' });
  });

  it('"X is to Y as ..." is a likeness, no move', () => {
    expect(ask('is pyramid to django as bottle is to flask?').topic).not.toBe('migration');
  });
});

describe('a framework left behind before a colon sets aside only itself', () => {
  it('"Migrating off Bottle: flask or django ...?" weighs Flask and Django', () => {
    const a = ask('Migrating off Bottle: flask or django for a 10k-line app with a login?');
    expect(a.intent).toBe('compare');
    expect(['flask', 'django']).toContain(a.recommendation);
  });
});

describe('"to be safe" hedges; it asks for no security protections', () => {
  it.each([
    ['is bottle fine for a status page with 10 users, or should we pick a heavier one to be safe?', 'bottle'],
    ["we'll put it behind nginx to be safe. is cherrypy ok for a small internal form?", 'cherrypy'],
  ])('%j', (q, framework) => {
    expect(ask(q)).toMatchObject({ intent: 'recommend', fit: 'good', recommendation: framework });
  });
});

describe('traffic said to be real, with no number, is load to carry', () => {
  it("can pyramid really handle production traffic? it's a members site for about 5k people", () => {
    expect(ask("can pyramid really handle production traffic? it's a members site for about 5k people")).toMatchObject({ intent: 'recommend', topic: 'scalability', fit: 'good' });
  });
});

describe('a way of doing something inside one framework is described, not a framework picked', () => {
  it.each([
    "what's a good way to handle config for a pyramid app with several environments?",
    'what should we use for background jobs in django?',
    'where should the templates folder go in a bottle app?',
    // The usual practice for a package and a capability of it, in the one framework.
    'Tortoise with Sanic: best practice for sessions?',
  ])('%j', (q) => {
    expect(ask(q).intent).toBe('describe');
  });

  it.each(['best auth library for fastapi?', 'which migrations tool to use with pyramid?', 'a good template engine for falcon?'])('%j picks a package for it: described', (q) => {
    expect(ask(q).intent).toBe('describe');
  });

  it('the terse "<feature> for <framework>" still checks the feature', () => {
    expect(ask('orm for flask?').intent).toBe('feature_check');
  });

  it('a framework asked for, with one named as what the team knows, is still a pick', () => {
    expect(ask('what should i use for a small api? we know flask').intent).toBe('recommend');
  });
});

describe('the libraries a team says it will bring itself are no needs the framework must meet', () => {
  it.each([
    ['bottle for a small in-house json api, sensible pick? we are happy bringing our own libraries (peewee, marshmallow).', 'bottle'],
    ['is falcon a good pick for a fast json api? we will wire up our own libraries: sqlalchemy, marshmallow, jwt', 'falcon'],
  ])('%j', (q, framework) => {
    expect(ask(q)).toMatchObject({ intent: 'recommend', recommendation: framework, fit: 'good' });
  });
});

describe('a yes/no on the one framework may close the sentence that lists the needs', () => {
  it.each(['only need two or three json routes, is falcon ok?', 'just need some json endpoints, is bottle fine?', 'just a contact form and one page, is flask fine?'])('%j', (q) => {
    expect(ask(q)).toMatchObject({ intent: 'recommend', fit: expect.any(String) });
  });
});

describe('two things weighed "for" a feature are weighed on it', () => {
  it.each([
    ['wtforms vs marshmallow for validating form posts in flask?', 'validation'],
    ['flask templates vs htmx partials for admin screens', 'admin'],
  ])('%j is about %s', (q, topic) => {
    expect(ask(q)).toMatchObject({ intent: 'compare', topic });
  });
});

describe('a JavaScript frontend needs an API behind it', () => {
  it.each([
    // "no server-side html" sets templates aside; it does not say nothing web is built.
    'our react frontend needs a backend with no server-side html. suggestions?',
    'which python framework for the backend of our vue frontend?',
  ])('%j', (q) => {
    expect(ask(q)).toMatchObject({ intent: 'recommend', topic: 'rest_api' });
  });
});

describe('a feature someone insists on is what the question turns on', () => {
  it.each(['Is Falcon a sensible choice for a new JSON API if our partner team wants OpenAPI docs?', 'Would Bottle do for a new REST API if the client asks for swagger docs?'])('%j', (q) => {
    expect(ask(q)).toMatchObject({ intent: 'recommend', topic: 'openapi', fit: 'poor' });
  });
});

describe('where to learn one framework is described', () => {
  it.each([
    'Any decent courses to learn Django from scratch? The official polls tutorial felt rushed.',
    'Where do people learn Litestar these days? The docs jump straight into DTOs.',
    // ...and an easier way to learn it than its docs.
    'the sanic docs are a maze. any quicker way to learn it?',
  ])('%j', (q) => {
    expect(ask(q).intent).toBe('describe');
  });
});

describe('a full framework for content its owner edits', () => {
  it('says the built-in admin is the editor that pays for the setup', () => {
    const a = ask('is django too heavy for my personal blog about hiking?');
    expect(a.fit).toBe('depends');
    expect(a.parts.verdict).toMatch(/admin/);
  });
});

describe('too much asked with nothing it would be too much for weighs the framework itself', () => {
  it.each([
    ['honestly, isnt pyramid kind of heavyweight these days?', 'pros_cons'],
    ['is litestar bloated?', 'pros_cons'],
    // An app it would be too much for keeps the yes/no.
    ['django too heavy just for a countdown timer page?', 'recommend'],
  ])('%j is %s', (q, intent) => {
    expect(ask(q).intent).toBe(intent);
  });
});

describe('pros and cons asked of the one framework the asking sentence names', () => {
  it.each(['What do people like about Pyramid? It looks old-fashioned next to Django.', 'What are the upsides of Bottle? Everyone here uses Flask.'])('%j', (q) => {
    expect(ask(q).intent).toBe('pros_cons');
  });
});

describe('whether a feature really does what it seems to is how it works, described', () => {
  it.each([
    'Does the Django cache framework really speed up a page that hits the database on every request?',
    "Do Quart's websockets actually scale past a single worker?",
    // ...and so is how it behaves.
    'does the flask session cookie expire when the browser closes?',
    'litestar background tasks: will they get lost if the pod is killed?',
  ])('%j', (q) => {
    expect(ask(q).intent).toBe('describe');
  });
});

describe('"why not X?" asks about X', () => {
  it.each(['why not bottle for a new internal api? it has been around forever', 'why not pyramid in 2026?'])('%j', (q) => {
    const a = ask(q);
    expect(a.frameworks).toHaveLength(1);
    expect(a.intent).toBe('pros_cons');
  });
});

describe('the size and load of an app, in other languages', () => {
  it.each([
    ['Passt Django für eine Website mit hunderten Seiten?', 'multi_page'],
    ['Schafft FastAPI tausende Anfragen pro Sekunde?', 'performance'],
    ['Onko Tornadossa tuki websocketeilla?', 'websockets'],
    ['Er CherryPy nok til et lille internt værktøj på kontoret?', 'small_apps'],
    // Being new to it, in chat and in other languages, is about learning.
    // A skill never used is one to learn, not a need.
    ["flask or bottle for a class project? i've never used async", 'learning_curve'],
    ['¿Flask o Sanic para una práctica de clase? Nunca he usado async.', 'learning_curve'],
    ['bottle or cherrypy for a tiny tool, which is easier for a noob?', 'learning_curve'],
    ['¿Flask o FastAPI para el TFG? Nunca he hecho una API.', 'learning_curve'],
    ['मैं पहले FastAPI सीखूं या Django?', 'learning_curve'],
  ])('%j is about %s', (q, topic) => {
    expect(ask(q).topic).toBe(topic);
  });
});

// "an async framework? small team": the size of the people is no app for the feature to describe.
it('a kind of framework asked for stays the need beside a small team', () => {
  expect(ask('thoughts on an async framework? small team of juniors here')).toMatchObject({ topic: 'async', recommendation: 'fastapi' });
});

describe('a controller that is a device', () => {
  it('is no code layout', () => {
    expect(ask('expose three sensor values from a greenhouse controller over HTTP on a small ARM board: which framework?').topic).not.toBe('project_structure');
  });
});

describe('an app that must live for years', () => {
  // A life span ahead asks for maturity and maintenance; long-term support releases lead among equals.
  it.each([
    ['flask vs django vs pyramid for an app that must run for 15 years at an insurer', 'django'],
    ['which framework for a system we must maintain for a decade?', 'django'],
    ['we need long-term support releases and stability: flask or django?', 'django'],
  ])('%j', (q, recommendation) => {
    const a = ask(q);
    expect(['maturity', 'maintenance']).toContain(a.topic);
    expect(a.recommendation).toBe(recommendation);
  });

  it('years of experience behind the team are not a life span ahead', () => {
    expect(ask('we have used flask for 10 years; flask or fastapi for the new json api?').topic).not.toBe('maturity');
  });
});

describe('a list of every framework whichpy supports names none of them as an option', () => {
  it.each(['can you list each framework you support?', 'list every framework you know please'])('%j', (q) => {
    expect(ask(q)).toMatchObject({ intent: 'list_frameworks', frameworks: [] });
  });
});

describe('extensions of the framework a question names are its parts, not a limit on the pick', () => {
  it('"we glue Flask-Admin and Flask-Login together ... what would you pick?" weighs every framework', () => {
    const a = ask('Our staff tool started in Flask and we keep gluing Flask-Admin and Flask-Login together for the record screens and staff logins. What would you pick if we started again?');
    expect(a).toMatchObject({ intent: 'recommend', recommendation: 'django' });
  });
  // A toolkit is a choice made inside it.
  it('"DRF or Ninja for the new endpoints in our Django project?" stays with Django', () => {
    expect(ask('which one for the new endpoints in our Django project, DRF or Ninja? the team knows DRF').recommendation).not.toBe('fastapi');
  });
});

describe('a fallback asked for if the one option will not do', () => {
  // Another option, unnamed, makes the feature a question of fit.
  it.each(['can pyramid do websockets for a live leaderboard, or should we use something else?', 'is bottle fine for 300 people at once? or do we need something else'])('%j asks whether it fits', (q) => {
    expect(ask(q).intent).toBe('recommend');
  });
  // A package named to add beside it is still the feature asked of the framework.
  it('"does pyramid handle websockets, or would we need socketio or something else?" checks the feature', () => {
    expect(ask('does pyramid handle websockets, or would we need socketio or something else?')).toMatchObject({ intent: 'feature_check', frameworks: ['pyramid'], topic: 'websockets' });
  });
});

describe('asked whether a framework is too much, the yes or no answers that word', () => {
  it.each([
    ['is django overkill for a json service with two routes', /^Yes, too much here: Django is a poor fit/],
    ['would django be too heavy for our shop? accounts, an admin for staff, orders', /^No, not too much: Django is a good fit/],
    // Too much said of another framework, in a sentence that does not ask, leaves the plain yes.
    ['Django feels bloated to me. Is Flask fine for ten pages and logins?', /^Yes: Flask is a good fit/],
  ])('%j', (q, opening) => {
    expect(ask(q).parts.verdict).toMatch(opening);
  });
});

describe('yes/no fit questions answer yes, no or "it depends" first, judged on every need', () => {
  it.each([
    // [question, fit, recommendation (null: not checked)]
    ['should we use bottle for a marketplace with millions of users, an admin and user accounts', 'poor', 'django'],
    // A kind of app that always has a need, unnamed: a shop's staff keep its products (an admin), a
    // social network's members log in (accounts).
    ['is flask fine for an online store with lots of traffic?', 'depends', 'django'],
    ['would bottle be a sound pick for a social network?', 'poor', 'django'],
    // A trained model to serve is an API its callers reach, a hint beside what is asked.
    ['is fastapi fine for serving our keras model to the mobile team?', 'good', 'fastapi'],
    // ...and so is an inference service named as what is built.
    ['litestar for our model inference server?', 'good', 'litestar'],
    ['would litestar suit our forecasting model service?', 'good', 'litestar'],
    // A plural count of another: "hundreds of thousands" is a crowd, not a hundred.
    ['would bottle be a sound pick for a forum we hope grows to hundreds of thousands of visitors?', 'poor', null],
    ['is django overkill for a tiny api with two endpoints', 'poor', null],
    // Connections counted are held open, websockets named or not: the event loop carries them, and the
    // database and pages ruled out stay out once the load is what is asked.
    ['Is Tornado still sensible for a server-push service holding ~25k idle connections on each box? no database, no html.', 'good', 'tornado'],
    ['tornado for a notification push service, ~20k concurrent connections per box, still reasonable?', 'good', 'tornado'],
    // The server's workers counted are its processes, no background jobs to judge.
    ['Can Flask take about 200 requests a second behind gunicorn with 6 workers? mostly cached reads', 'good', 'flask'],
    // Two needs joined by "and" share the "not needed" said after the second, in English and Turkish.
    ["is django alright for a tiny json backend? admin and templates aren't needed", 'poor', 'fastapi'],
    ['Django küçük bir JSON API için uygun mu? Admin paneli ve şablonlar gerekmiyor.', 'poor', 'fastapi'],
    // Templates that wait for Jinja2 to be installed are no weight carried: the smallest fit is not the one without them.
    ['a small json api of three routes, no admin and no templates: is django overkill?', 'poor', 'fastapi'],
    // A leaner framework close on each need left (JWT login) is the better fit, though another leads on the API.
    ['would django be right as the REST backend of our android app? ~15 endpoints, token auth via JWT, the admin is not needed, no html pages', 'poor', 'litestar'],
    // The alternative asked for in case the answer is no.
    ['bottle for an app with an admin and user accounts: good idea? if not, what else?', 'poor', 'django'],
    // "Overkill" in other languages.
    ['Ist Django für eine API mit zwei Endpunkten überdimensioniert?', 'poor', null],
    ['Czy Django to nie przesada dla API z dwoma endpointami?', 'poor', null],
    // Too much asked of an app named by what it does, never said to be small: the size decides it.
    ['would django be too heavy as the json backend of our ios app?', 'depends', null],
    ['Django for a pure REST service with no html, overkill?', 'depends', 'flask'],
    // Content its owner keeps editing: the built-in admin is the editor, which pays for the setup.
    ['is django too much for a little travel blog i update every week?', 'depends', 'flask'],
    // Pages rendered on the server, said without how many, on a framework weak for big sites: it depends on the size.
    ['is starlette sane for server rendered html with htmx?', 'depends', 'django'],
    ['fastapi fine for a server rendered site that has lots of pages?', 'poor', 'django'],
    // ...but where it serves the app only with effort (Django for microservices), it stays a no.
    ['django for microservices, too heavy?', 'poor', null],
    // A simple webhook, or an API of two endpoints, said in another language, is said to be small.
    ['Blir Django för tungt för en enkel webhook som bara loggar JSON från API:t?', 'poor', null],
    ['Czy Django to przesada dla serwisu REST z trzema endpointami?', 'poor', null],
    ['is flask ok for a small personal blog', 'good', 'flask'],
    // A load every framework carries with a few workers, and nothing else asked: yes. Traffic per day is
    // about a hundred thousandth of it per second.
    ['can flask scale to 5 million requests a day?', 'good', 'flask'],
    ['can pyramid handle 300 requests per second?', 'good', 'pyramid'],
    // ...whatever the question only hints at beside the load (the API it serves).
    ['is pyramid good enough for an api doing 150 requests per second?', 'good', 'pyramid'],
    // A side project can be a whole site with accounts: its size is only a hint.
    ['side project: a site for my family with logins, photo uploads and comments. is django a good pick?', 'good', 'django'],
    // One endpoint taking a webhook is about the smallest app there is.
    ['would bottle be enough for a webhook listener that appends each event to a log file?', 'good', 'bottle'],
    // Needs ruled out with an article after "or"; a key checked on each request is no user accounts.
    ["Is Falcon a sensible pick for a public JSON API that has to be quick? We don't need templates or an admin, only resources and API-key auth.", 'good', 'falcon'],
    // "Does X make sense for ..." asks about fit; what X ships, all ruled out, is weight without use.
    ['does django make sense for a relay that forwards JSON to two services? we need no admin, no orm and no templates', 'poor', 'fastapi'],
    // A lighter option asked for after the yes/no is the fallback; the one asked about is not set aside.
    ['our choir needs one page with a signup form. is bottle ok for that, or is there something lighter?', 'good', 'bottle'],
    // ...and a noun the first need's name leaves out ("pages") stays in its item.
    ["we don't need server-rendered pages or an admin, just typed json endpoints with openapi docs. would fastapi be a good choice?", 'good', 'fastapi'],
    // ...and a list of needs ruled out, an article opening each item.
    ["we won't use an admin, an ORM or templates; django for a plain json api, too much?", 'poor', 'fastapi'],
    // ...with commas alone between the first items; the framework a colleague wants is an option, not what the team knows.
    ["no templates, sessions, an admin or forms needed, just async json endpoints with openapi docs. our lead is set on django: is that the right call?", 'poor', 'fastapi'],
    // ...and needs side by side, once joined by a slash, that the burden named after them closes.
    ['is django right for a bare json relay? no orm/admin bloat please', 'poor', 'fastapi'],
    // ...and "none of the" rules them out as "no" does.
    ['is django right for a bare json relay? we want none of the orm/admin baggage', 'poor', 'fastapi'],
    // Pages it will never serve are no need: "we don't serve any HTML" rules templates out.
    ['is falcon right for our partner api? we don\'t serve any html at all, only json resources', 'good', 'falcon'],
    // The needs stated are served well; hints beside them (a form every small site has, a modest load) do not make it "it depends".
    ['is bottle enough for a makerspace 3d-printer queue page? 15 members, runs on a pi, one form and one list', 'good', 'bottle'],
    // Not overkill when only a rarely used framework would be lighter and still serve the needs.
    ['client runs a wordpress site and wants a members area, video lessons and quizzes; the plugins are a mess. thinking django. good idea or overkill?', 'good', 'django'],
    // "Is it good for ...?" asks about the one framework named, even when it was named as what they know.
    ['we know flask well. is it good for a json api?', 'good', 'flask'],
    // A cart lives in a session, customers have accounts: a shop on a microframework with neither is a no.
    ['is bottle enough for an online store with 300 products, a cart and checkout?', 'poor', 'django'],
    ['would cherrypy work for a webshop with customer accounts and payments?', 'poor', 'django'],
    // Calling other HTTP APIs is an HTTP client: aiohttp ships one beside its server.
    ['our service gets webhooks and for each one calls two other HTTP APIs. is aiohttp a good idea?', 'good', 'aiohttp'],
    // Asked whether it will last: a yes for what most teams pick, "it depends" for what few do.
    ['is sanic still a sensible pick for a brand new json api?', 'depends', null],
    ['is tornado still a good choice for a new chat service with websockets?', 'depends', null],
    ['is django still a good choice for a new intranet with server-rendered pages?', 'good', 'django'],
    ['can django handle a site with lots of users and high traffic', 'good', 'django'],
    ['is falcon a good fit for a multi page website with templates and login forms', 'poor', null],
    // "built in" / "out of the box": a need met only through an extension does not count.
    ['is pyramid enough if we want login, forms and an orm all out of the box', 'poor', null],
    ['is django a good pick if we want the admin, auth and orm built in', 'good', 'django'],
    // A skill the team lacks is not a need, but learning it is.
    ['is aiohttp right for a small json api if none of us has async experience', 'poor', null],
    // ...said further back, through who nobody is.
    ['should we pick sanic for the billing api? nobody in our small team has ever written async python', 'poor', null],
    // Asking for pros and cons too, or naming a feature, it is still a yes/no about one option.
    ['what are the upsides and downsides of bottle for a tiny webhook receiver? should we just go with it?', 'good', 'bottle'],
    ['Django va bene per una API REST con il pannello di amministrazione?', 'good', 'django'],
    ['czy bottle nadaje się do sklepu z panelem admin i kontami użytkowników?', 'poor', 'django'],
    // Knowing little Python is a beginner's need.
    ['tornado for my very first site? i barely know python', 'poor', null],
    // "a good choice" in other languages asks the same yes/no.
    ['Bottle é uma boa escolha para uma loja com painel admin e contas de usuário?', 'poor', 'django'],
    // "X for Y?" in other languages, with database migrations that are not a move between frameworks.
    ['Bottle pour un intranet avec admin, authentification, ORM et migrations ?', 'poor', 'django'],
    // A user base that tells frameworks apart, on one that scales only with effort; a throughput is judged on ratings.
    ['flask for a multi-page forum with 3 million users?', 'depends', null],
    ['is quart fine for a multi page site used by 2 million customers?', 'depends', null],
    ['would flask cope with 2M requests a day for our multi page catalogue?', 'good', 'flask'],
    // A blog that said something is where a claim comes from, not the app.
    ['some blog said falcon is only for toys. can it handle 2M requests a day?', 'good', 'falcon'],
    // Where the stakes are high, middling security is no plain yes.
    ["can we trust fastapi's security for a hospital records api?", 'depends', null],
    // A sentence of a name and "fine" or "ok" asks the yes/no too.
    ['wanna put our model behind an http endpoint, nothing fancy. bottle fine?', 'good', 'bottle'],
    ['gotta serve some static reports plus one api route. cherrypy ok?', 'good', 'cherrypy'],
    // A site heavy on HTML is a multi-page site, where an API-first framework is weak.
    ['starlette for an html-heavy brochure site?', 'poor', null],
    // A crowd the app is for, whatever they are called, is its load.
    ['is bottle fine for a social network for about 400k gamers?', 'poor', null],
    // Whether it is too much, asked in a run of notes without a full stop before it.
    ['needs: one upload page, one results table, 3 users, runs on an old office pc is django overkill? what would be leaner', 'poor', null],
    // The sentence that asks names one framework; those named in the sentences around it are background.
    ['A colleague pushed for Django, but it seems a lot for us. Is Flask fine for a club site with a members page and a few forms?', 'good', 'flask'],
    ['My manager likes Django. Would Falcon be a good pick for our internal JSON API with about ten endpoints?', 'good', 'falcon'],
    ['The tutorial I followed used Flask. Is Django a good choice for a school newspaper site with editors, logins and an admin?', 'good', 'django'],
  ])('%j', (q, fit, recommendation) => {
    const a = ask(q);
    expect(a.intent).toBe('recommend');
    expect(a.fit).toBe(fit);
    if (recommendation) expect(a.recommendation).toBe(recommendation);
    // (Asked whether it is too much, the yes and no swap: "Yes, too much here" is the poor fit.)
    const opener = { good: /^(?:Yes:|No, not too much:)/, poor: /^(?:No:|Yes, too much here:)/, depends: /^It depends/ }[fit as 'good' | 'poor' | 'depends'];
    expect(a.parts.verdict).toMatch(opener);
    if (fit === 'poor') expect(a.recommendation).not.toBe(a.frameworks[0]);
  });

  // ...but another sentence that asks about a framework, or a yes/no about "it", weighs them.
  it.each(['Is Flask fine for a small JSON API? Or would you take FastAPI instead?', 'Is it stable enough for a payments API, or should we stay on Django like everyone? Sanic looks fast.'])(
    'a second framework asked about keeps the comparison: %j',
    (q) => {
      expect(ask(q)).toMatchObject({ intent: 'compare', fit: null });
    },
  );

  it('a feature question stays a feature check, without a fit', () => {
    expect(ask('can sanic do websockets')).toMatchObject({ intent: 'feature_check', fit: null, support: 'built_in' });
  });

  it('a need ruled out is not weighed ("no orm needed")', () => {
    expect(ask('which framework for a websocket service with many connections, no orm needed').topic).not.toBe('orm');
  });

  it('"nothing" right before a need rules it out ("nothing real-time")', () => {
    const a = ask('is falcon good for a small json api? nothing realtime, just crud');
    expect(a).toMatchObject({ topic: 'rest_api', fit: 'good' });
    expect(a.text).not.toMatch(/WebSockets/);
  });
});

describe('pub/sub through a broker is a hint of events, not a need for signals', () => {
  it('a websocket gateway fed by redis pub/sub is judged on its sockets', () => {
    expect(ask('is tornado fine as a websocket gateway with a few thousand clients? events arrive over redis pub/sub')).toMatchObject({ intent: 'recommend', topic: 'websockets', fit: 'good' });
  });
});

describe('whether to learn or use the one named, asked in Hindi and Japanese, is a yes/no about it', () => {
  it.each(['क्या मुझे शुरुआत में Bottle सीखना चाहिए?', 'FastAPIは今でも使う価値がありますか？'])('%j', (q) => {
    expect(ask(q).intent).toBe('recommend');
  });
});

describe('a hobby app and a few pages, in Swedish, are a small app, and "okej för" asks about fit', () => {
  it.each(['Räcker Flask för en hobbyapp som bara jag använder?', 'Är Bottle okej för en sajt med några få sidor?'])('%j', (q) => {
    expect(ask(q)).toMatchObject({ intent: 'recommend', topic: 'small_apps', fit: 'good' });
  });
});

describe('"too heavy" in Persian and Arabic asks whether the framework is too much', () => {
  it.each(['آیا جنگو برای یک وبلاگ شخصی کوچک خیلی سنگین است؟', 'هل Django ثقيل جداً لواجهة API صغيرة؟'])('%j', (q) => {
    expect(ask(q)).toMatchObject({ intent: 'recommend', topic: 'small_apps', fit: 'poor' });
  });
});

describe('a framework someone wants the team off, then asked about in a sentence of its own, is what the yes/no is about', () => {
  it('the team keeps the framework that serves it', () => {
    const a = ask('Our new VP wants us off Django since it\'s "slow". 25 devs, ~300 models, ops live in the admin all day, response times are ok. Is Django honestly a bad pick for us?');
    expect(a).toMatchObject({ intent: 'recommend', fit: 'good', recommendation: 'django' });
  });
});

describe('"should we NOT use X" still asks about X', () => {
  it('is a yes/no about the one framework', () => {
    expect(ask('should we not use sanic for a company site with forty server-rendered pages plus a contact form?')).toMatchObject({ intent: 'recommend', frameworks: ['sanic'], fit: 'poor' });
  });
});

describe('a name asked on its own after the needs is a yes/no about it', () => {
  it.each([
    ['no admin, no orm, only json for our partners. django?', 'poor'],
    ['websockets and server-sent events, nothing else. sanic?', 'good'],
  ])('%j is %s', (q, fit) => {
    expect(ask(q)).toMatchObject({ intent: 'recommend', fit });
  });
});

describe('German "Logik" is logic, not a misspelt login', () => {
  it('a small API with a little logic is no call for auth', () => {
    expect(ask('Ist Django zu groß für ein kleines API? Da ist nur ein wenig Logik drin.')).toMatchObject({ intent: 'recommend', topic: 'small_apps', fit: 'poor' });
  });
});

describe('small, in Greek, and order management, which staff do in an admin', () => {
  it.each([
    ['Είναι το Bottle εντάξει για μικρό API, λίγα endpoints;', 'small_apps'],
    ['best framework for a little online store where two staff handle order management?', 'admin'],
  ])('%j is about %s', (q, topic) => {
    expect(ask(q)).toMatchObject({ intent: 'recommend', topic });
  });
});

describe('"what is that", pointed back at the end, asks what the thing just named is', () => {
  it.each(['django signals wtf are those', 'flask blueprints? what even are they'])('%j', (q) => {
    expect(ask(q).intent).toBe('describe');
  });
});

describe('"what are the differences" weighs the two named before, whatever one thing it lists', () => {
  it.each([
    ['Spent years on Django; my new team is on Litestar. What are the differences in practice: DTOs, dependency injection, project layout?', ['django', 'litestar']],
    ['Daphne vs Hypercorn: both show up in tutorials. How do they actually differ, and which fits a Quart app?', ['quart']],
  ])('%j', (q, frameworks) => {
    expect(ask(q)).toMatchObject({ intent: 'compare', frameworks });
  });
});

describe('a name starts in its own sentence, whatever longer alias reaches back into the one before', () => {
  it('"...Python. Django, or Flask?" weighs both', () => {
    expect(ask('we all know python. django, or flask with extensions?')).toMatchObject({ intent: 'compare', frameworks: ['django', 'flask'] });
  });
});

describe('the trade-offs of one option against the framework it would replace are a comparison', () => {
  it('weighs the two', () => {
    expect(ask('Engineers pitch Sanic for the ingest API instead of Flask, which the rest of our services use. Which trade-offs should I probe?')).toMatchObject({ intent: 'compare', frameworks: ['sanic', 'flask'] });
  });
});

describe('two names joined by "or" in another language are weighed', () => {
  it.each([
    ['Django sau Flask pentru un portal intern cu multe roluri și permisiuni, echipă de 6?', ['django', 'flask']],
    ['¿uso waitress o gunicorn para una app Flask en un VPS?', ['flask']],
  ])('%j', (q, frameworks) => {
    expect(ask(q)).toMatchObject({ intent: 'compare', frameworks });
  });
});

describe('two things of one kind are compared', () => {
  it.each([
    ['wsgi vs asgi', [], 'deployment'],
    ['pydantic or marshmallow for request validation', [], 'validation'],
    ['django orm vs sqlalchemy', ['django'], 'orm'],
    ['celery vs rq for background jobs', [], 'background_jobs'],
    // Chosen between, for the framework they already picked.
    ["we're torn between marshmallow and pydantic for a new flask service, juniors mostly", ['flask'], 'validation'],
    ['Is Django REST framework still the go-to or has Django Ninja overtaken it? New internal API, our team knows Django well.', ['django'], 'rest_api'],
    // The possessive particle between the names, and "which of the two" in Japanese.
    ['Django の ORM と SQLAlchemy、集計にはどちらが向いていますか？', ['django'], 'orm'],
  ])('%j', (q, frameworks, topic) => {
    const a = ask(q);
    expect(a).toMatchObject({ intent: 'compare', frameworks, topic, recommendation: null });
    expect(a.parts.fields.length).toBeGreaterThanOrEqual(2);
  });
});

describe('questions it used to sidestep', () => {
  it('a vague question gets the questions that decide it, as buttons', () => {
    const a = ask('which one is best?');
    expect(a).toMatchObject({ intent: 'recommend', recommendation: null, frameworks: [] });
    expect(a.parts.followUps.length).toBeGreaterThanOrEqual(3);
  });

  it('maintenance questions get versions and support dates', () => {
    const a = ask('is pyramid still maintained?');
    expect(a).toMatchObject({ frameworks: ['pyramid'], topic: 'maintenance' });
    expect(a.text).toContain(knowledge.frameworks.find((f) => f.id === 'pyramid')!.release.latest);
  });

  it('"show me" questions get code', () => {
    const a = ask('show me a hello world in falcon');
    expect(a.parts.code?.[0]?.code).toMatch(/falcon/);
  });

  it('a comparison without a topic leads with the differences that matter most for those frameworks', () => {
    const a = ask('flask or fastapi?');
    expect(a.parts.verdict).toMatch(/^The differences that matter most: /);
    expect(a.parts.sections[0]!.lines.length).toBeGreaterThan(0);
  });
});

describe('answers people read to the end', () => {
  it.each(['django vs flask vs fastapi for an api with an admin', 'list frameworks', 'what is django', 'best framework for async'])('%j cites at most five sources and shows when facts were checked', (q) => {
    const a = ask(q);
    expect(a.sources.length).toBeLessThanOrEqual(5);
    expect(a.text).toMatch(/Checked [A-Z][a-z]+ \d{4}/);
  });

  it('never shows internal words', () => {
    for (const f of knowledge.frameworks) {
      for (const q of [`what is ${f.name}`, `${f.name} pros and cons`, `should i use ${f.name} for an admin panel`]) {
        expect(ask(q).text).not.toMatch(/seed article/i);
      }
    }
  });
});

describe('booking is what apps do, not a book to read', () => {
  it('"book a table" asks for no documentation', () => {
    expect(ask('which framework for a site where people book a table at our restaurant?').topic).not.toBe('documentation');
  });
});

describe('a describing word is not the need', () => {
  it.each([
    // [question, the need it is about]
    ['which framework gives me a flexible templating engine and forms', 'templates'],
    ['pain points of async sqlalchemy with litestar', 'orm'],
    ['need a fast orm for a big django project', 'orm'],
  ])('%j is about %s', (q, topic) => {
    expect(ask(q).topic).toBe(topic);
  });
});

describe('"good or bad?" asks for pros and cons', () => {
  // Measured against a kind of framework ("ASGI frameworks"), not a second framework, they stay its pros and cons.
  it.each(['biggest drawbacks of bottle compared to the newer asgi frameworks?', 'what are the downsides of falcon compared with other wsgi frameworks?'])('%j', (q) => {
    expect(ask(q).intent).toBe('pros_cons');
  });

  // What one framework is good at, or good at and bad at, is its strengths and weaknesses.
  it.each(['what is pyramid really good at these days?', 'quart: good at vs bad at?'])('%j', (q) => {
    expect(ask(q).intent).toBe('pros_cons');
  });

  // The risks of a framework are its cons; so is a practice called bad or an anti-pattern.
  it.each(['is the fastapi Depends trick considered bad practice for db sessions?', 'flask blueprints or one big module? is the single module an anti-pattern?', 'flask blueprints good or bad?', 'pyramid traversal: bad or good idea?', 'flask-smorest any good', 'django channels any good', "What are Quart's risks?", 'what are the risks of sanic for a payments team?', 'pyramid strengths for a big intranet with custom permissions?', 'tornado advantages for a long-polling service, nothing else?'])('%j', (q) => {
    expect(ask(q).intent).toBe('pros_cons');
  });

  // Asked outright of the one named, whatever it is weighed for in the same breath.
  it.each([
    'falcon good + bad points? considering it for a parking api',
    'bottle: what do the people who picked it actually like about it? our club is evaluating it for a members site.',
    'flask is too minimal 🙄 change my mind',
    'fastapi depends a good idea?',
    // ...with another framework set aside beside it.
    'weaknesses of running plain falcon, without sanic or anything async, for a busy internal api?',
  ])('%j', (q) => {
    expect(ask(q).intent).toBe('pros_cons');
  });

  it('"any good for <a need>" is a yes/no about fit', () => {
    expect(ask('is sanic any good for websockets?')).toMatchObject({ intent: 'recommend', fit: 'good' });
  });

  it('"good or bad for <a need>" offers both verdicts and asks which', () => {
    expect(ask('tornado, good or bad for a service holding thousands of idle long-poll clients?')).toMatchObject({ intent: 'recommend', frameworks: ['tornado'] });
  });

  it.each(['is cherrypy still worth it in 2026?', 'is bottle even worth picking today?'])('"is X still worth it" is a yes/no about X: %j', (q) => {
    expect(ask(q)).toMatchObject({ intent: 'recommend', fit: expect.stringMatching(/^(?:good|poor|depends)$/) });
  });

  // A fallback asked for, unnamed, if the one option's feature will not do makes it a question of fit.
  it.each(['can sanic do server-sent events for our dashboard, or should we pick something else?', 'does bottle support websockets for our chat or should I go with something else'])('%j is a yes/no about fit', (q) => {
    expect(ask(q)).toMatchObject({ intent: 'recommend', fit: expect.stringMatching(/^(?:good|poor|depends)$/) });
  });

  // A trend named around the question ("so many tutorials now push websockets") is no need of theirs.
  it('a trend around the question is not judged', () => {
    expect(ask('is bottle still fine for our small status page? so many tutorials now push websockets and i feel behind')).toMatchObject({ intent: 'recommend', topic: 'small_apps', fit: 'good', recommendation: 'bottle' });
  });

  // Czech "good for", and "small" before what it sizes ("malé API", "malou aplikaci").
  it.each([
    ['Je Bottle dobrý na malou webovou aplikaci?', 'bottle'],
    ['Je Flask vhodný na malé API pro sklad?', 'flask'],
  ])('%j is a yes/no about a small app', (q, id) => {
    expect(ask(q)).toMatchObject({ intent: 'recommend', frameworks: [id], topic: 'small_apps', fit: 'good' });
  });

  // "Mature enough" in Indonesian.
  it.each(['Apakah Sanic sudah cukup matang untuk sistem pembayaran?', 'Apakah Quart sudah cukup stabil untuk aplikasi kantor?'])('"Apakah X sudah cukup matang/stabil ...?" is a yes/no about fit: %j', (q) => {
    expect(ask(q)).toMatchObject({ intent: 'recommend', fit: expect.stringMatching(/^(?:good|poor|depends)$/) });
  });

  // "Would it hold up under" in Portuguese, with visits a day as the load.
  it('"O X aguentaria ... acessos por dia?" weighs the load', () => {
    expect(ask('O CherryPy aguentaria um portal com 100 mil acessos por dia?')).toMatchObject({ intent: 'recommend', topic: 'scalability', fit: expect.stringMatching(/^(?:good|poor|depends)$/) });
  });

  // "A suitable choice" in Persian, with the indefinite ending on the adjective.
  it('"Is Pyramid a suitable choice ...?" in Persian is a yes/no about fit', () => {
    expect(ask('آیا Pyramid گزینه مناسبی برای اینترانت شرکت است؟')).toMatchObject({ intent: 'recommend', frameworks: ['pyramid'], fit: expect.stringMatching(/^(?:good|poor|depends)$/) });
  });

  // The yes/no names nothing; the one framework said before it, even as what the team runs, is what it asks about.
  it.each([
    ['we know pyramid well from the old intranet. is it still worth it for a new service?', 'pyramid'],
    ['Wir kennen Falcon gut. Lohnt sich das auch für das neue Projekt?', 'falcon'],
  ])('%j is a yes/no about %s', (q, id) => {
    expect(ask(q)).toMatchObject({ intent: 'recommend', frameworks: [id], fit: expect.stringMatching(/^(?:good|poor|depends)$/) });
  });
});

describe('pros and cons open with a sentence that reads', () => {
  it.each(knowledge.frameworks.map((f) => [f.name]))('%s', (name) => {
    const verdict = ask(`${name} pros and cons`).parts.verdict;
    expect(verdict).toMatch(new RegExp(`^${name} fits best when you \\w+`));
    expect(verdict).not.toMatch(/\byou want (?:are|know|like|need|want)\b/);
  });
});

describe('a move to a server, a package or a Python version is not a move between frameworks', () => {
  it.each(['Our Quart app validates with marshmallow. For the new endpoints, keep it or switch to pydantic?', 'Do I need to switch to hypercorn for a Django app if I add channels?'])('%j', (q) => {
    expect(ask(q).topic).not.toBe('migration');
  });

  it('a move between frameworks, or between API toolkits on one, still is', () => {
    expect(ask('porting the django views to fastapi, worth it?').topic).toBe('migration');
    expect(ask('moving our endpoints from drf to django ninja bit by bit, sensible?').topic).toBe('migration');
  });
});

describe('the steps of a move between frameworks, asked for outright, are described', () => {
  it.each(['what are the steps to move our Bottle app to Flask, step by step?', 'Wie portiere ich eine Bottle-App Schritt für Schritt nach Flask?', 'Bottle から Flask に移行する手順を教えてください。'])('%j', (q) => {
    expect(ask(q)).toMatchObject({ intent: 'describe', topic: 'migration' });
  });
});

describe('a move between frameworks', () => {
  it.each([
    // [question, the framework moved from, the one moved to]
    ["we're moving from flask to quart, does quart have async views and websockets?", 'flask', 'quart'],
    ['leaving pyramid for django, is the admin worth it', 'pyramid', 'django'],
  ])('%j is weighed as a comparison of where they go against where they are', (q, from, to) => {
    const a = ask(q);
    expect(a.intent).toBe('compare');
    expect(a.frameworks).toEqual(expect.arrayContaining([from, to]));
    expect(a.recommendation).toBe(to);
  });

  // Two places to go named beside the app they have: the app is where the move starts, not an option.
  it.each([
    ['sanic or quart as the target for converting our flask service to async?', 'flask', 'quart'],
    ['falcon or bottle for migrating our flask json service', 'flask', 'falcon'],
  ])('%j weighs the two destinations only', (q, from, to) => {
    const a = ask(q);
    expect(a.intent).toBe('compare');
    expect(a.frameworks).toContain(from);
    expect(a.recommendation).toBe(to);
    expect(a.parts.title).not.toContain(knowledge.frameworks.find((f) => f.id === from)!.name);
  });

  // Whether a move paid off, its pros and cons, weighs the two.
  it('"migrated from Pyramid to Django: any regrets, pros and cons?" is a comparison', () => {
    expect(ask('Those of you who migrated from Pyramid to Django: any regrets, pros and cons?')).toMatchObject({ intent: 'compare', topic: 'migration' });
  });

  it.each([
    'Estamos migrando nuestra API de Flask a FastAPI poco a poco, ¿algún consejo?',
    'Estou migrando o backend de Bottle para Flask aos poucos, o que muda?',
    // A move already made, and one whose names follow "from" after a long name for the thing moved.
    'Has anybody moved an aiohttp service to Litestar? Lessons?',
    'Moving our staff rota web app from Bottle to Flask this month: any gotchas?',
    // Switching over, in Turkish.
    "Bottle'dan Flask'a geçmeli miyiz?",
    // The rewrite of an app they have, when to switch, and the move from one to the other in Hebrew.
    'bottle or cherrypy for rewriting our old cgi scripts?',
    'falcon vs starlette, when is it time to switch?',
    'מעבר מ-Pyramid ל-Django, איך עושים את זה?',
    // The app they have, replaced or switched over.
    'cherrypy or falcon for replacing our creaky zope site',
    'sanic vs starlette? considering switching our gateway',
  ])('%j is about the move', (q) => {
    expect(ask(q).topic).toBe('migration');
  });
});

describe('a comparison of three with two level at the top', () => {
  it('says who is level and who is behind, not that nobody wins', () => {
    const a = ask('bottle vs django vs fastapi, which is better maintained');
    expect(a.intent).toBe('compare');
    expect(a.parts.verdict).toMatch(/^For .+, Django and FastAPI are level, ahead of Bottle\.$/);
    expect(a.recommendation).toBeNull();
  });
});

describe('does a framework run on WSGI or ASGI: answered from its interfaces', () => {
  it.each(
    // Every framework against every interface concept: yes exactly when its `interfaces` list it.
    knowledge.frameworks.flatMap((f) =>
      knowledge.concepts.filter((c) => c.kind === 'server_interface' && (c.id === 'wsgi' || c.id === 'asgi')).map((c) => [f.name, c.name, f.interfaces.includes(c.id as 'wsgi' | 'asgi')] as const),
    ),
  )('does %s support %s', (framework, iface, yes) => {
    const a = ask(`does ${framework} support ${iface}?`);
    expect(a.intent).toBe('feature_check');
    expect(a.support).toBe(yes ? 'built_in' : 'none');
    expect(a.parts.verdict).toMatch(yes ? /^Yes: / : /^No: /);
  });
});

describe('can a framework run on a server: no when the server speaks none of its interfaces and has no worker class for it', () => {
  const servers = knowledge.concepts.filter((c) => c.kind === 'server' && c.serves.length > 0);
  const runs = (f: (typeof knowledge.frameworks)[number], c: (typeof servers)[number]) => c.serves.some((i) => f.interfaces.includes(i)) || c.viaExtension[f.id] !== undefined;
  it.each(knowledge.frameworks.flatMap((f) => servers.map((c) => [f.name, c.name, runs(f, c)] as const)))('can %s run on %s? %s', (framework, server, yes) => {
    const a = ask(`can ${framework.toLowerCase()} run on ${server.toLowerCase()}?`);
    expect(a.intent).toBe('feature_check');
    if (yes) expect(a.support).not.toBe('none');
    else {
      expect(a.support).toBe('none');
      expect(a.parts.verdict).toMatch(new RegExp(`^No: ${server} serves .+ apps, and ${framework} runs on `));
    }
  });

  it('a feature asked with the server only named as where the app runs is still that feature', () => {
    const a = ask('does flask do websockets? we serve it with uvicorn');
    expect(a.topic).toBe('websockets');
    expect(a.parts.verdict).not.toMatch(/^No: Uvicorn serves/);
  });
});

describe("the team's own framework is the other side of a comparison only when the question weighs them", () => {
  it.each([
    ["we come from flask. is aiohttp's built-in server fine for production?", false],
    ['coming from flask, is quart easier to learn?', true],
    ['we run django; would moving to litestar help with async?', true],
  ])('%j (compare: %s)', (q, compared) => {
    const a = ask(q);
    if (compared) expect(a.intent).toBe('compare');
    else expect(a.intent).not.toBe('compare');
  });
});

describe('"is X <quality> enough" is a fit question, whatever features are mentioned on the way', () => {
  it.each(['is falcon fast enough for our api? we also like its hooks and dependency injection', 'is quart mature enough for production? we like the websockets support'])('%j', (q) => {
    const a = ask(q);
    expect(a.intent).toBe('recommend');
    expect(['good', 'poor', 'depends']).toContain(a.fit);
  });
});

describe('the options for a feature the asker needs are a pick, not the list', () => {
  it.each(['need a python framework w/ an orm, what r my options', 'we really want websockets built in. what are our options in python?'])('%j', (q) => {
    expect(ask(q).intent).toBe('recommend');
  });
});

describe('a list of a kind of framework lists only that kind', () => {
  it.each([
    ['give me a handful of python microframeworks', 'micro'],
    ['name some full stack frameworks', 'full-stack'],
  ] as const)('%j', (q, kind) => {
    const a = ask(q);
    expect(a.intent).toBe('list_frameworks');
    for (const f of knowledge.frameworks) {
      if (f.kind === kind) expect(a.parts.verdict).toContain(f.name);
      else expect(a.parts.verdict).not.toMatch(new RegExp(`\\b${f.name}\\b`));
    }
  });

  it('"what are microframeworks" is still a definition', () => {
    expect(ask('what are microframeworks?').intent).toBe('describe');
  });
});

describe('comparisons in other languages', () => {
  it.each(['litestar 比 fastapi 更快吗？', 'django rest framework или django ninja для нового api?', 'ist quart schneller oder sanic?'])('%j', (q) => {
    expect(ask(q).intent).toBe('compare');
  });
});

describe('moving from one thing of a kind to another is a comparison; a question about the move itself is not', () => {
  it.each([
    ['moving our django app from wsgi to asgi, worth it?', true],
    ['switch from gunicorn to granian for our flask app?', true],
    ['porting flask-restx endpoints to apiflask one at a time, can both live in one app meanwhile?', false],
  ])('%j (compare: %s)', (q, compared) => {
    const a = ask(q);
    if (compared) expect(a.intent).toBe('compare');
    else expect(a.intent).not.toBe('compare');
  });
});

describe('"why X over Y" weighs one against the other', () => {
  it.each(['why use hypercorn over uvicorn?', 'why would anyone pick marshmallow over pydantic'])('%j', (q) => {
    expect(ask(q).intent).toBe('compare');
  });
});

describe('does a framework ship a capability: answered from who ships it', () => {
  const capabilities = knowledge.concepts.filter((c) => c.kind === 'capability');
  const supportOf = (f: (typeof knowledge.frameworks)[number], c: (typeof capabilities)[number]) =>
    c.builtInto.includes(f.id) ? 'built_in' : c.viaExtension[f.id] ? 'extension' : 'none';
  const opener = { built_in: /^Yes, built in: /, extension: /^Not built in: .* from an extension \(/, none: /^No: / };
  it.each(knowledge.frameworks.flatMap((f) => capabilities.map((c) => [f.name, c.phrase, supportOf(f, c)] as const)))('does %s have %s? %s', (framework, phrase, support) => {
    const a = ask(`does ${framework} have ${phrase}?`);
    expect(a.intent).toBe('feature_check');
    expect(a.support).toBe(support);
    expect(a.parts.verdict).toMatch(opener[support]);
  });
});

describe('GraphQL is a capability some frameworks get from an add-on and none ships', () => {
  it.each([
    ['can i use graphql with pyramid?', 'extension'],
    ['does bottle support graphql', 'none'],
  ])('%j', (q, support) => {
    expect(ask(q)).toMatchObject({ intent: 'feature_check', support });
  });
});

describe('doing without a feature', () => {
  it.each([
    // [question, fit]: optional where the framework leaves it to extensions, a trade-off where it is built in.
    ['can i build a flask app without an orm?', 'good'],
    ['can you use django without the orm', 'depends'],
  ])('%j', (q, fit) => {
    const a = ask(q);
    expect(a.intent).toBe('recommend');
    expect(a.fit).toBe(fit);
    expect(a.parts.verdict).toMatch(fit === 'good' ? /^Yes: / : /^It depends: /);
  });

  // The kind of app the yes/no is about decides it: served only with effort (rated 3) is no plain
  // yes, however well the framework serves the database and login that come with it.
  it.each(
    knowledge.topics
      .filter((t) => t.appKind)
      .flatMap((t) => knowledge.frameworks.filter((f) => f.support[t.id].rating === 3).map((f) => [f.name, t.phrase] as const)),
  )('is %s a good choice for %s, each with postgres and logins? not a plain yes', (framework, phrase) => {
    const a = ask(`is ${framework} a good choice for ${phrase}? each with its own postgres and user logins`);
    expect(a.intent).toBe('recommend');
    expect(a.fit).not.toBe('good');
  });

  // "it" is the one framework named, though named as what others run.
  it('"folks running tornado in production: is it still a sensible choice?" is a fit question about Tornado', () => {
    const a = ask('question for folks running tornado in production: is it still a sensible choice for a new websocket service?');
    expect(a).toMatchObject({ intent: 'recommend', frameworks: ['tornado'] });
    expect(a.fit).not.toBeNull();
  });

  // The one form of a tiny page is no need for a forms library.
  it('"is bottle ok for a tiny intranet page with one form?" is a good fit', () => {
    expect(ask('is bottle ok for a tiny intranet page with one form?')).toMatchObject({ intent: 'recommend', fit: 'good', recommendation: 'bottle' });
  });

  // A modest load is one every framework handles: it hints at scale, and never alone makes a poor fit.
  it.each(['is bottle ok for 2000 daily visitors?', 'can cherrypy handle ~300 concurrent users? small internal reporting page'])('%j is not a poor fit', (q) => {
    expect(ask(q)).toMatchObject({ intent: 'recommend', fit: expect.stringMatching(/^(?:good|depends)$/) });
  });

  // ...and a handful of users says nothing of scale: it cannot turn a yes into "it depends".
  it.each(['is bottle fine for prod? maybe 10 users tops', 'is bottle alright in production for about 40 users?'])('%j is a yes', (q) => {
    expect(ask(q)).toMatchObject({ intent: 'recommend', fit: 'good' });
  });

  // The fallback named after "or do we need" is not weighed beside the first: the yes/no is about the first.
  it('"is Quart enough ..., or do we need Django on top of it?" is judged on Quart', () => {
    expect(ask('Is Quart enough on its own for a websocket chat, or do we need Django on top of it?')).toMatchObject({ intent: 'recommend', fit: 'good', recommendation: 'quart' });
  });

  it('"X for Y?" is a fit question however many features Y names', () => {
    expect(ask('bottle for a shop with accounts, an admin and an orm?')).toMatchObject({ intent: 'recommend', fit: 'poor' });
  });
});

describe('a release mentioned on the way does not turn a feature check into a release question', () => {
  it.each([
    ['pytest-flask looks abandoned, does flask have its own testing support?', 'feature_check'],
    ['when does django 5.2 lts end', 'describe'],
  ])('%j', (q, intent) => {
    expect(ask(q).intent).toBe(intent);
  });
});

describe('the sentence that asks decides the topic; the others are background', () => {
  it('"worried about speed. is its server fine in production?" is about deployment', () => {
    expect(ask('Our team worries about performance. Is sanic fine to deploy to production?').topic).toBe('deployment');
  });

  // ...but a need it only hints at ("endpoints") does not move ahead of a move stated outright.
  it.each([
    'Migrating our Pyramid service to Django bit by bit. Can both serve traffic while we carry the endpoints across a handful at a time?',
    'Porting a Bottle app to Flask. Any trick for keeping both live and shifting endpoints over gradually?',
  ])('%j is about the move', (q) => {
    expect(ask(q).topic).toBe('migration');
  });
});

describe('how easily a framework is picked up is its learning curve', () => {
  it.each(['volunteers change every term, so the framework must be quick to pick up. suggestions?', 'flask or pyramid, which is easy to pick up for interns?'])('%j', (q) => {
    expect(ask(q).topic).toBe('learning_curve');
  });
});

describe('a need ruled out after the fact is not the topic', () => {
  it.each([
    ['flask vs bottle, performance aside, which is easier to learn?', 'learning_curve'],
    ['django or pyramid for an intranet, an admin is not needed, we care about permissions', 'auth'],
  ])('%j is about %s', (q, topic) => {
    expect(ask(q).topic).toBe(topic);
  });

  it('"should i use X?" with no need named declines to pick', () => {
    expect(ask('should i use pyramid?')).toMatchObject({ intent: 'recommend', fit: 'depends', recommendation: null });
  });
});

describe('a need the askers meet in their own code is none they want from a framework', () => {
  it.each([
    ["is starlette fine for our small internal json service? we're happy writing the validation ourselves", 'good'],
    // ...but not wanting to write it is wanting it built.
    ["starlette for our small internal json service? i don't want to write the validation myself", 'poor'],
  ] as const)('%j is a %s fit', (q, fit) => {
    expect(ask(q)).toMatchObject({ intent: 'recommend', fit });
  });
});

describe('what the app is, read from all of the question', () => {
  it.each([
    // [question, the framework the answer favours]
    // "small business", "a small IT team" are the size of the people, not of the app.
    ['wij zijn een klein IT-team en bouwen een intern formulierensysteem met een beheeromgeving. Django of Flask?', 'django'],
    ["flask or django for a small business booking system? staff roles, an audit log, lots of crud screens, i'm solo", 'django'],
    // One developer is the size of the team too: a marketplace built alone is no small app.
    ['solo developer here: a resale marketplace with listings, seller accounts, card payments and buyer-seller chat. which python framework?', 'django'],
    // ...and so is a small clinic or club: how big the organisation is, not the app it needs.
    ['a booking site for a small physio clinic: patients book slots online and the receptionist manages the calendar and patient records. what framework?', 'django'],
    // What the team knows carries over to the framework built on it.
    ['quart or litestar for a websocket service? our background is flask', 'quart'],
    ['sanic vs quart for async endpoints, we\'re coming from flask', 'quart'],
    ["litestar or quart for a websocket chat? i've got an old flask site with jinja templates", 'quart'],
    // A small shop or practice whose staff need an admin: the size only hints beside it.
    ['flask or django for a small online shop? the owner needs an admin panel to edit products', 'django'],
    ['which framework for a small booking site for a dentist, with an admin panel for the receptionist?', 'django'],
    ['Pequeña tienda online con panel de administración: ¿qué framework de Python?', 'django'],
    // ...and so do staff doing the work, said in the passive ("updated by the front desk").
    ['which framework for our library\'s site? news and opening hours updated by the front desk, a few forms', 'django'],
    ['a small club site where the pages are edited by our office staff: flask or django?', 'django'],
    // A large load makes no small app, whatever else sounds small.
    ['bottle for a social site? i love how tiny it is, and i hope it grows to a million users with moderation and an admin area', 'django'],
    // "Not needed" said after the need, in another language, is not weighed.
    ['Django или FastAPI для API мобильного приложения? Админка не нужна.', 'fastapi'],
    // What was built before is background; what they want now decides.
    ["what should i pick up after flask? we've built a few server-rendered sites and want to get into typed async apis", 'fastapi'],
    // ...said without the "I", too: the small tools made before do not make the next framework a small one.
    ['which framework to learn after flask? made a couple of tiny tools with it, now i want something employers ask for', 'fastapi'],
  ])('%j favours %s', (q, id) => {
    expect(ask(q).recommendation).toBe(id);
  });
});

describe('names written in other scripts', () => {
  it.each([
    ['জ্যাঙ্গো দিয়ে কি অনলাইন দোকান বানানো যায়?', ['django']],
    ['플라스크로 간단한 API 만들기', ['flask']],
    ['هل جانغو أفضل من Flask؟', ['django', 'flask']],
  ])('%j names %j', (q, ids) => {
    expect(ask(q).frameworks).toEqual(ids);
  });
});

describe('question forms in other languages (knowledge/nlu/forms.yaml)', () => {
  it.each([
    // [question, intent, topic]
    ['Czy Flask ma wbudowany panel administracyjny?', 'feature_check', 'admin'],
    // Romanian agrees "built in" with the feature ("injecție ... încorporată", "validare inclusă").
    ['Are Falcon injecție de dependențe încorporată?', 'feature_check', 'dependency_injection'],
    ['Are Sanic un sistem de șabloane inclus?', 'feature_check', 'templates'],
    // Tagalog "can X be used for ...?" asks about fit; a personal site in Thai is a small app.
    ['Pwede bang gamitin ang Falcon para sa serbisyo ng aming opisina?', 'recommend', null],
    ['Bottle เหมาะกับเว็บส่วนตัวของผมไหม', 'recommend', 'small_apps'],
    // Indonesian "di" (in) before the name is no dependency injection.
    ['Bagaimana cara menambahkan login pengguna di Flask?', 'describe', 'auth'],
    // A Hungarian case ending glued to the name ("Sanicnak": of Sanic) is still the name.
    ['Van a Sanicnak beépített websocket támogatása?', 'feature_check', 'websockets'],
    // Hungarian "a" (the) before every name is no article of a thing.
    ['Melyik a jobb kezdőknek: a Bottle vagy a Flask?', 'compare', 'learning_curve'],
    // ...nor before a name with a case ending after a hyphen ("a Flask-ben": in Flask), in no other Hungarian word.
    ['A Flask-ben van sablonkezelés?', 'describe', 'templates'],
    // Names written in Cyrillic are the names; the film in Russian is still the film.
    ['фласк или джанго для маленького блога?', 'compare', 'multi_page'],
    ['Есть ли в фастапи встроенная документация API?', 'feature_check', 'openapi'],
    // ...and in Persian, Arabic and Hangul; Korean's "long thought" in a game of baduk is not Django.
    ['جنگو یا Falcon برای یک سایت خبری؟', 'compare', undefined],
    ['هل يدعم جانغو الـ websockets؟', 'feature_check', 'websockets'],
    ['장고로 블로그 만들 때 관리자 기능이 기본으로 들어있나요?', 'feature_check', 'admin'],
    ['바둑 대국에서 장고 끝에 악수 둔다는 게 무슨 말이에요?', 'out_of_scope', undefined],
    // "Can it handle" in Bengali with its load is a fit question; pros and cons in Arabic; a team "coming
    // from" a framework in French is where it comes from, not a side weighed.
    ['Sanic কি লক্ষ লক্ষ ব্যবহারকারী সামলাতে পারে?', 'recommend', 'scalability'],
    ['ما هي مميزات Flask للمبتدئين؟', 'pros_cons', undefined],
    ['Quels sont les points forts de Litestar pour des devs qui viennent de Flask ?', 'pros_cons', undefined],
    // Flask in Persian, Arabic, Hindi and Bengali script; the thermos those words also name is not ours.
    ['فلسک یا جنگو برای یک وبلاگ شخصی؟', 'compare', 'small_apps'],
    ['هل فلاسك أخف من جانغو؟', 'compare', undefined],
    ['फ्लास्क में टेम्पलेट सपोर्ट है क्या?', 'feature_check', 'templates'],
    ['চা গরম রাখার জন্য কোন ফ্লাস্ক ভালো?', 'out_of_scope', undefined],
    ['یه فلاسک چای برای کوه لازم دارم', 'out_of_scope', undefined],
    // "What is" in Bengali ("কী", not the yes/no "কি") and Hindi ("क्या है" after the name) describes;
    // Bengali "advantages, what" weighs.
    ['Pyramid ফ্রেমওয়ার্ক কী?', 'describe', undefined],
    ['Sanic क्या है?', 'describe', undefined],
    ['Falcon-এর সুবিধা কী?', 'pros_cons', undefined],
    // Korean "besides" after the last of two names sets both aside: the list is asked for.
    ['장고랑 플라스크 말고는 파이썬 웹 프레임워크 또 뭐가 있어요?', 'list_frameworks', undefined],
    // Weighed in Dutch, with "wat" (also chat's "what") before it: the everyday-word name is the framework.
    ['Wat zijn volgens jullie de nadelen van Tornado?', 'pros_cons', undefined],
    // "Can it be written" in Japanese and Korean asks whether the framework has it.
    ['Quart で WebSocket のハンドラは書けますか？', 'feature_check', 'websockets'],
    ['Sanic으로 웹소켓 핸들러를 쓸 수 있나요?', 'feature_check', 'websockets'],
    // "Authentication" spelt from English in Bengali.
    ['Flask-এ কি বিল্ট-ইন অথেনটিকেশন আছে?', 'feature_check', 'auth'],
    ['Где посмотреть фильм «Джанго» 1966 года?', 'out_of_scope', undefined],
    ['Mi a különbség a Tornado és a Sanic között?', 'compare', undefined],
    // ...and the name's last vowel lengthened before a case ending ("Djangóban": in Django).
    ['Van a Djangóban beépített admin felület?', 'feature_check', 'admin'],
    ['Quels sont les inconvénients de Bottle pour une API ?', 'pros_cons', undefined],
    // "Like <its package> in <framework>" in Ukrainian names the framework for likeness; "como" opening a move is "how".
    ['Чи має Sanic валідацію з коробки, як pydantic у FastAPI?', 'feature_check', 'validation'],
    ['Vale migrar de Flask para Litestar endpoint por endpoint?', 'compare', 'migration'],
    // "Holds up under" a load in Portuguese and Spanish (knowledge/nlu/forms.yaml handles_load) asks whether it
    // fits, whatever servers the setup names; a second counted in their words too.
    ['Bottle aguenta uma API interna com 300 requisições por segundo? Vai rodar no gunicorn, nginx na frente.', 'recommend', 'performance'],
    ['¿Pyramid aguanta una API con unas 2000 peticiones por segundo? Usamos gunicorn y nginx delante.', 'recommend', 'performance'],
    // "Automatically" in Urdu and Hindi asks whether it comes with the framework.
    ['کیا Litestar خود بخود OpenAPI سکیما بناتا ہے؟', 'feature_check', 'openapi'],
    ['क्या Django अपने आप admin पैनल देता है?', 'feature_check', 'admin'],
    // "Too much for" and a landing page in Swedish and German weigh whether it is too big.
    ['Är Pyramid för mycket för en liten landningssida?', 'recommend', 'small_apps'],
    ['Ist Django zu viel für eine Landingpage mit Newsletter-Formular?', 'recommend', 'small_apps'],
    // How to deploy, in German and Swedish, is a how-to even when a server is then judged enough.
    ['Wie hoste ich eine Litestar-App auf einem VPS? Reicht hypercorn allein?', 'describe', 'deployment'],
    ['Hur kör man Django i produktion? Räcker runserver?', 'describe', 'deployment'],
    // Pros and cons with their articles ("i pro e i contro").
    ['quali sono i pro e i contro di sanic per un\'api interna?', 'pros_cons', 'rest_api'],
    ['Quali sono i pro e i contro di Falcon rispetto a un framework più ricco?', 'pros_cons', undefined],
    ['wat can u do', 'help', undefined],
    ['Merhaba! Neler yapabilirsin?', 'help', undefined],
    ['Xin chào, bạn có thể làm gì?', 'help', undefined],
    // ...with the question word doubled ("what all can you do?") in Bengali and Hindi.
    ['হাই, আপনি কী কী করতে পারেন?', 'help', undefined],
    ['हैलो! आप क्या क्या कर सकते हैं?', 'help', undefined],
    ['Je, Django ina paneli ya admin iliyojengwa ndani?', 'feature_check', 'admin'],
    ['Πώς κάνω deploy μια εφαρμογή Flask με Gunicorn;', 'describe', 'deployment'],
    ['Мы хотим перейти с Flask на Quart, есть подводные камни?', 'compare', undefined],
    ['Onko Django vielä aktiivisesti kehitetty?', 'describe', 'maintenance'],
    ['تفاوت Flask و Django از نظر سرعت چیست؟', 'compare', 'performance'],
    // What the first thing is, and why the second needs it.
    ['Apa itu Gunicorn dan kenapa Django butuh itu di production?', 'describe', 'deployment'],
    // Which of two is better, in Korean; beginners in Vietnamese; a small app in Arabic.
    ['Flask랑 Bottle 중에 뭐가 더 나아요?', 'compare', undefined],
    ['Nên dùng Bottle hay Flask nếu mới bắt đầu?', 'compare', 'learning_curve'],
    ['هل Bottle مناسب لموقع صغير؟', 'recommend', 'small_apps'],
    // A feature question with what to use if it is missing.
    ['Unterstützt Litestar von Haus aus Rate Limiting oder braucht man dafür eine Erweiterung?', 'feature_check', undefined],
    // Plain Python in Hindi word order.
    ['python mein dict ko sort kaise karein?', 'out_of_scope', undefined],
    // A fourth pass of languages: Tagalog, Lithuanian, Danish (with its definite plural), Slovak.
    ['Paano mo ako matutulungan?', 'help', undefined],
    ['Kas yra Litestar?', 'describe', undefined],
    ['Hvad er fordelene ved Bottle?', 'pros_cons', undefined],
    // Swedish definite plural, with the app it is for after.
    ['Vilka är nackdelarna med Flask om vi vill bygga en liten webbshop?', 'pros_cons', undefined],
    ['Podporuje Falcon websockety?', 'feature_check', 'websockets'],
    // "Can it", "is there ready support" and "does it support" in Czech, Finnish and Japanese.
    ['Umí Pyramid posílat websockety?', 'feature_check', 'websockets'],
    ['Onko Falconissa valmista websocket-tukea?', 'feature_check', 'websockets'],
    ['Pyramidって非同期に対応してますか？外部のサービスを何度も呼ぶ予定です。', 'feature_check', 'async'],
    // Bengali "by itself" (নিজে থেকেই) asks whether it is built in.
    ['ফ্লাস্ক কি নিজে থেকেই অ্যাডমিন প্যানেল দেয়?', 'feature_check', 'admin'],
    ['Django কি নিজে থেকেই ফর্ম আর লগইন দেয়, নাকি আলাদা প্যাকেজ লাগে?', 'feature_check', 'forms'],
    // Finnish: how to take one framework into production (tuotantoon) is a deployment how-to.
    ['Miten Django-sovellus viedään tuotantoon?', 'describe', 'deployment'],
    // Hungarian: the template engine asked of Pyramid and of Bottle.
    ['Tartalmaz a Pyramid sablonkezelőt, vagy telepíteni kell valamit?', 'feature_check', 'templates'],
    ['Melyik keretrendszer jó egy kis, egyetlen fájlban futó Python webes eszközhöz?', 'recommend', 'small_apps'],
    ['A Bottle-ben hogyan működik a sablonkezelés?', 'describe', 'templates'],
    // The thing defined first is described; the frameworks after it are why it matters.
    ['Was ist ASGI und warum ist es bei der Wahl zwischen Flask und Quart wichtig?', 'describe', undefined],
    // "Is X enough for Y?" in other languages is a yes/no about X, never declined for its unknown words.
    ['Räcker Bottle för ett litet internt verktyg med två sidor?', 'recommend', undefined],
    ['ফ্লাস্ক কি ছোট একটা অভ্যন্তরীণ টুলের জন্য ভালো?', 'recommend', undefined],
    ['Je Falcon dostatečný pro malé interní API?', 'recommend', undefined],
    // Of several packages, the one defined first is described, on its own field.
    ["so what is django channels? where's asgi in the picture, is daphne mandatory or is uvicorn fine?", 'describe', 'websockets'],
    // A feature someone keeps asking for is demanded, the article before it and all.
    ['tiny internal http api on the stdlib server. the frontend devs have been asking for an openapi file. which framework?', 'recommend', 'openapi'],
    // Servers that only say how one of two weighed frameworks runs are not what they are weighed on.
    ['fastapi running as uvicorn workers under gunicorn, latency is awful. tornado quicker?', 'compare', 'performance'],
    // Whether doing something is safe asks about the risk of doing it, not about protections.
    ['is it safe to upgrade flask from 2.3 to 3.1 in one go, or are there breaking changes?', 'describe', 'maintenance'],
    // "Does it handle X natively?" in French is a feature check.
    ["Est-ce que Bottle gère l'internationalisation nativement ? Le site sera en trois langues.", 'feature_check', undefined],
  ])('%j is %s', (q, intent, topic) => {
    const a = ask(q);
    expect(a.intent).toBe(intent);
    if (topic) expect(a.topic).toBe(topic);
  });
});

describe('what a question is about, when it names several needs', () => {
  it.each([
    // "ws" beside what it does is websockets.
    ['ws server in quart, how do i start one?', 'websockets'],
    // ...and so is "ws" listed with what backs it ("ws + redis").
    ['backend for live match scores: ws + redis fanout, a few thousand fans, what do you suggest?', 'websockets'],
    // The need said to matter most decides, ahead of what the app is described as.
    ['Typed JSON service: Litestar or FastAPI? Our main concern is OpenAPI docs the frontend can generate clients from.', 'openapi'],
    ["flask or django behind our portal's typed json endpoints? we care mostly about the admin screens", 'admin'],
    // Tests in Hebrew; a page served from an embedded device is a small app.
    ['איזה framework יותר נוח לכתיבת טסטים, Django או Flask?', 'testing'],
    ['bottle or flask for the settings page of an embedded device with 128MB of RAM?', 'small_apps'],
    // A server's workers are how it is run, not a job queue.
    ['how do I run a bottle app with several workers on one box?', 'deployment'],
    ['does quart handle ws connections well?', 'websockets'],
    // A single page with a form is a small app.
    ['is flask fine for a single page site with a contact form?', 'small_apps'],
    // A move said in Russian, a big website in Hindi.
    ['Можно ли перенести проект с Bottle на Flask за неделю?', 'migration'],
    ['क्या Django एक बड़ी वेबसाइट के लिए सही है?', 'multi_page'],
    // Websockets are the need async serves: named with it, they lead.
    ['sanic for an async service whose whole job is websocket fan-out?', 'websockets'],
    ['an asgi relay for websocket messages, which framework?', 'websockets'],
    // A part of the site only members see is logins and accounts.
    ['which framework for a site with a members area?', 'auth'],
    // Pasted code is how they wrote it, not what they need: the question around it decides.
    ['```python\nasync def create(user: User = Depends(current_user)):\n    ...\n```\nhow does Depends resolve things in fastapi?', 'dependency_injection'],
    // [question, topic]: a need said to weigh little is not what the comparison is about.
    ['sanic vs aiohttp for a json api. speed matters a little, but good docs matter more', 'documentation'],
    // Words of pasted code are real words, not typos of a need ("sleep" is not "steep").
    ['why does my quart route freeze everything when it calls time.sleep(3)? i thought async fixed that', 'async'],
    // Cores and worker counts are how it runs in production; our own hand-maintained files are not the framework's upkeep.
    ['our bottle app only uses one core in production, what do we change?', 'deployment'],
    ['litestar or falcon: which leaves us the least hand-maintained openapi yaml?', 'openapi'],
    // The app's own success and a version of the app itself are neither community nor upkeep.
    ['our spreadsheet tool got popular at work; is bottle enough to build it with websockets for live updates?', 'websockets'],
    ['should the production version of our portal use flask-login or roll our own auth?', 'auth'],
    // A shop's or a booking site's own counts are its traffic, per hour too.
    ['can flask take 2,000 bookings an hour when ticket sales open? the app uses postgres', 'scalability'],
    // A feature right before the load it carries is what must hold up.
    ['can cherrypy handle websockets with 3k concurrent users on one box?', 'websockets'],
    // Italian "di" is "of", not dependency injection.
    ['Un sito di 6 pagine: quale framework consigliate?', 'small_apps'],
    // A need's word in another sense is no need at all: Django's migrate command is no move between frameworks.
    ['what does manage.py migrate actually do in django?', null],
    // "The rest" is the remainder, not REST.
    ['fastapi: pros over the rest?', null],
    // Who will answer when they are stuck is the community.
    ['bottle or cherrypy: where is it easier to get help when stuck?', 'community'],
    // A framework's official docs site is its documentation, not a docs site to build.
    ['where is the official docs site for litestar these days?', 'documentation'],
    // Taking a monolith apart is moving to services, not making it scale.
    ["we're breaking up our monolith into a few services. should they stay on pyramid?", 'microservices'],
    // Serverless platforms and cold starts are where and how it runs.
    ['our quart app on azure functions has slow cold starts because of the big zip, how do we fix that?', 'deployment'],
    // A panel for the staff, in Spanish and Portuguese, is their admin.
    ['¿Flask o Django para una academia con un panel de gestión para el personal?', 'admin'],
    ['Django ou Flask para um salão com painel de controle para os funcionários?', 'admin'],
    // Whether it is even alive is upkeep.
    ['cherrypy or falcon, is cherrypy even alive?', 'maintenance'],
    // ...and so is whether it is still a thing; being too new for production is its maturity.
    ['is bottle still a thing?', 'maintenance'],
    ['is quart too young for a production app?', 'maturity'],
    // Whether anyone still runs it for real is how proven it is, not how to deploy it.
    ['bottle: does anybody still run it in production these days?', 'maturity'],
    // Dying is upkeep too; so are a framework that stays on 0.x, its versioning and the Python it needs.
    ['honestly, is pyramid dying?', 'maintenance'],
    ['litestar 0.x forever or is a stable api coming?', 'maintenance'],
    // The plans for its next major version, and what that breaks, are about its releases.
    ['are there plans for falcon 5? what would break for us?', 'maintenance'],
    ['does litestar follow semantic versioning?', 'maintenance'],
    ['minimum python for sanic these days?', 'maintenance'],
    // How well it is kept up, in Chinese.
    ['Pyramid 维护得还好吗？', 'maintenance'],
    ['Bottle 유지보수 상황은 어때요?', 'maintenance'],
    // A move between frameworks in the Portuguese past tense, and Finnish "to move it over".
    ['Alguém migrou o projeto de Bottle pra FastAPI?', 'migration'],
    ['¿Alguien migró su app de Flask a Litestar?', 'migration'],
    ['Pitäisikö meidän siirtää Tornado-palvelu FastAPIin?', 'migration'],
    // When a version of it comes out is a release question; "when" that asks nothing is not.
    ['litestar 3 when?', 'maintenance'],
    ['when will sanic 25 be out', 'maintenance'],
    // Two of its releases side by side are its releases; four numbers elsewhere may be an address.
    ['pyramid 2.0 or 1.10 for a fresh install?', 'maintenance'],
    ['falcon 3.1 -> 4.0 what breaks', 'maintenance'],
    // A newsletter signup is an email address left for news, no account.
    ['flask or bottle for a bakery site: 4 pages and a newsletter signup box?', 'small_apps'],
    // "A single" part is one of it; "a single page app" is a kind of app, not one page.
    ['is pyramid too much for a single form that emails the office?', 'small_apps'],
    ['django for a single page app with a react frontend?', 'rest_api'],
    // One screen that shows something is a small app.
    ['cherrypy or bottle for a kiosk screen in our library lobby?', 'small_apps'],
    // A move said in Russian and Korean; one file is a small app.
    ['Стоит ли переходить с Bottle на Flask?', 'migration'],
    ['Bottle 앱을 Flask로 옮기려고 합니다, 주의할 점은?', 'migration'],
    // ...with a need beside the move, and chat's arrow between two names.
    ['vale la pena passare da Bottle a Falcon per le nostre API interne?', 'migration'],
    ['sanic → litestar, worth the effort?', 'migration'],
    ['falcon or bottle for a one-file app?', 'small_apps'],
    // Simple is what is wanted when async is not.
    ['no async needed, something simple: bottle or cherrypy?', 'small_apps'],
    // "perf" is speed; how long it takes to learn, in Hindi; a gunicorn worker class is how it runs.
    ['flask vs bottle perf?', 'performance'],
    // Chat's "ws" as what a comparison is for; work done once the response has gone out.
    ['quart vs starlette for ws', 'websockets'],
    ["litestar: how do i send an email after returning the response so the user isn't stuck waiting?", 'background_jobs'],
    ['Flask सीखने में कितना समय लगेगा?', 'learning_curve'],
    ['what worker class would aiohttp need in production?', 'deployment'],
    // "Too heavy" in Finnish asks about the app's size.
    ['Onko Pyramid liian raskas pieneen sivustoon?', 'small_apps'],
    // A move to another machine or platform is how it runs, not a move between frameworks.
    ["We're migrating an old CentOS box to Ubuntu. The app is a Django site on mod_wsgi. Keep it or move to gunicorn?", 'deployment'],
    ['migrating our flask app to kubernetes next month, what changes?', 'deployment'],
    // How to lay an app out is its structure.
    ['What is the cleanest way to lay out a Flask app with about 30 routes?', 'project_structure'],
    // Users connected at once to a live chat are its sockets held open.
    ['which framework for a live chat with about 2000 concurrent users?', 'websockets'],
    // Organising a large codebase is its structure; requests a second are speed.
    ['how do django apps and flask blueprints compare for organising a large codebase?', 'project_structure'],
    ['is 5000 requests/sec realistic with flask?', 'performance'],
    // Generated docs are the OpenAPI page, whatever the words; written guides are documentation.
    ['we need docs generated from the code, flask or fastapi?', 'openapi'],
    // Choosing the parts yourself is a need for flexibility.
    ['flask or bottle? we want to choose our own orm and template engine', 'flexibility'],
    // A pick that should surprise nobody later is about maturity, not security.
    ['is sanic prod ready yet?', 'maturity'],
    ['which framework is the safest bet for a payroll backend we keep for years?', 'maturity'],
    // Permissions, said short.
    ['flask or django for an internal tool with lots of perms?', 'auth'],
    // A move made for a feature is about that feature.
    ['flask-sock or switch to sanic for websockets?', 'websockets'],
    // A quality before a feature that describes the app is the app's need too.
    ['falcon vs starlette for a high-throughput async gateway', 'performance'],
    // ...and before a feature that names the app itself.
    ['sanic or litestar for a low-latency rest api?', 'performance'],
    // ...and so is an app others extend with plugins, or conventions the team sets itself.
    ['pyramid or flask for a tool with a plugin system, where users add their own routes?', 'flexibility'],
    ['litestar or falcon if we want our own conventions rather than opinions baked in?', 'flexibility'],
    // Chat's "ws" beside what it names is websockets.
    ['litestar for our ws backend, thoughts?', 'websockets'],
    // A move to a new Python version, only hinted at, says less than the release question beside it.
    ['our tornado service has to move to python 3.13 soon. does tornado run on it yet?', 'maintenance'],
    // Tutorials others write, and answers to recent questions, are what a community produces.
    ['thinking about cherrypy for our intranet, but i can hardly find tutorials for it. good idea?', 'community'],
    // The form and pages every small site has do not make it about forms.
    ['small personal site, three pages and a contact form: which framework?', 'small_apps'],
    // ...and where it will be hosted is no part of the site.
    ['is bottle ok for a small hobby site with a contact form? i will host it on a 5 euro vps', 'small_apps'],
    // Whether it is too much asks about the size of the app, not the form on it.
    ['is pyramid overkill for a two-page site with a signup form?', 'small_apps'],
    // Two auth packages compared are about auth; Flask's security in general stays security.
    ['flask-login or flask-security-too for a club site with roles?', 'auth'],
    ['is flask security good enough for a bank?', 'security'],
    // Two packages weighed against each other are about their field, whatever worry comes with them.
    ['flask-smorest vs apiflask? smorest looks abandoned', 'rest_api'],
    ['sqlmodel or plain sqlalchemy, in a flask app we plan to move to fastapi next spring', 'orm'],
    // How it holds up under sockets held open at once is about the live connections.
    ['aiohttp vs sanic for a websocket relay: ~30k concurrent connections with heartbeats. which holds up better?', 'websockets'],
    ['sanic vs starlette for ~50k concurrent websocket clients', 'websockets'],
    // An app of another interface run inside the framework is mixing two during a move.
    ['does tornado host wsgi applications at all?', 'migration'],
    ['can starlette mount a wsgi app next to its own routes?', 'migration'],
    ['could tornado serve our legacy wsgi application while the new handlers take over?', 'migration'],
    // Easier for people new to it is the learning curve ("easier to test" is testing).
    ['flask or pyramid, which is easier for the new hires?', 'learning_curve'],
    // An app split into services is what the question is about; what each service needs comes after.
    ['framework for 8 microservices on kubernetes, each with openapi docs and validation?', 'microservices'],
    ['Welches Framework für Microservices mit sehr hoher Last?', 'microservices'],
    // ...but what an API sits behind is where it runs.
    ['falcon or flask for a json api behind our api gateway? latency matters most', 'rest_api'],
    // What a framework is weighed for, in the sentence that asks, leads what the app has.
    ['is sanic ok for a multi-page site with logins and an admin?', 'multi_page'],
    ['would falcon be fine for a server-rendered portal with sessions and user logins?', 'multi_page'],
    // What to learn next, with what they want to do in a sentence of its own: that want is the topic.
    ['what to pick up next after bottle? more typed apis would be nice', 'validation'],
    ['what should i pick up after cherrypy? i want to try async work', 'async'],
    // The backend a phone app calls is an API; Vietnamese "di động" (mobile) is no dependency injection.
    ['Nên dùng Flask hay Litestar cho backend của ứng dụng di động?', 'rest_api'],
    ['flask or fastapi for the backend of our android app?', 'rest_api'],
    ['Framework Python nào tốt cho backend của game di động?', 'rest_api'],
    // ...and needing that many is needing the sockets: "concurrent" is their load, not a call for async code.
    ['need 5k concurrent websocket connections for a game lobby, which framework?', 'websockets'],
    ['we need 12k concurrent ws connections for live scores. suggestions?', 'websockets'],
    // A Django project and its apps are how the code is laid out.
    ['in django, project vs app, which is which?', 'project_structure'],
    // A speed compared to another language's is performance.
    ['is it true that sanic is as fast as node?', 'performance'],
    // Screens to edit the data are an admin, whoever uses them.
    ['the warehouse team needs crud screens over about 20 tables, which framework?', 'admin'],
  ])('%j is about %s', (q, topic) => {
    expect(ask(q).topic).toBe(topic);
  });

  it('packages of one kind named after their framework are compared, not a pick of the framework', () => {
    expect(ask('Flask-Admin vs SQLAdmin vs Flask-AppBuilder, which one is still actively maintained?')).toMatchObject({ intent: 'compare', recommendation: null });
  });
});

describe('needs said not to be wanted are not weighed', () => {
  it.each([
    // [question, a topic it must not be about]
    ['api w/o an orm and w/o templates, which fw?', 'orm'],
    ["flask or bottle for a tiny link shortener? don't care about scale at all", 'scalability'],
    ['pure json service, all queries are raw sql through psycopg. which framework?', 'orm'],
    ['we want to bring our own orm, template engine and auth library. which framework stays out of the way?', 'templates'],
    ["we don't use async anywhere in the codebase, flask or quart for the rewrite?", 'async'],
    ["small internal tool with server-rendered pages. we don't want an admin. flask or django?", 'admin'],
    ["a framework that won't impose an admin on us, for a tiny intranet tool", 'admin'],
    // A need the team dislikes is not wanted either.
    ['my team hates await. we need a plain REST API with about 10 endpoints. which framework?', 'async'],
    ["we're allergic to async after the last project; plain json api please, what should we use", 'async'],
    ['tiny http endpoint for a cli tool, nothing that forces async on our users. which framework?', 'async'],
    // "without" in other languages: the words that set a framework aside (forms.yaml excluded_before).
    ['Quel framework pour une petite API sans ORM et sans templates ?', 'orm'],
    ['¿Qué framework para un servicio pequeño sin ORM?', 'orm'],
    ['Welches Framework für eine kleine Website ohne Admin?', 'admin'],
  ])('%j is not about %s', (q, topic) => {
    const a = ask(q);
    expect(a.topic).not.toBe(topic);
    expect(a.parts.verdict).not.toMatch(new RegExp(`for (?:an? )?${topic === 'orm' ? 'ORM' : topic}`, 'i'));
  });

  // Async not wanted asks for code that is not async: only frameworks with a WSGI interface run it.
  it.each(['need a small json api with no async and no orm, what do you suggest?', 'rest api for an internal tool, not async please, which framework?', 'which framework for a json-only api, sync code only, not async'])(
    '%j recommends a framework that runs sync code',
    (q) => {
      const a = ask(q);
      expect(knowledge.frameworks.find((f) => f.id === a.recommendation)?.interfaces).toContain('wsgi');
    },
  );

  it('weighed by name, the framework that runs sync code wins when async is not wanted', () => {
    expect(ask('flask or fastapi for our internal json api? we have no async needs, plain sync code').recommendation).toBe('flask');
  });

  it('a feature not wanted steps back the framework that ships it built in', () => {
    expect(ask('which framework for a json api, not async, no orm, we write raw sql').recommendation).not.toBe('django');
  });

  it.each(['which python web framework is the least opinionated?', 'a less opinionated alternative to django?'])('%j asks for flexibility', (q) => {
    expect(ask(q).topic).toBe('flexibility');
  });
});

describe('a definition asked, with another name only in the background', () => {
  it('"what is <concept> in <framework>" explains the concept, whatever it is set against later', () => {
    expect(ask('What is dependency injection in Litestar and why does the team lead insist on Provide() instead of module-level globals?').intent).toBe('describe');
    expect(ask("what's uwsgi vs gunicorn, in plain words?").intent).toBe('compare');
  });

  it.each(['What is Litestar? A colleague says it is like FastAPI with more batteries.', "what's starlette? i read that fastapi is built on it"])('%j is described', (q) => {
    expect(ask(q).intent).toBe('describe');
  });

  // The package right after "what is" is what is described, and its need leads, whatever framework came before it.
  it('"just started with flask - what is flask-login, and is it needed ...?" is about logins', () => {
    expect(ask('just started with flask - what is flask-login, and is it needed for a two page site with one password?')).toMatchObject({ intent: 'describe', topic: 'auth' });
  });

  // The opening sentence defines the one package it names; whether it ships with the framework, and
  // where the asker comes from, follow in sentences of their own.
  it('"what exactly is <package>? does it come with <framework> or is it separate?" is described', () => {
    expect(ask('so what even is django channels? does it come with django or is it separate? the team only used bottle so far').intent).toBe('describe');
  });
});

describe('what to learn after a framework is something other than it', () => {
  it.each(['which framework should i learn after django to be more employable? django roles are scarce here', 'what to pick up next after flask for a career in backend'])('%j', (q) => {
    const a = ask(q);
    expect(a.intent).toBe('recommend');
    expect(a.recommendation).not.toBeNull();
    expect(a.frameworks).not.toContain(a.recommendation);
  });

  it('"not that X is bad" still asks about X', () => {
    expect(ask('not that bottle is bad, but what are its weak spots?')).toMatchObject({ intent: 'pros_cons', frameworks: ['bottle'] });
  });
});

describe('a load named in numbers is judged by its size', () => {
  it.each([
    ['is flask fine for an intranet with about 300 concurrent users?', 'flask', 'good'],
    ['can pyramid cope with 5000 users a day', 'pyramid', 'good'],
    ['bottle for a marketplace expecting 3 million users and an admin for the staff?', 'bottle', 'poor'],
    ['can django take 250k visitors a day', 'django', 'good'],
    // Numbers in other scripts and thousands said in other languages.
    ['is bottle ok for 5 lakh users?', 'bottle', 'poor'],
    ['آیا Bottle برای ۲۰۰ هزار کاربر مناسب است؟', 'bottle', 'poor'],
  ])('%j', (q, id, fit) => {
    expect(ask(q)).toMatchObject({ intent: 'recommend', frameworks: [id], topic: 'scalability', fit });
  });
});

describe("the team's own framework for a need it is not made for", () => {
  it.each([
    ['we are a django house, 5 devs with years of django. for a tiny internal api with 6 endpoints, keep using django?', 'django', 'depends', 'django'],
    ['a small prototype, and the whole team are flask people: is flask fine?', 'flask', 'good', 'flask'],
    // Knowing it does not make up for a feature it lacks.
    ['our team only knows bottle; should we use bottle for a site that needs an admin panel and user accounts?', 'bottle', 'poor', 'django'],
    // ...nor a kind of app it is poorly suited to.
    ['our devs all love falcon. is falcon right for a server-rendered magazine site with hundreds of pages?', 'falcon', 'poor', null],
  ])('%j', (q, id, fit, recommendation) => {
    expect(ask(q)).toMatchObject({ intent: 'recommend', fit, ...(recommendation ? { recommendation } : {}) });
    expect(ask(q).frameworks).toContain(id);
  });

  it.each([
    'is litestar ok for a team of ex-django devs with no async experience?',
    'sanic for a crew with 8 yrs of flask?',
    // What someone has done or dabbled in is background too, in any language.
    'would tornado suit a pair of interns who have only ever done flask tutorials?',
    'pyramid para um painel interno? a equipe já sabe flask',
    'czy falcon nada się do małego api? znamy trochę django',
    'we have a big bottle app with lots of routes; would falcon be a sane choice for the next version?',
    // What everyone has written, and what someone else says to use.
    'Is Sanic a good fit for our ingest API? Everyone here has written Flask for years.',
    'Is Litestar overkill for a 3-endpoint internal service? My teammate says just use Bottle.',
  ])('%j weighs one option, the other is background', (q) => {
    expect(ask(q)).toMatchObject({ intent: 'recommend' });
    expect(ask(q).fit).not.toBeNull();
  });
});

describe('what a question weighs, by how names are joined', () => {
  it.each([
    // Two frameworks joined by "or" are weighed, whatever the rest asks.
    ['sanic or aiohttp, given we already keep our html in jinja templates?', 'compare'],
    // Which of two interfaces one framework runs on is not weighing them.
    ['does bottle speak wsgi or asgi?', 'describe'],
    // Background before it, a sentence asking whether one framework has one feature is a feature check.
    ['used to pyramid where the registry does it all. now on my first sanic app: does sanic come with dependency injection?', 'feature_check'],
    // What one framework can do with one feature is a feature check; a load or a whole app is a fit question.
    ['Can CherryPy handle user logins? small intranet app for our club', 'feature_check'],
    ['can bottle handle a shop with payments, user accounts and an admin?', 'recommend'],
    ['Can Sanic handle a multi-page members site with forms, sessions and a login area for our rowing club?', 'recommend'],
    ['can falcon handle 20k concurrent connections?', 'recommend'],
    // ...and so is building one feature with it, in any language.
    ['can i build a websocket server with falcon?', 'feature_check'],
    ['Kann man mit Falcon einen Websocket-Server bauen?', 'feature_check'],
    ['Falconでウェブソケットサーバーを作れますか？', 'feature_check'],
    ['can we build a shop with payments, user accounts and an admin in bottle?', 'recommend'],
    // A message that opens by asking to explain one thing describes it, whatever is named after.
    ['explain litestar to a rails person. is it a framework, a bunch of libraries, or just fastapi with extra steps?', 'describe'],
    // "What's the recommended way to ..." asks how; "does it ..." after one framework is named asks about that one.
    ["What's the recommended way to run nightly jobs with Pyramid? Celery looks heavy for two tiny tasks.", 'describe'],
    ['How does Sanic deal with async? Does it support ASGI or only its own server?', 'feature_check'],
    // A feature of its own asked about "it", with an interface as the setting: the feature is checked.
    ['Evaluating Sanic for our ASGI gateway. Does it support websockets when running under ASGI?', 'feature_check'],
    // The sentence that asks is "is <framework> <feature>", give or take an adverb and "or not".
    ["the quart docs say it's flask with asyncio. so is quart actually async or not? we need concurrent calls", 'feature_check'],
    // ...and with "yet" or "now" before "or not" or chat's "or nah".
    ['is bottle async yet or nah', 'feature_check'],
    // "Could X do this well?" after the brief asks whether it fits.
    ['Our choir wants a rota page where members swap slots and the secretary sees who is coming. Could Bottle do this well?', 'recommend'],
    // Features asked of no framework in particular ask for one that has them.
    ['is there any python framework that ships an orm, an admin and logins out of the box? bottle is too thin', 'recommend'],
    // A statement about the one framework held up to be confirmed is described; whether it fits is still a fit question.
    ['falcon is basically one python package with no deps, right?', 'describe'],
    ['flask is fine for a tiny api right?', 'recommend'],
    // A package set aside beside the need said in other words leaves the need asked about.
    ['starlette bg tasks w/o celery?', 'feature_check'],
    // A package to pick is described (recommend is only for frameworks); so is what a thing is, asked bluntly.
    ['which task queue should we use with django?', 'describe'],
    ['wtf is asgi and do i need it for a small site?', 'describe'],
    // Whether a setup will do, which kind one thing is, or a release question with the use as background: described.
    ['Running CherryPy under nginx on a Windows box — is that a sane production setup?', 'describe'],
    ['is falcon a sync or an async framework, or both?', 'describe'],
    ["is quart's async support a real rewrite or is quart just a thin wrapper?", 'describe'],
    // ...but whether it is enough, or too niche, is a yes/no about it.
    ['is sanic a web framework or just an async server library?', 'describe'],
    ['is sanic enough for a public api or is it too niche?', 'recommend'],
    ['Is Pyramid still maintained? Last release looks old and I want to use it for a small intranet.', 'describe'],
    // ...whatever style of code it is wanted for, likened to another framework's, in a sentence that does not ask.
    ['how active is falcon development these days? we want flask-style async handlers for a new hobby app, but its changelog seems quiet compared to the other async options.', 'describe'],
    // The name first, then "what is it", is defined too; with a fit asked beside it, it is a fit question.
    ["bottle — what is it, and who runs it in production? a freelancer we hired says it's all we need for our booking page", 'describe'],
    ['tornado: what is it really, and is it a good pick for us? we run a small shop', 'recommend'],
    // ...and so is the name said alone, then "what are they" in the next sentence.
    ['pyramid views?? what are those', 'describe'],
    ['django middleware? what are they even', 'describe'],
    // A feature named, then "is that built in" pointing back to it: a feature check.
    ['hmm and templates for falcon, is that native', 'feature_check'],
    ['cool. and the admin side of litestar, is it included or not', 'feature_check'],
    ['right, websockets on falcon. is it baked in?', 'feature_check'],
    // The framework named first, then asked of as "it".
    ['ok so litestar then, does it ship an admin', 'feature_check'],
    // Two servers set against each other, for an app of one framework, are compared: a server is never recommended.
    ['hypercorn vs uvicorn. which should I use for a quart project that now has a websocket page?', 'compare'],
    // A load the one framework must carry is a fit question, whatever packages the setup beside it names.
    ['can pyramid cope with 300k page views a day? the stack is postgres and a redis cache.', 'recommend'],
    // The name right after "what is", with fillers before and an aside after, is defined.
    ['right, so what exactly is sanic (the web framework, not the meme)?', 'describe'],
    // The mind changed mid-sentence: the last clause asks what one thing is.
    ['thought about asking bottle vs flask but nvm — what even is starlette?', 'describe'],
    // Whether a setting is enough is how to run it, not a pick.
    ['is setting workers=4 in uvicorn enough for production traffic?', 'describe'],
    // A yes/no on a package or server named first picks no framework: it is described.
    ['is marshmallow overkill for a tiny flask api?', 'describe'],
    ['is daphne good enough for production?', 'describe'],
    // Who keeps a framework alive is about its maintenance.
    ['is sanic a one-person project that fails the bus test?', 'describe'],
    // What one framework buys you asks for its advantages.
    ['litestar: what does it buy us, honestly?', 'pros_cons'],
    // Two things of one kind set side by side as "the same as".
    ['Is the Django ORM the same as SQLAlchemy under the hood? the query syntax looks nothing alike', 'compare'],
    // One name asked on its own after the needs; the team's framework, in the sentence before, is background.
    ['need templates + sessions + an orm, team knows django, launch next week. pyramid?', 'recommend'],
    // Whether one option fits, beside a trend or an outcome feared: the other name is neither option nor the team's own.
    ['is pyramid still worth picking for a new site or has everyone switched to django?', 'recommend'],
    ['Is bottle enough for a tiny webhook receiver, or will I end up rebuilding flask?', 'recommend'],
    // The pros and cons of the one framework the asking sentence names; the other is background.
    ["Is Pyramid's traversal a pro or a con for a team of juniors? some of them want Django-style urls", 'pros_cons'],
    ["Is Bottle's single file a pro or a con as we grow? the newer devs want Django-style apps", 'pros_cons'],
    // ...but one side's advantage, after the two were set "vs" each other, is still the comparison.
    ["aiohttp vs tornado for our websocket relay. is aiohttp's built-in client really an advantage?", 'compare'],
    // A group named only in the background is not what is asked about.
    ['what are some underrated python web frameworks? people only ever mention the big three', 'list_frameworks'],
    // Why people dislike one framework asks for its drawbacks; a claim about its speed is explained.
    ['someone explain why people hate on sanic now', 'pros_cons'],
    ["Is Sanic's 'fastest framework' claim real? all the benchmarks are hello world", 'describe'],
    // A claim about one framework and one feature, to be checked.
    ["a colleague says bottle can't do websockets. is that true?", 'feature_check'],
    ['Litestar has a built-in rate limiter, right? so no nginx rules needed?', 'feature_check'],
    // A feature question in the form "can X act as Y".
    ['can tornado act as a websocket server for browsers?', 'feature_check'],
    // Asking how to do something, after the background, is a how-to.
    ['sanic behind nginx keeps dropping long requests under load. how do we raise the timeouts?', 'describe'],
    ['django mein file upload kaise karte hain?', 'describe'],
    // ...also when it opens a clause after a dash or an emoji, or asks to be walked through.
    ['hypercorn + quart on a small vm - how should we run it in production?', 'describe'],
    ['static assets 404 after deploy 🙃 how do i serve them for pyramid in production? whitenoise or nginx?', 'describe'],
    ['litestar on a raspberry pi with uvicorn and nginx. walk me through it?', 'describe'],
    // A quantity to set is a how-to too, and so is "how" in Hindi before any verb.
    ['fastapi in docker: how many uvicorn workers would you run per container with 2 vcpus?', 'describe'],
    ['Django ऐप को Docker में कैसे चलाएं?', 'describe'],
    // A yes/no on the server or package a how-to sets up judges that practice, not the framework.
    ['how do i host a pyramid app on a small vps? gunicorn behind caddy, or is that a poor choice?', 'describe'],
    // What to run one framework with is a server to choose, described; not a framework to pick.
    ['the dev server warning keeps showing in our flask logs. what should we host it with in production?', 'describe'],
    // Running both during a move is a how-to about the move.
    ['moving our flask app to fastapi bit by bit: can both run side by side in one process while we move?', 'describe'],
    ['we are moving drf endpoints to django ninja gradually. can both live in one django project meanwhile?', 'describe'],
    // Where or how to run the app they already have: a host is chosen, never a framework.
    ['where should we host our django app?', 'describe'],
    ['our pyramid intranet has to move off the old windows box, which cloud should run it?', 'describe'],
    // ...but moving between two frameworks stays a comparison.
    ['flask to quart: how do i move our blueprints over?', 'compare'],
    // ...and so is how hard the move is, however the move is said.
    ['how hard is it moving a cherrypy app to flask? it has 20 exposed handlers', 'compare'],
    ['porting our bottle app to flask, how painful will that be? around 30 routes and some plugins', 'compare'],
    // How something works is explained, even when the next sentence asks whether it is built in.
    ['How does session handling work in Flask? Is there a server-side store built in at all?', 'describe'],
    // "Is X enough, or do I need Y?" asks about X; Y is the fallback it fears.
    ['Is Flask enough for a reporting dashboard for 30 people, or do I need something proper like Django?', 'recommend'],
    // ...but "or should we switch to Y" weighs a move.
    ['is falcon enough for our internal json api, or should we switch to fastapi?', 'compare'],
    // What the rest of the team writes every day is background to the yes/no about one framework.
    ['Should we use Sanic for the new notifications service? One contractor loves it, but the other four of us write Django every day.', 'recommend'],
    // "Is X good / suitable for Y" is that yes/no; a framework praised in the sentence after is background.
    ["Is Bottle good for a shop with 40 pages, or does it get messy? Django's apps at least give you a layout.", 'recommend'],
    // A list of pluses and minuses to confirm asks about its pros and cons.
    ['my take on quart for the team: + async, + a familiar api. - fewer extensions, - smaller community. is that fair?', 'pros_cons'],
    // The weaknesses of one framework, even beside a list it tops.
    ["What's the catch with Sanic? It shows up in every 'fastest python frameworks' list, so what are its weaknesses?", 'pros_cons'],
    // The sentence that asks about releases decides; the inherited codebase is background.
    ['Is CherryPy still maintained? We inherited a 30k-line app (SQLAlchemy, Mako templates) and need to plan the budget.', 'describe'],
    // The catches of a move between two frameworks weigh the two.
    ['migrating falcon -> starlette, any gotchas', 'compare'],
    // How fast releases come is about maintenance, not a pick.
    ['cherrypy still alive? releases were slow last year', 'describe'],
    // Whether one framework is kept up, with no pick asked, is described; using it for something keeps the yes/no.
    ['does anybody still run falcon these days? is it actively maintained and what pythons does it support', 'describe'],
    ['the sanic community still alive? prs seem to sit for weeks', 'describe'],
    ['falcon is still maintained i think, can we still use it for our new ingest api?', 'recommend'],
    ['is bottle still maintained well enough to build a new intranet tool on it?', 'recommend'],
    // Moving the team's own app to one option weighs the two.
    ['should we move our pyramid app to django?', 'compare'],
    // ...in other languages too.
    ['Was ist der Unterschied zwischen Gunicorn und Uvicorn?', 'compare'],
    ['Flask と Bottle の違いは？', 'compare'],
    // What one thing is, asked in another language.
    ['Quart가 뭐예요?', 'describe'],
    ['Co je to SQLAlchemy?', 'describe'],
    ['Wat is ASGI en heb ik het nodig voor een kleine site?', 'describe'],
    ['Quartってどんなフレームワーク？', 'describe'],
    ['Pyramid는 어떤 프레임워크인지 궁금해요', 'describe'],
    ['Bottle은 어떤 경우에 쓰는 게 좋아요?', 'describe'],
    // What a package is, and whether the one framework uses it, defines the package.
    ['Pydantic nedir, FastAPI onu varsayılan olarak kullanıyor mu?', 'describe'],
    // How, with the framework named before the verb.
    ['Как в Flask сделать загрузку файлов?', 'describe'],
    // Choosing between two packages of one kind is comparing them.
    ['dramatiq 和 celery 哪个好？', 'compare'],
    // The difference between two things named is a comparison of them.
    ['what is the actual difference between manage.py runserver and uvicorn?', 'compare'],
  ])('%j is %s', (q, intent) => {
    expect(ask(q).intent).toBe(intent);
  });

  it('a replacement for one framework is a pick among the others', () => {
    const a = ask("what's a good successor to bottle now that we need websockets");
    expect(a).toMatchObject({ intent: 'recommend' });
    expect(a.recommendation).not.toBe('bottle');
  });

  it('a framework asked to feel like another favours the one built on it', () => {
    const a = ask("fastapi or quart if we like flask's style but need async");
    expect(a.recommendation).toBe('quart');
    expect(a.parts.notes.join(' ')).toMatch(/Flask/);
  });

  it('what the team knows carries over to a framework built on it', () => {
    expect(ask('fastapi or quart for a team of flask devs who now need async views?').recommendation).toBe('quart');
  });
});

describe('where the app will run, said on the way, is a setting, not the need', () => {
  it.each([
    ['which framework for a tiny webhook with two endpoints? it will run in a docker container', 'small_apps'],
    ['best python framework for serverless functions', 'deployment'],
    ['how do i deploy litestar behind nginx', 'deployment'],
  ])('%j is about %s', (q, topic) => {
    expect(ask(q).topic).toBe(topic);
  });
});

describe('a pick that must last weighs staying maintained and a community to hire from', () => {
  it('and says so when they are what it depends on', () => {
    const a = ask('is pyramid still a sensible pick for a new server-rendered site with lots of pages?');
    expect(a).toMatchObject({ intent: 'recommend', fit: 'depends' });
    expect(a.parts.verdict).toMatch(/community/);
  });
});

describe('needs still open make a fit question "it depends", said as such', () => {
  it.each([
    'is tornado right for our next project? we have not decided yet whether it is an api or a site with pages',
    'litestar for a side thing that might stay a toy or might become a product with accounts, no idea yet',
    'Ist Bottle eine gute Wahl? Wir wissen noch nicht, wie groß es wird.',
    'is falcon enough for us, or will we wish we had picked something bigger? we do not know yet what we will need',
  ])('%j', (q) => {
    const a = ask(q);
    expect(a).toMatchObject({ intent: 'recommend', fit: 'depends' });
    expect(a.parts.verdict).toMatch(/^It depends on what you/);
  });
});

describe('an online shop and customer accounts, in other languages', () => {
  it.each([
    ['Este Flask potrivit pentru un magazin online mic?', 'multi_page'],
    ['Sopiiko Django isoon verkkokauppa projektiin?', 'multi_page'],
    ['Pyramid para un portal con cuentas de usuario?', 'auth'],
  ])('%j is about %s', (q, topic) => {
    expect(ask(q)).toMatchObject({ intent: 'recommend', topic });
  });

  // A small app counted in pages, without accounts, is about its size.
  it('"3 pagini, fără conturi de utilizator" is a small app without logins', () => {
    expect(ask('Ce framework pentru site-ul unei florării? Doar 3 pagini, fără conturi de utilizator.')).toMatchObject({ intent: 'recommend', topic: 'small_apps' });
  });
});

describe("a blog or site of one's own is a small app", () => {
  it.each([
    'is bottle fine for my personal website?',
    'Bottle برای یک وبلاگ شخصی مناسبه؟',
    // A blog in Taiwan's word for it; a personal site in Hebrew; Finnish "is it good" with a small project.
    'Bottle 適合做個人部落格嗎？',
    'האם Bottle מתאים לאתר אישי?',
    'Onko Bottle hyvä pieneen projektiin?',
    // A small blog site in Hungarian, with its ending.
    'Bottle jó választás egy kis blogoldalhoz?',
  ])('%j', (q) => {
    expect(ask(q)).toMatchObject({ intent: 'recommend', frameworks: ['bottle'], topic: 'small_apps', fit: 'good' });
  });
});

describe("where editors publish and staff moderate is the site's admin", () => {
  it('a yes/no on the framework that ships one is a yes', () => {
    expect(ask('Magazine site: a dozen editors, articles, tags, scheduled posts, an editing backend and comment moderation. Is Django a good fit?')).toMatchObject({
      intent: 'recommend',
      topic: 'admin',
      fit: 'good',
      recommendation: 'django',
    });
  });
});

describe("what the team's own app already has is code to keep, not a need to pick by", () => {
  it('the framework built on theirs keeps it', () => {
    expect(ask('We run a Flask shop, lots of blueprints. We now need async for slow outbound calls and two websocket endpoints. What should we use?')).toMatchObject({
      intent: 'recommend',
      recommendation: 'quart',
    });
  });
});

describe('two things of one kind, each followed by the Turkish question particle, are weighed', () => {
  it.each(['Pydantic mi marshmallow mu? Flask API için.', 'DRF mi Django Ninja mı?'])('%j compares them', (q) => {
    expect(ask(q).intent).toBe('compare');
  });
});

describe("nothing but a package's name, its framework's inside it, asks what the package is", () => {
  it.each([
    ['django channels?', 'describe'],
    ['flask-smorest?', 'describe'],
    // ...but the framework and a need's name ask whether the framework has it.
    ['flask admin?', 'feature_check'],
  ])('%j is %s', (q, intent) => {
    expect(ask(q).intent).toBe(intent);
  });
});

describe('tables that staff edit through screens are about the admin, ahead of the ORM behind it', () => {
  it('the admin leads the answer', () => {
    expect(ask('our support staff must edit rows in roughly 12 postgres tables from a browser. which python framework?')).toMatchObject({
      intent: 'recommend',
      topic: 'admin',
      recommendation: 'django',
    });
  });
});

describe('the classic first apps, a to-do list and a link shortener, hint at a small app', () => {
  it('a yes/no on one framework is a yes', () => {
    expect(ask('is cherrypy fine for a url shortener?')).toMatchObject({ intent: 'recommend', topic: 'small_apps', fit: 'good', recommendation: 'cherrypy' });
  });

  it('two weighed pick the lighter one', () => {
    expect(ask('django or flask for a to do list app?')).toMatchObject({ intent: 'compare', topic: 'small_apps', recommendation: 'flask' });
  });
});

describe('an app that needs many features is not small in the sense that makes a full framework overkill', () => {
  it.each(['quick prototype for a client demo: user accounts, an admin back office and a database, which framework?', 'mvp in three weeks with sign up, an admin and postgres models, what do we build it on',
    // Logins and an admin for staff are what a full framework ships, however few the tables.
    'the ops team needs an internal tool by next week: logins plus a handful of crud tables. which framework?',
  ])('%j', (q) => {
    expect(ask(q)).toMatchObject({ intent: 'recommend', recommendation: 'django' });
  });
});

describe('a blog is HTML pages, though its owner seldom says so', () => {
  it('is a poor fit for a framework with no templates', () => {
    expect(ask('is falcon a sensible pick for my personal blog?')).toMatchObject({ intent: 'recommend', fit: 'poor', recommendation: 'flask' });
  });
});

describe('asked whether a framework is too much, a load in the hundreds says how small the app is', () => {
  it('is no call for scale', () => {
    const a = ask('is django overkill here: one small service forwarding github events to a queue, maybe 300 requests a day, nothing else');
    expect(a).toMatchObject({ intent: 'recommend', fit: 'poor' });
    expect(a.parts.title).not.toMatch(/scalab/i);
  });
});

describe('one name and nothing but a feature asks whether it has it', () => {
  it.each(['falcon jwt login?', 'quart csrf xsrf?', 'what about falcon? templates as well?', 'and pyramid? websockets there too?', 'bottle built in server?'])('%j', (q) => {
    expect(ask(q).intent).toBe('feature_check');
  });

  // ...and so does "it" asked of one framework, with the feature named around it.
  it.each(['and can falcon do that too? jwt login i mean', 'so does pyramid ship it as well? an admin, i mean'])('%j', (q) => {
    expect(ask(q).intent).toBe('feature_check');
  });

  // ...but deploying it, named as what is done, asks how: every framework is deployed.
  it.each(['litestar deployment?', 'sanic deploy kubernetes'])('%j is described', (q) => {
    expect(ask(q)).toMatchObject({ intent: 'describe', topic: 'deployment' });
  });
});

describe('a feature asked of one framework, with another named as the way out if it lacks it, asks the first', () => {
  it.each([
    ['anyone know if bottle ships templates or do i need flask for that?', 'Bottle', 'templates'],
    ['alguien sabe si falcon tiene soporte para websockets o tengo q usar starlette?', 'Falcon', 'websockets'],
    // A switch offered only as the way out is no move: the answer is still about the first.
    ['can django do websockets by itself or do we need to switch to fastapi?', 'Django', 'websockets'],
  ])('%j', (q, name, topic) => {
    const a = ask(q);
    expect(a).toMatchObject({ intent: 'feature_check', topic });
    expect(a.parts.title).toContain(name);
  });
});

describe('"is there a built-in ...?" with no name asks it of the one framework named', () => {
  it.each([
    ['How do you run periodic work in a Sanic app? Is there a built-in task queue or do I bring Celery?', 'sanic', 'background_jobs'],
    ['How do people handle logins in a Falcon API? Is there built-in auth or is it all middleware I write?', 'falcon', 'auth'],
  ])('%j', (q, framework, topic) => {
    expect(ask(q)).toMatchObject({ intent: 'feature_check', frameworks: [framework], topic });
  });
});

describe("a database's schema is its tables, not request validation", () => {
  it('"an oracle schema owned by the dba team" asks about doing without the ORM', () => {
    expect(ask('flask without the orm - still worth it? everything lives in an oracle schema owned by the dba team')).toMatchObject({ intent: 'recommend', topic: 'orm', fit: 'good' });
  });
});

describe('a few requests a second are a load any framework carries', () => {
  it('"~30 rps" makes speed only a hint, and the yes/no a yes', () => {
    expect(ask('is cherrypy fine for an internal api doing ~30 rps?')).toMatchObject({ intent: 'recommend', fit: 'good', recommendation: 'cherrypy' });
  });

  // A few dozen visitors a day, said in scale's own words beside the site and not asked about, hint at scale; the small site is what is asked about.
  it('"around 20 visitors a day" leaves the small site the lead', () => {
    expect(ask('a markdown notes site i host for myself, around 20 visitors a day. flask fine for that?')).toMatchObject({ intent: 'recommend', topic: 'small_apps', fit: 'good' });
  });
});

describe('what the asker wonders whether they need, after the option asked about, only hints', () => {
  it.each([
    'could bottle cope with about 80 requests a second for a lookup api, or do we really need something async?',
    // Italian "or" written out in full.
    'Bottle va bene per circa 50 richieste al secondo per una piccola API? Oppure mi serve qualcosa di asincrono?',
    // ...and so is a way they wonder whether to go instead.
    'would bottle do for a small status api, around 30 requests a second at peak? or should we go async?',
  ])('%j is a yes', (q) => {
    expect(ask(q)).toMatchObject({ intent: 'recommend', fit: 'good', recommendation: 'bottle' });
  });

  it('"...or should I switch to something async?" after a modest load is a yes too', () => {
    expect(ask('is pyramid fine for an internal reporting api with ~20 req/s, or should i switch to something async?')).toMatchObject({ fit: 'good', recommendation: 'pyramid' });
  });
});

describe('a load a framework must handle is what the yes/no asks about', () => {
  it.each([
    // Requests a second are how fast it answers; users at once are how far it scales.
    ['will litestar cope with 8k requests per second on two small pods?', 'performance'],
    ['can sanic handle 1,500 rps of small json reads?', 'performance'],
    ['could quart handle around 2000 concurrent users with mostly db reads?', 'scalability'],
    // "actually" or "really" doubts it, and still asks whether it carries the load.
    ['can pyramid actually handle 40k visitors a day? a colleague doubts it', 'scalability'],
  ])('%j is about %s', (q, topic) => {
    expect(ask(q)).toMatchObject({ intent: 'recommend', topic });
  });
});

describe('many sockets held open at once need a framework that does concurrency in its event loop', () => {
  it.each([
    ['is bottle ok for a live quiz app pushing answers to 3k concurrent players over websockets?', 'poor'],
    ['should we use flask for a chat with thousands of connected websocket clients?', 'poor'],
    // Sockets said to be open are the websockets feature and the load on it, both.
    ['Can a Flask app handle 4000 open websocket connections?', 'poor'],
    // ...whatever package the setup beside it names.
    ['Can a Flask app handle 3000 concurrent websocket connections? We run Flask-SocketIO and it chokes near 600.', 'poor'],
  ])('%j', (q, fit) => {
    expect(ask(q)).toMatchObject({ intent: 'recommend', fit });
  });
});

describe('what they do not mind is not a need', () => {
  it('"doesn\'t mind a smaller community" leaves the community out of the judgement', () => {
    const a = ask("is sanic ok for an async json api? we are all seniors and don't mind a smaller community");
    expect(a.fit).toBe('good');
    expect(a.parts.verdict).not.toMatch(/community/);
  });
});

describe('what is built is not a quality wanted', () => {
  it('a docs site is a site of pages, not a wish for good documentation', () => {
    expect(ask('which framework for a small docs site rendered from jinja templates, no database?').topic).not.toBe('documentation');
  });
});

describe('a wish is not a need', () => {
  it('"would be nice" only hints', () => {
    const a = ask('which framework for a small internal json api? an admin would be nice but not a must');
    expect(a.topic).not.toBe('admin');
    // The verdict names the needs that decided it, and a wish did not.
    expect(a.parts.verdict).not.toMatch(/admin/);
  });
});

describe('a short name that is a function word in the language the question is written in', () => {
  it.each([
    ['Flask va bene per il backend di un sito con pochi utenti?', 'dependency_injection'],
    ['framework mana yang bagus untuk api di server kecil dan bisa cepat?', 'dependency_injection'],
  ])('%j does not name %s', (q, id) => {
    expect(ask(q).topic).not.toBe(id);
  });

  it('is still the name in an English question', () => {
    expect(ask('does litestar have di built in?')).toMatchObject({ intent: 'feature_check', topic: 'dependency_injection' });
  });
});

describe('what the app ran on before, said in Indonesian, is background to a feature question about another', () => {
  it('asks whether the other has it', () => {
    expect(ask('Apakah Sanic mendukung websocket? Proyek ini sebelumnya pakai Flask.')).toMatchObject({ intent: 'feature_check', topic: 'websockets', support: 'built_in' });
  });
});

describe('a framework someone has done or knows is background to an open question', () => {
  it.each([
    'two of us, one dabbled in bottle ages ago. need user accounts and a few dashboards, what should we build it with?',
    'wir kennen django ein bisschen, welches framework für eine schnelle json api?',
  ])('%j', (q) => {
    expect(ask(q)).toMatchObject({ intent: 'recommend', fit: null });
  });
});

describe('a framework never used, named after one that was, is not known', () => {
  it('the one they know decides a close call', () => {
    expect(ask('token-auth json api with about ten routes, flask or fastapi? i know flask, never tried fastapi').recommendation).toBe('flask');
  });
});

describe('the one option weighed beside a framework the team already knows, or would replace, is a fit question', () => {
  it.each([
    ['Kannattaako meidän valita Litestar, kun tiimi osaa jo FastAPIn?', 'litestar'],
    ['Czy Quart to dobry wybór, jeśli zespół znał tylko Flaska?', 'quart'],
    // ...and so is the one to replace it, "an alternative to" it in another language.
    ["Falcon è una buona alternativa a Django per un'API REST?", 'falcon'],
  ])('%j', (q, option) => {
    const a = ask(q);
    expect(a.intent).toBe('recommend');
    expect(a.frameworks).toContain(option);
    expect(a.fit).not.toBeNull();
  });
});

describe("a framework's own pattern described leads with the pattern's field", () => {
  it.each([
    // The parts named while explaining it are not the subject: MVT is about how a project is laid out.
    ["how do urls, models and templates split the work in Django's MVT?", 'project_structure'],
    // ...and a pattern only that framework has is nothing it may lack: described, not checked.
    ['DjangoのMVTパターンって何ですか？', 'project_structure'],
  ])('%j', (q, topic) => {
    expect(ask(q)).toMatchObject({ intent: 'describe', topic });
  });
});

describe('"without blocking" wishes for async, it refuses nothing', () => {
  it.each(['which framework lets each request wait on slow services without blocking its worker?'])('%j', (q) => {
    expect(ask(q).text).toMatch(/best fit for[^.]*async/i);
  });
});

describe('a "no" reaches the need after it, and those joined to it, not the next need', () => {
  it.each([
    ['no admin. lightest thing that serves json?', ['admin'], 'small_apps'],
    ['without templates or forms, what is best for a tiny service', ['templates', 'forms'], 'small_apps'],
    ["i don't want to use an orm at all, raw sql only: is pyramid fine?", ['orm'], null],
    // "with" after the thing refused starts what is wanted.
    ['a server-rendered site (no SPA) with forms and user accounts: which framework?', [], 'forms'],
  ])('%j', (q, out, kept) => {
    const a = ask(q);
    for (const t of out) expect(a.text).not.toMatch(new RegExp(`best fit for[^.]*${t}`, 'i'));
    if (kept) expect(a.topic).toBe(kept);
  });
});

describe('an app counted in a few parts is a small app', () => {
  it.each(['is django right for a json api with four endpoints?', 'django for a couple of pages and a contact form?'])('%j', (q) => {
    expect(ask(q)).toMatchObject({ intent: 'recommend', frameworks: ['django'], fit: 'poor' });
  });
});

describe('a library named is one the framework must work with', () => {
  it.each(['which framework plays nicest with sqlalchemy 2?', 'best framework to pair with marshmallow schemas'])('%j', (q) => {
    const a = ask(q);
    const library = knowledge.concepts.find((c) => a.text.includes('work with') && c.frameworks.length > 0 && a.text.includes(c.name));
    expect(a.intent).toBe('recommend');
    expect(library?.frameworks).toContain(a.recommendation);
  });
});

describe('reading what a word means where it stands', () => {
  it.each([
    // Speed of building, not of running.
    ['whats the quickest way to get a small site up with python this weekend', 'small_apps'],
    ['admin screens, logins and an orm over 40 tables; which framework gets us there fastest?', 'admin'],
    ['which framework lets us build a back office with logins fastest?', 'admin'],
    // A demand for built-in auth, not a description of a kind of framework.
    ['sanic vs quart for a team that wants sessions and auth batteries included', 'auth'],
  ])('%j is about %s', (q, topic) => {
    expect(ask(q).topic).toBe(topic);
  });

  it('how fast it is to develop with is no question of raw performance', () => {
    expect(ask('which python framework is quickest to develop in for a two-person team?').topic).not.toBe('performance');
    expect(ask('what gets a staff dashboard with user roles up quickest in python?').topic).not.toBe('performance');
    expect(ask('we build apis for banks, which framework is fastest?').topic).toBe('performance');
  });

  it('a move from another language to Python is not a move between frameworks', () => {
    expect(ask('our java team is moving to python and builds server rendered crud sites, which framework?').topic).not.toBe('migration');
  });
});

describe('a Python version next to a feature is the setting of a feature question', () => {
  it.each([
    ['does falcon support websockets on python 3.12?', 'feature_check', 'websockets'],
    ['is async supported by pyramid under python 3.11', 'feature_check', 'async'],
    ['does flask 3 still support python 3.8', 'describe', 'maintenance'],
  ])('%j', (q, intent, topic) => {
    expect(ask(q)).toMatchObject({ intent, topic });
  });
});

describe('whether one framework copes with a load is a fit question, wherever the load is said', () => {
  it.each([
    ['Our shop runs Django and serves about 500k page views a day. Black Friday could triple it. Can Django really cope with that kind of traffic, or do we need a rewrite in Go?', 'django', 'good'],
    ['would bottle survive a ticket-sales site with a million users?', 'bottle', 'poor'],
  ])('%j', (q, framework, fit) => {
    expect(ask(q)).toMatchObject({ intent: 'recommend', frameworks: [framework], topic: 'scalability', fit });
  });

  it('a feature it handles is still a feature check', () => {
    expect(ask('can flask handle file uploads?').intent).toBe('feature_check');
  });
});

describe('a need word inside a plain-Python library name is that name', () => {
  it('"scikit-learn" is no question about learning', () => {
    const a = ask('should we wrap our scikit-learn churn model in django to serve it to the billing team?');
    expect(a.topic).not.toBe('learning_curve');
    expect(a.parts.verdict).not.toMatch(/beginner/i);
  });

  it('a model served as predictions over HTTP is an API', () => {
    expect(ask('we trained a forecasting model; which framework should we use to expose it over http for other teams?').topic).toBe('rest_api');
  });
});

describe('what the docs talk about or say is where a claim comes from, not a question about the docs', () => {
  it.each([
    'The Pyramid docs talk about traversal and resources. What is that, exactly?',
    'In the Flask docs they say blueprints are not pluggable apps. What are they then?',
    // What the docs show is what they say.
    'How do I add user auth to Sanic? the docs only show a decorator snippet, no user table anywhere??',
    "how do I get websockets going in Quart? the docs show a tiny echo handler and that's it??",
  ])('%j', (q) => {
    expect(ask(q).topic).not.toBe('documentation');
  });
});

describe('an app heavy on a feature is a load to carry: a fit question', () => {
  it('"can bottle handle a websocket-heavy live quiz app?" is a no', () => {
    expect(ask('can bottle handle a websocket-heavy live quiz app for our school?')).toMatchObject({ intent: 'recommend', fit: 'poor' });
  });
});

describe('whether a server is still needed beside the framework is how it is deployed', () => {
  it('"is gunicorn even required ...?" is described', () => {
    expect(ask('Deployed Sanic behind gunicorn before. Sanic now has its own workers. Is gunicorn even required when each container runs one?')).toMatchObject({ intent: 'describe', topic: 'deployment' });
  });
});

describe('what runs the one framework in production is a server, explained', () => {
  it.each(["Bottle's own server is only meant for development. So what should we run it on in production?", 'the falcon tutorial runs it with a dev server. what should we run it with in prod?'])('%j', (q) => {
    expect(ask(q)).toMatchObject({ intent: 'describe', topic: 'deployment', recommendation: null });
  });
});

describe('which of its own releases to build on asks about the releases of the one framework', () => {
  it.each(['which django version should I build a long-lived app on, with as few upgrades as possible?', 'what version of flask should we use for a new api?'])('%j', (q) => {
    expect(ask(q)).toMatchObject({ intent: 'describe', topic: 'maintenance' });
  });
});

describe('a need stated as one outranks one inferred from what is built', () => {
  it.each([
    ['live chat widget for our shop, need async, which framework?', 'async'],
    ['blog platform with comments, requires an admin. what should we use', 'admin'],
  ])('%j is about %s', (q, topic) => {
    expect(ask(q).topic).toBe(topic);
  });
});

describe('other languages', () => {
  it.each(["bonjour, vous pouvez m'aider ?", 'hallo, kannst du mir helfen?', 'hola, ¿me ayudas?'])('%j is a greeting', (q) => {
    expect(ask(q).intent).toBe('help');
  });

  it.each([
    ['Bottle est-il un bon choix pour un petit site ?', 'bottle'],
  ])('%j asks about %s', (q, id) => {
    expect(ask(q)).toMatchObject({ intent: 'recommend', frameworks: [id] });
  });
});

describe('"is X a good pick" is a fit question', () => {
  it.each(['is tornado a good pick if we also call lots of other apis', 'would sanic be a sensible choice for our webhook service'])('%j', (q) => {
    expect(ask(q).intent).toBe('recommend');
    expect(ask(q).fit).not.toBeNull();
  });

  it('"DEBUG=False" is not a misspelt Flask', () => {
    expect(ask('DEBUG=False and the css is gone in django, how do i serve static files?').frameworks).toEqual(['django']);
  });
});

describe('what they know is what they move on from when they ask what to learn next', () => {
  // A package of the framework they move on from narrows nothing (it used to leave no option at all).
  it('"what should i learn after django? i use django rest framework daily" recommends something else', () => {
    const a = ask('what should i learn after django? i use django rest framework daily');
    expect(a).toMatchObject({ intent: 'recommend' });
    expect(a.confidence).toBeGreaterThan(0);
    expect(a.recommendation).not.toBe('django');
    expect(a.recommendation).not.toBeNull();
  });

  it('recommends something else', () => {
    const a = ask('been writing django at work for three years and i like it, but what should i learn next?');
    expect(a.intent).toBe('recommend');
    expect(a.recommendation).not.toBe('django');
  });

  it('a framework named only before the sentence that asks what to learn next is one they know', () => {
    const a = ask('finished the flask mega-tutorial and shipped a small app with it. what framework should i pick up next?');
    expect(a.recommendation).not.toBe('flask');
    expect(ask('should i learn litestar next?').fit).not.toBeNull();
  });

  it.each(['if i start with flask, what should i learn after it?', 'i learned django first, what to learn next?'])('%j: named before the words that ask, in the same sentence', (q) => {
    const a = ask(q);
    expect(a.recommendation).not.toBeNull();
    expect(a.frameworks).not.toContain(a.recommendation);
  });

  it('the work they learn it for is what is asked, and what they have been doing is background', () => {
    expect(ask("I've been doing bottle for a while, mostly small html sites. what should I learn next for API contracts?").topic).toBe('rest_api');
  });

  // ...also said without the "I", as chat drops it: the small apps they have been writing are no need of the next one.
  it('"been writing small flask tools" is background to what to learn next', () => {
    expect(ask('which framework to learn after flask? been writing small flask tools at work and want something employers ask for').recommendation).not.toBe('bottle');
  });

  it('knowing X does not make X less of an overkill when that is the question', () => {
    expect(ask('been writing django for years; for a one-endpoint webhook, is django overkill?')).toMatchObject({ fit: 'poor' });
  });
});

describe('what the words around a need say about it', () => {
  it.each([
    // A browser extension is not the framework's ecosystem of extensions.
    ['api for a firefox extension that saves bookmarks, nothing fancy, dont want to overengineer it', 'small_apps'],
    ['we never did web dev and only know a little python: flask or django?', 'learning_curve'],
  ])('%j is about %s', (q, topic) => {
    expect(ask(q).topic).toBe(topic);
  });

  it('"it worked" is not a misspelt worker', () => {
    expect(ask('we shipped our bottle mvp and it worked, now which framework for the rewrite?').topic).not.toBe('background_jobs');
  });
});

describe('the asking sentence explains one thing: described, whatever else is named around it', () => {
  it.each([
    ['tell me about quart. a friend says it is basically flask but async', 'quart'],
    ['every litestar guide talks about msgspec and every flask guide about marshmallow. what even is msgspec?', null],
    ['how do i run background tasks in fastapi? celery or the built in ones confuse me', 'fastapi'],
    ['what are blueprints in flask and how do they help structure an app', 'flask'],
  ])('%j', (q, id) => {
    const a = ask(q);
    expect(a.intent).toBe('describe');
    if (id) expect(a.frameworks).toContain(id);
  });

  it.each(["what's a good minimal asgi toolkit to build my own framework on?", "what are django's best alternatives for apis"])('%j still asks for a pick', (q) => {
    expect(ask(q).intent).not.toBe('describe');
  });
});

describe('replacing one named thing with another', () => {
  it('between frameworks or their packages is a move, weighed', () => {
    expect(ask('we are thinking of replacing flask-restx with fastapi for the public api, it is slow and we want async. what broke for you?')).toMatchObject({ intent: 'compare', topic: 'migration' });
  });

  it('between servers is deployment', () => {
    expect(ask('i run uvicorn alone in production; what do i gain if i replace it with gunicorn and uvicorn workers?').topic).toBe('deployment');
  });
});

describe('three or more features assembled from extensions, where another framework ships them all', () => {
  it('is a poor fit that says why', () => {
    const a = ask('a clinic portal needs logins with roles, many forms and an admin for the staff. is flask the right call?');
    expect(a).toMatchObject({ intent: 'recommend', fit: 'poor' });
    expect(a.recommendation).not.toBe('flask');
    expect(a.parts.notes.join(' ')).toMatch(/from separate extensions/);
  });

  it('two from extensions is still a judgement call', () => {
    expect(ask('is flask fine for a small api with an orm and logins?').fit).not.toBe('poor');
  });

  it('depends when the asker knows the framework and not the one that ships them', () => {
    const a = ask('is flask ok for a members portal with sign-up, staff permissions, an admin and lots of forms? i have only ever used flask, never django');
    expect(a).toMatchObject({ intent: 'recommend', fit: 'depends', recommendation: 'django' });
  });
});

describe('stakes and time in a fit question', () => {
  it('a middling quality is not a yes where the stakes are high', () => {
    expect(ask('is litestar mature enough for an insurance company api that auditors will review?').fit).toBe('depends');
    expect(ask('is litestar mature enough for my side project api?').fit).toBe('good');
  });

  it('"in 2026" makes staying maintained part of the question without turning it into a release question', () => {
    expect(ask('cherrypy for a brand new production api in 2026, yes or no?')).toMatchObject({ intent: 'recommend' });
    expect(ask('cherrypy for a brand new production api in 2026, yes or no?').fit).not.toBe('good');
    expect(ask('any reason not to pick tornado in 2026?').intent).toBe('pros_cons');
  });
});

describe('who the team is, and what a question about one thing is', () => {
  it('"I only know python. is django overkill" asks about Django, not as the team\'s stack', () => {
    expect(ask('a tiny site for my aunt, one page and a contact form. i only know python. is django overkill?')).toMatchObject({ intent: 'recommend', fit: 'poor' });
  });

  it.each(['what are flask blueprints', "what's the catch with litestar?"])('%j', (q) => {
    expect(ask(q).intent).toBe(q.includes('catch') ? 'pros_cons' : 'describe');
  });
});

describe('a package described is about its own field', () => {
  it.each([
    ["what's gunicorn and why does every flask deploy guide mention it?", 'deployment'],
    ['what is celery and why do django tutorials keep bringing it up', 'background_jobs'],
    // ...also when its name starts with its framework's.
    ['What is Django Ninja, and do I need it for a tiny internal api?', 'rest_api'],
    ["what's django channels and do we need redis for it? just a small app", 'websockets'],
  ])('%j is about %s', (q, topic) => {
    expect(ask(q)).toMatchObject({ intent: 'describe', topic });
  });
});

describe('more of how people phrase it', () => {
  it.each([
    // Yes/no fit questions in other languages.
    ['Bottle va bene per un piccolo sito con circa 200 visitatori al giorno?', 'recommend'],
    ['¿Pyramid sirve para una intranet con usuarios y roles?', 'recommend'],
    // "con" is "with", not "cons".
    ['Flask o Django para una tienda con panel de administración?', 'compare'],
    // Polish and Portuguese "or".
    ['Flask czy FastAPI do prostego API?', 'compare'],
    // How-tos described.
    ['running django behind nginx and gunicorn on a vps, walk me through it', 'describe'],
    ['what are flask signals and when should i use them', 'describe'],
    // "good about" is the pros.
    ["what's actually good about cherrypy, honestly", 'pros_cons'],
  ])('%j is %s', (q, intent) => {
    expect(ask(q).intent).toBe(intent);
  });

  it('"a small team" is the size of the people, not of the app', () => {
    expect(ask('Flask oder Django für ein kleines Team mit Login, Rollen und Admin-Oberfläche?').recommendation).toBe('django');
  });

  it('what to learn after a framework leans on what is widely used', () => {
    expect(['django', 'fastapi', 'flask']).toContain(ask('what should i learn after bottle?').recommendation);
  });
});

describe('whether it stays maintained, when the question is about today', () => {
  it.each([
    ['is django still a good choice in 2026?', 'good'],
    ['is cherrypy still a sensible pick these days?', 'poor'],
  ])('%j', (q, fit) => {
    const a = ask(q);
    expect(a).toMatchObject({ intent: 'recommend', fit, topic: 'maintenance' });
    expect(a.parts.verdict).toMatch(/maint/i);
  });

  it('a year does not make a comparison about releases', () => {
    expect(ask('drf vs django ninja in 2026 for a new api-only project').topic).not.toBe('maintenance');
  });
});

describe('whether one framework is still kept up, with a rival only in a claim after the question, is described', () => {
  it.each([
    "Is Pyramid still actively developed? Our architect heard it's basically dead and that everyone uses Django now. We have five Pyramid apps in production.",
    'Is Bottle still maintained? A blog post claims the project is basically dead and everybody went to Flask. We run two internal tools on it and the boss is nervous.',
  ])('%j', (q) => {
    expect(ask(q)).toMatchObject({ intent: 'describe', topic: 'maintenance' });
  });

  it('asked whether to use it, it stays a yes/no', () => {
    expect(ask('Should we use Bottle for a nationwide exam-results portal? Thousands of schools upload marks and it has to be maintained for years by whoever wins the contract.').intent).toBe('recommend');
  });
});

describe('asked to explain something, it is described', () => {
  it.each(["could somebody explain django's orm?", "can somebody explain fastapi's dependency injection?", 'could anyone explain the template engine in flask?'])('%j', (q) => {
    expect(ask(q).intent).toBe('describe');
  });

  it.each([
    ['can someone explain whether bottle has sessions?', 'feature_check'],
    ['can someone explain flask vs django for a beginner?', 'compare'],
    ["can anybody explain the difference between django templates and jinja2? all the tutorials mention both and i can't tell which to use for my project", 'compare'],
    ['could anyone explain the difference between a wsgi server and an asgi server to a php dev? what should i pick', 'compare'],
  ])('%j is still %s', (q, intent) => {
    expect(ask(q).intent).toBe(intent);
  });
});

describe('two packages weighed against each other are about the field they share', () => {
  it('a need only hinted at beside them does not lead', () => {
    expect(ask('sqlmodel vs plain sqlalchemy 2.0 with fastapi for a warehouse api with ~40 tables? sqlmodel is neat but i keep dropping down to sqlalchemy.')).toMatchObject({ intent: 'compare', topic: 'orm' });
  });
});

describe('counted parts, extensions refused, a how-to about the sentence before', () => {
  it('an internal tool over thirty tables is not a small app', () => {
    expect(ask('small startup, we need an internal tool: crud over ~40 tables with role permissions. which framework?').topic).not.toBe('small_apps');
  });

  it('not wanting third-party libraries is wanting them built in', () => {
    expect(ask("we need an admin, auth and forms and we don't want to babysit third party packages for each. is flask a good fit?").fit).toBe('poor');
  });

  it('"walk me through it" describes what the sentence before set up', () => {
    expect(ask('deploying fastapi behind caddy on a small vps. walk me through it?').intent).toBe('describe');
  });

  it('a feature word before the kind of app describes the app', () => {
    expect(ask('falcon for a low-latency async microservice, thoughts?').topic).not.toBe('async');
  });

  it('"charts" is not a misspelt chat', () => {
    expect(ask('is bottle ok for a page of read-only charts for five people?').topic).not.toBe('websockets');
  });
});

describe('moves and loads phrased around the names', () => {
  it.each(['porting our bottle service onto flask, what changes?', 'moving a sanic app to litestar: anything to watch out for?'])('%j is about the move', (q) => {
    expect(ask(q).topic).toBe('migration');
  });

  it('a load counted in another language is still a load', () => {
    expect(ask('Flask va bene per un sito con circa 500 utenti al giorno?').topic).toBe('scalability');
  });

  it('when a version came out is a release question', () => {
    expect(ask('when did django 5.0 come out?').topic).toBe('maintenance');
  });
});

describe('everyday things in other languages', () => {
  it.each(['Сколько стоит металлическая фляга на 750 мл?', 'dove compro una borraccia termica?'])('%j is declined', (q) => {
    expect(ask(q).intent).toBe('out_of_scope');
  });

  it('"ml" is machine learning here', () => {
    expect(ask('flask for ml?').intent).not.toBe('out_of_scope');
  });
});

describe('capabilities asked for, or ruled out', () => {
  it('a capability asked for is the need, in its own field', () => {
    expect(ask('a tiny side service that only streams server-sent events to a few dashboards, which framework?').topic).toBe('async');
  });

  it('a capability ruled out does not pick the frameworks that ship it', () => {
    expect(ask('which framework for a small json api, no rate limiting needed').recommendation).toBe(ask('which framework for a small json api').recommendation);
  });

  // aiohttp ships a client but no validation or generated docs: calling out is one need among them.
  it.each([
    'our json service fans out to four partner apis per request, and we need typed request validation and swagger docs. which framework?',
    'which framework for a json gateway with outbound http calls everywhere, strict input validation and generated openapi docs?',
  ])('a capability named beside the features asked does not narrow the options to its shippers: %j', (q) => {
    expect(ask(q).recommendation).toBe('fastapi');
  });

  it('a capability asked as built in still narrows them', () => {
    expect(ask('which framework ships an http client built in? we call lots of apis').recommendation).toBe('aiohttp');
  });

  it('"an API server" states the need', () => {
    expect(ask('our pyramid app is only an api server nowadays, would falcon suit that better?').topic).toBe('rest_api');
  });

  it('small payloads are the size of the data, not of the app', () => {
    expect(ask('an ingestion api for 5,000 sensors posting small json payloads every second, which framework?').topic).not.toBe('small_apps');
  });
});

describe('a framework named after "like" is what the one option should resemble', () => {
  it.each([
    // [question, the option asked about, topic]
    ['does quart have a test client, something like what flask gives you?', 'quart', 'testing'],
    ['sanic auto-generated api docs like fastapi?', 'sanic', 'openapi'],
    ['Bietet Falcon eingebaute Websockets wie Starlette?', 'falcon', 'websockets'],
    ['Quart a-t-il une interface d’administration comme Django ?', 'quart', 'admin'],
    ['Bottle, Flask gibi şablon motoruyla mı geliyor?', 'bottle', 'templates'],
    // "like in X": a preposition between "like" and the name.
    ['Czy FastAPI ma wbudowany panel admina, jak w Django?', 'fastapi', 'admin'],
    ['Есть ли в Starlette встроенная админка, как в Django?', 'starlette', 'admin'],
    ['Чи має Litestar вбудовану валідацію, як у FastAPI?', 'litestar', 'validation'],
    ['Har Sanic något inbyggt stöd för websockets, typ som Tornado?', 'sanic', 'websockets'],
    ['Are Bottle un ORM ca Django?', 'bottle', 'orm'],
    ['האם ל-Litestar יש תיעוד OpenAPI אוטומטי כמו ב-FastAPI?', 'litestar', 'openapi'],
    ['¿Pyramid trae motor de plantillas o solo sirve para APIs?', 'pyramid', 'templates'],
    // The framework's own thing between its name and "like" said after it.
    ['Litestarには、FastAPIのDependsのような仕組みは標準でありますか？', 'litestar', 'dependency_injection'],
  ])('%j checks a feature of %s', (q, option, topic) => {
    const a = ask(q);
    expect(a.intent).toBe('feature_check');
    expect(a.frameworks[0]).toBe(option);
    expect(a.topic).toBe(topic);
  });

  it.each([
    // The one option is the team's own; the docs are an OpenAPI page however they are called.
    ["We look after the docs of an internal API built on Tornado. Is there a way to get auto-generated API reference docs like FastAPI's docs page, or do we maintain the spec by hand?", 'tornado'],
    ['our api is built on aiohttp. can we get a generated docs page like fastapi has?', 'aiohttp'],
  ])('%j asks about the OpenAPI docs of %s', (q, id) => {
    expect(ask(q)).toMatchObject({ intent: 'feature_check', topic: 'openapi' });
    expect(ask(q).frameworks[0]).toBe(id);
  });

  // A package of the framework it should resemble, with a move beside it as the reason for asking.
  it("a Flask package's equivalent asked for in Quart checks the feature", () => {
    expect(ask("is there an equivalent of flask-login for quart? we're moving a small app over, login is what's missing")).toMatchObject({ intent: 'feature_check', topic: 'auth' });
  });

  it('"something else like X" offers X as an alternative, weighed', () => {
    expect(ask('we run a django monolith and want a separate service holding lots of open websocket connections. can django do that too or should it be something else like starlette').intent).toBe('compare');
  });
});

describe('a feature question is read in every sentence and clause that asks', () => {
  it.each([
    // [question, framework, topic]
    ['I keep reading that "Pyramid has no real auth story". Is that fair in 2026? Does Pyramid ship authentication and authorization itself? Our app is mostly forms and a few reports.', 'pyramid', 'auth'],
    ['We want live notifications on our Flask site. Do we need Redis and SocketIO for that, or can Flask do websockets now?', 'flask', 'websockets'],
    // A feature and a framework and nothing else.
    ['websockets in sanic?', 'sanic', 'websockets'],
    ['sessions with bottle?', 'bottle', 'auth'],
    ['is pyramid async?', 'pyramid', 'async'],
    // "X has Y?" with no auxiliary before it.
    ['bottle framework includes templates?', 'bottle', 'templates'],
    // Asked indirectly, with no question mark.
    ['We are thinking to use Quart, but my lead asks if it has websockets inside. Please explain what it gives and what we must add.', 'quart', 'websockets'],
  ])('%j checks a feature of %s', (q, id, topic) => {
    const a = ask(q);
    expect(a.intent).toBe('feature_check');
    expect(a.frameworks[0]).toBe(id);
    expect(a.topic).toBe(topic);
  });

  it.each(['django signals explained', 'flask blueprints explained simply'])('%j asks for an explanation, described', (q) => {
    expect(ask(q).intent).toBe('describe');
  });

  it.each([
    // [question, the framework asked about, support]
    ['pyramid templates drive me nuts again. does bottle even have templates', 'bottle', 'built_in'],
    ['the django admin crashed again lol. does flask even have an admin', 'flask', 'extension'],
  ])('%j answers for %s, named in the sentence that asks', (q, id, support) => {
    const a = ask(q);
    expect(a.frameworks[0]).toBe(id);
    expect(a.support).toBe(support);
  });

  it('"can they ..." is not a framework doing something', () => {
    expect(ask('Porting 20 Flask views to Quart: can they share one process during the move (mount one inside the other?), or do we need two deployments?').intent).not.toBe('feature_check');
  });
});

describe('"does it include ...?" after a claim about the one framework asks whether that framework has it', () => {
  it('"it" is the framework the claim named', () => {
    expect(ask('People say Litestar handles dependency injection for you. Does it actually ship that built in, or is it a plugin like in other frameworks?')).toMatchObject({
      intent: 'feature_check',
      frameworks: ['litestar'],
      topic: 'dependency_injection',
    });
  });
});

describe('a feature "built into" a framework, or "has X got" it, asks whether it has it', () => {
  it.each([
    'do signals work in starlette?','are sessions baked into bottle?', 'we get a 400 on bad JSON. is that check built into litestar, or did a plugin add it?', 'Has Sanic got a test client? We need one small JSON endpoint tested in CI.'])('%j', (q) => {
    expect(ask(q).intent).toBe('feature_check');
  });
});

describe('a server of its own, built in, is a deployment feature to check', () => {
  it.each([
    ['does bottle come with a built-in web server?', 'bottle'],
    ['tornado ships its own production server, so we can skip nginx?', 'tornado'],
    ['Har Sanic en inbyggd webbserver?', 'sanic'],
  ])('%j', (q, framework) => {
    expect(ask(q)).toMatchObject({ intent: 'feature_check', frameworks: [framework], topic: 'deployment' });
  });
});

describe('"or is it needed", in Polish, names what to add if the feature is missing', () => {
  it.each(['Czy Django ma wbudowane zadania w tle, czy trzeba dodać Celery?', 'Czy FastAPI ma wbudowany ORM, czy potrzeba SQLModel?'])('%j', (q) => {
    expect(ask(q).intent).toBe('feature_check');
  });
});

describe('"ready in it" in Finnish asks whether it has it', () => {
  it.each(['Onko Litestarissa valmiina välimuisti?', 'Onko Pyramidissa valmiina ORM?'])('%j', (q) => {
    expect(ask(q).intent).toBe('feature_check');
  });
});

describe('"built in", said after the feature in Portuguese, asks whether it has it', () => {
  it('"alguém sabe se o bottle valida json sozinho?" checks the feature', () => {
    expect(ask('alguém sabe se o bottle valida json sozinho?')).toMatchObject({ intent: 'feature_check', frameworks: ['bottle'], topic: 'validation' });
  });
});

describe('a recognised "does it have" about one framework is never declined for its unknown words', () => {
  it('"Sanic gère le cache nativement ?" is about Sanic', () => {
    expect(ask('Sanic gère le cache nativement ?').intent).not.toBe('out_of_scope');
  });
});

describe('a framework set aside in another language is not the one answered for', () => {
  it.each(['¿Qué framework para un panel de admin? No quiero usar Django.', 'Welches Framework für ein Admin-Panel? Ohne Django bitte.'])('%j', (q) => {
    const a = ask(q);
    expect(a).toMatchObject({ intent: 'recommend', fit: null });
    expect(a.recommendation).not.toBe('django');
  });
});

describe("a framework's name with another language's case ending is the name", () => {
  it.each([
    // [question, frameworks]
    ['Aký je rozdiel medzi Pyramidom a Falconom?', ['pyramid', 'falcon']],
    ['Onko Djangon admin parempi kuin Flaskin?', ['django', 'flask']],
    ["Sanic'te websocket var mı?", ['sanic']],
    ['Kas Pyramidil on sisseehitatud autentimine?', ['pyramid']],
  ])('%j names %j', (q, ids) => {
    expect([...ask(q).frameworks].sort()).toEqual([...ids].sort());
  });

  it.each(['we keep the flasks in the lab fridge'])('%j names no framework', (q) => {
    expect(ask(q).frameworks).toEqual([]);
  });
});

describe('a name corrected right after it is not asked about', () => {
  it.each([
    ['is bottle, I mean flask, good for a blog with a few pages?', ['flask']],
    ['our sanic, sorry, meant starlette, app leaks memory under load: what do we check?', ['starlette']],
    // "not" weighs one against the other; it corrects nothing.
    ['should we use flask, not django, for a tiny api?', ['flask', 'django']],
  ])('%j names %j', (q, frameworks) => {
    expect(ask(q).frameworks).toEqual(frameworks);
  });
});

describe('a name that is no everyday word, asked about in another script, is the framework', () => {
  it.each(['Django নিয়ে কিছু বলুন', 'Django ஐ கற்றுக்கொள்வது கடினமா?'])('%j', (q) => {
    const a = ask(q);
    expect(a.intent).not.toBe('out_of_scope');
    expect(a.frameworks).toEqual(['django']);
  });

  it('...unless words of its other sense are there: the film', () => {
    expect(ask('Django 영화 어때요?')).toMatchObject({ intent: 'out_of_scope', frameworks: [] });
  });
});

describe('ordinary words are not typos of our words', () => {
  it.each([
    // "flaky" is no misspelt Flask, "crashing" no misspelt caching, "grown" no misspelt scalability.
    ['our tests are flaky in fastapi, any pytest tips?', { frameworks: ['fastapi'] }],
    ['my quart app keeps crashing when the database restarts, why?', { topic: 'orm' }],
    ['the team has grown to 12, is pyramid still right for us?', { topic: null }],
    // Portuguese "quero" (I want) is no misspelt query.
    ['qual framework pra um app simples? quero algo fácil', { topic: null }],
  ])('%j', (q, expected) => {
    expect(ask(q)).toMatchObject(expected);
  });
});

describe('a feature asked about during a move is about where they are going', () => {
  it('"Can Sanic do websockets? We are porting our old Flask app to it" answers for Sanic', () => {
    const a = ask("Can Sanic do websockets out of the box? We're porting our old Flask app to it.");
    expect(a.parts.title).toMatch(/^Does Sanic have/);
    expect(a.support).toBe('built_in');
  });
});

describe('two packages of one kind weighed in other languages are compared', () => {
  // "Built-in" describing one of them ("Django 自带的模板") does not make it a feature check.
  it.each(['Django 自带的模板和 Jinja2 哪个更好用？', 'فرق Django ORM با Tortoise چیه؟ کدوم سریع‌تره؟', 'Django ORM আর Tortoise এর মধ্যে কোনটা ভালো?'])('%j', (q) => {
    expect(ask(q).intent).toBe('compare');
  });
});

describe('"does X validate ...?" asks whether X has the feature, whatever else it is set beside', () => {
  // The need is read from the verb right after the name; the other framework is only where the feature may live instead.
  it.each([
    ['Does Bottle validate form input for you, or is that only a Django thing? Thinking about moving a tiny app over to Bottle.', 'bottle'],
    ['does falcon validate request bodies by itself, or is that what fastapi adds? deciding whether to switch a small service to falcon', 'falcon'],
  ])('%j checks %s', (q, id) => {
    expect(ask(q)).toMatchObject({ intent: 'feature_check', topic: 'validation' });
    expect(ask(q).frameworks[0]).toBe(id);
  });
});

describe('an interface given as the reason for asking is background to the feature asked', () => {
  // Django runs on ASGI, but WebSockets still come from Channels.
  it.each(['does django ship websockets now that it speaks asgi?', 'is there websocket support in django itself, given that it runs under asgi these days?'])('%j', (q) => {
    expect(ask(q)).toMatchObject({ intent: 'feature_check', topic: 'websockets', support: 'extension' });
  });
});

describe('a capability named only beside the sentence that asks is what the app is for', () => {
  it('"Does Bottle have websockets built in? We run a caching proxy..." answers about websockets', () => {
    const a = ask('Does Bottle have websockets built in? We run a caching proxy and want a live status page for it.');
    expect(a.intent).toBe('feature_check');
    expect(a.parts.title).toMatch(/WebSockets/);
  });
});

describe('weighed against something whichpy does not cover', () => {
  it.each([
    ['django admin vs hand-rolled react screens', 'Django', 'hand rolled react screens'],
    ['pyramid traversal vs plain regex routes', 'Pyramid', 'plain regex routes'],
    // ...even when it asks which side to take.
    ['flask signals vs just calling the function, which is saner', 'Flask', 'just calling the function'],
    // Another ecosystem's framework set right against one of ours is that other side.
    ['fastapi vs express for a json api', 'FastAPI', 'express'],
    ['laravel or pyramid for a members site?', 'Pyramid', 'laravel'],
  ])('%j compares, answering only the side it knows', (q, name, other) => {
    const a = ask(q);
    expect(a.intent).toBe('compare');
    expect(a.parts.verdict).toBe(messages.oneSideOnly(name, other));
  });

  // A package of ours against one we do not cover, with no framework named: the package's side only.
  it.each([
    ['sqlalchemy vs peewee', 'SQLAlchemy', 'peewee'],
    ['gunicorn vs bjoern', 'Gunicorn', 'bjoern'],
  ])('%j compares the package it knows', (q, name, other) => {
    const a = ask(q);
    expect(a.intent).toBe('compare');
    expect(a.parts.verdict.startsWith(messages.oneSideOnly(name, other))).toBe(true);
  });

  // ...but a name that is also an everyday word, against another everyday thing, is that thing.
  it('"celery vs radishes" is the vegetable', () => {
    expect(ask('celery vs radishes').intent).toBe('out_of_scope');
  });

  // The opening words of that answer, whoever the sides are.
  const oneSideOpening = messages.oneSideOnly('\u0000', '').split('\u0000')[0]!;
  it.each(["what are cherrypy's strengths vs newer frameworks", 'flask vs django', 'we come from express; fastapi or flask for a json api?'])('%j is not one side unknown', (q) => {
    expect(ask(q).parts.verdict.startsWith(oneSideOpening)).toBe(false);
  });
});

describe('two frameworks weighed with no need named', () => {
  // What the team is said to know decides; a move, or a name only used, does not.
  it.each([
    ['sanic or starlette for the next internal service? the team already knows sanic', 'sanic'],
    ['bottle vs cherrypy for our tools? we all know cherrypy already', 'cherrypy'],
    // A large codebase in it counts as knowing it.
    ['pyramid or flask for the new reporting service? we already have 80k lines of pyramid', 'pyramid'],
  ])('%j keeps %s', (q, id) => {
    const a = ask(q);
    expect(a).toMatchObject({ intent: 'compare', recommendation: id });
    expect(a.parts.verdict.startsWith(messages.keepWhatTeamKnows(knowledge.frameworks.find((f) => f.id === id)!.name, '\u0000').split('\u0000')[0]!)).toBe(true);
  });

  it.each(['migrating from bottle to flask, how painful is it?', 'why would anyone use raw starlette instead of fastapi?'])('%j keeps nothing', (q) => {
    expect(ask(q).recommendation).toBeNull();
  });

  // Asked with an eye on the years ahead, one of the most used frameworks against one few teams
  // pick and fewer maintain is the safer pick; not a framework against the one it is built on,
  // and not without that eye (a need left unread must not be outweighed by popularity).
  it.each([
    ['pyramid or django these days?', 'django'],
    ['bottle vs fastapi nowadays, which one?', 'fastapi'],
    // Picking one today is that eye too ("a reasonable choice today" is not).
    ['cherrypy or flask, would anyone choose cherrypy today?', 'flask'],
    // ...and so is that eye in another language ("still worth it", Italian).
    ['Vale ancora la pena scegliere Pyramid per un gestionale nuovo, o meglio Django?', 'django'],
    ['quart vs flask in 2026?', null],
    ['pyramid vs django for traversal over a content tree', null],
  ])('%j picks %s', (q, id) => {
    const a = ask(q);
    expect(a).toMatchObject({ intent: 'compare', recommendation: id });
    if (id) expect(a.parts.verdict.startsWith(messages.saferPick(knowledge.frameworks.find((f) => f.id === id)!.name, '\u0000').split('\u0000')[0]!)).toBe(true);
  });
});

describe('a package set aside', () => {
  // Frameworks built on a package the asker does without are set back, not favoured by its name,
  // and the ranking is not narrowed to frameworks that use it.
  it.each([
    'which json api framework would you pick if we want to stay away from pydantic?',
    'need a python api framework without pydantic, what do you suggest?',
    // ...also when they do not want to depend on it.
    "best async framework for our gateway? we don't want to rely on pydantic",
  ])('%j', (q) => {
    const a = ask(q);
    expect(a.intent).toBe('recommend');
    expect(a.recommendation).not.toBe('fastapi');
    expect(a.parts.notes.join(' ')).not.toContain(messages.worksWith('Pydantic'));
  });
});

describe('the team named by a framework', () => {
  // "flask guys", "sanic programmers": people named by it know it, so it (or one built on it) is what they keep.
  it.each([
    ['our shop is all flask guys; which framework for a websocket chat?', 'quart'],
    ['we are sanic programmers, what to use for a new websocket gateway?', 'sanic'],
  ])('%j recommends %s', (q, id) => {
    expect(ask(q)).toMatchObject({ intent: 'recommend', recommendation: id });
  });
});

describe('two frameworks level on the need named', () => {
  // Level on what was asked, what the team is said to know decides, and the verdict says so.
  it.each([
    ['django or fastapi for the REST backend? two of us know django well', 'django'],
  ])('%j keeps %s', (q, id) => {
    const a = ask(q);
    expect(a).toMatchObject({ intent: 'compare', recommendation: id });
    expect(a.parts.verdict).toContain(messages.levelSoTeamDecides(knowledge.frameworks.find((f) => f.id === id)!.name));
  });

  it('keeps nothing when the team only moves away from one', () => {
    expect(ask('moving our rest api from flask to fastapi, any gotchas?').recommendation).toBeNull();
  });
});

describe('a feature check titled in words that agree', () => {
  // A need said as something done is supported, not had; a noun is had.
  it.each([
    ['does tornado host wsgi applications at all?', 'Does Tornado support migrating'],
    ['does flask have testing support?', 'Does Flask have testing support'],
  ])('%j is titled %j', (q, title) => {
    expect(ask(q).parts.title.startsWith(title)).toBe(true);
  });
});

describe('another option asked for sets aside the one complained about', () => {
  // Not a yes/no on the framework named: a pick among the others.
  it.each([
    ['flask feels clunky, is there a nicer option for a json api?', 'flask'],
    ['tornado callbacks drive me mad, anything saner for websockets?', 'tornado'],
    ['is there a simpler framework than django for a blog?', 'django'],
    // ...and the one it must beat, named right after "than".
    ['something lighter than flask to show one status page?', 'flask'],
  ])('%j does not pick %s', (q, id) => {
    const a = ask(q);
    expect(a).toMatchObject({ intent: 'recommend', fit: null });
    expect(a.recommendation).not.toBe(id);
  });
});

describe('a framework said to be known already, in other languages', () => {
  // The one known is the team's own; the other is what the yes/no asks about.
  it.each([
    // ...and an existing app in it, said after the name or before it in other languages.
    ['¿Es Quart buena opción para pasar una app Flask existente a async?', 'quart'],
    ['Ist Litestar eine gute Wahl für unser bestehendes FastAPI-Projekt?', 'litestar'],
    ['Är Sanic ett bra val om vi kan Flask redan?', 'sanic'],
    ['Vale a pena aprender Litestar se já sei FastAPI?', 'litestar'],
    ['Je Quart dobrá volba, když už znám Flask?', 'quart'],
  ])('%j asks whether %s fits', (q, id) => {
    const a = ask(q);
    expect(a.intent).toBe('recommend');
    expect(a.frameworks[0]).toBe(id);
    expect(a.fit).not.toBeNull();
  });

  // Said after the name ("Django'yu biliyoruz", "Djangoの経験があります"), or in Greek before it: a
  // framework asked for, with the named one only what the team knows, is a pick, not a fit or a description.
  it.each([
    ["Yeni API için hangi Python framework'ü seçmeliyiz? Django'yu biliyoruz."],
    ['新しいAPIにはどのPythonフレームワークを選ぶべき？チームはDjangoの経験があります。'],
    ['Ποιο framework να διαλέξω για ένα μικρό API; Ξέρουμε ήδη Django.'],
  ])('%j asks for a pick, the team knowing Django', (q) => {
    const a = ask(q);
    expect(a.intent).toBe('recommend');
    expect(a.fit).toBeNull();
  });

  // With no need named, the answer says it depends on what they build, and so does its fit.
  it('an English one with no need named depends on what is built', () => {
    const a = ask('is sanic a good option if i already know flask?');
    expect(a.fit).toBe('depends');
    expect(a.parts.verdict.startsWith('It depends')).toBe(true);
  });
});

describe('one framework wanted "but" for one thing', () => {
  // The framework wanted but for one difference is the likeness; the yes/no is about the other one.
  it.each([
    ['would sanic be fine if we want flask but faster?', 'sanic'],
    ['Is Litestar a sensible pick when you need FastAPI but with more batteries?', 'litestar'],
  ])('%j is a yes/no about %s', (q, id) => {
    const a = ask(q);
    expect(a).toMatchObject({ intent: 'recommend', fit: expect.stringMatching(/^(?:good|poor|depends)$/) });
    expect(a.parts.verdict).toContain(knowledge.frameworks.find((f) => f.id === id)!.name);
  });

  it('is set aside when the want is past and "but" says what it is', () => {
    expect(ask('I wanted FastAPI but that is ASGI and our host runs only WSGI; which framework then?').recommendation).not.toBe('fastapi');
  });
});

describe('the equivalent of one framework\'s feature in another', () => {
  // The framework named as the likeness is not the one asked about.
  it.each([
    ["Is there an equivalent of Django's admin in Falcon?", 'falcon', 'admin'],
    ['any counterpart to django signals in starlette?', 'starlette', 'signals'],
    // ...also when the owner comes first, with the feature and the word for a match after it.
    ['django admin counterpart for pyramid?', 'pyramid', 'admin'],
    ['the django signals equivalent in falcon?', 'falcon', 'signals'],
    // ...or "-like" / "-style" after the feature, or between the name and the feature, in any language.
    ['anything django-admin-like for litestar?', 'litestar', 'admin'],
    ['can Falcon get Django-style admin pages?', 'falcon', 'admin'],
    ['Django 어드민 같은 기능이 Bottle에도 있나요?', 'bottle', 'admin'],
    // ...and a feature named first, then asked of another framework as "something like that".
    ['the django admin saves us hours, can quart offer something like that?', 'quart', 'admin'],
    // ...or "but for" the other one, or "like" after the owner's feature read in full.
    ['django signals but for starlette? is there anything', 'starlette', 'signals'],
    ['BottleにもDjangoの管理画面みたいなものはありますか？', 'bottle', 'admin'],
  ] as const)('%j checks %s', (q, id, topic) => {
    const a = ask(q);
    expect(a).toMatchObject({ intent: 'feature_check', topic });
    expect(a.support).toBe(knowledge.frameworks.find((f) => f.id === id)!.support[topic].level);
  });
});

describe('Python named in another script with nothing of ours and nothing web is plain Python', () => {
  it('"Pythonでファイルを一行ずつ読むには" is declined', () => {
    expect(ask('Pythonでファイルを一行ずつ読むにはどうすればいいですか？').intent).toBe('out_of_scope');
  });

  // ...and so is which of two ways of its own runs faster, a name or three of code among the words.
  it.each(['Pythonで大きなファイルを読むときmmapは速いですか？', 'Pythonで重複を削除するにはsetとdict.fromkeysのどちらが速いですか？'])('%j is declined', (q) => {
    expect(ask(q).intent).toBe('out_of_scope');
  });

  it('a web thing asked in that script is ours', () => {
    expect(ask('Python で Web アプリを作るなら何がいい？').intent).toBe('recommend');
    expect(ask('FastAPIとFlaskどちらが速いですか？').intent).toBe('compare');
  });
});

describe('a team that knows no web framework yet still asks for one', () => {
  it('"python daily, but no web framework yet" is no plain-Python question', () => {
    expect(ask('the four of us write python daily, but no web framework yet. which one for a staff portal with logins?').intent).toBe('recommend');
  });
});

describe('feature words in more languages name the feature', () => {
  it.each([
    ['Czy Django ma system uprawnień dla grup użytkowników?', 'auth'],
    ['FastAPI에 유효성 검증 기능이 있나요?', 'validation'],
    ['Django-তে কি ব্যাকগ্রাউন্ড টাস্ক চালানো যায়?', 'background_jobs'],
  ])('%j checks %s', (q, topic) => {
    expect(ask(q)).toMatchObject({ intent: 'feature_check', topic });
  });
});

describe('switching a setting on is no move between frameworks', () => {
  it('"or is there a setting i must switch on?" keeps the feature check', () => {
    expect(ask('does pyramid guard me from csrf out of the box, or is there a setting i must switch on first?')).toMatchObject({ intent: 'feature_check', topic: 'security' });
  });
});

describe('a feature asked beside a server interface', () => {
  it('checks the feature when the interface is only where it runs', () => {
    const a = ask('Evaluating Sanic for our ASGI gateway. Does it support websockets when running under ASGI?');
    expect(a).toMatchObject({ intent: 'feature_check', topic: 'websockets' });
    expect(a.support).toBe(knowledge.frameworks.find((f) => f.id === 'sanic')!.support.websockets.level);
  });

  it('checks the interface when that is what is asked', () => {
    const a = ask('Can Falcon run on ASGI, or is it WSGI only?');
    expect(a.intent).toBe('feature_check');
    expect(a.support).toBe(knowledge.frameworks.find((f) => f.id === 'falcon')!.interfaces.includes('asgi') ? 'built_in' : 'none');
  });
});

describe('a package wanted tips a comparison toward the frameworks built around it', () => {
  it('msgspec, which Litestar is built around', () => {
    const msgspec = knowledge.concepts.find((c) => c.id === 'msgspec')!;
    const a = ask("fastapi or litestar, we'd like to use msgspec structs");
    expect(a.intent).toBe('compare');
    expect(msgspec.frameworks).toContain(a.recommendation);
  });
});

describe('how to lay out one framework\'s codebase', () => {
  it.each([
    'pyramid project layout for a big codebase: views, services, models?',
    'litestar folder structure once we have 40 controllers?',
    'django: one big app or split into many small apps for a booking site?',
    'how should we structure a large sanic service?',
  ])('%j is a how-to, described', (q) => {
    expect(ask(q)).toMatchObject({ intent: 'describe', topic: 'project_structure', fit: null });
  });

  it.each(['does litestar have a standard project structure?', 'Does Pyramid come with a project layout out of the box?'])('%j still checks whether it has one', (q) => {
    expect(ask(q)).toMatchObject({ intent: 'feature_check', topic: 'project_structure' });
  });

  it('choosing one\'s own layout is flexibility', () => {
    expect(ask('which python framework lets me pick my own ORM and my own folder layout?').topic).toBe('flexibility');
  });
});

describe('a size that describes the app, beside the feature it is "with"', () => {
  it.each([
    ['Flask vs Pyramid for a large application with per-document access control lists', 'auth'],
    ['is django a good pick for a big project where we need live websocket updates?', 'websockets'],
    // What kind of API it is leads; what every API has (a database) does not.
    ['which framework for a JSON API with generated OpenAPI docs?', 'openapi'],
    ['falcon vs flask for a rest api with postgres', 'rest_api'],
    // A large team counted beside it keeps the size first.
    ['35 engineers on one large codebase with an admin: pyramid or django?', 'scalability'],
  ])('%j is about %s', (q, topic) => {
    expect(ask(q).topic).toBe(topic);
  });
});

describe('a service that only takes webhooks, or sees little traffic, is a small app', () => {
  it.each([
    'framework suggestions for a discord bot backend that receives webhooks?',
    'what should we use for an internal python api with low traffic',
    // ...and so is a chat bot's backend, unless the question says more.
    'any framework suggestions for a telegram bot backend?',
  ])('%j', (q) => {
    expect(ask(q)).toMatchObject({ intent: 'recommend', topic: 'small_apps' });
  });
});

describe('a request spent waiting on other services is async work', () => {
  it.each(['bottle or sanic for a gateway that waits on five upstream apis per request?', 'litestar vs flask when every request calls three external apis'])('%j', (q) => {
    expect(ask(q)).toMatchObject({ intent: 'compare', topic: 'async' });
  });
});

describe('feature questions in more forms of other languages', () => {
  it.each([
    // Finnish case endings after a linking i ("Flaskissa": in Flask).
    ['Onko Flaskissa sisäänrakennettu admin-paneeli?', 'flask', 'admin'],
    // Dutch "as standard".
    ['Heeft Flask standaard een admin-paneel?', 'flask', 'admin'],
    // Japanese "can it be used".
    ['SanicでWebSocketは使えますか？', 'sanic', 'websockets'],
  ])('%j checks a feature', (q, framework, topic) => {
    expect(ask(q)).toMatchObject({ intent: 'feature_check', frameworks: [framework], topic });
  });
});

describe('a name in the Finnish partitive, after a linking i, is the name', () => {
  it.each([
    ["Tiimimme osaa Pyramidia; mitä kehystä käyttäisit uuteen API:in?", 'pyramid'],
    ['Käytämme Sanicia tuotannossa; mikä kehys REST-rajapintaan nyt?', 'sanic'],
    ['Osaamme vain Quartia, sopiiko se isoon verkkokauppaan?', 'quart'],
  ])('%j names %s', (q, framework) => {
    expect(ask(q).frameworks).toContain(framework);
  });
});

describe('a difference asked of two things set side by side', () => {
  it.each(['whats the diff btw waitress and gunicorn', 'Hypercorn vs Uvicorn: what is the difference, and which one should I run Litestar on?'])('%j compares them', (q) => {
    expect(ask(q).intent).toBe('compare');
  });
});

describe('what draws people to one framework or drives them off', () => {
  it.each(['why is everyone leaving pyramid?', 'Why is Litestar so hyped lately?', 'why is everybody switching to sanic'])('%j asks its pros and cons', (q) => {
    expect(ask(q).intent).toBe('pros_cons');
  });
});

describe('whether a package is needed beside one framework', () => {
  it.each(['do we really need rq with flask just to resize a few images?', 'litestar background tasks enough for webhooks retries or do we need dramatiq'])('%j is how to do the job there, described', (q) => {
    expect(ask(q).intent).toBe('describe');
  });

  it.each(['does pyramid come with an orm or do i need sqlalchemy?', 'Can Sanic serve static files itself, or do I need nginx in front?'])('%j still checks support first', (q) => {
    expect(ask(q).intent).toBe('feature_check');
  });
});

describe('too big for a small app, when it ships what that size buys', () => {
  it('users it ships make the size a trade-off', () => {
    expect(ask('is django overkill for our office tool? like 4 tables and a login for 12 people')).toMatchObject({ intent: 'recommend', fit: 'depends', recommendation: 'django' });
  });

  it('with nothing it ships asked for, the size still decides', () => {
    expect(ask('is django overkill for an app with 4 tables for 12 people?').fit).toBe('poor');
  });
});

describe('pros and cons asked in Hebrew with the article glued on', () => {
  it('"מה החסרונות של Sanic?" asks its pros and cons', () => {
    expect(ask('מה החסרונות של Sanic לפרויקט גדול?').intent).toBe('pros_cons');
  });
});

describe('one framework and the one server it runs on', () => {
  it('"litestar on ecs: one uvicorn worker per task or several?" is how to deploy it', () => {
    expect(ask('litestar on ecs: one uvicorn worker per task or several workers?')).toMatchObject({ intent: 'describe', topic: 'deployment' });
  });

  it('a difference asked still weighs them', () => {
    expect(ask("What's the difference between Litestar and Uvicorn?").intent).toBe('compare');
  });
});

describe('the app factory and code split across files are project structure', () => {
  it.each(['quart app factory pattern, what is it for?', 'how do i split sanic routes across files?'])('%j', (q) => {
    expect(ask(q)).toMatchObject({ intent: 'describe', topic: 'project_structure' });
  });

  it('beside a need stated, the pattern is only a hint', () => {
    expect(ask('quart app factory + celery: how do I get the app context inside a task?').topic).toBe('background_jobs');
  });
});

describe('a trend named beside the one framework a yes/no asks about', () => {
  it.each([
    ['Is Pyramid still worth learning or has Django basically replaced it?', 'pyramid'],
    ['is flask still ok or is everyone on litestar now', 'flask'],
    ['Is CherryPy still worth it now that Flask and FastAPI exist?', 'cherrypy'],
  ])('%j is a yes/no on %s', (q, framework) => {
    const a = ask(q);
    expect(a.intent).toBe('recommend');
    expect(a.fit).not.toBeNull();
    expect(a.parts.title).toMatch(new RegExp(framework, 'i'));
  });
});

describe('how people usually do a job in one framework', () => {
  it.each(['what do people use for background jobs with flask?', 'Is Alembic still the standard for migrations with Litestar?', 'testing sanic handlers: what is the recommended approach?'])('%j is described', (q) => {
    expect(ask(q).intent).toBe('describe');
  });

  it('two things set side by side are still weighed', () => {
    expect(ask('rq vs celery with flask, what do people use these days?').intent).toBe('compare');
  });
});

describe('what kind of thing one name is', () => {
  it('"Is Tornado just a web server, or can you build apps with it too?" is described', () => {
    expect(ask('Is Tornado just a web server, or can you build apps with it too?').intent).toBe('describe');
  });

  it('a feature named beside it is checked', () => {
    expect(ask('can tornado serve websockets or is it just a web server?')).toMatchObject({ intent: 'feature_check', topic: 'websockets' });
  });
});

describe('someone building their first API is a beginner', () => {
  it('"Sanic or Quart for their very first api?" weighs how easy each is to learn', () => {
    expect(ask('Sanic or Quart for their very first api?')).toMatchObject({ intent: 'compare', topic: 'learning_curve' });
  });
});

describe('the first stable release', () => {
  it.each(['when will litestar hit 1.0?', 'Sanic reaches 1.0 soon, what changes?'])('%j is about releases', (q) => {
    expect(ask(q)).toMatchObject({ intent: 'describe', topic: 'maintenance' });
  });
});

describe("a package's upkeep asked outright answers with its upkeep first", () => {
  it.each(knowledge.concepts.filter((c) => c.status).map((c) => [c.name, c.status!.text] as const))('is %s still maintained?', (name, status) => {
    const a = ask(`is ${name} still maintained?`);
    expect(a).toMatchObject({ intent: 'describe', topic: 'maintenance' });
    expect(a.parts.verdict.startsWith(status)).toBe(true);
  });
});

describe('a version the app is still on is a question of its upkeep', () => {
  it.each([
    'we are stuck on pyramid 1.10, should we worry?',
    // ...whatever need the rest of the sentence hints at.
    'the billing service is still on sanic 21 in production, how risky is that?',
  ])('%j', (q) => {
    expect(ask(q)).toMatchObject({ intent: 'describe', topic: 'maintenance' });
  });
});

describe("a \"vs\" between one framework's good and bad sides asks its pros and cons", () => {
  it.each(['tornado upsides vs downsides, short please', 'pros vs cons of cherrypy in 2026?'])('%j', (q) => {
    expect(ask(q).intent).toBe('pros_cons');
  });
});

describe('one framework set against a kind of framework, with its strong or weak points asked, asks its pros and cons', () => {
  it.each(['cherrypy downsides compared with the asgi crowd? we keep an old service on it', 'what are the upsides of bottle over a plain wsgi callable written by hand?'])('%j', (q) => {
    expect(ask(q).intent).toBe('pros_cons');
  });

  // ...and so does another framework named only around the sentences that ask for one's weak points.
  it('"whats bad about it? ... thin compared to fastapi" asks its pros and cons', () => {
    expect(ask("honest take on sanic? what's bad about sanic? the benchmarks look nice but the ecosystem feels thin compared to fastapi").intent).toBe('pros_cons');
    // Set against each other first ("vs"), an advantage asked of one is still the comparison.
    expect(ask("quart vs flask for our dashboard. is quart's async advantage real?").intent).toBe('compare');
  });

  // ...but "why would I use" beside a definition asks what it is.
  it('a definition with why one would use it is described', () => {
    expect(ask("what's dependency injection in sanic and why would anyone use it over plain imports?").intent).toBe('describe');
  });
});

describe('a site whose pages a framework cannot render at all is a poor fit for it', () => {
  // The pages every site has are only hints, but a framework with no template engine at all cannot build the site.
  it.each([
    ['falcon for a little site of some six html pages, ok?', 'poor'],
    ['would flask suit a little html site with a couple of pages?', 'good'],
  ])('%j is %s', (q, fit) => {
    expect(ask(q)).toMatchObject({ intent: 'recommend', fit });
  });
});

describe('an admin served through endpoints of the app is who uses that API, not an admin panel to ship', () => {
  it.each([
    ['our flask team needs a realtime quiz server with ~3k open websockets and a few json routes for the admin tool. which framework?', 'quart'],
    ['an api used by our admins plus a public websocket feed for ~2k viewers: what should we build it on?', 'fastapi'],
  ])('%j', (q, id) => {
    expect(ask(q)).toMatchObject({ topic: 'websockets', recommendation: id });
  });
});

describe('a request answered 422 is a validation question', () => {
  it.each(['litestar gives me a 422 on every PUT, what is wrong with my body?', 'why is fastapi replying "unprocessable content" to my form post'])('%j', (q) => {
    expect(ask(q).topic).toBe('validation');
  });
});

describe('documentation that says something is where a claim comes from, not a need', () => {
  it.each([
    ['the pyramid docs keep mentioning traversal. what is it and when would i want it over url dispatch?', 'pyramid'],
    ['the flask tutorial calls it a blueprint. is that just a module?', 'flask'],
  ])('%j', (q, id) => {
    const a = ask(q);
    expect(a.frameworks).toContain(id);
    expect(a.topic).not.toBe('documentation');
  });

  // ...and so is documentation that holds the example: the how-to asked leads.
  it('"the examples in the documentation lose me" leaves the need asked in the lead', () => {
    expect(ask('how do I add token auth to sanic? the examples in the documentation lose me, where do the users live?').topic).toBe('auth');
  });
});

describe('one package of a kind against the other "everyone" went to weighs the two', () => {
  it.each(['does django rest framework still hold up for a new api, or has everybody moved to django ninja?', 'is flask-sqlalchemy still the way or has everyone moved to sqlmodel'])('%j', (q) => {
    expect(ask(q).intent).toBe('compare');
  });
});

describe('a move from one package to another of its kind is weighed on the move', () => {
  it.each([
    'porting our drf endpoints across to django ninja, a handful per sprint. sensible?',
    '¿Conviene migrar de DRF a Django Ninja en un proyecto mediano?',
  ])('%j', (q) => {
    expect(ask(q)).toMatchObject({ intent: 'compare', topic: 'migration' });
  });

  // Two engines set against each other, with a switch that is no move from one to the other, are compared on what they are.
  it.each(['jinja2 or django templates for a new site, is switching the engine worth it?', 'Jinja2 vs the Django template language for a brand-new Django app: would switching pay off?'])('%j is about templates', (q) => {
    expect(ask(q).topic).toBe('templates');
  });

  // Set against each other, they are compared on their kind's need, ahead of what it is for; two server
  // interfaces are weighed on what they run.
  it.each([
    ['tortoise vs sqlmodel for async stuff in a quart app?', 'orm'],
    ['wsgi vs asgi for async stuff?', 'async'],
    // ...and joined by "or" after the framework, "plain" before the second.
    ['In a Starlette project, Tortoise or plain SQLAlchemy? Tortoise reads well, though its migrations have bitten us.', 'orm'],
    ['Sanic backend here. Celery, RQ or Dramatiq? jobs run for hours, ops is a single person and hates brokers', 'background_jobs'],
  ])('%j is about %s', (q, topic) => {
    expect(ask(q)).toMatchObject({ intent: 'compare', topic });
  });
});

describe('one idea asked under two of its names is described', () => {
  it.each(["what does mvt stand for in django, and how does it differ from mvc?", 'explain the MVT pattern; how is it different from MVC in rails terms?'])('%j', (q) => {
    expect(ask(q).intent).toBe('describe');
  });

  it('"mvt vs mvc" still sets them side by side', () => {
    expect(ask('mvt vs mvc in django?').intent).toBe('compare');
  });
});

describe('an arrow between two frameworks is the move from one to the other', () => {
  it('"porting our api off bottle -> flask" sets neither aside, so no third framework is recommended', () => {
    const a = ask("porting our api off bottle -> flask; can the old and new routes live side by side meanwhile?");
    expect(a.topic).toBe('migration');
    expect([null, 'bottle', 'flask']).toContain(a.recommendation);
  });
});

describe('"how are you supposed to ..." after a problem is a how-to, described', () => {
  it.each(['falcon middleware swallows my exceptions in tests - how are we supposed to debug this properly?', 'Litestar DI keeps giving me a new session per call. How is one meant to share it across a request?'])('%j', (q) => {
    expect(ask(q).intent).toBe('describe');
  });
});

describe('a how-to after its subject, as chat writes it, is described', () => {
  it.each(['pyramid templates how to pass a variable to the layout', 'litestar openapi how do i hide one route from the docs'])('%j', (q) => {
    expect(ask(q).intent).toBe('describe');
  });
});

describe('the options for a need inside one framework are packages, explained with it', () => {
  it.each(['alternatives to celery for fastapi?', 'which options exist for auth in pyramid'])('%j', (q) => {
    expect(ask(q).intent).toBe('describe');
  });

  it('"what frameworks are there besides django for admin panels" is still a list', () => {
    expect(ask('what frameworks are there besides django for admin panels').intent).toBe('list_frameworks');
  });
});

describe('a ws gateway holds websockets open', () => {
  it.each(['is sanic ok for the ws gateway?', 'starlette for our ws gateway, thoughts?'])('%j', (q) => {
    expect(ask(q).topic).toBe('websockets');
  });
});

describe('a short word glued to the next one, as Arabic and Hebrew write it, leaves the need readable', () => {
  it.each([
    // "for" glued to "a news site", and to "a small internal tool".
    ['هل Bottle مناسب لموقع إخباري؟', 'multi_page'],
    ['האם Bottle מתאים לכלי פנימי קטן?', 'small_apps'],
    // "and" glued to "a control panel".
    ['هل Flask جيد ولوحة تحكم للموظفين؟', 'admin'],
  ])('%j is about %s', (q, topic) => {
    expect(ask(q).topic).toBe(topic);
  });
});

describe('knowing only the basics, in Polish, is a beginner', () => {
  it('"...komuś, kto zna tylko podstawy Pythona?"', () => {
    expect(ask('Który framework polecacie komuś, kto zna tylko podstawy Pythona?')).toMatchObject({ intent: 'recommend', topic: 'learning_curve' });
  });
});

describe("what comes next for a framework, and how long a line keeps getting fixes, is its upkeep", () => {
  it.each(['any public roadmap for sanic 26?', 'we run falcon 3 — will it still get fixes next year?'])('%j', (q) => {
    expect(ask(q)).toMatchObject({ intent: 'describe', topic: 'maintenance' });
  });

  it("a product's own roadmap is not the framework's", () => {
    expect(ask('our roadmap is two years long and we need an admin; is django right?').topic).not.toBe('maintenance');
  });
});

describe('two packages run together are one setup, described', () => {
  it.each(['gunicorn with uvicorn workers for litestar, what timeout should we set', 'django behind daphne using channels: how many processes?'])('%j', (q) => {
    expect(ask(q).intent).toBe('describe');
  });

  it.each(['whats the diff between daphne and uvicorn', 'drf -> ninja, what bites?'])('%j still weighs them', (q) => {
    expect(ask(q).intent).toBe('compare');
  });
});

describe('how a framework runs requests at once, threads included, is explained', () => {
  it.each(['is bottle multithreaded?', 'is sanic single threaded', 'is pyramid thread safe?'])('%j', (q) => {
    expect(ask(q)).toMatchObject({ intent: 'describe', topic: 'async' });
  });
});

describe("a framework's feature, under its name, wanted in another framework asks about the other one", () => {
  it.each([
    ['django admin in bottle? doable?', 'none'],
    ["fastapi's swagger docs in flask? possible?", 'extension'],
  ])('%j: %s', (q, support) => {
    expect(ask(q)).toMatchObject({ intent: 'feature_check', support });
  });
});

describe('a name glued to "-like" is the likeness wanted, not a framework asked about', () => {
  it('"we want a fastapi-style framework minus pydantic, options?" picks the one without it', () => {
    expect(ask('we want a fastapi-style framework minus pydantic, options?')).toMatchObject({ intent: 'recommend', recommendation: 'litestar' });
  });
});

describe('the best way to do something with the one framework named is how to do it there', () => {
  it.each(['best way to deploy a pyramid app?', 'best way to add websockets to our existing flask app', 'easiest way to structure a big sanic project'])('%j', (q) => {
    expect(ask(q).intent).toBe('describe');
  });

  it.each(['best way to build an api with flask or fastapi?', 'best way to replace flask for a json api?'])('%j still weighs or picks', (q) => {
    expect(ask(q).intent).not.toBe('describe');
  });
});

describe('how-to forms in more languages, and "explained like I am five", are described', () => {
  it.each([
    'Pyramid में templates कैसे बनाते हैं?',
    'Как работают сессии во Flask?',
    '¿alguien sabe cómo hacer websockets con Sanic?',
    'Litestar dependency injection explained like I am new to Python',
  ])('%j', (q) => {
    expect(ask(q).intent).toBe('describe');
  });
});

describe("one framework's upkeep, with another named only afterwards in passing, is described", () => {
  it.each(['Is Bottle still maintained? The commit history looks thin next to Flask.', 'Is Pyramid dying? Every new course seems to teach Django.'])('%j', (q) => {
    expect(ask(q)).toMatchObject({ intent: 'describe', topic: 'maintenance' });
  });

  it('two weighed in the asking sentence are still compared', () => {
    expect(ask('is bottle or flask better maintained?').intent).toBe('compare');
  });
});

describe('a framework asked for a need, with the one named only as what they know, is a pick', () => {
  it.each(['Quel framework pour une petite API interne ? On connaît déjà Bottle.', 'Welk framework voor een nieuwe API? Het hele team kent alleen Pyramid.'])('%j', (q) => {
    expect(ask(q).intent).toBe('recommend');
  });
});

describe('a yes/no on choosing the one framework stays one, whatever upkeep is said around it', () => {
  it.each(["CherryPy hardly ships releases these days. Is it still a reasonable choice for a new intranet app?", 'Is Tornado still a sensible choice for new internal services? The release notes have gone quiet.'])('%j', (q) => {
    const a = ask(q);
    expect(a.intent).toBe('recommend');
    expect(['good', 'poor', 'depends']).toContain(a.fit);
  });
});

describe('htmx hints at server-rendered templates', () => {
  it.each([
    ['django + htmx for the warehouse team\'s crud tool, sensible?', 'good'],
    ['is flask with htmx a good idea for our staff rota app?', 'good'],
  ])('%j is a %s fit', (q, fit) => {
    expect(ask(q)).toMatchObject({ intent: 'recommend', fit });
  });

  it('what a server-rendered site named beside it needs leads, not the hint', () => {
    expect(ask('framework for a server-rendered site with htmx, about 30 pages and a few forms?').topic).not.toBe('templates');
  });
});

describe("which of two of one framework's releases to start on, a line's label beside the first, is about its releases", () => {
  // ...and the one waited for may be named by its major number alone.
  it.each(['which pyramid should we start on, 2.0 lts or 2.1?', 'should a new app use litestar 2.14 stable or 3.0?', 'flask 3.1 now or should we wait for 4?'])('%j', (q) => {
    expect(ask(q)).toMatchObject({ intent: 'describe', topic: 'maintenance' });
  });
});

describe('something to learn with, in Polish, is about the learning curve', () => {
  it('"Bottle czy Pyramid do nauki?"', () => {
    expect(ask('Bottle czy Pyramid do nauki?')).toMatchObject({ intent: 'compare', topic: 'learning_curve' });
  });
});

describe('another like the one named, better at one thing, is a pick measured against it', () => {
  it.each([
    ['bottle is too bare for us. something similar with more batteries?', 'bottle'],
    ['tornado feels clunky. anything like it but w better docs?', 'tornado'],
    // "something like X but ...", with no question word.
    ['need smth like bottle but with websockets', 'bottle'],
    ['want something like django but lighter', 'django'],
  ])('%j picks something other than %s', (q, named) => {
    const a = ask(q);
    expect(a.intent).toBe('recommend');
    expect(a.fit).toBeNull();
    expect(a.recommendation).not.toBe(named);
  });
});

describe('a switch offered beside another way: to get a feature, or to fix a problem', () => {
  it.each([
    ['does starlette have background tasks, or do we need to move to something bigger for that?', 'background_jobs'],
    ['jinja macros in bottle or just switch to flask for the templates', 'templates'],
    // Staying put weighed against the move is the move.
    ['keep the pyramid app or switch to flask? it has its own admin screens', 'migration'],
    // A switch weighed against a simpler fix is one remedy for the problem named before it...
    ['our django site is slow under heavy traffic, move to fastapi or just put a cache in front?', 'performance'],
    // ...but not against leaving the app as it is.
    ['is it worth moving off pyramid to django, or should we just leave it be', 'migration'],
  ])('%j leads with %s', (q, topic) => {
    expect(ask(q).topic).toBe(topic);
  });
});

describe('"fast" said only of the API built is how people say a good API, not a demand for speed', () => {
  it.each([
    ['Qual o melhor framework Python para criar uma API rápida?', 'rest_api'],
    ['Welches Framework für eine schnelle API in Python?', 'rest_api'],
    // The fastest, asked outright, is the need.
    ['Какой Python фреймворк самый быстрый?', 'performance'],
  ])('%j is about %s', (q, topic) => {
    expect(ask(q)).toMatchObject({ intent: 'recommend', topic });
  });
});

describe('what the app already is, said after the question, is background', () => {
  it('a yes/no on the one framework asked stays a fit question', () => {
    const a = ask('should we use sanic for the new ingest endpoint? the rest of our stack is django');
    expect(a).toMatchObject({ intent: 'recommend', fit: expect.any(String) });
    expect(a.parts.title).toMatch(/^Sanic/);
  });
});

describe('an admin assembled from SQLAdmin, with login and permissions left to write, is a poor fit for staff who edit data', () => {
  it.each([
    'litestar for an internal crud tool with an admin panel for the accounts team?',
    'is starlette ok for a members site where the committee edits pages in an admin?',
  ])('%j', (q) => {
    expect(ask(q)).toMatchObject({ intent: 'recommend', topic: 'admin', fit: 'poor', recommendation: 'django' });
  });
});

describe('a JSON API hand-built on handlers alone is a poor fit', () => {
  it('Tornado maps verbs to methods, with no validation, serializers or OpenAPI', () => {
    expect(ask('is tornado a sensible choice for a brand-new rest api that is plain crud?')).toMatchObject({ intent: 'recommend', topic: 'rest_api', fit: 'poor', recommendation: 'fastapi' });
  });
});

describe('the fastest path to something is how soon they get there, not how fast it runs', () => {
  it('the feature wanted leads', () => {
    expect(ask('background jobs for the reports asap, fastest path with flask?').topic).toBe('background_jobs');
  });
});

describe('"api" is the most generic hint, so any other hint leads', () => {
  it('where it runs leads over the APIs it is for', () => {
    expect(ask('best python framework for apis on google cloud run?')).toMatchObject({ intent: 'recommend', topic: 'deployment' });
  });
});

describe('"does anyone know if X ..." asks about X; nobody says they know X', () => {
  it.each(['does anyone know if sanic is good for a small api?', 'alguien sabe si litestar es buena opción para una api pequeña?'])('%j is a fit question', (q) => {
    const a = ask(q);
    expect(a).toMatchObject({ intent: 'recommend', fit: 'good' });
    expect(a.parts.notes.join(' ')).not.toMatch(/already knows/);
  });

  it('"estable" is whether it is stable, not something to test', () => {
    expect(ask('¿sanic ya se considera estable?').topic).toBe('maturity');
  });
});

describe('what a question asks, read from its whole shape', () => {
  it.each([
    // Async work in a command-line or desktop program is plain Python.
    ['gather() or a TaskGroup for 30 parallel api calls inside my command line tool?', 'out_of_scope'],
    ['semaphore vs taskgroup for 100 concurrent async tasks in my desktop app?', 'out_of_scope'],
    // Pinning a repo's dependencies is packaging, whatever the repo holds.
    ['which is nicer for locking versions in our etl repo, pipenv or pip-tools?', 'out_of_scope'],
    // ...but a web face on the program is served.
    ['our cli tool needs a small web ui to show progress, which framework is lightest?', 'recommend'],
    // Installing Python itself, in any language, is plain Python...
    ['¿Cómo instalar Python 3.13 en Windows sin permisos de administrador?', 'out_of_scope'],
    ['Как установить Python 3.12 рядом с системным?', 'out_of_scope'],
    // ...but installing one of our frameworks beside it asks about that framework.
    ['como instalar python e flask no windows?', 'describe'],
    // Why one framework is or is not worth picking asks what it is good and bad at, not a yes/no on an
    // app; "any reason not to use X for <app>" still asks about fit.
    ['why should we not use sanic for the new service?', 'pros_cons'],
    ['y not bottle for the intranet page', 'pros_cons'],
    ["What are Tornado's weak points?", 'pros_cons'],
    ['Pourquoi choisir Falcon pour une API ?', 'pros_cons'],
    ['is there any reason to avoid litestar for our webhook api?', 'recommend'],
    // ...but reasons against it for no job beyond a new or production one are its drawbacks.
    ['are there good reasons not to pick litestar for a brand new service these days?', 'pros_cons'],
    ['any reason NOT to go with quart for a production api?', 'pros_cons'],
    ['any reason not to use bottle for the kiosk status page?', 'recommend'],
    // ...and asked beside how two frameworks relate, the two are set side by side.
    ['how are quart and flask related? and why would anyone still pick quart?', 'compare'],
    // A failure reported in one framework is explained, not a yes/no on it; weighing a move away from it still compares.
    ["starlette keeps returning 400 errors for my form posts, i'm sure the fields are right", 'describe'],
    ['django keeps returning 500 errors under load, should we switch to fastapi?', 'compare'],
    // An error pasted and what it means asked is explained, whatever server the question after it weighs.
    ['deployed to prod and now `SynchronousOnlyOperation` shows up in an async view of our django app. what does it mean? should i run daphne instead of gunicorn?', 'describe'],
  ])('%j is %s', (q, intent) => {
    expect(ask(q).intent).toBe(intent);
  });
});

describe('an error from a server that cannot run the framework is explained by that mismatch', () => {
  it('opens with whether the framework runs on that server', () => {
    const a = ask('serving flask under uvicorn crashes with a TypeError saying __call__() lacks the start_response argument. what did i miss, is another server needed?');
    expect(a.intent).toBe('describe');
    expect(a.text.split('\n')[0]).toBe('Can Flask run on Uvicorn?');
  });
});

describe('a worry about the one option weighs in without being a need it must meet', () => {
  it('a worry about its community does not turn a strong fit into a no', () => {
    expect(ask('Is Litestar right for our billing backend? Built-in DI and msgspec appeal to us. Our one worry is how small its community is.')).toMatchObject({ intent: 'recommend', fit: 'good', recommendation: 'litestar' });
  });

  it('"should we pick X ...?" asks about X, the other named in the worry is only measured against', () => {
    expect(ask('Should we pick litestar for the ledger service? typed handlers and DI matter to us; my one worry is that it is tiny next to fastapi')).toMatchObject({ intent: 'recommend', recommendation: 'litestar' });
  });
});

describe('slow services called are waited on, which is what async is for, not a call for a faster framework', () => {
  it('the wait leads what is asked', () => {
    expect(ask('which framework for an aggregator that spends its time waiting on slow upstream services, many concurrent requests?').topic).toBe('async');
  });

  it('a team on Flask needing it gets the framework built on Flask', () => {
    expect(ask('our devs all write flask and the next service waits on slow vendor apis, so it needs async. what should we switch to with the least rewriting?').recommendation).toBe('quart');
  });
});

describe('a feature asked of one framework, then what to reach for if it has none, is the feature check', () => {
  it.each([
    ['can quart do background work or do i need something else? emails after signup', 'built_in'],
    ['does bottle include an orm, or what do folks reach for when they keep records?', 'extension'],
  ])('%j', (q, support) => {
    expect(ask(q)).toMatchObject({ intent: 'feature_check', support });
  });

  it('"can X handle" a load, or something else, is still a fit', () => {
    expect(ask('can bottle handle 300 requests a second, or do we need something async?').intent).toBe('recommend');
  });
});

describe('a feature question whose form names its subject right after "does"', () => {
  // The framework after "does" is the one checked; one named after it, or the app moved away from, is
  // what it would work with or resemble.
  it.each([
    ['Porting our Flask site to Quart, and forms worry me most. Does Quart support Flask-WTF or have form handling of its own?', 'quart', 'forms'],
    ['Does Sanic have background tasks like Celery gives Django? moving a service over from django', 'sanic', 'background_jobs'],
    ['We run Django today and are looking at Pyramid. Does Pyramid have an admin like Django\'s?', 'pyramid', 'admin'],
  ] as const)('%j checks %s', (q, id, topic) => {
    const a = ask(q);
    const framework = knowledge.frameworks.find((f) => f.id === id)!;
    expect(a).toMatchObject({ intent: 'feature_check', topic, support: framework.support[topic].level });
    expect(a.text.startsWith(`Does ${framework.name} `)).toBe(true);
  });
});

describe('handing work to a queue is not running background jobs', () => {
  it('a webhook receiver that pushes a message onto a queue is judged on its size, not on background jobs', () => {
    const a = ask('is django too heavy for a little service that takes payment webhooks and drops each one onto a queue? no pages, no users');
    expect(a).toMatchObject({ intent: 'recommend', fit: 'poor', topic: 'small_apps' });
    expect(a.text).not.toMatch(/background jobs/i);
  });

  it('jobs run in the background, pushed onto a queue, still are', () => {
    expect(ask('we need to run report jobs in the background, pushed onto a queue, with retries').topic).toBe('background_jobs');
  });
});

describe('a recommendation never ranks a framework and also lists it as a poor fit', () => {
  it.each([
    'which framework for a small internal tool with user accounts and an orm on postgres?',
    'what should we use for a tiny api with websockets and an admin?',
    'best framework for a quick prototype with background jobs and templates?',
  ])('%j', (q) => {
    const a = ask(q);
    const ranked = (a.parts.fields ?? []).map((f) => f.name.replace(/^\d+\. /, ''));
    const poor = a.parts.sections.filter((s) => s.heading === 'Poor fit').flatMap((s) => s.lines).join(' ');
    expect(ranked.length).toBeGreaterThan(0);
    for (const name of ranked) expect(poor).not.toContain(name);
  });
});

describe('the need said with "-wise" is what the options are weighed on', () => {
  it.each([
    ['bottle vs falcon for a tiny internal microservice, speed-wise?', 'performance'],
    // Speed asked beside a small footprint ("lean and fast") is speed.
    ['sanic or flask? it has to be lean and fast, nothing else matters', 'performance'],
    ['pyramid or django for our intranet, security wise', 'security'],
    ['sanic vs fastapi for a websocket relay, docs-wise', 'documentation'],
  ])('%j leads with %s', (q, topic) => {
    expect(ask(q).topic).toBe(topic);
  });
});

describe("someone else's reason for suggesting an option is their claim, not the asker's need", () => {
  it.each([
    // The speed a friend praises does not make the framework right for a beginner.
    ["is sanic ok for a total beginner's first site? my brother recommends it because it benchmarks so well", 'good'],
    // ...and so does a claim someone made about it.
    ["falcon for my bakery's menu site? a coworker told me it's fastest of them all. a few pages and a contact form", 'good'],
    // "No dependencies" said by the one suggesting it is no wish for a tiny footprint.
    ['we are 12 devs building an intranet with forms, permissions and an audit log. a colleague pushed bottle because it has zero dependencies. is bottle sensible?', 'poor-django'],
  ])('%j', (q, outcome) => {
    const a = ask(q);
    expect(a.intent).toBe('recommend');
    if (outcome === 'good') expect(a.fit).not.toBe('good');
    else {
      expect(a.fit).toBe('poor');
      expect(a.recommendation).toBe('django');
    }
  });

  it('a telling of which to use, with its reason, is a suggestion too: the lighter pick is still one for pages', () => {
    const a = ask('is django too much for a three-page photography site with a booking form? my uncle tells me to use django because it scales');
    expect(a).toMatchObject({ intent: 'recommend', fit: 'poor' });
    expect(['flask', 'bottle']).toContain(a.recommendation);
  });

  it("the claim ends where the asker's own words begin", () => {
    expect(ask('so you said bottle is okay for us, but we will have thousands of users and need password reset. still bottle?')).toMatchObject({ fit: 'poor', recommendation: 'django' });
  });

  it('a question about the claim itself still weighs it', () => {
    const a = ask('our django app resizes images on every request. a colleague suggested fastapi because it is faster. would that help?');
    expect(a.topic).not.toBe('learning_curve');
    expect(a.frameworks).toEqual(expect.arrayContaining(['django', 'fastapi']));
  });
});

describe('a framework asked for an app counted in pages or endpoints is ours, whatever plain-Python words are around it', () => {
  it.each([
    ['what framework for a little kiosk status board on an old laptop? it must work offline, so no pip install of big packages. two pages, that is all', 'recommend'],
    ['which framework for a weekend script that also answers on 3 endpoints? i only have pip install rights on my home dir', 'recommend'],
  ])('%j', (q, intent) => {
    expect(ask(q).intent).toBe(intent);
  });
});

describe('which server to run a framework on is a deployment question', () => {
  it.each(['which server for a bottle app on a windows box?', 'what server to put pyramid behind in prod?'])('%j', (q) => {
    expect(ask(q).topic).toBe('deployment');
  });

  it('"which server-side framework" asks for a framework, not a server', () => {
    expect(ask('which server-side framework is best?').topic).not.toBe('deployment');
  });
});

describe('whether a feature ships with the framework, asked as where it lives', () => {
  it.each([
    // Asked as "part of X itself, or a separate package?": the answer is whether it is built in.
    ['is the admin part of django proper, or some separate package i need to install?', 'admin'],
    ['is websocket support part of tornado proper or an extra plugin?', 'websockets'],
    // Support asked first; the inside, said over two words, is only the answer feared.
    ['does litestar support sessions yet, or is it still cookie-only under the hood? we keep a login per user', 'auth'],
  ])('%j', (q, topic) => {
    const a = ask(q);
    expect(a.intent).toBe('feature_check');
    expect(a.topic).toBe(topic);
  });
});

describe("the part that asks is about another ecosystem's framework; ours is only who asks", () => {
  it.each([
    'our backend is all fastapi, but the dashboard team picked rails. how do i configure rails devise for token logins?',
    'echo or chi for a small go json service? all our other services are django, but this one must be written in go',
    // Ours as the likeness, another ecosystem as where its counterpart is wanted.
    "ten years of django, and now my new team writes only node. what's the nearest thing to django in the node world?",
    "what's the node equivalent of bottle?",
    // Python only as who is asking, introduced: the other ecosystem's framework is still what is asked about.
    'python dev here, curious about go: is fiber good for a realtime feed with thousands of websocket clients?',
    'as a python developer, is gin fast enough for our json api?',
  ])('%j is declined', (q) => {
    expect(ask(q).intent).toBe('out_of_scope');
  });

  it.each([
    // The other ecosystem is who asks, or what ours is set against, or where the counterpart is wanted is Python.
    'falcon: pros and cons for someone coming from go?',
    'we use laravel at work. which one feels closest to it, django or flask?',
    'is fastapi depends anything like spring autowiring? coming from java',
    "coming from node. what's the closest thing to express in python?",
    'python dev here, which framework for a live dashboard pushing over websockets?',
  ])('%j stays ours', (q) => {
    expect(ask(q).intent).not.toBe('out_of_scope');
  });
});

describe('what the asker has only done before is background, however they hedge it', () => {
  it('"only tiny apps before" makes the new app no small one', () => {
    const a = ask("is flask fine for a rental marketplace with live chat between renters and owners? i've only done tiny flask apps before");
    expect(a.intent).toBe('recommend');
    expect(a.fit).not.toBe('good');
  });
});

describe('jobs named by what they send are background jobs', () => {
  it.each(['django or fastapi for a newsletter tool? subscriber lists and nightly email jobs', 'does litestar have anything for email tasks after signup?'])('%j', (q) => {
    expect(ask(q).topic).toBe('background_jobs');
  });
});

describe('the worry of doing it all yourself asks for things built in', () => {
  it.each([
    // "too much DIY" asks whether it leaves too much to build, not whether it is too big.
    "a bakery's online shop where the owner edits products and orders herself in a back office. is flask a good idea or too much diy?",
    'a clinic portal with staff roles, audit logs and many forms. is flask a good idea or will we end up rebuilding django badly?',
  ])('%j', (q) => {
    const a = ask(q);
    expect(a.intent).toBe('recommend');
    expect(a.fit).toBe('poor');
    expect(a.recommendation).toBe('django');
    expect(a.text).not.toMatch(/not too much/);
  });

  it('only the needs it leaves to extensions are named as poorly served', () => {
    const a = ask("a bakery's online shop where the owner edits products and orders herself in a back office. is flask a good idea or too much diy?");
    expect(a.text.split('\n').find((l) => l.startsWith('No:'))).not.toMatch(/multi-page/);
  });
});

describe('asked whether it will last, the best pick for a job named with its size is still a yes', () => {
  it.each([
    ['is tornado still a sensible pick for a gateway that holds ~30k idle websocket connections?', 'good'],
    ['is bottle still a good choice for a one-file status page on a raspberry pi?', 'good'],
    // The job without its size stays open.
    ['is tornado still a sensible choice for a new project that needs websockets?', 'depends'],
  ])('%j is %s', (q, fit) => {
    const a = ask(q);
    expect(a.intent).toBe('recommend');
    expect(a.fit).toBe(fit);
  });
});

describe('what the team puts up with is neither a need nor unwanted', () => {
  it.each([
    ['is sanic ok for our metrics ingest api? we are fine with async, and we need no templates. raw speed is what counts', 'sanic'],
    ["is aiohttp right for our websocket chat backend? we don't mind async at all", 'aiohttp'],
  ])('%j', (q, id) => {
    const a = ask(q);
    expect(a).toMatchObject({ intent: 'recommend', fit: 'good', recommendation: id });
    expect(a.text).not.toMatch(/you do not want async/i);
  });
});

describe('a baseline said to be too big already is set aside', () => {
  it.each([
    'smallest framework for a one-page kiosk screen? even flask seems like overkill',
    "need something tiny for a two-route webhook receiver; even flask feels heavier than i need",
  ])('%j', (q) => {
    const a = ask(q);
    expect(a.intent).toBe('recommend');
    expect(a.recommendation).not.toBe('flask');
    expect(a.fit).toBeNull();
  });
});

describe('whether it renders, and a follow-up that opens with "one more", are feature questions', () => {
  it.each([
    ["does sanic render html templates? i'd like a few status screens beside my endpoints", 'sanic', 'templates'],
    ['one more, does litestar support websockets', 'litestar', 'websockets'],
  ])('%j', (q, id, topic) => {
    expect(ask(q)).toMatchObject({ intent: 'feature_check', frameworks: [id], topic });
  });
});

describe("a chat app's slash command is a small app", () => {
  it('is judged as one', () => {
    expect(ask('is bottle fine for the handler behind our discord slash commands?')).toMatchObject({ intent: 'recommend', topic: 'small_apps', fit: 'good' });
  });
});

describe('the job a framework is wanted for, said outright, is a full need however generic its word', () => {
  it('"more suited to APIs" after Django favours an API framework', () => {
    expect(ask('learning path after django: something more suited to apis?').recommendation).toBe('fastapi');
  });
});

describe('"what is the point of" a package or a feature asks what it is for', () => {
  it.each([
    "what's the point of alembic? a colleague says migrations tools are overrated",
    "what's the point of flask blueprints? my lead calls them an antipattern for small apps",
  ])('%j is described', (q) => {
    expect(ask(q).intent).toBe('describe');
  });

  it('the point of a whole framework beside others is still weighed', () => {
    expect(ask("what's the point of sanic when fastapi exists? what are its downsides?").intent).not.toBe('describe');
  });
});

describe('a product meant to last asks whether the framework will', () => {
  // A new product, years of upkeep or people to hire need a framework many teams use and keep up.
  it.each([
    ['is cherrypy a sensible base for our brand new b2b product?', 'cherrypy', 'poor'],
    ['cherrypy for a backend we will have to maintain for the next eight years?', 'cherrypy', 'poor'],
    ['should our greenfield saas run on django?', 'django', 'good'],
  ])('%j', (q, id, fit) => {
    expect(ask(q)).toMatchObject({ intent: 'recommend', frameworks: [id], fit });
  });
});

describe('plain Python however the thing is sized or the words are ordered', () => {
  it.each([
    'quickest way to crunch a 2gb csv in python with little memory?',
    'Como escrevo um loop for que conta as palavras de um texto em Python?',
  ])('%j is declined', (q) => {
    expect(ask(q).intent).toBe('out_of_scope');
  });
});

describe('a framework asked of as a whole is ours, its client named or not', () => {
  it('its client and server halves set side by side ask what the framework is', () => {
    expect(ask('tornado client and server both, or just one?')).toMatchObject({ intent: 'describe', frameworks: ['tornado'] });
  });
});

describe("another ecosystem as the app a backend is for is the backend's client", () => {
  it.each([
    'we need a json api for a flutter app, accounts and push notifications. what framework?',
    'an api for our vue app, with logins and an admin for staff. which framework?',
  ])('%j is a pick of ours', (q) => {
    expect(ask(q).intent).toBe('recommend');
  });
});

describe('which thing something is, "or something else", is no fallback', () => {
  it('the feature question stays one', () => {
    const q = 'does bottle ship a template engine? the course i follow renders pages and i cant tell if its bottle doing it or something else';
    expect(ask(q)).toMatchObject({ intent: 'feature_check', frameworks: ['bottle'], support: 'built_in' });
  });
});

describe('words of other languages joined to the next word, or placed after the name', () => {
  it('Hebrew "and without" rules the need out as "without" does', () => {
    expect(ask('האם Bottle מתאים לשירות קטן שמחזיר JSON, בלי מסד נתונים ובלי פאנל ניהול?')).toMatchObject({ intent: 'recommend', fit: 'good' });
  });

  it('Danish "frem for" (over) sets the two side by side', () => {
    expect(ask('Hvad er fordelene ved Quart frem for Flask?').intent).toBe('compare');
  });

  it.each([
    // Romanian "how do I" takes the verb in the first person.
    'Cum organizez testele într-un proiect FastAPI?',
    // Vietnamese says "what is" after the name: Starlette is defined, FastAPI is what it is set beside.
    'Starlette là gì, và tại sao FastAPI lại dựa trên nó?',
  ])('%j is described', (q) => {
    expect(ask(q).intent).toBe('describe');
  });
});

describe("a framework's own pattern is how it works, unless its strong or weak points are asked", () => {
  it.each([
    ["I'm puzzled about Django's MVT. Is it simply MVC with renamed parts? Where does the controller sit??", 'describe'],
    ['what are the downsides of django mvt compared to plain mvc?', 'pros_cons'],
  ])('%j', (q, intent) => {
    expect(ask(q).intent).toBe(intent);
  });
});

describe('"<name> ok for <job>?" opening a longer question is still the yes/no', () => {
  it.each([
    'quart ok for production? three of us, an async service, and pallets keeps it maintained with regular releases. anything to fear?',
    'tornado fine for prod? it still ships releases and CVE fixes, we checked. anything that should worry us?',
  ])('%j', (q) => {
    expect(ask(q)).toMatchObject({ intent: 'recommend', fit: expect.any(String) });
  });
});

describe('whether a thing to do is fine, beside a how-to, judges the doing', () => {
  it('the how-to is described', () => {
    const q = 'how should i deploy a flask app properly? so far i only ran flask run. is it ok to just leave that running in tmux?';
    expect(ask(q)).toMatchObject({ intent: 'describe', topic: 'deployment', fit: null });
  });
});

describe('screens for people who write no code, said or implied by the kind of app', () => {
  it.each([
    // A small shop is small for a shop: its staff still manage products and orders.
    'flask or django for a small webshop selling candles? just me and a friend, we want to open before christmas',
    // Whoever is said not to write code, editing data, needs an admin.
    'a tiny internal page over three postgres tables so non-developers can update entries. which framework?',
  ])('%j favours the framework that ships an admin', (q) => {
    expect(ask(q).recommendation).toBe('django');
  });
});

describe('how other people go about it is the usual practice, described', () => {
  it.each([
    'sanic sessions vanish between workers. how do people usually handle that?',
    'litestar background tasks die with the pod. how do teams handle durable jobs?',
  ])('%j', (q) => {
    expect(ask(q)).toMatchObject({ intent: 'describe', support: null });
  });
});

describe('a framework learnt for a job is one employers use', () => {
  it.each([
    ['what should i pick up after flask? im junior and want whatever employers here actually list', 'fastapi'],
    // For their own hobby things, the easiest next step is still fine.
    ['what should i learn after flask? i want to keep building small hobby things', 'bottle'],
  ])('%j', (q, id) => {
    expect(ask(q)).toMatchObject({ intent: 'recommend', recommendation: id });
  });
});

describe('which of two ways within the one framework named is how it works', () => {
  it.each([
    'difference between blueprints and plain routes in flask? which one should i use for a mid-size app',
    "what's the difference between sync and async views in django, and which should I go with?",
  ])('%j is described, with no framework recommended', (q) => {
    expect(ask(q)).toMatchObject({ intent: 'describe', recommendation: null });
  });
});
