import { createModel, signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import { isSearchHelpOn, searchHelpItem, switchSearchHelp } from './search-help';

/** What the last switch did, for a live region: on, off, or not on because the browser was not allowed. */
export type SearchHelpStatus = 'on' | 'off' | 'denied' | undefined;

/** The search help switch of the popup's first use and the options page: its state and its one action. */
export const SearchHelpModel = createModel(() => {
  /** Undefined until storage and the browser's permissions have answered. */
  const on = signal<boolean | undefined>(undefined);
  const status = signal<SearchHelpStatus>(undefined);
  const refresh = async () => {
    on.value = await isSearchHelpOn();
  };
  return {
    on,
    status,
    /** Reads the state and follows it when it changes elsewhere (the other page, the browser's own settings). */
    async start(): Promise<void> {
      try {
        browser.permissions.onAdded.addListener(() => void refresh());
        browser.permissions.onRemoved.addListener(() => void refresh());
        searchHelpItem().watch(() => void refresh());
      } catch (error) {
        // The switch still shows the state as the page opened; it just does not follow changes made elsewhere.
        console.warn('Get help now: could not follow changes to search help.', error);
      }
      await refresh();
    },
    /** Call it first thing in the click handler: switching on asks the browser, which needs the click. */
    switch(next: boolean): Promise<void> {
      const done = switchSearchHelp(next);
      return done.then((now) => {
        on.value = now;
        status.value = now ? 'on' : next ? 'denied' : 'off';
      });
    },
  };
});
export type SearchHelpModel = InstanceType<typeof SearchHelpModel>;

/** A search help switch's model: `new SearchHelpModel()`, for callers that prefer a function. */
export const createSearchHelpModel = (): SearchHelpModel => new SearchHelpModel();
