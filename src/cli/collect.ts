// Expands the command line's files and folders into the documents to check, in a stable order, each file once.
import { readdir, realpath, stat } from 'fs/promises';
import { dirname, extname, join, resolve } from 'path';
import { FileError, fileSystemError } from '../hosts/file/file-errors';
import { SUPPORTED_EXTENSIONS } from '../hosts/file/read-file';

/**
 * Forms a unit may still keep in an old or macro-enabled format: named in a folder's results (to be saved as
 * .docx/.xlsx), never silently passed over as if the folder held only what was checked.
 */
const OTHER_OFFICE_EXTENSIONS = ['.doc', '.xls', '.wps', '.et', '.docm', '.xlsm'];

/** Found while walking the folders, but not to be read: a folder that cannot be listed, a file of another format. */
export interface Unreadable {
  readonly path: string;
  readonly error: FileError;
}

interface Found {
  readonly files: string[];
  readonly unreadable: Unreadable[];
}

/** What a folder entry is, links followed: a link to nothing (or a loop) is null. */
async function kindOf(path: string, entry: { isFile(): boolean; isDirectory(): boolean; isSymbolicLink(): boolean }) {
  if (!entry.isSymbolicLink()) return entry.isDirectory() ? 'folder' : entry.isFile() ? 'file' : null;
  const info = await stat(path).catch(() => null);
  return info?.isDirectory() ? 'folder' : info?.isFile() ? 'file' : null;
}

/**
 * The documents under `dir`, by name, depth first, and what there cannot be read (a folder that cannot be listed: the
 * rest is walked all the same). `visited` holds the real paths of the folders walked, so a link back up (or to a
 * folder already walked) is not followed again.
 */
async function walk(dir: string, visited: Set<string>, found: Found): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true }).catch((e: unknown) => {
    found.unreadable.push({ path: dir, error: fileSystemError(e, dir) });
    return [];
  });
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    // Hidden files and folders are tool state; `~$报表.docx` is the lock file Office leaves beside an open document.
    if (entry.name.startsWith('.') || entry.name.startsWith('~$')) continue;
    const path = join(dir, entry.name);
    const kind = await kindOf(path, entry);
    const ext = extname(entry.name).toLowerCase();
    if (kind === 'folder') {
      const real = await realpath(path).catch(() => resolve(path));
      if (visited.has(real)) continue;
      visited.add(real);
      await walk(path, visited, found);
    } else if (SUPPORTED_EXTENSIONS.includes(ext) && (kind === 'file' || entry.isSymbolicLink())) {
      // A link to nothing named .docx is kept: reading it says the file is not found.
      found.files.push(path);
    } else if (kind === 'file' && OTHER_OFFICE_EXTENSIONS.includes(ext))
      found.unreadable.push({ path, error: new FileError('unsupported-type', ext) });
  }
}

export interface Collected {
  /** Each file once, under the first spelling it was given or found by. */
  readonly files: string[];
  /** For each file, the folder its corrected copy is laid out from (the folder given, or the file's own). */
  readonly roots: ReadonlyMap<string, string>;
  /** Folders given on the command line that hold no .docx/.xlsx at all (nor anything unreadable). */
  readonly emptyFolders: string[];
  /** In the folders: folders that cannot be listed, and files of an old or macro-enabled Office format. */
  readonly unreadable: Unreadable[];
}

/** Where a path leads, links and `..` resolved; a path that is not there stands for itself (it is reported so). */
const realOf = (path: string) => realpath(path).catch(() => resolve(path));

/**
 * Files are kept as given (a wrong one gets its own error); folders contribute their .docx/.xlsx files, links
 * followed. A file given or found twice, however spelt (`a/x.docx`, `./a/x.docx`, a link), is checked once, under the
 * first spelling.
 */
export async function collect(paths: readonly string[]): Promise<Collected> {
  const files: string[] = [];
  const roots = new Map<string, string>();
  const emptyFolders: string[] = [];
  const unreadable: Unreadable[] = [];
  const seen = new Set<string>();
  const once = async (path: string) => {
    const real = await realOf(path);
    if (seen.has(real)) return false;
    seen.add(real);
    return true;
  };
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) {
      const found: Found = { files: [], unreadable: [] };
      await walk(path, new Set([await realOf(path)]), found);
      if (found.files.length === 0 && found.unreadable.length === 0 && (await once(path))) emptyFolders.push(path);
      for (const file of found.files)
        if (await once(file)) {
          files.push(file);
          roots.set(file, path);
        }
      for (const entry of found.unreadable) if (await once(entry.path)) unreadable.push(entry);
    } else if (await once(path)) {
      files.push(path);
      roots.set(path, dirname(path));
    }
  }
  return { files, roots, emptyFolders, unreadable };
}
