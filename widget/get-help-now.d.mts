// Types of the <get-help-now> element, published as dist/widget/get-help-now.d.ts (and .d.mts beside the ES
// module). Written by hand: keep it in step with widget/config.ts; tests/widget/types.test.ts checks it.

/**
 * `<get-help-now>`: where to turn for mental-health help in Norway. 113 and 116 117 are on screen from the
 * first paint in every view. Every attribute is optional; a value the element does not understand gives one
 * console warning and the default. Changing an attribute re-renders the element.
 *
 * @example
 * <script src="get-help-now.js" defer></script>
 * <get-help-now data-municipality="4601" data-lang="nn"></get-help-now>
 *
 * Local services go in a child `<script type="application/json">{ "services": [ … ] }</script>` or at a
 * `data-services` URL; their JSON Schema is local-services.schema.json.
 */
export declare class GetHelpNowElement extends HTMLElement {
  /**
   * The attributes the element reads:
   * - `data-lang`: `nb` | `nn` | `en` | `uk` | `pl` | `ar` (a tag such as `nb-NO`, `no` or `ar-SY` works too).
   *   Default: the nearest `lang` attribute the widget speaks, then Nynorsk for a Nynorsk municipality, then `nb`.
   * - `data-municipality`: a 4-digit municipality number (`4601`) or an unambiguous name (`Bergen`). Default: none.
   * - `data-view`: `guide` (the full guide inline) | `button` (the emergency numbers and a button that opens the
   *   guide in a modal dialog) | `strip` (the emergency numbers and "more help", which opens the dialog).
   *   Default: `guide`.
   * - `data-for`: `self` | `someone-else` | `young` (a child or young person): who needs help. Default: none
   *   (the guide asks).
   * - `data-theme`: `light` | `dark` | `auto` (follows the reader's system). Default: `light`.
   * - `data-accent`: a CSS colour for links and buttons, used in a theme only where it meets 4.5:1 contrast
   *   there. Default: the theme's own, or the page's Designsystemet accent token.
   * - `data-services`: an http(s) URL of local services JSON, fetched without cookies, 8 s timeout. It takes
   *   the place of a child `<script type="application/json">`. Default: none.
   * - `data-heading-level`: `1`–`6`, the level of the guide's title. Default: `2`.
   */
  static readonly observedAttributes: string[];
  connectedCallback(): void;
  disconnectedCallback(): void;
  attributeChangedCallback(name: string, oldValue: string | null, newValue: string | null): void;
}

/** The element's tag name: `get-help-now`. */
export declare const TAG_NAME: 'get-help-now';

/**
 * Registers `<get-help-now>` unless something already has (a second copy of the script, of any version,
 * throws nothing). Returns the class registered under the tag, or undefined where custom elements are missing.
 * The script build calls it for you; the ES module does not.
 */
export declare function defineGetHelpNow(registry?: CustomElementRegistry): CustomElementConstructor | undefined;

declare global {
  interface HTMLElementTagNameMap {
    'get-help-now': GetHelpNowElement;
  }
}
