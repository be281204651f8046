// The configurator page (demo/configure.html): the form's choices drive the live <get-help-now> preview, the
// snippet and the CSP. Built by scripts/build-widget.mjs into dist/demo/configure.js, with the widget file's
// version and integrity written in at build time.
// From the core's public API, which keeps these names wherever their modules move.
import { type Municipality, searchMunicipalities } from '../../shared/index';
import { ATTRIBUTE_NAMES, ATTRIBUTES, type Attributes, parseConfig } from '../../widget/attributes';
import { pageContext } from '../../widget/page-context';
import {
  attributesFor,
  checkServices,
  type Choices,
  cspFor,
  type Problem,
  scriptSource,
  snippetFor,
  type WidgetFile,
} from './snippet';

/** Written in by the build: the version and sha384 integrity of dist/widget/get-help-now.js. */
declare const WIDGET_BUILD: { version: string; integrity: string };

const DEFAULT_SRC = 'https://your-cdn.example/get-help-now.js';
const MAX_MATCHES = 8;

const byId = <T extends HTMLElement>(id: string) => {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} is missing from configure.html`);
  return element as T;
};

const form = byId<HTMLFormElement>('choices');
const search = byId<HTMLInputElement>('municipality-search');
const matches = byId<HTMLUListElement>('municipality-matches');
const searchStatus = byId<HTMLParagraphElement>('municipality-status');
const chosenText = byId<HTMLSpanElement>('municipality-chosen-text');
const clearMunicipality = byId<HTMLButtonElement>('municipality-clear');
const accent = byId<HTMLInputElement>('accent');
const accentWarning = byId<HTMLParagraphElement>('accent-warning');
const headingLevel = byId<HTMLSelectElement>('heading-level');
const services = byId<HTMLTextAreaElement>('services');
const servicesResult = byId<HTMLDivElement>('services-result');
const scriptUrl = byId<HTMLInputElement>('script-url');
const preview = byId<HTMLElement>('preview');
const snippet = byId<HTMLElement>('snippet');
const snippetAbout = byId<HTMLParagraphElement>('snippet-about');
const copy = byId<HTMLButtonElement>('copy');
const copyStatus = byId<HTMLSpanElement>('copy-status');
const csp = byId<HTMLElement>('csp');
const cspNote = byId<HTMLParagraphElement>('csp-note');

let municipality: Municipality | undefined;
scriptUrl.value = DEFAULT_SRC;

const radio = (name: string) => (form.elements.namedItem(name) as RadioNodeList).value;

function choices(): Choices {
  return {
    municipality: municipality?.number ?? '',
    view: radio('view') as Choices['view'],
    lang: radio('lang') as Choices['lang'],
    audience: radio('audience') as Choices['audience'],
    theme: radio('theme') as Choices['theme'],
    accent: accent.value,
    headingLevel: headingLevel.value,
  };
}

const displayName = (m: Municipality) => (m.samiName ? `${m.name} – ${m.samiName}` : m.name);

function showMatches(): void {
  const query = search.value.trim();
  const found = query ? searchMunicipalities(query) : [];
  const shown = found.slice(0, MAX_MATCHES);
  matches.replaceChildren(
    ...shown.map((m) => {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = `${displayName(m)} (${m.number})`;
      button.addEventListener('click', () => choose(m));
      item.append(button);
      return item;
    }),
  );
  if (!query) searchStatus.textContent = '';
  else if (found.length === 0) searchStatus.textContent = 'No municipality matches.';
  else if (found.length === 1) searchStatus.textContent = '1 municipality matches.';
  else if (found.length > shown.length) {
    searchStatus.textContent = `${found.length} municipalities match; the first ${shown.length} are shown.`;
  } else searchStatus.textContent = `${found.length} municipalities match.`;
}

function choose(m: Municipality | undefined): void {
  municipality = m;
  search.value = '';
  showMatches();
  chosenText.textContent = m ? `Chosen: ${displayName(m)} (${m.number}).` : 'None: the guide gives national help.';
  searchStatus.textContent = m ? `Chosen municipality: ${displayName(m)}.` : 'The municipality is removed.';
  clearMunicipality.hidden = !m;
  search.focus();
  update();
}

/** The preview's child script with the host's services, replaced or removed as the text changes. */
function setPreviewServices(json: string | undefined): void {
  const current = preview.querySelector(':scope > script[type="application/json"]');
  if (json === undefined) {
    current?.remove();
    return;
  }
  if (current?.textContent === json) return;
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = json;
  if (current) current.replaceWith(script);
  else preview.append(script);
}

function showProblems(problems: readonly Problem[]): void {
  const heading = document.createElement('p');
  heading.className = 'warning';
  heading.textContent =
    problems.length === 1
      ? 'One problem: the widget would ignore this file and show the national services only.'
      : `${problems.length} problems: the widget would ignore this file and show the national services only.`;
  const list = document.createElement('ul');
  list.className = 'problems';
  for (const { path, message } of problems) {
    const item = document.createElement('li');
    if (path) {
      const where = document.createElement('code');
      where.textContent = path;
      item.append(where, `: ${message}`);
    } else item.textContent = message;
    list.append(item);
  }
  servicesResult.replaceChildren(heading, list);
}

/** The accent's warnings, in the widget's own words (parsed as the preview parses it), shown by the field. */
function accentWarnings(attributes: Attributes): string[] {
  const { warnings } = parseConfig(attributes, pageContext(preview));
  return warnings.filter((w) => w.includes(`${ATTRIBUTES.accent.name}=`));
}

function update(): void {
  const chosen = choices();
  const file: WidgetFile = { src: scriptUrl.value.trim() || DEFAULT_SRC, integrity: WIDGET_BUILD.integrity };

  // The preview: every attribute the snippet has, and none that it has not.
  const attributes: Attributes = {};
  const snippetAttributes = new Map(attributesFor(chosen));
  for (const name of ATTRIBUTE_NAMES) {
    const value = snippetAttributes.get(name);
    attributes[name] = value ?? null;
    if (value === undefined) preview.removeAttribute(name);
    else if (preview.getAttribute(name) !== value) preview.setAttribute(name, value);
  }

  const warnings = accentWarnings(attributes);
  accentWarning.textContent = warnings.join(' ');
  accent.setAttribute('aria-invalid', String(warnings.some((w) => w.includes('is not a CSS colour'))));

  const check = checkServices(services.value);
  if (check.state === 'invalid') {
    showProblems(check.problems);
    services.setAttribute('aria-invalid', 'true');
    setPreviewServices(undefined);
  } else {
    services.setAttribute('aria-invalid', 'false');
    const note = document.createElement('p');
    note.className = 'ok';
    note.textContent =
      check.state === 'valid'
        ? `Valid: ${check.services.length === 1 ? '1 service' : `${check.services.length} services`}, shown in the preview.`
        : '';
    servicesResult.replaceChildren(...(note.textContent ? [note] : []));
    setPreviewServices(check.state === 'valid' ? JSON.stringify({ services: check.services }) : undefined);
  }

  const code = snippetFor(chosen, file, check.state === 'valid' ? check.services : undefined);
  if (snippet.textContent !== code) {
    snippet.textContent = code;
    copyStatus.textContent = '';
  }
  snippetAbout.textContent =
    `get-help-now.js version ${WIDGET_BUILD.version}. The integrity value pins this exact file: the browser ` +
    'refuses a copy that differs. When you update the file, copy the code again.';
  csp.textContent = cspFor(file);
  const source = scriptSource(file.src);
  cspNote.textContent =
    source === "'self'"
      ? 'The script is on your own site, so script-src needs nothing more than \u2019self\u2019.'
      : `The script comes from ${source}, so script-src must name it.`;
}

async function copySnippet(): Promise<void> {
  try {
    await navigator.clipboard.writeText(snippet.textContent ?? '');
    copyStatus.textContent = 'Copied. Paste it into your page’s HTML.';
  } catch {
    // No clipboard (an old browser, or permission refused): select the code for Ctrl+C instead.
    const range = document.createRange();
    range.selectNodeContents(snippet);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
    copyStatus.textContent = 'Could not copy by itself: the code is selected, press Ctrl+C (⌘C on a Mac).';
  }
}

search.addEventListener('input', showMatches);
search.addEventListener('keydown', (event) => {
  // Enter in the box takes the only match rather than submitting the form.
  if (event.key !== 'Enter') return;
  event.preventDefault();
  const found = searchMunicipalities(search.value);
  if (found.length === 1) choose(found[0]);
});
clearMunicipality.addEventListener('click', () => choose(undefined));
form.addEventListener('input', (event) => {
  if (event.target !== search) update();
});
form.addEventListener('change', (event) => {
  if (event.target !== search) update();
});
form.addEventListener('submit', (event) => event.preventDefault());
copy.addEventListener('click', () => void copySnippet());

update();
