// presslint in a real VS Code: code-server (VS Code 1.139 in the browser) with the packaged .vsix
// installed, driven through its UI by playwright-core in headless Chromium. Every check asserts
// something a user sees (squiggles, Problems rows, hover text, menu entries, editor text) or, for
// "Accept in this workspace" and corpus edits, files on disk. No timing assertions: waits only.
// Started by test/e2e/run.sh, which sets E2E_URL, E2E_RUN, E2E_SHOTS, E2E_FIXTURES, E2E_TOOLS.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM_ARGS, Tally, chromiumEnv, assert, env, playwright, until } from './lib.mjs';

const url = env('E2E_URL');
const run = env('E2E_RUN');
const shots = env('E2E_SHOTS');
const fixtures = env('E2E_FIXTURES');
const ws = path.join(run, 'ws');
const wsCorpus = path.join(run, 'ws-corpus');
const tally = new Tally('code-server');
const { chromium } = playwright();

const LONG = 90_000; // first load of the workbench, extension activation, first learn
const WAIT = 20_000;

const browserDir = fs.mkdtempSync(path.join(os.tmpdir(), 'presslint-e2e-chromium-'));
const ctx = await chromium.launchPersistentContext(browserDir, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1280, height: 800 },
  args: CHROMIUM_ARGS,
  env: chromiumEnv(),
});
let page = ctx.pages()[0] ?? (await ctx.newPage());

const consoleErrors = [];
function watchConsole(p) {
  // open-vsx.org, GitHub auth and 404s for web extras are expected offline; keep the rest for failures.
  p.on('console', (m) => {
    if (m.type() === 'error' && !/open-vsx|github|ENOTFOUND|ERR_NAME_NOT_RESOLVED|404/.test(m.text())) consoleErrors.push(m.text().slice(0, 300));
  });
}
watchConsole(page);

async function failureShot(title) {
  const file = path.join(run, `failure-${title.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}.png`);
  await page.screenshot({ path: file });
  console.log(`      screenshot: ${file}`);
  if (consoleErrors.length) console.log(`      console errors: ${consoleErrors.slice(-5).join('\n        ')}`);
}
const check = (title, fn) => tally.check(title, fn, failureShot);

// ------------------------------------------------------------------ UI helpers
const editor = () => page.locator('.editor-group-container.active .monaco-editor').first();
const squiggles = () => editor().locator('.squiggly-error, .squiggly-warning, .squiggly-info');
const problemRows = () => page.locator('.markers-panel .monaco-list-row');
const hoverWidget = () => page.locator('.monaco-hover:visible').first();
const quickFixRow = (text) => page.locator('.action-widget .monaco-list-row', { hasText: text }).first();

/** The text of the active editor, as rendered (all lines are visible in these short fixtures). */
async function editorText() {
  return (await editor().locator('.view-lines .view-line').allInnerTexts()).join('\n').replace(/\u00a0/g, ' ');
}

/** Screen box of the nth occurrence of `needle` in the active editor's rendered lines. */
async function textBox(needle, nth = 0) {
  const box = await editor().evaluate(
    (root, [needle, nth]) => {
      let seen = 0;
      for (const line of root.querySelectorAll('.view-lines .view-line')) {
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        const nodes = [];
        let text = '';
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          nodes.push([n, text.length]);
          text += n.data;
        }
        text = text.replace(/\u00a0/g, ' ');
        for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
          if (seen++ < nth) continue;
          const at = (off) => {
            for (let j = nodes.length - 1; j >= 0; j--) if (nodes[j][1] <= off) return [nodes[j][0], off - nodes[j][1]];
          };
          const r = document.createRange();
          r.setStart(...at(i));
          r.setEnd(...at(i + needle.length));
          const b = r.getBoundingClientRect();
          return { x: b.x, y: b.y, width: b.width, height: b.height };
        }
      }
      return null;
    },
    [needle, nth],
  );
  assert(box, `'${needle}' is not on screen; the editor shows:\n${await editorText()}`);
  return box;
}

async function clickText(needle, offset = 2) {
  const b = await textBox(needle);
  await page.mouse.click(b.x + Math.min(offset * 8, b.width - 1), b.y + b.height / 2);
}

async function hideHover() {
  await page.mouse.move(2, 700);
  await page.keyboard.press('Escape');
  await hoverWidget().waitFor({ state: 'hidden', timeout: WAIT });
}

async function openFromExplorer(name) {
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first().click({ timeout: LONG });
  await page.locator('.editor-group-container.active .tab.active', { hasText: name }).waitFor({ timeout: WAIT });
}

async function showProblems() {
  if (!(await page.locator('.markers-panel').isVisible())) await page.keyboard.press('Control+Shift+M');
  await page.locator('.markers-panel').waitFor({ timeout: WAIT });
}

async function runCommand(label) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input').first();
  await input.waitFor({ timeout: WAIT });
  await input.fill(`>${label}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first().click({ timeout: WAIT });
}

/** Opens the quick-fix menu from the light bulb next to the cursor's line. */
async function openQuickFixFromLightBulb() {
  const bulb = editor().locator('.lightBulbWidget.codicon');
  await bulb.waitFor({ state: 'visible', timeout: WAIT });
  await bulb.click();
  await page.locator('.action-widget').first().waitFor({ timeout: WAIT });
}

/**
 * A screenshot for the README: the editor area (and the Problems panel when `withPanel`), grown to
 * include any widget passed (hover card, menu, suggestion list), so it stays readable when scaled.
 */
async function shot(name, { withPanel = false, widgets = [] } = {}) {
  const parts = [page.locator('.part.editor'), ...(withPanel ? [page.locator('.part.panel')] : []), ...widgets];
  const boxes = (await Promise.all(parts.map((l) => l.first().boundingBox()))).filter(Boolean);
  const vp = page.viewportSize();
  const x = Math.max(0, Math.min(...boxes.map((b) => b.x)) - 4);
  const y = Math.max(0, Math.min(...boxes.map((b) => b.y)) - 4);
  const right = Math.min(vp.width, Math.max(...boxes.map((b) => b.x + b.width)) + 4);
  const bottom = Math.min(vp.height, Math.max(...boxes.map((b) => b.y + b.height)) + 4);
  await page.screenshot({ path: path.join(shots, name), clip: { x, y, width: right - x, height: bottom - y } });
}

// ------------------------------------------------------------------ the draft with planted errors
const PLANTED = [
  { text: 'Mikurya', rule: 'person-name', message: "'Mikurya' looks like a misspelling of 'Mikuriya'" },
  { text: 'Director', rule: 'wrong-title', message: "'Director' is not Janet Napolitano's title" },
  { text: 'Shied', rule: 'programme-name', message: "'Shied' looks like a misspelling in 'Global Shield Programme'" },
  { text: 'Initative', rule: 'programme-name', message: "'Initative' looks like a misspelling in 'Green Customs Initiative'" },
];

let workbenchUp = false;
try {
  await check('the workbench opens the fixture workspace with the extension installed', async () => {
    await page.goto(`${url}/?folder=${encodeURIComponent(ws)}`);
    await openFromExplorer('visit.release.txt');
    workbenchUp = true;
  });
  if (!workbenchUp) throw new Error('no workbench; the remaining checks cannot run');

  await check('squiggles under the four planted errors', async () => {
    await page.locator('.statusbar-item', { hasText: /presslint: \d+ people/ }).first().waitFor({ timeout: LONG });
    await squiggles().nth(PLANTED.length - 1).waitFor({ timeout: LONG });
    // Each squiggle sits under one planted error: compare the squiggles' boxes with the words'.
    const boxes = await squiggles().evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((b) => ({ x: b.x, y: b.y, w: b.width })));
    assert(boxes.length === PLANTED.length, `${boxes.length} squiggles, expected ${PLANTED.length}`);
    for (const p of PLANTED) {
      const w = await textBox(p.text);
      const under = boxes.some((b) => Math.abs(b.x - w.x) < 4 && Math.abs(b.w - w.width) < 6 && b.y >= w.y - 4 && b.y <= w.y + w.height + 4);
      assert(under, `no squiggle under '${p.text}' (word at ${JSON.stringify(w)}, squiggles ${JSON.stringify(boxes)})`);
    }
  });

  await check('the Problems panel lists each message with source presslint and its rule id', async () => {
    await showProblems();
    await problemRows().filter({ hasText: PLANTED[PLANTED.length - 1].message }).first().waitFor({ timeout: WAIT });
    const rows = (await problemRows().allInnerTexts()).map((r) => r.replace(/\s+/g, ' '));
    for (const p of PLANTED) {
      const row = rows.find((r) => r.includes(p.message));
      assert(row, `no Problems row with "${p.message}"; rows:\n${rows.join('\n')}`);
      assert(row.includes('presslint') && row.includes(p.rule), `row without "presslint" and rule id ${p.rule}: ${row}`);
    }
    assert(rows.some((r) => /visit\.release\.txt\s*4\b/.test(r)), `no file row with 4 problems; rows:\n${rows.join('\n')}`);
    await shot('squiggles-problems.png', { withPanel: true });
  });

  await check('hovering a known person shows his card: title, organization and sources', async () => {
    const b = await textBox('Kunio Mikuriya,');
    await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
    await page.mouse.move(b.x + b.width / 2 + 2, b.y + b.height / 2);
    const hover = hoverWidget();
    await hover.filter({ hasText: 'Kunio Mikuriya' }).waitFor({ timeout: WAIT });
    const text = (await hover.innerText()).replace(/\s+/g, ' ');
    for (const want of ['Kunio Mikuriya', 'Secretary General, WCO', 'Seen in 5 releases', '000_2b76ec5380369284.txt:11']) {
      assert(text.includes(want), `hover without "${want}": ${text.slice(0, 400)}`);
    }
    await shot('hover-card.png', { widgets: [hover] });
    await hideHover();
  });

  await check("a quick fix from the light bulb: Change to 'Mikuriya'", async () => {
    await clickText('Mikurya');
    await openQuickFixFromLightBulb();
    const titles = await page.locator('.action-widget .monaco-list-row').allInnerTexts();
    for (const want of ["Change to 'Mikuriya'", "Accept 'Mikurya' in this workspace", "Ignore 'Mikurya' here"]) {
      assert(titles.some((t) => t.includes(want)), `no "${want}" in the menu: ${titles.join(' | ')}`);
    }
    await shot('quick-fix.png', { widgets: [page.locator('.action-widget')] });
    await quickFixRow("Change to 'Mikuriya'").click();
    await editor().locator('.view-line', { hasText: 'Kunio Mikuriya, Secretary General of the World' }).waitFor({ timeout: WAIT });
    await until('three squiggles left', async () => ((await squiggles().count()) === PLANTED.length - 1 ? true : undefined), WAIT);
    await problemRows().filter({ hasText: PLANTED[0].message }).waitFor({ state: 'detached', timeout: WAIT });
  });

  await check('Fix all (command palette "presslint: Fix all problems in this file") fixes the rest', async () => {
    await runCommand('presslint: Fix all problems in this file');
    await editor()
      .locator('.view-line', { hasText: 'Secretary Napolitano welcomed the Global Shield Programme and the Green Customs' })
      .waitFor({ timeout: WAIT });
    const text = await editorText();
    assert(text.includes('Initiative.') && !text.includes('Initative'), `'Initative' not fixed:\n${text}`);
    await squiggles().first().waitFor({ state: 'detached', timeout: WAIT });
    await page.locator('.markers-panel', { hasText: 'No problems have been detected' }).waitFor({ timeout: WAIT });
  });

  await check("completion after 'Secretary General ' offers Kunio Mikuriya and inserts him", async () => {
    await page.keyboard.press('Control+End');
    await page.keyboard.type('Secretary General ');
    const row = page.locator('.suggest-widget.visible .monaco-list-row', { hasText: 'Kunio Mikuriya' }).first();
    // Typing the space usually opens the list (a trigger character); if it had closed, invoke it.
    if (!(await row.isVisible())) {
      await row.waitFor({ timeout: 3000 }).catch(() => page.keyboard.press('Control+Space'));
    }
    await row.waitFor({ timeout: WAIT });
    await shot('completion.png', { widgets: [page.locator('.suggest-widget.visible')] });
    await row.click();
    await editor().locator('.view-line', { hasText: 'Secretary General Kunio Mikuriya' }).waitFor({ timeout: WAIT });
    await page.locator('.suggest-widget.visible').waitFor({ state: 'hidden', timeout: WAIT });
  });

  await check("\"Accept 'Shied' in this workspace\" writes presslint.json and the finding goes", async () => {
    const config = path.join(ws, 'presslint.json');
    assert(!fs.existsSync(config), 'presslint.json exists before the action');
    await openFromExplorer('note.txt');
    await squiggles().first().waitFor({ timeout: WAIT });
    await clickText('Shied');
    await openQuickFixFromLightBulb();
    await quickFixRow("Accept 'Shied' in this workspace").click();
    const json = await until('presslint.json on disk with the accepted form', () => {
      try {
        const j = JSON.parse(fs.readFileSync(config, 'utf8'));
        return Array.isArray(j.accept) && j.accept.length ? j : undefined;
      } catch {
        return undefined;
      }
    });
    assert(JSON.stringify(json.accept) === JSON.stringify(['Shied']), `presslint.json: ${JSON.stringify(json)}`);
    // The edit may bring presslint.json to the front: look at note.txt again.
    await openFromExplorer('note.txt');
    await editor().locator('.view-line', { hasText: 'The Global Shied Programme grew.' }).waitFor({ timeout: WAIT });
    await squiggles().first().waitFor({ state: 'detached', timeout: WAIT });
    await page.locator('.markers-panel', { hasText: 'No problems have been detected' }).waitFor({ timeout: WAIT });
  });

  // ---------------------------------------------------------------- a workspace with its own corpus
  // A new page: the first one has unsaved edits (hot exit off) and would ask before unloading.
  await page.close({ runBeforeUnload: false });
  page = await ctx.newPage();
  watchConsole(page);
  const added = path.join(wsCorpus, 'releases', '2023-11-02-tidal-commons-launch.txt');
  await check('a workspace with presslint.json pointing at its own corpus: clean draft', async () => {
    await page.goto(`${url}/?folder=${encodeURIComponent(wsCorpus)}`);
    await openFromExplorer('draft.release.txt');
    await page.locator('.statusbar-item', { hasText: /presslint: \d+ people/ }).first().waitFor({ timeout: LONG });
    // Learned from the workspace's corpus, not the bundled seeds: her card cites its releases.
    const b = await textBox('Amaranta Velloso');
    await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
    await page.mouse.move(b.x + b.width / 2 + 2, b.y + b.height / 2);
    const card = hoverWidget();
    await card.filter({ hasText: 'Amaranta Velloso' }).waitFor({ timeout: WAIT });
    const text = (await card.innerText()).replace(/\s+/g, ' ');
    assert(text.includes('Director-General') && text.includes('2019-03-04-velloso-takes-office.txt'), `hover: ${text.slice(0, 400)}`);
    await hideHover();
    await showProblems();
    await page.locator('.markers-panel', { hasText: 'No problems have been detected' }).waitFor({ timeout: WAIT });
    assert((await squiggles().count()) === 0, 'squiggles on a draft that should be clean');
  });

  await check('adding a release that spells a new initiative makes its misspelling appear', async () => {
    fs.copyFileSync(path.join(fixtures, 'tidal-commons-launch.txt'), added);
    await squiggles().first().waitFor({ timeout: WAIT });
    await problemRows()
      .filter({ hasText: "'Initative' looks like a misspelling in 'Tidal Commons Initiative'" })
      .filter({ hasText: 'programme-name' })
      .first()
      .waitFor({ timeout: WAIT });
    const b = await textBox('Initative');
    const s = await squiggles().first().boundingBox();
    assert(Math.abs(s.x - b.x) < 4, `the squiggle is not under 'Initative' (${JSON.stringify(s)} vs ${JSON.stringify(b)})`);
  });

  await check('removing that release makes the diagnostic disappear', async () => {
    fs.rmSync(added);
    await squiggles().first().waitFor({ state: 'detached', timeout: WAIT });
    await page.locator('.markers-panel', { hasText: 'No problems have been detected' }).waitFor({ timeout: WAIT });
  });
} catch (err) {
  tally.fail('code-server session', err instanceof Error ? err.message : String(err));
} finally {
  tally.write();
  await ctx.close().catch(() => {});
  fs.rmSync(browserDir, { recursive: true, force: true });
}
process.exit(tally.failed ? 1 : 0);
