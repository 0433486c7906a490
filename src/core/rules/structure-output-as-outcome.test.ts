import { formGridText } from '../testing/form-builder';
import { testRule } from '../../../test/support/rule-tester';
import rule from './structure-output-as-outcome';

const outcome = (name: string, value: string) =>
  formGridText({ indicators: [['效益指标', '社会效益指标', name, value]] });

testRule(rule, {
  valid: [
    {
      name: 'new jobs are an outcome',
      grid: formGridText({ indicators: [['效益指标', '经济效益指标', '新增就业岗位数量', '≥50(个)']] }),
    },
    { grid: outcome('服务对象知晓率', '≥80(%)') },
    { grid: outcome('党群中心和基层站点覆盖率', '=100(%)') },
    { grid: formGridText({ indicators: [['产出指标', '数量指标', '举办活动场次', '≥4(次)']] }) },

    { name: 'library: 安全事故发生次数 is a 社会效益 row', grid: outcome('安全事故发生次数', '=0(次)') },
    { name: 'use by the public is an outcome', grid: outcome('年访问次数', '≥30000(次)') },
    { name: 'a subsidy reaching those meant is an outcome', grid: outcome('困难群众补贴拨付覆盖率', '≥95(%)') },
    { name: 'publicity reaching people is an outcome', grid: outcome('政策宣传到位率', '≥90(%)') },
    { name: 'library §5.6: citations are an outcome', grid: outcome('研究成果被引用次数', '≥5(次)') },
    { name: 'library §5.6: adopted proposals are an outcome', grid: outcome('政策建议被采纳次数', '≥3(次)') },
  ],
  invalid: [
    {
      name: '2018 seed 人员到位率 under 影响力目标',
      grid: outcome('人员到位率', '=100%'),
      errors: [{ messageId: 'output' }],
    },
    {
      name: '2023 seed 党代表履职经费下拨 under 社会效益',
      grid: outcome('党代表履职经费下拨', '及时'),
      errors: [{ messageId: 'output' }],
    },
    {
      name: '2020 seed 平台等保测评 under 社会效益',
      grid: outcome('平台等保测评', '符合相关规定要求'),
      errors: [{ messageId: 'output' }],
    },
    { name: '2024 seed 平台故障处置率', grid: outcome('平台故障处置率', '=100(%)'), errors: [{ messageId: 'output' }] },
    {
      name: '2024 seed 生活驿站全年开放天数',
      grid: outcome('生活驿站全年开放天数', '≥260.00(天)'),
      errors: [{ messageId: 'output' }],
    },
    {
      name: '2020 seed 巡检 under 经济效益',
      grid: formGridText({ indicators: [['效益指标', '经济效益指标', '现场设备软硬件健康巡检', '定期']] }),
      errors: [{ messageId: 'output' }],
    },

    {
      name: '2023 seed: a delivery count under 社会效益',
      grid: outcome('服务老党员、困难党员体检数量', '≥80.00(人)'),
      errors: [{ messageId: 'output' }],
    },
  ],
});
