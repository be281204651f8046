/**
 * Focuses the element with `id` once the change that draws it has rendered: after adding an entry its field,
 * after closing a question the button that opened it, so keyboard and screen reader users never land on <body>.
 */
export function focusSoon(id: string): void {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}
