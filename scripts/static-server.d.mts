// Types for static-server.mjs, so TypeScript tests can import it without allowJs.

export interface StaticServer {
  /** The server's origin without a trailing slash, e.g. `http://127.0.0.1:41234`. */
  url: string;
  /** The path of every request received so far, in order (`/demo.html`), query left off. */
  requests: string[];
  /** Stops listening and drops open keep-alive connections. */
  close(): Promise<void>;
}

export interface StaticServerOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Defaults to 127.0.0.1, so nothing is exposed beyond this machine. */
  host?: string;
  /** Extra response headers for a request path, e.g. a Content-Security-Policy for the demo page. */
  headers?: (path: string) => Record<string, string> | undefined;
  /**
   * Markup put first in every HTML page's <head>: for a browser driver that cannot run a script before the
   * page's own (WebDriver without BiDi), e.g. one that records page errors.
   */
  headStart?: string;
}

/** Serves the files under `rootDir` (GET and HEAD only; `/` and folders serve their `index.html`). */
export function startStaticServer(rootDir: string, options?: StaticServerOptions): Promise<StaticServer>;
