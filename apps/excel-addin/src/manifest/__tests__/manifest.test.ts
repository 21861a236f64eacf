import { describe, expect, it } from 'vitest';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { ADDIN_ID, ICON_SIZES, renderManifest, normaliseOrigin } from '../render-manifest.js';

const root = join(import.meta.dirname, '..', '..', '..');

function parse(xml: string): Document {
  const window = new Window();
  const doc = new window.DOMParser().parseFromString(xml, 'application/xml') as unknown as Document;
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

const byTag = (doc: Document | Element, tag: string) => [...doc.getElementsByTagName(tag)];
const text = (doc: Document | Element, tag: string) => byTag(doc, tag)[0]?.textContent?.trim();

describe('manifest.xml', () => {
  const xml = readFileSync(join(root, 'manifest.xml'), 'utf8');
  const doc = parse(xml);

  it('is the rendering of the development origin (regenerate with scripts/manifest.ts)', () => {
    expect(xml).toBe(renderManifest());
  });

  it('is a task pane add-in for Excel with a stable GUID and ReadWriteDocument', () => {
    const app = doc.documentElement;
    expect(app.tagName).toBe('OfficeApp');
    expect(app.getAttribute('xsi:type')).toBe('TaskPaneApp');
    expect(text(doc, 'Id')).toBe(ADDIN_ID);
    expect(ADDIN_ID).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(text(doc, 'Version')).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(text(doc, 'Permissions')).toBe('ReadWriteDocument');
    expect(
      byTag(doc, 'Host').map((h) => h.getAttribute('Name') ?? h.getAttribute('xsi:type')),
    ).toEqual(['Workbook', 'Workbook']);
  });

  it('defaults to zh-CN with en-US overrides for every displayed string', () => {
    expect(text(doc, 'DefaultLocale')).toBe('zh-CN');
    for (const tag of ['DisplayName', 'Description']) {
      const el = byTag(doc, tag)[0]!;
      expect(el.getAttribute('DefaultValue')).toMatch(/[\u4e00-\u9fff]/);
      expect(byTag(el, 'Override')[0]!.getAttribute('Locale')).toBe('en-US');
    }
    const strings = byTag(doc, 'bt:String');
    expect(strings.length).toBeGreaterThanOrEqual(4);
    for (const s of strings)
      expect(byTag(s, 'bt:Override').map((o) => o.getAttribute('Locale'))).toEqual(['en-US']);
  });

  it('declares the smallest requirement sets: ExcelApi 1.7 in the base, SharedRuntime 1.1 for the overrides', () => {
    const base = byTag(doc, 'Requirements')[0]!;
    expect(
      byTag(base, 'Set').map((s) => [s.getAttribute('Name'), s.getAttribute('MinVersion')]),
    ).toEqual([['ExcelApi', '1.7']]);
    const overrides = byTag(doc, 'VersionOverrides')[0]!;
    const ovReq = byTag(overrides, 'Requirements')[0]!;
    expect(
      byTag(ovReq, 'bt:Set').map((s) => [s.getAttribute('Name'), s.getAttribute('MinVersion')]),
    ).toEqual([['SharedRuntime', '1.1']]);
  });

  it('runs one long-lived shared runtime: the pane, the function file and the runtime are the same page', () => {
    const runtime = byTag(doc, 'Runtime');
    expect(runtime).toHaveLength(1);
    expect(runtime[0]!.getAttribute('lifetime')).toBe('long');
    expect(runtime[0]!.getAttribute('resid')).toBe('Taskpane.Url');
    expect(byTag(doc, 'FunctionFile')[0]!.getAttribute('resid')).toBe('Taskpane.Url');
    expect(byTag(doc, 'Action')[0]!.getAttribute('xsi:type')).toBe('ShowTaskpane');
    expect(byTag(byTag(doc, 'Action')[0]!, 'SourceLocation')[0]!.getAttribute('resid')).toBe(
      'Taskpane.Url',
    );
  });

  it('puts a 绩效自评 group with a ShowTaskpane button on the Home tab', () => {
    expect(byTag(doc, 'OfficeTab')[0]!.getAttribute('id')).toBe('TabHome');
    const label = byTag(byTag(doc, 'Group')[0]!, 'Label')[0]!.getAttribute('resid');
    const str = byTag(doc, 'bt:String').find((s) => s.getAttribute('id') === label)!;
    expect(str.getAttribute('DefaultValue')).toBe('绩效自评');
    expect(byTag(doc, 'Control')[0]!.getAttribute('xsi:type')).toBe('Button');
  });

  it('resolves every resid and points icons of 16/32/64/80 px at files that exist', () => {
    const ids = new Set(
      [...byTag(doc, 'bt:Image'), ...byTag(doc, 'bt:Url'), ...byTag(doc, 'bt:String')]
        .map((e) => e.getAttribute('id'))
        .filter(Boolean),
    );
    const used = [...doc.getElementsByTagName('*')]
      .map((e) => e.getAttribute('resid'))
      .filter((r): r is string => r !== null);
    expect(used.length).toBeGreaterThan(8);
    for (const r of used) expect(ids.has(r), r).toBe(true);
    const urls = [...xml.matchAll(/https:\/\/localhost:3000\/assets\/icon-(\d+)\.png/g)].map((m) =>
      Number(m[1]),
    );
    expect(new Set(urls)).toEqual(new Set(ICON_SIZES));
    for (const size of ICON_SIZES) {
      const png = readFileSync(join(root, 'public', 'assets', `icon-${size}.png`));
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
    expect(existsSync(join(root, 'public', 'help.html'))).toBe(true);
  });

  it('renders for a hosting origin, https only', () => {
    const prod = renderManifest('https://intranet.example.gov.cn/addins/jixiao/');
    parse(prod);
    expect(prod).toContain(
      '<SourceLocation DefaultValue="https://intranet.example.gov.cn/addins/jixiao/taskpane.html"/>',
    );
    expect(prod).toContain('<AppDomain>https://intranet.example.gov.cn</AppDomain>');
    expect(prod).not.toContain('localhost');
    expect(() => normaliseOrigin('http://intranet/x')).toThrow(/https/);
  });
});
