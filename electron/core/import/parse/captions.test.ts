import { describe, expect, it } from 'vitest';
import { isCreditLine, isTitleLike, isUnitLine, parseCaption } from './captions.ts';

describe('parseCaption', () => {
  it('takes the name after the last role word and the rest as the role', () => {
    expect(parseCaption('某某区机关党委专职副书记、区总工会常务副主席张三丰')).toEqual({
      name: '张三丰',
      role: '某某区机关党委专职副书记、区总工会常务副主席',
    });
    expect(parseCaption('某县人大常委会副主任、县总工会主席李四')).toEqual({ name: '李四', role: '某县人大常委会副主任、县总工会主席' });
    expect(parseCaption('某某集团有限公司总经理欧阳春晓')).toEqual({ name: '欧阳春晓', role: '某某集团有限公司总经理' });
  });

  it('is not fooled by body text, headings or lines without a role word', () => {
    expect(parseCaption('区总工会主席王五，介绍了经验')).toBeNull();
    expect(parseCaption('推动技能竞赛和职')).toBeNull();
    expect(parseCaption('一、区总工会主席王五')).toBeNull();
    expect(parseCaption('某某区人民政府')).toBeNull();
    expect(parseCaption('主席王五')).toBeNull();
  });
});

describe('line kinds', () => {
  it('knows a unit line by its suffix', () => {
    for (const unit of ['西安高新区', '宝鸡市渭滨区', '某某县', '某某州', '某某旗', '某某集团', '某某公司']) expect(isUnitLine(unit)).toBe(true);
    expect(isUnitLine('某某区是主城区。')).toBe(false);
    expect(isUnitLine('党政高度重视')).toBe(false);
  });

  it('knows photo credits and editor lines', () => {
    expect(isCreditLine('□本版图片由本报记者鲜康摄')).toBe(true);
    expect(isCreditLine('（本报记者 张三 摄）')).toBe(true);
    expect(isCreditLine('责任编辑：王五')).toBe(true);
    expect(isCreditLine('美编 李四')).toBe(true);
    expect(isCreditLine('组织摄影爱好者开展活动。')).toBe(false);
    expect(isCreditLine('编辑部门负责审核稿件，确保质量。')).toBe(false);
  });

  it('knows a headline: short, no sentence stop, not numbered', () => {
    expect(isTitleLike('改革志在心 突破践于行')).toBe(true);
    expect(isTitleLike('实施“三精”举措 锻造产改“智慧引擎”')).toBe(true);
    expect(isTitleLike('一、突出组织引领')).toBe(false);
    expect(isTitleLike('我们的主要做法是：')).toBe(false);
    expect(isTitleLike('神木市')).toBe(false);
    expect(isTitleLike('这是一句完整的话。')).toBe(false);
  });

  it('reads a caption that names the speaker first and the post in brackets, and only a post', () => {
    expect(parseCaption('卢定远（青岚县交通运输局局长）')).toEqual({ name: '卢定远', role: '青岚县交通运输局局长' });
    expect(parseCaption('卢定远（青岚县）')).toBeNull();
    expect(parseCaption('座谈会（第三场）')).toBeNull();
  });

  it('takes a headline that asks for one, even when it ends like a place', () => {
    expect(isTitleLike('小小菜篮子如何连起城乡')).toBe(true);
    expect(isUnitLine('城关镇')).toBe(true);
  });
});
