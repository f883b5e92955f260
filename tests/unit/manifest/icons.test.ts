/** The committed Teams icons in assets/icons/, read back with pngjs. */
import { readFile } from 'node:fs/promises';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { colorIconProblems, outlineIconProblems } from '../../../manifest/icon-rules';
import {
  BRAND,
  hex,
  ICONS_DIR,
  renderColorIcon,
  renderOutlineIcon,
} from '../../../manifest/make-icons';
import { TEMPLATE_FILE } from '../../../manifest/package';

async function icon(name: string): Promise<{ bytes: Buffer; png: PNG }> {
  const bytes = await readFile(`${ICONS_DIR}${name}`);
  return { bytes, png: PNG.sync.read(bytes) };
}

function pixels(png: PNG): [number, number, number, number][] {
  const result: [number, number, number, number][] = [];
  for (let i = 0; i < png.data.length; i += 4) {
    const [r = 0, g = 0, b = 0, a = 0] = png.data.subarray(i, i + 4);
    result.push([r, g, b, a]);
  }
  return result;
}

describe('color.png', () => {
  it('is 192×192, fully opaque, and passes the color icon rules', async () => {
    const { bytes, png } = await icon('color.png');
    expect([png.width, png.height]).toEqual([192, 192]);
    expect(pixels(png).every(([, , , a]) => a === 255)).toBe(true);
    expect(colorIconProblems('color.png', bytes)).toEqual([]);
  });

  it('is in full colour: the background and both brand colours appear', async () => {
    const { png } = await icon('color.png');
    const colours = new Set(pixels(png).map(([r, g, b]) => hex([r, g, b])));
    for (const colour of Object.values(BRAND)) expect(colours).toContain(hex(colour));
  });

  it("has the manifest's accent colour as its background", async () => {
    const { png } = await icon('color.png');
    const [r = 0, g = 0, b = 0] = png.data;
    const template = JSON.parse(await readFile(TEMPLATE_FILE, 'utf8')) as { accentColor: string };
    expect(hex([r, g, b])).toBe(template.accentColor.toUpperCase());
    expect(template.accentColor.toUpperCase()).toBe(hex(BRAND.background));
  });
});

describe('outline.png', () => {
  it('is 32×32 and passes the outline icon rules', async () => {
    const { bytes, png } = await icon('outline.png');
    expect([png.width, png.height]).toEqual([32, 32]);
    expect(outlineIconProblems('outline.png', bytes)).toEqual([]);
  });

  it('has a transparent background: every corner pixel has alpha 0', async () => {
    const { png } = await icon('outline.png');
    for (const [x, y] of [
      [0, 0],
      [31, 0],
      [0, 31],
      [31, 31],
    ] as const) {
      expect(png.data[(y * 32 + x) * 4 + 3]).toBe(0);
    }
  });

  it('is white on transparent: every pixel is fully transparent or opaque white', async () => {
    const { png } = await icon('outline.png');
    const all = pixels(png);
    expect(all.filter(([, , , a]) => a !== 0 && a !== 255)).toEqual([]);
    expect(all.filter(([r, g, b, a]) => a === 255 && (r < 240 || g < 240 || b < 240))).toEqual([]);
    const opaque = all.filter(([, , , a]) => a === 255).length;
    expect(opaque).toBeGreaterThan(32 * 32 * 0.15);
    expect(opaque).toBeLessThan(32 * 32 * 0.6);
  });

  it('is rejected by the rules when it has colour or an opaque background', async () => {
    const { bytes } = await icon('color.png');
    const opaque = new PNG({ width: 32, height: 32 });
    opaque.data.fill(255);
    opaque.data[0] = 0;
    expect(outlineIconProblems('outline.png', PNG.sync.write(opaque))).toEqual([
      'outline.png must have a transparent background (a corner pixel is not transparent).',
      'outline.png must be white only: 1 pixels have colour.',
    ]);
    expect(outlineIconProblems('outline.png', bytes)).toEqual([
      'outline.png is 192×192; the outline icon must be 32×32.',
    ]);
    expect(outlineIconProblems('outline.png', new Uint8Array([1, 2, 3]))).toEqual([
      expect.stringMatching(/^outline\.png is not a readable PNG/),
    ]);
  });
});

describe('manifest/make-icons.ts', () => {
  it.each([
    ['color.png', renderColorIcon],
    ['outline.png', renderOutlineIcon],
  ])('reproduces the committed %s pixel for pixel', async (name, render) => {
    const { png } = await icon(name);
    const fresh = render();
    expect([fresh.width, fresh.height]).toEqual([png.width, png.height]);
    expect(Buffer.from(fresh.data).equals(Buffer.from(png.data))).toBe(true);
  });
});
