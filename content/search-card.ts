import {
  PHONE_113,
  PHONE_ALARMTELEFONEN,
  PHONE_KIRKENS_SOS,
  PHONE_KORS_PA_HALSEN,
  PHONE_MENTAL_HELSE,
} from '../shared/catalogue/crisis-phones';
import type { Language } from '../shared/schema/languages';
import { telHref } from '../shared/schema/phone-number';
import { cardText } from './i18n/messages';
import type { CrisisMatch } from './match-crisis-query';

/** The lines the card may offer, by their catalogue ids. */
const PHONES = {
  'emergency-113': PHONE_113,
  'mental-helse-116123': PHONE_MENTAL_HELSE,
  'kirkens-sos': PHONE_KIRKENS_SOS,
  'alarmtelefonen-116111': PHONE_ALARMTELEFONEN,
  'kors-pa-halsen': PHONE_KORS_PA_HALSEN,
};
export type CrisisLine = keyof typeof PHONES;

export interface CardProps {
  match: CrisisMatch;
  lang: Language;
  /** The extension's guide page, for the link's href (a plain click goes through onOpenGuide). */
  guideUrl: string;
  onOpenGuide(): void;
  onHide(): void;
}

/** The lines the card offers, in order: 113 first when a life may be in danger, last otherwise. */
export function cardLines({ danger, young }: CrisisMatch): CrisisLine[] {
  const talk: CrisisLine[] = ['mental-helse-116123', 'kirkens-sos'];
  const youth: CrisisLine[] = young ? ['alarmtelefonen-116111', 'kors-pa-halsen'] : [];
  return danger ? ['emergency-113', ...youth, ...talk] : [...youth, ...talk, 'emergency-113'];
}

type Child = Node | string;

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attributes: Record<string, string>,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

/** One line as a tel: link: the number large, then who answers and, where the catalogue says so, "24/7". */
function callLink(doc: Document, id: CrisisLine, lang: Language): HTMLElement {
  const phone: { number: string; hours?: { type: string } } = PHONES[id];
  const what = [
    cardText(lang, `line.${id}`),
    phone.hours?.type === 'always' && id !== 'emergency-113' ? cardText(lang, 'card.open247') : '',
  ]
    .filter(Boolean)
    .join(', ');
  return el(
    doc,
    'li',
    {},
    el(
      doc,
      'a',
      { class: id === 'emergency-113' ? 'call danger' : 'call', href: telHref(phone.number), 'data-service': id },
      el(doc, 'span', { class: 'number' }, phone.number),
      el(doc, 'span', { class: 'what' }, what),
    ),
  );
}

/**
 * The card: a labelled region with one warm sentence, the lines as tel: links, a link to the guide and a Hide
 * button. Built with the DOM alone (no framework: the content script runs on every results page and is kept
 * small), in the given language, with its own `lang`. It never repeats the query and never names a method.
 */
export function renderCard(doc: Document, { match, lang, guideUrl, onOpenGuide, onHide }: CardProps): HTMLElement {
  const guide = el(doc, 'a', { href: guideUrl, target: '_blank', rel: 'noopener' }, cardText(lang, 'card.guide'));
  guide.addEventListener('click', (event) => {
    // A web page may not open the extension's pages itself: the background opens the guide in a tab.
    event.preventDefault();
    onOpenGuide();
  });
  const hide = el(
    doc,
    'button',
    { type: 'button', class: 'hide', 'aria-label': cardText(lang, 'card.hideLabel') },
    cardText(lang, 'card.hide'),
  );
  hide.addEventListener('click', onHide);
  return el(
    doc,
    'section',
    { class: 'card', lang, 'aria-label': cardText(lang, 'card.label') },
    el(doc, 'p', { class: 'lead' }, cardText(lang, match.forWhom === 'self' ? 'card.self' : 'card.someoneElse')),
    el(doc, 'ul', { class: 'calls' }, ...cardLines(match).map((id) => callLink(doc, id, lang))),
    el(doc, 'p', { class: 'foot' }, guide, hide),
  );
}

/** Whether the page is dark: the colour behind its text, else the device's setting. */
export function pageIsDark(doc: Document): boolean {
  const view = doc.defaultView;
  if (!view) return false;
  for (const element of [doc.body, doc.documentElement]) {
    if (!element) continue;
    const channels =
      view
        .getComputedStyle(element)
        .backgroundColor.match(/[\d.]+/g)
        ?.map(Number) ?? [];
    const [r = 0, g = 0, b = 0, alpha = 1] = channels;
    if (channels.length >= 3 && alpha > 0) return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
  }
  return view.matchMedia('(prefers-color-scheme: dark)').matches;
}
