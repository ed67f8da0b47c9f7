/** The hand-written parts of the help texts; commander writes the option lists. */

/** Printed after commander's option list for `hcpost lint --help`. */
export const LINT_HELP_AFTER = `
Examples:
  hcpost lint                          check every draft under the current folder
  hcpost lint drafts/ "posts/**/*.md"  check folders and globs
  hcpost lint --format json -o report.json
  cat post.md | hcpost lint --stdin --stdin-filename drafts/post.md
  hcpost lint --write-baseline         record today's findings in .hcpost-baseline.json
  hcpost lint --baseline               report only findings that are not in it

Folders are searched for *.md, *.markdown and *.json files. .gitignore, .hcpostignore and the
config's "ignores" are honoured; node_modules and .git are never searched. A file named
directly is always checked.

To accept one finding, put a comment on the line above it, with the reason after "--":
  <!-- hcpost-disable-next-line phi/date -- the date of our public open day -->

Exit codes:
  0  no errors (and no more warnings than --max-warnings)
  1  at least one error, a file that could not be read or parsed, or too many warnings
  2  hcpost could not run: a bad option, a bad config file, or no files matched
`;

/** Printed after the command list for `hcpost --help`. */
export const ROOT_HELP_AFTER = `
Run "hcpost lint --help" for the lint options.
Config is read from .hcpostrc.yaml, .hcpostrc.yml, .hcpostrc.json, hcpost.config.yaml or the
"hcpost" key of package.json, in the current folder or the nearest one above it.
`;
