// .docx -> Grid[]: unzip word/document.xml (jszip) and read its tables with the shared OOXML reader.
import { DOMParser } from '@xmldom/xmldom';
import JSZip from 'jszip';
import type { Grid } from '../../core/grid';
import { OoxmlError, readTables, refuseDoctype } from '../ooxml/tables';
import { FileError } from './file-errors';
import { MAX_UNZIPPED_BYTES } from './limits';

/** Declared uncompressed size of a zip entry (jszip keeps it from the central directory). */
const declaredSize = (file: JSZip.JSZipObject) =>
  (file as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;

export async function openZip(bytes: Uint8Array): Promise<JSZip> {
  try {
    const zip = await JSZip.loadAsync(bytes);
    const total = Object.values(zip.files).reduce((sum, f) => sum + declaredSize(f), 0);
    if (total > MAX_UNZIPPED_BYTES) throw new FileError('too-large', `${Math.round(total / 1048576)} MB unzipped`);
    return zip;
  } catch (e) {
    if (e instanceof FileError) throw e;
    throw new FileError('corrupt', e instanceof Error ? e.message : String(e));
  }
}

/** Parses XML from a package, refusing DTDs before the parser sees them. */
export function parseXml(xml: string): Document {
  refuseDoctype(xml);
  const errors: string[] = [];
  try {
    const parser = new DOMParser({ onError: (level, message) => void (level !== 'warning' && errors.push(message)) });
    const doc = parser.parseFromString(xml, 'text/xml');
    if (errors.length === 0) return doc as unknown as Document;
  } catch (e) {
    errors.push(e instanceof Error ? e.message : String(e));
  }
  throw new FileError('corrupt', errors[0]!.split('\n')[0]);
}

export async function readDocx(bytes: Uint8Array): Promise<Grid[]> {
  const zip = await openZip(bytes);
  const part = zip.file('word/document.xml');
  if (!part) throw new FileError('not-office', 'no word/document.xml');
  try {
    const grids = readTables(parseXml(await part.async('string')));
    if (grids.length === 0) throw new FileError('no-tables');
    return grids;
  } catch (e) {
    if (e instanceof OoxmlError) throw new FileError(e.code === 'doctype' ? 'doctype' : 'not-office', e.message);
    throw e;
  }
}
