import { describe, expect, it } from 'vitest';
import { canDownload } from '../pane-controller.js';
import { FakeOfficeError } from '../../office/fake/index.js';
import { describeError, PANE_STRINGS, paneLang } from '@jixiao/ui';

describe('describeError', () => {
  it('explains Office errors in plain Chinese with a next step, keeping the code for support', () => {
    const e = describeError(new FakeOfficeError('InvalidOperationInCellEditMode', 'raw'), 'zh-CN');
    expect(e.message).toContain('单元格编辑');
    expect(e.next).toContain('Enter');
    expect(e.code).toBe('InvalidOperationInCellEditMode');
    expect(describeError(new FakeOfficeError('AccessDenied', 'x'), 'en-US').next).toMatch(
      /Unprotect/,
    );
  });

  it('never shows a raw message or stack for unknown errors', () => {
    const e = describeError(
      new TypeError('Cannot read properties of undefined (reading "x")'),
      'zh-CN',
    );
    expect(JSON.stringify(e)).not.toContain('undefined');
    expect(e.message).toContain('没有被改动');
    expect(e.code).toBeNull();
  });
});

describe('pane strings and hosts', () => {
  it('picks zh-CN for Chinese Office and en-US otherwise', () => {
    expect(paneLang('zh-TW')).toBe('zh-CN');
    expect(paneLang('en-GB')).toBe('en-US');
    expect(paneLang(undefined)).toBe('zh-CN');
    expect(PANE_STRINGS['en-US'].month(12)).toBe('Dec');
    expect(PANE_STRINGS['zh-CN'].month(12)).toBe('12月');
  });

  it('knows where a task pane cannot download', () => {
    expect(canDownload('Mac')).toBe(false);
    expect(canDownload('PC')).toBe(true);
    expect(canDownload('OfficeOnline')).toBe(true);
  });
});
