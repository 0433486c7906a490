import type { Library, ProjectType } from '../../library/schema';
import { buildForm, form2018GridText, formGridText } from '../testing/form-builder';
import { chosenClassification, classify, evidenceText, findProjectType, normaliseText } from './classify';

const type = (id: string, label: string, keywords: string[]): ProjectType => ({
  id,
  label,
  labelEn: id,
  keywords,
  description: `${label}项目`,
});

const LIBRARY: Library = {
  schemaVersion: 1,
  name: 'test',
  types: [
    type('operation', '运维类', ['运维', '运行维护', '故障', '稳定运行']),
    type('it-build', '信息化建设类', ['信息化建设类', '信息化建设', '系统开发', '上线']),
    type('training', '培训类', ['培训', '学员', '课程']),
    type('meeting', '会议类', ['会议', '参会']),
    type('procurement', '政府购买服务类', ['政府购买服务', '购买服务']),
    type('party', '党建活动类', ['党建', '党组织', '党员']),
    type('common', '共性', ['共性', '通用']),
  ],
  indicators: [],
};

const form = (spec: Parameters<typeof formGridText>[0]) => buildForm(formGridText(spec));
const NO_INDICATORS = [['产出指标', '数量指标', '工作完成率', '=100(%)']] as const;

describe('classify', () => {
  it('reads the type from the project name, with the deciding word and where it was found', () => {
    const result = classify(form({ projectName: '干部教育培训经费', indicators: NO_INDICATORS }), LIBRARY);
    expect(result.types.map((t) => t.id)).toEqual(['training']);
    expect(result.types[0]!.words[0]).toBe('培训（项目名称）');
    expect(result.types[0]!.evidence[0]).toMatchObject({ word: '培训', where: 'projectName', count: 1 });
    expect(result.types[0]!.confidence).toBeGreaterThan(0.25);
    expect(result.types[0]!.confidence).toBeLessThanOrEqual(1);
  });

  it('returns no type when nothing fits, and never the 共性 set', () => {
    const result = classify(
      form({ projectName: '专户项目经费', goalAnnual: '完成通用的共性工作。', indicators: NO_INDICATORS }),
      LIBRARY,
    );
    expect(result.types).toEqual([]);
  });

  it('takes the head of the name: 会议系统（运维） is maintenance of a meeting system', () => {
    const result = classify(form({ projectName: '弱电会议系统（运维）', indicators: NO_INDICATORS }), LIBRARY);
    expect(result.types[0]!.id).toBe('operation');
  });

  it('prefers the longest keyword where two overlap (信息化建设 over nothing, 运维 not read inside it)', () => {
    const result = classify(form({ projectName: '信息化建设项目', indicators: NO_INDICATORS }), LIBRARY);
    expect(result.types.map((t) => t.id)).toEqual(['it-build']);
  });

  it('ignores a negated keyword (非信息化建设)', () => {
    const result = classify(
      form({ projectName: '远程网络运维（非信息化建设项目）', indicators: NO_INDICATORS }),
      LIBRARY,
    );
    expect(result.types.map((t) => t.id)).toEqual(['operation']);
  });

  it('returns a second type when it is close: a platform’s 运维 bought as a 政府购买服务', () => {
    const ticked = form2018GridText().replace(
      '项目名称 | 远程教育平台运维 | < | <',
      '项目名称 | 远程教育平台运维 | < | <\n资金用途 | 信息化建设类 □ 政府购买服务 ☑ 其他事业专业类 □ | < | <',
    );
    const result = classify(buildForm(ticked), LIBRARY);
    expect(result.types.map((t) => t.id)).toEqual(['operation', 'procurement']);
    expect(result.types[0]!.confidence).toBeGreaterThanOrEqual(result.types[1]!.confidence);
    expect(result.types[1]!.words).toEqual(['政府购买服务（资金用途）']);
  });

  it('uses the 2018 资金用途 ticks and the goal text, and indicator names more weakly', () => {
    const ticked = form2018GridText().replace(
      '项目名称 | 远程教育平台运维 | < | <',
      '项目名称 | 组织部弱电系统项目 | < | <\n资金用途 | 信息化建设类 ☑ 政府购买服务 □ 其他事业专业类 □ | < | <',
    );
    const result = classify(buildForm(ticked), LIBRARY);
    expect(result.types[0]!.id).toBe('it-build');
    expect(result.types[0]!.evidence.map((e) => e.where)).toContain('fundUse');
    const byIndicators = classify(
      form({
        projectName: '专项工作经费',
        indicators: [
          ['产出指标', '数量指标', '培训班次', '≥4(次)'],
          ['满意度指标', '服务对象满意度指标', '培训学员满意度', '≥90(%)'],
        ],
      }),
      LIBRARY,
    );
    const byName = classify(form({ projectName: '培训经费', indicators: NO_INDICATORS }), LIBRARY);
    expect(byIndicators.types[0]!.id).toBe('training');
    expect(byIndicators.types[0]!.confidence).toBeLessThan(byName.types[0]!.confidence);
  });

  it('does not let a long goal that names its audience again and again outvote the name', () => {
    const result = classify(
      form({
        projectName: '远程教育平台运维项目',
        goalAnnual: '为党组织和党员提供服务，党员教育覆盖全市党组织，服务党员、党组织和党员群众。',
        indicators: NO_INDICATORS,
      }),
      LIBRARY,
    );
    expect(result.types[0]!.id).toBe('operation');
  });

  it('reads 党的建设 as 党建 and ignores markup from system exports', () => {
    expect(normaliseText('<p>推进党的建设</p>')).toBe(' 推进党建设 ');
    const result = classify(form({ projectName: '基层党的建设经费', indicators: NO_INDICATORS }), LIBRARY);
    expect(result.types[0]?.words).toEqual(['党建（项目名称）']);
  });

  it('writes the evidence in either language', () => {
    const e = { word: '运维', where: 'goal', count: 2, weight: 1 } as const;
    expect(evidenceText(e)).toBe('运维（绩效目标）');
    expect(evidenceText(e, 'en')).toBe('运维 (goals)');
  });
});

describe('findProjectType', () => {
  const publicity: ProjectType = type('publicity', '宣传/出版类', ['宣传']);
  const library: Library = {
    ...LIBRARY,
    types: [...LIBRARY.types, { ...publicity, labelEn: 'Publicity and publishing' }],
  };
  const idOf = (name: string) => findProjectType(library.types, name)?.id ?? null;

  it('finds a type by its id, its label with or without 类, either half of a 宣传/出版 label, or its English label', () => {
    expect(idOf('training')).toBe('training');
    expect(idOf('培训类')).toBe('training');
    expect(idOf('培训')).toBe('training');
    expect(idOf(' 政府购买服务 ')).toBe('procurement');
    expect(idOf('宣传')).toBe('publicity');
    expect(idOf('出版')).toBe('publicity');
    expect(idOf('宣传/出版类')).toBe('publicity');
    expect(idOf('publicity and PUBLISHING')).toBe('publicity');
  });

  it('finds nothing for an unknown name, a part of a word, or the 共性 set, which is no project type', () => {
    expect(idOf('基建')).toBeNull();
    expect(idOf('培')).toBeNull();
    expect(idOf('共性')).toBeNull();
    expect(idOf('common')).toBeNull();
  });
});

describe('chosenClassification', () => {
  it('gives each chosen type full confidence and no deciding words, in the order chosen', () => {
    const [training, party] = ['training', 'party'].map((id) => LIBRARY.types.find((t) => t.id === id)!);
    expect(chosenClassification([party!, training!])).toEqual({
      types: [
        { id: 'party', label: '党建活动类', labelEn: 'party', confidence: 1, words: [], evidence: [] },
        { id: 'training', label: '培训类', labelEn: 'training', confidence: 1, words: [], evidence: [] },
      ],
    });
  });
});
