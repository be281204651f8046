import type { OptionsMessages } from '../nb/options';

/** The options page's own texts in English. Typed against nb's keys: a missing key fails the type check. */
export const messages: OptionsMessages = {
  'ext.options.title': 'Get help now settings',
  'ext.saved': 'Settings saved.',
  'ext.privacy.heading': 'Privacy',
  'ext.privacy.stored':
    'For the settings, the extension stores only five things: the municipality number you choose, the language, who the help is usually about, whether you have answered or skipped the first-use questions, and whether search help is on.',
  'ext.privacy.where':
    'They are stored in this browser (storage.local), with a version number for the format. They are not synced to other devices or accounts. Settings that cannot be read are kept aside there, under a name of their own, until you delete the settings.',
  'ext.privacy.nothingLeaves':
    'Nothing leaves your device. The extension makes no network requests, has no analytics or tracking, and loads no code from elsewhere. All services and municipalities are built in.',
  'ext.privacy.answers': 'Your answers in the guide are not stored. They are gone when you close the window.',
  'ext.privacy.links':
    'When you tap a number or a link, your phone or browser opens it. The privacy policy of whoever you contact then applies.',
  'ext.searchHelp.heading': 'Help when you search',
  'ext.searchHelp.text':
    'When you search Google, Bing, DuckDuckGo, Kvasir, Ecosia or Brave Search for something about suicide, self-harm or not being able to go on, the extension can show a card at the top of the results with phone lines that answer now. It is off until you switch it on. Then the browser asks your permission for these search sites, and no others. Startpage is not included, because its address does not hold the search words.',
  'ext.privacy.search':
    'Search help reads the search words in the search page’s address, on this device only, to decide whether to show the card. Nothing about your searches is stored, logged or sent anywhere, and the script on the search page makes no network requests. The only thing search help stores is whether it is on or off.',
  'ext.privacy.clear': 'Delete the settings',
  'ext.privacy.cleared': 'The settings are deleted.',
  'ext.plan.heading': 'My plan',
  'ext.plan.text':
    'A plan in your own words for hard times: warning signs, what helps, and who you can contact. If you write one, it is stored only in this browser, and you can lock it with a code.',
  'ext.plan.open': 'Open My plan',
};
