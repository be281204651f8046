import type { CardMessages } from '../nb/card';

/** The search help card's texts in Arabic. Typed against nb's keys: a missing key fails the type check. */
export const messages: CardMessages = {
  'card.label': 'احصل على المساعدة الآن',
  'card.self': 'لست مضطراً لحمل هذا وحدك: يمكنك أن تتحدث مع أحد الآن، ليلاً ونهاراً.',
  'card.someoneElse': 'إذا كنت قلقاً على أحد، يمكنك الاتصال الآن والحصول على نصيحة، ليلاً ونهاراً.',
  'line.emergency-113': 'Medisinsk nødtelefon (رقم الطوارئ الطبية)، عندما تكون حياة في خطر',
  'line.mental-helse-116123': 'Mental Helse Hjelpetelefonen (خط المساعدة)',
  'line.kirkens-sos': 'Kirkens SOS (خط المساعدة في الأزمات)',
  'line.alarmtelefonen-116111': 'Alarmtelefonen for barn og unge (للأطفال والشباب)',
  'line.kors-pa-halsen': 'Kors på halsen (خط مساعدة الصليب الأحمر، لمن هم دون 18 سنة)',
  'card.open247': 'متاح ليلاً ونهاراً',
  'card.guide': 'مزيد من المساعدة حيث تسكن (يفتح الدليل في علامة تبويب جديدة)',
  'card.hide': 'إخفاء',
  'card.hideLabel': 'إخفاء المساعدة لهذا البحث',
};
