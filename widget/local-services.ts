import { formatIssues } from '../shared/schema/format-issues';
import {
  type LocalService,
  LocalServicesSchema,
  MAX_LOCAL_SERVICES,
  MAX_LOCAL_SERVICES_BYTES,
} from '../shared/schema/local-service-schema';
import { PREFIX } from './prefix';

/** The host's services (with a warning when some were left out), or the one warning that says why there are none. */
export type Loaded = { services: LocalService[] } | { services: LocalService[]; warning: string } | { warning: string };

/** How long a `data-services` URL may take before the guide stays national. */
export const FETCH_TIMEOUT_MS = 8000;
const INSTEAD = 'showing the national services only';
const INLINE = 'The <script type="application/json"> in <get-help-now>';

const KIB = MAX_LOCAL_SERVICES_BYTES / 1024;
const tooLarge = (source: string) =>
  `${PREFIX} ${source} is larger than ${KIB} KB, the most the widget reads; ${INSTEAD}.`;

/** Whether `text` takes more than MAX_LOCAL_SERVICES_BYTES in UTF-8, without encoding a huge string. */
function isTooLarge(text: string): boolean {
  // A UTF-16 code unit is at least one byte of UTF-8, and at most three.
  if (text.length > MAX_LOCAL_SERVICES_BYTES) return true;
  if (text.length * 3 <= MAX_LOCAL_SERVICES_BYTES) return false;
  return new TextEncoder().encode(text).length > MAX_LOCAL_SERVICES_BYTES;
}

const isList = (data: unknown): data is { services: unknown[] } =>
  typeof data === 'object' && data !== null && Array.isArray((data as { services?: unknown }).services);

/**
 * Validates what the host wrote against LocalServicesSchema; `source` names where it came from. Data over
 * MAX_LOCAL_SERVICES_BYTES is not read; of more than MAX_LOCAL_SERVICES services, the first are used.
 */
export function parseLocalServices(text: string, source = INLINE): Loaded {
  if (isTooLarge(text)) return { warning: tooLarge(source) };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { warning: `${PREFIX} ${source} is not valid JSON (${(error as Error).message}); ${INSTEAD}.` };
  }
  let cut: number | undefined;
  if (isList(data) && data.services.length > MAX_LOCAL_SERVICES) {
    cut = data.services.length;
    data = { ...data, services: data.services.slice(0, MAX_LOCAL_SERVICES) };
  }
  const result = LocalServicesSchema.safeParse(data);
  if (!result.success) {
    const issues = formatIssues(result.error.issues, { root: 'the JSON', limit: 5 });
    return { warning: `${PREFIX} ${source} does not match the local-services schema: ${issues}; ${INSTEAD}.` };
  }
  if (cut === undefined) return { services: result.data.services };
  return {
    services: result.data.services,
    warning: `${PREFIX} ${source} lists ${cut} services; the widget shows at most ${MAX_LOCAL_SERVICES}, and uses the first ${MAX_LOCAL_SERVICES}.`,
  };
}

/**
 * Fetches and validates the host's services: no cookies, at most FETCH_TIMEOUT_MS. Resolves with a warning
 * rather than rejecting; resolves with undefined when `signal` aborts (the element left the page).
 */
export async function fetchLocalServices(url: string, signal: AbortSignal): Promise<Loaded | undefined> {
  const source = `data-services=${JSON.stringify(url)}`;
  const failed = (problem: string): Loaded => ({ warning: `${PREFIX} ${source} ${problem}; ${INSTEAD}.` });
  // One controller for both the element's signal and the timeout (AbortSignal.any is too new to rely on).
  const controller = new AbortController();
  const abort = () => controller.abort();
  signal.addEventListener('abort', abort, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, FETCH_TIMEOUT_MS);
  try {
    const response = await fetch(url, {
      credentials: 'omit',
      signal: controller.signal,
      headers: { Accept: 'application/json' },
    });
    if (!response.ok) return failed(`could not be loaded (HTTP ${response.status})`);
    // Refused before it is read, when the server says how large it is.
    if (Number(response.headers.get('Content-Length')) > MAX_LOCAL_SERVICES_BYTES) {
      controller.abort();
      return { warning: tooLarge(source) };
    }
    return parseLocalServices(await response.text(), source);
  } catch (error) {
    if (signal.aborted) return undefined;
    if (timedOut) return failed(`gave no answer within ${FETCH_TIMEOUT_MS / 1000} seconds`);
    return failed(`could not be loaded (${(error as Error).message})`);
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', abort);
  }
}
