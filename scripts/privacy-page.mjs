// The demo site's privacy page (dist/demo/privacy.html), made from PRIVACY.md so that the store listings link
// to one text, not two that drift apart. PRIVACY.md keeps to a small part of Markdown: headings, paragraphs,
// "- " lists (continued by indented lines), **bold** and `code`, and `<!-- lang: xx -->` comments that start
// a section in that language.
import { readFile, writeFile } from 'node:fs/promises';

const escapeHtml = (text) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** Inline Markdown: **bold** and `code`, the rest escaped. */
function inline(text) {
  return escapeHtml(text)
    .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
    .replace(/`(.+?)`/g, '<code>$1</code>');
}

/**
 * The HTML body of PRIVACY.md: each `<!-- lang: xx -->` opens a `<section lang="xx">` (the text before the
 * first one is in English). The `#` heading is the page's title and h1; `##` and `###` become h2 and h3.
 * @param {string} markdown
 * @returns {{ title: string, body: string }}
 */
export function privacyHtml(markdown) {
  const out = [];
  let title = '';
  let inList = false;
  let inSection = false;
  let paragraph = [];
  const flush = () => {
    if (paragraph.length) out.push(`<p>${inline(paragraph.join(' '))}</p>`);
    paragraph = [];
  };
  const closeList = () => {
    if (inList) out.push('</ul>');
    inList = false;
  };
  for (const line of markdown.split('\n')) {
    const lang = line.match(/^<!-- lang: ([a-z]{2,3}) -->$/);
    const heading = line.match(/^(#{1,3}) (.+)$/);
    const item = line.match(/^- (.+)$/);
    if (lang) {
      flush();
      closeList();
      if (inSection) out.push('</section>');
      out.push(`<section lang="${lang[1]}">`);
      inSection = true;
    } else if (heading) {
      flush();
      closeList();
      const level = heading[1].length;
      if (level === 1) title = heading[2];
      else out.push(`<h${level}>${inline(heading[2])}</h${level}>`);
    } else if (item) {
      flush();
      if (!inList) out.push('<ul>');
      inList = true;
      out.push(`<li>${inline(item[1])}`);
    } else if (inList && /^ {2}\S/.test(line)) {
      out[out.length - 1] += ` ${inline(line.trim())}`;
    } else if (line.trim() === '') {
      flush();
      closeList();
    } else {
      closeList();
      paragraph.push(line.trim());
    }
  }
  flush();
  closeList();
  if (inSection) out.push('</section>');
  // Close each list item where the next item, or the list's end, begins.
  const body = out.join('\n').replace(/(<li>[^\n]*)(?=\n(?:<li>|<\/ul>))/g, '$1</li>');
  return { title, body };
}

/** Writes the privacy page from `markdownFile` to `htmlFile`, in the demo site's plain layout. */
export async function writePrivacyPage(markdownFile, htmlFile) {
  const { title, body } = privacyHtml(await readFile(markdownFile, 'utf8'));
  const html = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${inline(title).replace(/<[^>]+>/g, '')}</title>
    <link rel="icon" href="favicon.svg" />
    <link rel="stylesheet" href="demo.css" />
  </head>
  <body>
    <header class="site-header"><a href="./">get-help-now: demo</a></header>
    <main>
      <h1>${inline(title)}</h1>
      <p lang="nb"><strong>Er et liv i fare? Ring <a href="tel:113">113</a>.</strong></p>
${body}
    </main>
  </body>
</html>
`;
  await writeFile(htmlFile, html);
}
