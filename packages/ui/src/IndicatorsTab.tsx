import { Badge, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import type { Evaluation } from '@jixiao/engine';
import { formatNumber } from '@jixiao/engine/format';
import { useClickableListStyles } from './clickable-list-styles.js';
import type { PaneStrings } from './strings.js';

const useStyles = makeStyles({
  lost: {
    backgroundColor: tokens.colorPaletteYellowBackground1,
    borderLeft: `4px solid ${tokens.colorPaletteMarigoldBorderActive}`,
    ':hover': { backgroundColor: tokens.colorPaletteYellowBackground2 },
  },
  top: { display: 'flex', gap: '6px', alignItems: 'baseline', justifyContent: 'space-between' },
  name: { fontWeight: tokens.fontWeightSemibold, minWidth: 0, overflowWrap: 'anywhere' },
  figures: { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  meta: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  why: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  missing: { fontSize: tokens.fontSizeBase200, color: tokens.colorPaletteRedForeground1 },
});

export interface IndicatorsTabProps {
  evaluation: Evaluation;
  explanations: readonly string[];
  t: PaneStrings;
  onSelect: (index: number) => void;
}

/** 指标: every indicator with its score; deductions highlighted with reason and explanation. */
export function IndicatorsTab({ evaluation, explanations, t, onSelect }: IndicatorsTabProps) {
  const styles = useStyles();
  const list = useClickableListStyles();
  return (
    <div>
      <Text className={list.hint}>{t.indicatorsHint}</Text>
      <ul className={list.list} data-testid="indicators">
        {evaluation.indicators.map((ind, i) => {
          const lost = Number(ind.deducted) > 0;
          return (
            <li key={`${ind.index}-${ind.name}`}>
              <button
                type="button"
                className={mergeClasses(list.item, lost && styles.lost)}
                onClick={() => onSelect(i)}
              >
                <span className={styles.top}>
                  <span className={styles.name}>
                    {ind.name}{' '}
                    {ind.key ? (
                      <Badge size="small" appearance="tint" color="brand">
                        {t.key}
                      </Badge>
                    ) : null}
                  </span>
                  <span className={styles.figures}>
                    {t.pointsScore(formatNumber(ind.score), formatNumber(ind.points))}
                  </span>
                </span>
                <span className={styles.meta}>
                  {ind.level1}
                  {ind.level2 ? ` · ${ind.level2}` : ''}
                  {lost ? ` · ${t.deducted(formatNumber(ind.deducted))}` : ''}
                </span>
                {lost ? (
                  <>
                    <span className={styles.why}>{explanations[i] ?? ''}</span>
                    {ind.reason ? (
                      <span className={styles.why}>
                        {t.reason}：{ind.reason}
                      </span>
                    ) : (
                      <span className={styles.missing}>{t.noReason}</span>
                    )}
                  </>
                ) : null}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
