/**
 * A tab per open file with its state (a spinner while it is scored, a dot when done), part of the
 * page's shell: the tabs show as soon as files are chosen. Memoised per file: an update of one file
 * renders its own tab.
 */
import { Badge, makeStyles, Spinner, Tab, TabList } from '@fluentui/react-components';
import { memo } from 'react';
import type { FileEntry } from './fileEntry.js';

const useStyles = makeStyles({
  tabs: { flexWrap: 'wrap' },
});

export const FileTabs = memo(function FileTabs({
  entries,
  selectedId,
  label,
  onTabSelect,
}: {
  entries: readonly FileEntry[];
  selectedId: string | null;
  label: string;
  onTabSelect: (id: string) => void;
}) {
  const styles = useStyles();
  return (
    <TabList
      selectedValue={selectedId}
      onTabSelect={(_, data) => onTabSelect(String(data.value))}
      aria-label={label}
      className={styles.tabs}
    >
      {entries.map((entry) => (
        <FileTab key={entry.id} entry={entry} />
      ))}
    </TabList>
  );
});

const FileTab = memo(function FileTab({ entry }: { entry: FileEntry }) {
  return (
    <Tab
      value={entry.id}
      data-testid="file-tab"
      data-status={entry.status}
      icon={<StatusIcon entry={entry} />}
    >
      {tabLabel(entry)}
    </Tab>
  );
});

/** A file's name on its tab and over its detail: the department and year once scored. */
export function tabLabel(entry: FileEntry): string {
  if (entry.status === 'scored' && entry.result.evaluation) {
    const e = entry.result.evaluation;
    return `${e.info.department} · ${e.info.year}`;
  }
  return entry.name;
}

function StatusIcon({ entry }: { entry: FileEntry }) {
  switch (entry.status) {
    case 'working':
      return <Spinner size="extra-tiny" />;
    case 'failed':
      return <Badge size="extra-small" color="danger" aria-hidden="true" />;
    case 'scored':
      return (
        <Badge
          size="extra-small"
          color={entry.result.evaluation ? 'success' : 'warning'}
          aria-hidden="true"
        />
      );
  }
}
