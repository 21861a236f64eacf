import { collectText } from './xml.js';

/** The shared string table (`xl/sharedStrings.xml`) as plain strings (rich text flattened). */
export function readSharedStrings(xml: string | undefined): string[] {
  if (xml === undefined) return [];
  const out: string[] = [];
  const re = /<(?:[\w.-]+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?si>)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml)) !== null) out.push(m[1] === undefined ? '' : collectText(m[1]));
  return out;
}
