// Types for ascii-only.mjs, so the tests can import it without allowJs.
import type { Plugin } from 'vite';

export function asciiOnly(code: string): string;
export function asciiOnlyOutput(): Plugin;
