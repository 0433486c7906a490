import { form2018GridText, formGridText } from '../testing/form-builder';
import { testRule } from '../../../test/support/rule-tester';
import rule from './target-value-in-name';

const one = (name: string, value: string) => formGridText({ indicators: [['产出指标', '数量指标', name, value]] });

testRule(rule, {
  valid: [
    { grid: one('卫生脏乱超过1小时未清理次数', '≤5(次)') },
    { grid: one('“两新”党组织活动数量', '≥110(次)') },
    { grid: one('培训出勤率', '≥95(%)') },
    { name: 'a period before the operator is no name', grid: one('举办培训班次', '每季度≥1(次)') },
    { grid: one('培训人次', '全年≥200(人次)') },
    { grid: one('培训人次', '全年累计≥200(人次)') },
    { grid: one('设备巡检次数', '每半年≥1(次)') },
    { grid: one('故障响应时间', '平均≤30(分钟)') },
  ],
  invalid: [
    {
      name: 'name inside the value cell (2018 考务完成量≥1500人次)',
      grid: form2018GridText({
        indicators: [
          ['产出目标', '数量', '考务完成量≥1500人次'],
          ['产出目标', '质量', '≥95%'],
        ],
      }),
      errors: [
        {
          messageId: 'inValue',
          actual: '考务完成量≥1500人次',
          suggestions: [
            [
              ['数量', '考务完成量'],
              ['考务完成量≥1500人次', '≥1500人次'],
            ],
          ],
        },
      ],
    },
    {
      name: 'value inside the value cell with 达 (2018 用户满意度达90%)',
      grid: form2018GridText({ indicators: [['影响力目标', '满意度目标', '用户满意度达90%']] }),
      errors: [
        {
          messageId: 'inValue',
          suggestions: [
            [
              ['满意度目标', '用户满意度'],
              ['用户满意度达90%', '≥90%'],
            ],
          ],
        },
      ],
    },
    {
      name: 'value in the name, empty value cell',
      grid: one('培训出勤率≥95%', ''),
      errors: [
        {
          messageId: 'inName',
          suggestions: [
            [
              ['培训出勤率≥95%', '培训出勤率'],
              ['', '≥95(%)'],
            ],
          ],
        },
      ],
    },
    {
      name: 'value in the name, value cell filled',
      grid: one('用户满意度达90%', '满意'),
      errors: [{ messageId: 'inName', suggestions: [] }],
    },
  ],
});
