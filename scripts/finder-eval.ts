// `npm run finder:eval -- FILE [--json] [--learning] [--tokenizer bigram|segmenter|jieba]`: the finder and the
// keyword baseline on a labelled JSON Lines file (shared/schemas/finder-labels.ts), per query and on average.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { evaluate, parseLabels } from '../shared/finder/evaluation';
import type { Figures } from '../shared/finder/metrics';
import { bigramTokens, segmenterTokens, type Tokenizer } from '../shared/finder/tokenize';
import { defaultIndicators } from './finder/framework-indicators';
import { jiebaTokens } from './finder/jieba';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { json: { type: 'boolean' }, learning: { type: 'boolean' }, tokenizer: { type: 'string', default: 'bigram' } },
});
const file = positionals[0];
if (!file) {
  console.error('usage: npm run finder:eval -- FILE [--json] [--learning] [--tokenizer bigram|segmenter|jieba]');
  process.exit(2);
}

const tokenizers: Record<string, () => Promise<Tokenizer>> = {
  bigram: async () => bigramTokens,
  segmenter: async () => segmenterTokens(),
  jieba: jiebaTokens,
};
const makeTokenizer = tokenizers[values.tokenizer!];
if (!makeTokenizer) {
  console.error(`unknown tokenizer ${values.tokenizer}: bigram, segmenter or jieba`);
  process.exit(2);
}

const report = evaluate(parseLabels(await readFile(file, 'utf8')), {
  indicators: defaultIndicators(),
  tokenize: await makeTokenizer(),
  learning: values.learning ? [0, 5, 20] : undefined,
});

if (values.json) {
  console.log(JSON.stringify(report));
} else {
  const f = (n: number) => n.toFixed(3);
  const cells = (x: Figures) => [f(x['recall@5']), f(x['recall@10']), f(x['ndcg@10']), f(x.mrr)];
  const rows = [
    ['query', 'doc', 'relevant', 'R@5', 'R@10', 'nDCG@10', 'MRR', 'base R@5', 'base R@10', 'base nDCG@10', 'base MRR'],
    ...report.queries.map((q) => [q.indicator ? `${q.id} (${q.indicator})` : q.id, q.doc, String(q.relevant), ...cells(q.finder), ...cells(q.baseline)]),
    ['mean', '', String(report.queries.length), ...cells(report.finder), ...cells(report.baseline)],
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const row of rows) console.log(row.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '));
  console.log(`\nfinder (${values.tokenizer}): recall@5 ${f(report.finder['recall@5'])}, recall@10 ${f(report.finder['recall@10'])}, nDCG@10 ${f(report.finder['ndcg@10'])}, MRR ${f(report.finder.mrr)}`);
  console.log(`baseline (keywords): recall@5 ${f(report.baseline['recall@5'])}, recall@10 ${f(report.baseline['recall@10'])}, nDCG@10 ${f(report.baseline['ndcg@10'])}, MRR ${f(report.baseline.mrr)}`);
  for (const point of report.learning ?? []) console.log(`learning: ${point.examples} examples per indicator (${point.available.toFixed(1)} available on average) → recall@10 ${f(point['recall@10'])}`);
}
