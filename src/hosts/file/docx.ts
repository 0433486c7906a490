// .docx -> Grid[]: unzip word/document.xml (jszip) and read its tables with the shared OOXML reader.
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import JSZip from 'jszip';
import type { Grid } from '../../core/grid';
import { OoxmlError, readTables, refuseDoctype } from '../ooxml/tables';
import { FileError } from './file-errors';
import { MAX_PART_BYTES, MAX_UNZIPPED_BYTES, MAX_XML_TAGS } from './limits';

/** Declared uncompressed size of a zip entry (jszip keeps it from the central directory). */
const declaredSize = (file: JSZip.JSZipObject) =>
  (file as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;

const megabytes = (bytes: number) => `${Math.round(bytes / 1048576)} MB`;

/** Images are stored, not parsed: only they may be larger than MAX_PART_BYTES. */
const isImage = (name: string) => /(^|\/)media\//.test(name);

/** Inflates a part without keeping it, stopping once past `budget`; a size that differs from the declared one fails. */
function inflatedSize(file: JSZip.JSZipObject, budget: number): Promise<number> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const stream = file.nodeStream('nodebuffer');
    stream.on('data', (chunk: Uint8Array) => {
      size += chunk.length;
      if (size > budget) {
        stream.pause();
        resolve(size);
      }
    });
    stream.on('end', () => resolve(size));
    stream.on('error', reject);
  });
}

/** Zip bombs: the sizes a zip declares can lie, so every part is inflated once and its real size counted. */
async function refuseInflatedSizes(zip: JSZip): Promise<void> {
  let total = 0;
  for (const file of Object.values(zip.files)) {
    if (file.dir) continue;
    const limit = isImage(file.name) ? MAX_UNZIPPED_BYTES : MAX_PART_BYTES;
    const size = await inflatedSize(file, Math.min(limit, MAX_UNZIPPED_BYTES - total));
    total += size;
    if (size > limit) throw new FileError('too-large', `${file.name}: over ${megabytes(limit)} unzipped`);
    if (total > MAX_UNZIPPED_BYTES) throw new FileError('too-large', `over ${megabytes(MAX_UNZIPPED_BYTES)} unzipped`);
  }
}

export async function openZip(bytes: Uint8Array): Promise<JSZip> {
  try {
    const zip = await JSZip.loadAsync(bytes);
    const total = Object.values(zip.files).reduce((sum, f) => sum + declaredSize(f), 0);
    if (total > MAX_UNZIPPED_BYTES) throw new FileError('too-large', `${megabytes(total)} unzipped`);
    await refuseInflatedSizes(zip);
    return zip;
  } catch (e) {
    if (e instanceof FileError) throw e;
    throw new FileError('corrupt', e instanceof Error ? e.message : String(e));
  }
}

function tagCount(xml: string): number {
  let count = 0;
  for (let at = xml.indexOf('<'); at !== -1; at = xml.indexOf('<', at + 1)) count++;
  return count;
}

/** Parses XML from a package, refusing DTDs before the parser sees them, and XML too dense for a DOM. */
export function parseXml(xml: string): Document {
  refuseDoctype(xml);
  if (tagCount(xml) > MAX_XML_TAGS) throw new FileError('too-large', `over ${MAX_XML_TAGS} XML tags in one part`);
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

/** A part's XML text again, after it was changed as a DOM. */
export const serialize = (doc: Document): string =>
  new XMLSerializer().serializeToString(doc as unknown as Parameters<XMLSerializer['serializeToString']>[0]);

export async function readDocx(bytes: Uint8Array): Promise<Grid[]> {
  return docxGrids(await openZip(bytes));
}

/** The tables of an opened .docx package. */
export async function docxGrids(zip: JSZip): Promise<Grid[]> {
  const part = zip.file('word/document.xml');
  if (!part) throw new FileError('not-office', 'no word/document.xml');
  try {
    const grids = readTables(parseXml(await part.async('string')));
    if (grids.length === 0) throw new FileError('no-tables');
    return grids;
  } catch (e) {
    if (e instanceof OoxmlError) throw new FileError(e.code === 'no-body' ? 'not-office' : e.code, e.message);
    // Tables nested thousands deep overflow the reader's stack.
    if (e instanceof RangeError) throw new FileError('too-large', e.message);
    throw e;
  }
}
