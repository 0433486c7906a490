// Grid[] -> Form[]: finds every form in every table by its labels and names its fields, funds and indicators.
import type { Grid } from '../grid';
import { indexGrid } from '../grid';
import type { Form } from '../form';
import { readHeader } from './fields';
import { findIndicatorHeader, readIndicators } from './indicators';
import { splitSegments } from './segments';
import { detectTemplate } from './templates';

export { matchLabel, labelKey } from './labels';

/** Recognises the forms of a whole document; tables (or parts of tables) that are not forms are skipped. */
export function recognize(grids: readonly Grid[]): Form[] {
  const forms: Form[] = [];
  for (const grid of grids) {
    const index = indexGrid(grid);
    splitSegments(index).forEach((segment, i) => {
      const header = findIndicatorHeader(index, segment.first, segment.last);
      const headerLast = header ? header.row - 1 : segment.last;
      const data = readHeader(index, segment.first, headerLast, i === 0 ? (grid.preamble ?? []) : []);
      const { indicators, openRows, splitColumns } = header
        ? readIndicators(index, header, segment.last)
        : { indicators: [], openRows: [], splitColumns: { unit: null, operator: null } };
      // A blank template (indicator header and labelled empty rows) is a form too: the one a person starts from.
      const isForm = data.fields.projectName !== null || indicators.length > 0 || openRows.length > 0;
      if (!isForm) return;
      const hasFundBlock = data.funds.total !== null || data.funds.annual !== null;
      forms.push({
        index: forms.length,
        template: detectTemplate({
          level1Header: header?.level1Text ?? null,
          targetHeader: header?.targetText ?? null,
          hasFundBlock,
          title: data.title,
        }),
        title: data.title,
        gridId: grid.id,
        rows: [segment.first, segment.last],
        fields: data.fields,
        funds: data.funds,
        indicators,
        openRows,
        splitColumns,
        goalPeriod: data.goalPeriod,
      });
    });
  }
  return forms;
}
