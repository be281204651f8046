import { GetHelpNowElement } from './get-help-now-element';

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
