import { describe, expect, it } from 'vitest';
import { FakeExcelHost } from '../fake/index.js';
import { listenForChanges, type UserChange } from '../change-listener.js';

function host2(): FakeExcelHost {
  const host = new FakeExcelHost();
  host.addSheet('绩效指标', [
    ['三级指标', '实际值', '得分'],
    ['a', 1, 5],
  ]);
  return host;
}

describe('listenForChanges', () => {
  it('dispose removes the handlers through the context that added them (no event afterwards)', async () => {
    const host = host2();
    const seen: UserChange[] = [];
    const sub = await listenForChanges({
      run: host.run,
      runIn: host.runIn,
      sheets: ['绩效指标'],
      onChange: (c) => seen.push(c),
    });
    host.typeAsUser('绩效指标!B2', 2);
    await host.settled();
    expect(seen).toEqual([{ sheet: '绩效指标', address: 'B2' }]);
    await sub.dispose();
    host.typeAsUser('绩效指标!B2', 3);
    await host.settled();
    expect(seen).toHaveLength(1);
  });

  it('a re-subscription after dispose never delivers an edit twice', async () => {
    const host = host2();
    const seen: UserChange[] = [];
    const opts = {
      run: host.run,
      runIn: host.runIn,
      sheets: ['绩效指标'],
      onChange: (c: UserChange) => seen.push(c),
    };
    const first = await listenForChanges(opts);
    await first.dispose();
    await listenForChanges(opts);
    host.typeAsUser('绩效指标!B2', 2);
    await host.settled();
    expect(seen).toHaveLength(1);
  });

  it('keys the subscription by sheet id: a sheet re-created under the same name changes the key', async () => {
    const host = host2();
    const opts = { run: host.run, runIn: host.runIn, sheets: ['绩效指标'], onChange: () => {} };
    const a = await listenForChanges(opts);
    host.deleteSheet('绩效指标');
    host.addSheet('绩效指标', [['三级指标']]);
    const b = await listenForChanges(opts);
    expect(a.sheets[0]!.name).toBe(b.sheets[0]!.name);
    expect(a.key).not.toBe(b.key);
  });

  it('reports an edit of output cells only apart (an undo of the add-in write is not rewritten)', async () => {
    const host = host2();
    const changes: UserChange[] = [];
    const outputs: UserChange[] = [];
    await listenForChanges({
      run: host.run,
      sheets: ['绩效指标'],
      onChange: (c) => changes.push(c),
      isOutputOnly: (_sheet, address) => address === 'C2',
      onOutputEdit: (c) => outputs.push(c),
    });
    host.typeAsUser('绩效指标!C2', 4);
    host.typeAsUser('绩效指标!B2', 4);
    await host.settled();
    expect(outputs).toEqual([{ sheet: '绩效指标', address: 'C2' }]);
    expect(changes).toEqual([{ sheet: '绩效指标', address: 'B2' }]);
  });

  it('re-checks on onCalculated and on selection changes where asked (events that fire no onChanged)', async () => {
    const host = host2();
    const rechecks: string[] = [];
    const changes: UserChange[] = [];
    await listenForChanges({
      run: host.run,
      sheets: ['绩效指标'],
      onChange: (c) => changes.push(c),
      onRecheck: (reason) => rechecks.push(reason),
      fallbacks: { calculated: true, selection: true },
    });
    host.pickFromDropDownOnWeb('绩效指标!B2', 9, 'B3');
    host.recalculateAsExcel('绩效指标!B2', 10);
    await host.settled();
    expect(changes).toEqual([]);
    expect(rechecks).toEqual(['selection', 'calculated']);
  });
});
