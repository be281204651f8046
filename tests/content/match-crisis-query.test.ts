import { describe, expect, it } from 'vitest';
import { mayBeCrisis } from '../../content/crisis-rules';
import { matchCrisisQuery, matchCrisisText, normaliseQuery } from '../../content/match-crisis-query';

const google = (q: string) => new URL(`https://www.google.no/search?q=${encodeURIComponent(q)}`);

// Queries of crisis, about oneself or someone else, each with the language the card should speak.
const crisis: [query: string, lang: 'nb' | 'nn' | 'en'][] = [
  // Bokmål, first person
  ['jeg vil dø', 'nb'],
  ['vil bare dø', 'nb'],
  ['jeg har lyst til å dø', 'nb'],
  ['ønsker å dø', 'nb'],
  ['vil ikke leve lenger', 'nb'],
  ['jeg vil ikke leve mer', 'nb'],
  ['orker ikke mer', 'nb'],
  ['jeg orker ikke mer', 'nb'],
  ['orker ikke å leve', 'nb'],
  ['klarer ikke mer av livet', 'nb'],
  ['holder ikke ut lenger', 'nb'],
  ['vil ikke våkne', 'nb'],
  ['håper jeg ikke våkner i morgen', 'nb'],
  ['jeg vil ikke våkne igjen', 'nb'],
  ['kutte meg', 'nb'],
  ['jeg kutter meg', 'nb'],
  ['hvordan slutte å kutte meg', 'nb'],
  ['rispe meg selv', 'nb'],
  ['skade meg selv', 'nb'],
  ['selvskading', 'nb'],
  ['hvordan skjule selvskading arr', 'nb'],
  ['selvmord', 'nb'],
  ['selvmordstanker', 'nb'],
  ['har selvmordstanker hva gjør jeg', 'nb'],
  ['tenker på selvmord', 'nb'],
  ['selmord', 'nb'],
  ['selvmor tanker', 'nb'],
  ['ta livet av meg', 'nb'],
  ['vil ta livet mitt', 'nb'],
  ['tenker på å ta mitt eget liv', 'nb'],
  ['hvordan ta livet av seg', 'nb'],
  ['lei av livet', 'nb'],
  ['drit lei livet', 'nb'],
  ['hater livet mitt', 'nb'],
  ['ingen vil savne meg', 'nb'],
  ['alle har det bedre uten meg', 'nb'],
  ['livet er ikke verdt å leve', 'nb'],
  ['skulle ønske jeg var død', 'nb'],
  ['skulle ønske jeg aldri ble født', 'nb'],
  ['vil ikke være her lenger', 'nb'],
  ['vil ikke eksistere', 'nb'],
  ['smertefri død', 'nb'],
  ['hvor mange paracet for å dø', 'nb'],
  ['tok for mange piller', 'nb'],
  ['hvordan dø', 'nb'],
  ['gjøre slutt på livet', 'nb'],
  ['JEG VIL DØ!!!', 'nb'],
  ['jeg vil doe', 'nb'],
  ['vil ikek leve lenger', 'nb'],
  ['orker itj mer', 'nb'],
  ['selvm0rd', 'nb'],
  // Bokmål, about someone else
  ['vennen min vil ta livet sitt', 'nb'],
  ['venninna mi snakker om selvmord', 'nb'],
  ['datteren min kutter seg', 'nb'],
  ['sønnen min skader seg selv', 'nb'],
  ['hvordan hjelpe noen med selvmordstanker', 'nb'],
  ['kjæresten min vil ikke leve lenger', 'nb'],
  ['bekymret for at pappa tar livet av seg', 'nb'],
  ['mamma vil dø', 'nb'],
  // Nynorsk
  ['eg vil døy', 'nn'],
  ['vil berre døy', 'nn'],
  ['vil ikkje leve lenger', 'nn'],
  ['eg vil ikkje leve meir', 'nn'],
  ['orkar ikkje meir', 'nn'],
  ['eg orkar ikkje å leve', 'nn'],
  ['vil ikkje vakne att', 'nn'],
  ['sjølvmord', 'nn'],
  ['sjølmord tankar', 'nn'],
  ['tenkjer på sjølvmord', 'nn'],
  ['sjølvskading', 'nn'],
  ['skade meg sjølv', 'nn'],
  ['eg kuttar meg', 'nn'],
  ['korleis ta livet av seg', 'nn'],
  ['ynskjer å døy', 'nn'],
  ['har lyst til å døy', 'nn'],
  ['ingen vil sakne meg', 'nn'],
  ['alle har det betre utan meg', 'nn'],
  ['kvifor vil eg berre døy', 'nn'],
  ['dottera mi skadar seg sjølv kva gjer eg', 'nn'],
  ['venen min snakkar om sjølvmord', 'nn'],
  ['eg held ikkje ut meir', 'nn'],
  // English, first person
  ['i want to die', 'en'],
  ['I wanna die', 'en'],
  ['i want to kill myself', 'en'],
  ['how to kill myself', 'en'],
  ['should i kill myself', 'en'],
  ['suicide', 'en'],
  ['suicidal thoughts', 'en'],
  ['am i suicidal quiz', 'en'],
  ['sucide', 'en'],
  ['suicde help', 'en'],
  ['su1c1de', 'en'],
  ['$uicide', 'en'],
  ['sewerslide', 'en'],
  ['how to unalive myself', 'en'],
  ["i don't want to live anymore", 'en'],
  ['dont wanna be alive', 'en'],
  ['i dont want to wake up tomorrow', 'en'],
  ['hope i dont wake up', 'en'],
  ['wish i was dead', 'en'],
  ['better off dead', 'en'],
  ['everyone would be better off without me', 'en'],
  ['nobody would miss me', 'en'],
  ['tired of living', 'en'],
  ['no reason to live', 'en'],
  ['i cant go on', 'en'],
  ["can't take it anymore", 'en'],
  ['i hate my life', 'en'],
  ['self harm', 'en'],
  ['self-harm scars', 'en'],
  ['cutting myself', 'en'],
  ['how to stop hurting myself', 'en'],
  ['painless way to die', 'en'],
  ['easiest way to kill myself', 'en'],
  ['how many pills to die', 'en'],
  ['how much tylenol to overdose', 'en'],
  ['took too many pills', 'en'],
  ['lethal dose paracetamol', 'en'],
  ['end my life', 'en'],
  ['want to end it all', 'en'],
  ['i want to kms', 'en'],
  ['i want to diiiie', 'en'],
  // English, about someone else
  ['my friend wants to kill himself', 'en'],
  ['my daughter is cutting herself', 'en'],
  ['how to help a suicidal friend', 'en'],
  ['my boyfriend talks about suicide', 'en'],
  ['signs my teenager is self harming', 'en'],
];

// Ordinary searches, idioms, titles, news of attacks and other senses of the same words.
const ordinary: string[] = [
  // Bokmål
  'jeg dør av latter',
  'døde av latter',
  'drepende kjedelig',
  'dødskjedelig',
  'jeg vil dø av skam',
  'været i morgen oslo',
  'pizza oppskrift',
  'depresjon symptomer',
  'psykolog bergen',
  'dødsannonser adressa',
  'dødsbo skifte',
  'hva skjer når man dør',
  'ta livet med ro',
  'ta livet av lus',
  'ta livet av ugress',
  'kan jeg henge meg på',
  'henge seg på trenden',
  'kuttet meg i fingeren',
  'kutte meg ned på sukker',
  'kutte håret selv',
  'skadet meg selv på trening',
  'planten min vil dø',
  'hunden min vil dø',
  'pc vil ikke våkne fra dvale',
  'skjermen vil ikke våkne',
  'jeg vil ikke leve i oslo',
  'orker ikke mer trening i dag',
  'orker ikke mer mat',
  'selvmordsangrep i kabul',
  'selvmordsbomber drepte 20',
  'politisk selvmord',
  'selvmordsdører bil',
  'film om selvmord netflix',
  'hoppe fra 10 meter stupetårn',
  'hvor mange paracet kan jeg ta',
  'overdose symptomer',
  'hva er meningen med livet',
  'når vil jeg dø kalkulator',
  'vil jeg dø av korona',
  'hvordan dør man av kreft',
  'kirkens sos',
  'mental helse hjelpetelefon',
  // Nynorsk
  'eg døyr av latter',
  'ver i morgon bergen',
  'korleis skrive nynorsk',
  'ta livet med ro nynorsk',
  'kva er meininga med livet',
  'eg vil ikkje leve i byen',
  'vil ikkje vakne frå dvale pc',
  'sjølvmordsangrep',
  // English
  'i am dying of laughter',
  'dying to see you',
  'a cake to die for',
  'this song makes me want to die lol',
  'i want to die of embarrassment',
  'killing it at work',
  'how to kill time',
  'how to kill weeds',
  'kill process linux',
  'killer whale',
  'serial killer documentary',
  'suicide squad',
  'suicide squad cast',
  'the suicide squad 2021 review',
  'the virgin suicides',
  'suicideboys tour',
  '$uicideboy$ lyrics',
  'suicide bomber pakistan',
  'suicide attack kabul',
  'suicide doors car',
  'suicide burn kerbal',
  'political suicide',
  '13 reasons why season 2',
  'no time to die',
  'born to die lana del rey',
  'die hard cast',
  'dying light 2',
  'how to die in minecraft',
  '1000 ways to die',
  'kill bill',
  'to kill a mockingbird summary',
  'how to dye my hair',
  'i want to die my hair blue',
  'cut myself shaving',
  'hurt my back lifting',
  'hurt myself at the gym',
  'cutting board',
  'how to cut my own hair',
  "i don't want to live in the city",
  'dont wanna live forever',
  'my phone battery is dying',
  'my plant is dying',
  'weather tomorrow',
  'best pizza near me',
  'how to tie a tie',
  'lethal dose of chocolate for dogs',
  'jump off a cliff into water bungee',
  'shoot myself in the foot',
  'i want to live',
  'life insurance',
];

// More phrasings, first person and about someone else, misspelt, slang and method-seeking: each is answered.
const moreCrisis: string[] = [
  'jeg har lyst til å ta livet mitt',
  'tenker på å ta livet mitt',
  'hvordan kan jeg ta livet mitt',
  'vil ikke leve mer',
  'eg vil ikkje leva lenger',
  'jeg vil ikke være her mer',
  'jeg orker ikke livet',
  'orker ikke livet mer',
  'jeg vil bare forsvinne',
  'alle hadde hatt det bedre uten meg',
  'ingen kommer til å savne meg',
  'jeg skader meg selv hva gjør jeg',
  'hvordan slutte å skade seg selv',
  'jeg har kuttet meg',
  'kutter meg for å føle noe',
  'selvskading hjelp',
  'selvmordstanker ungdom',
  'hjelp til venn med selvmordstanker',
  'venn snakker om å ta livet sitt',
  'hva gjør jeg hvis noen vil ta livet sitt',
  'datteren min har selvmordstanker',
  'min sønn vil ikke leve',
  'kjæresten min skader seg selv',
  'eg har lyst å døy',
  'eg vil ikkje vere her lenger',
  'eg orkar ikkje livet',
  'korleis ta sjølvmord',
  'eg skadar meg sjølv',
  'sjølvskading hjelp',
  'vennen min vil døy',
  'eg vil ta livet mitt',
  'i want to end it',
  'i want to kill my self',
  'i want to commit suicide',
  'how do i kill myself',
  'how to end my life painlessly',
  'ways to kill yourself',
  'best way to commit suicide',
  'i feel suicidal',
  'suicidal ideation',
  'i keep thinking about killing myself',
  'i dont want to be alive',
  'i want to go to sleep and never wake up',
  'nobody would care if i died',
  'everyone would be happier if i was dead',
  'i hate myself and want to die',
  'i want to self harm',
  'how to cut yourself',
  'how to hide cuts from parents',
  'my friend is talking about suicide',
  'my son wants to die',
  'how to help someone who is suicidal',
  'what to do if someone is suicidal',
  'i wanna kms',
  'kms',
  'unalive',
  'how to unalive',
  'suicide methods',
  'painless suicide methods',
  'how many sleeping pills to die',
  'can you die from paracetamol overdose',
  'jumping off a bridge',
  'i want to jump off a bridge',
  'hanging myself',
  'i want to hang myself',
  "i'm going to end it tonight",
  'goodbye letter suicide',
  'i want to die so bad',
  'jeg vil dø nå',
  'vil dø i natt',
  'hvor mange sovepiller for å dø',
  'hvor mange paracet må man ta for å dø',
  'dødelig dose paracet',
  'jeg vil hoppe foran toget',
  'hoppe fra brua og dø',
  'henge meg',
  'ta overdose',
  'overdose paracet',
];

// More ordinary searches that share a word with a rule.
const moreOrdinary: string[] = [
  'vil ikke leve uten deg lyrics',
  'jeg elsker livet',
  'livet er fint',
  'hvordan leve et godt liv',
  'hvordan leve lenger',
  'hvordan leve med angst',
  'leve med diabetes',
  'how to live longer',
  'live music oslo',
  'die antwoord tickets',
  'mor og far',
  'jeg orker ikke mer skole',
  'orker ikke mer jobb',
  'jeg orker ikke jobben min',
  'kill the lights',
  'killing me softly',
  'killing me softly lyrics',
  'death note',
  'dead by daylight',
  'the walking dead',
  'dead space',
  'dying light 2',
  'deadpool',
  'killer queen',
  'kill la kill',
  'smertefri fødsel',
  'smertefri tannbehandling',
  'dødsfall oslo',
  'dødsbo',
  'dødsårsak',
  'hopp i havet',
  'hoppe strikk',
  'jump off cliff gta',
  'cutting hair at home',
  'how to cut my hair',
  'cut myself while cooking',
  'burned myself on the stove',
  'hurt my knee',
  'i hate mondays',
  'i hate my job',
  'nobody cares meme',
  'this is so embarrassing i want to die',
  'i could die of happiness',
  'i want to die laughing',
];

describe('matchCrisisText', () => {
  it('has a table of at least 150 queries', () => {
    expect(crisis.length + ordinary.length).toBeGreaterThanOrEqual(150);
  });

  it.each(crisis)('answers "%s" in %s', (query, lang) => {
    expect(matchCrisisText(query)?.lang).toBe(lang);
  });

  it.each(ordinary)('leaves "%s" alone', (query) => {
    expect(matchCrisisText(query)).toBeUndefined();
  });

  it.each(moreCrisis)('answers "%s"', (query) => {
    expect(matchCrisisText(query)).toBeDefined();
  });

  it.each(moreOrdinary)('leaves "%s" alone too', (query) => {
    expect(matchCrisisText(query)).toBeUndefined();
  });

  it.each([
    ['how to kill myself', true],
    ['smertefri død', true],
    ['tok for mange piller', true],
    ['vil ta livet mitt i kveld', true],
    ['selvmordstanker', false],
    ['i want to die', false],
    ['orker ikke mer', false],
  ])('puts 113 first when "%s" seeks a way to die or says it is now: %s', (query, danger) => {
    expect(matchCrisisText(query)?.danger).toBe(danger);
  });

  it.each([
    ['jeg er 14 og vil dø', true],
    ['selvmordstanker ungdom', true],
    ['i am 15 and want to kill myself', true],
    ['mobbet på skolen vil ikke leve', true],
    ['datteren min kutter seg', true],
    ['jeg vil dø', false],
    ['suicidal thoughts', false],
  ])('adds the youth lines when "%s" suggests a young person: %s', (query, young) => {
    expect(matchCrisisText(query)?.young).toBe(young);
  });

  it.each([
    ['vennen min vil ta livet sitt', 'someone-else'],
    ['my friend wants to kill himself', 'someone-else'],
    ['hvordan hjelpe noen med selvmordstanker', 'someone-else'],
    ['jeg vil dø', 'self'],
    ['i want to kill myself', 'self'],
    ['min venn sier jeg bør ta livet av meg', 'self'],
  ])('tells whom "%s" is about: %s', (query, forWhom) => {
    expect(matchCrisisText(query)?.forWhom).toBe(forWhom);
  });
});

describe('mayBeCrisis', () => {
  it.each(crisis.map(([query]) => query))('lets "%s" through to the rules', (query) => {
    expect(mayBeCrisis(normaliseQuery(query))).toBe(true);
  });

  it.each(['pizza oppskrift', 'weather tomorrow', 'været i morgen bergen', 'best pizza near me', 'psykolog bergen'])(
    'spares the rules an ordinary search: "%s"',
    (query) => {
      expect(mayBeCrisis(normaliseQuery(query))).toBe(false);
    },
  );
});

describe('normaliseQuery', () => {
  it.each([
    ['Vil  IKKJE leve!!', ' vil ikkje leve '],
    ['våkne vaakne', ' vakne vakne '],
    ['dø doe', ' do do '],
    ['være vaere', ' vere vere '],
    ['ＳＵＩＣＩＤＥ', ' suicide '],
    ['selvmord 🙁 😢', ' selvmord '],
    ["can't", ' cant '],
    ['su1c1de', ' suicide '],
    ['diiiie', ' die '],
  ])('reads %j as %j', (query, normalised) => {
    expect(normaliseQuery(query)).toBe(normalised);
  });
});

describe('matchCrisisQuery', () => {
  it.each([
    'https://www.google.no/search?q=vil+ikkje+leve+lenger',
    'https://www.google.com/search?q=i+want+to+die&hl=en',
    'https://www.google.com/search?q=suicide&udm=14',
    'https://www.bing.com/search?q=selvmordstanker&form=QBLH',
    'https://duckduckgo.com/?q=jeg+vil+d%C3%B8&ia=web',
    'https://duckduckgo.com/?q=kutte+meg',
    'https://www.kvasir.no/alle?q=orker+ikke+mer',
    'https://www.ecosia.org/search?method=index&q=how+to+kill+myself',
    'https://search.brave.com/search?q=sj%C3%B8lvmord&source=web',
  ])('recognises the results page %s', (url) => {
    expect(matchCrisisQuery(new URL(url))).toBeDefined();
  });

  it.each([
    // Other tabs of the same engines: images, videos, news, maps, shopping.
    'https://www.google.no/search?q=selvmord&tbm=isch',
    'https://www.google.no/search?q=selvmord&udm=2',
    'https://www.google.com/search?q=suicide&tbm=nws',
    'https://www.google.com/maps/search/suicide',
    'https://www.bing.com/images/search?q=suicide',
    'https://www.bing.com/maps?q=selvmord',
    'https://www.bing.com/videos/search?q=suicide',
    'https://duckduckgo.com/?q=suicide&iax=images&ia=images',
    'https://duckduckgo.com/?q=selvmord&iaxm=maps',
    'https://www.ecosia.org/images?q=suicide',
    'https://search.brave.com/images?q=suicide',
    'https://search.brave.com/news?q=suicide',
    'https://www.kvasir.no/bilder?q=selvmord',
    // Other sites, lookalike hosts, plain http, and pages with no query.
    'https://startpage.com/do/search?q=suicide',
    'https://www.yahoo.com/search?q=suicide',
    'https://google.evil.example/search?q=suicide',
    'https://www.google.no.evil.example/search?q=suicide',
    'http://www.google.no/search?q=selvmord',
    'https://www.google.no/?q=selvmord',
    'https://www.google.no/search?q=',
    'https://www.google.no/search',
    'https://example.com/selvmord?q=selvmord',
  ])('never matches %s', (url) => {
    expect(matchCrisisQuery(new URL(url))).toBeUndefined();
  });

  it('reads the query, not the rest of the URL', () => {
    expect(matchCrisisQuery(new URL('https://www.google.no/search?q=pizza&oq=selvmord'))).toBeUndefined();
    expect(matchCrisisQuery(google('pizza'))).toBeUndefined();
    expect(matchCrisisQuery(google('jeg vil dø'))).toEqual({
      lang: 'nb',
      danger: false,
      young: false,
      forWhom: 'self',
    });
  });
});
