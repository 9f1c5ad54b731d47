/**
 * Renders public/favicon.svg to the PNG icons the web app manifest needs (any and maskable),
 * with the system Chromium. Run once after changing the icon: npx tsx web/build/make-icons.ts
 * The PNGs are committed, so builds need no browser.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { PROJECT_ROOT } from './content-files.ts';

const svg = readFileSync(join(PROJECT_ROOT, 'public', 'favicon.svg'), 'utf8');
/** Maskable icons keep their content inside the central 80% safe zone, on a full-bleed background. */
const ICONS = [
  { file: 'icon-192.png', size: 192, maskable: false },
  { file: 'icon-512.png', size: 512, maskable: false },
  { file: 'icon-maskable-512.png', size: 512, maskable: true },
  { file: 'apple-touch-icon-180.png', size: 180, maskable: true },
];

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--disable-gpu'] });
try {
  for (const icon of ICONS) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } });
    const inner = icon.maskable ? Math.round(icon.size * 0.7) : icon.size;
    await page.setContent(
      `<body style="margin:0;display:grid;place-items:center;width:${icon.size}px;height:${icon.size}px;background:#0b4f6c">` +
        `<div style="width:${inner}px;height:${inner}px">${svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `)}</div></body>`,
    );
    await page.screenshot({ path: join(PROJECT_ROOT, 'public', 'icons', icon.file), omitBackground: false });
    await page.close();
    console.log(`public/icons/${icon.file}`);
  }
} finally {
  await browser.close();
}
