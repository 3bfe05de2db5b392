import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseConfig } from '../../server/src/engine/config/parseConfig';
import { loadConfig, loadConfigFile } from '../../server/src/engine/config/loadConfig';
import { PresslintInputError } from '../../server/src/engine/errors';

function errorOf(text: string, file = 'presslint.json'): string {
  try {
    parseConfig(text, file);
  } catch (err) {
    assert.ok(err instanceof PresslintInputError, `expected PresslintInputError, got ${String(err)}`);
    assert.ok(!err.message.includes('\n'), `message must be one line: ${JSON.stringify(err.message)}`);
    return err.message;
  }
  assert.fail('expected parseConfig to throw');
}

describe('parseConfig', () => {
  it('accepts a full config with comments and trailing commas', () => {
    const config = parseConfig(
      `{
  // where the releases are
  "corpus": ["releases", "archive/**/*.md"],
  "accept": ["Global Shield"],
  "reject": [{ "wrong": "Programme Global", "right": "Global Programme" }],
  "people": [
    {
      "fullName": "Ada Example",
      "roles": [{ "title": "Director", "organization": "EXO", "status": "former", "from": "2019", "until": "2021-06" }],
      "addressForms": ["Director Example"],
    },
  ],
  "organizations": [{ "name": "Example Organization", "acronym": "EXO", "variants": ["Example Org"], "titleStyle": { "secretary general": "Secretary-General" } }],
  "programmes": [{ "name": "Example Programme", "forms": ["Project Example"], "acronym": "EXP" }],
  "rules": { "acronym": "warning", "inconsistency": "off" },
  "ignore": ["drafts/old/**"],
  "maxFileSize": 1000000,
}`,
      'presslint.json',
    );
    assert.deepEqual(config.corpus, ['releases', 'archive/**/*.md']);
    assert.equal(config.people?.[0].roles?.[0].status, 'former');
    assert.equal(config.organizations?.[0].titleStyle?.['secretary general'], 'Secretary-General');
    assert.deepEqual(config.rules, { acronym: 'warning', inconsistency: 'off' });
    assert.equal(config.maxFileSize, 1000000);
  });

  it('accepts an empty object and a $schema key', () => {
    assert.deepEqual(parseConfig('{}', 'p.json'), {});
    assert.deepEqual(parseConfig('{"$schema": "./schemas/presslint.schema.json"}', 'p.json'), {
      $schema: './schemas/presslint.schema.json',
    });
  });

  it('names file, line, column and key for a bad rule level', () => {
    const text = ['{', '  "corpus": ["a"],', '  "rules": {', '    "person-name": "error",', '    "acronym": "loud"', '  }', '}'].join('\n');
    assert.equal(errorOf(text), 'presslint.json:5:5: rules.acronym: expected one of error, warning, info, off');
  });

  it('reports an unknown top-level key at the key', () => {
    const text = '{\n  "corpus": ["a"],\n  "accept": [],\n"rulez": {}\n}';
    assert.equal(errorOf(text), 'presslint.json:4:1: unknown key "rulez"');
  });

  it('reports an unknown rule id as an unknown key of rules', () => {
    assert.equal(errorOf('{"rules": {"acronyms": "off"}}'), 'presslint.json:1:12: rules: unknown key "acronyms"');
  });

  it('reports unknown keys in nested objects with their path', () => {
    const text = '{\n  "people": [\n    { "fullName": "A B", "nickname": "x" }\n  ]\n}';
    assert.equal(errorOf(text), 'presslint.json:3:26: people[0]: unknown key "nickname"');
  });

  it('reports a syntax error with its position', () => {
    const text = '{\n  "corpus": ["a"]\n  "accept": []\n}';
    assert.equal(errorOf(text), 'presslint.json:3:3: syntax error: comma expected');
  });

  it('reports an unterminated document', () => {
    assert.match(errorOf('{"corpus": ["a"'), /^presslint\.json:1:\d+: syntax error: /);
  });

  it('reports wrong types, naming what was found', () => {
    assert.equal(errorOf('{"corpus": "releases"}'), 'presslint.json:1:2: corpus: expected an array, got a string');
    assert.equal(errorOf('{"accept": ["ok", 3]}'), 'presslint.json:1:19: accept[1]: expected a string, got a number');
  });

  it('validates nested enums and dates', () => {
    const text = '{"people": [{"fullName": "A B", "roles": [{"title": "Chair", "status": "retired"}]}]}';
    assert.equal(errorOf(text), 'presslint.json:1:62: people[0].roles[0].status: expected one of current, former, acting');
    const dated = '{"people": [{"fullName": "A B", "roles": [{"title": "Chair", "from": "last year"}]}]}';
    assert.match(errorOf(dated), /^presslint\.json:1:62: people\[0\]\.roles\[0\]\.from: expected a date as YYYY/);
  });

  it('reports a missing required key at the object that lacks it', () => {
    assert.equal(errorOf('{"reject": [{"wrong": "x"}]}'), 'presslint.json:1:13: reject[0].right: missing required key (expected a string)');
  });

  it('rejects a negative or fractional maxFileSize', () => {
    assert.match(errorOf('{"maxFileSize": -5}'), /^presslint\.json:1:2: maxFileSize: expected a positive number of bytes/);
    assert.match(errorOf('{"maxFileSize": 1.5}'), /^presslint\.json:1:2: maxFileSize: expected a whole number/);
  });

  it('reports the first problem in the file, whatever zod reports first', () => {
    const text = '{\n  "zzz": 1,\n  "rules": {"acronym": "bad"}\n}';
    assert.equal(errorOf(text), 'presslint.json:2:3: unknown key "zzz"');
  });

  it('rejects a document that is not an object', () => {
    assert.equal(errorOf('[1, 2]'), 'presslint.json:1:1: expected a JSON object, got an array');
    assert.match(errorOf(''), /^presslint\.json:1:1: syntax error/);
  });

  it('uses the file name it is given and counts CRLF lines', () => {
    assert.equal(errorOf('{\r\n\r\n  "bad": 1}', 'conf/presslint.json'), 'conf/presslint.json:3:3: unknown key "bad"');
  });

  it('reports brackets nested 100,000 deep as a config error with its line, not a RangeError', () => {
    assert.equal(errorOf('['.repeat(100_000)), 'presslint.json:1:101: nesting too deep (more than 100 levels of brackets)');
    assert.equal(errorOf('{\n  "accept": ' + '['.repeat(100_000) + ']'.repeat(100_000) + '\n}\n'), 'presslint.json:2:112: nesting too deep (more than 100 levels of brackets)');
    assert.equal(errorOf('{\n  "people": [' + '{"x": ['.repeat(60)), 'presslint.json:2:357: nesting too deep (more than 100 levels of brackets)');
  });

  it('does not count brackets inside strings and comments as nesting', () => {
    const deep = '['.repeat(5_000);
    const config = parseConfig(`{\n  // ${deep}\n  /* ${'{'.repeat(5_000)} */\n  "accept": ["${deep}", "a \\" ${deep}"]\n}\n`, 'presslint.json');
    assert.deepEqual(config.accept, [deep, `a " ${deep}`]);
  });

  it('skips a UTF-8 BOM without shifting columns', () => {
    assert.deepEqual(parseConfig('\ufeff{"accept": ["x"]}', 'p.json'), { accept: ['x'] });
    assert.equal(errorOf('\ufeff{"bad": 1}'), 'presslint.json:1:2: unknown key "bad"');
  });
});

describe('loadConfig', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'presslint-config-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('returns undefined when there is no presslint.json', () => {
    assert.equal(loadConfig(dir), undefined);
  });

  it('reads presslint.json and reports where it came from', () => {
    fs.writeFileSync(path.join(dir, 'presslint.json'), '{"corpus": ["releases"]}');
    const loaded = loadConfig(dir);
    assert.ok(loaded);
    assert.deepEqual(loaded.config.corpus, ['releases']);
    assert.equal(loaded.dir, path.resolve(dir));
    assert.equal(loaded.file, path.join(path.resolve(dir), 'presslint.json'));
  });

  it('throws a one-line error for a missing explicit file', () => {
    assert.throws(() => loadConfigFile(path.join(dir, 'nope.json')), (err: Error) => {
      assert.ok(err instanceof PresslintInputError);
      assert.match(err.message, /^config file not found: .*nope\.json$/);
      return true;
    });
  });
});
