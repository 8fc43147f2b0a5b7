/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
// What the public pages' plain GET search forms share: a labelled facet select and links that keep the filters.
import { industryNames, type Industry } from '../../shared/industries';
import { Both } from './layout';

export const industryName = (code: string) => industryNames[code as Industry] ?? { zh: code, en: code };

/** The link to another page of a filtered list: the filters that are set, and the page when past the first. */
export function pageLink(path: string, filters: Record<string, string | number | undefined>, page: number) {
  const params = new URLSearchParams(Object.entries(filters).flatMap(([key, value]) => (value === undefined || value === '' ? [] : [[key, String(value)]])));
  if (page > 1) params.set('page', String(page));
  const text = params.toString();
  return `${path}${text ? `?${text}` : ''}`;
}

/** A labelled select of one search facet, "all" first. */
export const Facet = ({ name, label, value, options }: { name: string; label: { zh: string; en: string }; value?: string; options: { value: string; text: string }[] }) => (
  <div>
    <label for={name}>
      <Both text={label} />
    </label>
    <select id={name} name={name}>
      <option value="">全部 All</option>
      {options.map((o) => (
        <option value={o.value} selected={o.value === value}>
          {o.text}
        </option>
      ))}
    </select>
  </div>
);

/** The facet options of streets (registry id, Chinese name with English) and industries present in a list. */
export const streetOptions = (streets: { id: number; name: string; nameEn: string | null }[]) => streets.map((s) => ({ value: String(s.id), text: s.nameEn ? `${s.name} ${s.nameEn}` : s.name }));
export const industryOptions = (industries: string[]) => industries.map((i) => ({ value: i, text: `${industryName(i).zh} ${industryName(i).en}` }));

/** Pages of a list as links, previous and next. */
export const PageLinks = ({ page, pages, link }: { page: number; pages: number; link: (page: number) => string }) => (
  <nav class="pages" aria-label="分页 Pages">
    {page > 1 && <a href={link(page - 1)} rel="prev">上一页 <span lang="en">Previous</span></a>}
    {page < pages && <a href={link(page + 1)} rel="next">下一页 <span lang="en">Next</span></a>}
  </nav>
);
