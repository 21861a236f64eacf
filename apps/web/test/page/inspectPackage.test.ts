import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { zipSync, strToU8 } from 'fflate';
import { inspectPackage, zipEntryNames } from '../../src/worker/inspectPackage.js';

const workbookZip = zipSync({
  '[Content_Types].xml': strToU8('<Types/>'),
  'xl/workbook.xml': strToU8('<workbook/>'),
  'xl/worksheets/sheet1.xml': strToU8('<worksheet/>'),
});

function cfb(withEncryption: boolean): Uint8Array {
  const bytes = new Uint8Array(2048);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  if (withEncryption) {
    const name = 'EncryptionInfo';
    for (let i = 0; i < name.length; i += 1) bytes[1024 + 2 * i] = name.charCodeAt(i);
  }
  return bytes;
}

describe('inspectPackage', () => {
  it('lists the entries of a zip', () => {
    expect(zipEntryNames(workbookZip)).toEqual([
      '[Content_Types].xml',
      'xl/workbook.xml',
      'xl/worksheets/sheet1.xml',
    ]);
  });

  it('recognises an .xlsx package', () => {
    expect(inspectPackage(workbookZip)).toEqual({ kind: 'xlsx' });
  });

  it('tells a truncated package from a whole one', () => {
    for (const cut of [10, workbookZip.length / 2, workbookZip.length - 5]) {
      expect(inspectPackage(workbookZip.subarray(0, Math.trunc(cut)))).toEqual({
        kind: 'corrupt-zip',
      });
    }
  });

  it('tells a zip without a workbook (a .docx) from a workbook', () => {
    const docx = zipSync({ 'word/document.xml': strToU8('<w:document/>') });
    expect(inspectPackage(docx)).toEqual({ kind: 'other-zip' });
  });

  it('recognises a password-protected workbook and a legacy .xls', () => {
    expect(inspectPackage(cfb(true))).toEqual({ kind: 'encrypted' });
    expect(inspectPackage(cfb(false))).toEqual({ kind: 'legacy-xls' });
  });

  it('refuses text and empty files', () => {
    expect(inspectPackage(strToU8('部门名称,评价年度\n广州,2022\n'))).toEqual({
      kind: 'not-workbook',
    });
    expect(inspectPackage(new Uint8Array(0))).toEqual({ kind: 'empty' });
  });

  it('never throws, whatever the bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), (bytes) => {
        expect([
          'xlsx',
          'encrypted',
          'legacy-xls',
          'other-zip',
          'corrupt-zip',
          'empty',
          'not-workbook',
        ]).toContain(inspectPackage(bytes).kind);
      }),
    );
  });

  it('calls every cut of a workbook package corrupt, and only the whole package a workbook', () => {
    fc.assert(
      fc.property(fc.integer({ min: 4, max: workbookZip.length - 1 }), (cut) => {
        expect(inspectPackage(workbookZip.subarray(0, cut)).kind).toBe('corrupt-zip');
      }),
    );
  });

  it('finds the directory behind an archive comment of any length', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (comment) => {
        // The end-of-directory record is the last 22 bytes; its last field is the comment length.
        const commented = new Uint8Array(workbookZip.length + comment.length);
        commented.set(workbookZip);
        commented.set(comment, workbookZip.length);
        commented[workbookZip.length - 2] = comment.length & 0xff;
        commented[workbookZip.length - 1] = comment.length >> 8;
        expect(inspectPackage(commented).kind).toBe('xlsx');
      }),
    );
  });
});
