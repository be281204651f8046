// Types for minify-css-literals.mjs, so wxt.config.ts and the tests can import it without allowJs.
import type { Plugin } from 'vite';

export function minifyCss(css: string): string;
export function minifyCssLiterals(): Plugin;
