/** A new password typed twice; reports it only when both agree and it is long enough. */
import { useEffect, useState } from 'preact/hooks';
import { i18n } from '../lib/ports/messages';

/** As the worker's NewPassword schema: at least 10 characters. */
const MIN_LENGTH = 10;

export type NewPasswordFieldsProps = { onChange: (password: string | null) => void };

export function NewPasswordFields({ onChange }: NewPasswordFieldsProps) {
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const differ = second.length > 0 && first !== second;
  useEffect(() => onChange(first.length >= MIN_LENGTH && first === second ? first : null), [first, second]);
  return (
    <>
      <label for="new-password">{i18n.t('options.newPassword')}</label>
      <input id="new-password" type="password" autoComplete="new-password" minLength={MIN_LENGTH} value={first} onInput={(e) => setFirst(e.currentTarget.value)} required />
      <label for="repeat-password">{i18n.t('options.repeatPassword')}</label>
      <input id="repeat-password" type="password" autoComplete="new-password" value={second} onInput={(e) => setSecond(e.currentTarget.value)} required />
      {differ && <p class="error">{i18n.t('options.passwordsDiffer')}</p>}
    </>
  );
}
