import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { type ExtensionKey, t } from './i18n/messages';
import { LANGUAGE_FACTS, LANGUAGES, type Language } from '../shared/schema/languages';
import { AUDIENCES, type Audience } from '../shared/schema/choices';
import { MunicipalitySearch } from './MunicipalitySearch';
import type { SettingsForm as Form } from './settings-form-model';

interface Props {
  form: Form;
  lang: Language;
  /** Also ask who the help is usually for (the options page; the popup keeps its first use short). */
  withAudience?: boolean;
  onSubmit: () => void;
  /** The form's buttons. */
  children: ComponentChildren;
}

const AUDIENCE_LABELS: Record<Audience, ExtensionKey> = {
  self: 'forWhom.self',
  'someone-else': 'forWhom.someone-else',
  young: 'ext.audience.young',
};

/** Municipality, language and, on the options page, who the help is for. Saved only by the submit button. */
export function SettingsForm({ form, lang, withAudience, onSubmit, children }: Props) {
  const id = useId();
  const audience = form.audience.value;
  return (
    <form
      class="ext-form"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <MunicipalitySearch form={form} lang={lang} />
      <fieldset class="ghn-question ext-field">
        <legend class="ext-label">{t(lang, 'ext.language.legend')}</legend>
        <div class="ghn-options ext-options--row">
          {LANGUAGES.map((language) => (
            // Each language is named in itself, so a reader finds their own whatever the page's language.
            <label key={language} class="ghn-option" lang={language}>
              <input
                type="radio"
                name={`${id}-language`}
                value={language}
                checked={form.language.value === language}
                onChange={() => form.chooseLanguage(language)}
              />
              <span>{LANGUAGE_FACTS[language].name}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {withAudience && (
        <fieldset class="ghn-question ext-field">
          <legend class="ext-label">{t(lang, 'ext.audience.legend')}</legend>
          <div class="ghn-options">
            {[undefined, ...AUDIENCES].map((value) => (
              <label key={value ?? 'ask'} class="ghn-option">
                <input
                  type="radio"
                  name={`${id}-audience`}
                  value={value ?? 'ask'}
                  checked={audience === value}
                  onChange={() => form.chooseAudience(value)}
                />
                <span>{t(lang, value ? AUDIENCE_LABELS[value] : 'ext.audience.ask')}</span>
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <div class="ghn-actions">{children}</div>
    </form>
  );
}
