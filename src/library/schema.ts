// The indicator library's zod schema; the type of each schema shares its name (validate at the boundary only).
import { z } from 'zod';

// zod 4 compiles parsers with `new Function`; the task pane's CSP forbids eval, and the library is small enough
// that interpreting is fast. Set once here, where every schema comes from.
z.config({ jitless: true });

/** Canonical 一级 of the current frame (domain-rules §1.1); legacy frames are mapped on recognition. */
export const Level1Name = z.enum(['成本指标', '产出指标', '效益指标', '满意度指标']);
export type Level1Name = z.infer<typeof Level1Name>;

/** Canonical 二级 (domain-rules §1.4), each under exactly one 一级 (checked by `Library`'s refinement). */
export const Level2Name = z.enum([
  '经济成本指标',
  '社会成本指标',
  '生态环境成本指标',
  '数量指标',
  '质量指标',
  '时效指标',
  '经济效益指标',
  '社会效益指标',
  '生态效益指标',
  '可持续影响指标',
  '服务对象满意度指标',
]);
export type Level2Name = z.infer<typeof Level2Name>;

export const LEVEL2_PARENT: Readonly<Record<Level2Name, Level1Name>> = {
  经济成本指标: '成本指标',
  社会成本指标: '成本指标',
  生态环境成本指标: '成本指标',
  数量指标: '产出指标',
  质量指标: '产出指标',
  时效指标: '产出指标',
  经济效益指标: '效益指标',
  社会效益指标: '效益指标',
  生态效益指标: '效益指标',
  可持续影响指标: '效益指标',
  服务对象满意度指标: '满意度指标',
};

/** `common` is the 共性 set that applies to every project type. */
export const TypeId = z.string().regex(/^[a-z][a-z0-9-]*$/, 'kebab-case id');
export type TypeId = z.infer<typeof TypeId>;

export const ProjectType = z.object({
  id: TypeId,
  label: z.string().min(2), // 运维类
  labelEn: z.string().min(2),
  /** Words that point to this type in 项目名称, 项目性质/类别/资金用途 and goal text, strongest first. */
  keywords: z.array(z.string().min(1)).min(1),
  description: z.string().min(4),
});
export type ProjectType = z.infer<typeof ProjectType>;

export const Direction = z.enum(['higher', 'lower', 'qualitative']);
export type Direction = z.infer<typeof Direction>;

export const LibraryIndicator = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'kebab-case id'),
  /** Project types it belongs to (`common` for the 共性 set). */
  types: z.array(TypeId).min(1),
  level1: Level1Name,
  level2: Level2Name,
  /** 三级指标 name as a reviewer expects it written. */
  name: z.string().min(2).max(40),
  /**
   * Other names forms write for this same indicator (same measure, same 二级), beyond what fuzzy spelling matches:
   * a form that has one is not offered the indicator again, and search finds it by them.
   */
  aliases: z.array(z.string().min(2).max(40)).optional(),
  /** Typical target in the canonical syntax of domain-rules §2.1 (`≥95%`, `=12次`, `≤30分钟`, or a phrase). */
  target: z.string().min(1),
  /** Unit of the target ('' for qualitative). */
  unit: z.string(),
  direction: Direction,
  /** 指标解释: one line. */
  definition: z.string().min(4),
  keywords: z.array(z.string().min(1)),
  /** Where it comes from: a seed form, the domain notes, or common practice. */
  source: z.enum(['seed', 'domain', 'practice', 'user']).optional(),
});
export type LibraryIndicator = z.infer<typeof LibraryIndicator>;

export const Library = z
  .object({
    schemaVersion: z.literal(1),
    name: z.string().min(1),
    types: z.array(ProjectType),
    indicators: z.array(LibraryIndicator),
  })
  .superRefine((library, ctx) => {
    const ids = new Set<string>();
    library.indicators.forEach((ind, i) => {
      if (ids.has(ind.id))
        ctx.addIssue({ code: 'custom', path: ['indicators', i, 'id'], message: `duplicate id ${ind.id}` });
      ids.add(ind.id);
      if (LEVEL2_PARENT[ind.level2] !== ind.level1) {
        ctx.addIssue({
          code: 'custom',
          path: ['indicators', i, 'level2'],
          message: `${ind.level2} belongs under ${LEVEL2_PARENT[ind.level2]}, not ${ind.level1}`,
        });
      }
    });
  });
export type Library = z.infer<typeof Library>;

/** An organisation's review settings file (jixiao-settings.json); rule ids and levels are checked in settings.ts. */
export const OrgSettingsFile = z.strictObject({
  schemaVersion: z.literal(1),
  name: z.string().trim().min(1).max(100),
  rules: z.record(z.string(), z.string()).default({}),
  /** Rule id → option name → number (`{ "target-satisfaction-value": { "min": 85 } }`); checked against the rules. */
  options: z.record(z.string(), z.record(z.string(), z.unknown())).default({}),
  /** The organisation's indicator library (.json or .xlsx), relative to this file. */
  library: z.string().trim().min(1).optional(),
});
export type OrgSettingsFile = z.infer<typeof OrgSettingsFile>;
