import type { LanguagePack } from '../messages';
import { ar } from './messages';
import { arServiceNames } from './service-names';

/** Everything in Arabic, in one package the extension can load on demand. */
export const pack: LanguagePack = { messages: ar, serviceNames: arServiceNames };
