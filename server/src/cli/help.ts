// The text of `presslint --help` and of each command's --help.

export const MAIN_HELP = `presslint: learns an organization's canon from its published press releases and lints drafts.

Usage:
  presslint lint [files, folders or globs...] [options]   lint drafts (default: .)
  presslint learn [options]                                show what was learned from the corpus
  presslint terms QUERY [options]                          look up people, organizations, programmes

Common options:
  --corpus DIR      folder, file or glob of published releases (repeatable);
                    default: "corpus" in presslint.json, else the bundled seeds
  --config FILE     presslint.json to use (default: ./presslint.json if present)
  -h, --help        show help (also: presslint COMMAND --help)
  -v, --version     show the version

Exit codes: 0 clean, 1 errors (or too many warnings), 2 usage or input error.
`;

export const LINT_HELP = `Usage: presslint lint [files, folders or globs...] [options]

Lints .txt and .md drafts (folders are searched recursively; node_modules, .git and dist are skipped).

Options:
  --corpus DIR          folder, file or glob of published releases (repeatable)
  --config FILE         presslint.json to use (default: ./presslint.json if present)
  --format NAME         text (default), json, sarif or github
  --fix                 apply every non-overlapping fix and write the files back
  --max-warnings N      exit 1 when there are more than N warnings
  --quiet               report errors only
  -h, --help            show this help

Exit codes: 0 clean, 1 errors (or too many warnings), 2 usage or input error.
`;

export const LEARN_HELP = `Usage: presslint learn [options]

Learns the term base from the corpus and prints a summary: people, organizations, programmes,
acronyms, house style per document, and suspected errors in the corpus itself.

Options:
  --corpus DIR          folder, file or glob of published releases (repeatable)
  --config FILE         presslint.json to use (default: ./presslint.json if present)
  --out FILE            also write the term base as JSON to FILE
  -h, --help            show this help
`;

export const TERMS_HELP = `Usage: presslint terms QUERY [options]

Prints the entries of the term base that match QUERY (a name, a title, an acronym...).

Options:
  --corpus DIR          folder, file or glob of published releases (repeatable)
  --config FILE         presslint.json to use (default: ./presslint.json if present)
  -h, --help            show this help

Exit codes: 0 found, 1 nothing matched, 2 usage or input error.
`;
