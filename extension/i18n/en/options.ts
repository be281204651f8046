import type { OptionsMessages } from '../nb/options';

/** The options page's own texts in English. Typed against nb's keys: a missing key fails the type check. */
export const messages: OptionsMessages = {
  'ext.options.title': 'Get help now settings',
  'ext.privacy.heading': 'Privacy',
  'ext.privacy.stored':
    'For the settings, the extension stores only four things: the municipality number you choose, the language, who the help is usually about, and whether you have answered or skipped the first-use questions.',
  'ext.privacy.where':
    'They are stored in this browser (storage.local), with a version number for the format. They are not synced to other devices or accounts.',
  'ext.privacy.nothingLeaves':
    'Nothing leaves your device. The extension makes no network requests, has no analytics or tracking, and loads no code from elsewhere. All services and municipalities are built in.',
  'ext.privacy.answers': 'Your answers in the guide are not stored. They are gone when you close the window.',
  'ext.privacy.links':
    'When you tap a number or a link, your phone or browser opens it. The privacy policy of whoever you contact then applies.',
  'ext.privacy.clear': 'Delete the settings',
  'ext.privacy.cleared': 'The settings are deleted.',
  'ext.plan.heading': 'My plan',
  'ext.plan.text':
    'A plan in your own words for hard times: warning signs, what helps, and who you can contact. If you write one, it is stored only in this browser, and you can lock it with a code.',
  'ext.plan.open': 'Open My plan',
  'ext.future.heading': 'Coming later',
  'ext.future.text':
    'Later you will be able to switch on help when you search the web for something about a crisis. It does not exist yet, and it will never be switched on unless you choose it.',
};
