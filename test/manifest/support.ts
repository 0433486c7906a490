// Runs the manifest scripts the way `npm run validate` and `npm run build` do (plain Node ESM, outside Jest's module
// system), and reads manifests and PNG headers independently of those scripts, so the tests check them from outside.
import { spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { DOMParser } from '@xmldom/xmldom';

export const ROOT = resolve(__dirname, '..', '..');
export const MANIFEST = join(ROOT, 'manifest', 'manifest.xml');
export const DEV_BASE = 'https://localhost:3000/';
export const manifestText = (): string => readFileSync(MANIFEST, 'utf8');

export interface ScriptRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs scripts/<script> with node; `env` entries set to undefined are removed from the inherited environment. */
export function runScript(script: string, args: string[], env: Record<string, string | undefined> = {}): ScriptRun {
  const childEnv = { ...process.env };
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete childEnv[key];
    else childEnv[key] = value;
  }
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts', script), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: childEnv,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const tempDirs: string[] = [];
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-manifest-'));
  tempDirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export function writeTemp(dir: string, name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

export function parseXml(text: string): Document {
  return new DOMParser().parseFromString(text, 'text/xml') as unknown as Document;
}

export const elements = (doc: Document, localName: string): Element[] =>
  [...doc.getElementsByTagName('*')].filter((e) => e.localName === localName);

export const childElements = (parent: Element, localName: string): Element[] =>
  [...parent.childNodes].filter((n): n is Element => n.nodeType === 1 && (n as Element).localName === localName);

/** Every attribute value in the manifest that is an absolute URL (any scheme), namespace declarations aside. */
export function urlAttributes(doc: Document): string[] {
  return [...doc.getElementsByTagName('*')].flatMap((element) =>
    [...element.attributes]
      .filter((a) => a.name !== 'xmlns' && !a.name.startsWith('xmlns:'))
      .map((a) => a.value)
      .filter((value) => /^[a-z][a-z0-9+.-]*:\/\//i.test(value)),
  );
}

/** Width and height from a PNG file's IHDR chunk (bytes 16–23), after checking the signature. */
export function pngSize(path: string): { width: number; height: number } {
  const header = readFileSync(path).subarray(0, 24);
  expect(header.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(header.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: header.readUInt32BE(16), height: header.readUInt32BE(20) };
}
