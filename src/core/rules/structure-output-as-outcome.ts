// an 效益 row that counts or completes work (平台故障处置率, 全年开放天数, 健康巡检): that is an output.
import { dimensionOf } from '../levels';
import { defineRule } from './rule';

// Staff in place (人员到位率), money paid out (经费下拨) and a security assessment passed (等保测评) are the work
// done, too.
const OUTPUT_NAME =
  /(次数|场次|完成率|完成数|完成量|数量|开放天数|运行天数|处置率|运行率|人员到位率)$|巡检|维修|报修|更换|举办|召开|印发|制作|验收|(经费|资金)(下拨|拨付)|等保测评/;
// Use by the public is an effect of the work (年访问次数, 成果被引用次数), and so is the absence of incidents
// (安全事故发生次数 =0 is a 社会效益 row in the indicator library).
const OUTCOME_WORDS =
  /访问|浏览|阅读|点击|学习|参与|受益|使用|事故|投诉|引用|采纳|转化|应用|带动|就业|岗位|播放|观看|下载|转发|关注|收看|舆情|招商|落户/;

export default defineRule(
  {
    id: 'structure-output-as-outcome',
    catalog: ['R-09'],
    severity: 'warning',
    description: { zh: '把产出写成了效益', en: 'Output written as an outcome' },
    messages: {
      output: {
        zh: '“{name}”放在效益指标下，但它衡量的是工作本身的完成情况（产出），不是工作带来的效果：效益指标应写服务对象或社会因此得到的变化。请把它移到产出指标（数量/质量/时效）下，效益处写如“服务对象知晓率 ≥80(%)”。',
        en: '"{name}" sits under outcomes but measures the work itself (an output), not what the work achieves: outcomes describe the change for recipients or society. Move it to outputs (quantity/quality/timeliness) and write an outcome such as "服务对象知晓率 ≥80(%)".',
      },
    },
  },
  (form, context) => {
    for (const ind of form.indicators) {
      if (dimensionOf(ind) !== 'outcome' || !OUTPUT_NAME.test(ind.name) || OUTCOME_WORDS.test(ind.name)) continue;
      context.report({ messageId: 'output', data: { name: ind.name }, cell: ind.nameCell, actual: ind.name });
    }
  },
);
