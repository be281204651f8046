import type { Language } from '../shared/schema/language-schema';
import { t } from './i18n/search-help-messages';
import type { SearchHelpModel } from './search-help-model';

interface Props {
  model: SearchHelpModel;
  lang: Language;
}

/**
 * One plain sentence with a checkbox: search help on or off, at once (not on Save), because turning it on
 * asks the browser for the search sites, and the browser asks only in answer to a click.
 */
export function SearchHelpSwitch({ model, lang }: Props) {
  const on = model.on.value;
  const status = model.status.value;
  return (
    <div class="ext-field">
      <label class="ghn-option">
        <input
          type="checkbox"
          checked={on === true}
          disabled={on === undefined}
          onChange={(event) => void model.switch(event.currentTarget.checked)}
        />
        <span>{t(lang, 'ext.searchHelp.offer')}</span>
      </label>
      <p class="ghn-hint" role="status">
        {status === 'denied' ? t(lang, 'ext.searchHelp.denied') : ''}
      </p>
    </div>
  );
}
