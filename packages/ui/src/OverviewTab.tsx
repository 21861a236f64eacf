import { Badge, makeStyles, Subtitle2, Text, tokens } from '@fluentui/react-components';
import type { Evaluation, Grade } from '@jixiao/engine';
import { formatMoney, formatNumber, formatPercent } from '@jixiao/engine/format';
import type { PaneForm } from './pane-controller.js';
import type { PaneStrings } from './strings.js';
import { Level1Bars, ProgressChart } from './charts.js';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '16px' },
  head: { display: 'flex', gap: '20px', alignItems: 'flex-end', flexWrap: 'wrap' },
  scoreBox: { display: 'flex', flexDirection: 'column' },
  score: {
    fontSize: '36px',
    lineHeight: '44px',
    fontWeight: tokens.fontWeightSemibold,
    fontVariantNumeric: 'tabular-nums',
  },
  muted: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  section: { display: 'flex', flexDirection: 'column', gap: '6px' },
  rates: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) auto',
    gap: '2px 12px',
    margin: 0,
  },
  rateValue: {
    margin: 0,
    fontVariantNumeric: 'tabular-nums',
    fontWeight: tokens.fontWeightSemibold,
    textAlign: 'right',
  },
  dt: { margin: 0 },
  deductions: {
    margin: 0,
    paddingLeft: '18px',
    display: 'flex',
    flexDirection: 'column',
    gap: '4px',
  },
});

export const GRADE_COLORS: Record<Grade, 'success' | 'brand' | 'warning' | 'danger'> = {
  优: 'success',
  良: 'brand',
  中: 'warning',
  差: 'danger',
};

/**
 * A total and its grade, large: the grade only when the total is final (`grade` null: 暂不评定, so
 * a provisional total never carries one).
 */
function ScoreHead({
  label,
  score,
  points,
  grade,
  t,
  testIds,
}: {
  label: string;
  score: string | null;
  points: string | null;
  grade: Grade | null;
  t: PaneStrings;
  testIds: readonly [score: string, grade: string];
}) {
  const styles = useStyles();
  return (
    <div className={styles.head}>
      <div className={styles.scoreBox}>
        <Text className={styles.muted}>{label}</Text>
        <span className={styles.score} data-testid={testIds[0]}>
          {score === null ? '—' : formatNumber(score)}
        </span>
        {points === null ? null : (
          <Text className={styles.muted}>{t.ofPoints(formatNumber(points, { decimals: 0 }))}</Text>
        )}
      </div>
      <div className={styles.scoreBox}>
        <Text className={styles.muted}>{t.grade}</Text>
        <Badge
          size="extra-large"
          shape="rounded"
          color={grade ? GRADE_COLORS[grade] : 'informative'}
          data-testid={testIds[1]}
        >
          {grade ?? t.gradeWithheld}
        </Badge>
      </div>
    </div>
  );
}

/** 概览: score and grade, the three payment rates, 一级指标 bars, monthly progress, deductions. */
export function OverviewTab({
  evaluation: e,
  t,
  errors = 0,
}: {
  evaluation: Evaluation;
  t: PaneStrings;
  /** Errors among the reading's issues: any error makes the score provisional (暂定), no grade. */
  errors?: number;
}) {
  const styles = useStyles();
  // a wrong number shown as final is the worst defect: with an error, no grade and 暂定得分
  const final = e.total.complete && errors === 0;
  const unit = e.info.unit;
  const progress = e.budget.progress;
  return (
    <div className={styles.root}>
      <ScoreHead
        label={final ? t.score : t.provisionalScore}
        score={e.total.score}
        points={e.total.points}
        grade={final ? e.total.grade : null}
        t={t}
        testIds={['score', 'grade']}
      />
      {final ? null : (
        <Text className={styles.muted} data-testid="provisional">
          {t.provisionalNote(Math.max(errors, 1))}
        </Text>
      )}
      <section className={styles.section} aria-labelledby="rates-h">
        <Subtitle2 id="rates-h" as="h2">
          {t.rates}
        </Subtitle2>
        <dl className={styles.rates}>
          <dt className={styles.dt}>{t.rateOverall}</dt>
          <dd className={styles.rateValue} data-testid="rate-overall">
            {formatPercent(e.budget.rates.overall)}
          </dd>
          <dt className={styles.dt}>{t.rateBasic}</dt>
          <dd className={styles.rateValue} data-testid="rate-basic">
            {formatPercent(e.budget.rates.basic)}
          </dd>
          <dt className={styles.dt}>{t.rateProject}</dt>
          <dd className={styles.rateValue} data-testid="rate-project">
            {formatPercent(e.budget.rates.project)}
          </dd>
        </dl>
        <Text className={styles.muted}>
          {t.totals(formatMoney(e.budget.totals.budget), formatMoney(e.budget.totals.spent), unit)}
        </Text>
      </section>
      <section className={styles.section} aria-labelledby="level1-h">
        <Subtitle2 id="level1-h" as="h2">
          {t.level1}
        </Subtitle2>
        <Level1Bars rows={e.rollups.level1} t={t} />
      </section>
      <section className={styles.section} aria-labelledby="progress-h">
        <Subtitle2 id="progress-h" as="h2">
          {t.progress}
        </Subtitle2>
        {progress && progress.months.length > 0 ? (
          <ProgressChart months={progress.months} t={t} />
        ) : (
          <Text className={styles.muted}>{t.noProgress}</Text>
        )}
      </section>
      <section className={styles.section} aria-labelledby="ded-h">
        <Subtitle2 id="ded-h" as="h2">
          {t.deductions}
        </Subtitle2>
        {e.deductions.length === 0 ? (
          <Text>{t.noDeductions}</Text>
        ) : (
          <ul className={styles.deductions} data-testid="deductions">
            {e.deductions.map((d) => (
              <li key={d.index}>
                {d.name}：{t.deducted(formatNumber(d.deducted))}
                {d.reason ? `（${d.reason}）` : ''}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

/**
 * 概览 of a workbook of official forms: per form its name, project or unit, 执行率, 总分 and grade;
 * a form with an error shows 暂定得分 and no grade.
 */
export function FormsOverview({ forms, t }: { forms: readonly PaneForm[]; t: PaneStrings }) {
  const styles = useStyles();
  return (
    <div className={styles.root} data-testid="forms">
      <Text className={styles.muted}>{t.formsTitle(forms.length)}</Text>
      {forms.map((f) => {
        const who = f.identity.project ?? f.identity.unit ?? f.identity.department;
        return (
          <section key={f.sheet} className={styles.section} aria-label={f.sheet} data-testid="form">
            <Subtitle2 as="h2">
              {f.layout.name}（{f.sheet}）
            </Subtitle2>
            {who ? <Text>{who}</Text> : null}
            <ScoreHead
              label={f.complete ? t.formTotal : t.provisionalScore}
              score={f.total?.score ?? null}
              points={f.total?.points ?? null}
              grade={f.complete ? f.grade : null}
              t={t}
              testIds={['form-total', 'form-grade']}
            />
            <dl className={styles.rates}>
              <dt className={styles.dt}>{t.formRate}</dt>
              <dd className={styles.rateValue} data-testid="form-rate">
                {formatPercent(f.executionRate)}
              </dd>
            </dl>
            {f.complete ? null : (
              <Text className={styles.muted} data-testid="form-provisional">
                {f.unscored > 0 ? t.formUnscored(f.unscored) : t.formProvisional}
              </Text>
            )}
          </section>
        );
      })}
    </div>
  );
}
