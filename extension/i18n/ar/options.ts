import type { OptionsMessages } from '../nb/options';

/** The options page's own texts in Arabic. Typed against nb's keys: a missing key fails the type check. */
export const messages: OptionsMessages = {
  'ext.options.title': 'إعدادات «احصل على المساعدة الآن»',
  'ext.privacy.heading': 'الخصوصية',
  'ext.privacy.stored':
    'لا تحفظ الإضافة إلا أربعة أشياء: رقم البلدية التي تختارها، واللغة، ولمن تكون المساعدة عادةً، وهل أجبت عن أسئلة الاستخدام الأول أو تخطيتها.',
  'ext.privacy.where': 'تُحفظ في هذا المتصفح (storage.local) مع رقم إصدار للصيغة. لا تُزامَن مع أجهزة أو حسابات أخرى.',
  'ext.privacy.nothingLeaves':
    'لا شيء يغادر جهازك. لا ترسل الإضافة أي طلبات عبر الشبكة، ولا تجمع إحصاءات، ولا تتتبعك، ولا تحمّل أي شيفرة من الخارج. كل الخدمات والبلديات مدمجة فيها.',
  'ext.privacy.answers': 'إجاباتك في الدليل لا تُحفظ. تختفي عندما تغلق النافذة.',
  'ext.privacy.links':
    'عندما تضغط على رقم أو رابط، يفتحه هاتفك أو متصفحك. عندها تنطبق سياسة الخصوصية لدى الجهة التي تتواصل معها.',
  'ext.privacy.clear': 'حذف الإعدادات',
  'ext.privacy.cleared': 'حُذفت الإعدادات.',
  'ext.future.heading': 'قريباً',
  'ext.future.text':
    'لاحقاً سيمكنك هنا تشغيل خطة أمان، ومساعدة عندما تبحث على الإنترنت عن شيء يتعلق بأزمة. لا يوجد أي منهما بعد، ولن يُشغَّل أي منهما أبداً إلا إذا اخترت ذلك.',
};
