// The settings an add-in saved inside a .docx/.xlsx (Office.context.document.settings), read from the file: what the
// pane decided in a document (findings ignored, the project type chosen) then holds for `jixiao` runs too.
import JSZip from 'jszip';
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

/** The string the pane saved; a value written once-encoded (by a tool other than Office) is taken as it is. */
function decoded(value: string | null): string | null {
  if (value === null) return null;
  try {
    const parsed: unknown = JSON.parse(value);
    return typeof parsed === 'string' ? parsed : JSON.stringify(parsed);
  } catch {
    return null;
  }
}

const TASKPANES_REL = 'http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes';
const CONTENT_TYPES_NS = 'http://schemas.openxmlformats.org/package/2006/content-types';
const PACKAGE_RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

/**
 * A workbook exceljs wrote (`written`) with the add-in parts of the one it read (`source`) put back: exceljs drops
 * parts it does not know, and with them the pane's settings (findings ignored, the type chosen, last year's form).
 */
export async function carryAddinParts(source: JSZip, written: Uint8Array): Promise<Uint8Array> {
  const parts = source.file(/^xl\/webextensions\//);
  if (parts.length === 0) return written;
  const out = await JSZip.loadAsync(written);
  for (const part of parts) out.file(part.name, await part.async('uint8array'));
  const [sourceTypes, outTypes] = await Promise.all([
    xmlPart(source, '[Content_Types].xml'),
    xmlPart(out, '[Content_Types].xml'),
  ]);
  const [sourceRels, outRels] = await Promise.all([xmlPart(source, '_rels/.rels'), xmlPart(out, '_rels/.rels')]);
  if (!sourceTypes || !outTypes || !sourceRels || !outRels) return written;
  for (const override of Array.from(sourceTypes.getElementsByTagName('Override')))
    if ((override.getAttribute('PartName') ?? '').startsWith('/xl/webextensions/'))
      outTypes.documentElement.appendChild(
        copyElement(outTypes, override, CONTENT_TYPES_NS, ['PartName', 'ContentType']),
      );
  const ids = new Set(Array.from(outRels.getElementsByTagName('Relationship')).map((r) => r.getAttribute('Id')));
  for (const rel of Array.from(sourceRels.getElementsByTagName('Relationship'))) {
    if (rel.getAttribute('Type') !== TASKPANES_REL) continue;
    const copy = copyElement(outRels, rel, PACKAGE_RELS_NS, ['Type', 'Target']);
    let n = ids.size + 1;
    while (ids.has(`rIdJixiao${n}`)) n++;
    ids.add(`rIdJixiao${n}`);
    copy.setAttribute('Id', `rIdJixiao${n}`);
    outRels.documentElement.appendChild(copy);
  }
  out.file('[Content_Types].xml', serialize(outTypes));
  out.file('_rels/.rels', serialize(outRels));
  return out.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

async function xmlPart(zip: JSZip, name: string): Promise<Document | null> {
  const xml = await zip.file(name)?.async('string');
  return xml === undefined ? null : tolerantParse(xml);
}

function copyElement(doc: Document, from: Element, namespace: string, attributes: readonly string[]): Element {
  const element = doc.createElementNS(namespace, from.localName);
  for (const name of attributes) element.setAttribute(name, from.getAttribute(name) ?? '');
  return element;
}
