import { makeStyles, tokens, Text } from '@fluentui/react-components';
import type { RollupRow } from '@jixiao/engine';
import { formatNumber, formatPercent } from '@jixiao/engine/format';

const useStyles = makeStyles({
  list: { display: 'grid', gridTemplateColumns: 'minmax(6em, max-content) 1fr max-content', gap: '6px 10px', alignItems: 'center', margin: 0 },
  track: { height: '10px', backgroundColor: tokens.colorNeutralBackground5, borderRadius: tokens.borderRadiusMedium, overflow: 'hidden' },
  fill: { height: '100%', backgroundColor: tokens.colorBrandBackground },
  figures: { fontVariantNumeric: 'tabular-nums', color: tokens.colorNeutralForeground2 },
});

/** 一级指标 roll-ups as a small bar chart: score of points, and 得分率. */
export function RollupBars({ rows, label }: { rows: readonly RollupRow[]; label: string }) {
  const styles = useStyles();
  return (
    <div className={styles.list} role="list" aria-label={label}>
      {rows.map((row) => {
        const percent = formatPercent(row.rate, { decimals: 1 });
        const width = row.rate === null ? '0%' : formatPercent(row.rate, { decimals: 1 });
        return (
          <div key={row.name} role="listitem" style={{ display: 'contents' }}>
            <Text>{row.name}</Text>
            <div className={styles.track} aria-hidden="true">
              <div className={styles.fill} style={{ width }} />
            </div>
            <Text className={styles.figures}>
              {formatNumber(row.score)} / {formatNumber(row.points)}（{percent}）
            </Text>
          </div>
        );
      })}
    </div>
  );
}
