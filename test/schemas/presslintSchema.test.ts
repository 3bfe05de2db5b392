import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { presslintJsonSchemaText, configSchemas } from '../../server/src/engine/config/schema';

const { PresslintConfigSchema } = configSchemas();
import { RULE_IDS } from '../../server/src/engine/types';

const root = path.resolve(__dirname, '..', '..');
const committedPath = path.join(root, 'schemas/presslint.schema.json');

const VALID = {
  $schema: './schemas/presslint.schema.json',
  corpus: ['releases', 'archive/*.md'],
  accept: ['Global Shield'],
  reject: [{ wrong: 'Programme Global', right: 'Global Programme' }],
  people: [
    {
      fullName: 'Ada Example',
      roles: [{ title: 'Director', organization: 'EXO', status: 'former', from: '2019', until: '2021-06-30' }],
      addressForms: ['Director Example'],
    },
  ],
  organizations: [{ name: 'Example Organization', acronym: 'EXO', variants: ['Example Org'], titleStyle: { director: 'Director' } }],
  programmes: [{ name: 'Example Programme', forms: ['Project Example'], acronym: 'EXP' }],
  rules: { acronym: 'warning', inconsistency: 'off', 'person-name': 'error' },
  ignore: ['drafts/old/**'],
  maxFileSize: 100000,
};

const INVALID: [string, unknown][] = [
  ['unknown top-level key', { ...VALID, rulez: {} }],
  ['unknown rule', { rules: { acronyms: 'off' } }],
  ['bad level', { rules: { acronym: 'loud' } }],
  ['corpus not an array', { corpus: 'releases' }],
  ['reject without right', { reject: [{ wrong: 'x' }] }],
  ['bad role status', { people: [{ fullName: 'A B', roles: [{ title: 'Chair', status: 'retired' }] }] }],
  ['bad date', { people: [{ fullName: 'A B', roles: [{ title: 'Chair', from: 'May 2020' }] }] }],
  ['unknown person key', { people: [{ fullName: 'A B', nickname: 'x' }] }],
  ['negative maxFileSize', { maxFileSize: -1 }],
];

describe('schemas/presslint.schema.json', () => {
  const committed = fs.readFileSync(committedPath, 'utf8');
  const ajv = new Ajv({ allErrors: true, strict: true });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(committed));

  it('is what scripts/gen-schema.ts generates from the zod schema', () => {
    assert.equal(committed, presslintJsonSchemaText(), 'run: node --import tsx scripts/gen-schema.ts');
  });

  it('has descriptions for editors', () => {
    const schema = JSON.parse(committed);
    assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
    for (const [key, prop] of Object.entries<{ description?: string }>(schema.properties)) {
      assert.ok(prop.description, `no description for ${key}`);
    }
    assert.deepEqual(Object.keys(schema.properties.rules.properties), [...RULE_IDS]);
    assert.equal(schema.additionalProperties, false);
  });

  it('accepts a valid config (and so does the zod schema)', () => {
    assert.ok(validate(VALID), JSON.stringify(validate.errors));
    assert.ok(PresslintConfigSchema.safeParse(VALID).success);
  });

  for (const [name, config] of INVALID) {
    it(`rejects an invalid config: ${name} (and so does the zod schema)`, () => {
      assert.equal(validate(config), false);
      assert.equal(PresslintConfigSchema.safeParse(config).success, false);
    });
  }
});
