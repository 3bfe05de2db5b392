// The official SARIF 2.1.0 JSON schema (test/schemas/sarif-schema-2.1.0.json), compiled with Ajv.
import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';

const root = path.resolve(__dirname, '..', '..');

/**
 * The schema is draft-04 style (`id`, draft-04 `$schema`); its keywords are all draft-07 compatible,
 * so it is loaded into Ajv's default draft-07 validator with `id` renamed to `$id`.
 */
export function sarifValidator() {
  const schema = JSON.parse(fs.readFileSync(path.join(root, 'test/schemas/sarif-schema-2.1.0.json'), 'utf8'));
  const { $schema: _draft, id, ...rest } = schema;
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return ajv.compile<Record<string, any>>({ $id: id, ...rest });
}
