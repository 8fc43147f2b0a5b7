// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { readPage } from '../../extension/lib/page-meta';

afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('readPage: the publication date', () => {
  it('skips a date that is not on the calendar and takes the next convention that gives one', () => {
    document.head.innerHTML = '<meta property="article:published_time" content="2025-02-30T08:00:00+08:00">';
    document.body.innerHTML = '<time datetime="2025年3月1日">3月1日</time>';
    expect(readPage().publishedOn).toBe('2025-03-01');
  });

  it('gives no date rather than one the worker would refuse', () => {
    document.head.innerHTML = '<meta name="citation_publication_date" content="0000/00/00">';
    expect(readPage().publishedOn).toBeUndefined();
  });
});
