import { batch, signal } from '@preact/signals';
import { h, render } from 'preact';
import { GUIDE_CSS } from '../shared/ui/styles';
import '../shared/i18n/all-languages';
import type { Language } from '../shared/schema/language-schema';
import { createGuideModel, type GuideModel } from '../shared/ui/guide-model';
import { accentCss, type Rgb } from './accent';
import { removeFontSample, showFontSample } from './font-warm-up';
import { ATTRIBUTES, type Attributes, type PageContext, parseConfig, type WidgetConfig } from './config';
import { fetchLocalServices, type Loaded, parseLocalServices } from './local-services';
import { EmergencyOnly, Widget, type WidgetState } from './Widget';

const PREFIX = '[get-help-now]';

// One parsed copy of the guide's stylesheet for every element on the page.
let guideSheet: CSSStyleSheet | undefined;
let colorContext: CanvasRenderingContext2D | null | undefined;
/**
 * A widget has been drawn on this page, so the code is compiled and warm: another element, or one moved in the
 * page, draws in the task that connects it, in a few milliseconds and with no empty frame.
 */
let warm = false;
/** How long #afterFrame waits for a frame that may not come. */
const FRAME_FALLBACK_MS = 100;

function canAdoptSheets(): boolean {
  return 'adoptedStyleSheets' in ShadowRoot.prototype && 'replaceSync' in CSSStyleSheet.prototype;
}

/** A CSS colour in sRGB, as the browser paints it: any syntax the browser knows, transparency over white. */
function resolveColor(value: string): Rgb | undefined {
  if (!CSS.supports('color', value)) return undefined;
  colorContext ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  if (!colorContext) return undefined;
  colorContext.clearRect(0, 0, 1, 1);
  colorContext.fillStyle = value;
  colorContext.fillRect(0, 0, 1, 1);
  const [r = 0, g = 0, b = 0, a = 255] = colorContext.getImageData(0, 0, 1, 1).data;
  const over = (c: number) => (c * a + 255 * (255 - a)) / 255;
  return [over(r), over(g), over(b)];
}

/**
 * `<get-help-now>`: where to turn for mental-health help in Norway, from a calm guide, with 113 and 116 117
 * one tap away from the first paint. Configured by data attributes (see ATTRIBUTES and the README); it
 * renders into an open shadow root, requests nothing but a `data-services` URL the host set, and never
 * throws into the host page: whatever fails, the emergency numbers stay on screen.
 *
 * The class has no side effects; `defineGetHelpNow()` registers it.
 */
export class GetHelpNowElement extends HTMLElement {
  static get observedAttributes(): string[] {
    return [...ATTRIBUTES];
  }

  #state: WidgetState | undefined;
  #model: GuideModel | undefined;
  /** The language picked in the guide's menu: kept in memory only, the widget writes no storage. */
  #chosenLang: Language | undefined;
  /** Aborted when the element leaves the page: fetches, observers and listeners all end with it. */
  #connection: AbortController | undefined;
  /** Aborted when another `data-services` value replaces the one being fetched. */
  #servicesLoad: AbortController | undefined;
  #accentSheet: CSSStyleSheet | undefined;
  #stylesAdopted = false;
  /** Warnings already given, so each bad value is reported once per element. */
  #warned = new Set<string>();

  constructor() {
    super();
    try {
      if (!this.shadowRoot) this.attachShadow({ mode: 'open' });
    } catch (error) {
      this.#fail(error);
    }
  }

  connectedCallback(): void {
    try {
      this.#connection?.abort();
      const connection = new AbortController();
      this.#connection = connection;
      if (warm) {
        this.#setUp();
        this.#show();
      } else {
        // The page's first widget spreads its work over short tasks: the script's evaluation (which a deferred
        // script shares with the page's first layout), parsing the stylesheet, the config, then the face. Before
        // the face, three frames lay out hidden samples of its fonts, two each (see font-warm-up.ts). Until the
        // face is drawn nothing in the shadow root shows or takes space, so the widget never shows without 113.
        const { signal } = connection;
        this.#later(signal, () => {
          this.#adoptStyles();
          this.#showFontSample(0);
          this.#afterFrame(signal, () => {
            this.#setUp();
            this.#showFontSample(1);
            this.#afterFrame(signal, () => {
              this.#showFontSample(2);
              this.#afterFrame(signal, () => this.#show());
            });
          });
        });
      }
      // Inline services may arrive after the element: a parser still reading its children, or a script.
      const observer = new MutationObserver(() => this.#safely(() => this.#loadInlineServices()));
      observer.observe(this, { childList: true, subtree: true, characterData: true });
      connection.signal.addEventListener('abort', () => observer.disconnect(), { once: true });
    } catch (error) {
      this.#fail(error);
    }
  }

  disconnectedCallback(): void {
    try {
      this.#connection?.abort();
      this.#connection = undefined;
      this.#servicesLoad = undefined;
      this.#state = undefined;
      const root = this.shadowRoot;
      if (root) {
        removeFontSample(root);
        render(null, root);
      }
    } catch {
      // Leaving the page: there is nothing left to show and nobody to tell.
    }
  }

  attributeChangedCallback(name: string, oldValue: string | null, newValue: string | null): void {
    const state = this.#state;
    // Before the first connection the attributes are read all at once; unchanged values need no work.
    if (!state || oldValue === newValue) return;
    this.#safely(() => {
      const config = this.#readConfig();
      this.#apply(config);
      if (name === 'data-services') this.#loadServices(config);
    });
  }

  /** Hands a new config to the signals the face renders from; the face re-renders what changed. */
  #apply(config: WidgetConfig): void {
    const state = this.#state;
    if (!state) return;
    const { model } = state;
    batch(() => {
      if (config.view !== state.config.value.view) state.dialogOpen.value = false;
      // The language menu's choice stands until the host's language changes (data-lang or the page's lang).
      if (config.lang !== state.config.value.lang) this.#chosenLang = undefined;
      model.lang.value = this.#chosenLang ?? config.lang;
      state.config.value = config;
      model.municipality.value = config.municipality;
      model.audience.value = config.audience;
    });
    this.#accentSheet?.replaceSync(accentCss(config.accent));
  }

  /** Reads the config and builds the state the face renders from. */
  #setUp(): void {
    this.#adoptStyles();
    const config = this.#readConfig();
    // The model outlives a move to another place in the page, so the person keeps their answers.
    this.#model ??= createGuideModel({ lang: config.lang });
    const model = this.#model;
    this.#state = {
      config: signal(config),
      model,
      dialogOpen: signal(false),
      chooseLanguage: (lang) => {
        this.#chosenLang = lang;
        model.lang.value = lang;
      },
    };
    this.#apply(config);
  }

  /** Draws the face and starts loading the host's services. */
  #show(): void {
    const state = this.#state;
    if (!state) return;
    if (this.shadowRoot) removeFontSample(this.shadowRoot);
    this.#render();
    warm = true;
    this.#loadServices(state.config.value);
  }

  #showFontSample(step: number): void {
    if (this.shadowRoot) showFontSample(this.shadowRoot, step);
  }

  /**
   * Runs `work` like #later, once the browser has drawn a frame (a frame's work goes first, when it is due).
   * A hidden page draws no frames, so a timer stands in for one there.
   */
  #afterFrame(signal: AbortSignal, work: () => void): void {
    let scheduled = false;
    const next = () => {
      if (scheduled || signal.aborted) return;
      scheduled = true;
      this.#later(signal, work);
    };
    const frame = requestAnimationFrame(() => setTimeout(next));
    const timer = setTimeout(next, FRAME_FALLBACK_MS);
    signal.addEventListener(
      'abort',
      () => {
        cancelAnimationFrame(frame);
        clearTimeout(timer);
      },
      { once: true },
    );
  }

  /** Runs `work` safely in a task of its own, unless `signal` aborts first. */
  #later(signal: AbortSignal, work: () => void): void {
    const timer = setTimeout(() => this.#safely(work));
    signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  }

  /** Runs `work`, and on any error falls back to the emergency numbers instead of throwing into the page. */
  #safely(work: () => void): void {
    try {
      work();
    } catch (error) {
      this.#fail(error);
    }
  }

  #readConfig(): WidgetConfig {
    const attributes: Attributes = {};
    for (const name of ATTRIBUTES) attributes[name] = this.getAttribute(name);
    const context: PageContext = {
      inheritedLangs: [this.closest('[lang]')?.getAttribute('lang') ?? '', document.documentElement.lang],
      baseUrl: document.baseURI,
      resolveColor,
    };
    const { config, warnings } = parseConfig(attributes, context);
    for (const message of warnings) this.#warn(message);
    return config;
  }

  #warn(message: string): void {
    if (this.#warned.has(message)) return;
    this.#warned.add(message);
    console.warn(message);
  }

  #adoptStyles(): void {
    const root = this.shadowRoot;
    if (!root || this.#stylesAdopted) return;
    this.#stylesAdopted = true;
    if (canAdoptSheets()) {
      if (!guideSheet) {
        guideSheet = new CSSStyleSheet();
        guideSheet.replaceSync(GUIDE_CSS);
      }
      this.#accentSheet = new CSSStyleSheet();
      root.adoptedStyleSheets = [guideSheet, this.#accentSheet];
    } else {
      // Browsers before constructable stylesheets (Safari < 16.4): a <style> element, which a policy without
      // 'unsafe-inline' blocks; there, the emergency numbers are still plain links.
      const style = document.createElement('style');
      style.textContent = GUIDE_CSS;
      root.append(style);
    }
  }

  #render(): void {
    const root = this.shadowRoot;
    const state = this.#state;
    if (!root || !state) return;
    render(h(Widget, { state, onError: (error: unknown) => this.#report(error) }), root);
  }

  #loadServices(config: WidgetConfig): void {
    this.#servicesLoad?.abort();
    this.#servicesLoad = undefined;
    const connection = this.#connection;
    if (!connection) return;
    if (!config.services) {
      this.#loadInlineServices();
      return;
    }
    const load = new AbortController();
    this.#servicesLoad = load;
    connection.signal.addEventListener('abort', () => load.abort(), { once: true, signal: load.signal });
    fetchLocalServices(config.services, load.signal)
      .then((loaded) => {
        if (loaded && !load.signal.aborted) this.#safely(() => this.#useServices(loaded));
      })
      .catch((error: unknown) => this.#report(error));
  }

  #loadInlineServices(): void {
    if (!this.#state || this.#state.config.value.services) return;
    const script = this.querySelector(':scope > script[type="application/json"]');
    this.#useServices(script ? parseLocalServices(script.textContent ?? '') : { services: [] });
  }

  #useServices(loaded: Loaded): void {
    if (!this.#model) return;
    if ('warning' in loaded) this.#warn(loaded.warning);
    const services = 'services' in loaded ? loaded.services : [];
    // Equal data from a repeated mutation or reload is not a change worth a re-render.
    if (JSON.stringify(services) !== JSON.stringify(this.#model.localServices.value)) {
      this.#model.localServices.value = services;
    }
  }

  #report(error: unknown): void {
    console.warn(`${PREFIX} Something went wrong; showing the emergency numbers only.`, error);
  }

  /** The last resort: the emergency strip alone, or failing that, a bare link to 113. */
  #fail(error: unknown): void {
    this.#report(error);
    try {
      const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
      const lang = this.#model?.lang.value ?? 'nb';
      try {
        this.#adoptStyles();
        render(h(EmergencyOnly, { lang }), root);
      } catch {
        const link = document.createElement('a');
        link.href = 'tel:113';
        link.textContent = '113';
        root.replaceChildren(link);
      }
    } catch {
      // Not even a shadow root: nothing more can be done without risking the host page.
    }
  }
}
