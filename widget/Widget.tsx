import type { ReadonlySignal, Signal } from '@preact/signals';
import type { RefObject } from 'preact';
import { useErrorBoundary, useLayoutEffect, useRef } from 'preact/hooks';
import { LANGUAGE_FACTS } from '../shared/schema/languages';
import { t } from '../shared/i18n/messages';
import type { Language } from '../shared/schema/language-schema';
import { EmergencyStrip } from '../shared/ui/EmergencyStrip';
import type { Theme } from '../shared/schema/choices';
import { GetHelpNow } from '../shared/ui/GetHelpNow';
import { Results } from '../shared/ui/Results';
import type { GuideModel } from '../shared/ui/guide-model';
import { NEUTRAL_EXIT_URL, QuickExit } from '../shared/ui/QuickExit';
import type { WidgetConfig } from './attributes';

/** What the element renders from: its config and the guide, in signals the element updates. */
export interface WidgetState {
  config: Signal<WidgetConfig>;
  model: GuideModel;
  /** The guide's dialog is open (button and strip views). */
  dialogOpen: ReadonlySignal<boolean>;
  /** Opens or closes the guide's dialog: what the face calls, rather than writing the signal. */
  setDialogOpen(open: boolean): void;
  /** The quick exit: hides the widget at once and replaces the page with `url`. */
  leave(url: string): void;
  /** The language menu's action: shows the guide in `lang` until the host's language changes. */
  chooseLanguage(lang: Language): void;
}

/** The quick exit as the faces take it: on every screen when the host set data-quick-exit, to its page. */
function quickExitOf(state: WidgetState) {
  const url = state.config.value.quickExit;
  return { always: url !== undefined, leave: () => state.leave(url ?? NEUTRAL_EXIT_URL) };
}

interface Props {
  state: WidgetState;
  /** Called with what broke, before the widget falls back to the emergency numbers. */
  onError(error: unknown): void;
}

/** The last resort: 113, 116 117 and a helpline, which need nothing but the built-in catalogue. */
export function EmergencyOnly({ lang, theme }: { lang: Language; theme?: Theme | undefined }) {
  return (
    <div class="ghn-root" lang={lang} dir={LANGUAGE_FACTS[lang].dir} data-theme={theme}>
      <EmergencyStrip lang={lang} helpline="mental-helse-116123" />
    </div>
  );
}

/** The focused element, looking inside shadow roots (document.activeElement stops at their host). */
function deepActiveElement(): HTMLElement | undefined {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : undefined;
}

interface DialogProps {
  state: WidgetState;
  dialog: RefObject<HTMLDialogElement | null>;
  /** The control that opened the dialog, which gets the focus back when it closes. */
  opener: RefObject<HTMLElement | undefined>;
}

/** The guide in a modal dialog: focus moves in and stays in, Escape or Close shuts it, focus goes back. */
function GuideDialog({ state, dialog, opener }: DialogProps) {
  const { headingLevel, theme } = state.config.value;
  const lang = state.model.lang.value;
  const open = state.dialogOpen.value;

  useLayoutEffect(() => {
    const element = dialog.current;
    if (open && element && !element.open) element.showModal();
  });

  return (
    <dialog
      ref={dialog}
      class="ghn-dialog"
      // The dialog's name is read in the widget's language, not the host page's.
      lang={lang}
      dir={LANGUAGE_FACTS[lang].dir}
      aria-label={t(lang, 'app.title')}
      // Escape and the Close button both end here, a task after the dialog has shut.
      onClose={() => {
        if (dialog.current?.open) return; // opened again before this event arrived
        state.setDialogOpen(false);
        opener.current?.focus();
      }}
    >
      {open && (
        <GetHelpNow
          model={state.model}
          level={headingLevel}
          Results={Results}
          theme={theme}
          onClose={() => dialog.current?.close()}
          quickExit={quickExitOf(state)}
          onLanguage={state.chooseLanguage}
        />
      )}
    </dialog>
  );
}

/** The element's face for its view: the guide inline, or the strip and a button that open it in a dialog. */
export function Widget({ state, onError }: Props) {
  const [error] = useErrorBoundary(onError);
  const { view, headingLevel, theme } = state.config.value;
  const { model } = state;
  const lang = model.lang.value;
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | undefined>(undefined);

  if (error) return <EmergencyOnly lang={lang} theme={theme} />;
  const quickExit = quickExitOf(state);
  if (view === 'guide') {
    return (
      <GetHelpNow
        model={model}
        level={headingLevel}
        Results={Results}
        theme={theme}
        quickExit={quickExit}
        onLanguage={state.chooseLanguage}
      />
    );
  }

  const openGuide = () => {
    opener.current = deepActiveElement();
    const element = dialog.current;
    // Shut, but its close event is still queued (a quick Escape, then Enter): the signal is still true.
    if (state.dialogOpen.value && element && !element.open) element.showModal();
    state.setDialogOpen(true);
  };
  return (
    <>
      {view === 'strip' ? (
        <GetHelpNow
          model={model}
          level={headingLevel}
          Results={Results}
          theme={theme}
          stripOnly
          onMoreHelp={openGuide}
          quickExit={quickExit}
        />
      ) : (
        // 113 and 116 117 above the button: one tap away before anyone opens anything.
        <div class="ghn-root" lang={lang} dir={LANGUAGE_FACTS[lang].dir} data-theme={theme}>
          <EmergencyStrip lang={lang} helpline={model.stripHelpline.value} />
          <QuickExit model={model} always={quickExit.always} leave={quickExit.leave} />
          <button type="button" class="ghn-button ghn-button--primary ghn-open" onClick={openGuide}>
            {t(lang, 'dialog.open')}
          </button>
        </div>
      )}
      <GuideDialog state={state} dialog={dialog} opener={opener} />
    </>
  );
}
