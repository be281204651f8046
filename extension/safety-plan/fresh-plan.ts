import type { Municipality } from '../../shared/catalogue/municipalities';
import { getService, SERVICES, type ServiceId } from '../../shared/catalogue/services';
import type { Language } from '../../shared/schema/language-schema';
import { type PlanService, SAFETY_PLAN_VERSION, type SafetyPlan } from '../../shared/schema/safety-plan-schema';
import { serviceName, t } from '../i18n/my-plan-messages';

/** The catalogue's doors every plan starts with: 113 first, then legevakt and the two 24/7 lines. */
export const PLAN_START_SERVICES = ['emergency-113', 'legevakt-116117', 'mental-helse-116123', 'kirkens-sos'] as const;

function fromCatalogue(id: ServiceId, lang: Language): PlanService | undefined {
  const service = getService(id);
  const phone = service?.contacts.find((c) => c.type === 'phone');
  if (!service || phone?.type !== 'phone') return undefined;
  const name = serviceName(lang, id);
  return {
    name: phone.note === 'contact.note.press2' ? `${name} (${t(lang, 'services.press2')})` : name,
    phone: phone.number,
    from: id,
  };
}

/**
 * The services a new plan starts with, in the plan's language: the catalogue's 24/7 doors, "my GP" for the
 * person to add the number, then, for the municipality in the settings, the catalogue's services there
 * (Oslo's psychiatric emergency service) and the municipality's own website. All of it the person's to change.
 */
export function startingServices(lang: Language, place: Municipality | undefined): PlanService[] {
  const services = PLAN_START_SERVICES.map((id) => fromCatalogue(id, lang)).filter((s) => s !== undefined);
  services.push({ name: t(lang, 'services.gp'), phone: '', from: 'fastlege' });
  if (place) {
    for (const service of SERVICES) {
      if (service.area.type !== 'municipalities' || !(service.area.numbers as readonly string[]).includes(place.number))
        continue;
      const entry = fromCatalogue(service.id, lang);
      if (entry) services.push(entry);
    }
    services.push({
      name: t(lang, 'services.municipality', { name: place.name }),
      phone: '',
      web: place.website,
      from: 'municipality',
    });
  }
  return services;
}

/** A new, empty plan: one empty line in each of the person's own lists, and the starting services. */
export function freshPlan(lang: Language, place: Municipality | undefined, now: Date): SafetyPlan {
  return {
    version: SAFETY_PLAN_VERSION,
    updated: now.toISOString(),
    warningSigns: [''],
    onMyOwn: [''],
    breaks: [''],
    helpers: [{ name: '', phone: '' }],
    services: startingServices(lang, place),
    saferSurroundings: [''],
    reasonsToLive: [''],
  };
}
