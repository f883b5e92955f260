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
