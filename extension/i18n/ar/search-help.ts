import type { SearchHelpMessages } from '../nb/search-help';

/** The search help switch's texts in Arabic. Typed against nb's keys: a missing key fails the type check. */
export const messages: SearchHelpMessages = {
  'ext.searchHelp.offer': 'اعرض لي المساعدة أعلى صفحات البحث عندما أبحث عن شيء يتعلق بأزمة.',
  'ext.searchHelp.denied': 'المساعدة عند البحث غير مشغّلة: لم يحصل المتصفح على إذن لاستخدام مواقع البحث.',
};
