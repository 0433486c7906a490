// Expands the command line's files and folders into the documents to check, in a stable order.
import { readdir, stat } from 'fs/promises';
import { dirname, extname, join } from 'path';
import { SUPPORTED_EXTENSIONS } from '../hosts/file/read-file';

// `~$报表.docx` is the lock file Office leaves beside an open document; hidden folders are tool state.
const isCandidate = (name: string) =>
  SUPPORTED_EXTENSIONS.includes(extname(name).toLowerCase()) && !name.startsWith('~$');

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const found: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await walk(path)));
    else if (entry.isFile() && isCandidate(entry.name)) found.push(path);
  }
  return found;
}

export interface Collected {
  readonly files: string[];
  /** For each file, the folder its corrected copy is laid out from (the folder given, or the file's own). */
  readonly roots: ReadonlyMap<string, string>;
  /** Folders given on the command line that hold no .docx/.xlsx at all. */
  readonly emptyFolders: string[];
}

/** Files are kept as given (a wrong one gets its own error); folders contribute their .docx/.xlsx files. */
export async function collect(paths: readonly string[]): Promise<Collected> {
  const files: string[] = [];
  const roots = new Map<string, string>();
  const emptyFolders: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) {
      const inside = await walk(path);
      if (inside.length === 0) emptyFolders.push(path);
      for (const file of inside) if (!roots.has(file)) roots.set(file, path);
      files.push(...inside);
    } else {
      if (!roots.has(path)) roots.set(path, dirname(path));
      files.push(path);
    }
  }
  return { files: [...new Set(files)], roots, emptyFolders };
}
