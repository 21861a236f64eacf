import { Badge, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { CellIssue } from '@jixiao/workbook';
import type { PaneLang, PaneStrings } from './strings.js';

const useStyles = makeStyles({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: '4px',
  },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
    width: '100%',
    textAlign: 'left',
    padding: '6px 8px',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    font: 'inherit',
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
    ':disabled': { cursor: 'default' },
  },
  top: { display: 'flex', gap: '8px', alignItems: 'center' },
  cell: {
    fontFamily: tokens.fontFamilyMonospace,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
  hint: {
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    marginBottom: '6px',
    display: 'block',
  },
});

const COLORS = { error: 'danger', warning: 'warning', info: 'informative' } as const;

/** The message without its leading cell (`绩效指标!G7：…`), which is shown beside it. */
function body(issue: CellIssue, lang: PaneLang): string {
  const message = lang === 'zh-CN' ? issue.message : issue.messageEn;
  if (issue.cell && message.startsWith(issue.cell))
    return message.slice(issue.cell.length).replace(/^[：:]\s*/, '');
  return message;
}

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
  if (issues.length === 0) return <Text>{t.noIssues}</Text>;
  return (
    <div>
      <Text className={styles.hint}>{t.issuesHint}</Text>
      <ul className={styles.list} data-testid="issues">
        {issues.map((issue, i) => (
          <li key={`${issue.code}-${issue.cell ?? ''}-${i}`}>
            <button
              type="button"
              className={styles.item}
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
              <span>{body(issue, lang)}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
