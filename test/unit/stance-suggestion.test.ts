import { describe, expect, it } from 'vitest';
import { suggestStance } from '../../shared/domain/stance-suggestion';

describe('suggestStance', () => {
  it.each([
    ['上海市嘉定区生态环境局对该公司超标排放行为作出行政处罚，罚款人民币二十万元。', '行政处罚'],
    ['2025年3月，公司厂区发生一起生产安全事故，造成一名员工受伤。', '生产安全事故'],
    ['该企业因拖欠工资被劳动监察部门责令改正。', '责令改正'],
    ['The company was fined RMB 200,000 for the violation.', 'fined'],
    ['One accident was reported at the Anting plant in 2025.', 'accident'],
    // A denial elsewhere in the quote does not hide a sign that stands.
    ['全年未受到行政处罚，但发生一起火灾。', '火灾'],
  ])('suggests 相反 for “%s” because of %s', (quote, sign) => {
    expect(suggestStance(quote)).toEqual({ stance: 'contradicts', sign });
  });

  it.each([
    '2025年公司废气、废水污染物全部达标排放，全年未受到行政处罚。',
    '公司全年无安全事故，无违法违规记录。',
    '全年生产安全事故为零。',
    '公司制定了防止事故的应急预案并每年演练。',
    'There were no accidents and no penalties in 2025.',
    '公司严格执行《劳动合同法》，全年劳动合同签订率达到100%。',
    '屋顶分布式光伏年发电量约68万千瓦时。',
  ])('suggests nothing (asks) for “%s”', (quote) => {
    expect(suggestStance(quote)).toBeNull();
  });
});
