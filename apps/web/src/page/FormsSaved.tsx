import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { formsNotice } from '@jixiao/ui';
import type { FormsNotes, Lang } from '../worker/protocol.js';

/**
 * What the page says after 下载官方自评表, in the panes' words (`formsNotice` of @jixiao/ui): the
 * file, the rules the forms cannot state and the figures that read back differently — a warning
 * when there is any, since those forms would not say what the workbook says.
 */
export function FormsSaved({ lang, name, notes }: { lang: Lang; name: string; notes: FormsNotes }) {
  const warn = notes.lost.length > 0 || notes.differences.length > 0;
  return (
    <MessageBar intent={warn ? 'warning' : 'success'} data-testid="forms-notice">
      <MessageBarBody>{formsNotice(lang, { name, ...notes })}</MessageBarBody>
    </MessageBar>
  );
}
