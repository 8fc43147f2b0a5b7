// Suggesting a clip's stance from its words: a penalty, a violation or an accident speaks against the
// enterprise (相反). A small keyword rule, shown with the word that triggered it and always overridable;
// a statement that one did NOT happen (未受到行政处罚, 无安全事故, 事故为零) is no such sign.

/** Words of penalties, violations and accidents. Longer phrases first, so the reason names the telling one. */
const SIGNS_ZH = [
  '行政处罚', '处罚决定', '责令改正', '责令停产', '责令整改', '限期整改', '通报批评', '失信被执行人', '严重违法失信', '经营异常名录',
  '超标排放', '拖欠工资', '欠薪', '生产安全事故', '安全事故', '环境污染事件', '突发环境事件', '死亡', '受伤', '泄漏', '爆炸', '火灾',
  '处罚', '罚款', '没收', '吊销', '违法', '违规', '违反', '事故', '投诉', '立案',
];
const SIGNS_EN = [
  'administrative penalty', 'penalty', 'penalties', 'penalised', 'penalized', 'fined', 'violation', 'violations', 'violated', 'breach',
  'accident', 'accidents', 'fatality', 'fatalities', 'injured', 'sanctioned', 'non-compliance', 'revoked', 'leak', 'explosion',
];

/** Words just before a sign that deny it (未受到…处罚, 无…事故, 杜绝…违规, no … accidents). */
const DENIED_BEFORE_ZH = /(未|无|没有|零|杜绝|避免|防止|预防|不存在|未发生|未曾|从未|均未)[^，。；,;]{0,6}$/;
const DENIED_AFTER_ZH = /^[^，。；,;]{0,3}(为零|为0|0起|零起|为 0|发生率为0)/;
const DENIED_BEFORE_EN = /\b(no|zero|without|never|avoid(ed)?|prevent(ed|ing)?|free of)\b[^.,;]{0,20}$/i;

export type StanceSuggestion = { stance: 'contradicts'; sign: string } | null;

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function firstSign(text: string): string | null {
  for (const sign of SIGNS_ZH) {
    for (let at = text.indexOf(sign); at >= 0; at = text.indexOf(sign, at + 1)) {
      if (!DENIED_BEFORE_ZH.test(text.slice(Math.max(0, at - 12), at)) && !DENIED_AFTER_ZH.test(text.slice(at + sign.length))) return sign;
    }
  }
  for (const sign of SIGNS_EN) {
    for (const match of text.matchAll(new RegExp(`\\b${escape(sign)}\\b`, 'gi'))) {
      if (!DENIED_BEFORE_EN.test(text.slice(Math.max(0, match.index - 40), match.index))) return match[0];
    }
  }
  return null;
}

/** 相反 with the word that suggests it when the quote reads as a penalty, violation or accident; else null (the user is asked). */
export function suggestStance(quote: string): StanceSuggestion {
  const sign = firstSign(quote.normalize('NFKC'));
  return sign ? { stance: 'contradicts', sign } : null;
}
