// The status bar item: the term base's size for the active editor's folder, and whether it is learning.
import * as vscode from 'vscode';
import type { StatusParams } from '../../server/src/lsp/protocol';

export class PresslintStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('presslint.status', vscode.StatusBarAlignment.Right, 100);
  private readonly byFolder = new Map<string, StatusParams>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor() {
    this.item.name = 'presslint';
    this.item.command = 'presslint.showTermBase';
    this.item.text = '$(sync~spin) presslint: starting';
    this.item.show();
    this.subscriptions.push(vscode.window.onDidChangeActiveTextEditor(() => this.render()));
  }

  update(params: StatusParams): void {
    this.byFolder.set(params.folder, params);
    this.render();
  }

  stopped(message: string): void {
    this.item.text = '$(circle-slash) presslint';
    this.item.tooltip = message;
    this.item.command = 'presslint.showOutput';
  }

  private current(): StatusParams | undefined {
    const doc = vscode.window.activeTextEditor?.document;
    const folder = doc ? vscode.workspace.getWorkspaceFolder(doc.uri) : undefined;
    const key = folder ? folder.uri.toString() : doc ? '' : undefined;
    return (key !== undefined ? this.byFolder.get(key) : undefined) ?? this.byFolder.values().next().value;
  }

  private render(): void {
    const s = this.current();
    if (!s) return;
    const size = `${s.people} people · ${s.organizations} orgs · ${s.programmes} programmes`;
    const tip = new vscode.MarkdownString(undefined, true);
    if (s.state === 'learning') {
      this.item.text = '$(sync~spin) presslint: learning…';
      tip.appendMarkdown('Learning the corpus…');
    } else if (s.state === 'error') {
      this.item.text = '$(error) presslint';
      tip.appendText(s.message ?? 'The corpus could not be learned.');
    } else {
      this.item.text = `$(book) presslint: ${size}`;
      tip.appendMarkdown(`**presslint** · learned from ${s.documents} releases\n\n${size}\n\nClick to show the term base.`);
    }
    this.item.command = s.state === 'error' ? 'presslint.showOutput' : 'presslint.showTermBase';
    this.item.tooltip = tip;
    this.item.backgroundColor = s.state === 'error' ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
  }

  dispose(): void {
    this.item.dispose();
    for (const d of this.subscriptions) d.dispose();
  }
}
