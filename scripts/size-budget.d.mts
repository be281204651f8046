export declare const BUDGETS: { widget: number; popup: number; plan: number };
export declare function kib(bytes: number): string;
export declare function checkBudget(name: string, gzipBytes: number, budget: number): { ok: boolean; message: string };
export declare function enforceBudget(name: string, gzipBytes: number, budget: number): string;
export declare function gzipLength(bytes: Uint8Array | string): number;
export declare function gzipSize(file: string): Promise<{ raw: number; gzip: number }>;
interface Group {
  files: Set<string>;
  raw: number;
  gzip: number;
}
export declare function pageScripts(ext: string, page: string): Promise<{ opening: Group; later: Group }>;
export declare function popupScripts(ext: string): Promise<{ opening: Group; later: Group }>;
interface Chunk {
  file: string;
  raw: number;
  gzip: number;
}
export declare function planScripts(
  ext: string,
): Promise<{ opening: Group; languages: Chunk[]; names: Chunk[]; others: Chunk[]; total: number }>;
