import { describe, expect, it } from 'vitest';
import { chineseNumberValue, detectHeading } from './headings.ts';

describe('chineseNumberValue', () => {
  it.each([
    ['一', 1],
    ['十', 10],
    ['十一', 11],
    ['二十', 20],
    ['二十三', 23],
    ['一百零五', 105],
  ])('%s = %i', (numeral, value) => expect(chineseNumberValue(numeral)).toBe(value));

  it('rejects digit strings that are not numbers', () => expect(chineseNumberValue('一二')).toBeNull());
});

describe('detectHeading', () => {
  it('levels 一、 as 1, （一） and (一) as 2, 1. and 1、 as 3, （1） as 4', () => {
    expect(detectHeading('一、举旗帜、筑信念，全面加强思想政治引领')).toMatchObject({ level: 1, number: 1, rest: null });
    expect(detectHeading('（二）坚持思想政治引领')).toMatchObject({ level: 2, number: 2 });
    expect(detectHeading('(三)劳模工匠引领')).toMatchObject({ level: 2, number: 3 });
    expect(detectHeading('1. 实施技能提升工程')).toMatchObject({ level: 3, number: 1 });
    expect(detectHeading('2、科学理论武装职工')).toMatchObject({ level: 3, number: 2 });
    expect(detectHeading('（4）民主权利有保障')).toMatchObject({ level: 4, number: 4 });
    expect(detectHeading('十二、第十二部分')).toMatchObject({ level: 1, number: 12 });
  });

  it('splits a run-in heading at its first full stop or semicolon and keeps the numbering', () => {
    expect(detectHeading('（一）建立领导组织架构，指挥协调。成立领导小组；制定方案。')).toEqual({
      level: 2,
      number: 1,
      heading: '（一）建立领导组织架构，指挥协调。',
      rest: '成立领导小组；制定方案。',
    });
    expect(detectHeading('(二)盯牢契合点;承办竞赛。')).toMatchObject({ heading: '(二)盯牢契合点;', rest: '承办竞赛。' });
    expect(detectHeading('1. 民主权利有保障。')).toMatchObject({ heading: '1. 民主权利有保障。', rest: null });
  });

  it('does not take numbers or long numbered sentences for headings', () => {
    expect(detectHeading('3.5万个岗位已提供。')).toBeNull();
    expect(detectHeading('2023年全市实现GDP2347.1亿元。')).toBeNull();
    expect(detectHeading('一、')).toBeNull();
    expect(detectHeading(`一、${'很长的一句话'.repeat(10)}。后文。`)).toBeNull();
    expect(detectHeading(`二、${'没有句号的长行'.repeat(10)}`)).toBeNull();
    expect(detectHeading('近年来，在党工委的领导下。')).toBeNull();
  });
});
