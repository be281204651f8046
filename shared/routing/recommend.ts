import { healthRegionOf } from '../catalogue/health-regions';
import { localServiceViews, type ServiceView } from '../catalogue/local-services';
import { CATALOGUE, type CatalogueEntry, type ServiceId } from '../catalogue/services';
import type { MessageKey } from '../i18n/messages';
import { formatIssues } from '../schema/format-issues';
import type { LocalService } from '../schema/local-service-schema';
import { type Concern, type Situation, SituationSchema } from '../schema/situation-schema';
import { isOpenNow } from './opening-hours';

/** How soon to act on a step. The order here is the order of the steps. */
export const TIERS = ['emergency', 'now', 'soon', 'when-ready', 'info'] as const;
export type Tier = (typeof TIERS)[number];

export interface Step {
  /** A catalogue id, or `local-…` for a door the host supplied. */
  serviceId: string;
  tier: Tier;
  /** Why this door is for this person: an i18n key. */
  reason: MessageKey;
  service: ServiceView;
  /** For phone lines: other doors to try if no one answers (another 24/7 line, 116 117). */
  ifNoAnswer: ServiceId[];
}

export interface Recommendation {
  steps: Step[];
}

export interface RecommendOptions {
  /** The moment to route for; opening hours are read in Europe/Oslo time. Default: the current time. */
  now?: Date;
  /** The service catalogue. Default: the built-in one. */
  catalogue?: readonly CatalogueEntry[];
  /** The host's own services (already validated). They take the place of the catalogue door they stand for. */
  localServices?: readonly LocalService[];
}

/** Thrown when a situation is not valid; the message names the field. */
export class SituationError extends Error {
  override name = 'SituationError';
}

const ACUTE: readonly Concern[] = ['suicidal-thoughts', 'self-harm', 'psychosis'];
// Rask psykisk helsehjelp: "stress, angst, depresjon, begynnende alkohol- eller rusproblemer eller søvnproblemer",
// panic included as "panikkangst" ("Her kan du få rask psykisk helsehjelp", Lommelegen).
const RPH_CONCERNS: readonly Concern[] = ['depression', 'anxiety', 'panic', 'stress', 'sleep', 'alcohol-drugs'];
const TALK_CONCERNS: readonly Concern[] = ['suicidal-thoughts', 'self-harm', 'loneliness', 'bereaved-by-suicide'];
const ADULT_LINES: readonly ServiceId[] = ['mental-helse-116123', 'kirkens-sos'];
const YOUTH_LINES: readonly ServiceId[] = ['alarmtelefonen-116111', 'kors-pa-halsen'];
const ALWAYS_OPEN_FALLBACKS: readonly ServiceId[] = [
  'mental-helse-116123',
  'kirkens-sos',
  'alarmtelefonen-116111',
  'legevakt-116117',
];

/** Parses a situation; throws a SituationError that names each bad field. */
export function parseSituation(input: unknown): Situation {
  const result = SituationSchema.safeParse(input ?? {});
  if (!result.success)
    throw new SituationError(`Invalid situation: ${formatIssues(result.error.issues, { root: 'the situation' })}`);
  return result.data;
}

function fits(service: ServiceView, s: Situation): boolean {
  const { minAge, maxAge, forWhom } = service.audience;
  if (s.age !== undefined && ((minAge !== undefined && s.age < minAge) || (maxAge !== undefined && s.age > maxAge)))
    return false;
  if (s.forWhom !== undefined && forWhom !== undefined && !forWhom.includes(s.forWhom)) return false;
  const area = service.area;
  if (area.type === 'municipalities' && (s.municipality === undefined || !area.numbers.includes(s.municipality)))
    return false;
  if (area.type === 'health-regions' && s.municipality !== undefined) {
    const region = healthRegionOf(s.municipality);
    if (region !== undefined && !area.regions.includes(region)) return false;
  }
  return true;
}

/** A phone or chat line of this service that answers now. */
export function hasOpenLine(service: ServiceView, now: Date, types: readonly string[] = ['phone', 'chat']): boolean {
  return service.contacts.some(
    (c) => types.includes(c.type) && 'hours' in c && c.hours !== undefined && isOpenNow(c.hours, now),
  );
}

function isLine(service: ServiceView): boolean {
  return service.contacts.some((c) => c.type === 'phone' || c.type === 'chat' || c.type === 'sms');
}

/**
 * Recommends where to turn, most important first.
 *
 * The rules follow five source documents (named at each rule: "Mental healthcare for adults in Norway",
 * helsenorge.no; "Her kan du få rask psykisk helsehjelp", Lommelegen; "Relocation guide: mental health services
 * in Norway"; "Organisation of health and social services in Norway"; Ruud et al. 2021, "Community-based mental
 * health services in Norway") and the project's list of confirmed contact facts ("the facts"). Invariants, tested as properties: when `danger` is set, 113 is the
 * first step; the result always holds a phone line that is open at `now`; no step offers a service to someone
 * outside its age range or audience; the same input and `now` give the same output.
 *
 * @example
 * recommend({ concerns: ['anxiety'], severity: 'mild', duration: 'recent', age: 30 }, { now: new Date() })
 * // → steps: Rask psykisk helsehjelp (soon), fastlege (soon), … with a 24/7 helpline for the meantime
 * @throws SituationError when the situation is invalid; the message names the field.
 */
export function recommend(situation: unknown, options: RecommendOptions = {}): Recommendation {
  const s = parseSituation(situation);
  const now = options.now ?? new Date();
  const catalogue = options.catalogue ?? CATALOGUE;
  const locals = localServiceViews(options.localServices ?? []).filter(
    (l) =>
      l.local?.municipality === undefined || s.municipality === undefined || l.local.municipality === s.municipality,
  );

  const concerns = new Set<Concern>(s.concerns ?? []);
  const has = (list: readonly Concern[]) => list.some((c) => concerns.has(c));
  const acute = has(ACUTE);
  const someoneElse = s.forWhom === 'someone-else';
  const young = s.age !== undefined && s.age < 18;
  const severe = s.severity === 'severe';
  const urgentNow = s.urgency === 'now';
  const nothingSaid = concerns.size === 0;

  const chosen = new Map<string, { step: Step; rank: number }>();
  let order = 0;

  /** Offers a door if the person fits it. A local entry for the same door takes its place. */
  const offer = (id: ServiceId, tier: Tier, reason: MessageKey) => {
    const local = locals.find((l) => l.local?.standsFor === id);
    const service: ServiceView | undefined = local ?? catalogue.find((c) => c.id === id);
    if (!service || !fits(service, s)) return;
    const rank = TIERS.indexOf(tier) * 1000 + order++;
    const existing = chosen.get(service.id);
    if (existing && existing.rank <= rank) return;
    chosen.set(service.id, { step: { serviceId: service.id, tier, reason, service, ifNoAnswer: [] }, rank });
  };

  // 1. Life in danger: 113 first ("Mental healthcare for adults in Norway", helsenorge.no: "If the situation is
  //    critical and about life or death, call 113"). Violence in progress: the police, 112 (the facts).
  if (s.danger === true) {
    offer('emergency-113', 'emergency', someoneElse ? 'reason.113.dangerOther' : 'reason.113.danger');
    if (has(['violence-abuse', 'sexual-abuse'])) offer('police-112', 'emergency', 'reason.112.violence');
  } else if (s.danger === undefined && has(['suicidal-thoughts', 'self-harm'])) {
    // Not asked or skipped: with suicidal thoughts or self-harm, a life may be in danger. 113 stays first.
    offer('emergency-113', 'emergency', someoneElse ? 'reason.113.ifUnsafeOther' : 'reason.113.ifUnsafe');
  }

  // 2. Cannot wait: legevakt 116 117; in Oslo the psychosocial emergency service, 116 117 then 2 (helsenorge
  //    seed: "If it is less urgent, call the out-of-hours medical centre"; "Some major cities also have a
  //    psychiatric casualty clinic"; lommelegen seed: in an acute crisis, "psykiatrisk legevakt").
  if (s.danger === true || acute || urgentNow) {
    const reason: MessageKey = has(['suicidal-thoughts', 'self-harm'])
      ? someoneElse
        ? 'reason.legevakt.suicidalOther'
        : 'reason.legevakt.suicidal'
      : concerns.has('psychosis')
        ? 'reason.legevakt.psychosis'
        : 'reason.legevakt.cannotWait';
    offer('psykiatrisk-legevakt', 'now', 'reason.psykiatriskLegevakt.oslo');
    offer('legevakt-116117', 'now', reason);
  }

  // 3. Violence and abuse: the national lines, the children's line, the line for older people (the facts).
  if (concerns.has('violence-abuse')) {
    offer('vold-overgrepslinjen-116006', 'now', 'reason.violence.line');
    offer('alarmtelefonen-116111', 'now', someoneElse ? 'reason.alarm.worriedAdult' : 'reason.alarm.violence');
    offer('vern-for-eldre', 'soon', 'reason.vernForEldre');
  }
  if (concerns.has('sexual-abuse')) {
    offer('seksuelt-misbrukte-80057000', 'now', 'reason.sexualAbuse.line');
    offer('vold-overgrepslinjen-116006', 'now', 'reason.violence.line');
    offer('alarmtelefonen-116111', 'now', someoneElse ? 'reason.alarm.worriedAdult' : 'reason.alarm.violence');
  }

  // 4. Someone to talk to, day and night: the 24/7 helplines, youth lines for under-18s (relocation seed:
  //    "hotlines staffed by trained professionals who can offer guidance and support 24/7"; the facts).
  const talkTier: Tier =
    s.danger === true || acute || urgentNow || has(TALK_CONCERNS) || nothingSaid ? 'now' : 'when-ready';
  const talkReason: MessageKey = talkTier === 'now' ? 'reason.helpline.talkNow' : 'reason.helpline.meanwhile';
  if (young && someoneElse) offer('alarmtelefonen-116111', talkTier, 'reason.alarm.worriedAdult');
  else if (young) for (const id of YOUTH_LINES) offer(id, talkTier, 'reason.helpline.young');
  else for (const id of ADULT_LINES) offer(id, talkTier, talkReason);
  if (s.danger === true) return finish(); // In danger, the list stays short: call, then someone to talk to.

  // 5. Already in specialist care: your own team first (lommelegen seed: Rask psykisk helsehjelp is not for
  //    people already referred to e.g. DPS).
  if (s.inSpecialistCare === true) {
    offer(young ? 'bup' : 'dps', 'soon', 'reason.specialist.yourTeam');
  }

  // 6. Bereaved by suicide: LEVE (the facts).
  if (concerns.has('bereaved-by-suicide')) offer('leve', 'soon', 'reason.leve');

  // 7. Alcohol and drugs: RUSinfo; the municipality advises and follows up (organisation seed: "social
  //    services in the municipalities still have responsibility for giving alcohol and drug abusers advice").
  if (concerns.has('alcohol-drugs')) {
    if (urgentNow) offer('giftinformasjonen', 'now', 'reason.giftinformasjonen');
    offer('rusinfo', 'soon', 'reason.rusinfo');
    offer('kommunal-psykisk-helsetjeneste', 'soon', 'reason.municipal.substance');
  }

  // 8. Rask psykisk helsehjelp: free, no referral, help within 1–2 weeks, for new mild to moderate problems,
  //    from 16 (18 in some municipalities); not for acute or severe illness, long-lasting problems, or people
  //    already referred on (Lommelegen; helsenorge.no).
  const rphFits =
    has(RPH_CONCERNS) &&
    !acute &&
    !severe &&
    !urgentNow &&
    s.duration !== 'long-lasting' &&
    s.inSpecialistCare !== true;
  if (rphFits) {
    const offered = locals.some((l) => l.local?.standsFor === 'rask-psykisk-helsehjelp');
    offer('rask-psykisk-helsehjelp', 'soon', offered ? 'reason.rph.offered' : 'reason.rph.ask');
  }

  // 9. Children and young people: the school health service (helsenorge seed: "Contact the mental health
  //    service in your municipality, the school health service or your GP").
  if (s.age !== undefined)
    offer('skolehelsetjenesten', 'soon', someoneElse ? 'reason.school.someoneElse' : 'reason.school');

  // 10. The GP: mild and moderate problems, long-lasting problems, and referral to DPS or BUP (helsenorge seed;
  //     lommelegen seed: "Det samme gjelder hvis du har psykiske utfordringer som har vart over lang tid. Da skal
  //     du heller kontakte fastlegen").
  const gpReason: MessageKey = someoneElse
    ? 'reason.gp.someoneElse'
    : severe || concerns.has('psychosis')
      ? 'reason.gp.referral'
      : s.duration === 'long-lasting'
        ? 'reason.gp.longLasting'
        : 'reason.gp.default';
  offer('fastlege', 'soon', gpReason);

  // 11. Next of kin: free, no referral (helsenorge seed: "Services for next of kin"); the municipal service
  //     also supports next of kin. An adult worried about a child can call Alarmtelefonen (the facts).
  if (someoneElse) {
    offer('kommunal-psykisk-helsetjeneste', 'soon', 'reason.municipal.nextOfKin');
    offer('parorende', 'when-ready', 'reason.parorende');
    if (young) offer('alarmtelefonen-116111', 'when-ready', 'reason.alarm.worriedAdult');
  }

  // 12. The municipality's psychologist for mild and moderate problems (helsenorge seed: "short-term treatment
  //     for mild and moderate mental illness … free").
  if (!someoneElse && !severe && !acute && (has(RPH_CONCERNS) || has(['loneliness', 'other']) || nothingSaid)) {
    offer('kommunepsykolog', 'soon', 'reason.kommunepsykolog');
  }

  // 13. Specialist care by referral for severe problems and psychosis (helsenorge seed: "severe depression,
  //     severe anxiety or psychotic symptoms … your GP will … send a referral"; ruud seed: DPS teams).
  if ((severe || concerns.has('psychosis')) && s.inSpecialistCare !== true) {
    offer(young ? 'bup' : 'dps', 'when-ready', young ? 'reason.bup.referral' : 'reason.dps.referral');
  }

  // 14. Outreach teams for severe, complex or long-lasting problems (helsenorge seed: "people who are unable
  //     to attend appointments and who may experience more severe and complex issues"; ruud seed: ACT teams).
  if ((severe && s.duration === 'long-lasting') || concerns.has('psychosis')) {
    offer('oppsokende-team', 'when-ready', 'reason.outreach');
  }

  // 15. Loneliness and everything else: the municipality's mental health service (helsenorge seed).
  if (has(['loneliness', 'other']) || nothingSaid) {
    offer('kommunal-psykisk-helsetjeneste', 'when-ready', 'reason.municipal.general');
  }

  // 16. Healthy Life Centres: depression, stress, sleep, alcohol (helsenorge seed).
  if (!severe && !acute && has(['depression', 'stress', 'sleep', 'alcohol-drugs'])) {
    offer('frisklivssentral', 'when-ready', 'reason.frisklivssentral');
  }

  // 17. e-Mestring: panic, social anxiety, mild to moderate depression, adults, usually by GP referral (the facts;
  //     helsenorge seed). Digital self-help for stress, worry, mild to moderate anxiety and depression, sleep.
  if (!severe && !acute && has(['panic', 'anxiety', 'depression']))
    offer('e-mestring', 'when-ready', 'reason.emestring');
  if (!severe && !acute && has(['stress', 'anxiety', 'panic', 'depression', 'sleep'])) {
    offer('digital-selvhjelp', 'when-ready', 'reason.selfhelp');
  }

  // 18. Private help: shorter waits but costly (relocation seed). Information, never a first door.
  if (!acute && !urgentNow && !severe) offer('private-psykolog', 'info', 'reason.private');

  // 19. The host's other local services, after ours.
  for (const l of locals) {
    if (l.local?.standsFor === 'other' && fits(l, s)) {
      chosen.set(l.id, {
        step: { serviceId: l.id, tier: 'when-ready', reason: 'reason.local.other', service: l, ifNoAnswer: [] },
        rank: 3999,
      });
    }
  }

  return finish();

  function finish(): Recommendation {
    let steps = [...chosen.values()].sort((a, b) => a.rank - b.rank).map((c) => c.step);

    // A line that is closed now is not offered as the first step: the first step is something one can do now.
    const first = steps[0];
    if (first && isLine(first.service) && !hasOpenLine(first.service, now)) {
      const i = steps.findIndex((st) => !isLine(st.service) || hasOpenLine(st.service, now));
      if (i > 0) steps = [steps[i] as Step, ...steps.slice(0, i), ...steps.slice(i + 1)];
    }

    // Every answer holds a phone line that answers now. 116 117 is open day and night.
    if (!steps.some((st) => hasOpenLine(st.service, now, ['phone']))) {
      const legevakt = catalogue.find((c) => c.id === 'legevakt-116117');
      if (legevakt)
        steps.push({
          serviceId: legevakt.id,
          tier: 'now',
          reason: 'reason.legevakt.cannotWait',
          service: legevakt,
          ifNoAnswer: [],
        });
    }

    // Phone lines answer only part of their calls: each helpline names what to try if no one answers.
    for (const st of steps) {
      if (st.service.kind !== 'helpline' || !st.service.contacts.some((c) => c.type === 'phone')) continue;
      st.ifNoAnswer = ALWAYS_OPEN_FALLBACKS.filter((id) => {
        if (id === st.serviceId) return false;
        const fallback = catalogue.find((c) => c.id === id);
        return fallback !== undefined && fits(fallback, s) && hasOpenLine(fallback, now, ['phone']);
      }).slice(0, 2);
      if (!st.ifNoAnswer.includes('legevakt-116117') && st.serviceId !== 'legevakt-116117') {
        st.ifNoAnswer = [...st.ifNoAnswer.slice(0, 1), 'legevakt-116117'];
      }
    }
    return { steps };
  }
}
