// Nynorsk for the popup in one chunk: the guide's package and the extension's own texts.
export { pack } from '../../../shared/i18n/nn-pack';
export { nn as own } from '../nn';
