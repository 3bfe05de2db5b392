// `--format sarif`: a SARIF 2.1.0 log with one run. Columns are UTF-16 code units (columnKind),
// regions are 1-based with endColumn exclusive, and a diagnostic with a suggestion carries a fix.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { version } from '../../../../package.json';
import { RULE_IDS } from '../types';
import { toRecordPairs } from './records';
import { RULE_SHORT_DESCRIPTIONS } from './ruleDescriptions';
import type { FileResult } from './types';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/** A path as a SARIF artifact URI: relative posix paths percent-encoded, absolute ones as file: URIs. */
export function artifactUri(file: string): string {
  if (path.isAbsolute(file)) return pathToFileURL(file).href;
  return file.split('/').map(encodeURIComponent).join('/');
}

export function formatSarif(results: FileResult[]): string {
  const ruleIndex = new Map<string, number>(RULE_IDS.map((id, i) => [id, i]));
  const sarifResults: Sarif.Result[] = [];
  for (const result of results) {
    const uri = artifactUri(result.file);
    for (const { record: r, diagnostic } of toRecordPairs(result)) {
      const region: Sarif.Region = {
        startLine: r.line,
        startColumn: r.column,
        endLine: r.endLine,
        endColumn: r.endColumn,
      };
      const out: Sarif.Result = {
        ruleId: r.ruleId,
        ruleIndex: ruleIndex.get(r.ruleId),
        level: LEVEL[r.severity],
        message: { text: r.message },
        locations: [{ physicalLocation: { artifactLocation: { uri }, region } }],
        // The diagnostic's position-independent identity: lets code scanning track it across edits.
        partialFingerprints: { 'presslintKey/v1': diagnostic.key },
      };
      if (r.suggestions.length) {
        out.fixes = [
          {
            description: { text: `Replace with "${r.suggestions[0]}"` },
            artifactChanges: [
              {
                artifactLocation: { uri },
                replacements: [{ deletedRegion: { ...region }, insertedContent: { text: r.suggestions[0] } }],
              },
            ],
          },
        ];
      }
      sarifResults.push(out);
    }
  }

  const log: Sarif.Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'presslint',
            version,
            semanticVersion: version,
            rules: RULE_IDS.map((id) => ({
              id,
              name: id,
              shortDescription: { text: RULE_SHORT_DESCRIPTIONS[id] },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
