// Every page runs under its own strict Content-Security-Policy: everything from
// the page's own origin, no 'unsafe-inline' and no 'unsafe-eval'; the one
// inline stylesheet and the explainer's one inline boot script are allowed by
// their hashes alone. Each page is opened and used, and the browser reports no
// violation of its policy.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openPage, waitForApp } from './support/browser.ts';
import { useSite } from './support/site.ts';

const site = useSite();

/** The policy of a page's meta tag, directive by directive. */
function policyOf(html: string): Map<string, string[]> {
  const content = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
  if (!content) throw new Error('the page has no Content-Security-Policy');
  return new Map(content.split(';').map((directive) => directive.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const PAGES = [
  { path: '/', inlineScript: true },
  { path: '/en/', inlineScript: true },
  { path: '/fraga/?predict=pay', inlineScript: true },
  { path: '/steg-for-steg/', inlineScript: false },
  { path: '/en/teachers/', inlineScript: false },
];

describe('Content-Security-Policy', () => {
  it.each(PAGES)('$path allows its own origin and, inline, exactly its own style and boot script', async ({ path, inlineScript }) => {
    const html = await (await fetch(site.url(path))).text();
    const policy = policyOf(html);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(html).not.toMatch(/unsafe-(inline|eval)/);
    // Inline scripts that run (not JSON data): each allowed by its hash, and nothing else allowed.
    const scripts = [...html.matchAll(/<script( type="module")?>([\s\S]*?)<\/script>/g)].map((match) => match[2]);
    expect(scripts.length).toBe(inlineScript ? 1 : 0);
    expect(policy.get('script-src')).toEqual(["'self'", ...scripts.map(sha256)]);
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1]);
    expect(policy.get('style-src')).toEqual(["'self'", ...styles.map(sha256)]);

    // The browser agrees: nothing the page does, from its start to a change of an input, is blocked.
    const { page, errors } = await openPage(site.browser(), site.url(path), {}, (p) =>
      p.addInitScript(() => {
        const violations: string[] = [];
        (window as unknown as { __violations: string[] }).__violations = violations;
        document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
      }),
    );
    await waitForApp(page);
    const slider = page.getByRole('slider').first();
    if (await slider.count()) {
      await slider.focus();
      await page.keyboard.press('ArrowRight');
    }
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
    expect(errors.filter((error) => /Content Security Policy/i.test(error))).toEqual([]);
    await page.context().close();
  });
});
