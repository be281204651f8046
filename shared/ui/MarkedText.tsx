import type { TextIn } from '../schema/languages';
import { splitMarked } from '../i18n/marked-text';
import type { Language } from '../schema/languages';

/**
 * A text as its reader should get it: Norwegian names (marked `[[…]]` in the translations) in lang="nb", and
 * they and grouped phone numbers isolated left to right, so that in Arabic "116 117" never reads "117 116" and
 * "Legevakt 116 117" stays one run. A text in another language than `lang`, the one around it (a host's name
 * given only in Bokmål), gets its own lang. `<bdi>` isolates even under hostile host CSS: its
 * `unicode-bidi: isolate` comes from the browser's own stylesheet, out of reach of the page.
 */
export function MarkedText({ text, lang }: { text: string | TextIn; lang?: Language }) {
  const { text: value, lang: own } = typeof text === 'string' ? { text, lang } : text;
  const parts = splitMarked(value);
  const content =
    parts.length === 1
      ? value
      : parts.map((part, i) =>
          i % 2 === 0 ? (
            part
          ) : part.startsWith('[[') ? (
            <bdi key={i} lang="nb" dir="ltr">
              {part.slice(2, -2)}
            </bdi>
          ) : (
            <bdi key={i} dir="ltr" class="ghn-nowrap">
              {part}
            </bdi>
          ),
        );
  return own === lang ? <>{content}</> : <bdi lang={own}>{content}</bdi>;
}
