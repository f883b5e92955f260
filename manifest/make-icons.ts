/**
 * Draws Tandem's two Teams icons, pixel by pixel, and writes them to assets/icons/:
 *
 * - color.png, 192×192: two overlapping circles on the brand indigo, the internal IT side in sky
 *   blue, the MSP side in amber, and the shared (joint) part in white: the responsibility matrix in
 *   one mark. Edges are anti-aliased by 4×4 supersampling.
 * - outline.png, 32×32: the same mark as two interlocking white rings on a transparent
 *   background; every pixel is fully opaque white or fully transparent.
 *
 * Deterministic (no randomness, no clock, no fonts): `npx tsx manifest/make-icons.ts`
 * writes the same pixels every time, and a unit test compares the committed PNGs with `render…()`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PNG } from 'pngjs';
import { COLOR_ICON_SIZE, OUTLINE_ICON_SIZE } from './icon-rules';

export const ICONS_DIR = fileURLToPath(new URL('../assets/icons/', import.meta.url));

type Rgb = readonly [number, number, number];

/** The brand colours; `background` is also the manifest's `accentColor`. */
export const BRAND = {
  background: [0x24, 0x3a, 0x73],
  internal: [0x4c, 0xc9, 0xf0],
  msp: [0xf9, 0xa0, 0x3f],
  joint: [0xff, 0xff, 0xff],
} as const satisfies Record<string, Rgb>;

export function hex([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`.toUpperCase();
}

const SUBSAMPLES = 4;

interface Circle {
  readonly cx: number;
  readonly cy: number;
  readonly r: number;
}

const inside = ({ cx, cy, r }: Circle, x: number, y: number) =>
  (x - cx) ** 2 + (y - cy) ** 2 <= r * r;

/** Averages `paint` over SUBSAMPLES² points in each pixel; `paint` returns RGBA (alpha 0–1). */
function rasterise(size: number, paint: (x: number, y: number) => [...Rgb, number]): PNG {
  const png = new PNG({ width: size, height: size });
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (let sy = 0; sy < SUBSAMPLES; sy++) {
        for (let sx = 0; sx < SUBSAMPLES; sx++) {
          const [cr, cg, cb, ca] = paint(
            px + (sx + 0.5) / SUBSAMPLES,
            py + (sy + 0.5) / SUBSAMPLES,
          );
          r += cr * ca;
          g += cg * ca;
          b += cb * ca;
          a += ca;
        }
      }
      const i = (py * size + px) * 4;
      const samples = SUBSAMPLES * SUBSAMPLES;
      png.data[i] = a === 0 ? 0 : Math.round(r / a);
      png.data[i + 1] = a === 0 ? 0 : Math.round(g / a);
      png.data[i + 2] = a === 0 ? 0 : Math.round(b / a);
      png.data[i + 3] = Math.round((255 * a) / samples);
    }
  }
  return png;
}

/** 192×192, opaque: the mark sits in the central 120×80 pixels, well inside the safe area. */
export function renderColorIcon(): PNG {
  const mid = COLOR_ICON_SIZE / 2;
  const left: Circle = { cx: mid - 20, cy: mid, r: 40 };
  const right: Circle = { cx: mid + 20, cy: mid, r: 40 };
  return rasterise(COLOR_ICON_SIZE, (x, y) => {
    const inLeft = inside(left, x, y);
    const inRight = inside(right, x, y);
    const colour =
      inLeft && inRight
        ? BRAND.joint
        : inLeft
          ? BRAND.internal
          : inRight
            ? BRAND.msp
            : BRAND.background;
    return [...colour, 1];
  });
}

/** 32×32, white on transparent, alpha only 0 or 255 (a pixel is on when half of it is covered). */
export function renderOutlineIcon(): PNG {
  const mid = OUTLINE_ICON_SIZE / 2;
  const stroke = 2;
  const left: Circle = { cx: mid - 5, cy: mid, r: 9 };
  const right: Circle = { cx: mid + 5, cy: mid, r: 9 };
  const hole = (c: Circle): Circle => ({ ...c, r: c.r - stroke });
  const png = rasterise(OUTLINE_ICON_SIZE, (x, y) => {
    const ring =
      (inside(left, x, y) && !inside(hole(left), x, y)) ||
      (inside(right, x, y) && !inside(hole(right), x, y));
    return [255, 255, 255, ring ? 1 : 0];
  });
  for (let i = 0; i < png.data.length; i += 4) {
    const on = (png.data[i + 3] ?? 0) >= 128;
    png.data.fill(on ? 255 : 0, i, i + 4);
  }
  return png;
}

export async function writeIcons(dir = ICONS_DIR): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const files: [string, PNG][] = [
    ['color.png', renderColorIcon()],
    ['outline.png', renderOutlineIcon()],
  ];
  for (const [name, png] of files) await writeFile(`${dir}${name}`, PNG.sync.write(png));
  return files.map(([name]) => `${dir}${name}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const file of await writeIcons()) console.log(`wrote ${file}`);
}
