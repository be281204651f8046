import { ResultsLoading } from '../shared/ui/Guide';
import { lazyComponent } from '../shared/ui/lazy';

/**
 * The guide's results for the extension's pages, a chunk of their own (the step cards, opening hours): the popup
 * opens without them, and they load with the person's first answer.
 */
export const LazyResults = lazyComponent(() => import('../shared/ui/Results').then((m) => m.Results), ResultsLoading);
