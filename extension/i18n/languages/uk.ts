// Ukrainian for the popup in one chunk: the guide's package and the extension's own texts.
export { pack } from '../../../shared/i18n/uk/index';
export { uk as own } from '../uk';
