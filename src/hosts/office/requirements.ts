// Requirement sets checked at run time: each Office feature the hosts use, and the note the pane shows when the
// running Word or Excel lacks it (versions are strings: "1.10" is newer than "1.9", not equal to "1.1").
import type { FeatureNote } from '../host';

/** `Office.context.requirements`, or a test double. */
export interface RequirementSets {
  isSetSupported(name: string, minVersion?: string): boolean;
}

export interface WordSets {
  /** `body.tables`, `Table.values`, `getCell`, `shadingColor`, `insertRows` (Office 2019+). */
  readonly tables: boolean;
  /** `changeTrackingMode`, `insertComment`, `getReviewedText`, `mergeCells` (Microsoft 365, Office 2024). */
  readonly review: boolean;
}

export interface ExcelSets {
  /** `getUsedRangeOrNullObject` (1.4); below it `getUsedRange`, which answers A1 for an empty sheet. */
  readonly usedRangeOrNull: boolean;
  /** `RangeFill.pattern` (1.9): tells "no fill" from a white fill. */
  readonly fillPattern: boolean;
  /** Threaded comments (1.10). */
  readonly comments: boolean;
  /** `getMergedAreasOrNullObject` (1.13). */
  readonly mergedAreas: boolean;
  /** Classic cell notes (1.18). */
  readonly notes: boolean;
}

const WORD_2019 = '（需要 WordApi 1.3：Office 2019、Office 2021 或 Microsoft 365）';
const WORD_2019_EN = '(needs WordApi 1.3: Office 2019, Office 2021 or Microsoft 365)';
const WORD_REVIEW = '（需要 WordApi 1.4：Microsoft 365 或 Office 2024）';
const WORD_REVIEW_EN = '(needs WordApi 1.4: Microsoft 365 or Office 2024)';

export function wordSets(requirements: RequirementSets): WordSets {
  return {
    tables: requirements.isSetSupported('WordApi', '1.3'),
    review: requirements.isSetSupported('WordApi', '1.4'),
  };
}

export function excelSets(requirements: RequirementSets): ExcelSets {
  return {
    usedRangeOrNull: requirements.isSetSupported('ExcelApi', '1.4'),
    fillPattern: requirements.isSetSupported('ExcelApi', '1.9'),
    comments: requirements.isSetSupported('ExcelApi', '1.10'),
    mergedAreas: requirements.isSetSupported('ExcelApi', '1.13'),
    notes: requirements.isSetSupported('ExcelApi', '1.18'),
  };
}

/** What the pane may offer in Word, with a note for everything switched off. */
export function wordCapabilities(sets: WordSets) {
  const notes: FeatureNote[] = [];
  if (!sets.tables)
    notes.push({
      feature: 'write',
      zh: `您的 Word 版本只能读取表格${WORD_2019}；可以检查，但不能定位、标出或修改单元格，请在文档中手动修改。`,
      en: `Your version of Word can only read the tables ${WORD_2019_EN}; forms are checked, but cells cannot be selected, marked or changed from the pane. Please edit the document by hand.`,
    });
  if (sets.tables && !sets.review) {
    notes.push({
      feature: 'trackChanges',
      zh: `您的 Word 版本不支持修订${WORD_REVIEW}；修改将直接写入，并记录在“历史”中可撤销。`,
      en: `Your version of Word does not support tracked changes from add-ins ${WORD_REVIEW_EN}; changes are written directly and recorded in History, where they can be undone.`,
    });
    notes.push({
      feature: 'comments',
      zh: `您的 Word 版本不支持添加批注${WORD_REVIEW}；修改的理由只显示在“历史”中。`,
      en: `Your version of Word cannot add comments from add-ins ${WORD_REVIEW_EN}; the reason for each change is shown in History only.`,
    });
  }
  return {
    trackChanges: sets.review,
    comments: sets.review,
    marks: sets.tables,
    insertRows: sets.tables,
    notes,
  };
}

/** What the pane may offer in Excel, with a note for everything switched off. */
export function excelCapabilities(sets: ExcelSets) {
  const notes: FeatureNote[] = [
    {
      feature: 'trackChanges',
      zh: 'Excel 没有可供加载项使用的修订功能；每处修改的原值记在单元格的备注或批注中，并记录在“历史”中可撤销。',
      en: 'Excel has no tracked changes for add-ins; the old value of every change is kept in a note or comment on the cell and in History, where it can be undone.',
    },
  ];
  if (!sets.comments && !sets.notes)
    notes.push({
      feature: 'comments',
      zh: '您的 Excel 版本不支持添加批注（需要 ExcelApi 1.10：Office 2021 或 Microsoft 365）；原值只记录在“历史”中。',
      en: 'Your version of Excel cannot add comments from add-ins (needs ExcelApi 1.10: Office 2021 or Microsoft 365); old values are kept in History only.',
    });
  if (!sets.mergedAreas)
    notes.push({
      feature: 'mergedAreas',
      zh: '您的 Excel 版本无法读取合并单元格（需要 ExcelApi 1.13：Office 2021 或 Microsoft 365）；合并区域按空白单元格读取，一级/二级指标可能识别不全，也不能插入指标行。',
      en: 'Your version of Excel cannot read merged cells (needs ExcelApi 1.13: Office 2021 or Microsoft 365); merged areas are read as blank cells, so level-1/level-2 indicators may be recognised incompletely and indicator rows cannot be inserted.',
    });
  return {
    trackChanges: false,
    comments: sets.comments || sets.notes,
    marks: true,
    insertRows: sets.mergedAreas,
    notes,
  };
}
