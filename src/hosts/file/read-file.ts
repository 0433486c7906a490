// Reads a .docx or .xlsx file into grids, turning every kind of bad input into a FileError with a clear message.
import { readFile, stat } from 'fs/promises';
import { extname } from 'path';
import type { Grid } from '../../core/grid';
import type { AddinSettings } from './addin-settings';
import { readAddinSettings } from './addin-settings';
import { docxGrids, openZip } from './docx';
import { FileError, fileSystemError } from './file-errors';
import { MAX_FILE_BYTES } from './limits';
import { xlsxGrids } from './xlsx';

// Encrypted Office files (and old .doc/.xls) are OLE compound files, not zip packages.
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const ZIP_MAGIC = [0x50, 0x4b];

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

export const SUPPORTED_EXTENSIONS = ['.docx', '.xlsx'];

/** A document's tables, and the settings the add-in saved in it (the pane's decisions). */
export interface ReadDocument {
  readonly grids: Grid[];
  readonly settings: AddinSettings;
}

export async function readDocumentFile(path: string): Promise<Grid[]> {
  return (await readDocument(path)).grids;
}

export async function readDocument(path: string): Promise<ReadDocument> {
  // Whether the path is there comes first: a mistyped folder name (2024年申报) has no extension, and is not found.
  const info = await stat(path).catch((e: unknown) => {
    throw fileSystemError(e, path);
  });
  if (!info.isFile()) throw new FileError('not-found', path);
  const ext = extname(path).toLowerCase();
  if (!SUPPORTED_EXTENSIONS.includes(ext)) throw new FileError('unsupported-type', ext || path);
  if (info.size === 0) throw new FileError('empty');
  if (info.size > MAX_FILE_BYTES)
    throw new FileError('too-large', `${(info.size / 1048576).toFixed(1)} MB > ${MAX_FILE_BYTES / 1048576} MB`);
  const bytes = new Uint8Array(
    await readFile(path).catch((e: unknown) => {
      throw fileSystemError(e, path);
    }),
  );
  if (startsWith(bytes, CFB_MAGIC)) throw new FileError('encrypted');
  if (!startsWith(bytes, ZIP_MAGIC)) throw new FileError('not-office');
  const zip = await openZip(bytes);
  const grids = ext === '.docx' ? await docxGrids(zip) : await xlsxGrids(zip, bytes);
  return { grids, settings: await readAddinSettings(zip) };
}
