// An indicator row as it is once a person clears its 三级 and 指标值: its block's labels and its cells, an open row.
import type { Indicator, OpenRow } from '../../src/core/form';

export const emptiedRow = (ind: Indicator): OpenRow => ({
  level1: ind.level1,
  level2: ind.level2,
  level1Cell: ind.level1Cell,
  level2Cell: ind.level2Cell,
  nameCell: ind.nameCell,
  targetCell: ind.targetCell,
  unitCell: ind.unitCell,
  operatorCell: ind.operatorCell,
  row: ind.row,
});
