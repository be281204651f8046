import type { SafetyPlanMessages } from '../nb/my-plan';

/** My plan's texts in Nynorsk. Typed against nb's keys: a missing key fails the type check. */
export const messages: SafetyPlanMessages = {
  'plan.intro': 'Ein plan med dine eigne ord, for stunder då alt blir for mykje.',
  'plan.note':
    'Planen blir best når du lagar han saman med ein behandlar eller fastlegen din. Skriv han ut og ta han med. Han er ikkje ei vurdering av risiko, og han erstattar ikkje 113: er livet i fare, ring 113.',
  'plan.saved': 'Lagra i denne nettlesaren.',
  'plan.saveFailed': 'Endringa kunne ikkje lagrast. Prøv igjen, eller last ned ein kopi av planen.',
  'plan.unreadable': 'Planen kunne ikkje hentast frå lagringa i nettlesaren. Prøv å laste sida på nytt.',
  'plan.crisis': 'Eg treng planen min no',
  'plan.print': 'Skriv ut',
  'plan.printed': 'Skriven ut {date}',
  'plan.updated': 'Sist endra {date}',
  'plan.remove': 'Fjern',
  'plan.call': 'Ring {name}',
  'plan.website': 'Nettside: {host}',

  'warningSigns.heading': 'Varselteikna mine',
  'warningSigns.guidance':
    'Tankar, kjensler, situasjonar eller ting du gjer som kan fortelje at ei krise er på veg. Til dømes: «Eg sluttar å svare på meldingar.»',
  'warningSigns.item': 'Varselteikn {n}',
  'warningSigns.add': 'Legg til eit varselteikn',
  'onMyOwn.heading': 'Dette kan eg gjere på eiga hand',
  'onMyOwn.guidance':
    'Ting som hjelper deg gjennom ei vond stund utan å kontakte nokon: gå ein tur, høyre på musikk, ta ein dusj, puste roleg.',
  'onMyOwn.item': 'Noko eg kan gjere {n}',
  'onMyOwn.add': 'Legg til noko du kan gjere',
  'breaks.heading': 'Folk og stader som gir meg ei pause',
  'breaks.guidance':
    'Menneske du kan vere saman med, og stader du kan gå til, som får tankane over på noko anna. Du treng ikkje fortelje dei korleis du har det.',
  'breaks.item': 'Person eller stad {n}',
  'breaks.add': 'Legg til ein person eller ein stad',
  'helpers.heading': 'Folk eg kan be om hjelp',
  'helpers.guidance':
    'Nokon du stolar på og kan seie frå til når det er vanskeleg. Skriv namn og telefonnummer, så kan du ringje med eitt trykk.',
  'helpers.name': 'Namn, person {n}',
  'helpers.phone': 'Telefon, person {n}',
  'helpers.add': 'Legg til ein person',
  'helpers.item': 'person {n}',
  'services.heading': 'Fagfolk og tenester eg kan kontakte',
  'services.guidance':
    'Nokre er fylte inn for deg. Skriv inn nummeret til fastlegen din og andre du går til, og fjern det du ikkje treng.',
  'services.name': 'Namn, teneste {n}',
  'services.phone': 'Telefon, teneste {n}',
  'services.add': 'Legg til ei teneste',
  'services.item': 'teneste {n}',
  'services.gp': 'Fastlegen min',
  'services.press2': 'tast 2',
  'services.municipality': '{name} kommune: psykisk helse',
  'saferSurroundings.heading': 'Tryggare omgivnader',
  'saferSurroundings.guidance':
    'Kva kan gjere det tryggare rundt deg i ei vanskeleg stund? Nokre ber ein dei stolar på om å ta vare på ting for dei ei stund. Snakk gjerne med behandlaren din om dette.',
  'saferSurroundings.item': 'Noko som gjer det tryggare {n}',
  'saferSurroundings.add': 'Legg til noko som gjer det tryggare',
  'reasonsToLive.heading': 'Det som gjer livet verdt å leve for meg',
  'reasonsToLive.guidance': 'Menneske, dyr, planar, noko du gler deg til eller bryr deg om. Små ting tel også.',
  'reasonsToLive.item': 'Noko som betyr noko for meg {n}',
  'reasonsToLive.add': 'Legg til noko som betyr noko',

  'crisis.progress': 'Steg {n} av {total}',
  'crisis.next': 'Neste',
  'crisis.back': 'Førre',
  'crisis.close': 'Til heile planen',
  'crisis.end':
    'Du har gått gjennom planen din. Er det framleis vanskeleg, ring ei av linjene øvst. Dei svarar heile døgeret. Er livet i fare, ring 113.',
  'crisis.endHeading': 'Du er ikkje åleine',

  'file.heading': 'Ta vare på ein kopi',
  'file.text':
    'Last ned planen som ei fil, til dømes for å flytte han til ein annan nettlesar. Fila er ikkje kryptert: alle som opnar henne, kan lese planen.',
  'file.name': 'min-plan',
  'file.export': 'Last ned planen',
  'file.import': 'Hent ein plan frå fil',
  'file.importHeading': 'Vil du erstatte planen din?',
  'file.importFrom': 'Fila vart lagra {date}. Dette blir erstatta:',
  'file.importCount': '{section}: {current} no, {incoming} frå fila',
  'file.importConfirm': 'Erstatt planen min',
  'file.importCancel': 'Behald planen eg har',
  'file.imported': 'Planen frå fila er henta inn.',
  'file.notAPlan': 'Denne fila er ikkje ein plan frå Få hjelp no.',
  'file.newer': 'Fila er laga av ein nyare versjon av utvidinga. Oppdater utvidinga og prøv igjen.',
  'file.invalid': 'Fila kunne ikkje lesast. Ho kan vere skadd.',

  'lock.heading': 'Lås planen',
  'lock.text':
    'Deler du datamaskin med andre? Med ein PIN-kode eller eit passord blir planen kryptert i nettlesaren. Naudnummera blir viste også når planen er låst.',
  'lock.strength': 'Eit passord på fleire ord er tryggare enn ein kort PIN-kode.',
  'lock.forget':
    'Gløymer du koden, kan planen ikkje hentast tilbake. Ingen kan opne han, heller ikkje vi. Då kan du berre slette han og byrje på nytt.',
  'lock.secret': 'PIN-kode eller passord',
  'lock.repeat': 'Skriv han ein gong til',
  'lock.set': 'Lås planen',
  'lock.tooShort': 'Bruk minst 4 teikn.',
  'lock.mismatch': 'Dei to er ikkje like.',
  'lock.on': 'Planen er låst med kode. Han er open i denne fana til du lukkar fana eller låser han.',
  'lock.now': 'Lås no',
  'lock.remove': 'Fjern låsen',
  'lock.removed': 'Låsen er fjerna.',
  'lock.locked': 'Planen er låst.',
  'locked.heading': 'Planen er låst',
  'locked.open': 'Opne planen',
  'locked.wrong': 'Koden stemmer ikkje. Prøv igjen.',
  'locked.forgot': 'Gløymt koden?',

  'aside.heading': 'Ein lagra plan kunne ikkje lesast',
  'aside.text':
    'Han er lagd til sides, ikkje sletta. Du kan laste han ned og sjå om noko kan reddast, eller slette han. Du kan skrive ein ny plan her.',
  'aside.newer': 'Han vart lagra av ein nyare versjon av utvidinga.',
  'aside.download': 'Last ned planen som ikkje kunne lesast',
  'aside.drop': 'Slett planen som ikkje kunne lesast',

  'delete.heading': 'Slett planen',
  'delete.uninstall':
    'Planen finst berre i denne nettlesaren. Avinstallerer du utvidinga, blir planen sletta. Last ned ein kopi først om du vil behalde han.',
  'delete.button': 'Slett planen min',
  'delete.confirm': 'Vil du slette planen? Det kan ikkje angrast.',
  'delete.yes': 'Ja, slett planen',
  'delete.no': 'Nei, behald han',
  'delete.done': 'Planen er sletta. Ingenting av han er lagra lenger.',

  'privacy.heading': 'Kvar planen er',
  'privacy.text':
    'Planen blir lagra medan du skriv, berre i denne nettlesaren (storage.local). Han blir ikkje synkronisert og blir ikkje send nokon stad. Vi som har laga utvidinga, ser han aldri.',
};
