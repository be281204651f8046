import type { LanguagePack } from '../pack';
import { messages } from './guide';
import { serviceNames } from './services';

export const pack: LanguagePack = { messages, serviceNames };
