// Hover cards and completions over the protocol.
import assert from 'node:assert/strict';
import path from 'node:path';
import {
  CompletionRequest,
  CompletionResolveRequest,
  HoverRequest,
  type CompletionItem,
  type CompletionList,
  type Hover,
  type MarkupContent,
} from 'vscode-languageserver-protocol/node';
import { CORPUS, CUSTOM_DRAFT, ensureBuilt } from './fixtures';
import { LspClient, makeWorkspace, uriOf } from './harness';

const CONFIG = '{ "corpus": ["releases"] }\n';

describe('LSP hover and completion', function () {
  let client: LspClient;
  let dir: string;
  let n = 0;
  before(async () => {
    ensureBuilt();
    dir = makeWorkspace({ ...CORPUS, 'presslint.json': CONFIG });
    client = await LspClient.start({ workspace: dir });
  });
  after(() => client.shutdown());

  async function open(text: string) {
    const uri = uriOf(path.join(dir, `doc${++n}.txt`));
    const doc = await client.open(uri, text);
    await client.diagnostics(uri);
    return { uri, doc };
  }

  async function hoverAt(uri: string, offset: number): Promise<string | undefined> {
    const doc = client.documents.get(uri)!;
    const h = (await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: doc.positionAt(offset) })) as Hover | null;
    return h ? (h.contents as MarkupContent).value : undefined;
  }

  async function complete(uri: string, offset: number, triggerCharacter?: string): Promise<CompletionItem[]> {
    const doc = client.documents.get(uri)!;
    const r = (await client.connection.sendRequest(CompletionRequest.type, {
      textDocument: { uri },
      position: doc.positionAt(offset),
      context: triggerCharacter ? { triggerKind: 2, triggerCharacter } : { triggerKind: 1 },
    })) as CompletionList | null;
    return r?.items ?? [];
  }

  it('shows a card for a known person: role, organization, releases and links to corpus lines', async () => {
    const { uri, doc } = await open(CUSTOM_DRAFT);
    const md = await hoverAt(uri, doc.getText().indexOf('Solheim') + 3);
    assert.ok(md, 'a hover');
    assert.match(md, /Ingrid Solheim/);
    assert.match(md, /Director General/);
    assert.match(md, /Seen in 3 releases/);
    assert.match(md, /file:\/\/[^)\s]*releases\/r\d\.txt#L\d+/);
  });

  it('shows a card for a known organization and programme', async () => {
    const { uri, doc } = await open('The Baltic Ports Authority (BPA) runs the Harbour Watch Programme.\n');
    const org = await hoverAt(uri, doc.getText().indexOf('Ports') + 1);
    assert.match(org ?? '', /Baltic Ports Authority/);
    assert.match(org ?? '', /BPA/);
    const prog = await hoverAt(uri, doc.getText().indexOf('Watch') + 1);
    assert.match(prog ?? '', /Harbour Watch Programme/);
  });

  it('explains a diagnostic: the rule, the message and the evidence', async () => {
    const { uri, doc } = await open(CUSTOM_DRAFT);
    const md = await hoverAt(uri, doc.getText().indexOf('Wacth') + 1);
    assert.ok(md);
    assert.match(md, /programme-name/);
    assert.match(md, /Harbour Watch/);
  });

  it('has no hover on ordinary words', async () => {
    const { uri, doc } = await open(CUSTOM_DRAFT);
    assert.equal(await hoverAt(uri, doc.getText().indexOf('budget') + 2), undefined);
  });

  it('after a title, offers the people who hold it, with the card as documentation', async () => {
    const { uri, doc } = await open('Ports meet\n\nThe meeting was opened by Director General ');
    const items = await complete(uri, doc.getText().length, ' ');
    const item = items.find((i) => i.label === 'Ingrid Solheim');
    assert.ok(item, JSON.stringify(items.map((i) => i.label)));
    const resolved = (await client.connection.sendRequest(CompletionResolveRequest.type, item)) as CompletionItem;
    assert.match((resolved.documentation as MarkupContent).value, /Ingrid Solheim/);
  });

  it('offers nothing after a space that follows no title', async () => {
    const { uri, doc } = await open('Ports meet\n\nThe meeting was opened by ');
    assert.deepEqual(await complete(uri, doc.getText().length, ' '), []);
  });

  it('completes a capitalized prefix to the canonical name of a programme', async () => {
    const { uri, doc } = await open('Ports meet\n\nOfficers of the Harbour Wa');
    const items = await complete(uri, doc.getText().length);
    const item = items.find((i) => i.label === 'Harbour Watch Programme');
    assert.ok(item, JSON.stringify(items.map((i) => i.label)));
    const edit = item.textEdit as { range: { start: { character: number } }; newText: string };
    assert.equal(edit.newText, 'Harbour Watch Programme');
    // The edit replaces the whole typed prefix, both words.
    const line = doc.getText().split('\n')[2];
    assert.equal(line.slice(edit.range.start.character), 'Harbour Wa');
  });

  it('completes an organization to "Full Name (ACRONYM)" at its first mention and to the acronym later', async () => {
    const first = await open('Ports meet\n\nMinisters of the Baltic Po');
    const a = (await complete(first.uri, first.doc.getText().length)).map((i) => i.label);
    assert.ok(a.includes('Baltic Ports Authority (BPA)'), JSON.stringify(a));
    const later = await open('Ports meet\n\nThe Baltic Ports Authority (BPA) met. Ministers of the Baltic Po');
    const b = (await complete(later.uri, later.doc.getText().length)).map((i) => i.label);
    assert.ok(b.includes('BPA'), JSON.stringify(b));
    assert.ok(!b.includes('Baltic Ports Authority (BPA)'));
  });

  it('answers presslint/termBase with the term base of the folder as Markdown tables', async () => {
    const r = (await client.connection.sendRequest('presslint/termBase', { uri: uriOf(dir) })) as {
      markdown: string;
      people: number;
      organizations: number;
      programmes: number;
    };
    assert.deepEqual([r.people, r.organizations, r.programmes], [1, 1, 1]);
    assert.match(r.markdown, /^# presslint term base/);
    assert.match(r.markdown, /\| Ingrid Solheim \| Director General, BPA \|/);
    assert.match(r.markdown, /\| Baltic Ports Authority \| BPA \|/);
    assert.match(r.markdown, /\| Harbour Watch Programme \|/);
  });
});
