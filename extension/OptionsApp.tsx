import { browser } from 'wxt/browser';
import { t } from './i18n/options-messages';
import { GetHelpNow } from '../shared/ui/GetHelpNow';
import { LazyResults } from './lazy-results';
import type { OptionsModel } from './options-model';
import { SettingsForm } from './SettingsForm';

interface Props {
  model: OptionsModel;
}

/** Settings, what is stored and where, and what is to come. The emergency strip stays first here too. */
export function OptionsApp({ model }: Props) {
  const lang = model.guide.lang.value;
  const form = model.form.value;
  const status = model.status.value;
  return (
    <GetHelpNow model={model.guide} level={1} Results={LazyResults} stripOnly theme="auto">
      <h1 class="ghn-title">{t(lang, 'ext.options.title')}</h1>
      {form && (
        <SettingsForm form={form} lang={lang} withAudience onSubmit={model.save}>
          <button type="submit" class="ghn-button ghn-button--primary">
            {t(lang, 'ext.save')}
          </button>
        </SettingsForm>
      )}
      <p class="ext-status" role="status">
        {status === 'saved' ? t(lang, 'ext.saved') : status === 'cleared' ? t(lang, 'ext.privacy.cleared') : ''}
      </p>
      <section aria-labelledby="privacy">
        <h2 id="privacy">{t(lang, 'ext.privacy.heading')}</h2>
        <p>{t(lang, 'ext.privacy.stored')}</p>
        <p>{t(lang, 'ext.privacy.where')}</p>
        <p>{t(lang, 'ext.privacy.nothingLeaves')}</p>
        <p>{t(lang, 'ext.privacy.answers')}</p>
        <p>{t(lang, 'ext.privacy.links')}</p>
        <div class="ghn-actions">
          <button type="button" class="ghn-button" onClick={model.clear}>
            {t(lang, 'ext.privacy.clear')}
          </button>
        </div>
      </section>
      <section aria-labelledby="my-plan">
        <h2 id="my-plan">{t(lang, 'ext.plan.heading')}</h2>
        <p>{t(lang, 'ext.plan.text')}</p>
        <p>
          <a href={browser.runtime.getURL('/safety-plan.html')} target="_blank">
            {t(lang, 'ext.plan.open')}
          </a>
        </p>
      </section>
      <section aria-labelledby="later">
        <h2 id="later">{t(lang, 'ext.future.heading')}</h2>
        <p>{t(lang, 'ext.future.text')}</p>
      </section>
    </GetHelpNow>
  );
}
