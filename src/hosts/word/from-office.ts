// The Word host over the real Office globals: what the task pane constructs inside Word.
import type { Host } from '../host';
import { officeRequirements, officeSettings } from '../office/from-office';
import { browserXmlParser } from '../office/xml';
import { createWordHost } from './word-host';

export function wordHostFromOffice(): Host {
  return createWordHost({
    run: (batch) => Word.run(batch),
    requirements: officeRequirements(),
    parseXml: browserXmlParser(),
    settings: officeSettings(),
  });
}
