// The settings an add-in saved inside a .docx/.xlsx (Office.context.document.settings), read from the file: what the
// pane decided in a document (findings ignored, the project type chosen) then holds for `jixiao` runs too.
import JSZip from 'jszip';
import { addOverride, addRelationship, PACKAGE_RELS_NS } from '../ooxml/package-parts';
import { parseXml, serialize } from './docx';

/** Setting name → the value each add-in part holds for it (one part per add-in; the same add-in may appear twice). */
export type AddinSettings = ReadonlyMap<string, readonly string[]>;

/** Only jixiao's own settings are read: another add-in's are none of its business. */
const OWN_PREFIX = 'jixiao.';
const WEB_EXTENSION_TYPE = 'application/vnd.ms-office.webextension+xml';
/** A document rarely has more than a few add-ins; a crafted one with thousands is not read further. */
const MAX_PARTS = 50;

/**
 * Office keeps each add-in's settings in a web extension part (word/webextensions/webextension1.xml, or xl/…) as
 * `<we:property name="…" value="…"/>`, the value JSON.stringify'd (office-js OSF.DDA.SettingsManager.serializeSettings):
 * a string the pane saved is therefore JSON text inside a JSON string. The parts are found as Office finds them, by
 * their content type, whatever they are named.
 */
export async function readAddinSettings(zip: JSZip): Promise<AddinSettings> {
  const settings = new Map<string, string[]>();
  for (const name of (await webExtensionParts(zip)).slice(0, MAX_PARTS)) {
    const xml = await zip.file(name)?.async('string');
    if (xml === undefined) continue;
    for (const [key, value] of ownProperties(xml)) settings.set(key, [...(settings.get(key) ?? []), value]);
  }
  return settings;
}

async function webExtensionParts(zip: JSZip): Promise<string[]> {
  const types = await zip.file('[Content_Types].xml')?.async('string');
  if (types === undefined) return [];
  const doc = tolerantParse(types);
  if (!doc) return [];
  return Array.from(doc.getElementsByTagName('Override'))
    .filter((o) => o.getAttribute('ContentType') === WEB_EXTENSION_TYPE)
    .map((o) => (o.getAttribute('PartName') ?? '').replace(/^\//, ''))
    .filter((name) => name !== '');
}

/** A damaged or hostile part loses only the settings in it: the forms are read and checked all the same. */
function tolerantParse(xml: string): Document | null {
  try {
    return parseXml(xml);
  } catch {
    return null;
  }
}

function ownProperties(xml: string): [string, string][] {
  const doc = tolerantParse(xml);
  if (!doc) return [];
  const found: [string, string][] = [];
  for (const property of Array.from(doc.getElementsByTagNameNS('*', 'property'))) {
    const name = property.getAttribute('name') ?? '';
    const value = decoded(property.getAttribute('value'));
    if (name.startsWith(OWN_PREFIX) && value !== null) found.push([name, value]);
  }
  return found;
}

/** The string the pane saved; anything else is read as the pane reads it (settings.ts): as no setting. */
function decoded(value: string | null): string | null {
  if (value === null) return null;
  try {
    const parsed: unknown = JSON.parse(value);
    return typeof parsed === 'string' ? parsed : null;
  } catch {
    return null;
  }
}

const TASKPANES_REL = 'http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes';
const ADDIN_FOLDER = 'xl/webextensions/';

/**
 * A workbook exceljs wrote (`written`) with the add-in parts of the one it read (`source`) put back: exceljs drops
 * parts it does not know, and with them the pane's settings (findings ignored, the type chosen, last year's form).
 * The copy stays as exceljs wrote it when the parts point at anything outside their folder (a content add-in's
 * snapshot image, which exceljs may have renumbered): settings lost are better than a file Excel must repair.
 */
export async function carryAddinParts(source: JSZip, written: Uint8Array): Promise<Uint8Array> {
  const parts = source.file(/^xl\/webextensions\//);
  if (parts.length === 0) return written;
  const out = await JSZip.loadAsync(written);
  const [types, packageRels, sourceTypes, sourceRels] = await Promise.all([
    xmlPart(out, '[Content_Types].xml'),
    xmlPart(out, '_rels/.rels'),
    xmlPart(source, '[Content_Types].xml'),
    xmlPart(source, '_rels/.rels'),
  ]);
  if (!types || !packageRels || !sourceTypes || !sourceRels) return written;
  for (const part of parts) {
    if (part.name.endsWith('.rels') && !(await pointsInside(part))) return written;
    out.file(part.name, await part.async('uint8array'));
  }
  for (const override of Array.from(sourceTypes.getElementsByTagNameNS('*', 'Override'))) {
    const name = override.getAttribute('PartName') ?? '';
    if (name.startsWith(`/${ADDIN_FOLDER}`)) addOverride(types, name, override.getAttribute('ContentType') ?? '');
  }
  for (const rel of Array.from(sourceRels.getElementsByTagNameNS(PACKAGE_RELS_NS, 'Relationship')))
    if (rel.getAttribute('Type') === TASKPANES_REL)
      addRelationship(packageRels, TASKPANES_REL, rel.getAttribute('Target') ?? '');
  out.file('[Content_Types].xml', serialize(types));
  out.file('_rels/.rels', serialize(packageRels));
  return out.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** Whether a relationships part of the add-in folder names only parts in that folder (or outside the package). */
async function pointsInside(rels: JSZip.JSZipObject): Promise<boolean> {
  const doc = tolerantParse(await rels.async('string'));
  if (!doc) return false;
  return Array.from(doc.getElementsByTagNameNS(PACKAGE_RELS_NS, 'Relationship')).every(
    (r) => r.getAttribute('TargetMode') === 'External' || /^[^/.][^/]*$/.test(r.getAttribute('Target') ?? ''),
  );
}

async function xmlPart(zip: JSZip, name: string): Promise<Document | null> {
  const xml = await zip.file(name)?.async('string');
  return xml === undefined ? null : tolerantParse(xml);
}
