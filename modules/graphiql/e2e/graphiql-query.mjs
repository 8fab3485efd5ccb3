// Drives /graphiql in Debian's chromium (playwright-core): types a query and an
// Authorization header as a person would, runs it, and prints the answer shown on the page.
// Usage: node e2e/graphiql-query.mjs <base url> <bearer token> <query file>
import { readFileSync, mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const [baseUrl, token, queryFile] = process.argv.slice(2);
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.error(`No browser at ${executablePath}: install Debian's chromium (apt-get install -y chromium)`);
  process.exit(2);
}
const query = readFileSync(queryFile, 'utf8');
const userDataDir = mkdtempSync(join(tmpdir(), 'conduct-graphiql-'));
const requests = [];
const browser = await chromium.launchPersistentContext(userDataDir, {
  executablePath,
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = browser.pages()[0] ?? await browser.newPage();
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(`${baseUrl}/graphiql`);
  await page.waitForSelector('.graphiql-query-editor .CodeMirror', { timeout: 30000 });

  // the query, typed into the query editor
  await replaceEditorText(page, '.graphiql-query-editor .CodeMirror', query);
  // the header, in the Headers pane
  await page.getByRole('button', { name: 'Headers' }).click();
  await replaceEditorText(page, '.graphiql-editor-tool .CodeMirror:visible',
    JSON.stringify({ Authorization: `Bearer ${token}` }));
  await page.locator('.graphiql-execute-button').click();

  const response = page.locator('.result-window .CodeMirror');
  await page.waitForFunction(() => {
    const text = document.querySelector('.result-window .CodeMirror')?.CodeMirror?.getValue() ?? '';
    return text.includes('"data"') || text.includes('"errors"');
  }, null, { timeout: 30000 });
  const answer = await response.evaluate((element) => element.CodeMirror.getValue());
  if (process.env.SCREENSHOT) {
    await page.screenshot({ path: process.env.SCREENSHOT });
  }
  const foreign = requests.filter((url) => !url.startsWith(baseUrl) && !url.startsWith('data:'));
  console.log(JSON.stringify({ answer: JSON.parse(answer), foreignRequests: foreign }));
} finally {
  await browser.close();
  rmSync(userDataDir, { recursive: true, force: true });
}

// Clicks into a CodeMirror editor, selects everything and types the text.
async function replaceEditorText(page, selector, text) {
  const editor = page.locator(selector).first();
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}
