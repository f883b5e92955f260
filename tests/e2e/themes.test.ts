import { afterEach, describe, expect, it } from 'vitest';
import { teamsHighContrastTheme, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { openBrowser, type BrowserSession } from './support/browser';
import { baseUrl } from './support/app';

let session: BrowserSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** `#rrggbb` → `rgb(r, g, b)`, the form getComputedStyle reports. */
const rgb = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
};

async function providerColours(session: BrowserSession) {
  await session.page.goto(baseUrl());
  await session.page.getByRole('button', { name: 'Create engagement' }).waitFor();
  return session.page.evaluate(() => {
    const provider = document.querySelector('.fui-FluentProvider');
    if (!provider) throw new Error('no FluentProvider');
    const style = getComputedStyle(provider);
    return {
      background: style.backgroundColor,
      text: style.color,
      token: style.getPropertyValue('--colorNeutralBackground1').trim().toLowerCase(),
    };
  });
}

describe('themes follow the system outside Teams', () => {
  it.each([
    ['light', { colorScheme: 'light' }, webLightTheme],
    ['dark', { colorScheme: 'dark' }, webDarkTheme],
    ['high contrast (forced colours)', { forcedColors: 'active' }, teamsHighContrastTheme],
  ] as const)('%s', async (_name, options, theme) => {
    session = await openBrowser(options);
    const colours = await providerColours(session);
    // The theme's tokens are applied in every mode…
    expect(colours.token).toBe(theme.colorNeutralBackground1.toLowerCase());
    // …and paint the page, except where forced colours let the system paint it instead.
    if (!('forcedColors' in options)) {
      expect(colours.background).toBe(rgb(theme.colorNeutralBackground1));
      expect(colours.text).toBe(rgb(theme.colorNeutralForeground1));
    }
  });
});

describe('the theme paints the whole window', () => {
  // Issue 12 item 8: the dark theme showed an 8 px lighter frame (the body's default margin).
  it.each(['light', 'dark'] as const)(
    '%s: no frame of page background around the app',
    async (colorScheme) => {
      session = await openBrowser({ colorScheme });
      await session.page.goto(baseUrl());
      await session.page.getByRole('button', { name: 'Create engagement' }).waitFor();
      const corners = await session.page.evaluate(() =>
        [
          [1, 1],
          [window.innerWidth - 2, 1],
          [1, window.innerHeight - 2],
        ].map(([x, y]) =>
          Boolean(document.elementFromPoint(x!, y!)?.closest('.fui-FluentProvider')),
        ),
      );
      expect(corners).toEqual([true, true, true]);
    },
  );
});
