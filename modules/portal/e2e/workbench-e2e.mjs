// The workbench's actions on the people of a case and on overdue certifications, in
// Debian's chromium (playwright-core): the CFO/CAO reveals a confidential reporter with a
// reason, records a person involved (and is refused the same person twice), proposes that
// the report was knowingly false after reading what that does, and sees each on the
// timeline; then refers an overdue certification for discipline from the completion view.
// The Audit Committee decides the proposal; the parent's Board reads the group-wide
// completion. axe-core checks each page; screenshots go to the given folder. Prints one
// JSON object of what it saw; PortalBrowserTests judges it.
// Usage: node e2e/workbench-e2e.mjs <base url> <case number> <name of the one overdue> <screenshot dir>
import { openBrowser } from './browser.mjs';

const [baseUrl, caseNumber, overdueName, screenshots] = process.argv.slice(2);
const { seen, context, check, signIn, run } = await openBrowser(baseUrl, screenshots);
const timeline = (page) => page.getByTestId('timeline').locator('li').allTextContents();

await run(async () => {
  // The CFO/CAO opens the confidential report's case.
  const cfo = await context();
  let page = await cfo.newPage();
  await signIn(page, 'acme-de', 'cfo', '/workbench');
  await page.getByTestId('cases').getByRole('link', { name: caseNumber }).click();
  await page.getByRole('heading', { name: `Case ${caseNumber}` }).waitFor();
  seen.steps.reporterMode = await page.getByTestId('reporter-mode').textContent();

  // ... reveals who reported: a reason of more than 500 characters is refused next to it
  const reveal = page.getByTestId('reveal');
  await reveal.getByLabel(/^Why the identity is needed now/).fill('To ask them. '.repeat(45));
  await reveal.getByRole('button', { name: 'Reveal the identity' }).click();
  await page.locator('#reveal-reason-error').waitFor();
  seen.steps.revealRefused = { error: await page.locator('#reveal-reason-error').textContent(),
    describes: (await page.locator('#reveal-reason').getAttribute('aria-describedby'))?.includes('reveal-reason-error') };
  await reveal.getByLabel(/^Why the identity is needed now/).fill('To interview the reporter as a witness to the weekend trips.');
  await reveal.getByRole('button', { name: 'Reveal the identity' }).click();
  const revealed = page.getByTestId('revealed-reporter');
  await revealed.waitFor();
  await page.getByTestId('timeline').getByText(/Reporter's identity revealed/).waitFor();
  seen.steps.revealed = { reporter: await revealed.textContent(), timeline: await timeline(page) };

  // ... records a person involved; the same person again is refused next to the field
  const involve = page.getByTestId('involve');
  await involve.getByLabel(/^Who is involved/).selectOption({ label: 'Sam Supervisor' });
  await involve.getByLabel(/^Why they are involved/).fill('Signed off the weekend trips in the logbook.');
  await involve.getByRole('button', { name: 'Record as involved' }).click();
  await page.getByTestId('involved').getByText(/Sam Supervisor/).waitFor();
  await page.getByTestId('timeline').getByText(/Involved person added/).waitFor();
  seen.steps.involved = { list: await page.getByTestId('involved').textContent(), timeline: await timeline(page) };
  await involve.getByLabel(/^Who is involved/).selectOption({ label: 'Sam Supervisor' });
  await involve.getByLabel(/^Why they are involved/).fill('Again.');
  await involve.getByRole('button', { name: 'Record as involved' }).click();
  await page.locator('#involve-person-error').waitFor();
  seen.steps.involvedTwice = { error: await page.locator('#involve-person-error').textContent(),
    describes: (await page.locator('#involve-person').getAttribute('aria-describedby'))?.includes('involve-person-error') };
  await check(page, 'case-people');

  // ... proposes that the report was knowingly false, having read what that does
  const propose = page.getByTestId('kf-propose');
  const proposeButton = propose.getByRole('button', { name: 'Propose to the Audit Committee' });
  seen.steps.knowinglyFalse = { consequence: await propose.getByTestId('kf-consequence').textContent(),
    goodFaith: await page.getByText(/A report made in good faith is never punished/).count(),
    disabledBeforeUnderstood: await proposeButton.isDisabled() };
  await propose.getByLabel(/^Why you believe the reporter knew/).fill('The logbook shows the van in the depot on every weekend named.');
  await propose.getByLabel('I understand that a report made in good faith is never punished').check();
  await proposeButton.click();
  await page.getByTestId('knowingly-false-status').filter({ hasText: 'Proposed on' }).waitFor();
  await page.getByTestId('timeline').getByText(/Knowingly false report proposed/).waitFor();
  seen.steps.knowinglyFalse.status = await page.getByTestId('knowingly-false-status').textContent();
  seen.steps.knowinglyFalse.timeline = await timeline(page);
  await check(page, 'case-knowingly-false');

  // ... and refers the overdue certification for discipline.
  await page.getByRole('link', { name: 'Certifications' }).click();
  const overdue = page.getByTestId('overdue-people');
  await overdue.waitFor();
  await overdue.getByRole('button', { name: `Refer ${overdueName} for discipline` }).click();
  const referral = page.getByTestId('referral');
  await referral.getByLabel(/^Why/).fill('Three reminders and the escalation to the supervisor went unanswered.');
  await referral.getByRole('button', { name: 'Refer for discipline' }).click();
  await page.getByTestId('referral-done').waitFor();
  const row = overdue.locator('tr').filter({ hasText: overdueName });
  await row.filter({ hasText: 'yes' }).waitFor();
  seen.steps.referral = { done: await page.getByTestId('referral-done').textContent(), row: await row.textContent(),
    buttonsLeft: await row.getByRole('button').count() };
  await check(page, 'certifications-referral');
  await cfo.close();

  // The Audit Committee, informed of the case now, decides the proposal.
  const audit = await context();
  page = await audit.newPage();
  await signIn(page, 'acme-de', 'audit', '/workbench');
  await page.getByTestId('cases').getByRole('link', { name: caseNumber }).click();
  const decide = page.getByTestId('kf-decide');
  await decide.getByLabel(/^Decision/).selectOption('not');
  await decide.getByLabel(/^Why/).fill('The depot log was kept by the person the report names: the reporter could not know.');
  await decide.getByRole('button', { name: 'Record the decision' }).click();
  await page.getByTestId('knowingly-false-status').filter({ hasText: 'did not find' }).waitFor();
  seen.steps.decided = { status: await page.getByTestId('knowingly-false-status').textContent(), timeline: await timeline(page),
    revealOffered: await page.getByTestId('reveal').count() };
  await check(page, 'case-knowingly-false-decided');
  await audit.close();

  // The parent's Board reads the certification of the Code across the group.
  const board = await context();
  page = await board.newPage();
  await signIn(page, 'acme', 'board', '/board');
  const group = page.getByTestId('group-completion');
  await group.waitFor();
  seen.steps.groupCompletion = { companies: await group.locator('tbody th').allTextContents(),
    totals: await page.getByTestId('group-completion-totals').textContent() };
  await check(page, 'board-group-completion');
  await board.close();
});
