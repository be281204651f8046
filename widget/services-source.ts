import type { LocalService } from '../shared/schema/local-service-schema';
import { fetchLocalServices, type Loaded, parseLocalServices } from './local-services';

interface Handlers {
  /** The host's services, each time they are read: into the guide's one signal of local services. */
  use(services: readonly LocalService[]): void;
  /** Why the host's services could not be used (once per message: the element dedupes). */
  warn(message: string): void;
  /** Something broke: the element falls back to the emergency numbers. */
  fail(error: unknown): void;
}

/**
 * The host's local services from either of their two places, into one callback: a `data-services` URL when
 * the host set one, else a child `<script type="application/json">`, which is watched, since a parser still
 * reading the element's children or a script may add or change it later. Everything ends with `connection`.
 */
export class ServicesSource {
  readonly #host: Element;
  readonly #connection: AbortSignal;
  readonly #handlers: Handlers;
  /** The URL being read; null before load() is first called, undefined when the services are inline. */
  #url: string | undefined | null = null;
  /** Aborted when another URL replaces the one being fetched. */
  #fetch: AbortController | undefined;

  constructor(host: Element, connection: AbortSignal, handlers: Handlers) {
    this.#host = host;
    this.#connection = connection;
    this.#handlers = handlers;
    const observer = new MutationObserver(() => this.#guard(() => this.#readInline()));
    observer.observe(host, { childList: true, subtree: true, characterData: true });
    connection.addEventListener('abort', () => observer.disconnect(), { once: true });
  }

  /** Reads the services from `url`, or from the child script when there is none. */
  load(url: string | undefined): void {
    this.#fetch?.abort();
    this.#fetch = undefined;
    this.#url = url;
    if (this.#connection.aborted) return;
    if (!url) {
      this.#readInline();
      return;
    }
    const load = new AbortController();
    this.#fetch = load;
    this.#connection.addEventListener('abort', () => load.abort(), { once: true, signal: load.signal });
    fetchLocalServices(url, load.signal)
      .then((loaded) => {
        if (loaded && !load.signal.aborted) this.#guard(() => this.#use(loaded));
      })
      .catch((error: unknown) => this.#handlers.fail(error));
  }

  #readInline(): void {
    if (this.#url !== undefined) return;
    const script = this.#host.querySelector(':scope > script[type="application/json"]');
    this.#use(script ? parseLocalServices(script.textContent ?? '') : { services: [] });
  }

  #use(loaded: Loaded): void {
    if ('warning' in loaded) this.#handlers.warn(loaded.warning);
    this.#handlers.use('services' in loaded ? loaded.services : []);
  }

  #guard(work: () => void): void {
    try {
      work();
    } catch (error) {
      this.#handlers.fail(error);
    }
  }
}
