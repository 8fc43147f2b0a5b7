/** A text in Chinese and English, side by side (Chinese first), as one or several lines. */
import type { Localized } from '../../../../shared/schemas/common';

export type LocalizedFieldProps = { id: string; label: string; value: Localized; multiline?: boolean; onChange: (value: Localized) => void };

export function LocalizedField({ id, label, value, multiline, onChange }: LocalizedFieldProps) {
  const input = (lang: 'zh' | 'en') => {
    const props = { id: `${id}-${lang}`, lang, value: value[lang], onInput: (e: { currentTarget: { value: string } }) => onChange({ ...value, [lang]: e.currentTarget.value }) };
    return multiline ? <textarea rows={3} {...props} /> : <input type="text" {...props} />;
  };
  return (
    <fieldset class="localized">
      <legend>{label}</legend>
      <label for={`${id}-zh`} class="sub">中文</label>
      {input('zh')}
      <label for={`${id}-en`} class="sub">English</label>
      {input('en')}
    </fieldset>
  );
}
