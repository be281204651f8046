// Types for page-size.mjs, so TypeScript tests can import it without allowJs.

export interface ScriptGroup {
  /** Files relative to the extension's folder. */
  files: Set<string>;
  raw: number;
  gzip: number;
}

export function gzipSize(file: string): Promise<{ raw: number; gzip: number }>;

/** The JavaScript an extension page loads on opening, and what it can load later on demand. */
export function pageScripts(ext: string, page: string): Promise<{ opening: ScriptGroup; later: ScriptGroup }>;
