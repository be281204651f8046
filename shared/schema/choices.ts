// The closed lists of choices the faces share, each written once: the widget's attributes, the extension's
// settings and the guide all take their values and types from here.

/** Who the help is usually for: the person, someone they worry about, or a child or young person. */
export const AUDIENCES = ['self', 'someone-else', 'young'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** The colour themes: light, dark, or `auto`, which follows the reader's system. */
export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];
