// The browser's XML parser for the Word host's OOXML (jest injects @xmldom/xmldom instead): DTDs are refused
// before parsing, and a parse error is an error, not a document holding a <parsererror> element.
import { refuseDoctype } from '../ooxml/tables';

export type ParseXml = (xml: string) => Document;

export function browserXmlParser(): ParseXml {
  const parser = new DOMParser();
  return (xml) => {
    refuseDoctype(xml);
    const doc = parser.parseFromString(xml, 'application/xml');
    const error = doc.getElementsByTagName('parsererror')[0];
    if (error) throw new Error(`Word returned XML that does not parse: ${error.textContent ?? ''}`.trim());
    return doc;
  };
}
