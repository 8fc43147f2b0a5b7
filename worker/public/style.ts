// The public pages' one stylesheet, served from /public/style.css so the pages carry no inline style
// and the Content-Security-Policy can refuse everything else.
export const publicCss = `
:root { --ink: #1f2328; --muted: #656d76; --line: #d0d7de; --soft: #f6f8fa; --accent: #b4232a; color: var(--ink);
  font: 15px/1.6 system-ui, -apple-system, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif; }
body { margin: 0; }
header.site { background: var(--accent); color: #fff; padding: 12px 24px; }
header.site a { color: #fff; text-decoration: none; font-weight: 600; }
header.site [lang='en'] { color: rgba(255, 255, 255, .8); }
main { max-width: 1100px; margin: 0 auto; padding: 16px 24px 48px; }
h1 { font-size: 22px; margin: 8px 0 4px; }
h2 { font-size: 17px; margin: 24px 0 8px; }
[lang='en'] { color: var(--muted); font-weight: normal; }
h1 [lang='en'], h2 [lang='en'] { display: block; font-size: 14px; }
a { color: #0969da; }
table { border-collapse: collapse; width: 100%; margin: 8px 0; }
caption { text-align: left; color: var(--muted); padding: 4px 0; }
th, td { border-bottom: 1px solid var(--line); padding: 6px 8px; text-align: left; vertical-align: top; }
thead th { background: var(--soft); font-weight: 600; }
thead th [lang='en'], tbody th [lang='en'] { display: block; font-size: 12px; }
tbody th { font-weight: normal; }
.scroll { overflow-x: auto; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.grade { font-weight: 700; }
.commendation { display: inline-block; border: 1px solid var(--accent); color: var(--accent); border-radius: 10px; padding: 0 8px; margin: 0 4px 2px 0; font-size: 13px; }
form.search { display: flex; gap: 8px; align-items: end; flex-wrap: wrap; margin: 12px 0; }
form.search label { display: block; font-weight: 600; }
input[type='search'] { font: inherit; padding: 4px 8px; border: 1px solid var(--line); border-radius: 6px; min-width: 260px; }
button { font: inherit; padding: 4px 14px; border: 1px solid var(--accent); background: var(--accent); color: #fff; border-radius: 6px; }
nav.pages { display: flex; gap: 16px; margin: 12px 0; }
ul.rounds { list-style: none; padding: 0; }
ul.rounds li { border: 1px solid var(--line); border-radius: 6px; padding: 10px 14px; margin: 8px 0; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
meter { width: 160px; }
footer { color: var(--muted); font-size: 13px; border-top: 1px solid var(--line); max-width: 1100px; margin: 32px auto 0; padding: 12px 24px; }
ul.commendations { list-style: none; padding: 0; margin: 0; display: inline; }
ul.commendations li { display: inline-block; }
.count, .meta { color: var(--muted); }
ul.cases { list-style: none; padding: 0; }
ul.cases > li { border: 1px solid var(--line); border-radius: 6px; padding: 10px 14px; margin: 10px 0; }
ul.cases h2 { margin: 0 0 4px; }
ul.indicators { list-style: none; padding: 0; margin: 6px 0 0; display: flex; flex-wrap: wrap; gap: 4px 12px; font-size: 13px; }
.code { font-family: ui-monospace, monospace; font-size: 12px; background: var(--soft); border-radius: 4px; padding: 0 4px; }
form.search select { font: inherit; padding: 4px 6px; border: 1px solid var(--line); border-radius: 6px; max-width: 260px; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.ranking th.name { white-space: nowrap; }
.ranking td.rank { white-space: nowrap; }
button, input, select { min-height: 40px; box-sizing: border-box; }
nav.pages a, table a, ul.rounds a, ul.cases h2 a, header.site a, main > p > a { display: inline-block; padding: 8px 0; }
@media (max-width: 640px) {
  header.site { padding: 4px 12px; }
  main { padding: 8px 12px 32px; }
  footer { padding: 12px; }
  .ranking .wide { display: none; }
  .ranking th.name { white-space: normal; min-width: 8em; }
  input[type='search'] { min-width: 0; width: 100%; }
  form.search > div { flex: 1 1 100%; }
  form.search select { max-width: 100%; width: 100%; }
  meter { width: 100px; }
}
`;
