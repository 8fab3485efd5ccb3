// The employee's own requests, as the signed-in employee of acme-de does them (part of
// portal-e2e.mjs): a conflict-of-interest disclosure refused at a field, then made, with the
// Code's judgement read and the disclosure withdrawn again; a pre-clearance request refused at a
// field, then made, with its answer; the pre-clearance page in Japanese; a waiver request
// refused at a field, then made. Each page is checked with axe-core and photographed by check().

/** The value of the option of a select whose label contains the text. */
async function optionValue(select, text) {
  return select.evaluate((el, wanted) => [...el.options].find((o) => o.textContent.includes(wanted))?.value ?? '', text);
}

async function describes(page, field, error) {
  return (await page.locator(`#${field}`).getAttribute('aria-describedby'))?.split(' ').includes(error) ?? false;
}

export async function employeeRequests(page, check, seen) {
  // a disclosure: an interest in a competitor, first without shares or a percentage
  // from the home page's card
  await page.getByRole('link', { name: 'Home' }).click();
  await page.getByRole('heading', { name: /Welcome/ }).waitFor();
  await page.getByRole('link', { name: 'Disclose an interest or a relationship' }).click();
  await page.getByRole('heading', { name: 'Conflicts of interest' }).waitFor();
  const form = page.getByTestId('disclosure-form');
  await form.getByLabel(/^What do you disclose/).selectOption('FINANCIAL_INTEREST');
  const company = form.getByLabel(/^Which company/);
  await company.selectOption(await optionValue(company, 'Rivalis Industries SE'));
  await form.getByLabel(/^Anything to add/).fill('Shares from my uncle\'s estate');
  await form.getByRole('button', { name: 'Disclose' }).click();
  await page.locator('#disclosure-shares-error').waitFor();
  seen.steps.disclosureRefused = { sharesError: await page.locator('#disclosure-shares-error').textContent(),
    describes: await describes(page, 'disclosure-shares', 'disclosure-shares-error') };
  await form.getByLabel(/^Percentage of the outstanding shares/).fill('2');
  await form.getByRole('button', { name: 'Disclose' }).click();
  const answer = page.getByTestId('disclosure-answer');
  await answer.waitFor();
  const rows = page.getByTestId('disclosures').locator('tbody tr').filter({ hasText: 'Shares from my uncle\'s estate' });
  await rows.first().waitFor();
  seen.steps.disclosure = { outcome: await page.getByTestId('disclosure-outcome').textContent(),
    answer: await answer.textContent(), listed: await rows.count(), status: await rows.first().locator('td').nth(4).textContent() };
  await check(page, 'disclosures');
  await rows.first().getByRole('button', { name: /^Withdraw/ }).click();
  await rows.first().filter({ hasText: 'withdrawn' }).waitFor();
  seen.steps.disclosureWithdrawn = { status: await rows.first().locator('td').nth(4).textContent(),
    withdrawButtons: await rows.first().getByRole('button').count() };

  // a pre-clearance request: first for no shares
  await page.getByRole('link', { name: 'Pre-clearance' }).click();
  await page.getByRole('heading', { name: 'Trading pre-clearance' }).waitFor();
  const request = page.getByTestId('pre-clearance-form');
  const security = request.getByLabel(/^Security/);
  await security.selectOption(await optionValue(security, 'ACME'));
  await request.getByLabel(/^What do you want to do/).selectOption('BUY');
  await request.getByLabel(/^How many/).fill('0');
  await request.getByRole('button', { name: 'Request pre-clearance' }).click();
  await page.locator('#pre-clearance-quantity-error').waitFor();
  seen.steps.preClearanceRefused = { quantityError: await page.locator('#pre-clearance-quantity-error').textContent(),
    describes: await describes(page, 'pre-clearance-quantity', 'pre-clearance-quantity-error') };
  await request.getByLabel(/^How many/).fill('25');
  await request.getByLabel(/^Note/).fill('Savings plan top-up');
  await request.getByRole('button', { name: 'Request pre-clearance' }).click();
  const cleared = page.getByTestId('pre-clearance-answer');
  await cleared.waitFor();
  const mine = page.getByTestId('pre-clearances').getByTestId('pre-clearance').filter({ hasText: 'Savings plan top-up' });
  await mine.first().waitFor();
  seen.steps.preClearance = { status: await cleared.getByTestId('pre-clearance-status').textContent(),
    answer: await cleared.textContent(), listed: await mine.count(),
    listedWithValidity: await page.getByTestId('pre-clearances').getByTestId('pre-clearance-validity').count() };
  await check(page, 'pre-clearance');

  // the same page in Japanese
  await page.getByLabel('Language').selectOption('ja');
  await page.getByRole('heading', { name: '株式売買の事前承認' }).waitFor();
  seen.steps.preClearanceJapanese = { lang: await page.evaluate(() => document.documentElement.lang),
    submit: await page.getByRole('button', { name: '事前承認を申請する' }).count(),
    statuses: await page.getByTestId('pre-clearances').getByTestId('pre-clearance-status').allTextContents() };
  await check(page, 'pre-clearance-ja');
  await page.getByLabel('言語').selectOption('en');
  await page.getByRole('heading', { name: 'Trading pre-clearance' }).waitFor();

  // a waiver request: first with a period that ends before it starts
  await page.getByRole('link', { name: 'Waivers' }).click();
  await page.getByRole('heading', { name: 'Waivers of the Code' }).waitFor();
  const waiver = page.getByTestId('waiver-form');
  const section = waiver.getByLabel(/^Which section/);
  const firstSection = await section.evaluate((el) => [...el.options].find((o) => o.value)?.value ?? '');
  await section.selectOption(firstSection);
  await waiver.getByLabel(/^Why an exception/).fill('A customer\'s year-end tradition I cannot decline without offence');
  await waiver.getByLabel(/^From/).fill('2026-12-20');
  await waiver.getByLabel(/^Until/).fill('2026-12-10');
  await waiver.getByRole('button', { name: 'Request the waiver' }).click();
  await page.locator('#waiver-end-error').waitFor();
  seen.steps.waiverRefused = { endError: await page.locator('#waiver-end-error').textContent(),
    describes: await describes(page, 'waiver-end', 'waiver-end-error') };
  await waiver.getByLabel(/^Until/).fill('2026-12-31');
  await waiver.getByRole('button', { name: 'Request the waiver' }).click();
  await page.getByTestId('waiver-sent').waitFor();
  await page.getByTestId('waiver-requests').getByTestId('waiver-request').first().waitFor();
  seen.steps.waiver = { status: await page.getByTestId('waiver-sent').getByTestId('waiver-status').textContent(),
    listed: await page.getByTestId('waiver-requests').getByTestId('waiver-request').count() };
  await check(page, 'waivers');
}
