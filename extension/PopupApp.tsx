import { useEffect, useRef } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from './i18n/messages';
import type { Language } from '../shared/schema/language-schema';
import { GetHelpNow } from '../shared/ui/GetHelpNow';
import { LazyResults } from './lazy-results';
import type { PopupModel } from './popup-model';
import { leaveExtensionPage } from './quick-exit';
import { SettingsForm } from './SettingsForm';
import type { SettingsForm as Form } from './settings-form-model';

interface Props {
  model: PopupModel;
}

/**
 * The popup: the emergency strip from the first paint, then the first-use questions, the settings, or the
 * guide. Until storage answers only the strip shows, so nothing below it is swapped for something else.
 */
export function PopupApp({ model }: Props) {
  const view = model.view.value;
  const form = model.form.value;
  const lang = model.guide.lang.value;
  return (
    <GetHelpNow
      model={model.guide}
      level={1}
      Results={LazyResults}
      stripOnly={view !== 'guide'}
      theme="auto"
      quickExit={{ always: false, leave: leaveExtensionPage }}
      onLanguage={model.chooseLanguage}
      menuLanguage={model.settings.value?.language ?? lang}
    >
      {model.setAside.value && <p class="ext-notice">{t(lang, 'ext.setAside')}</p>}
      {view === 'guide' && <SettingsBar model={model} lang={lang} />}
      {(view === 'first-run' || view === 'settings') && form && (
        <SettingsPanel model={model} form={form} lang={lang} firstRun={view === 'first-run'} />
      )}
    </GetHelpNow>
  );
}

/** Where the guidance is for, and the way to change it. */
function SettingsBar({ model, lang }: { model: PopupModel; lang: Language }) {
  const bar = useRef<HTMLParagraphElement>(null);
  // Back from the settings, focus lands here and a screen reader hears the municipality now in use.
  useEffect(() => {
    if (model.moved.peek()) bar.current?.focus();
  }, [model]);
  const place = model.guide.municipalityInfo.value;
  return (
    <p class="ext-bar" tabIndex={-1} ref={bar}>
      <span>{place ? t(lang, 'ext.bar.municipality', { name: place.name }) : t(lang, 'ext.bar.noMunicipality')}</span>
      {/* My plan opens in a tab of its own: none of its code loads with the popup. */}
      <a href={browser.runtime.getURL('/safety-plan.html')} target="_blank">
        {t(lang, 'ext.plan')}
      </a>
      <button type="button" class="ghn-button ghn-button--quiet" onClick={model.openSettings}>
        {t(lang, 'ext.settings')}
      </button>
    </p>
  );
}

interface PanelProps {
  model: PopupModel;
  form: Form;
  lang: Language;
  firstRun: boolean;
}

function SettingsPanel({ model, form, lang, firstRun }: PanelProps) {
  const Offer = model.offer.value;
  const heading = useRef<HTMLHeadingElement>(null);
  // Opened from the bar, focus moves to the panel; on the popup's first use it stays at the top, by the strip.
  useEffect(() => {
    if (model.moved.peek()) heading.current?.focus();
  }, [model]);
  return (
    <div class="ext-panel">
      <h1 class="ghn-title" tabIndex={-1} ref={heading}>
        {t(lang, firstRun ? 'ext.setup.heading' : 'ext.settings')}
      </h1>
      {firstRun && <p class="ghn-tagline">{t(lang, 'ext.setup.intro')}</p>}
      <SettingsForm form={form} lang={lang} onSubmit={model.save}>
        <button type="submit" class="ghn-button ghn-button--primary">
          {t(lang, 'ext.save')}
        </button>
        <button type="button" class="ghn-button" onClick={firstRun ? model.skip : model.cancel}>
          {t(lang, firstRun ? 'guide.skip' : 'ext.cancel')}
        </button>
      </SettingsForm>
      {firstRun && Offer && <Offer lang={lang} />}
      <p class="ghn-hint">
        {t(lang, 'ext.setup.private')}{' '}
        <a
          href={browser.runtime.getURL('/options.html')}
          target="_blank"
          rel="noopener"
          onClick={(event) => {
            // The browser's own way: it reuses an open options tab and honours open_in_tab.
            event.preventDefault();
            void browser.runtime.openOptionsPage();
          }}
        >
          {t(lang, 'ext.allSettings')}
        </a>
      </p>
    </div>
  );
}
