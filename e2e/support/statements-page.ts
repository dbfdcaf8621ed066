// One document without headings: statements whose speakers are named after their words.
export const statementsPage = [
  '养老与公路：来自基层的建议',
  '',
  '养老服务的短板主要在农村。建议整合乡镇敬老院和村级互助点，让老人在家门口就能吃上热饭，子女在外也放心。',
  '服务要可持续，还得有稳定的经费和人手。',
  '——温若岚（澄川市卫生健康委员会副主任）',
  '',
  '乡村公路修好以后，养护是长期的事。建议把养护经费列入县级预算，按季度检查，检查结果和下一年经费挂钩。',
  '——卢定远（青岚县交通运输局局长）',
  '',
].join('\n');
