import { hasCheckboxes, parseCheckboxes } from './checkboxes';

describe('parseCheckboxes', () => {
  it.each([
    [
      '结转项目 □ 其他一次性项目 ☑',
      [
        ['结转项目', false],
        ['其他一次性项目', true],
      ],
    ],
    [
      '结转项目□其他一次性项目√',
      [
        ['结转项目', false],
        ['其他一次性项目', true],
      ],
    ],
    ['☐ 结转项目', [['结转项目', false]]],
    [
      '□市委市政府已确定的新增项目 ☑结转项目 □其他一次性项目',
      [
        ['市委市政府已确定的新增项目', false],
        ['结转项目', true],
        ['其他一次性项目', false],
      ],
    ],
    [
      '结转项目 <input type="checkbox"/> 其他经常性项目 <input checked="" type="checkbox"/>',
      [
        ['结转项目', false],
        ['其他经常性项目', true],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(parseCheckboxes(text).map((o) => [o.label, o.checked])).toEqual(expected);
  });

  it('tells option rows from text', () => {
    expect(hasCheckboxes('政府购买服务 ☑')).toBe(true);
    expect(hasCheckboxes('<input type="checkbox"/>')).toBe(true);
    expect(hasCheckboxes('经常性专项业务费')).toBe(false);
  });
});
