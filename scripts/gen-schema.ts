// Writes schemas/presslint.schema.json from the zod schema of presslint.json.
// Run: node --import tsx scripts/gen-schema.ts   (test/schemas checks the committed file is current)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { presslintJsonSchemaText } from '../server/src/engine/config/schema';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const out = path.join(root, 'schemas', 'presslint.schema.json');
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, presslintJsonSchemaText());
console.log(`wrote ${path.relative(root, out)}`);
