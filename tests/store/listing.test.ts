// The store listings and images in store/: what the stores check on upload, checked here first.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const LANGS = ['nb', 'nn', 'en'] as const;
const SECTIONS = ['Name', 'Summary', 'Description', 'Single purpose', 'Permissions', 'Data use'];

/** The `## Heading` sections of a listing, by heading. */
function sections(lang: string): Record<string, string> {
  const text = readFileSync(path.join(root, `store/listing/${lang}.md`), 'utf8');
  const parts = text.split(/^## (.+)$/m).slice(1);
  const found: Record<string, string> = {};
  for (let i = 0; i < parts.length; i += 2) found[parts[i] ?? ''] = (parts[i + 1] ?? '').trim();
  return found;
}

function messages(lang: string): Record<string, string> {
  const file = path.join(root, `public/_locales/${lang}/messages.json`);
  const json = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { message: string }>;
  return Object.fromEntries(Object.entries(json).map(([key, { message }]) => [key, message]));
}

interface Png {
  width: number;
  height: number;
  /** 6 is RGBA. */
  colorType: number;
  /** The alpha of pixel (x, y), for 8-bit RGBA images without interlacing. */
  alpha(x: number, y: number): number;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

function readPng(file: string): Png {
  const data = readFileSync(file);
  expect(data.subarray(1, 4).toString('latin1')).toBe('PNG');
  const width = data.readUInt32BE(16);
  const height = data.readUInt32BE(20);
  const colorType = data[25] ?? -1;
  const chunks: Buffer[] = [];
  for (let offset = 8; offset < data.length;) {
    const length = data.readUInt32BE(offset);
    if (data.subarray(offset + 4, offset + 8).toString('latin1') === 'IDAT') {
      chunks.push(data.subarray(offset + 8, offset + 8 + length));
    }
    offset += length + 12;
  }
  let pixels: Uint8Array | undefined;
  const decode = () => {
    // Undo each row's PNG filter (None, Sub, Up, Average, Paeth); 4 bytes a pixel.
    const raw = inflateSync(Buffer.concat(chunks));
    const stride = width * 4;
    const out = new Uint8Array(stride * height);
    for (let y = 0; y < height; y++) {
      const filter = raw[y * (stride + 1)] ?? 0;
      for (let i = 0; i < stride; i++) {
        const x = raw[y * (stride + 1) + 1 + i] ?? 0;
        const a = i >= 4 ? (out[y * stride + i - 4] ?? 0) : 0;
        const b = y > 0 ? (out[(y - 1) * stride + i] ?? 0) : 0;
        const c = i >= 4 && y > 0 ? (out[(y - 1) * stride + i - 4] ?? 0) : 0;
        const predictor = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter] ?? 0;
        out[y * stride + i] = (x + predictor) & 0xff;
      }
    }
    return out;
  };
  return {
    width,
    height,
    colorType,
    alpha: (x, y) => (pixels ??= decode())[(y * width + x) * 4 + 3] ?? -1,
  };
}

describe('the store listings', () => {
  it.each(LANGS)('in %s have every section the stores ask for', (lang) => {
    const found = sections(lang);
    expect(Object.keys(found)).toEqual(SECTIONS);
    for (const heading of SECTIONS) expect(found[heading], heading).not.toBe('');
  });

  it.each(LANGS)('in %s give the name and summary the package has, within the stores’ limits', (lang) => {
    const found = sections(lang);
    const { extName, extDescription } = messages(lang);
    expect(found.Name).toBe(extName);
    expect(found.Summary).toBe(extDescription);
    expect(found.Summary?.length).toBeLessThanOrEqual(132);
    expect(found.Name?.length).toBeLessThanOrEqual(75);
  });

  it.each(LANGS)('in %s put 113 first and explain the storage permission', (lang) => {
    const found = sections(lang);
    expect(found.Description).toContain('113');
    expect(found.Permissions).toContain('`storage`');
    expect(found.Permissions).toContain('storage.local');
  });
});

describe('the store images', () => {
  const assets = path.join(root, 'store/assets');

  it.each(LANGS)('have both screenshots in %s at 1280×800', (lang) => {
    for (const n of [1, 2]) {
      const png = readPng(path.join(assets, `screenshot-${n}-${lang}.png`));
      expect([png.width, png.height]).toEqual([1280, 800]);
    }
  });

  it('have no screenshot of another size', () => {
    const screenshots = readdirSync(assets).filter((name) => name.startsWith('screenshot-'));
    expect(screenshots).toHaveLength(6);
    for (const name of screenshots) {
      const png = readPng(path.join(assets, name));
      expect([png.width, png.height], name).toEqual([1280, 800]);
    }
  });

  it('have a 440×280 promo tile', () => {
    const png = readPng(path.join(assets, 'promo-tile-440x280.png'));
    expect([png.width, png.height]).toEqual([440, 280]);
  });

  it('have a 128 px icon with transparent padding around the artwork', () => {
    const png = readPng(path.join(assets, 'icon-128.png'));
    expect([png.width, png.height, png.colorType]).toEqual([128, 128, 6]);
    // The stores ask for 96 px of artwork with 16 px of transparent padding on each side.
    for (const [x, y] of [
      [0, 0],
      [15, 64],
      [64, 15],
      [112, 64],
      [64, 112],
      [127, 127],
    ] as const) {
      expect(png.alpha(x, y), `pixel ${x},${y}`).toBe(0);
    }
    expect(png.alpha(64, 64)).toBe(255);
    expect(png.alpha(20, 64)).toBe(255);
  });
});
