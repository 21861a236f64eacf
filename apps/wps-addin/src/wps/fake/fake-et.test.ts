/** The fake WPS 表格 shows each quirk its header lists (numbered as there). */
import { describe, expect, it } from 'vitest';
import { FakeComError, FakeEtApplication, FakeEtFreeze } from './index.js';

function app(options = {}): FakeEtApplication {
  const a = new FakeEtApplication(options);
  a.workbook.addSheet('表', [
    ['名称', '金额', '比率'],
    ['甲', 10, { error: '#DIV/0!' }],
    ['乙', 20.5, true],
  ]);
  return a;
}

const sheet = (a: FakeEtApplication) => a.ActiveWorkbook.Sheets.Item('表');

describe('fake WPS 表格 quirks', () => {
  it('1: every property read and method call is one counted cross-process call', () => {
    const a = app();
    const before = a.calls;
    const ws = sheet(a); // ActiveWorkbook, Sheets, Item
    const r = ws.Range('A1:C3'); // Range
    void r.Value2; // Value2
    expect(a.calls - before).toBe(5);
    expect(a.simulatedMs).toBeCloseTo(a.calls * 0.2);
    // Cell by cell is what makes a naive adapter slow: 9 cells, 9 more calls.
    for (let i = 1; i <= 3; i++) for (const c of 'ABC') void ws.Range(`${c}${i}`).Value2;
    expect(a.calls - before).toBe(5 + 18);
  });

  it('2: Value2 is a scalar for one cell, 1-D for one row, 2-D otherwise; empty is undefined', () => {
    const ws = sheet(app());
    expect(ws.Range('B2').Value2).toBe(10);
    expect(ws.Range('A1:C1').Value2).toEqual(['名称', '金额', '比率']);
    expect(ws.Range('A2:A3').Value2).toEqual([['甲'], ['乙']]);
    expect(ws.Range('A2:B3').Value2).toEqual([
      ['甲', 10],
      ['乙', 20.5],
    ]);
    expect(ws.Range('D9').Value2).toBeUndefined();
    expect(ws.Range('B2').Formula).toBe('10');
  });

  it('3: a formula error comes back as its COM error number; Text shows the literal', () => {
    const ws = sheet(app());
    expect(ws.Range('C2').Value2).toBe(-2146826281);
    expect(ws.Range('C2').Text).toBe('#DIV/0!');
  });

  it('4: Address() is a method and prints absolute references', () => {
    const ws = sheet(app());
    expect(typeof ws.Range('A1').Address).toBe('function');
    expect(ws.Range('b2:c3').Address()).toBe('$B$2:$C$3');
    expect(ws.Range('A1').Address()).toBe('$A$1');
  });

  it('5: writes apply at once, with no rollback: a failing write leaves earlier ones in place', () => {
    const a = app();
    const ws = sheet(a);
    a.workbook.sheet('表').protect('C3');
    ws.Range('B2').Value2 = 11;
    expect(() => {
      ws.Range('C3').Value2 = 1;
    }).toThrow(FakeComError);
    expect(a.workbook.sheet('表').cell('B2')?.value).toBe(11);
    expect(a.workbook.sheet('表').cell('C3')?.value).toBe(true);
  });

  it('6: one call touching more cells than WPS can take freezes it', () => {
    const a = app({ maxCellsPerCall: 100 });
    const ws = sheet(a);
    expect(() => ws.Range('A1:J11').Value2).toThrow(FakeEtFreeze);
    expect(() => ws.Range('A1:J10').Value2).not.toThrow();
    expect(a.maxCellsInOneCall).toBe(110);
  });

  it('7: NumberFormat is null when the cells differ, and assigning an array is a type mismatch', () => {
    const ws = sheet(app());
    ws.Range('B2').NumberFormat = '0.00';
    expect(ws.Range('B2:B3').NumberFormat).toBeNull();
    expect(ws.Range('B3').NumberFormat).toBe('General');
    ws.Range('B3').NumberFormat = '0.00';
    expect(ws.Range('B2:B3').NumberFormat).toBe('0.00');
    expect(() => {
      ws.Range('B2:B3').NumberFormat = [['0'], ['0']];
    }).toThrow(FakeComError);
  });

  it('8: UsedRange starts at the first used cell, counts formatted cells, and is A1 on an empty sheet', () => {
    const a = new FakeEtApplication();
    const ws = a.workbook.addSheet('空');
    const empty = a.ActiveWorkbook.Sheets.Item('空').UsedRange;
    expect(empty.Address()).toBe('$A$1');
    expect(empty.Value2).toBeUndefined();
    ws.put(3, 2, { value: 1 });
    ws.put(5, 4, { format: '0.00' });
    expect(a.ActiveWorkbook.Sheets.Item('空').UsedRange.Address()).toBe('$C$4:$E$6');
  });

  it('9: text assigned through Value2 is reinterpreted unless the cell is formatted as text', () => {
    const a = app();
    const ws = sheet(a);
    ws.Range('D1:F1').Value2 = [['=100%', '95', '≥95%']];
    const s = a.workbook.sheet('表');
    expect(s.cell('D1')).toMatchObject({ formula: '=100%', value: { error: '#NAME?' } });
    expect(s.cell('E1')?.value).toBe(95);
    expect(s.cell('F1')?.value).toBe('≥95%');
    ws.Range('D2:E2').NumberFormat = '@';
    ws.Range('D2:E2').Value2 = [['=100%', '95']];
    expect(s.cell('D2')?.value).toBe('=100%');
    expect(s.cell('E2')?.value).toBe('95');
  });

  it('10: SheetChange fires for the add-in’s own writes too, after the call (async) or during it (sync)', async () => {
    for (const events of ['async', 'sync'] as const) {
      const a = app({ events });
      const seen: string[] = [];
      a.ApiEvent.AddApiEventListener('SheetChange', (s, t) =>
        seen.push(`${s.Name}!${t.Address()}`),
      );
      sheet(a).Range('B2:B3').Value2 = [[1], [2]];
      expect(seen).toEqual(events === 'sync' ? ['表!$B$2:$B$3'] : []);
      await a.settled();
      expect(seen).toEqual(['表!$B$2:$B$3']);
      a.userEdit('表', 'A3', '丙');
      await a.settled();
      expect(seen).toEqual(['表!$B$2:$B$3', '表!$A$3']);
    }
  });

  it('11: Sheets.Item of a missing name throws; names match without case and must be valid', () => {
    const a = app();
    a.workbook.addSheet('Budget');
    const sheets = a.ActiveWorkbook.Sheets;
    expect(() => sheets.Item('没有')).toThrow(FakeComError);
    expect(sheets.Item('budget').Name).toBe('Budget');
    const added = sheets.Add(null, sheets.Item(sheets.Count));
    expect(() => {
      added.Name = '报告:2022';
    }).toThrow(FakeComError);
    expect(() => {
      added.Name = 'BUDGET';
    }).toThrow(FakeComError);
    added.Name = '报告';
    expect(sheets.Item(sheets.Count).Name).toBe('报告');
  });

  it('a Value2 array whose size does not match the range is refused', () => {
    const ws = sheet(app());
    expect(() => {
      ws.Range('A1:B2').Value2 = [[1, 2]];
    }).toThrow(FakeComError);
  });
});
