// The schema of presslint.json, in zod. The JSON Schema in schemas/presslint.schema.json is generated
// from it (scripts/gen-schema.mjs), so the descriptions here are what VS Code shows on hover.
import { z } from 'zod';
import { RULE_IDS, type RuleId } from '../types';
import { RULE_SHORT_DESCRIPTIONS as RULE_DESCRIPTIONS } from '../format/ruleDescriptions';

export const CONFIG_FILE_NAME = 'presslint.json';

export const RULE_LEVELS = ['error', 'warning', 'info', 'off'] as const;
export type RuleLevel = (typeof RULE_LEVELS)[number];


// Built on first use, not when the module loads: zod schemas take ~15 ms to construct, and most CLI runs
// (no presslint.json) never validate anything.
let schemas: ReturnType<typeof defineSchemas> | undefined;
export const configSchemas = (): ReturnType<typeof defineSchemas> => (schemas ??= defineSchemas());

function defineSchemas() {
  const ruleLevel = (id: RuleId) =>
    z.enum(RULE_LEVELS).optional().describe(`${RULE_DESCRIPTIONS[id]} Severity: error, warning, info, or off.`);

  const rulesShape = Object.fromEntries(RULE_IDS.map((id) => [id, ruleLevel(id)])) as Record<
    RuleId,
    ReturnType<typeof ruleLevel>
  >;

  const isoDate = z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD');

  const nonEmpty = z.string().min(1, 'expected a non-empty string');

  const RoleConfigSchema = z
    .strictObject({
      title: nonEmpty.describe('The title as it should be written, e.g. "Secretary General".'),
      organization: nonEmpty
        .optional()
        .describe('The organization the title belongs to (its name or acronym).'),
      status: z
        .enum(['current', 'former', 'acting'])
        .optional()
        .describe('Whether the role is current (the default), former, or acting.'),
      from: isoDate.optional().describe('When the role began: YYYY, YYYY-MM or YYYY-MM-DD.'),
      until: isoDate.optional().describe('When the role ended: YYYY, YYYY-MM or YYYY-MM-DD.'),
    })
    .describe('A role a person holds or held.');

  const PersonConfigSchema = z
    .strictObject({
      fullName: nonEmpty.describe('The person\'s full name as it should be written, e.g. "Jane Q. Smith".'),
      roles: z.array(RoleConfigSchema).optional().describe('Roles the person holds or held, with dates when known.'),
      addressForms: z
        .array(nonEmpty)
        .optional()
        .describe('Accepted forms of address, e.g. "Dr. Smith", "Secretary General Smith".'),
    })
    .describe('A person added to (or corrected in) the learned term base.');

  const OrganizationConfigSchema = z
    .strictObject({
      name: nonEmpty.describe('The canonical full name of the organization.'),
      acronym: nonEmpty.optional().describe('Its acronym, e.g. "WHO".'),
      variants: z
        .array(nonEmpty)
        .optional()
        .describe('Other accepted forms of the name (never flagged as variants).'),
      titleStyle: z
        .record(z.string(), nonEmpty)
        .optional()
        .describe(
          'The organization\'s own title style: a title (any spelling) mapped to the preferred form, e.g. {"secretary general": "Secretary-General"}.',
        ),
    })
    .describe('An organization added to (or corrected in) the learned term base.');

  const ProgrammeConfigSchema = z
    .strictObject({
      name: nonEmpty.describe('The canonical name of the programme, initiative, project or instrument.'),
      forms: z.array(nonEmpty).optional().describe('Other accepted forms of the name.'),
      acronym: nonEmpty.optional().describe('Its acronym, if it has one.'),
    })
    .describe('A programme or initiative added to (or corrected in) the learned term base.');

  const RejectConfigSchema = z
    .strictObject({
      wrong: nonEmpty.describe('The form that is wrong (always flagged).'),
      right: nonEmpty.describe('The form that replaces it.'),
    })
    .describe('A form that is always wrong, and what to write instead.');

  const PresslintConfigSchema = z
    .strictObject({
      $schema: z.string().optional().describe('The JSON Schema of this file (for editors).'),
      corpus: z
        .array(nonEmpty)
        .optional()
        .describe(
          'Folders, files or globs of published releases (.txt, .md) to learn the canon from, relative to this file. Default: the corpus bundled with presslint.',
        ),
      accept: z
        .array(nonEmpty)
        .optional()
        .describe('Forms that are fine as written and must never be flagged.'),
      reject: z
        .array(RejectConfigSchema)
        .optional()
        .describe('Forms that are always wrong, each with the form to use instead.'),
      people: z.array(PersonConfigSchema).optional().describe('People to add or correct, with their roles.'),
      organizations: z
        .array(OrganizationConfigSchema)
        .optional()
        .describe('Organizations to add or correct: name, acronym, variants, title style.'),
      programmes: z
        .array(ProgrammeConfigSchema)
        .optional()
        .describe('Programmes and initiatives to add or correct, with their accepted forms.'),
      rules: z
        .strictObject(rulesShape)
        .optional()
        .describe('Severity of each rule family: error, warning, info, or off.'),
      ignore: z
        .array(nonEmpty)
        .optional()
        .describe('Globs (relative to this file) of drafts that `presslint lint` skips, e.g. "archive/**".'),
      maxFileSize: z
        .number()
        .int('expected a whole number of bytes')
        .positive('expected a positive number of bytes')
        .optional()
        .describe('Files larger than this many bytes are skipped, in the corpus and when linting. Default: 5242880 (5 MB).'),
    })
    .describe('presslint configuration: the corpus to learn from, and corrections to what was learned.');
  return { RoleConfigSchema, PersonConfigSchema, OrganizationConfigSchema, ProgrammeConfigSchema, RejectConfigSchema, PresslintConfigSchema };
}

type Schemas = ReturnType<typeof defineSchemas>;
export type PresslintConfig = z.infer<Schemas['PresslintConfigSchema']>;
export type RoleConfig = z.infer<Schemas['RoleConfigSchema']>;
export type PersonConfig = z.infer<Schemas['PersonConfigSchema']>;
export type OrganizationConfig = z.infer<Schemas['OrganizationConfigSchema']>;
export type ProgrammeConfig = z.infer<Schemas['ProgrammeConfigSchema']>;

/** The JSON Schema of presslint.json (draft-07), as committed in schemas/presslint.schema.json. */
export function presslintJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(configSchemas().PresslintConfigSchema, { target: 'draft-7', io: 'input' }) as Record<string, unknown>;
  const { $schema, ...rest } = schema;
  return { $schema, title: 'presslint.json', ...rest };
}

/** The committed file's exact text: the schema, 2-space indented, with a final newline. */
export function presslintJsonSchemaText(): string {
  return JSON.stringify(presslintJsonSchema(), null, 2) + '\n';
}
