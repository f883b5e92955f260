/**
 * The Teams rules for the two app icons, checked on the PNG bytes: `color` is a 192×192 full-colour
 * PNG; `outline` is a 32×32 PNG, white on a transparent background
 * (https://learn.microsoft.com/microsoft-365/extensibility/schema/root-icons).
 */
import { PNG } from 'pngjs';

export const COLOR_ICON_SIZE = 192;
export const OUTLINE_ICON_SIZE = 32;

/** Channel values at or above this count as white in the outline icon. */
const WHITE = 240;

function decode(name: string, bytes: Uint8Array): PNG | string {
  try {
    return PNG.sync.read(Buffer.from(bytes));
  } catch (error) {
    return `${name} is not a readable PNG (${error instanceof Error ? error.message : String(error)}).`;
  }
}

export function colorIconProblems(name: string, bytes: Uint8Array): string[] {
  const png = decode(name, bytes);
  if (typeof png === 'string') return [png];
  if (png.width !== COLOR_ICON_SIZE || png.height !== COLOR_ICON_SIZE) {
    return [
      `${name} is ${png.width}×${png.height}; the color icon must be ${COLOR_ICON_SIZE}×${COLOR_ICON_SIZE}.`,
    ];
  }
  return [];
}

export function outlineIconProblems(name: string, bytes: Uint8Array): string[] {
  const png = decode(name, bytes);
  if (typeof png === 'string') return [png];
  if (png.width !== OUTLINE_ICON_SIZE || png.height !== OUTLINE_ICON_SIZE) {
    return [
      `${name} is ${png.width}×${png.height}; the outline icon must be ${OUTLINE_ICON_SIZE}×${OUTLINE_ICON_SIZE}.`,
    ];
  }
  const problems: string[] = [];
  const alphaAt = (x: number, y: number) => png.data[(y * png.width + x) * 4 + 3] ?? 255;
  const last = OUTLINE_ICON_SIZE - 1;
  const corners: [number, number][] = [
    [0, 0],
    [last, 0],
    [0, last],
    [last, last],
  ];
  if (corners.some(([x, y]) => alphaAt(x, y) !== 0)) {
    problems.push(
      `${name} must have a transparent background (a corner pixel is not transparent).`,
    );
  }
  let coloured = 0;
  let opaque = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const [r = 0, g = 0, b = 0, a = 0] = png.data.subarray(i, i + 4);
    if (a === 0) continue;
    opaque++;
    if (r < WHITE || g < WHITE || b < WHITE) coloured++;
  }
  if (coloured > 0) problems.push(`${name} must be white only: ${coloured} pixels have colour.`);
  if (opaque === 0) problems.push(`${name} is fully transparent.`);
  return problems;
}
