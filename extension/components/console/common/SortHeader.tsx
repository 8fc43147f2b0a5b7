/** A column header that sorts its list: the column sorted on is marked (aria-sort and an arrow), a click sorts on it. */
export type SortHeaderProps = { label: string; active: boolean; direction: 'asc' | 'desc'; onSort: () => void; testId?: string };

export function SortHeader({ label, active, direction, onSort, testId }: SortHeaderProps) {
  return (
    <th aria-sort={active ? (direction === 'asc' ? 'ascending' : 'descending') : undefined}>
      <button type="button" class="link" onClick={onSort} data-testid={testId}>
        {label}
        {active ? (direction === 'asc' ? ' ▲' : ' ▼') : ''}
      </button>
    </th>
  );
}
