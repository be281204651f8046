import type { Municipality } from '../catalogue/municipalities';
import { getService } from '../catalogue/services';
import { markedServiceName, t } from '../i18n/messages';
import type { Step } from '../routing/recommend';
import { telHref } from '../schema/phone-number';
import { type Language, localizeIn } from '../schema/languages';
import { ContactLinks } from './ContactLinks';
import { Heading } from './Heading';
import { MarkedText } from './MarkedText';

interface Props {
  step: Step;
  lang: Language;
  now: Date;
  level: number;
  municipality?: Municipality | undefined;
}

const MUNICIPAL_AREAS = new Set(['every-municipality', 'some-municipalities']);

/** One door: its name, why it is for this person, how to reach it, and what it costs. */
export function StepCard({ step, lang, now, level, municipality }: Props) {
  const { service } = step;
  const cost = service.cost === 'unknown' ? undefined : t.marked(lang, `cost.${service.cost}`);
  const access = t(lang, `access.${service.access}`);
  // Municipal doors without their own contact point: send the person to their municipality.
  const viaMunicipality = service.contacts.length === 0 && MUNICIPAL_AREAS.has(service.area.type);
  return (
    <li class={`ghn-step ghn-step--${step.tier}`} data-service={step.serviceId}>
      <Heading level={level} class="ghn-step__name">
        <MarkedText text={markedServiceName(lang, service)} lang={lang} />
      </Heading>
      {service.local && <p class="ghn-step__local">{t(lang, 'step.local')}</p>}
      <p class="ghn-step__reason">
        <MarkedText text={t.marked(lang, step.reason)} />
      </p>
      {service.description && (
        <p class="ghn-step__description">
          <MarkedText text={localizeIn(service.description, lang)} lang={lang} />
        </p>
      )}
      <ContactLinks contacts={service.contacts} lang={lang} now={now} />
      {viaMunicipality &&
        (municipality ? (
          <p class="ghn-step__municipality">
            <a href={municipality.website} target="_blank" rel="noopener noreferrer">
              {t(lang, 'contact.municipality', { name: municipality.name })}
            </a>
          </p>
        ) : (
          <p class="ghn-step__municipality">{t(lang, 'contact.yourMunicipality')}</p>
        ))}
      <p class="ghn-step__meta">
        {cost && (
          <span class="ghn-tag">
            <MarkedText text={cost} />
          </span>
        )}
        <span class="ghn-tag">{access}</span>
      </p>
      {step.ifNoAnswer.length > 0 && (
        <div class="ghn-step__fallback">
          <p>{t(lang, 'step.ifNoAnswer')}:</p>
          <ul>
            {step.ifNoAnswer.map((id) => {
              const fallback = getService(id);
              const phone = fallback?.contacts.find((c) => c.type === 'phone');
              if (!fallback || phone?.type !== 'phone') return null;
              const name = markedServiceName(lang, fallback);
              return (
                <li key={id}>
                  <a href={telHref(phone.number)}>
                    {/* "Legevakt 116 117 (…)" already says its number. */}
                    {name.text.includes(phone.number) ? (
                      <MarkedText text={name} lang={lang} />
                    ) : (
                      <>
                        <MarkedText text={name} lang={lang} />:{' '}
                        <bdi dir="ltr" class="ghn-nowrap">
                          {phone.number}
                        </bdi>
                      </>
                    )}
                  </a>
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </li>
  );
}
