/** A report's items as text: dimension, what was done, figures and links (http(s) only), with an action per item where given. */
import type { ComponentChildren } from 'preact';
import { httpUrlOrNull } from '../../../../shared/domain/url';
import type { Report, ReportItem } from '../../../../shared/schemas/report';

export type ReportItemsProps = { report: Report; action?: (item: ReportItem) => ComponentChildren };

export function ReportItems({ report, action }: ReportItemsProps) {
  return (
    <ol class="report-items">
      {report.items.map((item) => (
        <li key={item.item} data-item={item.item} data-dimension={item.dimensionCode}>
          <span class="code">{item.dimensionCode}</span> <span class="pre-wrap">{item.done}</span>
          {item.figures.length > 0 && (
            <ul class="figures">
              {item.figures.map((f, i) => <li key={i}><strong>{f.label}</strong> {f.value}</li>)}
            </ul>
          )}
          {item.links.map((link) => {
            const url = httpUrlOrNull(link);
            return url ? <div key={link}><a href={url} target="_blank" rel="noopener noreferrer">{url}</a></div> : null;
          })}
          {action?.(item)}
        </li>
      ))}
    </ol>
  );
}
