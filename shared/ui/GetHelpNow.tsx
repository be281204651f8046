import type { ComponentChildren } from 'preact';
import { FACTS_CHECKED } from '../catalogue/facts-checked';
import { formatDate } from '../i18n/format-date';
import { t } from '../i18n/messages';
import type { Theme } from '../schema/choices';
import { type Language, LANGUAGE_FACTS } from '../schema/languages';
import { EmergencyStrip } from './EmergencyStrip';
import { Guide } from './Guide';
import type { GuideModel } from './guide-model';
import type { LazyComponent } from './lazy';
import type { ResultsProps } from './Results';
import { Heading } from './Heading';
import { QuickExit } from './QuickExit';
import { LanguageMenu } from './LanguageMenu';

interface Props {
  model: GuideModel;
  /** Heading level of the title: 1 in the popup, 2 on a host page by default. */
  level: number;
  /** The guide's results: Results itself, or a face's lazyComponent of it when it splits its code. */
  Results: LazyComponent<ResultsProps>;
  /** The strip's "more help" action, for faces that show the strip alone. */
  onMoreHelp?: () => void;
  /** Hide the guide and show only the strip (the widget's strip view). */
  stripOnly?: boolean;
  /** Light by default; GUIDE_CSS styles `data-theme='dark'` and `'auto'`. */
  theme?: Theme | undefined;
  /** Shows a Close button first, for faces that show the guide in a dialog. */
  onClose?: (() => void) | undefined;
  /** A face's own content right under the strip, in the guide's language and styles (the extension's settings). */
  children?: ComponentChildren;
  /**
   * The quick exit: how this face leaves (replace the page, close the popup), and whether it shows on every
   * screen. Without it, no quick exit shows.
   */
  quickExit?: { always: boolean; leave: () => void } | undefined;
  /** Shows the language menu above the guide; called with the language chosen there. */
  onLanguage?: ((lang: Language) => void) | undefined;
  /**
   * The language the menu shows as chosen, where a face shows another until the chosen one's texts have
   * arrived (the extension); by default the guide's.
   */
  menuLanguage?: Language | undefined;
}

/** The whole face: the emergency strip first, then the guide. Every text carries its language. */
export function GetHelpNow({
  model,
  level,
  Results,
  onMoreHelp,
  stripOnly,
  theme,
  onClose,
  children,
  quickExit,
  onLanguage,
  menuLanguage,
}: Props) {
  const lang = model.lang.value;
  return (
    <div class="ghn-root" lang={lang} dir={LANGUAGE_FACTS[lang].dir} data-theme={theme}>
      {onClose && (
        <div class="ghn-dialog__bar">
          <button type="button" class="ghn-button ghn-button--quiet" onClick={onClose}>
            {t(lang, 'dialog.close')}
          </button>
        </div>
      )}
      <EmergencyStrip lang={lang} helpline={model.stripHelpline.value} onMoreHelp={onMoreHelp} />
      {quickExit && <QuickExit model={model} always={quickExit.always} leave={quickExit.leave} />}
      {children}
      {!stripOnly && (
        <>
          {onLanguage && <LanguageMenu lang={lang} chosen={menuLanguage ?? lang} onChoose={onLanguage} />}
          <Heading level={level} class="ghn-title">
            {t(lang, 'app.title')}
          </Heading>
          <p class="ghn-tagline">{t(lang, 'app.tagline')}</p>
          <Guide model={model} level={level} Results={Results} />
          <p class="ghn-checked">{t(lang, 'app.factsChecked', { date: formatDate(lang, FACTS_CHECKED) })}</p>
        </>
      )}
    </div>
  );
}
