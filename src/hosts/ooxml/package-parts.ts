// The two places every OOXML package names its parts: a relationships part (`_rels/….rels`) and [Content_Types].xml;
// for writers that add a part to a package another program wrote.
export const PACKAGE_RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** Adds a relationship under an Id the part does not use yet (Ids are the owner's to choose: `rId7`, `rIdAfe2` …). */
export function addRelationship(rels: Document, type: string, target: string): string {
  const used = new Set(
    Array.from(rels.getElementsByTagNameNS(PACKAGE_RELS_NS, 'Relationship')).map((r) => r.getAttribute('Id')),
  );
  let n = used.size + 1;
  while (used.has(`rId${n}`)) n++;
  const rel = rels.createElementNS(PACKAGE_RELS_NS, 'Relationship');
  rel.setAttribute('Id', `rId${n}`);
  rel.setAttribute('Type', type);
  rel.setAttribute('Target', target);
  rels.documentElement.appendChild(rel);
  return `rId${n}`;
}

/** Declares a part's content type, once (a second Override of one part name makes Office refuse the file). */
export function addOverride(types: Document, partName: string, contentType: string): void {
  const declared = Array.from(types.getElementsByTagNameNS('*', 'Override')).some(
    (o) => o.getAttribute('PartName')?.toLowerCase() === partName.toLowerCase(),
  );
  if (declared) return;
  const override = types.createElementNS(types.documentElement.namespaceURI, 'Override');
  override.setAttribute('PartName', partName);
  override.setAttribute('ContentType', contentType);
  types.documentElement.appendChild(override);
}
