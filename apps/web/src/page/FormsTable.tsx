import {
  Badge,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { formatNumber, formatPercent } from '@jixiao/engine/format';
import type { FormRow } from '../worker/protocol.js';
import type { PageStrings } from './pageStrings.js';

/**
 * The official forms of a file, one row each: 执行率, the total (provisional, without a grade, when
 * rows could not be scored) and how many printed results the form's own data does not support.
 */
export function FormsTable({ forms, t }: { forms: readonly FormRow[]; t: PageStrings }) {
  return (
    <section aria-label={t.formsTitle(forms.length)}>
      <Subtitle2 as="h2">{t.formsTitle(forms.length)}</Subtitle2>
      <Table size="small" data-testid="forms">
        <TableHeader>
          <TableRow>
            {t.formsHeader.map((h) => (
              <TableHeaderCell key={h}>{h}</TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {forms.map((f) => (
            <TableRow key={f.sheet} data-testid="form-row">
              <TableCell>{f.sheet}</TableCell>
              <TableCell>{f.layout}</TableCell>
              <TableCell>{f.project ?? f.unit ?? '—'}</TableCell>
              <TableCell>{formatPercent(f.rate)}</TableCell>
              <TableCell>{f.score === null ? '—' : formatNumber(f.score)}</TableCell>
              <TableCell>
                {f.complete && f.grade ? (
                  <Badge appearance="tint">{f.grade}</Badge>
                ) : (
                  t.formProvisional(f.unscored)
                )}
              </TableCell>
              <TableCell>{f.mistakes === 0 ? '0' : t.formMistakes(f.mistakes)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
