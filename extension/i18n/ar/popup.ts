import type { ExtensionMessages } from '../nb/popup';

/** The extension's own texts in Arabic. Typed against nb's keys: a missing key fails the type check. */
export const messages: ExtensionMessages = {
  'ext.settings': 'الإعدادات',
  'ext.bar.municipality': 'البلدية: {name}',
  'ext.bar.noMunicipality': 'لم تُختر بلدية',
  'ext.setup.heading': 'اجعل المساعدة مناسبة لك',
  'ext.setup.intro': 'اختر بلديتك ولغتك لتناسب المساعدة المكان الذي تعيش فيه. يمكنك تخطي ذلك وتغييره لاحقاً.',
  'ext.setup.private': 'تُحفظ اختياراتك في هذا المتصفح فقط.',
  'ext.municipality.label': 'بلديتك ([[kommune]])',
  'ext.municipality.hint': 'اكتب اسم البلدية أو الرمز البريدي.',
  'ext.municipality.one': 'هناك بلدية واحدة مطابقة.',
  'ext.municipality.many': 'عدد البلديات المطابقة: {n}.',
  'ext.municipality.more': 'عدد البلديات المطابقة: {n}. تظهر أول {shown} منها؛ اكتب المزيد لتجد بلديتك.',
  'ext.municipality.none': 'لا توجد بلدية مطابقة. جرّب اسماً آخر أو رمزاً بريدياً من أربعة أرقام.',
  'ext.municipality.chosen': 'البلدية المختارة: {name}',
  'ext.municipality.clear': 'إزالة البلدية',
  'ext.language.legend': 'اللغة',
  'ext.audience.legend': 'من يحتاج إلى المساعدة عادةً؟',
  'ext.audience.ask': 'اسألني في كل مرة',
  'ext.audience.young': 'طفل أو شاب',
  'ext.save': 'حفظ',
  'ext.cancel': 'إلغاء',
  'ext.allSettings': 'كل الإعدادات والخصوصية',
  'ext.plan': 'خطتي',
  'ext.setAside':
    'تعذّرت قراءة إعداداتك المحفوظة، لذلك تبدأ الإضافة من جديد. الإعدادات القديمة محفوظة جانباً في هذا المتصفح، وزر «حذف الإعدادات» في كل الإعدادات يحذفها.',
};
