/** A console page's title with its actions beside it. */
import type { ComponentChildren } from 'preact';

export type PageHeaderProps = { title: string; subtitle?: string; children?: ComponentChildren };

export function PageHeader({ title, subtitle, children }: PageHeaderProps) {
  return (
    <header class="page-header">
      <div class="grow">
        <h1>{title}</h1>
        {subtitle && <p class="muted">{subtitle}</p>}
      </div>
      {children && <div class="row">{children}</div>}
    </header>
  );
}
