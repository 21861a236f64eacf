import { Badge, makeStyles, Text, tokens } from '@fluentui/react-components';
import { renderIssue, type CellIssue } from '@jixiao/workbook';
import { useClickableListStyles } from './clickable-list-styles.js';
import type { PaneLang, PaneStrings } from './strings.js';

const useStyles = makeStyles({
  top: { display: 'flex', gap: '8px', alignItems: 'center' },
  cell: {
    fontFamily: tokens.fontFamilyMonospace,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
});

const COLORS = { error: 'danger', warning: 'warning', info: 'informative' } as const;

/** 问题: data problems with their cells; a click selects the cell. */
export function IssuesTab({
  issues,
  t,
  lang,
  onSelect,
}: {
  issues: readonly CellIssue[];
  t: PaneStrings;
  lang: PaneLang;
  onSelect: (cell: string) => void;
}) {
  const styles = useStyles();
  const list = useClickableListStyles();
  if (issues.length === 0) return <Text>{t.noIssues}</Text>;
  return (
    <div>
      <Text className={list.hint}>{t.issuesHint}</Text>
      <ul className={list.list} data-testid="issues">
        {issues.map((issue, i) => (
          <li key={`${issue.code}-${issue.cell ?? ''}-${i}`}>
            <button
              type="button"
              className={list.item}
              disabled={issue.cell === null}
              onClick={() => issue.cell !== null && onSelect(issue.cell)}
            >
              <span className={styles.top}>
                <Badge appearance="tint" color={COLORS[issue.severity]}>
                  {t.severity[issue.severity]}
                </Badge>
                <span className={styles.cell} data-testid="issue-cell">
                  {issue.cell ?? issue.sheet ?? ''}
                </span>
              </span>
              <span>{renderIssue(issue, lang, { location: false })}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
