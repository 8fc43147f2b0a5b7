/** Where the import is: reading the file (measured), the worker checking or writing it (indeterminate), done. */
import { i18n } from '../../../lib/ports/messages';

export type ImportStage = { step: 'idle' } | { step: 'reading'; share: number } | { step: 'checking' } | { step: 'committing' } | { step: 'done' };

export function ImportProgress({ stage }: { stage: ImportStage }) {
  if (stage.step === 'idle') return null;
  const label = i18n.t(`console.import.stage.${stage.step}`);
  return (
    <div class="import-progress" data-testid="import-progress" data-step={stage.step}>
      {stage.step === 'reading' || stage.step === 'done' ? (
        <progress max={1} value={stage.step === 'done' ? 1 : stage.share} aria-label={label} />
      ) : (
        <progress aria-label={label} />
      )}
      <span class="muted">{label}</span>
    </div>
  );
}
