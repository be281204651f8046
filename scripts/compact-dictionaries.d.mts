import type { Plugin } from 'vite';

/** Packs texts written mostly in one non-Latin script one byte a letter; undefined for Latin-letter texts. */
export function packTexts(values: string[]): { table: string; packed: string[] } | undefined;

/** The build plugin: every language's texts but Bokmål's as lists in Bokmål's key order, packed where it pays. */
export function compactDictionaries(root: string, viteConfig: object): Plugin;
