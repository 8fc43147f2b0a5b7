/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
// The frame of every public page: Chinese first with English beside it, semantic landmarks, no script.
import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import type { Localized } from '../../shared/schemas/common';

/** Chinese text with its English beside it, marked so screen readers switch language. */
export const Both = ({ text }: { text: Localized }) => (
  <>
    {text.zh} <span lang="en">{text.en}</span>
  </>
);

export const Layout = ({ title, children }: { title: Localized; children: Child }) => (
  <>
    {raw('<!DOCTYPE html>')}
    <html lang="zh-CN">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title.zh} · ${title.en}`}</title>
        <link rel="stylesheet" href="/public/style.css" />
      </head>
      <body>
        <header class="site">
          <a href="/public">
            民营企业社会责任测评结果 <span lang="en">CSR evaluation results</span>
          </a>
        </header>
        <main>{children}</main>
        <footer>
          <p>
            仅公布已发布测评轮次的等级、总分、维度得分与表彰,以及经企业同意公开的优秀案例。{' '}
            <span lang="en">Only grades, totals, dimension scores and commendations of published rounds are shown, and good-practice cases published with the enterprises’ consent.</span>
          </p>
        </footer>
      </body>
    </html>
  </>
);
