import type { LanguagePack } from '../messages';
import { uk } from './messages';
import { ukServiceNames } from './service-names';

/** Everything in Ukrainian, in one package the extension can load on demand. */
export const pack: LanguagePack = { messages: uk, serviceNames: ukServiceNames };
