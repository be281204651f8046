import { useMemo } from 'preact/hooks';
import type { Language } from '../shared/schema/language-schema';
import { createSearchHelpModel } from './search-help-model';
import { SearchHelpSwitch } from './SearchHelpSwitch';

/**
 * The popup's first-use sentence that switches search help on, with its own model. Loaded in a chunk of its own
 * when that screen shows: the popup's opening budget (40 KB gzip) has no room for it.
 */
export function SearchHelpOffer({ lang }: { lang: Language }) {
  const model = useMemo(() => {
    const created = createSearchHelpModel();
    void created.start();
    return created;
  }, []);
  return <SearchHelpSwitch model={model} lang={lang} />;
}
