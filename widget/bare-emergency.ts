/**
 * The widget's last resort, for when the guide cannot start: 113 and 116 117 as two plain, large links, drawn
 * with nothing but the DOM. Given an element, it draws them into the element's shadow root; given none, it
 * registers a minimal `<get-help-now>` that draws them, unless the tag is taken.
 *
 * Self-contained on purpose (no imports, nothing from outside the function, no array or object helpers a host
 * page may have broken): scripts/build-widget.mjs puts this function's source around the whole script, so that
 * it still works when the script's own modules failed to load (a host that broke `Array.prototype.map` before
 * the script ran). The element's own fallback calls it too when even the emergency strip cannot render.
 */
export function showBareEmergency(host?: HTMLElement): void {
  try {
    if (!host) {
      const registry = globalThis.customElements;
      if (!registry || registry.get('get-help-now')) return;
      registry.define(
        'get-help-now',
        class extends HTMLElement {
          connectedCallback() {
            showBareEmergency(this);
          }
        },
      );
      return;
    }
    const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
    // English where the page says so; Bokmål, which Nynorsk readers read too, everywhere else.
    const en = /^en\b/i.test(host.closest('[lang]')?.getAttribute('lang') ?? '');
    // The strip's own words (shared/i18n/*/guide.ts: strip.emergency, strip.legevakt), kept here by hand
    // because the texts may be what failed to load.
    const doors = [
      ['113', en ? 'Life in danger' : 'Livet i fare'],
      ['116 117', en ? 'Urgent, not life-threatening' : 'Haster, men ikke livstruende'],
    ];
    const nav = document.createElement('nav');
    nav.setAttribute('lang', en ? 'en' : 'nb');
    nav.setAttribute('aria-label', en ? 'Urgent help' : 'Akutt hjelp');
    for (let i = 0; i < doors.length; i++) {
      const door = doors[i] ?? [];
      const number = door[0] ?? '';
      const link = document.createElement('a');
      link.setAttribute('href', `tel:${number.replace(/ /g, '')}`);
      // Through the CSSOM, which a policy without 'unsafe-inline' allows, unlike a style attribute or <style>.
      link.style.cssText = `display:block;margin:0 0 8px;padding:12px 16px;border-radius:8px;color:#fff;background:${i ? '#1f4e8c' : '#b3261e'};font:16px/1.5 system-ui,sans-serif;text-decoration:none`;
      const strong = document.createElement('strong');
      strong.textContent = number;
      link.append(strong, ` ${door[1] ?? ''}`);
      nav.append(link);
    }
    root.replaceChildren(nav);
  } catch {
    // Nothing more can be done without risking the host page.
  }
}
