// What the guide needs only once it shows its results: routing, opening hours, holidays and the step cards.
// The guide model imports this module when the person first answers, so a face that splits its code (the
// extension's popup) opens without it; the widget's single file holds it inline.
export { recommend } from '../routing/recommend';
export { Results } from './Results';
