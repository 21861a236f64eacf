/**
 * Builds test/fixtures/user-workbook-with-pivot.xlsx: the user workbook with extras plus a minimal
 * pivot table (pivotCacheDefinition + pivotTable parts, refreshed on load) on the 说明 sheet,
 * summing 全年执行数 by 支出类型 from 预算执行!B1:F5. Written with fflate directly so that the
 * fixture does not depend on this package's own zip writer.
 *   npx tsx scripts/make-pivot-fixture.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

const here = new URL('../test/fixtures/', import.meta.url);
const files = unzipSync(readFileSync(new URL('user-workbook-with-extras.xlsx', here)));
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const text = (name: string): string => strFromU8(files[name]!);

files['xl/pivotCache/pivotCacheDefinition1.xml'] = strToU8(
  `<pivotCacheDefinition xmlns="${MAIN}" xmlns:r="${REL}" refreshOnLoad="1" createdVersion="3" refreshedVersion="3" minRefreshableVersion="3" recordCount="0">` +
    '<cacheSource type="worksheet"><worksheetSource ref="B1:F5" sheet="预算执行"/></cacheSource><cacheFields count="5">' +
    '<cacheField name="支出类型" numFmtId="0"><sharedItems count="2"><s v="基本支出"/><s v="项目支出"/></sharedItems></cacheField>' +
    '<cacheField name="资金来源" numFmtId="0"><sharedItems/></cacheField>' +
    '<cacheField name="年初预算数" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" minValue="120" maxValue="820"/></cacheField>' +
    '<cacheField name="全年预算数" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" minValue="118" maxValue="836.5"/></cacheField>' +
    '<cacheField name="全年执行数" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" minValue="118" maxValue="836.5"/></cacheField>' +
    '</cacheFields></pivotCacheDefinition>',
);
files['xl/pivotTables/pivotTable1.xml'] = strToU8(
  `<pivotTableDefinition xmlns="${MAIN}" name="数据透视表1" cacheId="1" dataCaption="值" updatedVersion="3" minRefreshableVersion="3" createdVersion="3" useAutoFormatting="1" itemPrintTitles="1" indent="0" outline="1" outlineData="1">` +
    '<location ref="D3:E6" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/><pivotFields count="5">' +
    '<pivotField axis="axisRow" showAll="0"><items count="3"><item x="0"/><item x="1"/><item t="default"/></items></pivotField>' +
    '<pivotField showAll="0"/><pivotField showAll="0"/><pivotField showAll="0"/><pivotField dataField="1" showAll="0"/></pivotFields>' +
    '<rowFields count="1"><field x="0"/></rowFields><rowItems count="3"><i><x/></i><i><x v="1"/></i><i t="grand"><x/></i></rowItems>' +
    '<colItems count="1"><i/></colItems><dataFields count="1"><dataField name="求和项:全年执行数" fld="4" baseField="0" baseItem="0"/></dataFields>' +
    '</pivotTableDefinition>',
);
files['xl/pivotTables/_rels/pivotTable1.xml.rels'] = strToU8(
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/pivotCacheDefinition" Target="../pivotCache/pivotCacheDefinition1.xml"/></Relationships>',
);
files['xl/worksheets/_rels/sheet5.xml.rels'] = strToU8(
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/pivotTable" Target="../pivotTables/pivotTable1.xml"/></Relationships>',
);
files['xl/workbook.xml'] = strToU8(
  text('xl/workbook.xml').replace(
    '</workbook>',
    `<pivotCaches><pivotCache xmlns:r="${REL}" cacheId="1" r:id="rId99"/></pivotCaches></workbook>`,
  ),
);
files['xl/_rels/workbook.xml.rels'] = strToU8(
  text('xl/_rels/workbook.xml.rels').replace(
    '</Relationships>',
    '<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/pivotCacheDefinition" Target="/xl/pivotCache/pivotCacheDefinition1.xml" Id="rId99"/></Relationships>',
  ),
);
files['[Content_Types].xml'] = strToU8(
  text('[Content_Types].xml').replace(
    '</Types>',
    '<Override PartName="/xl/pivotCache/pivotCacheDefinition1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml"/>' +
      '<Override PartName="/xl/pivotTables/pivotTable1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml"/></Types>',
  ),
);
const fixed = new Date(2024, 0, 1);
const out = zipSync(
  Object.fromEntries(Object.entries(files).map(([k, v]) => [k, [v, { mtime: fixed }]])),
  { level: 6 },
);
writeFileSync(new URL('user-workbook-with-pivot.xlsx', here), out);
console.log(`wrote user-workbook-with-pivot.xlsx (${out.length} bytes)`);
