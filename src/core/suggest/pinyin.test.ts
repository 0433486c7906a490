import { initialOf, pinyinInitials } from './pinyin';
import { INITIAL_RUNS } from './pinyin-table';

// GB 2312 level 1 (rows 0xB0–0xD7) is ordered by pinyin; each letter starts at a known character.
const FIRST_OF_LETTER: readonly [string, string][] = [
  ['a', '啊'],
  ['b', '芭'],
  ['c', '擦'],
  ['d', '搭'],
  ['e', '蛾'],
  ['f', '发'],
  ['g', '噶'],
  ['h', '哈'],
  ['j', '击'],
  ['k', '喀'],
  ['l', '垃'],
  ['m', '妈'],
  ['n', '拿'],
  ['o', '哦'],
  ['p', '啪'],
  ['q', '期'],
  ['r', '然'],
  ['s', '撒'],
  ['t', '塌'],
  ['w', '挖'],
  ['x', '昔'],
  ['y', '压'],
  ['z', '匝'],
];

function gb2312Level1(): string {
  const decoder = new TextDecoder('gb2312');
  let chars = '';
  for (let hi = 0xb0; hi <= 0xd7; hi++)
    for (let lo = 0xa1; lo <= 0xfe && !(hi === 0xd7 && lo > 0xf9); lo++)
      chars += decoder.decode(Uint8Array.from([hi, lo]));
  return chars;
}

describe('the initials table', () => {
  it('is GB 2312 level 1 cut at the first character of each letter', () => {
    const level1 = gb2312Level1();
    expect([...level1]).toHaveLength(3755);
    expect(Object.values(INITIAL_RUNS).join('')).toBe(level1);
    expect(Object.entries(INITIAL_RUNS).map(([letter, run]) => [letter, [...run][0]])).toEqual(FIRST_OF_LETTER);
  });

  // Where Node ships full ICU, its pinyin collation must put each run between its letter's boundaries.
  it('agrees with ICU pinyin collation on the order of the runs', () => {
    const collator = new Intl.Collator('zh-CN-u-co-pinyin');
    const firsts = FIRST_OF_LETTER.map(([, ch]) => ch);
    for (let i = 1; i < firsts.length; i++) expect(collator.compare(firsts[i - 1]!, firsts[i]!)).toBeLessThan(0);
  });
});

describe('pinyinInitials', () => {
  it.each([
    ['系统可用率', 'xtkyl'],
    ['培训学员满意度', 'pxxymyd'],
    ['运维服务完成率', 'ywfwwcl'],
    ['长效管理机制健全性', 'cxgljzjqx'],
    ['重大故障发生数', 'zdgzfss'],
    ['执行率', 'zxl'],
    ['“两新”党组织活动数量', 'lxdzzhdsl'],
    ['系统各功能模块上线后bug出现率', 'xtggnmksxhbugcxl'],
    ['12345热线接通率', '12345rxjtl'],
    ['ＡＢ测试', 'abcs'],
    ['（）、，', ''],
  ])('%s → %s', (text, expected) => expect(pinyinInitials(text)).toBe(expected));

  it('marks a character outside the table so that no query reads across it', () => {
    expect(initialOf('犇')).toBe('');
    expect(pinyinInitials('犇牛')).toBe('_n');
  });
});
