import { batch, signal } from '@preact/signals';
import { h, render } from 'preact';
// The widget ships every language in its one file.
import '../shared/i18n/all-languages';
import type { Language } from '../shared/schema/languages';
import { canAdoptSheets, newSheet, sharedSheet } from '../shared/ui/adopt-styles';
import { createGuideModel, type GuideModel } from '../shared/ui/guide-model';
import { replacePage } from '../shared/ui/QuickExit';
import { GUIDE_CSS } from '../shared/ui/styles';
import { version } from '../package.json';
import { accentCss } from './accent';
import { showBareEmergency } from './bare-emergency';
import { ATTRIBUTE_NAMES, ATTRIBUTES, type Attributes, parseConfig, type WidgetConfig } from './attributes';
import { scheduleFirstPaint } from './first-paint';
import { removeFontSample, showFontSample } from './font-warm-up';
import { pageContext } from './page-context';
import { PREFIX } from './prefix';
import { ServicesSource } from './services-source';
import { EmergencyOnly, Widget, type WidgetState } from './Widget';

/**
 * `<get-help-now>`: where to turn for mental-health help in Norway, from a calm guide, with 113 and 116 117
 * one tap away from the first paint. Configured by data attributes (see ATTRIBUTES in attributes.ts, and the
 * README); it renders into an open shadow root, requests nothing but a `data-services` URL the host set, and
 * never throws into the host page: whatever fails, the emergency numbers stay on screen.
 *
 * Each attribute has a read-only property of the same meaning (`view`, `theme`, `headingLevel`, …): its value as
 * the element uses it, with the default for a missing or bad value. They are defined from ATTRIBUTES below the
 * class; their types and JSDoc are in the published get-help-now.d.mts, generated from the same definition.
 *
 * The class has no side effects; `defineGetHelpNow()` registers it.
 */
/** Marks this widget's element classes, of any copy or version of the script (see defineGetHelpNow). */
export const WIDGET_BRAND = '__getHelpNowWidget';

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- the getters' types, see the end
export class GetHelpNowElement extends HTMLElement {
  /** The version of this copy of the widget: a self-hoster can see how old their copy is. */
  static readonly version: string = version;
  static readonly [WIDGET_BRAND] = true;

  static get observedAttributes(): string[] {
    return [...ATTRIBUTE_NAMES];
  }

  #state: WidgetState | undefined;
  #model: GuideModel | undefined;
  /** The language picked in the guide's menu: in memory only, the widget writes no storage. */
  #chosenLanguage: Language | undefined;
  /** Aborted when the element leaves the page: fetches, observers, timers and listeners all end with it. */
  #connection: AbortController | undefined;
  #services: ServicesSource | undefined;
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
      this.#services = new ServicesSource(this, connection.signal, {
        use: (services) => this.#model?.setLocalServices(services),
        warn: (message) => this.#warn(message),
        fail: (error) => this.#fail(error),
      });
      const root = this.shadowRoot;
      scheduleFirstPaint(
        connection.signal,
        {
          styles: () => this.#adoptStyles(),
          fontSample: (step) => root && showFontSample(root, step),
          setUp: () => this.#setUp(),
          show: () => this.#show(),
        },
        (work) => this.#safely(work),
      );
    } catch (error) {
      this.#fail(error);
    }
  }

  disconnectedCallback(): void {
    try {
      this.#connection?.abort();
      this.#connection = undefined;
      this.#services = undefined;
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

  /**
   * Moved into another document (`iframe.contentDocument.body.append(doc.adoptNode(el))`), or back: its
   * stylesheets belong to the old document and cannot be adopted in the new one, so they are made again there,
   * and the connectedCallback that follows draws it anew (in a foreign document, 113 and 116 117 alone: see
   * #canRender). Nothing may escape into either page.
   */
  adoptedCallback(): void {
    this.#safely(() => {
      this.#stylesAdopted = false;
      this.#accentSheet = undefined;
      const root = this.shadowRoot;
      if (root) {
        root.replaceChildren();
        root.adoptedStyleSheets = [];
      }
      this.#adoptStyles();
      const accent = this.#accentSheet as CSSStyleSheet | undefined;
      const config = this.#state?.config.value;
      if (config) accent?.replaceSync(accentCss(config.accent));
    });
  }

  attributeChangedCallback(name: string, oldValue: string | null, newValue: string | null): void {
    // Before the first connection the attributes are read all at once; unchanged values need no work.
    if (!this.#state || oldValue === newValue) return;
    this.#safely(() => {
      const config = this.#readConfig();
      this.#apply(config);
      if (name === ATTRIBUTES.services.name) this.#services?.load(config.services);
    });
  }

  /** The attributes as the element uses them; every getter reads from here. */
  #readConfig(): WidgetConfig {
    const attributes: Attributes = {};
    for (const name of ATTRIBUTE_NAMES) attributes[name] = this.getAttribute(name);
    const { config, warnings } = parseConfig(attributes, pageContext(this));
    for (const message of warnings) this.#warn(message);
    return config;
  }

  /** Hands a new config to the signals the face renders from; the face re-renders what changed. */
  #apply(config: WidgetConfig): void {
    const state = this.#state;
    if (!state) return;
    batch(() => {
      if (config.view !== state.config.value.view) state.setDialogOpen(false);
      // The language menu's choice stands until the host's language changes (data-lang or the page's lang).
      if (config.language !== state.config.value.language) this.#chosenLanguage = undefined;
      state.config.value = config;
      const lang = this.#chosenLanguage ?? config.language;
      state.model.preset({ lang, municipality: config.municipality, audience: config.audience });
    });
    this.#accentSheet?.replaceSync(accentCss(config.accent));
  }

  /** Reads the config and builds the state the face renders from. */
  #setUp(): void {
    this.#adoptStyles();
    const config = this.#readConfig();
    // The model outlives a move to another place in the page, so the person keeps their answers.
    this.#model ??= createGuideModel({ lang: config.language });
    const model = this.#model;
    const dialogOpen = signal(false);
    this.#state = {
      config: signal(config),
      model,
      dialogOpen,
      setDialogOpen: (open) => {
        dialogOpen.value = open;
      },
      leave: (url) => this.#leave(url),
      chooseLanguage: (lang) => {
        this.#chosenLanguage = lang;
        model.setLanguage(lang);
      },
    };
    this.#apply(config);
  }

  /** Draws the face and starts loading the host's services. */
  #show(): void {
    const root = this.shadowRoot;
    const state = this.#state;
    if (!root || !state) return;
    removeFontSample(root);
    if (!this.#canRender()) return;
    render(h(Widget, { state, onError: (error: unknown) => this.#report(error) }), root);
    this.#services?.load(state.config.value.services);
  }

  /**
   * Whether the full face can render here. Not in another document than this script's (an iframe's, after a
   * move): Preact creates each element with its parent's custom-element registry as an option, and a node in
   * this shadow root has this window's, which another document refuses (`NotSupportedError` from
   * createElementNS, in Chromium). There the element shows 113 and 116 117, drawn with the DOM alone.
   */
  #canRender(): boolean {
    if (this.ownerDocument === document) return true;
    showBareEmergency(this);
    return false;
  }

  /**
   * The quick exit: the widget is emptied in this very task, before anything else can paint, and the page is
   * replaced, so that Back does not return to it.
   */
  #leave(url: string): void {
    const root = this.shadowRoot;
    try {
      if (root) render(null, root);
    } catch {
      root?.replaceChildren();
    }
    replacePage(url);
  }

  #adoptStyles(): void {
    const root = this.shadowRoot;
    if (!root || this.#stylesAdopted) return;
    this.#stylesAdopted = true;
    if (canAdoptSheets()) {
      // Sheets of the document the element is in now: after a move, another one's (see adoptedCallback).
      const doc = this.ownerDocument;
      this.#accentSheet = newSheet(doc);
      root.adoptedStyleSheets = [sharedSheet(GUIDE_CSS, doc), this.#accentSheet];
    } else {
      // Browsers before constructable stylesheets (Safari < 16.4): a <style> element, which a policy without
      // 'unsafe-inline' blocks; there, the emergency numbers are still plain links.
      const style = document.createElement('style');
      style.textContent = GUIDE_CSS;
      root.append(style);
    }
  }

  /** Runs `work`, and on any error falls back to the emergency numbers instead of throwing into the page. */
  #safely(work: () => void): void {
    try {
      work();
    } catch (error) {
      this.#fail(error);
    }
  }

  #warn(message: string): void {
    if (this.#warned.has(message)) return;
    this.#warned.add(message);
    console.warn(message);
  }

  #report(error: unknown): void {
    console.warn(`${PREFIX} Something went wrong; showing the emergency numbers only.`, error);
  }

  /** The last resort: the emergency strip alone, or failing that, 113 and 116 117 drawn with the DOM alone. */
  #fail(error: unknown): void {
    this.#report(error);
    try {
      const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
      const lang = this.#model?.lang.value ?? 'nb';
      try {
        this.#adoptStyles();
        if (this.#canRender()) render(h(EmergencyOnly, { lang }), root);
      } catch {
        showBareEmergency(this);
      }
    } catch {
      // Not even a shadow root: nothing more can be done without risking the host page.
    }
  }

  // The typed getters, one per attribute, from the one definition (see the class's comment).
  static {
    // for…in rather than Object.keys: this runs as the module loads, when a host may have broken a built-in.
    for (const key in ATTRIBUTES) {
      Object.defineProperty(this.prototype, key, {
        configurable: true,
        get(this: GetHelpNowElement) {
          return this.#readConfig()[key as keyof WidgetConfig];
        },
      });
    }
  }
}

// The getters' types: the static block above defines one for each of them.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type
export interface GetHelpNowElement extends Readonly<WidgetConfig> {}
