import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium; Playwright's own browser downloads are not reachable here. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface BrowserSession {
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
  close(): Promise<void>;
}

/** A fresh browser profile per session, so IndexedDB starts empty unless a test reloads. */
export async function openBrowser(
  options: {
    colorScheme?: 'light' | 'dark';
    forcedColors?: 'active' | 'none';
    viewport?: { width: number; height: number };
    /**
     * Trust self-signed certificates (the Graph emulator's HTTPS, docs/platform.md#graph-client).
     */
    ignoreHttpsErrors?: boolean;
  } = {},
): Promise<BrowserSession> {
  // Playwright gives every launch a new temporary profile of its own.
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: options.ignoreHttpsErrors ? [...FLAGS, '--ignore-certificate-errors'] : FLAGS,
  });
  const context = await browser.newContext({
    colorScheme: options.colorScheme ?? 'light',
    forcedColors: options.forcedColors ?? 'none',
    viewport: options.viewport ?? { width: 1400, height: 900 },
    ignoreHTTPSErrors: options.ignoreHttpsErrors ?? false,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return {
    browser,
    context,
    page,
    async close() {
      await browser.close();
      if (errors.length > 0) throw new Error(`The page threw: ${errors.join('\n')}`);
    },
  };
}
