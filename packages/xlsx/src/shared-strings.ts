import { eachElement, stripMarkup } from './scan.js';
import { collectText } from './xml.js';

/** The shared string table (`xl/sharedStrings.xml`) as plain strings (rich text flattened). Linear. */
export function readSharedStrings(xml: string | undefined): string[] {
  if (xml === undefined) return [];
  const out: string[] = [];
  eachElement(stripMarkup(xml), 'si', (content) =>
    out.push(content === undefined ? '' : collectText(content)),
  );
  return out;
}
