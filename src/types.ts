/**
 * The vocabulary of hcpost. Types only, no logic: every layer (input, engine, rules,
 * formatters, CLI) speaks in these terms.
 */

export type Family =
  | 'phi'
  | 'citation'
  | 'professionalism'
  | 'boundary'
  | 'claims'
  | 'disclosure'
  | 'accessibility'
  | 'platform'
  | 'readability';

export type RuleId = `${Family}/${string}`;

/**
 * Where a piece of published text came from. Rules declare the scopes they read (Vale style)
 * and the engine hands them only those text maps.
 */
export type Scope = 'body' | 'alt' | 'caption' | `meta.${string}`;

/** Extracted text plus where each UTF-16 unit of it came from in the file. */
export interface TextMap {
  readonly text: string;
  readonly scope: Scope;
  /** File offset (UTF-16 index into SourceFile.text) of text index `i` (0 <= i <= text.length). */
  toSource(i: number): number;
}

/** A half-open range [start, end) of a TextMap's text. */
export interface Span {
  readonly map: TextMap;
  readonly start: number;
  readonly end: number;
}

/** 1-based line, 1-based column in UTF-16 code units (as ESLint and editors count). */
export interface Position {
  readonly line: number;
  readonly column: number;
}

export interface LineIndex {
  /** Position of a file offset; an offset at a line end maps to that line's end column. */
  position(offset: number): Position;
}

export interface SourceFile {
  /** Absolute path (or the --stdin-filename, resolved). */
  readonly path: string;
  readonly text: string;
  readonly lines: LineIndex;
}

export type Platform =
  | 'facebook' | 'instagram' | 'x' | 'linkedin' | 'tiktok' | 'youtube' | 'threads' | 'bluesky' | 'generic';
export type PostType = 'post' | 'reply' | 'review-reply' | 'ad' | 'testimonial';

/** A value from front matter or a JSON field, with where it sits in the file when known. */
export interface Located<T> {
  readonly value: T;
  readonly span?: Span;
}

export interface Consent {
  readonly id?: string;
  /** What the signed authorization covers: name, photo, condition, ... */
  readonly scope: readonly string[];
}

export interface MediaItem {
  readonly src?: Located<string>;
  readonly alt?: Located<string>;
  readonly caption?: Located<string>;
  /** Authorization id this item is covered by (matches Consent.id). */
  readonly consent?: string;
  /** front matter `media:`, a Markdown image, an HTML <img>, or a JSON `media` entry. */
  readonly origin: 'meta' | 'markdown' | 'html';
}

/** The validated post keys of CONTRACT section 2. Every key is optional. */
export interface PostMeta {
  readonly platform?: Platform;
  readonly type?: PostType;
  readonly author?: string;
  readonly sources: readonly Located<string>[];
  readonly sponsored?: boolean;
  readonly consent?: Consent;
  /** Keys the contract does not name, kept for rules that want them. */
  readonly extra: Readonly<Record<string, unknown>>;
}

export type LinkKind = 'link' | 'image' | 'autolink' | 'bare-url' | 'html';

/** A URL in the body: not prose, but inspected by rules that need it (citations, PHI URLs). */
export interface Link {
  readonly url: string;
  readonly kind: LinkKind;
  /** Where the URL itself sits. */
  readonly span: Span;
  /** The link text, for Markdown links. */
  readonly text?: string;
}

/** One unit of draft content. A Markdown file holds one; a JSON file one or many. */
export interface Post {
  readonly file: SourceFile;
  /** JSON posts: their `id`, or their index in the file when they have none. */
  readonly id?: string;
  readonly meta: PostMeta;
  /** Published prose: body (code, comments and URLs removed), alt texts, captions, titles. */
  readonly prose: readonly TextMap[];
  readonly links: readonly Link[];
  /** Front matter media, Markdown images and HTML images, in file order. */
  readonly media: readonly MediaItem[];
  /** Inline directive comments (`<!-- hcpost-... -->`) and JSON `hcpost` keys, unparsed. */
  readonly directives: readonly DirectiveComment[];
}

export interface DirectiveComment {
  /** The comment's content, without `<!--` and `-->`. */
  readonly text: string;
  /** File offsets of the whole comment. */
  readonly start: number;
  readonly end: number;
}

/** Result of reading a file: its posts, plus fatal findings for what could not be read. */
export interface ParseResult {
  readonly posts: readonly Post[];
  readonly problems: readonly Finding[];
  /** Set when the file was skipped on purpose (binary): reported, not an error. */
  readonly skipped?: string;
}

export type SeverityName = 'off' | 'warn' | 'error';
export type Severity = 1 | 2;
export type RuleSetting = SeverityName | 0 | 1 | 2 | readonly [SeverityName | 0 | 1 | 2, unknown?];

/** The organisation's own facts: never PHI. */
export interface OrgFacts {
  readonly names?: readonly string[];
  readonly phones?: readonly string[];
  readonly emails?: readonly string[];
  readonly domains?: readonly string[];
  readonly addresses?: readonly string[];
}

/** A config file as written (after validation). */
export interface Config {
  readonly extends?: readonly string[];
  readonly rules?: Readonly<Record<string, RuleSetting>>;
  readonly organization?: OrgFacts;
  readonly ignores?: readonly string[];
  /** Report inline directives that silence nothing (ESLint's linterOptions key of the same name). */
  readonly reportUnusedDisableDirectives?: SeverityName | 0 | 1 | 2;
  /** Report inline directives without a `-- reason`. */
  readonly requireDirectiveReason?: SeverityName | 0 | 1 | 2;
}

/** How inline directives themselves are checked; a missing key means not checked. */
export interface DirectiveSettings {
  /** Severity of a finding for a directive that silences nothing. */
  readonly reportUnused?: Severity;
  /** Severity of a finding for a directive without a `-- reason`. */
  readonly requireReason?: Severity;
}

export interface ResolvedRule {
  readonly severity: Severity;
  readonly options: unknown;
}

/** A config with presets applied and rule options validated: what the engine runs with. */
export interface ResolvedConfig {
  /** Enabled rules only. */
  readonly rules: ReadonlyMap<RuleId, ResolvedRule>;
  readonly organization: Required<OrgFacts>;
  readonly ignores: readonly string[];
  /** The config file this came from, if any. */
  readonly filePath?: string;
  /** Directive checks from the presets and the config; absent when none is on. */
  readonly directives?: DirectiveSettings;
}

/** A rule's suggestion for the user: text to put in place of the finding's range. */
export interface Suggestion {
  readonly desc: string;
  readonly replacement?: string;
}

/** What a rule reports. The engine turns it into a Finding. */
export interface Report {
  readonly messageId: string;
  readonly at: Span;
  readonly data?: Readonly<Record<string, string>>;
  readonly suggestions?: readonly Suggestion[];
  /** Lower than the configured severity for borderline cases (e.g. 1 for a warning-only hit). */
  readonly severity?: Severity;
}

/** CONTRACT section 3: what formatters receive. */
export interface Finding {
  ruleId: RuleId | null;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  postId?: string;
  fatal?: true;
  /** Not in JSON output yet: kept for SARIF/fixes. */
  messageId?: string;
  suggestions?: readonly Suggestion[];
  /** Set when an inline directive silenced this finding. */
  suppression?: { readonly reason?: string };
  /** Salted, PHI-free fingerprint of the match (baselines). */
  fingerprint?: string;
}

export interface FileResult {
  filePath: string;
  messages: Finding[];
  errorCount: number;
  warningCount: number;
  fatalErrorCount: number;
  /** Findings silenced by inline directives (ESLint's suppressedMessages). */
  suppressedMessages?: Finding[];
  /** Why the file was not linted (binary), if it was skipped. */
  skipped?: string;
}

export interface FormatContext {
  readonly cwd: string;
  readonly color: boolean;
  /** Rule metadata by id, for formatters that describe rules (SARIF). */
  readonly rules: ReadonlyMap<string, RuleMeta<unknown>>;
}

export type Formatter = (results: readonly FileResult[], ctx: FormatContext) => string;

export interface RuleMeta<O = unknown> {
  readonly id: RuleId;
  readonly description: string;
  readonly severity: 'error' | 'warn';
  /** Which text maps the rule reads. */
  readonly scopes: readonly Scope[];
  /** messageId -> "text with {{placeholders}}". */
  readonly messages: Readonly<Record<string, string>>;
  /** Data values are PHI: masked unless --show-phi. */
  readonly sensitive?: boolean;
  /** Lower-case substrings; the rule runs only when one occurs in the post (gitleaks style). */
  readonly keywords?: readonly string[];
  /** JSON Schema for the rule's options (ajv-validated in config). */
  readonly schema?: object;
  readonly defaults?: O;
  /** Enabled only by hcpost:strict, not by hcpost:recommended. */
  readonly strictOnly?: boolean;
}

export interface Rule<O = unknown> {
  readonly meta: RuleMeta<O>;
  check(ctx: RuleContext<O>): void;
}

/** A word with its position in a TextMap. */
export interface Token {
  readonly text: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
}

/** A sentence range in a TextMap. */
export interface Sentence {
  readonly map: TextMap;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Shared, lazily computed analysis of one post. Computed once per post, not once per rule. */
export interface PostAnalysis {
  /** Sentences of a text map. */
  sentences(map: TextMap): readonly Sentence[];
  /** Word tokens of a text map. */
  tokens(map: TextMap): readonly Token[];
  /** All published prose of the post joined, lower-cased (for keyword tests). */
  readonly lowerText: string;
  /** compromise's view of one sentence; loads compromise on first use. */
  nlp(sentence: Sentence): NlpView;
  /**
   * Per-post memo for analysis that several rules share (health cues, staff names):
   * computed on first use for this post, then reused by every rule.
   */
  shared<T>(key: string, compute: () => T): T;
}

/** The narrow slice of compromise that rules use. */
export interface NlpView {
  /** Person names compromise recognises, with offsets into the sentence's map. */
  people(): readonly Span[];
  /** Part-of-speech tags of the word at a map offset. */
  tagsAt(offset: number): ReadonlySet<string>;
}

export interface RuleContext<O = unknown> {
  readonly post: Post;
  readonly options: O;
  /** Text maps of the rule's scopes. */
  readonly prose: readonly TextMap[];
  readonly analysis: PostAnalysis;
  readonly organization: Required<OrgFacts>;
  report(report: Report): void;
}
