import { makeStyles, tokens } from '@fluentui/react-components';
import type { MonthProgress, RollupRow } from '@jixiao/engine';
import { formatNumber, formatPercent } from '@jixiao/engine/format';
import type { PaneStrings } from './strings.js';

const useStyles = makeStyles({
  bars: {
    display: 'flex',
    flexDirection: 'column',
    gap: '6px',
    margin: 0,
    padding: 0,
    listStyle: 'none',
  },
  barRow: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) auto',
    gap: '2px 8px',
    alignItems: 'baseline',
  },
  barName: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  barFigures: {
    fontVariantNumeric: 'tabular-nums',
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
  track: {
    gridColumn: '1 / span 2',
    height: '8px',
    backgroundColor: tokens.colorNeutralBackground5,
    borderRadius: tokens.borderRadiusMedium,
    overflow: 'hidden',
  },
  fill: { height: '100%', backgroundColor: tokens.colorBrandBackground },
  fillLost: { height: '100%', backgroundColor: tokens.colorPaletteMarigoldBorderActive },
  svg: { width: '100%', maxWidth: '420px', height: 'auto', display: 'block' },
  legend: {
    display: 'flex',
    gap: '12px',
    flexWrap: 'wrap',
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  swatch: {
    display: 'inline-block',
    width: '14px',
    height: '3px',
    verticalAlign: 'middle',
    marginRight: '4px',
  },
});

/** 一级指标 roll-ups: score of points as horizontal bars (CSS), figures beside each name. */
export function Level1Bars({ rows, t }: { rows: readonly RollupRow[]; t: PaneStrings }) {
  const styles = useStyles();
  return (
    <ul className={styles.bars} aria-label={t.chartLabel} data-testid="level1-chart">
      {rows.map((row) => {
        const width = row.rate === null ? '0%' : formatPercent(row.rate, { decimals: 1 });
        const full = row.score === row.points || (row.rate !== null && Number(row.rate) >= 1);
        return (
          <li key={row.name} className={styles.barRow}>
            <span className={styles.barName}>{row.name}</span>
            <span className={styles.barFigures}>
              {formatNumber(row.score)} / {formatNumber(row.points)}
            </span>
            <div className={styles.track} aria-hidden="true">
              <div className={full ? styles.fill : styles.fillLost} style={{ width }} />
            </div>
          </li>
        );
      })}
    </ul>
  );
}

/** Cumulative payment progress against 序时进度 (k/12), as a small SVG line chart. */
export function ProgressChart({ months, t }: { months: readonly MonthProgress[]; t: PaneStrings }) {
  const styles = useStyles();
  const w = 280;
  const h = 130;
  const left = 30;
  const bottom = 18;
  const top = 6;
  const maxY = Math.max(1, ...months.map((m) => (m.progress === null ? 0 : Number(m.progress))));
  const right = 14;
  const x = (month: number) => left + ((month - 1) / 11) * (w - left - right);
  const y = (share: number) => top + (1 - share / maxY) * (h - top - bottom);
  const actual = months
    .filter((m) => m.progress !== null)
    .map((m) => `${x(m.month).toFixed(1)},${y(Number(m.progress)).toFixed(1)}`);
  const schedule = months.map(
    (m) => `${x(m.month).toFixed(1)},${y(Number(m.schedule)).toFixed(1)}`,
  );
  // Behind schedule as printed: a gap that rounds to 0.0 points is not behind.
  const behind = months.filter(
    (m) =>
      m.gapPoints !== null &&
      formatNumber(m.gapPoints, { decimals: 1 }).startsWith('-') &&
      formatNumber(m.gapPoints, { decimals: 1 }) !== '-0.0',
  );
  return (
    <figure style={{ margin: 0 }} data-testid="progress-chart">
      <svg
        className={styles.svg}
        viewBox={`0 0 ${w} ${h}`}
        role="img"
        aria-label={t.progressChartLabel}
      >
        {[0, 0.5, 1].map((g) => (
          <g key={g}>
            <line
              x1={left}
              x2={w - right}
              y1={y(g * maxY)}
              y2={y(g * maxY)}
              stroke={tokens.colorNeutralStroke2}
              strokeWidth="1"
            />
            <text
              x={left - 4}
              y={y(g * maxY) + 3}
              fontSize="9"
              textAnchor="end"
              fill={tokens.colorNeutralForeground3}
            >
              {`${Math.round(g * maxY * 100)}%`}
            </text>
          </g>
        ))}
        {[1, 3, 6, 9, 12].map((m) => (
          <text
            key={m}
            x={x(m)}
            y={h - 5}
            fontSize="9"
            textAnchor="middle"
            fill={tokens.colorNeutralForeground3}
          >
            {t.month(m)}
          </text>
        ))}
        <polyline
          points={schedule.join(' ')}
          fill="none"
          stroke={tokens.colorNeutralForeground3}
          strokeDasharray="4 3"
          strokeWidth="1.5"
        />
        <polyline
          points={actual.join(' ')}
          fill="none"
          stroke={tokens.colorBrandForeground1}
          strokeWidth="2"
        />
        {months.map((m) =>
          m.progress === null ? null : (
            <circle
              key={m.month}
              cx={x(m.month)}
              cy={y(Number(m.progress))}
              r="2.5"
              fill={
                behind.includes(m)
                  ? tokens.colorPaletteRedForeground1
                  : tokens.colorBrandForeground1
              }
            />
          ),
        )}
      </svg>
      <figcaption className={styles.legend}>
        <span>
          <span
            className={styles.swatch}
            style={{ backgroundColor: tokens.colorBrandForeground1 }}
          />
          {t.progressActual}
        </span>
        <span>
          <span
            className={styles.swatch}
            style={{ backgroundColor: tokens.colorNeutralForeground3 }}
          />
          {t.progressSchedule}
        </span>
      </figcaption>
      <p style={{ margin: '4px 0 0' }}>
        {behind.length === 0
          ? t.progressOnTrack
          : t.progressBehind(
              behind
                .map((m) => t.monthGap(m.month, formatNumber(m.gapPoints, { decimals: 1 })))
                .join(t.listSeparator),
            )}
      </p>
    </figure>
  );
}
