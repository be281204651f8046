import type { ExtensionMessages } from '../nb/popup';

/** The extension's own texts in English. Typed against nb's keys: a missing key fails the type check. */
export const messages: ExtensionMessages = {
  'ext.plan': 'My plan',
  'ext.settings': 'Settings',
  'ext.bar.municipality': 'Municipality: {name}',
  'ext.bar.noMunicipality': 'No municipality chosen',
  'ext.setup.heading': 'Make the help fit',
  'ext.setup.intro':
    'Choose your municipality and language, and the help fits where you live. You can skip this and change it later.',
  'ext.setup.private': 'Your choices are stored only in this browser.',
  'ext.municipality.label': 'Your municipality ([[kommune]])',
  'ext.municipality.hint': 'Type the name of the municipality or a postcode.',
  'ext.municipality.one': '1 municipality matches.',
  'ext.municipality.many': '{n} municipalities match.',
  'ext.municipality.more': '{n} municipalities match. The first {shown} are shown; type more to find yours.',
  'ext.municipality.none': 'No municipality matches. Try another name or a four-digit postcode.',
  'ext.municipality.chosen': 'Chosen municipality: {name}',
  'ext.municipality.clear': 'Remove the municipality',
  'ext.language.legend': 'Language',
  'ext.audience.legend': 'Who is it usually about?',
  'ext.audience.ask': 'Ask each time',
  'ext.audience.young': 'A child or young person',
  'ext.save': 'Save',
  'ext.cancel': 'Cancel',
  'ext.allSettings': 'All settings and privacy',
  'ext.setAside':
    'Your saved settings could not be read, so the extension starts afresh. The old ones are kept aside in this browser, and “Delete the settings” under All settings removes them.',
};
