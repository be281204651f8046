/**
 * My plan's texts in Bokmål, written for this project in plain language and safe-messaging style. Kept apart
 * from the popup's and the options page's texts: only the plan page ships them. nn.ts and en.ts are typed
 * against these keys. The page loads one language's file.
 */
export const messages = {
  'plan.intro': 'En plan i dine egne ord, for stunder da alt blir for mye.',
  'plan.note':
    'Planen blir best når du lager den sammen med en behandler eller fastlegen din. Skriv den ut og ta den med. Den er ikke en vurdering av risiko, og den erstatter ikke 113: er livet i fare, ring 113.',
  'plan.saved': 'Lagret i denne nettleseren.',
  'plan.saveFailed': 'Endringen kunne ikke lagres. Prøv igjen, eller last ned en kopi av planen.',
  'plan.unreadable': 'Planen kunne ikke hentes fra nettleserens lagring. Prøv å laste siden på nytt.',
  'plan.crisis': 'Jeg trenger planen min nå',
  'plan.print': 'Skriv ut',
  'plan.printed': 'Skrevet ut {date}',
  'plan.updated': 'Sist endret {date}',
  'plan.remove': 'Fjern',
  'plan.call': 'Ring {name}',
  'plan.website': 'Nettside: {host}',

  'warningSigns.heading': 'Mine varseltegn',
  'warningSigns.guidance':
    'Tanker, følelser, situasjoner eller ting du gjør som kan fortelle at en krise er på vei. For eksempel: «Jeg slutter å svare på meldinger.»',
  'warningSigns.item': 'Varseltegn {n}',
  'warningSigns.add': 'Legg til et varseltegn',
  'onMyOwn.heading': 'Dette kan jeg gjøre på egen hånd',
  'onMyOwn.guidance':
    'Ting som hjelper deg gjennom en vond stund uten å kontakte noen: gå en tur, høre på musikk, ta en dusj, puste rolig.',
  'onMyOwn.item': 'Noe jeg kan gjøre {n}',
  'onMyOwn.add': 'Legg til noe du kan gjøre',
  'breaks.heading': 'Folk og steder som gir meg en pause',
  'breaks.guidance':
    'Mennesker du kan være sammen med, og steder du kan gå til, som får tankene over på noe annet. Du trenger ikke å fortelle dem hvordan du har det.',
  'breaks.item': 'Person eller sted {n}',
  'breaks.add': 'Legg til en person eller et sted',
  'helpers.heading': 'Folk jeg kan be om hjelp',
  'helpers.guidance':
    'Noen du stoler på og kan si fra til når det er vanskelig. Skriv navn og telefonnummer, så kan du ringe med ett trykk.',
  'helpers.name': 'Navn, person {n}',
  'helpers.phone': 'Telefon, person {n}',
  'helpers.add': 'Legg til en person',
  'helpers.item': 'person {n}',
  'services.heading': 'Fagfolk og tjenester jeg kan kontakte',
  'services.guidance':
    'Noen er fylt inn for deg. Skriv inn nummeret til fastlegen din og andre du går til, og fjern det du ikke trenger.',
  'services.name': 'Navn, tjeneste {n}',
  'services.phone': 'Telefon, tjeneste {n}',
  'services.add': 'Legg til en tjeneste',
  'services.item': 'tjeneste {n}',
  'services.gp': 'Fastlegen min',
  'services.press2': 'tast 2',
  'services.municipality': '{name} kommune: psykisk helse',
  'saferSurroundings.heading': 'Tryggere omgivelser',
  'saferSurroundings.guidance':
    'Hva kan gjøre det tryggere rundt deg i en vanskelig stund? Noen ber en de stoler på om å ta vare på ting for dem en stund. Snakk gjerne med behandleren din om dette.',
  'saferSurroundings.item': 'Noe som gjør det tryggere {n}',
  'saferSurroundings.add': 'Legg til noe som gjør det tryggere',
  'reasonsToLive.heading': 'Det som gjør livet verdt å leve for meg',
  'reasonsToLive.guidance': 'Mennesker, dyr, planer, noe du gleder deg til eller bryr deg om. Små ting teller også.',
  'reasonsToLive.item': 'Noe som betyr noe for meg {n}',
  'reasonsToLive.add': 'Legg til noe som betyr noe',

  'crisis.progress': 'Steg {n} av {total}',
  'crisis.next': 'Neste',
  'crisis.back': 'Forrige',
  'crisis.close': 'Til hele planen',
  'crisis.end':
    'Du har gått gjennom planen din. Er det fortsatt vanskelig, ring en av linjene øverst. De svarer hele døgnet. Er livet i fare, ring 113.',
  'crisis.endHeading': 'Du er ikke alene',

  'file.heading': 'Ta vare på en kopi',
  'file.text':
    'Last ned planen som en fil, for eksempel for å flytte den til en annen nettleser. Filen er ikke kryptert: alle som åpner den, kan lese planen.',
  'file.name': 'min-plan',
  'file.export': 'Last ned planen',
  'file.import': 'Hent en plan fra fil',
  'file.importHeading': 'Vil du erstatte planen din?',
  'file.importFrom': 'Filen ble lagret {date}. Dette blir erstattet:',
  'file.importCount': '{section}: {current} nå, {incoming} fra filen',
  'file.importConfirm': 'Erstatt planen min',
  'file.importCancel': 'Behold planen jeg har',
  'file.imported': 'Planen fra filen er hentet inn.',
  'file.notAPlan': 'Denne filen er ikke en plan fra Få hjelp nå.',
  'file.newer': 'Filen er laget av en nyere versjon av utvidelsen. Oppdater utvidelsen og prøv igjen.',
  'file.invalid': 'Filen kunne ikke leses. Den kan være skadet.',

  'lock.heading': 'Lås planen',
  'lock.text':
    'Deler du datamaskin med andre? Med en PIN-kode eller et passord blir planen kryptert i nettleseren. Nødnumrene vises også når planen er låst.',
  'lock.strength': 'Et passord på flere ord er tryggere enn en kort PIN-kode.',
  'lock.forget':
    'Glemmer du koden, kan planen ikke hentes tilbake. Ingen kan åpne den, heller ikke vi. Da kan du bare slette den og begynne på nytt.',
  'lock.secret': 'PIN-kode eller passord',
  'lock.repeat': 'Skriv den en gang til',
  'lock.set': 'Lås planen',
  'lock.tooShort': 'Bruk minst 4 tegn.',
  'lock.mismatch': 'De to er ikke like.',
  'lock.on': 'Planen er låst med kode. Den er åpen i denne fanen til du lukker fanen eller låser den.',
  'lock.now': 'Lås nå',
  'lock.remove': 'Fjern låsen',
  'lock.removed': 'Låsen er fjernet.',
  'lock.locked': 'Planen er låst.',
  'locked.heading': 'Planen er låst',
  'locked.open': 'Åpne planen',
  'locked.wrong': 'Koden stemmer ikke. Prøv igjen.',
  'locked.forgot': 'Glemt koden?',

  'aside.heading': 'En lagret plan kunne ikke leses',
  'aside.text':
    'Den er lagt til side, ikke slettet. Du kan laste den ned og se om noe kan reddes, eller slette den. Du kan skrive en ny plan her.',
  'aside.newer': 'Den ble lagret av en nyere versjon av utvidelsen.',
  'aside.download': 'Last ned planen som ikke kunne leses',
  'aside.drop': 'Slett planen som ikke kunne leses',

  'delete.heading': 'Slett planen',
  'delete.uninstall':
    'Planen finnes bare i denne nettleseren. Avinstallerer du utvidelsen, blir planen slettet. Last ned en kopi først hvis du vil beholde den.',
  'delete.button': 'Slett planen min',
  'delete.confirm': 'Vil du slette planen? Det kan ikke angres.',
  'delete.yes': 'Ja, slett planen',
  'delete.no': 'Nei, behold den',
  'delete.done': 'Planen er slettet. Ingenting av den er lagret lenger.',

  'privacy.heading': 'Hvor planen er',
  'privacy.text':
    'Planen lagres mens du skriver, bare i denne nettleseren (storage.local). Den synkroniseres ikke og sendes ingen steder. Vi som har laget utvidelsen, ser den aldri.',
} as const;

export type SafetyPlanMessages = Record<keyof typeof messages, string>;
