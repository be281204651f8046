import type { LanguagePack } from '../messages';
import { pl } from './messages';
import { plServiceNames } from './service-names';

/** Everything in Polish, in one package the extension can load on demand. */
export const pack: LanguagePack = { messages: pl, serviceNames: plServiceNames };
