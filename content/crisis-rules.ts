// The words of crisis that the search help card answers, as rules a reviewer can read. Every pattern runs on
// the normalised query (see normaliseQuery): lower case, æ/ø/å written e/o/a whatever the keyboard
// ("være" and "vaere" are both "vere", "dø" and "doe" both "do"; so "noen" is "non" and "noe" is "no"), no
// accents, no punctuation, single spaces,
// padded with one space at each end. Exclusions are read first; then strong rules fire at any length, weak
// rules only inside a short query, where the few words leave no other sense.
//
// Safe messaging: these rules recognise method-seeking queries so that the card can answer them (with 113
// first). The card itself never repeats the query and never names a method.

/** Norwegian for "not", as typed: Bokmål, Nynorsk, dialect and the common slips of the thumb. */
const NOT = '(?:ikke|ikk|ike|ikek|ikkje|ikje|ikkj|ikj|itj|ittj|itte|inkje)';
/** Oneself, as object: Norwegian and English. */
const MYSELF_NO = '(?:meg|seg|deg)';
const MYSELF_EN = '(?:my ?self|him ?self|her ?self|them ?sel(?:f|ves)|your ?self|one ?self)';
/** To die: Bokmål dø (do), Nynorsk døy (doy). */
const DIE_NO = '(?:do|doy)';

/** A language a rule is written in: English, or Norwegian (Bokmål or Nynorsk, told apart by other words). */
export type RuleLanguage = 'en' | 'no';

export interface Rule {
  pattern: RegExp;
  lang: RuleLanguage;
  /** A query that seeks a method, or says it is happening now: 113 goes first on the card. */
  danger?: boolean;
  /** Words that give the rule's phrase another sense (an accident, a device, a haircut). */
  unless?: RegExp;
}

const rule = (lang: RuleLanguage, pattern: string, extra: Omit<Rule, 'pattern' | 'lang'> = {}): Rule => ({
  pattern: new RegExp(pattern),
  lang,
  ...extra,
});

/** Short words that some rule needs, whole. */
const RULE_WORDS = new Set(
  (
    'do doy dod daud od ta tar tok tek tatt bor lei end sel kil kms hit cut cuts ' +
    'way ways miss off give arr ending kan'
  ).split(' '),
);
/** Longer word parts that some rule needs, anywhere in the query (`_` stands for a space). */
const RULE_STEMS = (
  'mord sewer liv leve leva die dead dying kill life exist wake vakn trott sliten grunn verdt worth ' +
  'point reason savn sakn borte skad harm injur mutil kutt cutt risp skjer burn hurt hitting starv ' +
  'scratch metode mate smertefri painless overdos pill tablet dose lethal fatal dodelig hang henge ' +
  'drukn drown shoot skyt poison forgift kvele gasse suffocat strangl kast throw pulsar handledd wrist ' +
  'vein arene jump hopp orke orka klar takl gidd hold held hald hate hata bryr bryd uten utan vits ' +
  'mening cant cannot giving nobody noone care disappear forsvinn vondt sove sovne sleep alltid forever ' +
  'tank thought thinking burde fortjen forten deserve should ynskj onsk wish want wanna lyst lust slutt ' +
  'take took taking sjol selv self eget eige egne lenger lengre eksist finnes finnast suic suis suc ' +
  'suec suei byrde burden vere_her vere_til pa_jorda scar noose utvei vei_ut veg_ut way_out'
)
  .split(' ')
  .map((stem) => stem.replace('_', ' '));

/**
 * Whether the normalised query holds a word of any rule below: if not, it is ordinary. Checked first, it spares
 * an ordinary search the rules, and is plain string work rather than a regular expression, because the small
 * script runs it on every results page (each expression is compiled on first use). A word added to a rule must
 * be covered here; the table tests fail otherwise.
 */
export function mayBeCrisis(text: string): boolean {
  return RULE_STEMS.some((stem) => text.includes(stem)) || text.split(' ').some((word) => RULE_WORDS.has(word));
}

/**
 * The rules, built on first use: each regular expression is parsed when it is created, and the card's script
 * must cost an ordinary results page next to nothing, so nothing below is created until mayBeCrisis lets a
 * query through.
 */
function buildRules() {
  /** Words that make hurting oneself an accident or a sport, not self-harm. */
  const ACCIDENT_NO =
    /\b(trening|fotball|ski|kne|rygg|ankel|skulder|sport|gym|jobb|jobben|fall|fallet|ulykke|uhell|forsikring)\b/;
  const ACCIDENT_EN = /\b(gym|workout|playing|football|soccer|accident\w*|ankle|knee|back|shoulder|running|training)\b/;

  /**
   * Queries that use words of crisis in another sense, whatever else they hold: titles and the culture around
   * them, idioms, news of attacks, devices, animals and plants, hair dye. Read before any rule.
   */
  const EXCLUSIONS: readonly RegExp[] = [
    // A film, a series, a song, a game or a book, or a school text about one.
    /\b(film(?:en|er)?|movies?|serie[ns]?|season|sesong|episode|trailer|imdb|netflix|hbo|cast|skuespillere?|actors?|actress|lyrics?|sangtekst|songtekst|chords|akkorder|album|songs?|sangen|spotify|soundtrack|games?|spill(?:et)?|gameplay|walkthrough|minecraft|fortnite|roblox|gta|steam|book|bok(?:a|en)|novel|roman|author|forfatter|quotes?|sitat(?:er)?|memes?|wiki|wikipedia|anime|manga|podcast|scenen?|shakespeare|romeo|hamlet)\b/,
    // Titles that hold words of crisis without any of the words above.
    /\b(suicide ?squad|virgin suicides|suicide ?boys?|suicideboy\w*|suicide silence|suicide is painless|born to die|no time to die|die hard|dying light|kill bill|killing eve|kill la kill|1000 ways to die|tteokbokki|to kill a mockingbird)\b/,
    // Idioms: dying of laughter, of shame or of boredom; something "to die for"; "drepende kjedelig".
    /\b(latter|latteren|laughing|laughter|laugh|lol|lmao|haha\w*|dying to|to die for|die for|die on this hill|hill to die on|skam|skammen|embarrass\w*|cringe|flau|flaut|kjedelig|kjedsomhet|boring|bored)\b/,
    // News of attacks and killings: a suicide bomber is not a person in crisis searching for help.
    /\b(selvmords?(angrep|bomb\w*|aksjon\w*|vest\w*|oppdrag\w*|dron\w*)|sjolvmords?(angrep|aksjon\w*)|suicide (bomb\w*|attack\w*|vest|vests|drone\w*|mission\w*|car)|kamikaze|terror\w*|angrep\w*|attack\w*|bomb|bombe|bomber|bombing|bombings|eksplosjon\w*|explosion\w*|gunman|shooting|skyting|skyteepisode\w*|massakre\w*|massacre\w*|murder\w*|drap|drapet|drapssak\w*)\b/,
    // Other senses of suicide: car doors, sports drills, rocket burns, a political or career move, cells.
    /\b(suicide (doors?|king|squeeze|burn|run|runs|sprints?|drills?|linux|blonde)|selvmordsdor\w*|political suicide|politisk (selvmord|sjolvmord)|career suicide|social suicide|cell suicide|apoptos\w*)\b/,
    // Animals, plants and devices that "die", "will not wake up" or are "killed".
    /\b(plant\w*|blomst\w*|tre(et|ne)|hund|hunden|hunder|valp\w*|dog|dogs|puppy|katt|katten|katter|kattunge\w*|cat|cats|kitten|hamster\w*|fisk\w*|fish|kjeledyr\w*|pets?|pc|pcen|mac|laptop|computer|datamaskin\w*|maskin\w*|skjerm\w*|iphone|ipad|android|batteri\w*|battery|dvale|hvilemodus|sleep mode|windows|linux|process\w*|prosess\w*|server\w*)\b/,
    // Hair dye spelt "die".
    /\b(hair|haret|harfarge|har farge)\b/,
  ];

  /** Rules that fire at any length: the words have no ordinary sense left once the exclusions are read. */
  const STRONG_RULES: readonly Rule[] = [
    // Suicide, in Bokmål and Nynorsk and as typed: selvmord, selmord, sjølvmord, sjølmord, selvmordstanker.
    rule('no', `\\b(?:selv|self|sel|sjelv|sjolv|sjol) ?mord|\\b(?:selv|sjolv)mor\\b`),
    // Suicide, suicidal and their misspellings: sucide, suicde, suiside, suiscide, suecide, suicidial.
    rule('en', `\\bsu[ei]{0,2}s?[cs]{1,2}[iy]?d`),
    // Slang that says suicide without the word.
    rule('en', `\\b(?:sewer ?slide|unaliv)`),
    // Taking one's own life: ta livet av meg, tok livet av seg, ta mitt eget liv, avslutte livet, gjøre slutt på livet.
    rule(
      'no',
      `\\bt(?:a|ar|ok|att|ek|eke|ekk) (?:livet (?:av )?(?:meg|mitt|seg|sitt)|(?:mitt|sitt) (?:eget|eige|eiga|egne) liv)\\b`,
    ),
    rule('no', `\\b(?:avslutte?|enda?) livet\\b|\\bgj[oe]re? slutt pa (?:livet|meg|seg|alt)\\b`),
    rule('en', `\\b(?:kil|kill(?:s|ing|ed)?|k ill) ${MYSELF_EN}\\b`),
    rule(
      'en',
      `\\bend(?:s|ed|ing)? (?:my|his|her|their|your|ones) (?:own )?life\\b|\\bend(?:ing)? it all\\b|\\b(?:want|wanna|going|gonna|ready|decided|about) to end it\\b|\\b(?:better|happier|easier) (?:off )?(?:if|when) i (?:was|were|am) (?:dead|gone)\\b|\\b(?:better|happier|easier) (?:off )?(?:if|when) i (?:died|disappeared)\\b|\\b(?:take|took|taking|taken) (?:my|his|her|their|your) own life\\b|\\btake my life\\b|\\boff(?:ing)? ${MYSELF_EN}`,
    ),
    // Wanting to die, first person or about someone else.
    rule(
      'en',
      `\\b(?:want(?:s|ed|ing)?|wanna|wish(?:ing)?|urge) (?:to )?(?:die|be dead|not exist|not be alive|stop living|sleep forever|hurt myself)\\b`,
    ),
    rule(
      'en',
      `\\bwish (?:i|that i) (?:was|were|had) (?:dead|never been born|not been born|not born)\\b|\\bwish i (?:could|would) die\\b`,
    ),
    rule(
      'no',
      `\\b(?:jeg|jg|eg) (?:vil|ville|onsker a|onskjer a|ynskjer a) (?:bare |berre |helst |egentlig |eigentleg )?(?:${DIE_NO}|vere dod|vere daud|skade meg)\\b`,
    ),
    rule(
      'no',
      `\\b(?:lyst til a|lyst a|trang til a|onsker a|onskjer a|ynskjer a|ynskjer|vil bare|vil berre|vil helst) (?:${DIE_NO}|skade meg)\\b`,
    ),
    rule('no', `\\b(?:hvorfor|kvifor|korfor) (?:vil|ville) (?:jeg|eg) (?:bare |berre )?${DIE_NO}\\b`),
    rule(
      'no',
      `\\b(?:jeg|eg) (?:burde|bor|fortjener|fortener) (?:bare |berre )?(?:a )?${DIE_NO}\\b|\\b(?:tank[ea]r|tenkj?er) (?:om|pa) a ${DIE_NO}\\b`,
    ),
    rule(
      'en',
      `\\bi (?:should|deserve to) (?:just )?die\\b|\\b(?:thoughts|thinking) (?:of|about) (?:dying|killing ${MYSELF_EN})\\b`,
    ),
    rule(
      'no',
      `\\b(?:vil|onsker a|lyst til a|lyst a)(?: bare| berre| helst)? sove for alltid\\b|\\bsovne og aldri vakne\\b`,
    ),
    rule(
      'no',
      `\\b(?:onskj?er?|ynskjer?) (?:at )?(?:jeg|eg) (?:var dod|var daud|kunne ${DIE_NO}|aldri (?:ble|vart|var|hadde blitt) (?:fodt|fodd)|ikke fantes|ikkje fanst)\\b`,
    ),
    // Not wanting to live, to be here, to exist, to wake up. "… leve i Oslo", "… live forever" are about a place
    // or a song, not a life.
    rule(
      'no',
      `\\b(?:vil|orker|orke|orkar|gidder|klarer|klarar|onsker|onskjer|ynskjer|lyst) ${NOT} (?:a )?(?:leve|leva|lev)\\b(?! (?:i|pa|med|uten|utan|sammen|saman|som|av|hos|der|her|hjemme|heime|alene|aleine|evig|for alltid|til))`,
    ),
    rule(
      'no',
      `\\b${NOT} (?:lyst|lust) (?:til )?a (?:leve|leva)\\b(?! (?:i|pa|med|uten|utan|sammen|saman|som|av|hos|der|her|hjemme|heime|alene|aleine|evig|for alltid|til))`,
    ),
    rule(
      'no',
      `\\b(?:vil|onsker|orker) ${NOT} (?:a )?(?:vere (?:her (?:lenger|lengre|mer|meir)|til|i live|pa jorda)|eksistere|finnes|finnast)\\b`,
    ),
    rule(
      'en',
      `\\b(?:dont|do not|dont really|no longer|never) (?:want|wanna|wish) (?:to )?(?:live|be alive|exist|be here anymore|wake up)\\b(?! (?:in|with|without|near|forever|there|here|alone|together|on|at|for|early|like that))`,
    ),
    rule(
      'en',
      `\\b(?:hope|hoping|wish) (?:that )?i (?:dont|never|do not|wont) wake up\\b|\\bnever wake up again\\b|\\bsleep (?:and|n) never wake up\\b`,
    ),
    rule(
      'no',
      `\\bhap[ae]r (?:at )?(?:jeg|eg) ${NOT} vakner\\b|\\b(?:aldri|${NOT}) (?:a )?vakne (?:igjen|att|opp igjen|mer|meir)\\b`,
    ),
    // Tired of living, and no reason left to.
    rule(
      'no',
      `\\b(?:orker|orke|orkar|gidder|klarer|klarar) ${NOT} (?:mer av )?livet\\b|\\b(?:lei|dritlei|sliten|trott) (?:av )?(?:livet|a leve)\\b|\\bingen grunn til a leve\\b|\\b${NOT} verdt a leve\\b|\\blivet er ${NOT} verdt\\b`,
    ),
    rule(
      'en',
      `\\b(?:tired|sick) of (?:living|life|being alive)\\b|\\bgiv(?:e|ing) up on (?:life|living)\\b|\\bno reason to live\\b|\\bnothing (?:left )?to live for\\b|\\bno point (?:in )?(?:living|life|being alive)\\b|\\bnot worth living\\b|\\bbetter off (?:dead|without me)\\b`,
    ),
    rule(
      'no',
      `\\bingen (?:vil|ville|kommer til a|hadde) (?:savnet?|sakn[ea]) meg\\b|\\b(?:bedre|betre) (?:om|hvis|viss|dersom) (?:jeg|eg) (?:var|er) (?:dod|daud|borte)\\b`,
    ),
    rule('en', `\\b(?:nobody|no one|noone) (?:would|will|is going to) (?:miss|notice|care)\\b`),
    // No way out, said of oneself: "jeg ser ingen vei ut", "i see no way out".
    rule('no', `\\b(?:j?eg|meg) (?:ser|finner|finn) (?:ingen|ikke noen|ikkje nokon) (?:vei|veg|utvei)(?: ut)?\\b`),
    rule('en', `\\bi (?:see|can see|have|can find|cant see|cannot see|dont see)(?: no| a| any)? way out\\b`, {
      unless: /\b(escape room|game|maze|puzzle)\b/,
    }),
    // Feeling a burden to others: "jeg er bare en byrde", "føler meg som ei byrde", "i feel like a burden".
    rule(
      'no',
      `\\b(?:j?eg er|foler meg som|im|i am|feel like)(?: im)?(?: bare| berre| just)?(?: ei?n?| a)? (?:byrde|burden)\\b`,
    ),
    // Self-harm: selvskading, sjølvskading, self-harm, skade meg selv, kutte meg, rispe meg, cutting myself.
    rule('no', `\\b(?:selv|sjolv|sjol|self) ?skad`),
    rule('en', `\\bself ?(?:harm|injur|mutilat)|\\bhid(?:e|ing) (?:my |the |self harm )?(?:cuts|scars)\\b`),
    rule('no', `\\bskjule (?:kutt|arr|kuttene|arrene)\\b`),
    rule('no', `\\bskad(?:er?|et|ar?) ${MYSELF_NO} (?:selv|sjolv|sjol)\\b`, { unless: ACCIDENT_NO }),
    rule('no', `\\b(?:kutt(?:e|er|et|a|ar)|cutt(?:e|er|et)|risp(?:e|er|et|a)|skjerer?) ${MYSELF_NO}\\b`, {
      unless:
        /\b(finger\w*|tommel\w*|papir\w*|barber\w*|kjokken\w*|ut|fri|ned|loss|los|glass\w*|sting|sydd|lugg|pannelugg|sukker|karbo\w*|kalorier|mat)\b/,
    }),
    rule('en', `\\b(?:cut(?:s|ting)?|(?:burn|harm)(?:s|ing)?) ${MYSELF_EN}\\b`, {
      unless:
        /\b(shaving|finger\w*|thumb|paper|cooking|kitchen|stove|oven|iron|accident\w*|bangs|fringe|sun|sunburn)\b/,
    }),
    // Ways to die (method-seeking): 113 goes first.
    rule(
      'en',
      `\\b(?:easiest|quickest|fastest|painless|best|easy|quick|simple|least painful|most painless|peaceful) (?:way|ways|method|methods) (?:to die|of dying|to kill ${MYSELF_EN}|to end (?:it|my life)|to commit|of suicide)\\b|\\bpainless (?:death|dying|suicide)\\b|\\bhow (?:to|do i|can i|should i) (?:kill ${MYSELF_EN}|end my life|overdose|od)\\b`,
      { danger: true },
    ),
    rule(
      'no',
      `\\b(?:mater|mate|metoder?|beste mate|enkleste mate|raskeste mate) (?:a|for a) (?:${DIE_NO}|ta livet|ende livet|avslutte livet)\\b|\\bsmertefri(?:tt|e)? (?:dod|daud|${DIE_NO}|a ${DIE_NO})\\b|\\b${DIE_NO} smertefritt\\b|\\b(?:hvordan|korleis|kordan) (?:kan (?:man|jeg|eg) )?(?:ta livet|ende livet|avslutte livet|ta overdose)\\b`,
      { danger: true },
    ),
    rule(
      'en',
      `\\b(?:tak(?:e|en|ing)|took) (?:an |a )?(?:overdose|od)\\b|\\b(?:overdos(?:e|ing)|od) on\\b|\\b(?:die|dying) (?:from|of) (?:an |a )?(?:\\w+ )?(?:overdose|pills)\\b|\\btoo many (?:pills|tablets|sleeping pills|painkillers|paracetamol|tylenol)\\b|\\bhow (?:many|much) (?:\\w+ ){1,5}(?:to die|to kill (?:you|me|${MYSELF_EN})|to overdose|to od|is lethal|is fatal)\\b`,
      { danger: true },
    ),
    rule(
      'no',
      `\\b(?:ta|tok|tatt|tar) (?:en |ei )?overdose\\b|\\boverdose (?:pa|av) \\w|\\bfor mange (?:piller|tabletter|sovepiller|sovetabletter|paracet\\w*|ibux|smertestillende)\\b|\\b(?:hvor|kor) (?:mange|mye|hoyt) (?:\\w+ ){1,5}(?:for a ${DIE_NO}|a ${DIE_NO}|er dodelig|til overdose)\\b|\\b(?:lethal|fatal|dodelig) (?:dose|mengde) (?:of |av )?(?:paracet|ibu|tylenol|insulin|\\w*pill)`,
      // The last: a lethal dose of a medicine, asked at any length (of anything else: see the weak rules).
      { danger: true },
    ),
    // A noose, or a number of pills taken at once: method-seeking whoever it is about.
    rule(
      'en',
      `\\b(?:tie|tying|make|making) (?:a )?noose\\b|\\b(?:take|took|taking|swallow(?:ed|ing)?) (?:\\d{2,}|a (?:whole )?bottle of|all (?:my|the|of my)) (?:\\w+ )?(?:pills|tablets|paracetamol|tylenol|painkillers|sleeping pills)\\b`,
      { danger: true },
    ),
    rule(
      'no',
      `\\b(?:ta|tar|tok|svelge|svelger|svelgja) (?:\\d{2,}|et helt glass|alle) (?:\\w+ )?(?:piller|tabletter|paracet\\w*|sovepiller|smertestillende)\\b`,
      { danger: true },
    ),
    rule('en', `\\b(?:(?:hang|drown|shoot|poison)(?:ing)?|suffocate|strangle) ${MYSELF_EN}\\b(?! in the foot)`, {
      danger: true,
    }),
    rule(
      'no',
      `\\b(?:hange|henger?|drukner?|skyter?|forgifte|kvele|gasse) (?:meg|seg)(?: selv| sjolv)?\\b(?! (?:pa|med|ut|opp|rundt|i foten))`,
      { danger: true, unless: /\b(foten|fot)\b/ },
    ),
    rule(
      'no',
      `\\bkast(?:er?|a) (?:meg|seg) (?:foran|framfor|under|ut)\\b|\\b(?:kutte|kutt|skjere) (?:opp )?(?:pulsar\\w*|handledd\\w*|arene)\\b`,
      { danger: true },
    ),
    rule(
      'en',
      `\\b(?:throw|throwing) ${MYSELF_EN} (?:in front of|under|off)\\b|\\b(?:slit|slitting|cut|cutting) (?:my |your |his |her )?(?:wrists?|veins?)\\b`,
      {
        danger: true,
      },
    ),
  ];

  /** The query's words beyond which a weak rule no longer fires. */
  const SHORT_QUERY_WORDS = 7;

  /** Rules whose words have ordinary senses too: they fire only inside a short query. */
  const WEAK_RULES: readonly Rule[] = [
    // "vil dø" is also "will die" ("planten vil dø"), so only in a few words.
    rule('no', `\\b(?:vil|ville) ${DIE_NO}\\b`),
    rule('no', `\\b(?:hvordan|korleis|kordan) (?:kan (?:man|jeg|eg) )?${DIE_NO}\\b`, { danger: true }),
    rule('en', `\\bhow (?:to|do i|can i|should i) die\\b`, { danger: true }),
    rule(
      'no',
      `\\b(?:vondt|smertefullt) a ${DIE_NO}\\b|\\b(?:vil|onsker a|lyst til a|lyst a)(?: bare| berre| helst)? forsvinne\\b|\\b(?:hvorfor|kvifor) (?:skal|skulle) (?:jeg|eg) leve\\b`,
    ),
    rule(
      'en',
      `\\bdoes it hurt to die\\b|\\b(?:want|wanna) (?:to )?disappear\\b|\\bwhy (?:should i|would i|do i) (?:live|go on|keep living)\\b|\\blife is (?:pointless|meaningless)\\b`,
    ),
    rule('en', `\\b(?:want to|wanna|gonna|going to|should i|might|will) kms\\b|^ kms $`),
    // Giving up: "orker ikke mer", "kan ikkje meir", "klarer ikke mer av livet", "holder ikke ut lenger", "can't go on".
    rule(
      'no',
      `\\b(?:ork(?:er|e|a|ar)|klar(?:er|ar)|takl(?:er|ar)|gidder|kan) ${NOT} (?:mer|meir|mere|lenger|lengre)(?: (?:av )?(?:livet|dette|alt|no|noko))?(?: (?:hjelp|hva (?:gjor|skal) (?:jeg|man)|kva gjer eg))? $`,
    ),
    rule('no', `^ (?:jeg |eg )?(?:vil|vil bare|vil berre|onsker a) ${NOT} (?:a )?vakne $`),
    rule('no', `\\b(?:h[oa]lder|held) ${NOT} ut(?: (?:mer|meir|lenger|lengre))? $`),
    rule(
      'no',
      `\\b(?:hater|hatar|hata) (?:livet|meg selv|meg sjolv|meg sjol)\\b|\\bingen (?:bryr|bryr seg|brydde seg) (?:seg )?om meg\\b|\\b(?:bedre|betre) (?:uten|utan) meg\\b|\\b(?:vitsen med|vits|meningslost) (?:a leve|livet)\\b|\\bingen mening med livet\\b|\\blivet (?:mitt )?(?:er|har) (?:meningslost|ingen mening)\\b`,
    ),
    rule(
      'en',
      `\\b(?:cant|can not|cannot) (?:go on|take (?:it|this) (?:anymore|any more|no more)|do (?:this|it) (?:anymore|any more)|live like this|keep going)\\b|\\bhate my life\\b|\\bhate ${MYSELF_EN}\\b|\\b(?:nobody|no one) cares (?:about me|if i)\\b|\\bwhats the point (?:of|in) (?:living|life)\\b`,
    ),
    rule('en', `\\b(?:hurt(?:s|ing)?|hit(?:ting)?|starv(?:e|ing)|scratch(?:ing)?) ${MYSELF_EN}\\b`, {
      unless: ACCIDENT_EN,
    }),
    // A burden to the people around one, said without "I": "byrde for alle", "a burden to my family".
    rule('no', `\\b(?:byrde|burden) (?:for|to|on) (?:alle|andre|familien|everyone|others|my family)\\b`),
    // Lethal doses and jumping from a height: method-seeking, but the words also belong to other questions.
    rule(
      'en',
      `\\b(?:lethal|fatal|deadly) (?:dose|amount)\\b|\\bjump(?:ing)? (?:off|from|in front of) (?:a |the )?(?:bridge|building|roof|train|cliff|balcony|window)\\b`,
      {
        danger: true,
        unless: /\b(water|bungee|diving|dive|swim\w*|parachute|ski|skiing)\b/,
      },
    ),
    rule(
      'no',
      `\\boverdose (?:paracet\\w*|piller|tabletter|sovepiller|ibux|insulin|pills|tylenol)\\b|\\bdodelig (?:dose|mengde)\\b|\\bhopp(?:e|er)? (?:foran|framfor|fra|ut fra) (?:et |ei )?(?:tog|toget|t banen|bussen|bro|broa|broen|brua|bru|taket|blokka|stupet|balkongen|vinduet)\\b`,
      {
        danger: true,
        unless: /\b(vann|vannet|sjoen|bading|bade|stup|stupe|strikk\w*|fallskjerm|ski|badeplass\w*)\b/,
      },
    ),
  ];

  /** Words that say it is happening now, or planned: with any rule's match, 113 goes first. */
  const DANGER_NOW =
    /\b(i kveld|ikveld|i natt|inatt|akkurat na|right now|tonight|har tatt|have taken|just took|planlegger|planning|plan to|har bestemt meg|decided to|avskjedsbrev|goodbye letter|suicide note|selvmordsbrev)\b/;

  /** Words that suggest a child or young person, asking or asked about: the youth lines join the card. */
  const YOUNG =
    /\b(ung|unge|ungdom\w*|tenaring\w*|teen\w*|barn|barnet|kid|kids|child|children|gutt|gutten|jente|jenta|jenter|sonn|sonnen|son|datter|datteren|dotter|dottera|daughter|elev\w*|skole\w*|skule\w*|ungdomsskole\w*|vgs|videregaende|klasse\w*|lerer\w*|laerer\w*|school|mobb\w*|bullied|bully\w*|mamma|pappa|mom|mum|mommy|dad|daddy|foreldre\w*|parents|stemor|stefar|(?:1[0-7]|[6-9]) ?(?:ar|years?|yo|yrs|year old)|(?:jeg er|eg er|i am|im) (?:1[0-7]|[6-9]))\b/;

  /** Words that say the query is about someone else: a friend, a child, a partner. */
  const SOMEONE_ELSE =
    /\b(venn\w*|venninn\w*|ven|venen|vener|venene|kjereste\w*|sonn\w*|datter\w*|dotter\w*|mamma|pappa|mor|moren|far|faren|bror|broren|sost\w*|syster\w*|mannen|kona|kone|kollega\w*|elev\w*|friend\w*|girlfriend|boyfriend|partner|husband|wife|son|daughter|mom|mum|dad|brother|sister|someone|somebody|non|nokon|han|hun|ho|he|she|hes|shes|they|theyre|himself|herself|themselves|his)\b/;
  /**
   * First-person words: with these the query is about the person asking, whoever else it names. Not "min" or
   * "my" ("vennen min" is someone else), and not "i", which is also Norwegian for "in" (see ENGLISH_I).
   */
  const FIRST_PERSON = /\b(jeg|jg|eg|meg|im|me|myself)\b/;
  const ENGLISH_I = /\bi\b/;

  /** Words only Nynorsk writes (after normalising, so "vere" and "vakne", shared with Bokmål, are not here). */
  const NYNORSK =
    /\b(eg|ikkje|ikkj|ikje|berre|kva|korleis|kvifor|korfor|kven|meir|noko|nokon|heile|sjolv\w*|sjol\w*|doy|daud|ynskjer|onskjer|orkar|klarar|utan|betre|mykje|kjem|dei|eit|ho|sakne|sakna|tenkjer|gjer|veit|heime|aleine|livet mitt er)\b/g;
  /** Words only Bokmål writes: with more of these than Nynorsk words, a mixed query reads as Bokmål. */
  const BOKMAL = /\b(jeg|jg|ikke|ikk|ike|hva|hvordan|hvorfor|hvem|non|mer|selv|bare)\b/g;
  /** Words common in Norwegian queries (Bokmål or Nynorsk) and not in English ones. */
  const NORWEGIAN =
    /\b(jeg|jg|ikke|ikk|ike|hva|hvordan|hvorfor|hvem|bare|mer|non|meg|min|mitt|selv|vil|orker|lenger|livet|leve|av|og|til|er|en|et|hun|han|seg|sitt|ta|tok|skade|kutte|selvmord|selvskading|hjelp|lyst|vere|vakne|dod|foler|sa|hvis|nar|om|pa|med|som|det|har|tanker|tenker|alle|ingen|hvor|kor|mange|mye|hjelpe)\b/g;
  /** Words common in English queries and not in Norwegian ones ("i", "to", "do" and "all" are both). */
  const ENGLISH =
    /\b(im|my|me|myself|want|wanna|the|how|kill|die|dying|life|live|dont|cant|self|harm|friend|help|what|am|should|better|off|anymore|nobody|wish|dead|of|with|hurt|cut|cutting|way|ways|why|can|tired|hate|end|it|is|an|you|your|thoughts|feel|feeling|so|just|every|day|about|someone|who|when|if|are|be|have|has|this|that|from|on|get|really|signs|lethal|burden)\b/g;
  return {
    EXCLUSIONS,
    STRONG_RULES,
    SHORT_QUERY_WORDS,
    WEAK_RULES,
    DANGER_NOW,
    YOUNG,
    SOMEONE_ELSE,
    FIRST_PERSON,
    ENGLISH_I,
    NYNORSK,
    BOKMAL,
    NORWEGIAN,
    ENGLISH,
  };
}

let built: ReturnType<typeof buildRules> | undefined;

/** The rules, built once, on the first query that holds a word of any of them. */
export const crisisRules = () => (built ??= buildRules());
