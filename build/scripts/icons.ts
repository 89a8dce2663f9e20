/**
 * `npm run icons`: every icon the installers need, drawn from the two SVGs in build/ (the app and its
 * `.orw` documents), so one source decides how the app looks on every OS. The output is committed; run this
 * again after changing an SVG.
 *
 *   build/icon.png              1024 px, the source electron-builder falls back to
 *   build/icon.icns, icon.ico   macOS and Windows app icons
 *   build/icons/<n>x<n>.png     the Linux icon set (16–512 px) for AppImage and deb
 *   build/document.icns, .ico   the icon of .orw files in Finder and Explorer
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import png2icons from 'png2icons';
import { linuxIconSizes } from './iconSizes.ts';

const buildFolder = join(dirname(fileURLToPath(import.meta.url)), '..');

function render(svg: string, size: number): Buffer {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
}

function iconFiles(png: Buffer): { icns: Buffer; ico: Buffer } {
  const icns = png2icons.createICNS(png, png2icons.BICUBIC2, 0);
  // PNG entries for large sizes, bitmaps below 64 px: what Windows Explorer shows reliably.
  const ico = png2icons.createICO(png, png2icons.BICUBIC2, 0, false, true);
  if (!icns || !ico) throw new Error('png2icons could not convert the icon');
  return { icns, ico };
}

async function main(): Promise<void> {
  const appSvg = await readFile(join(buildFolder, 'icon.svg'), 'utf8');
  const documentSvg = await readFile(join(buildFolder, 'document.svg'), 'utf8');

  const appPng = render(appSvg, 1024);
  await writeFile(join(buildFolder, 'icon.png'), appPng);
  const app = iconFiles(appPng);
  await writeFile(join(buildFolder, 'icon.icns'), app.icns);
  await writeFile(join(buildFolder, 'icon.ico'), app.ico);

  await mkdir(join(buildFolder, 'icons'), { recursive: true });
  for (const size of linuxIconSizes) {
    await writeFile(join(buildFolder, 'icons', `${size}x${size}.png`), render(appSvg, size));
  }

  const document = iconFiles(render(documentSvg, 1024));
  await writeFile(join(buildFolder, 'document.icns'), document.icns);
  await writeFile(join(buildFolder, 'document.ico'), document.ico);
  console.log(`icons: written to ${buildFolder}`);
}

await main();
