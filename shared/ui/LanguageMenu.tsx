import { useId } from 'preact/hooks';
import { t } from '../i18n/messages';
import { type Language, LANGUAGE_FACTS, LANGUAGES } from '../schema/languages';

interface Props {
  /** The language the page is in: the label's. */
  lang: Language;
  /** The language shown as chosen. */
  chosen: Language;
  /** Called with the chosen language; the face decides whether to keep it (the extension saves it). */
  onChoose(lang: Language): void;
}

/**
 * The guide's language menu: a native select, so it works by keyboard and screen reader everywhere and stays
 * small at 320 px. Each language is named in itself and marked with its own lang, so a person on a Norwegian
 * page finds "Українська" or "العربية" without reading the label; the globe says what the control is for.
 */
export function LanguageMenu({ lang, chosen, onChoose }: Props) {
  const id = useId();
  return (
    <p class="ghn-language">
      <label for={id}>
        <svg viewBox="0 0 24 24" aria-hidden="true">
          <path d="M2 12h20M12 2c3 3 3 17 0 20c-3-3-3-17 0-20a10 10 0 1 0 .1 0" />
        </svg>
        {t(lang, 'lang.menu')}
      </label>
      <select id={id} value={chosen} onChange={(event) => onChoose(event.currentTarget.value as Language)}>
        {LANGUAGES.map((option) => (
          <option key={option} value={option} lang={option}>
            {LANGUAGE_FACTS[option].name}
          </option>
        ))}
      </select>
    </p>
  );
}
