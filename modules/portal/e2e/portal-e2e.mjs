// Drives the portal in Debian's chromium (playwright-core), as people would: an anonymous
// report and its follow-up, an employee certifying the Code, the CFO/CAO acknowledging and
// closing that report's case (with an investigation, an allegation and its finding), the Board reading an escalated matter, a page in Japanese.
// axe-core checks every page; screenshots go to the given folder. Prints one JSON object of
// what it saw; the JUnit test that starts the app (PortalBrowserTests) judges it.
// Usage: node e2e/portal-e2e.mjs <base url> <acme-de public intake key> <screenshot dir>
import { openBrowser } from './browser.mjs';

const [baseUrl, intakeKey, screenshots] = process.argv.slice(2);
const { seen, context, check, signIn, run } = await openBrowser(baseUrl, screenshots);

await run(async () => {
  // 1. Anyone, without an account: report, keep the receipt key, follow up.
  const anonymous = await context();
  let page = await anonymous.newPage();
  await page.goto(`${baseUrl}/intake/${intakeKey}`);
  await page.getByRole('heading', { name: 'Report a concern' }).waitFor();
  await check(page, 'intake-report');
  await page.getByLabel('What is it about?').selectOption('MISUSE_OF_ASSETS');
  await page.getByLabel('Who should receive it?').selectOption('CFO_CAO');
  await page.getByLabel(/What happened/).fill('A company van is used for private moves at weekends.');
  await page.getByLabel(/When did it happen/).fill('most weekends since the summer');
  await page.getByLabel(/^Passphrase/).fill('password1234');
  await page.getByRole('button', { name: 'Send the report' }).click();
  const passphraseError = page.locator('#passphrase-error');
  await passphraseError.waitFor();
  seen.steps.weakPassphraseError = {
    text: await passphraseError.textContent(),
    describes: (await page.locator('#passphrase').getAttribute('aria-describedby'))?.includes('passphrase-error'),
  };
  const passphrase = 'the van goes out every saturday morning';
  await page.getByLabel(/^Passphrase/).fill(passphrase);
  await page.getByRole('button', { name: 'Send the report' }).click();
  const receiptKey = (await page.getByTestId('receipt-key').textContent()).trim();
  const caseNumber = (await page.locator('strong').first().textContent()).trim();
  seen.steps.receipt = { caseNumber, receiptKeyShown: receiptKey.length > 0,
    continueDisabled: await page.getByRole('button', { name: 'Continue' }).isDisabled() };
  await check(page, 'intake-receipt');
  await page.getByLabel('I have written down my receipt key').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  seen.steps.receipt.goneAfterContinue = (await page.getByText(receiptKey).count()) === 0;
  await page.getByRole('link', { name: 'Follow up on your report' }).click();
  await page.getByLabel('Receipt key').fill(receiptKey);
  await page.getByLabel(/^Passphrase/).fill(passphrase);
  await page.getByRole('button', { name: 'Open my report' }).click();
  await page.getByTestId('report-status').waitFor();
  await page.getByLabel('Your message').fill('The van has the plates B-AC 1234.');
  await page.getByRole('button', { name: 'Send' }).click();
  await page.getByText('The van has the plates B-AC 1234.').waitFor();
  seen.steps.followUp = { status: await page.getByTestId('report-status').textContent(), messageShown: true };
  await check(page, 'intake-follow-up');
  seen.steps.anonymousStorage = {
    ...(await page.evaluate(async () => ({
      localStorage: localStorage.length, sessionStorage: sessionStorage.length, cookie: document.cookie,
      indexedDb: (await indexedDB.databases()).length,
    }))),
    contextCookies: (await anonymous.cookies()).length,
  };
  // 5. A page in Japanese: the reporter's own language.
  await page.goto(`${baseUrl}/intake/${intakeKey}`);
  await page.getByLabel('Language').selectOption('ja');
  await page.getByRole('heading', { name: '懸念を報告する' }).waitFor();
  seen.steps.japanese = { lang: await page.evaluate(() => document.documentElement.lang),
    submit: await page.getByRole('button', { name: '報告を送信する' }).count() };
  await check(page, 'intake-report-ja');
  await anonymous.close();

  // 2. An employee reads the Code and certifies it.
  const employee = await context();
  page = await employee.newPage();
  await signIn(page, 'acme-de', 'employee');
  await page.getByRole('heading', { name: /Welcome/ }).waitFor();
  seen.steps.employeeHome = { assignments: await page.getByTestId('assignment').count() };
  await check(page, 'employee-home');
  await page.getByRole('link', { name: 'Read and certify' }).first().click();
  await page.getByRole('heading', { name: 'Certify' }).waitFor();
  await page.getByLabel('I have received and read the Code').check();
  await page.getByLabel('I understand it').check();
  await page.getByLabel('I have complied with it and will comply with it').check();
  await page.getByLabel(/^Printed name/).fill('Somebody Else');
  await page.getByLabel(/^Signature/).fill('Somebody Else');
  await page.getByRole('button', { name: 'Certify', exact: true }).click();
  await page.locator('.field-error, .form-errors').first().waitFor();
  seen.steps.certifyRefused = { printedNameError: await page.locator('#printedName-error').count(),
    errors: await page.locator('.field-error, .form-errors').allTextContents() };
  await page.getByLabel(/^Printed name/).fill('Erin Employee');
  await page.getByLabel(/^Signature/).fill('Erin Employee');
  await page.getByRole('button', { name: 'Certify', exact: true }).click();
  const certified = page.getByTestId('certified');
  await certified.waitFor();
  seen.steps.certified = { text: await certified.textContent() };
  await check(page, 'code-certify');
  await page.getByRole('link', { name: 'Home' }).click();
  await page.getByRole('heading', { name: /Welcome/ }).waitFor();
  seen.steps.employeeHomeAfter = { done: await page.getByTestId('assignment').filter({ hasText: 'done' }).count() };
  await page.getByRole('link', { name: 'Report a concern' }).first().click();
  await page.getByRole('heading', { name: 'Report a concern' }).waitFor();
  await check(page, 'employee-report');
  await page.getByRole('link', { name: 'My reports' }).first().click();
  await page.getByRole('heading', { name: 'My reports' }).waitFor();
  await check(page, 'employee-reports');
  // ... records a gift received and reads the Code's answer
  await page.getByRole('link', { name: 'Gifts' }).first().click();
  await page.getByRole('heading', { name: 'Gifts and entertainment' }).waitFor();
  const giftForm = page.getByTestId('gift-form');
  await giftForm.getByLabel(/^From or to whom/).fill('Lieferant Nord GmbH');
  await giftForm.getByLabel(/^What it was/).fill('A bottle of wine at the year-end visit');
  await giftForm.getByLabel(/^Value/).fill('-30');
  await giftForm.getByRole('button', { name: 'Record it' }).click();
  await page.locator('#gift-amount-error').waitFor();
  seen.steps.giftRefused = { amountError: await page.locator('#gift-amount-error').textContent(),
    describes: (await page.locator('#gift-amount').getAttribute('aria-describedby'))?.includes('gift-amount-error') };
  await giftForm.getByLabel(/^Value/).fill('30');
  await giftForm.getByRole('button', { name: 'Record it' }).click();
  await page.getByTestId('gift-answer').waitFor();
  await page.getByTestId('gifts').getByText('A bottle of wine at the year-end visit').waitFor();
  seen.steps.gift = { outcome: await page.getByTestId('gift-outcome').textContent(),
    listed: await page.getByTestId('gifts').locator('tbody tr').filter({ hasText: 'Lieferant Nord GmbH' }).count() };
  await check(page, 'gifts');
  await employee.close();

  // 3. The CFO/CAO acknowledges the anonymous report's case and closes it.
  const cfo = await context();
  page = await cfo.newPage();
  await signIn(page, 'acme-de', 'cfo', '/workbench');
  await page.getByRole('heading', { name: 'Compliance workbench' }).waitFor();
  await page.getByTestId('cases').waitFor();
  await check(page, 'workbench');
  await page.getByTestId('cases').getByRole('link', { name: caseNumber }).click();
  await page.getByRole('heading', { name: `Case ${caseNumber}` }).waitFor();
  await check(page, 'case');
  await page.getByLabel('Message to the reporter (optional)').fill('Thank you, we are looking into it.');
  await page.getByRole('button', { name: 'Acknowledge' }).click();
  await page.getByTestId('case-status').filter({ hasText: 'Acknowledged' }).waitFor();
  // ... opens an investigation, records an allegation and the finding on it
  await page.getByRole('button', { name: 'Open a formal investigation' }).click();
  await page.getByTestId('investigation').filter({ hasText: 'Formal investigation' }).waitFor();
  const allegationForm = page.getByTestId('allegation');
  await allegationForm.getByLabel(/^What is alleged/).fill('The van. '.repeat(60));
  await allegationForm.getByRole('button', { name: 'Record the allegation' }).click();
  await allegationForm.locator('.field-error').first().waitFor();
  seen.steps.allegationRefused = { summaryError: await allegationForm.locator('#allegation-summary-error').count(),
    describes: (await allegationForm.locator('#allegation-summary').getAttribute('aria-describedby'))?.includes('allegation-summary-error') };
  await allegationForm.getByLabel(/^What is alleged/).fill('The company van is used for private moves.');
  await allegationForm.getByRole('button', { name: 'Record the allegation' }).click();
  const allegation = page.getByTestId('allegation-item').filter({ hasText: 'The company van is used for private moves.' });
  await allegation.waitFor();
  await allegation.getByLabel(/^Finding/).selectOption('SUBSTANTIATED');
  await allegation.getByLabel(/^Why \(finding\)/).fill('The logbook shows weekend trips.');
  await allegation.getByRole('button', { name: 'Record the finding' }).click();
  await allegation.getByTestId('finding').filter({ hasText: 'Substantiated' }).waitFor();
  seen.steps.finding = { allegation: await allegation.textContent(),
    timeline: await page.getByTestId('timeline').locator('li').allTextContents() };
  await check(page, 'case-investigation');
  await page.getByLabel('Feedback to the reporter').fill('The van is back to business use only.');
  await page.getByRole('button', { name: 'Close the case' }).click();
  await page.getByTestId('case-status').filter({ hasText: 'Closed' }).waitFor();
  seen.steps.caseClosed = { status: await page.getByTestId('case-status').textContent(),
    timeline: await page.getByTestId('timeline').locator('li').allTextContents() };
  await check(page, 'case-closed');
  // ... and reads the certification completion of the Code's campaign, and the exceptions
  await page.getByRole('link', { name: 'Certifications' }).click();
  await page.getByRole('heading', { name: 'Certifications of the Code' }).waitFor();
  await page.getByTestId('completion-totals').waitFor();
  await page.getByRole('heading', { name: 'Exceptions raised' }).waitFor();
  seen.steps.completion = { totals: await page.getByTestId('completion-totals').textContent(),
    departments: await page.getByTestId('departments').locator('tbody tr').count() };
  await check(page, 'certifications');
  await cfo.close();

  // The reporter reads the feedback, with key and passphrase again (nothing was kept).
  const again = await context();
  page = await again.newPage();
  await page.goto(`${baseUrl}/intake/${intakeKey}/follow-up`);
  await page.getByLabel('Receipt key').fill(receiptKey);
  await page.getByLabel(/^Passphrase/).fill(passphrase);
  await page.getByRole('button', { name: 'Open my report' }).click();
  seen.steps.feedbackRead = { feedback: await page.getByTestId('feedback').textContent(),
    status: await page.getByTestId('report-status').textContent() };
  await again.close();

  // 6. Keyboard only: sign in and report a concern with Tab, typing, the arrow keys,
  // Enter and Space; each stop shows where the focus is.
  const keyboard = await context();
  page = await keyboard.newPage();
  const stops = [];
  async function tabTo(description, isTarget) {
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        return { id: el.id, tag: el.tagName.toLowerCase(), type: el.getAttribute('type'), text: (el.textContent ?? '').trim(),
          visible: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none' };
      });
      if (focused && isTarget(focused)) {
        stops.push({ description, visible: focused.visible, tabs: i + 1 });
        return;
      }
    }
    throw new Error(`Tab never reached ${description}`);
  }
  await page.goto(`${baseUrl}/t/acme-de/report`);
  await page.waitForURL(/\/local-issuer\/realms\/.+\/protocol\/openid-connect\/auth/);
  await tabTo('username', (f) => f.id === 'username');
  await page.keyboard.type('employee');
  await tabTo('password', (f) => f.id === 'password');
  await page.keyboard.type('demo');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Report a concern' }).waitFor();
  await tabTo('reporter mode', (f) => f.id.startsWith('mode-'));
  await page.keyboard.press('ArrowUp');
  await tabTo('category', (f) => f.id === 'category');
  await page.keyboard.type('Misuse');
  await tabTo('description', (f) => f.id === 'description');
  await page.keyboard.type('Printer paper goes home with a colleague every Friday.');
  await tabTo('send', (f) => f.tag === 'button' && f.text === 'Send the report');
  const choices = await page.evaluate(() => ({ mode: document.querySelector('input[name=mode]:checked')?.id,
    category: document.getElementById('category')?.value }));
  await page.keyboard.press('Space');
  await page.getByRole('heading', { name: 'Thank you' }).waitFor();
  seen.steps.keyboard = { ...choices, stops, caseNumber: (await page.locator('strong').first().textContent()).trim() };
  await keyboard.close();

  // A long session: the access token is renewed with the refresh token before it lapses,
  // and the next request carries the new one (the page's clock runs ahead four and a half minutes).
  const long = await context();
  await long.clock.install();
  page = await long.newPage();
  const bearer = (request) => request.headers().authorization;
  const firstCall = page.waitForRequest((r) => new URL(r.url()).pathname === '/graphql' && bearer(r));
  await signIn(page, 'acme-de', 'employee');
  const before = bearer(await firstCall);
  const refreshed = page.waitForResponse((r) => r.url().endsWith('/protocol/openid-connect/token')
    && (r.request().postData() ?? '').includes('grant_type=refresh_token'));
  await long.clock.fastForward('04:30');
  const renewal = await refreshed;
  const nextCall = page.waitForRequest((r) => new URL(r.url()).pathname === '/graphql' && bearer(r));
  await page.getByRole('link', { name: 'The Code' }).click();
  const after = bearer(await nextCall);
  await page.getByRole('heading', { level: 1 }).waitFor();
  seen.steps.renewal = { status: renewal.status(), renewedTokenUsed: Boolean(after) && after !== before };
  await long.close();

  // 4. The Board of the parent reads an escalated matter of the group.
  const board = await context();
  page = await board.newPage();
  await signIn(page, 'acme', 'board', '/board');
  await page.getByRole('heading', { name: 'Board portal' }).waitFor();
  await page.getByTestId('matters').waitFor();
  seen.steps.boardMatters = await page.getByTestId('matters').locator('tbody th').allTextContents();
  await page.getByTestId('analytics').waitFor();
  await check(page, 'board');
  await page.getByTestId('matters').getByRole('link', { name: 'DE-2026-0001' }).click();
  await page.getByTestId('matter').waitFor();
  seen.steps.matter = { heading: await page.getByRole('heading', { level: 1 }).textContent(),
    facts: await page.getByTestId('matter').textContent() };
  await check(page, 'board-matter');
  const download = page.waitForEvent('download');
  await page.goBack();
  await page.getByRole('button', { name: 'Download CSV' }).click();
  seen.steps.boardPack = { fileName: (await download).suggestedFilename() };
  await board.close();
});
