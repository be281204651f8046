import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isSearchHelpOn, switchSearchHelp } from '../../extension/search-help';
import { startSearchHelpBackground, syncSearchHelp } from '../../extension/search-help-registration';
import {
  OPEN_GUIDE_MESSAGE,
  SEARCH_CARD_SCRIPT_FILE,
  SEARCH_HELP_SCRIPT_FILE,
  SEARCH_ORIGINS,
  SEARCH_RESULTS_MATCHES,
  SHOW_CARD_MESSAGE,
  STOP_SEARCH_HELP_MESSAGE,
} from '../../shared/search-help';

// WXT's fake browser has no `permissions` or `scripting`: these stand in for them, as far as search help uses them.
type Listener = (...args: unknown[]) => unknown;
function fakeEvent() {
  const listeners: Listener[] = [];
  return {
    addListener: (listener: Listener) => listeners.push(listener),
    removeListener: (listener: Listener) => listeners.splice(listeners.indexOf(listener), 1),
    trigger: (...args: unknown[]) => Promise.all(listeners.map((l) => l(...args))),
  };
}

interface Request {
  permissions?: string[];
  origins?: string[];
}

function fakePermissions() {
  const granted = new Set<string>();
  const onAdded = fakeEvent();
  const onRemoved = fakeEvent();
  const all = ({ permissions = [], origins = [] }: Request) => [...permissions, ...origins];
  return {
    granted,
    /** What the person answers the next prompt. */
    answer: true,
    onAdded,
    onRemoved,
    request: vi.fn(async function (this: { answer: boolean }, request: Request) {
      if (!permissions.answer) return false;
      all(request).forEach((p) => granted.add(p));
      await onAdded.trigger(request);
      return true;
    }),
    contains: async (request: Request) => all(request).every((p) => granted.has(p)),
    remove: vi.fn(async (request: Request) => {
      all(request).forEach((p) => granted.delete(p));
      await onRemoved.trigger(request);
      return true;
    }),
    /** The person revokes the sites in the browser's own settings. */
    async revoke() {
      granted.clear();
      await onRemoved.trigger({ origins: [...SEARCH_ORIGINS] });
    },
  };
}

interface Script {
  id: string;
  matches?: string[];
  js?: string[];
}

function fakeScripting() {
  const registered = new Map<string, Script>();
  return {
    registered,
    getRegisteredContentScripts: async ({ ids }: { ids: string[] }) =>
      [...registered.values()].filter((s) => ids.includes(s.id)),
    registerContentScripts: vi.fn(async (scripts: Script[]) => {
      for (const s of scripts) {
        if (registered.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        registered.set(s.id, s);
      }
    }),
    updateContentScripts: vi.fn(async (scripts: Script[]) => {
      for (const s of scripts) registered.set(s.id, s);
    }),
    unregisterContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => {
      for (const id of ids) registered.delete(id);
    }),
    executeScript: vi.fn(async () => []),
  };
}

let permissions: ReturnType<typeof fakePermissions>;
let scripting: ReturnType<typeof fakeScripting>;
let sentToTabs: unknown[];

beforeEach(() => {
  fakeBrowser.reset();
  permissions = fakePermissions();
  scripting = fakeScripting();
  sentToTabs = [];
  Object.assign(fakeBrowser, { permissions, scripting });
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async (_tab: number, message: unknown) => {
    sentToTabs.push(message);
  });
});

afterEach(() => {
  vi.restoreAllMocks();
});

const stored = () => fakeBrowser.storage.local.get();

describe('switching search help', () => {
  it('is off until the person switches it on', async () => {
    expect(await isSearchHelpOn()).toBe(false);
    expect(await stored()).toEqual({});
  });

  it('asks for the search sites and scripting before anything else, and is on when they are granted', async () => {
    const done = switchSearchHelp(true);
    // Synchronously, in the click: Firefox forgets the click after the first await.
    expect(permissions.request).toHaveBeenCalledWith({ permissions: ['scripting'], origins: [...SEARCH_ORIGINS] });

    expect(await done).toBe(true);
    expect(await isSearchHelpOn()).toBe(true);
    // The one thing written: the choice, under its own key.
    expect(await stored()).toEqual({ searchHelp: true });
  });

  it('stays off when the person refuses the sites', async () => {
    permissions.answer = false;

    expect(await switchSearchHelp(true)).toBe(false);
    expect(await isSearchHelpOn()).toBe(false);
    expect(await stored()).toEqual({});
  });

  it('switches off by forgetting the choice and giving the sites back', async () => {
    await switchSearchHelp(true);

    expect(await switchSearchHelp(false)).toBe(false);
    expect(permissions.remove).toHaveBeenCalled();
    expect(permissions.granted.size).toBe(0);
    expect(await isSearchHelpOn()).toBe(false);
  });

  it('counts as off when the sites were revoked in the browser, whatever was chosen', async () => {
    await switchSearchHelp(true);
    await permissions.revoke();

    expect(await isSearchHelpOn()).toBe(false);
  });
});

describe("the background's registration of the card's script", () => {
  const registered = () => scripting.registered.get('search-help');

  it('registers nothing at start-up while search help is off', async () => {
    startSearchHelpBackground();
    await fakeBrowser.runtime.onStartup.trigger();

    expect(await syncSearchHelp()).toBe(false);
    expect(scripting.registerContentScripts).not.toHaveBeenCalled();
  });

  it('registers the script on the results pages when switched on', async () => {
    startSearchHelpBackground();
    await switchSearchHelp(true);

    await vi.waitFor(() => expect(registered()).toBeDefined());
    expect(registered()).toMatchObject({ matches: [...SEARCH_RESULTS_MATCHES], js: [SEARCH_HELP_SCRIPT_FILE] });
  });

  it('brings the registration up to date after start-up, without registering it twice', async () => {
    await switchSearchHelp(true);
    await syncSearchHelp();
    startSearchHelpBackground();

    await fakeBrowser.runtime.onStartup.trigger();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update' });

    await vi.waitFor(() => expect(scripting.updateContentScripts).toHaveBeenCalledTimes(2));
    expect(scripting.registerContentScripts).toHaveBeenCalledTimes(1);
    expect(scripting.registered.size).toBe(1);
  });

  it('unregisters the script and tells open cards to go when the sites are revoked', async () => {
    await switchSearchHelp(true);
    await syncSearchHelp();
    await fakeBrowser.tabs.create({ url: 'https://www.google.no/search?q=test' });
    startSearchHelpBackground();

    await permissions.revoke();

    await vi.waitFor(() => expect(registered()).toBeUndefined());
    await vi.waitFor(() => expect(sentToTabs).toContain(STOP_SEARCH_HELP_MESSAGE));
  });

  it('unregisters the script when switched off', async () => {
    startSearchHelpBackground();
    await switchSearchHelp(true);
    await vi.waitFor(() => expect(registered()).toBeDefined());

    await switchSearchHelp(false);

    await vi.waitFor(() => expect(registered()).toBeUndefined());
  });

  it("runs the card's script in the frame whose search matched, while search help is on", async () => {
    startSearchHelpBackground();
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.google.no/search?q=selvmord' });
    const self = { id: fakeBrowser.runtime.id, tab, frameId: 0 };

    await fakeBrowser.runtime.onMessage.trigger(SHOW_CARD_MESSAGE, self, () => {});
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(scripting.executeScript).not.toHaveBeenCalled();

    await switchSearchHelp(true);
    await fakeBrowser.runtime.onMessage.trigger(SHOW_CARD_MESSAGE, self, () => {});
    await vi.waitFor(() =>
      expect(scripting.executeScript).toHaveBeenCalledWith({
        target: { tabId: tab.id, frameIds: [0] },
        files: [SEARCH_CARD_SCRIPT_FILE],
      }),
    );
  });

  it('opens the guide in a tab when a card asks, and nothing for any other message', async () => {
    startSearchHelpBackground();
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const self = { id: fakeBrowser.runtime.id };

    await fakeBrowser.runtime.onMessage.trigger({ query: 'anything' }, self, () => {});
    await fakeBrowser.runtime.onMessage.trigger(OPEN_GUIDE_MESSAGE, { id: 'another-extension' }, () => {});
    expect(create).not.toHaveBeenCalled();

    await fakeBrowser.runtime.onMessage.trigger(OPEN_GUIDE_MESSAGE, self, () => {});
    expect(create).toHaveBeenCalledWith({ url: fakeBrowser.runtime.getURL('/popup.html') });
  });
});
