/** A count out of a total with a bar (a meter, so it reads out as a value too). */
export type ShareBarProps = { done: number; of: number };

export function ShareBar({ done, of }: ShareBarProps) {
  return (
    <span class="share-bar">
      <meter min={0} max={Math.max(of, 1)} value={done} />
      <span>{done} / {of}</span>
    </span>
  );
}
