import { useId, useRef } from 'preact/hooks';
import type { Municipality } from '../shared/catalogue/municipalities';
import { t } from './i18n/messages';
import { MarkedText } from '../shared/ui/MarkedText';
import type { Language } from '../shared/schema/language-schema';
import type { SettingsForm } from './settings-form-model';

interface Props {
  form: SettingsForm;
  lang: Language;
}

const displayName = (m: Municipality) => (m.samiName ? `${m.name} – ${m.samiName}` : m.name);

function statusText(form: SettingsForm, lang: Language): string {
  const chosen = form.chosen.value;
  if (form.query.value.trim() === '') {
    return chosen ? t(lang, 'ext.municipality.chosen', { name: displayName(chosen) }) : '';
  }
  const n = form.matches.value.length;
  const shown = form.shown.value.length;
  if (n === 0) return t(lang, 'ext.municipality.none');
  if (n === 1) return t(lang, 'ext.municipality.one');
  return n > shown ? t(lang, 'ext.municipality.more', { n, shown }) : t(lang, 'ext.municipality.many', { n });
}

/**
 * A search box and a list of buttons, not an ARIA combobox: plain controls that every screen reader and
 * keyboard handles the same. A live region says how many municipalities match, and which one is chosen.
 * Arrow keys move between the box and the matches; Enter in the box takes the only match.
 */
export function MunicipalitySearch({ form, lang }: Props) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const query = form.query.value;
  const shown = form.shown.value;
  const chosen = form.chosen.value;

  const buttons = () => [...(list.current?.querySelectorAll('button') ?? [])];
  const choose = (m: Municipality) => {
    form.choose(m);
    // The pressed button is gone with the list; the box is where the person was, and the live region says
    // what was chosen.
    input.current?.focus();
  };

  function onInputKey(event: KeyboardEvent) {
    if (event.key === 'ArrowDown' && shown.length > 0) {
      event.preventDefault();
      buttons()[0]?.focus();
    } else if (event.key === 'Enter') {
      // Enter in the box would submit the settings; with one match it takes that match instead.
      event.preventDefault();
      const matches = form.matches.value;
      if (matches.length === 1 && matches[0]) choose(matches[0]);
      else buttons()[0]?.focus();
    }
  }

  function onListKey(event: KeyboardEvent) {
    const all = buttons();
    const at = all.indexOf(event.target as HTMLButtonElement);
    if (at < 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = at + (event.key === 'ArrowDown' ? 1 : -1);
      if (next < 0) input.current?.focus();
      else all[Math.min(next, all.length - 1)]?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      input.current?.focus();
    }
  }

  return (
    <div class="ext-field">
      <label class="ext-label" for={`${id}-input`}>
        <MarkedText text={t.marked(lang, 'ext.municipality.label')} />
      </label>
      <p class="ghn-hint" id={`${id}-hint`}>
        {t(lang, 'ext.municipality.hint')}
      </p>
      <input
        ref={input}
        id={`${id}-input`}
        class="ext-input"
        type="search"
        autocomplete="off"
        spellcheck={false}
        aria-describedby={`${id}-hint`}
        value={query}
        onInput={(event) => form.search(event.currentTarget.value)}
        onKeyDown={onInputKey}
      />
      <div class="ext-status-row">
        <p class="ext-status" role="status">
          {statusText(form, lang)}
        </p>
        {chosen && query.trim() === '' && (
          <button type="button" class="ghn-button ghn-button--quiet" onClick={form.clearMunicipality}>
            {t(lang, 'ext.municipality.clear')}
          </button>
        )}
      </div>
      {shown.length > 0 && (
        <ul class="ext-matches" ref={list} onKeyDown={onListKey}>
          {shown.map((m) => (
            <li key={m.number}>
              <button type="button" class="ghn-button ghn-button--quiet ext-match" onClick={() => choose(m)}>
                {displayName(m)}, <span class="ext-match__county">{m.county}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
