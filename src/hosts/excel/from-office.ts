// The Excel host over the real Office globals: what the task pane constructs inside Excel.
import type { Host } from '../host';
import { officeRequirements, officeSettings } from '../office/from-office';
import { createExcelHost } from './excel-host';

export function excelHostFromOffice(): Host {
  return createExcelHost({
    run: (options, batch) => Excel.run(options, batch),
    requirements: officeRequirements(),
    settings: officeSettings(),
  });
}
