/**
 * The production build as the Teams manifest links to it: every page the manifest names on the
 * tab's host is served, and with the frame-ancestors policy (docs/platform.md#frame-ancestors).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { baseUrl, createEngagementFromTemplate, openView } from './support/app';
import { openBrowser } from './support/browser';

const TAB_HOST = 'https://${{TAB_DOMAIN}}/';

/** The paths on the tab's host that manifest.template.json links to (without their #fragment). */
function manifestPaths(): string[] {
  const text = readFileSync('manifest/manifest.template.json', 'utf8');
  const urls = [...text.matchAll(/"(https:\/\/\$\{\{TAB_DOMAIN\}\}\/[^"]*)"/g)].map(
    (match) => match[1] as string,
  );
  return [...new Set(urls.map((url) => url.slice(TAB_HOST.length).split('#')[0] ?? ''))];
}

describe('pages the manifest links to', () => {
  const paths = manifestPaths();

  it('names the privacy and terms pages and the app', () => {
    expect(paths).toEqual(expect.arrayContaining(['', 'index.html', 'privacy.html', 'terms.html']));
  });

  it.each(paths)('serves /%s with the Teams frame-ancestors policy', async (path) => {
    const response = await fetch(new URL(path, baseUrl()));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    expect(response.headers.get('content-security-policy')).toMatch(
      /frame-ancestors [^;]*teams\.microsoft\.com/,
    );
  });

  it.each([
    [
      'privacy.html',
      'Tandem — privacy statement',
      /stored in nine SharePoint lists in the team's own site/,
    ],
    ['terms.html', 'Tandem — terms of use', /does not replace or change your service contract/],
  ])('%s reads as a page without any script', async (path, heading, sentence) => {
    const session = await openBrowser();
    try {
      await session.page.goto(new URL(path, baseUrl()).href);
      await expect(session.page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
        heading,
      );
      expect(await session.page.locator('main').innerText()).toMatch(sentence);
      expect(await session.page.locator('script').count()).toBe(0);
    } finally {
      await session.close();
    }
  });
});

describe('the browser tab icon', () => {
  // Issue 12 item 8: /favicon.ico was a 404 although the app has an icon.
  it('is served at /favicon.ico and declared by the page', async () => {
    const response = await fetch(new URL('favicon.ico', baseUrl()));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^image\//);
    const bytes = new Uint8Array(await response.arrayBuffer());
    // An ICO file: reserved 0, type 1 (icon), one image.
    expect([...bytes.slice(0, 6)]).toEqual([0, 0, 1, 0, 1, 0]);
    const page = await (await fetch(baseUrl())).text();
    expect(page).toMatch(/<link rel="icon"[^>]*href="\/favicon\.ico"/);
  });
});

describe('issue 13 item 9: what ships', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
    );

  it('publishes no source maps, and no bundle points to one', () => {
    const built = files('dist');
    expect(built.filter((file) => file.endsWith('.map'))).toEqual([]);
    for (const file of built.filter((name) => name.endsWith('.js')))
      expect(readFileSync(file, 'utf8')).not.toMatch(/sourceMappingURL=/);
  });
});

describe('issue 13 item 9: the app runs under its full Content-Security-Policy', () => {
  it('serves script-src, object-src and base-uri, and the app breaks none of them', async () => {
    const response = await fetch(baseUrl());
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'self'");

    const { page, close } = await openBrowser();
    try {
      await page.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { cspViolations: string[] }).cspViolations = seen;
        document.addEventListener('securitypolicyviolation', (event) =>
          seen.push(`${event.violatedDirective} ${event.blockedURI}`),
        );
      });
      await createEngagementFromTemplate(page);
      for (const view of ['Ownership board', 'Health', 'Fit assessment', 'Quarterly review'])
        await openView(page, view);
      await openView(page, 'Matrix');
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Export' }).click();
      await page.getByRole('menuitem', { name: 'Excel (.xlsx)' }).click();
      await download;
      const violations = await page.evaluate(
        () => (window as unknown as { cspViolations: string[] }).cspViolations,
      );
      expect(violations).toEqual([]);

      // The listener does see a violation: an injected inline script is blocked and reported.
      const ran = await page.evaluate(async () => {
        const script = document.createElement('script');
        script.textContent = 'window.injectedRan = true';
        document.body.append(script);
        await new Promise((done) => setTimeout(done, 100));
        return (window as unknown as { injectedRan?: boolean }).injectedRan ?? false;
      });
      expect(ran).toBe(false);
      await expect
        .poll(() =>
          page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
        )
        .toEqual([expect.stringMatching(/^script-src/)]);
    } finally {
      await close();
    }
  });
});
