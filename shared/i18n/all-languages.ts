import { pack as ar } from './ar/index';
import { addLanguage } from './messages';
import { pack as nn } from './nn-pack';
import { pack as pl } from './pl/index';
import { pack as uk } from './uk/index';

/**
 * Every language at once, for the widget: one file with no further requests, so it carries them all
 * (scripts/size-budget.mjs holds its size). Importing this module adds them.
 */
addLanguage('nn', nn);
addLanguage('uk', uk);
addLanguage('pl', pl);
addLanguage('ar', ar);
