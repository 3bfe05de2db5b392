// Asserts what test/e2e/nvim/probe.lua recorded from Neovim's LSP client.
// usage: node check.mjs <out.jsonl> <nvim exit code> <results.json>
import fs from 'node:fs';
import path from 'node:path';
import { Tally } from '../lib.mjs';

const [outFile, nvimExit, resultsFile] = process.argv.slice(2);
process.env.E2E_RUN ??= path.dirname(path.dirname(resultsFile));
const tally = new Tally('nvim');
let records = [];
try {
  records = fs.readFileSync(outFile, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
} catch (err) {
  tally.fail('neovim wrote its results', String(err));
}
const get = (kind) => {
  const r = records.find((x) => x.kind === kind);
  if (!r) throw new Error(`no '${kind}' record${records.find((x) => x.kind === 'error') ? `; probe error: ${records.find((x) => x.kind === 'error').message}` : ''}`);
  return r;
};
const ok = (cond, message) => {
  if (!cond) throw new Error(message);
};

await tally.check('neovim: diagnostics from presslint with rule ids, ranges on the right words', () => {
  const { diagnostics } = get('diagnostics');
  const want = [
    ['Mikurya', 'person-name'],
    ['Director', 'wrong-title'],
    ['Shied', 'programme-name'],
    ['Initative', 'programme-name'],
  ];
  ok(diagnostics.length === want.length, `${diagnostics.length} diagnostics: ${JSON.stringify(diagnostics)}`);
  for (const [text, code] of want) {
    const d = diagnostics.find((x) => x.text === text);
    ok(d, `no diagnostic whose range covers '${text}' (ranges: ${diagnostics.map((x) => x.text).join(', ')})`);
    ok(d.source === 'presslint' && d.code === code, `'${text}': source ${d.source}, code ${d.code}; expected presslint, ${code}`);
  }
});

await tally.check('neovim: hover card for Kunio Mikuriya (title, organization, sources)', () => {
  const { text } = get('hover');
  for (const want of ['Kunio Mikuriya', 'Secretary General, WCO', 'Seen in 5 releases', '000_2b76ec5380369284.txt']) {
    ok(text.includes(want), `hover without "${want}": ${text.slice(0, 300)}`);
  }
});

await tally.check("neovim: the preferred quick fix applied (apply_workspace_edit, utf-16) changes 'Mikurya'", () => {
  const r = get('codeAction');
  ok(r.applied === "Change to 'Mikuriya'", `applied "${r.applied}"; offered: ${r.titles.join(' | ')}`);
  // Accept/Ignore need documentChanges + file creation, which Neovim 0.7 does not announce: the
  // server rightly offers only the text fixes here (code-server.mjs covers Accept).
  ok(r.line.includes('2012 – Kunio Mikuriya, Secretary General of the World'), `line after the fix: ${r.line}`);
  ok(r.after === 3, `${r.after} diagnostics after the fix, expected 3`);
});

await tally.check("neovim: completion after 'Secretary General ' offers and inserts Kunio Mikuriya", () => {
  const r = get('completion');
  ok(r.labels.includes('Kunio Mikuriya'), `completion labels: ${r.labels.join(', ')}`);
  ok(r.line === 'Secretary General Kunio Mikuriya', `line after accepting: '${r.line}'`);
});

await tally.check('neovim: the fix-all source action leaves no diagnostics', () => {
  const r = get('fixAll');
  ok(r.title, 'no source.fixAll.presslint action');
  ok(r.text.includes('Secretary Napolitano welcomed the Global Shield Programme and the Green Customs Initiative.'), `text after fix all:\n${r.text}`);
  ok(r.after === 0, `${r.after} diagnostics after fix all`);
});

await tally.check('neovim: the server shuts down cleanly and nvim exits 0', () => {
  const r = get('exit');
  ok(r.exited && r.exited.code === 0, `server exit: ${JSON.stringify(r.exited)}`);
  ok(nvimExit === '0', `nvim exited with ${nvimExit}${nvimExit === '124' ? ' (timeout)' : ''}`);
});

tally.write();
process.exit(tally.failed ? 1 : 0);
