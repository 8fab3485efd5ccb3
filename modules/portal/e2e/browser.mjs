// What the browser runs share: Debian's chromium off the network, a context that records
// requests to other hosts and the API's last answers, axe-core and a screenshot per page,
// and signing in through the local issuer's own page.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

const TIMEOUT = 30000;

/** Starts chromium; `seen` collects what the run saw (printed as JSON by `finish`). */
export async function openBrowser(baseUrl, screenshots) {
  mkdirSync(screenshots, { recursive: true });
  const seen = { axe: {}, foreignRequests: [], steps: {} };
  const recent = [];
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--disable-default-apps', '--disable-extensions', '--metrics-recording-only', '--no-pings'],
  });

  async function context() {
    const ctx = await browser.newContext({ viewport: { width: 1200, height: 900 }, locale: 'en-US', timezoneId: 'UTC' });
    ctx.setDefaultTimeout(TIMEOUT);
    ctx.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(baseUrl) && !url.startsWith('data:') && !url.startsWith('blob:')) seen.foreignRequests.push(url);
    });
    // the last answers of the API, to say why a step failed
    ctx.on('response', (response) => {
      if (new URL(response.url()).pathname === '/graphql') {
        response.text().then((body) => { recent.push(`${response.status()} ${body.slice(0, 400)}`); recent.splice(0, recent.length - 4); })
          .catch(() => {});
      }
    });
    return ctx;
  }

  async function check(page, name) {
    const result = await new AxeBuilder({ page }).analyze();
    seen.axe[name] = result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true });
  }

  async function signIn(page, tenant, username, path = '') {
    await page.goto(`${baseUrl}/t/${tenant}${path}`);
    await page.waitForURL(/\/local-issuer\/realms\/.+\/protocol\/openid-connect\/auth/);
    if (!seen.axe['sign-in']) await check(page, 'sign-in');
    await page.getByLabel('Username').fill(username);
    await page.getByLabel('Password').fill('demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(new RegExp(`/t/${tenant}`));
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
  }

  /** Runs the flows; on a failure, what the API last said and a screenshot of where it stood. Prints `seen`. */
  async function run(flows) {
    try {
      await flows();
    } catch (error) {
      seen.error = String(error && error.stack ? error.stack : error);
      seen.lastAnswers = recent;
      for (const ctx of browser.contexts()) {
        for (const open of ctx.pages()) {
          await open.screenshot({ path: join(screenshots, 'failure.png'), fullPage: true }).catch(() => {});
          seen.failedAt = open.url();
        }
      }
    } finally {
      await browser.close();
    }
    console.log(JSON.stringify(seen));
    process.exit(seen.error ? 1 : 0);
  }

  return { browser, seen, context, check, signIn, run };
}
