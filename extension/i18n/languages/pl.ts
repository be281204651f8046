// Polish for the popup in one chunk: the guide's package and the extension's own texts.
export { pack } from '../../../shared/i18n/pl/index';
export { pl as own } from '../pl';
