// Which of `web-ext lint`'s findings on the Firefox build ADR-009 explains: each explanation names the code it
// stands for, must find that code where the linter points, and holds only while its premise does.

/** One finding as `web-ext lint -o json` reports it. */
export type LintMessage = { code: string; message: string; file?: string; line?: number; column?: number };
export type LintReport = { errors: LintMessage[]; warnings: LintMessage[]; notices: LintMessage[] };

/** What the lint step may read: the built files and the extension's own sources. */
export type LintInputs = {
  /** The built file's text around a position (a few hundred characters either side). */
  builtTextAt(file: string, line: number, column: number): string;
  /** Source files of the extension (extension/, shared/) that match a pattern, as "path: line". */
  sourcesMatching(pattern: RegExp): string[];
  manifest: Record<string, unknown>;
};

export type Explanation = {
  code: string;
  message: RegExp;
  /** Text of the flagged code itself, so an explanation never covers new code that happens to share the message. */
  near: string;
  why: string;
  /** Null while the premise holds, else why it no longer does. */
  premise(inputs: LintInputs): string | null;
};

/** MV3's default policy for extension pages runs only the extension's own files: any import() can only load those. */
const ownScriptsOnly = (inputs: LintInputs) =>
  inputs.manifest.content_security_policy === undefined ? null : 'the manifest sets its own content_security_policy: check that it still allows only the extension\'s own scripts';

export const explanations: Explanation[] = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    message: /innerHTML/,
    near: '.__html',
    why: "preact's renderer assigns innerHTML only for dangerouslySetInnerHTML, which no component uses (fetched content is rendered as text)",
    premise: (inputs) => {
      const found = inputs.sourcesMatching(/dangerouslySetInnerHTML|\.innerHTML\s*=|outerHTML\s*=|insertAdjacentHTML|document\.write/);
      return found.length === 0 ? null : `HTML is set from code: ${found.join('; ')}`;
    },
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    message: /import/,
    near: 'import(this.workerSrc)',
    why: "pdf.js's fallback when its worker cannot start: it imports workerSrc, which the viewer sets to the worker file bundled in the extension",
    premise: ownScriptsOnly,
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    message: /import/,
    near: '_noWasmFilename',
    why: "pdf.js's image decoders without WebAssembly: it imports a file from wasmUrl, which the viewer sets to the extension's own pdfjs/wasm/",
    premise: ownScriptsOnly,
  },
];

export type Verdict = {
  explained: { finding: LintMessage; why: string }[];
  unexplained: LintMessage[];
  /** Explanations that matched nothing (the finding went away: delete them) or whose premise broke. */
  stale: string[];
};

const where = (m: LintMessage) => `${m.file ?? '?'}:${m.line ?? '?'}:${m.column ?? '?'}`;
export const describe = (m: LintMessage) => `${m.code} ${where(m)} ${m.message}`;

export function judge(report: LintReport, inputs: LintInputs, allowed: Explanation[] = explanations): Verdict {
  const verdict: Verdict = { explained: [], unexplained: [...report.errors, ...report.notices], stale: [] };
  const used = new Set<Explanation>();
  for (const finding of report.warnings) {
    const around = finding.file && finding.line ? inputs.builtTextAt(finding.file, finding.line, finding.column ?? 0) : '';
    const explanation = allowed.find((e) => e.code === finding.code && e.message.test(finding.message) && around.includes(e.near));
    if (!explanation) {
      verdict.unexplained.push(finding);
      continue;
    }
    used.add(explanation);
    const broken = explanation.premise(inputs);
    if (broken) verdict.stale.push(`${explanation.near}: ${broken}`);
    else verdict.explained.push({ finding, why: explanation.why });
  }
  for (const e of allowed) if (!used.has(e)) verdict.stale.push(`${e.near}: no longer reported; remove it from scripts/lib/firefox-lint.ts and ADR-009`);
  return verdict;
}
