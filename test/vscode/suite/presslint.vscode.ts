// The extension in a real VS Code: diagnostics on a draft, quick fixes, hover cards and completions,
// through the same commands VS Code's UI uses. Run with `npm run test:vscode` (not part of `npm test`).
import assert from 'node:assert/strict';
import path from 'node:path';
import * as vscode from 'vscode';

const workspace = () => process.env.PRESSLINT_VSCODE_WORKSPACE ?? vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? '';

async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function presslintDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'presslint');
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

export function registerPresslintSuite(): void {
  describe('presslint in VS Code', () => {
    let doc: vscode.TextDocument;
    let editor: vscode.TextEditor;

    before(async () => {
      const ext = vscode.extensions.all.find((e) => e.packageJSON?.name === 'presslint');
      assert.ok(ext, 'the extension is installed');
      doc = await vscode.workspace.openTextDocument(path.join(workspace(), 'draft.release.txt'));
      editor = await vscode.window.showTextDocument(doc);
      await ext.activate();
    });

    it('opens *.release.txt as a press release', () => {
      assert.equal(doc.languageId, 'press-release');
    });

    it('publishes diagnostics with rule ids as codes', async () => {
      const diags = await waitFor('presslint diagnostics', () => {
        const d = presslintDiagnostics(doc.uri);
        return d.length ? d : undefined;
      });
      assert.ok(diags.every((d) => typeof d.code === 'string' && d.code.length > 0));
      assert.ok(diags.some((d) => doc.getText(d.range) === 'Mikurya'), 'the misspelled surname is flagged');
    });

    it('offers a preferred quick fix that removes the diagnostic', async () => {
      const target = presslintDiagnostics(doc.uri).find((d) => doc.getText(d.range) === 'Mikurya');
      assert.ok(target);
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        doc.uri,
        target.range,
        vscode.CodeActionKind.QuickFix.value,
      );
      const preferred = actions.find((a) => a.isPreferred);
      assert.ok(preferred?.edit, `a preferred fix among ${actions.map((a) => a.title).join(', ')}`);
      assert.ok(actions.some((a) => a.title.startsWith('Accept ')));
      assert.ok(actions.some((a) => a.title.startsWith('Ignore ')));
      assert.ok(await vscode.workspace.applyEdit(preferred.edit));
      await waitFor('the fixed diagnostic to go', () =>
        presslintDiagnostics(doc.uri).some((d) => doc.getText(d.range) === 'Mikurya') ? undefined : true,
      );
      assert.ok(doc.getText().includes('Kunio Mikuriya'));
    });

    it('shows a card when hovering a known person', async () => {
      const at = doc.positionAt(doc.getText().indexOf('Mikuriya') + 2);
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at);
      const text = hoverText(hovers);
      assert.match(text, /Kunio Mikuriya/);
      assert.match(text, /Seen in \d+ release/);
    });

    it('completes the holder of a title', async () => {
      const line = doc.lineAt(doc.lineCount - 1).text.length ? doc.lineCount - 1 : doc.lineCount - 2;
      const end = doc.lineAt(line).range.end;
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, end, ' ');
      const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
      assert.ok(labels.includes('Kunio Mikuriya'), `completions: ${labels.join(', ')}`);
    });

    it('fixes everything with the fix-all source action', async () => {
      await editor.edit((b) => b.insert(new vscode.Position(doc.lineCount - 1, 0), 'The Global Shied Programme met.\n'));
      await waitFor('the new diagnostic', () =>
        presslintDiagnostics(doc.uri).some((d) => doc.getText(d.range).includes('Shied')) ? true : undefined,
      );
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        doc.uri,
        new vscode.Range(0, 0, 0, 0),
        'source.fixAll.presslint',
      );
      const fixAll = actions.find((a) => a.kind?.value === 'source.fixAll.presslint');
      assert.ok(fixAll?.edit);
      assert.ok(await vscode.workspace.applyEdit(fixAll.edit));
      assert.ok(!doc.getText().includes('Global Shied '));
    });
  });
}
