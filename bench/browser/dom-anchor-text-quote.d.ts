// The part of dom-anchor-text-quote's API the comparison uses (the package ships no types).
declare module 'dom-anchor-text-quote' {
  export type TextQuote = { exact: string; prefix?: string; suffix?: string };
  export function toRange(root: Node, selector: TextQuote, options?: { hint?: number }): Range | null;
}
