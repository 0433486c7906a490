import type { Level2Name, Library, LibraryIndicator } from '../../library/schema';
import { buildSearchIndex, searchLibrary } from './search';

const ind = (
  id: string,
  types: string[],
  level2: Level2Name,
  name: string,
  keywords: string[] = [],
  definition = `${name}的定义。`,
): LibraryIndicator => ({
  id,
  types,
  level1: level2 === '服务对象满意度指标' ? '满意度指标' : level2 === '社会效益指标' ? '效益指标' : '产出指标',
  level2,
  name,
  target: '≥90%',
  unit: '%',
  direction: 'higher',
  definition,
  keywords,
});

const LIBRARY: Library = {
  schemaVersion: 1,
  name: 'test',
  types: [],
  indicators: [
    ind('uptime', ['operation'], '质量指标', '系统可用率', ['正常运行', '可用性']),
    ind('ops-satisfaction', ['operation'], '服务对象满意度指标', '系统使用人员满意度'),
    ind('response', ['operation'], '时效指标', '故障响应时间', ['响应']),
    ind('attendance', ['training'], '质量指标', '培训出勤率', ['考勤', '签到']),
    ind('trainees', ['training'], '服务对象满意度指标', '培训学员满意度'),
    ind('classes', ['training'], '数量指标', '培训班次', [], '年度举办的培训班期数（含在线学习班）。'),
    ind('satisfaction', ['common'], '服务对象满意度指标', '服务对象满意度'),
    ind('two-new', ['party'], '数量指标', '“两新”党组织活动数量'),
    ind('benefit', ['party'], '社会效益指标', '党员覆盖率'),
  ],
};

const index = buildSearchIndex(LIBRARY);
const ids = (query: string, filter = {}) => searchLibrary(index, query, filter).map((i) => i.id);

describe('searchLibrary', () => {
  it.each([
    ['系统可用率', ['uptime']],
    ['可用', ['uptime']],
    ['满意度', ['trainees', 'satisfaction', 'ops-satisfaction']],
    ['培训', ['classes', 'attendance', 'trainees']],
    ['考勤', ['attendance']],
    ['在线学习', ['classes']],
    ['两新党组织', ['two-new']],
    ['“两新”', ['two-new']],
    ['系统可用性', ['uptime']],
    ['xtkyl', ['uptime']],
    ['XTKYL', ['uptime']],
    ['pxcql', ['attendance']],
    ['myd', ['trainees', 'satisfaction', 'ops-satisfaction']],
    ['gzxy', ['response']],
    ['培训 满意', ['trainees']],
    ['满意 px', ['trainees']],
    ['财务审计', []],
    ['qqq', []],
  ])('%s → %j', (query, expected) => expect(ids(query)).toEqual(expected));

  it('puts an exact name before a prefix before a name that merely contains the words', () => {
    const library: Library = {
      ...LIBRARY,
      indicators: [
        ind('contains', ['common'], '质量指标', '平台运维服务完成率'),
        ind('prefix', ['common'], '质量指标', '运维服务完成及时率'),
        ind('exact', ['common'], '质量指标', '运维服务完成'),
      ],
    };
    expect(searchLibrary(buildSearchIndex(library), '运维服务完成').map((i) => i.id)).toEqual([
      'exact',
      'prefix',
      'contains',
    ]);
  });

  it('finds an indicator by the other names forms write for it', () => {
    const library: Library = {
      ...LIBRARY,
      indicators: [
        ind('daily', ['operation'], '数量指标', '日常维护工作量'),
        { ...ind('service', ['operation'], '数量指标', '运维服务完成率'), aliases: ['平台日常维护工作完成率'] },
      ],
    };
    const found = (query: string) => searchLibrary(buildSearchIndex(library), query).map((i) => i.id);
    expect(found('平台日常维护工作完成率')[0]).toBe('service');
    // A word of the alias finds it too, after an indicator whose own name holds the word.
    expect(found('日常维护')).toEqual(['daily', 'service']);
    expect(found('ptrcwh')).toEqual(['service']);
  });

  it('filters by type, 一级 and 二级, and lists the filtered library in its own order for an empty query', () => {
    expect(ids('', { type: 'training' })).toEqual(['attendance', 'trainees', 'classes']);
    expect(ids('  ', { level1: '满意度指标' })).toEqual(['ops-satisfaction', 'trainees', 'satisfaction']);
    expect(ids('满意度', { type: 'operation' })).toEqual(['ops-satisfaction']);
    expect(ids('', { level2: '社会效益指标' })).toEqual(['benefit']);
    expect(ids('', {})).toHaveLength(LIBRARY.indicators.length);
    expect(ids('培训', { type: 'party' })).toEqual([]);
  });
});
