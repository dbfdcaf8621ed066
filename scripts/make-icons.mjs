// Renders build/icon.svg, the app's one source image, into every icon the installers use:
// build/icons/<n>x<n>.png (Linux), build/icon.ico (Windows) and build/icon.icns (macOS).
// Run after editing the SVG and commit the results: `node scripts/make-icons.mjs`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const root = join(import.meta.dirname, '..');
const buildDir = join(root, 'build');
export const pngSizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
export const icoSizes = [16, 24, 32, 48, 64, 128, 256];
// PNG-holding ICNS entry types; the @2x types reuse the larger renderings.
export const icnsTypes = {
  icp4: 16, icp5: 32, icp6: 64, ic07: 128, ic08: 256, ic09: 512, ic10: 1024, ic11: 32, ic12: 64, ic13: 256, ic14: 512,
};

/** ICO: a 6-byte header, one 16-byte entry per image, then the PNGs themselves. */
export function ico(pngs) {
  const header = Buffer.alloc(6 + 16 * pngs.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(pngs.length, 4);
  let offset = header.length;
  pngs.forEach(({ size, data }, i) => {
    const at = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, at); // 0 means 256
    header.writeUInt8(size >= 256 ? 0 : size, at + 1);
    header.writeUInt16LE(1, at + 4); // colour planes
    header.writeUInt16LE(32, at + 6); // bits per pixel
    header.writeUInt32LE(data.length, at + 8);
    header.writeUInt32LE(offset, at + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...pngs.map((p) => p.data)]);
}

/** ICNS: 'icns' and the total length, then entries of a 4-byte type, their length and a PNG. */
export function icns(entries) {
  const parts = entries.map(({ type, data }) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32BE(data.length + 8, 4);
    return Buffer.concat([head, data]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(8 + parts.reduce((n, p) => n + p.length, 0), 4);
  return Buffer.concat([head, ...parts]);
}

async function render(svg) {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    const pngs = new Map();
    for (const size of pngSizes) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(`<body style="margin:0;background:transparent"><img src="${src}" width="${size}" height="${size}" style="display:block"></body>`);
      await page.locator('img').evaluate((img) => img.decode());
      pngs.set(size, await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } }));
    }
    return pngs;
  } finally {
    await browser.close();
  }
}

const pngs = await render(readFileSync(join(buildDir, 'icon.svg'), 'utf8'));
mkdirSync(join(buildDir, 'icons'), { recursive: true });
for (const [size, data] of pngs) writeFileSync(join(buildDir, 'icons', `${size}x${size}.png`), data);
writeFileSync(join(buildDir, 'icon.ico'), ico(icoSizes.map((size) => ({ size, data: pngs.get(size) }))));
writeFileSync(join(buildDir, 'icon.icns'), icns(Object.entries(icnsTypes).map(([type, size]) => ({ type, data: pngs.get(size) }))));
console.log(`build/icons/*.png (${pngSizes.join(', ')}), build/icon.ico, build/icon.icns`);
