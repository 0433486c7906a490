import type { Library } from '../library/schema';
import { check } from './lint';
import { parseGridText } from './grid-text';
import { reportForm, SCHEMA_VERSION } from './report';
import { formGridText } from './testing/form-builder';

const LIBRARY: Library = {
  schemaVersion: 1,
  name: 'test',
  types: [
    { id: 'training', label: '培训类', labelEn: 'Training', keywords: ['培训'], description: '培训项目' },
    { id: 'common', label: '共性', labelEn: 'Common', keywords: ['共性'], description: '共性指标' },
  ],
  indicators: [],
};

const checked = (projectName: string) => check(parseGridText(formGridText({ projectName })))[0]!;

describe('reportForm', () => {
  it('fills projectType from the classifier when given a library (DESIGN §3.4)', () => {
    const report = reportForm(checked('干部教育培训经费'), LIBRARY);
    expect(report.projectType).toEqual({ id: 'training', label: '培训类', confidence: expect.any(Number) });
    expect(report.projectType!.confidence).toBeGreaterThan(0);
    expect(report.projectType!.confidence).toBeLessThanOrEqual(1);
    expect(SCHEMA_VERSION).toBe(1);
  });

  it('leaves projectType null without a library, or when no type fits', () => {
    expect(reportForm(checked('干部教育培训经费')).projectType).toBeNull();
    const none = check(
      parseGridText(
        formGridText({
          projectName: '专户项目经费',
          goalTotal: '完成专户工作。',
          goalAnnual: '完成专户工作。',
          indicators: [['产出指标', '数量指标', '工作完成率', '=100(%)']],
        }),
      ),
    )[0]!;
    expect(reportForm(none, LIBRARY).projectType).toBeNull();
  });
});
