/** A list of credit codes, pasted or read from an office's spreadsheet (CSV, UTF-8 or GB18030): how many codes were
 * read, and each line that holds no valid code with why. The parent reads the same text with `readCreditCodeList`. */
import { useMemo } from 'preact/hooks';
import { decodeCsvBytes } from '../../../../shared/domain/csv';
import { readCreditCodeList } from '../../../../shared/domain/credit-code-list';
import { creditCodeProblemText } from '../../../lib/error-text';
import { i18n } from '../../../lib/ports/messages';

/** Lines with a problem shown at most; the count says how many there are in all. */
const SHOWN_PROBLEMS = 50;

export type CreditCodeListFieldProps = { text: string; onChange: (text: string) => void };

export function CreditCodeListField({ text, onChange }: CreditCodeListFieldProps) {
  const list = useMemo(() => readCreditCodeList(text), [text]);
  const choose = async (file: File | undefined) => {
    if (file) onChange(decodeCsvBytes(new Uint8Array(await file.arrayBuffer())).text);
  };
  return (
    <div class="form-grid" data-testid="credit-code-list">
      <label class="wide">
        {i18n.t('console.codeList.paste')}
        <textarea rows={6} value={text} data-testid="credit-code-text" placeholder={i18n.t('console.codeList.placeholder')} onInput={(e) => onChange(e.currentTarget.value)} />
      </label>
      <label class="file-button">
        {i18n.t('console.codeList.file')}
        <input type="file" accept=".csv,.txt,text/csv,text/plain" data-testid="credit-code-file" onChange={(e) => void choose(e.currentTarget.files?.[0])} />
      </label>
      {text.trim() !== '' && (
        <p class={list.invalid.length ? 'wide warn' : 'wide muted'} role="status" data-testid="credit-code-count">
          {i18n.t('console.codeList.read', [String(list.codes.length), String(list.invalid.length)])}
        </p>
      )}
      {list.invalid.length > 0 && (
        <ul class="wide issues" data-testid="credit-code-problems">
          {list.invalid.slice(0, SHOWN_PROBLEMS).map((line) => (
            <li key={line.row}>{i18n.t('console.codeList.line', [String(line.row), line.code, creditCodeProblemText(line.code, line.problem)])}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
