// The store images, made from the real built extension (dist/chrome-mv3) in headless Chromium and written to
// store/assets/: `npm run store-assets` (it builds the extension first).
//   screenshot-<n>-<lang>.png   1280×800, the size both stores show best: the popup (first use, and the
//                               guide's results for Oslo) and the options page, in nb, nn and en
//   promo-tile-440x280.png      the Chrome Web Store's small promo tile
//   icon-128.png                the store icon: the 96 px artwork in a 128 px transparent canvas, the padding
//                               the Chrome Web Store asks for
// Every image is drawn at device pixel ratio 1, so its pixels are exactly the sizes above.
/* global chrome */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, launchExtension } from './chromium.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const extensionDir = path.join(root, 'dist/chrome-mv3');
const outDir = path.join(root, 'store/assets');

export const SCREENSHOT = { width: 1280, height: 800 };
export const PROMO_TILE = { width: 440, height: 280 };
export const STORE_ICON = { size: 128, artwork: 96 };
const POPUP = { width: 380, height: 640 };
const LANGS = ['nb', 'nn', 'en'];
const LANGUAGE_NAMES = { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' };
const BLUE = '#1d4f91';

/** The captions above the popups, in each listing's language. */
const CAPTIONS = {
  nb: {
    popup:
      'Hjelp med ett klikk: 113, legevakt og hjelpelinjer øverst, og en rolig veiviser til riktig hjelp der du bor.',
    results: 'Resultatet for Oslo',
    firstUse: 'Første gang: velg kommune og språk',
  },
  nn: {
    popup:
      'Hjelp med eitt klikk: 113, legevakt og hjelpelinjer øvst, og ein roleg rettleiar til rett hjelp der du bur.',
    results: 'Resultatet for Oslo',
    firstUse: 'Første gong: vel kommune og språk',
  },
  en: {
    popup:
      'Help in one click: 113, legevakt and helplines at the top, and a calm guide to the right help where you live.',
    results: 'The result for Oslo',
    firstUse: 'First use: choose municipality and language',
  },
};

const escapeHtml = (text) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** Writes the extension's settings as its settings store does (WXT's item and its version beside it). */
async function setSettings(page, settings) {
  await page.evaluate(async (value) => {
    await chrome.storage.local.clear();
    await chrome.storage.local.set({ settings: value, settings$: { v: 1 } });
  }, settings);
}

/** The popup in `lang`: first use, then the guide's results for someone in Oslo who needs help tonight. */
async function popupShots(page, url, lang) {
  await page.setViewportSize(POPUP);
  await page.goto(url('popup.html'));
  await setSettings(page, { firstRunDone: false });
  await page.reload();
  // The first-use form speaks the language chosen in it; the options' names are the same in every language.
  await page.getByRole('radio', { name: LANGUAGE_NAMES[lang], exact: true }).check();
  await page.waitForFunction((want) => document.documentElement.lang === want, lang);
  const firstUse = await page.screenshot();

  // The guide is driven in English, the browser's language, then the stored language is switched: the popup
  // follows a settings change at once and keeps the guide's answers.
  await setSettings(page, { municipality: '0301', language: 'en', firstRunDone: true });
  await page.reload();
  const button = (name) => page.getByRole('button', { name, exact: true });
  for (let i = 0; i < 4; i++) await button('Next').click();
  await page.getByRole('radio', { name: 'It cannot wait', exact: true }).check();
  await button('Show help now').click();
  await page.locator('.ghn-step').first().waitFor();
  await page.evaluate((value) => chrome.storage.local.set({ settings: value }), {
    municipality: '0301',
    language: lang,
    firstRunDone: true,
  });
  await page.waitForFunction((want) => document.documentElement.lang === want, lang);
  // Moving focus to the results scrolled the popup; a person opening it sees its top.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.evaluate(() => document.fonts.ready);
  const results = await page.screenshot();
  return { firstUse, results };
}

/** A 1280×800 picture: a caption, and the two popup pictures side by side on the brand blue. */
async function framePopups(page, lang, { firstUse, results }) {
  const caption = CAPTIONS[lang];
  const img = (png, label) => `
    <figure><img alt="" src="data:image/png;base64,${png.toString('base64')}" width="${POPUP.width}"
      height="${POPUP.height}"><figcaption>${escapeHtml(label)}</figcaption></figure>`;
  await page.setViewportSize(SCREENSHOT);
  await page.setContent(`<!doctype html><html lang="${lang}"><meta charset="utf-8"><style>
    body { margin: 0; width: ${SCREENSHOT.width}px; height: ${SCREENSHOT.height}px; overflow: hidden;
      background: ${BLUE}; color: #fff; font: 600 26px/1.35 system-ui, sans-serif; }
    p { margin: 0; padding: 28px 64px 0; max-width: 1100px; }
    .row { display: flex; gap: 48px; justify-content: center; margin-top: 22px; }
    figure { margin: 0; }
    img { display: block; border-radius: 12px; box-shadow: 0 8px 24px rgb(0 0 0 / 0.35); }
    figcaption { font-size: 18px; font-weight: 400; margin-top: 8px; text-align: center; }
  </style><p>${escapeHtml(caption.popup)}</p>
  <div class="row">${img(firstUse, caption.firstUse)}${img(results, caption.results)}</div></html>`);
  return page.screenshot();
}

async function writePng(name, png) {
  await writeFile(path.join(outDir, name), png);
  console.log(`  store/assets/${name}`);
}

async function extensionShots() {
  const extension = await launchExtension(extensionDir);
  try {
    const url = (file) => `chrome-extension://${extension.extensionId}/${file}`;
    const page = await extension.context.newPage();
    const canvas = await extension.context.newPage();
    for (const lang of LANGS) {
      const shots = await popupShots(page, url, lang);
      await writePng(`screenshot-1-${lang}.png`, await framePopups(canvas, lang, shots));

      // The options page is a tab of its own: shown as it is, at the screenshot's size.
      await page.setViewportSize(SCREENSHOT);
      await setSettings(page, { municipality: '0301', language: lang, firstRunDone: true });
      await page.goto(url('options.html'));
      await page.waitForFunction((want) => document.documentElement.lang === want, lang);
      await page.locator('input[type="search"]').waitFor();
      await page.evaluate(() => document.fonts.ready);
      await writePng(`screenshot-2-${lang}.png`, await page.screenshot());
    }
    await page.evaluate(() => chrome.storage.local.clear());
  } finally {
    await extension.close();
  }
}

async function tileAndIcon() {
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    const icon96 = (await readFile(path.join(root, 'public/icon/96.png'))).toString('base64');
    const { extName, extDescription } = Object.fromEntries(
      Object.entries(JSON.parse(await readFile(path.join(root, 'public/_locales/nb/messages.json'), 'utf8'))).map(
        ([key, { message }]) => [key, message],
      ),
    );

    await page.setViewportSize(PROMO_TILE);
    await page.setContent(`<!doctype html><html lang="nb"><meta charset="utf-8"><style>
      body { margin: 0; width: ${PROMO_TILE.width}px; height: ${PROMO_TILE.height}px; overflow: hidden;
        background: #fff; color: ${BLUE}; font-family: system-ui, sans-serif; display: flex; align-items: center;
        gap: 24px; padding: 0 28px; box-sizing: border-box; }
      h1 { margin: 0 0 8px; font-size: 36px; }
      p { margin: 0; font-size: 17px; line-height: 1.35; }
      .numbers { font-weight: 700; font-size: 19px; margin-top: 12px; white-space: nowrap; color: #222; }
    </style><img alt="" width="96" height="96" src="data:image/png;base64,${icon96}">
    <div><h1>${escapeHtml(extName)}</h1><p>${escapeHtml(extDescription.split(':')[0])}.</p>
    <p class="numbers">113 · 116 117 · 116 123</p></div></html>`);
    await writePng('promo-tile-440x280.png', await page.screenshot());

    // The 96 px artwork centred in a transparent 128 px square: 16 px of padding on every side.
    const { size, artwork } = STORE_ICON;
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<!doctype html><style>
      html, body { margin: 0; background: transparent; }
      img { display: block; margin: ${(size - artwork) / 2}px; }
    </style><img alt="" width="${artwork}" height="${artwork}" src="data:image/png;base64,${icon96}">`);
    await writePng('icon-128.png', await page.screenshot({ omitBackground: true }));
  } finally {
    await browser.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  console.log('Store images:');
  await extensionShots();
  await tileAndIcon();
}
