/**
 * Texts in languages other than Norwegian keep Norwegian service names as they are ("legevakt"), so a person
 * recognises them on a sign, a letter or the phone. The translations mark them `[[legevakt]]`; a face renders
 * each marked part with lang="nb" (a screen reader then reads it as Norwegian), and `plainText` drops the
 * marks where a text must be plain (an aria-label, a page title).
 *
 * Phone numbers of more than one group ("116 117", "+47 23 48 72 00") are found too: in right-to-left text
 * the groups would otherwise be laid out in reverse order ("117 116"), so a face isolates them left to right.
 */

const MARKED = /\[\[(.+?)\]\]/g;
/** A marked Norwegian name, or two or more digit groups separated by single spaces (a leading + allowed). */
const SPECIAL = /(\[\[.+?\]\]|\+?\d+(?: \d+)+)/;

/** The text without its `[[…]]` marks. */
export function plainText(text: string): string {
  return text.replace(MARKED, '$1');
}

/**
 * The text split so that every odd entry is a marked Norwegian name (`[[…]]`, marks kept) or a grouped phone
 * number outside one; the even entries are the plain text between them. A Norwegian name keeps its number
 * ("[[Legevakt 116 117]]"): it is laid out left to right as a whole.
 */
export function splitMarked(text: string): string[] {
  return text.split(SPECIAL);
}
