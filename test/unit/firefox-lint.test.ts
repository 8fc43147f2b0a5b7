// The Firefox lint step: which findings of `web-ext lint` ADR-009 explains, and when an explanation stops holding.
import { describe, expect, it } from 'vitest';
import { judge, type LintInputs, type LintMessage } from '../../scripts/lib/firefox-lint';

const preactInnerHtml: LintMessage = { code: 'UNSAFE_VAR_ASSIGNMENT', message: 'Unsafe assignment to innerHTML', file: 'chunks/jsx.js', line: 1, column: 10 };
const fakeWorker: LintMessage = { code: 'UNSAFE_VAR_ASSIGNMENT', message: 'Unsafe call to import for argument 0', file: 'chunks/pdf.js', line: 2, column: 5 };
const wasmFallback: LintMessage = { code: 'UNSAFE_VAR_ASSIGNMENT', message: 'Unsafe call to import for argument 0', file: 'assets/pdf.worker.mjs', line: 1, column: 0 };
const built: Record<string, string> = {
  'chunks/jsx.js': 'if(f)l||(e.innerHTML=f.__html)',
  'chunks/pdf.js': '(await import(this.workerSrc)).WorkerMessageHandler',
  'assets/pdf.worker.mjs': 'await(import(`${WasmImage.#R}${this._noWasmFilename}`))',
};

const inputs = (over: Partial<LintInputs> = {}): LintInputs => ({
  builtTextAt: (file) => built[file] ?? '',
  sourcesMatching: () => [],
  manifest: {},
  ...over,
});
const report = (warnings: LintMessage[], more: Partial<Record<'errors' | 'notices', LintMessage[]>> = {}) => ({ errors: [], notices: [], warnings, ...more });

describe('judge', () => {
  it('explains the three known findings by the code they point at', () => {
    const verdict = judge(report([preactInnerHtml, fakeWorker, wasmFallback]), inputs());
    expect(verdict.unexplained).toEqual([]);
    expect(verdict.stale).toEqual([]);
    expect(verdict.explained.map((e) => e.finding)).toEqual([preactInnerHtml, fakeWorker, wasmFallback]);
  });

  it('never explains a finding in other code with the same message', () => {
    const ours = { ...preactInnerHtml, file: 'chunks/picker.js' };
    const verdict = judge(report([preactInnerHtml, fakeWorker, wasmFallback, ours]), inputs({ builtTextAt: (file) => built[file] ?? 'el.innerHTML = quote' }));
    expect(verdict.unexplained).toEqual([ours]);
  });

  it('fails on any error or notice', () => {
    const error = { code: 'MANIFEST_FIELD_INVALID', message: 'bad' };
    const verdict = judge(report([preactInnerHtml, fakeWorker, wasmFallback], { errors: [error], notices: [error] }), inputs());
    expect(verdict.unexplained).toEqual([error, error]);
  });

  it('calls an explanation stale when its finding is gone', () => {
    const verdict = judge(report([preactInnerHtml, fakeWorker]), inputs());
    expect(verdict.stale).toEqual([expect.stringContaining('_noWasmFilename: no longer reported')]);
  });

  it('stops explaining innerHTML once a component sets HTML', () => {
    const verdict = judge(report([preactInnerHtml, fakeWorker, wasmFallback]), inputs({ sourcesMatching: () => ['extension/components/Quote.tsx:12'] }));
    expect(verdict.stale).toEqual([expect.stringContaining('extension/components/Quote.tsx:12')]);
    expect(verdict.explained).toHaveLength(2);
  });

  it('stops explaining the dynamic imports once the manifest sets its own content security policy', () => {
    const verdict = judge(report([preactInnerHtml, fakeWorker, wasmFallback]), inputs({ manifest: { content_security_policy: { extension_pages: "script-src 'self' https:" } } }));
    expect(verdict.stale).toHaveLength(2);
  });
});
