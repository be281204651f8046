import { type Language, LANGUAGES } from '../schema/languages';

/**
 * One file of every language's folder, from `import.meta.glob('./*\/<file>', …)`, keyed by language: the folders
 * are found by their names, so adding a language adds no line where texts are gathered. Throws, at load, when a
 * language in LANGUAGES has no such file.
 */
export function byLanguage<T>(modules: Record<string, T>, file: string): Record<Language, T> {
  const result: Partial<Record<Language, T>> = {};
  for (const lang of LANGUAGES) {
    const module = modules[`./${lang}/${file}`];
    if (module === undefined) throw new Error(`The ${lang} folder has no ${file}`);
    result[lang] = module;
  }
  return result as Record<Language, T>;
}
