// jieba-wasm as a tokenizer for measurement only (finder:eval --tokenizer jieba): words from jieba's
// search mode for Chinese, the finder's own folding and stemming for the rest.
import { stem, foldForIndex, type Tokenizer } from '../../shared/finder/tokenize';

export async function jiebaTokens(): Promise<Tokenizer> {
  const { cut_for_search } = await import('jieba-wasm');
  return (text) =>
    cut_for_search(foldForIndex(text), true)
      .filter((word) => /[\p{L}\p{N}]/u.test(word))
      .map((word) => (/\p{Script=Han}/u.test(word) ? word : stem(word)));
}
