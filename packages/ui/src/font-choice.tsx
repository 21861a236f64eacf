/**
 * Which font names the Word export writes, chosen where users export (the pane's 导出 Word, the
 * page's Word button) and remembered in the browser's localStorage: 标准字体 (仿宋_GB2312 …, GB/T
 * 9704's names) or Windows 字体 (仿宋, 楷体, 黑体 — for PCs without the _GB2312 fonts, where Word
 * would otherwise substitute 宋体).
 */
import type { Locale } from '@jixiao/engine';
import { Field, Select } from '@fluentui/react-components';
import type { FontProfile } from '@jixiao/report';
import type { ReactElement } from 'react';

/** The profiles offered, in order. */
export const FONT_CHOICES: readonly FontProfile[] = ['gb2312', 'windows'];

const KEY = 'jixiao.wordFonts';

/** Storage as the browser gives it (or nothing, where it is blocked). */
type Store = Pick<Storage, 'getItem' | 'setItem'> | undefined;

function browserStore(): Store {
  try {
    return globalThis.localStorage;
  } catch {
    // storage blocked (a sandboxed frame, privacy settings): nothing is remembered
    return undefined;
  }
}

/** The remembered profile, `gb2312` when none is (or storage is unavailable). */
export function loadFontProfile(store: Store = browserStore()): FontProfile {
  try {
    const saved = store?.getItem(KEY);
    return saved === 'windows' ? 'windows' : 'gb2312';
  } catch {
    return 'gb2312';
  }
}

/** Remembers the profile for the next export (silently nothing where storage is blocked). */
export function saveFontProfile(profile: FontProfile, store: Store = browserStore()): void {
  try {
    store?.setItem(KEY, profile);
  } catch {
    // quota or privacy mode: the choice holds for this session only
  }
}

/** The words of the choice, in the pane's and the page's languages. */
export const FONT_STRINGS = {
  'zh-CN': {
    label: 'Word 字体',
    gb2312: '标准字体（仿宋_GB2312、楷体_GB2312）',
    windows: 'Windows 字体（仿宋、楷体、黑体）',
  },
  'en-US': {
    label: 'Word fonts',
    gb2312: 'Standard (仿宋_GB2312, 楷体_GB2312)',
    windows: 'Windows (仿宋, 楷体, 黑体)',
  },
} as const;

/** A labelled select of the font profile. */
export function FontChoice(props: {
  lang: Locale;
  value: FontProfile;
  onChange: (profile: FontProfile) => void;
  disabled?: boolean;
}): ReactElement {
  const s = FONT_STRINGS[props.lang];
  return (
    <Field label={s.label}>
      <Select
        value={props.value === 'windows' ? 'windows' : 'gb2312'}
        disabled={props.disabled}
        data-testid="word-fonts"
        // the option text is long: the select shrinks to the pane (320 px) instead of overflowing it
        root={{ style: { maxWidth: '100%', minWidth: 0 } }}
        style={{ maxWidth: '100%', minWidth: 0, textOverflow: 'ellipsis' }}
        onChange={(_, d) => props.onChange(d.value === 'windows' ? 'windows' : 'gb2312')}
      >
        {FONT_CHOICES.map((p) => (
          <option key={p} value={p}>
            {p === 'windows' ? s.windows : s.gb2312}
          </option>
        ))}
      </Select>
    </Field>
  );
}
