import { t } from '../i18n/messages';
import { EmergencyStrip } from './EmergencyStrip';
import { Guide } from './Guide';
import type { GuideModel } from './guide-model';
import { Heading } from './Heading';

interface Props {
  model: GuideModel;
  /** Heading level of the title: 1 in the popup, 2 on a host page by default. */
  level: number;
  /** The strip's "more help" action, for faces that show the strip alone. */
  onMoreHelp?: () => void;
  /** Hide the guide and show only the strip (the widget's strip view). */
  stripOnly?: boolean;
}

/** The whole face: the emergency strip first, then the guide. Every text carries its language. */
export function GetHelpNow({ model, level, onMoreHelp, stripOnly }: Props) {
  const lang = model.lang.value;
  return (
    <div class="ghn-root" lang={lang}>
      <EmergencyStrip lang={lang} helpline={model.stripHelpline.value} onMoreHelp={onMoreHelp} />
      {!stripOnly && (
        <>
          <Heading level={level} class="ghn-title">
            {t(lang, 'app.title')}
          </Heading>
          <p class="ghn-tagline">{t(lang, 'app.tagline')}</p>
          <Guide model={model} level={level} />
        </>
      )}
    </div>
  );
}
