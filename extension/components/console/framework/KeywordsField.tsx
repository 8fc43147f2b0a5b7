/** An indicator's suggestion keywords in both languages, typed as lists separated by commas. */
import { i18n } from '../../../lib/ports/messages';

export type Keywords = { zh: string[]; en: string[] };
export type KeywordsFieldProps = { keywords: Keywords; onChange: (keywords: Keywords) => void };

const split = (text: string) => text.split(/[,,、;;\n]/).map((k) => k.trim()).filter(Boolean);

export function KeywordsField({ keywords, onChange }: KeywordsFieldProps) {
  return (
    <fieldset class="localized">
      <legend>{i18n.t('console.tree.keywords')}</legend>
      <label for="keywords-zh" class="sub">中文</label>
      <input id="keywords-zh" type="text" lang="zh" value={keywords.zh.join('、')} onChange={(e) => onChange({ ...keywords, zh: split(e.currentTarget.value) })} />
      <label for="keywords-en" class="sub">English</label>
      <input id="keywords-en" type="text" lang="en" value={keywords.en.join(', ')} onChange={(e) => onChange({ ...keywords, en: split(e.currentTarget.value) })} />
      <p class="muted">{i18n.t('console.editor.keywordsHint')}</p>
    </fieldset>
  );
}
