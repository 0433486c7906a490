// Writes docs/examples/library-example.xlsx: the spreadsheet form of an organisation's indicator library (one row per
// indicator under the template header), from the indicators of docs/examples/library-example.json whose types are bundled.
// Run with `node scripts/make-library-example.mjs`.
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';

const read = (path) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const library = read('../docs/examples/library-example.json');
const bundledTypes = read('../src/library/data/types.json');
const OUT = new URL('../docs/examples/library-example.xlsx', import.meta.url);

const HEADER = [
  '项目类型',
  '一级指标',
  '二级指标',
  '三级指标',
  '别名',
  '指标值',
  '计量单位',
  '指标方向',
  '指标解释',
  '关键词',
];
const DIRECTION = { higher: '正向', lower: '反向', qualitative: '定性' };
const label = (id) => bundledTypes.find((t) => t.id === id)?.label;

// A sheet cannot define a new type (the JSON's 档案管理类 needs its keywords and description), so rows only name
// bundled ones; the spreadsheet writes the number and the unit in their own columns, as clerks do.
const rows = library.indicators
  .filter((ind) => ind.types.every(label))
  .map((ind) => [
    ind.types.map(label).join('、'),
    ind.level1,
    ind.level2,
    ind.name,
    (ind.aliases ?? []).join('；'),
    ind.unit ? ind.target.slice(0, -ind.unit.length) : ind.target,
    ind.unit,
    DIRECTION[ind.direction],
    ind.definition,
    ind.keywords.join('、'),
  ]);
// Two more rows of kinds the JSON does not show: a cost row with a compound unit, and a worded target.
rows.push(
  [
    '会议类',
    '成本指标',
    '经济成本指标',
    '视频会议单场成本',
    '',
    '≤3000',
    '元/场',
    '反向',
    '每场视频会议的线路、设备与服务支出。',
    '视频会议、单场成本',
  ],
  [
    '培训类',
    '效益指标',
    '可持续影响指标',
    '培训课程资源共享',
    '',
    '纳入全市干部在线学习平台',
    '',
    '定性',
    '自主开发的课程是否纳入全市平台共享使用。',
    '课程共享、在线学习',
  ],
);

const workbook = new ExcelJS.Workbook();
workbook.creator = '绩效目标申报助手';
const sheet = workbook.addWorksheet('指标库');
sheet.addRow(HEADER).font = { bold: true };
for (const row of rows) sheet.addRow(row);
sheet.columns.forEach((column, i) => (column.width = [12, 12, 16, 24, 30, 12, 10, 10, 48, 24][i]));
sheet.views = [{ state: 'frozen', ySplit: 1 }];
await workbook.xlsx.writeFile(OUT.pathname);
console.log(`wrote ${decodeURIComponent(OUT.pathname)}: ${rows.length} indicators`);
