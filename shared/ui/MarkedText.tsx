import { type TextIn } from '../i18n/localize';
import { textParts } from '../i18n/marked-text';
import type { Language } from '../schema/language-schema';

function Parts({ text }: { text: string }) {
  const parts = textParts(text);
  const only = parts[0];
  if (parts.length === 1 && only?.kind === 'text') return <>{only.text}</>;
  return (
    <>
      {parts.map((part, i) =>
        part.kind === 'text' ? (
          part.text
        ) : part.kind === 'norwegian' ? (
          <bdi key={i} lang="nb" dir="ltr">
            {part.text}
          </bdi>
        ) : (
          <bdi key={i} dir="ltr" class="ghn-nowrap">
            {part.text}
          </bdi>
        ),
      )}
    </>
  );
}

/**
 * A text as its reader should get it: Norwegian names (marked `[[…]]` in the translations) in lang="nb", and
 * they and grouped phone numbers isolated left to right, so that in Arabic "116 117" never reads "117 116" and
 * "Legevakt 116 117" stays one run. A text in another language than `lang`, the one around it (a host's name
 * given only in Bokmål), gets its own lang. `<bdi>` isolates even under hostile host CSS: its
 * `unicode-bidi: isolate` comes from the browser's own stylesheet, out of reach of the page.
 */
export function MarkedText({ text, lang }: { text: string | TextIn; lang?: Language }) {
  if (typeof text === 'string' || text.lang === lang)
    return <Parts text={typeof text === 'string' ? text : text.text} />;
  return (
    <bdi lang={text.lang}>
      <Parts text={text.text} />
    </bdi>
  );
}
