/**
 * `npm run wps:build` has the layout the wpsjs tool documents (online `wps-addon-build/`, offline
 * `jsaddons/<name>_<version>/` + `jsplugins.xml`, `wps-addon-publish/publish.xml`), its scripts
 * parse at the WPS browser's language level, and the ribbon's callbacks are synchronous globals.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { runInNewContext } from 'node:vm';
import { parse, type Node } from 'acorn';
import { buildWps, APP_ROOT, type WpsBuildResult } from '../scripts/wps-build.js';
import { FakeEtApplication } from '../src/wps/fake/index.js';
import { COMMAND_KEY } from '../src/pane/command.js';
import { PANE_WIDTH } from '../src/pane/pane-width.js';

let built: WpsBuildResult;

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)).replace(/\\/g, '/'))
    .sort();
}

describe('wps:build', () => {
  beforeAll(async () => {
    built = await buildWps({
      outDir: join(APP_ROOT, 'test-artifacts', 'wps-build'),
      origin: 'https://oa.example.gov.cn/jixiao',
    });
  }, 240_000);

  it('writes the wpsjs layout: online folder, offline versioned folder + jsplugins.xml, publish.xml', () => {
    expect(files(built.online)).toEqual([
      'images/icon-32.png',
      'images/icon-64.png',
      'index.html',
      'ribbon.js',
      'ribbon.xml',
      'taskpane.html',
      'taskpane.js',
    ]);
    expect(built.offline).toBe(join(built.outDir, 'jsaddons', `jixiao_${built.version}`));
    expect(files(built.offline)).toEqual(files(built.online));
    for (const f of files(built.online))
      expect(readFileSync(join(built.offline, f)).equals(readFileSync(join(built.online, f)))).toBe(
        true,
      );
    const publish = readFileSync(join(built.outDir, 'wps-addon-publish', 'publish.xml'), 'utf8');
    expect(publish).toContain(
      '<jspluginonline name="jixiao" type="et" url="https://oa.example.gov.cn/jixiao/" enable="true"/>',
    );
    const plugins = readFileSync(join(built.outDir, 'jsaddons', 'jsplugins.xml'), 'utf8');
    expect(plugins).toContain(`name="jixiao" type="et"`);
    expect(plugins).toContain(`version="${built.version}"`);
  });

  it('index.html and taskpane.html load classic scripts with relative links that exist', () => {
    for (const page of ['index.html', 'taskpane.html']) {
      const html = readFileSync(join(built.online, page), 'utf8');
      const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]!);
      expect(scripts.length).toBe(1);
      expect(scripts[0]).not.toMatch(/type="module"/);
      const src = /src="\.\/([^"]+)"/.exec(scripts[0]!)![1]!;
      expect(existsSync(join(built.online, src))).toBe(true);
      expect(html).not.toMatch(/https?:\/\//);
    }
  });

  it('every script parses at the WPS browser level (no ?. or ??, no ES2021+ syntax)', () => {
    for (const file of files(built.online).filter((f) => f.endsWith('.js'))) {
      const source = readFileSync(join(built.online, file), 'utf8');
      // ecmaVersion 2020 admits BigInt literals (Chrome 67) and rejects ES2021+ syntax.
      const ast = parse(source, { ecmaVersion: 2020, sourceType: 'script' });
      const newer: string[] = [];
      const walk = (node: unknown): void => {
        if (!node || typeof (node as Node).type !== 'string') return;
        const n = node as Node & { operator?: string };
        if (n.type === 'ChainExpression') newer.push('?.');
        if (n.type === 'LogicalExpression' && n.operator === '??') newer.push('??');
        for (const value of Object.values(n)) {
          if (Array.isArray(value)) value.forEach(walk);
          else if (value && typeof value === 'object') walk(value);
        }
      };
      walk(ast);
      expect({ file, newer }).toEqual({ file, newer: [] });
    }
  });

  it('ribbon.xml names only callbacks that ribbon.js defines as synchronous globals', () => {
    const xml = readFileSync(join(built.online, 'ribbon.xml'), 'utf8');
    const callbacks = new Set(
      [
        ...xml.matchAll(/\b(?:onLoad|onAction|getImage|getEnabled|getLabel|getVisible)="([^"]+)"/g),
      ].map((m) => m[1]!),
    );
    expect([...callbacks].sort()).toEqual(['GetImage', 'OnAction', 'OnAddinLoad', 'OnGetEnabled']);
    const buttons = [...xml.matchAll(/<button id="([^"]+)"/g)].map((m) => m[1]!);
    expect(buttons).toEqual([
      'jixiaoPane',
      'jixiaoRecalc',
      'jixiaoTemplate',
      'jixiaoReport',
      'jixiaoExport',
    ]);

    const app = new FakeEtApplication();
    const window: Record<string, unknown> = { Application: app };
    const sandbox = {
      window,
      location: {
        href: 'file:///C:/Users/u/AppData/Roaming/kingsoft/wps/jsaddons/jixiao_0.1.0/index.html',
      },
    };
    runInNewContext(readFileSync(join(built.online, 'ribbon.js'), 'utf8'), sandbox);
    for (const name of callbacks) expect(typeof window[name]).toBe('function');
    const call = (name: string, ...args: unknown[]) => {
      const result = (window[name] as (...a: unknown[]) => unknown)(...args);
      // A Promise (an async callback) breaks WPS's ribbon: every answer is a plain value.
      expect(typeof (result as { then?: unknown } | null)?.then).toBe('undefined');
      return result;
    };
    expect(call('OnAddinLoad', {})).toBe(true);
    expect(call('OnGetEnabled', { Id: 'jixiaoReport' })).toBe(true);
    for (const id of buttons) {
      const image = call('GetImage', { Id: id }) as string;
      expect(existsSync(join(built.online, image))).toBe(true);
    }
    expect(call('OnAction', { Id: 'jixiaoReport' })).toBe(true);
    expect(app.storage.get(COMMAND_KEY)).toBe('report');
    expect(app.taskPanes).toHaveLength(1);
    expect(app.taskPanes[0]).toMatchObject({
      Visible: true,
      Width: PANE_WIDTH,
      url: 'file:///C:/Users/u/AppData/Roaming/kingsoft/wps/jsaddons/jixiao_0.1.0/taskpane.html',
    });
    // The next button reuses the same pane.
    call('OnAction', { Id: 'jixiaoExport' });
    expect(app.taskPanes).toHaveLength(1);
    expect(app.storage.get(COMMAND_KEY)).toBe('export');
  });
});
