import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_LOCAL_SERVICES, MAX_LOCAL_SERVICES_BYTES } from '../../shared/schema/local-service-schema';
import { FETCH_TIMEOUT_MS, fetchLocalServices, parseLocalServices } from '../../widget/local-services';

const RPH = {
  standsFor: 'rask-psykisk-helsehjelp',
  name: 'Rask psykisk helsehjelp (eksempel)',
  contacts: [{ type: 'web', url: 'https://example.com/rph' }],
};
const SERVICES_URL = 'https://kommune.example/services.json';

describe('parseLocalServices', () => {
  it('returns the services of valid data', () => {
    expect(parseLocalServices(JSON.stringify({ $schema: 'x', services: [RPH] }))).toEqual({ services: [RPH] });
  });

  it.each([
    [
      'not JSON',
      '{ services: [',
      '[get-help-now] The <script type="application/json"> in <get-help-now> is not valid JSON',
    ],
    [
      'an http link',
      JSON.stringify({ services: [{ ...RPH, contacts: [{ type: 'web', url: 'http://example.com' }] }] }),
      '[get-help-now] The <script type="application/json"> in <get-help-now> does not match the local-services ' +
        'schema: services.0.contacts.0.url: must be an https:// address; showing the national services only.',
    ],
    [
      'a stand-in for 113',
      JSON.stringify({ services: [{ ...RPH, standsFor: 'emergency-113' }] }),
      'services.0.standsFor: standsFor must be one of: rask-psykisk-helsehjelp, kommunepsykolog',
    ],
    [
      'a missing services list',
      JSON.stringify({ service: [RPH] }),
      'schema: services: must be an array; showing the national services only.',
    ],
    [
      'no services list',
      JSON.stringify([RPH]),
      '[get-help-now] The <script type="application/json"> in <get-help-now> does not match the local-services ' +
        'schema: the JSON must be an object; showing the national services only.',
    ],
  ])('warns about %s and gives no services', (_, text, message) => {
    const loaded = parseLocalServices(text);
    expect(loaded).toEqual({ warning: expect.stringContaining(message) });
  });

  it(`uses the first ${MAX_LOCAL_SERVICES} of more services, and says so`, () => {
    const services = Array.from({ length: 500 }, (_, i) => ({ ...RPH, name: `Tjeneste ${i}` }));
    const loaded = parseLocalServices(JSON.stringify({ services }));
    expect(loaded).toEqual({
      services: services.slice(0, MAX_LOCAL_SERVICES),
      warning:
        '[get-help-now] The <script type="application/json"> in <get-help-now> lists 500 services; the widget ' +
        `shows at most ${MAX_LOCAL_SERVICES}, and uses the first ${MAX_LOCAL_SERVICES}.`,
    });
  });

  it.each([
    ['in plain ASCII', 'x'],
    ['in letters of two bytes', 'ø'],
    ['in letters of three bytes', '€'],
  ])('does not read data over 100 KB (%s), but reads data just under it', (_, letter) => {
    const wrap = (description: string) => JSON.stringify({ services: [{ ...RPH, description }] });
    const overhead = new TextEncoder().encode(wrap('')).length;
    const size = new TextEncoder().encode(letter).length;
    const fits = letter.repeat(Math.floor((MAX_LOCAL_SERVICES_BYTES - overhead) / size));
    expect(parseLocalServices(wrap(fits))).toEqual({ services: [{ ...RPH, description: fits }] });
    expect(parseLocalServices(wrap(`${fits}${letter}${letter}`))).toEqual({
      warning:
        '[get-help-now] The <script type="application/json"> in <get-help-now> is larger than 100 KB, the most the ' +
        'widget reads; showing the national services only.',
    });
  });

  it('lists at most five problems', () => {
    const services = Array.from({ length: 8 }, () => ({ ...RPH, contacts: [] }));
    const loaded = parseLocalServices(JSON.stringify({ services }));
    expect('warning' in loaded && loaded.warning).toContain(
      'services.4.contacts: give at least one contact point; and 3 more;',
    );
  });
});

describe('fetchLocalServices', () => {
  const fetchMock = vi.fn<typeof fetch>();

  beforeEach(() => {
    fetchMock.mockReset();
    vi.stubGlobal('fetch', fetchMock);
  });

  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('fetches without cookies and validates what comes back', async () => {
    fetchMock.mockResolvedValue(new Response(JSON.stringify({ services: [RPH] })));
    await expect(fetchLocalServices(SERVICES_URL, new AbortController().signal)).resolves.toEqual({ services: [RPH] });
    expect(fetchMock).toHaveBeenCalledWith(SERVICES_URL, expect.objectContaining({ credentials: 'omit' }));
  });

  it('refuses a file the server says is over 100 KB, before reading it', async () => {
    const body = new Response('{"services": []}', { headers: { 'Content-Length': String(5 * 1024 * 1024) } });
    const read = vi.spyOn(body, 'text');
    fetchMock.mockResolvedValue(body);
    await expect(fetchLocalServices(SERVICES_URL, new AbortController().signal)).resolves.toEqual({
      warning: `[get-help-now] data-services="${SERVICES_URL}" is larger than 100 KB, the most the widget reads; showing the national services only.`,
    });
    expect(read).not.toHaveBeenCalled();
  });

  it('names data-services and the status when the server says no', async () => {
    fetchMock.mockResolvedValue(new Response('gone', { status: 404 }));
    await expect(fetchLocalServices(SERVICES_URL, new AbortController().signal)).resolves.toEqual({
      warning: `[get-help-now] data-services="${SERVICES_URL}" could not be loaded (HTTP 404); showing the national services only.`,
    });
  });

  it('names data-services when the JSON is broken', async () => {
    fetchMock.mockResolvedValue(new Response('<html>'));
    const loaded = await fetchLocalServices(SERVICES_URL, new AbortController().signal);
    expect(loaded).toEqual({
      warning: expect.stringMatching(/^\[get-help-now\] data-services="[^"]+" is not valid JSON/),
    });
  });

  it(`gives up after ${FETCH_TIMEOUT_MS / 1000} seconds`, async () => {
    vi.useFakeTimers();
    fetchMock.mockImplementation(
      (_, init) =>
        new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new Error('aborted')))),
    );
    const loading = fetchLocalServices(SERVICES_URL, new AbortController().signal);
    await vi.advanceTimersByTimeAsync(FETCH_TIMEOUT_MS);
    await expect(loading).resolves.toEqual({
      warning: `[get-help-now] data-services="${SERVICES_URL}" gave no answer within 8 seconds; showing the national services only.`,
    });
  });

  it('ends quietly when the element leaves the page', async () => {
    const leaving = new AbortController();
    fetchMock.mockImplementation(
      (_, init) =>
        new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new Error('aborted')))),
    );
    const loading = fetchLocalServices(SERVICES_URL, leaving.signal);
    leaving.abort();
    await expect(loading).resolves.toBeUndefined();
  });
});
