/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
// An enterprise's commendations as a list of labels.
import type { Localized } from '../../shared/schemas/common';

export const Commendations = ({ titles }: { titles: Localized[] }) =>
  titles.length === 0 ? null : (
    <ul class="commendations" aria-label="表彰 Commendations">
      {titles.map((t) => (
        <li class="commendation">
          {t.zh} <span lang="en">{t.en}</span>
        </li>
      ))}
    </ul>
  );
