// The template families (DESIGN §4) told apart by the labels they use; families are data, not code paths.
import type { TemplateId } from '../form';
import { labelKey } from './labels';

export interface TemplateEvidence {
  /** Text of the 一级 column header, if any (`一级指标`, `一级目标`, `分解目标内容`). */
  readonly level1Header: string | null;
  /** Text of the value column header (`年度(/项目)指标值` is the Shanghai system's own). */
  readonly targetHeader: string | null;
  /** Whether the 2023-style fund block (项目资金总额 / 年度资金申请总额) is present. */
  readonly hasFundBlock: boolean;
  readonly title: string | null;
}

interface Family {
  readonly id: TemplateId;
  readonly matches: (e: TemplateEvidence) => boolean;
}

const level1 = (e: TemplateEvidence) => (e.level1Header ? labelKey(e.level1Header) : null);

const FAMILIES: readonly Family[] = [
  { id: 'sh-2018', matches: (e) => level1(e) === '分解目标内容' },
  { id: 'sh-2020', matches: (e) => level1(e) === '一级目标' && (e.title === null || e.title.includes('绩效目标表')) },
  {
    id: 'sh-2023',
    matches: (e) =>
      level1(e) === '一级指标' &&
      e.hasFundBlock &&
      ((e.targetHeader !== null && labelKey(e.targetHeader) === '年度(/项目)指标值') ||
        (e.title !== null && e.title.includes('财政项目支出绩效目标申报表'))),
  },
];

export function detectTemplate(evidence: TemplateEvidence): TemplateId {
  return FAMILIES.find((f) => f.matches(evidence))?.id ?? 'generic';
}
