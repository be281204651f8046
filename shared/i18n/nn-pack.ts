import { SERVICES } from '../catalogue/services';
import type { LanguagePack } from './messages';
import { nn } from './nn';

/** Nynorsk as a package the extension loads on demand; its service names are the catalogue's own. */
export const pack: LanguagePack = {
  messages: nn,
  serviceNames: Object.fromEntries(
    SERVICES.map((service) => [service.id, service.name.nn]),
  ) as LanguagePack['serviceNames'],
};
