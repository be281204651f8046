import { SAFETY_PLAN_VERSION, type SafetyPlan } from '../../../shared/schema/safety-plan-schema';

/** A plan as a person might write it, with every section in use. */
export const examplePlan: SafetyPlan = {
  version: SAFETY_PLAN_VERSION,
  updated: '2026-11-29T20:15:00.000Z',
  warningSigns: ['Jeg slutter å svare på meldinger', 'Jeg sover dårlig flere netter på rad'],
  onMyOwn: ['Gå en tur rundt vannet', 'Høre på musikk'],
  breaks: ['Kafeen på hjørnet', 'Søsteren min'],
  helpers: [{ name: 'Kari', phone: '912 34 567' }],
  services: [
    { name: 'Medisinsk nødtelefon 113', phone: '113', from: 'emergency-113' },
    { name: 'Fastlegen min', phone: '22 33 44 55', from: 'fastlege' },
    { name: 'Oslo kommune: psykisk helse', phone: '', web: 'https://www.oslo.kommune.no', from: 'municipality' },
  ],
  saferSurroundings: ['Be Kari ta vare på noen ting for meg en stund'],
  reasonsToLive: ['Katten min, Pus', 'Turen til Lofoten i sommer'],
};
