import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { fixture } from '../test/helpers.js';
import { XlsxError } from './errors.js';
import { applyPlan, readXlsx } from './workbook.js';

function codeOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof XlsxError) return e.code;
    throw e;
  }
  return 'no error';
}

describe('files that are not readable workbooks get a typed error with a Chinese message', () => {
  const good = fixture('user-workbook-with-extras.xlsx');

  it('text, empty files and other formats are not zip', () => {
    expect(codeOf(() => readXlsx(strToU8('项目名称,全年预算数\n甲,1\n')))).toBe('not-zip');
    expect(codeOf(() => readXlsx(new Uint8Array(0)))).toBe('not-zip');
    expect(codeOf(() => readXlsx(strToU8('%PDF-1.7')))).toBe('not-zip');
  });

  it('a password-encrypted workbook (OLE compound file with EncryptedPackage) is reported as encrypted', () => {
    const cfb = new Uint8Array(2048);
    cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const name = 'EncryptedPackage';
    for (let i = 0; i < name.length; i++) cfb[1024 + i * 2] = name.charCodeAt(i);
    let err: unknown;
    try {
      readXlsx(cfb);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(XlsxError);
    expect((err as XlsxError).code).toBe('encrypted');
    expect((err as XlsxError).message).toContain('密码');
    expect((err as XlsxError).localized('en-US')).toContain('password');
    // a legacy .xls (CFB without the encryption streams) is not an .xlsx
    const xls = new Uint8Array(2048);
    xls.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(codeOf(() => readXlsx(xls))).toBe('not-zip');
  });

  it('a truncated file is reported as truncated, wherever it was cut', () => {
    for (const keep of [0.3, 0.6, 0.95, 0.999]) {
      expect(codeOf(() => readXlsx(good.subarray(0, Math.floor(good.length * keep))))).toBe(
        'truncated',
      );
    }
    // damaged compressed data inside an intact container
    const damaged = new Uint8Array(good);
    for (let i = 200; i < 260; i++) damaged[i] = 0xff;
    expect(codeOf(() => readXlsx(damaged))).toBe('truncated');
  });

  it('a zip that is not a workbook, and one missing its workbook relationships', () => {
    expect(codeOf(() => readXlsx(zipSync({ 'hello.txt': strToU8('hi') })))).toBe('not-xlsx');
    const noRels = zipSync({
      '[Content_Types].xml': strToU8('<Types/>'),
      'xl/workbook.xml': strToU8('<workbook><sheets/></workbook>'),
    });
    expect(codeOf(() => readXlsx(noRels))).toBe('missing-part');
  });

  it('limits on uncompressed size reject huge packages before inflating them', () => {
    expect(codeOf(() => readXlsx(good, undefined, { limits: { maxPartBytes: 1000 } }))).toBe(
      'too-large',
    );
    expect(
      codeOf(() =>
        applyPlan(good, { cells: [], replaceSheets: [] }, { limits: { maxTotalBytes: 20_000 } }),
      ),
    ).toBe('too-large');
    const bomb = zipSync({ '[Content_Types].xml': new Uint8Array(12_000_000) }, { level: 9 });
    expect(bomb.length).toBeLessThan(200_000);
    expect(codeOf(() => readXlsx(bomb, undefined, { limits: { maxTotalBytes: 10_000_000 } }))).toBe(
      'too-large',
    );
  });
});
