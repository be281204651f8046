// Arabic for the popup in one chunk: the guide's package and the extension's own texts.
export { pack } from '../../../shared/i18n/ar/index';
export { ar as own } from '../ar';
