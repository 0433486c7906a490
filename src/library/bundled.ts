// The bundled, offline indicator library: the JSON files under data/, validated once against the schema and memoised.
import common from './data/common.json';
import equipment from './data/equipment.json';
import event from './data/event.json';
import itBuild from './data/it-build.json';
import logistics from './data/logistics.json';
import meeting from './data/meeting.json';
import operation from './data/operation.json';
import party from './data/party.json';
import procurement from './data/procurement.json';
import publicity from './data/publicity.json';
import research from './data/research.json';
import subsidy from './data/subsidy.json';
import training from './data/training.json';
import types from './data/types.json';
import { Library } from './schema';

/** One file per type, in the order of types.json; `common` (共性) last. */
const INDICATOR_FILES = [
  operation,
  itBuild,
  training,
  meeting,
  publicity,
  research,
  event,
  equipment,
  procurement,
  subsidy,
  logistics,
  party,
  common,
];

export const BUNDLED_LIBRARY_NAME = '内置指标库';

/** The library as written, before validation (tests read it to point at a malformed entry by file). */
export function bundledLibraryData(): unknown {
  return { schemaVersion: 1, name: BUNDLED_LIBRARY_NAME, types, indicators: INDICATOR_FILES.flat() };
}

let memo: Library | null = null;

/**
 * The bundled library. A malformed entry throws here, but the library tests parse it the same way, so it fails CI
 * and never reaches a user's session.
 */
export function bundledLibrary(): Library {
  memo ??= Library.parse(bundledLibraryData());
  return memo;
}
