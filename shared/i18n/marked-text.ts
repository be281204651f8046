/**
 * Texts in languages other than Norwegian keep Norwegian service names as they are ("legevakt"), so a person
 * recognises them on a sign, a letter or the phone. The translations mark them `[[legevakt]]`; a face renders
 * each marked part with lang="nb" (a screen reader then reads it as Norwegian), and `plainText` drops the
 * marks where a text must be plain (an aria-label, a page title).
 *
 * Phone numbers of more than one group ("116 117", "+47 23 48 72 00") are found too: in right-to-left text
 * the groups would otherwise be laid out in reverse order ("117 116"), so a face isolates them left to right.
 */

/** One piece of a text: plain text, a Norwegian name, or a phone number. */
export type TextPart =
  { kind: 'text'; text: string } | { kind: 'norwegian'; text: string } | { kind: 'number'; text: string };

const MARKED = /\[\[(.+?)\]\]/g;
/** Two or more digit groups separated by single spaces, optionally with a leading +. */
const GROUPED_NUMBER = /\+?\d+(?: \d+)+/g;

/** The text without its `[[…]]` marks. */
export function plainText(text: string): string {
  return text.replace(MARKED, '$1');
}

function numbers(text: string, into: TextPart[]): void {
  let last = 0;
  for (const match of text.matchAll(GROUPED_NUMBER)) {
    if (match.index > last) into.push({ kind: 'text', text: text.slice(last, match.index) });
    into.push({ kind: 'number', text: match[0] });
    last = match.index + match[0].length;
  }
  if (last < text.length) into.push({ kind: 'text', text: text.slice(last) });
}

/**
 * The text in parts: `[[…]]` marks become Norwegian parts, and grouped phone numbers outside them become
 * number parts. A Norwegian part keeps its number ("Legevakt 116 117"): it is laid out left to right as a
 * whole. Joining the parts' texts gives `plainText(text)`.
 */
export function textParts(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(MARKED)) {
    numbers(text.slice(last, match.index), parts);
    parts.push({ kind: 'norwegian', text: match[1] ?? '' });
    last = match.index + match[0].length;
  }
  numbers(text.slice(last), parts);
  return parts;
}
