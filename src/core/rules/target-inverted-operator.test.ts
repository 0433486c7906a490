import { formGridText } from '../testing/form-builder';
import { testRule } from '../../../test/support/rule-tester';
import rule from './target-inverted-operator';

const row = (l2: string, name: string, value: string) =>
  formGridText({ indicators: [[l2.includes('成本') ? '成本指标' : '产出指标', l2, name, value]] });

testRule(rule, {
  valid: [
    { name: 'a turnover-free word: 流动人口', grid: row('质量指标', '流动人口服务覆盖率', '≥90(%)') },
    { name: 'handling complaints on the hotline', grid: row('质量指标', '投诉热线接通率', '≥95(%)') },
    { name: 'replacing faulty equipment is work done', grid: row('数量指标', '故障设备更换数量', '≥10(台)') },
    { name: 'money paid out is wanted', grid: row('数量指标', '补贴发放金额', '≥500000(元)') },
    { name: 'outages kept few outside 数量', grid: row('质量指标', '系统宕机次数', '≤1(次)') },
    { name: 'a negated rate kept low', grid: row('时效指标', '未按时完成率', '≤5(%)') },
    { grid: row('质量指标', '卫生脏乱超过1小时未清理次数', '≤5(次)') },
    { grid: row('质量指标', '系统各功能模块上线后bug出现率', '≤15(%)') },
    { grid: row('时效指标', '工作日故障响应时间', '≤30(分钟)') },
    { grid: row('质量指标', '收到涉及技术运维的信访投诉数量', '≤8(件)') },
    { grid: row('经济成本指标', '成本控制率', '≤100(%)') },
    { grid: row('经济成本指标', '政府采购节支率', '≥5(%)') },
    { grid: row('数量指标', '承诺年度系统无安全事故运行时间', '≥360(天)') },
    { grid: row('质量指标', '平台故障处置率', '=100(%)') },
    { grid: row('数量指标', '参会人数上限', '≤200(人)') },
    { name: 'drills against incidents are wanted', grid: row('数量指标', '安全事故应急演练次数', '≥2(次)') },
    { name: 'handling complaints is wanted', grid: row('时效指标', '投诉受理及时率', '≥95(%)') },
    { name: 'a defect rate kept low', grid: row('质量指标', '数据错误率', '≤1(%)') },
    { name: 'turnover kept low', grid: row('质量指标', '人员流动率', '≤5(%)') },
    { name: 'dissatisfaction kept low', grid: row('质量指标', '不满意率', '≤5(%)') },
    { name: 'late repairs kept few', grid: row('时效指标', '报修超时次数', '≤3(次)') },
  ],
  invalid: [
    {
      name: 'an operator merged over two rows: both are reported, and no fix changes the shared cell for one of them',
      grid: '项目名称 | 运维 | < | < | <\n一级指标 | 三级指标 | 计算符号 | 指标值 | 计量单位\n产出指标 | 设施完好率 | ≤ | 95 | %\n产出指标 | 维修达标率 | ^ | 90 | %',
      errors: [
        { messageId: 'wantMore', actual: '95', suggestions: [] },
        { messageId: 'wantMore', actual: '90', suggestions: [] },
      ],
    },
    {
      name: 'the row’s own operator cell beside a merged unit cell is still fixed',
      grid: '项目名称 | 运维 | < | < | <\n一级指标 | 三级指标 | 计算符号 | 指标值 | 计量单位\n产出指标 | 设施完好率 | ≤ | 95 | %\n产出指标 | 维修达标率 | ≥ | 90 | ^',
      errors: [{ messageId: 'wantMore', actual: '95', suggestions: [[['≤', '≥']]] }],
    },
    {
      name: 'people count capped (2018 在线学习招生人数 ≤150000)',
      grid: row('数量指标', '在线学习招生人数', '≤150000'),
      errors: [{ messageId: 'wantMore', severity: 'warning', suggestions: [[['≤150000', '≥150000']]] }],
    },
    {
      name: 'count with unit',
      grid: row('数量指标', '举办培训班次', '<4(次)'),
      errors: [{ messageId: 'wantMore', suggestions: [[['<4(次)', '>4(次)']]] }],
    },
    {
      name: 'positive rate capped',
      grid: row('质量指标', '验收合格率', '≤95(%)'),
      errors: [{ messageId: 'wantMore' }],
    },
    {
      name: 'cost with ≥ is an error',
      grid: row('经济成本指标', '人均培训成本', '≥500(元/人·天)'),
      errors: [{ messageId: 'wantLess', severity: 'error', suggestions: [[['≥500(元/人·天)', '≤500(元/人·天)']]] }],
    },
    {
      name: 'response time with ≥',
      grid: row('时效指标', '故障响应时间', '≥30(分钟)'),
      errors: [{ messageId: 'wantFaster', severity: 'warning', suggestions: [[['≥30(分钟)', '≤30(分钟)']]] }],
    },
    {
      name: 'defect with ≥ is an error',
      grid: row('质量指标', '安全事故发生次数', '≥1(次)'),
      errors: [{ messageId: 'wantLess', severity: 'error' }],
    },
    {
      name: 'an operator in its own 计算符号 column is turned there, the value and unit cells stay',
      grid: '项目名称 | 设施维修 | < | < | <\n一级指标 | 三级指标 | 计算符号 | 指标值 | 计量单位\n产出指标 | 设施维修质量达标率 | ≤ | 95 | %',
      errors: [{ messageId: 'wantMore', actual: '95', suggestions: [[['≤', '≥']]] }],
    },
  ],
});
