import { formatIssues } from '../shared/schema/format-issues';
import { type LocalService, LocalServicesSchema } from '../shared/schema/local-service-schema';
import { PREFIX } from './prefix';

/** The host's services, or the one warning that says why there are none. */
export type Loaded = { services: LocalService[] } | { warning: string };

/** How long a `data-services` URL may take before the guide stays national. */
export const FETCH_TIMEOUT_MS = 8000;
const INSTEAD = 'showing the national services only';
const INLINE = 'The <script type="application/json"> in <get-help-now>';

/** Validates what the host wrote against LocalServicesSchema; `source` names where it came from. */
export function parseLocalServices(text: string, source = INLINE): Loaded {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { warning: `${PREFIX} ${source} is not valid JSON (${(error as Error).message}); ${INSTEAD}.` };
  }
  const result = LocalServicesSchema.safeParse(data);
  if (!result.success) {
    const issues = formatIssues(result.error.issues, { root: 'the JSON', limit: 5 });
    return { warning: `${PREFIX} ${source} does not match the local-services schema: ${issues}; ${INSTEAD}.` };
  }
  return { services: result.data.services };
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
