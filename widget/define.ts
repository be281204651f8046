import { GetHelpNowElement, WIDGET_BRAND } from './get-help-now-element';
import { PREFIX } from './prefix';

/** The element's tag name. */
export const TAG_NAME = 'get-help-now';

/**
 * Registers `<get-help-now>` unless something already has: a second copy of the script, of this or another
 * version, leaves the first definition in place and throws nothing. Returns the class the page uses.
 */
export function defineGetHelpNow(
  registry: CustomElementRegistry | undefined = globalThis.customElements,
): CustomElementConstructor | undefined {
  try {
    const existing = registry?.get(TAG_NAME);
    // Another copy of this widget (the script loaded twice, another version) is expected and quiet; a class of
    // the page's own under this name means no 113 from us, which the page's developer must hear about.
    if (existing && !(WIDGET_BRAND in existing)) {
      console.warn(
        `${PREFIX} <${TAG_NAME}> is already defined by the page with another class; this script leaves it in place, so this widget and its emergency numbers do not show.`,
      );
    }
    if (existing || !registry) return existing;
    registry.define(TAG_NAME, GetHelpNowElement);
    return GetHelpNowElement;
  } catch {
    // define() throws when this class is already registered under another tag name: leave it there.
    return undefined;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'get-help-now': GetHelpNowElement;
  }
}
