/** Font names the export writes, per profile. */
export interface FontSet {
  /** body, 三级标题, tables */
  fangsong: string;
  /** 二级标题 */
  kaiti: string;
  /** 附件标识, 一级标题, table header row */
  heiti: string;
  /** 标题 */
  title: string;
  /** page numbers */
  songti: string;
}

/**
 * Which names to write: the standard's (`standard`, also called `gb2312`: 仿宋_GB2312, 楷体_GB2312)
 * or those Windows 10+ ships (`windows`: 仿宋, 楷体).
 */
export type FontProfile = 'standard' | 'gb2312' | 'windows';

/** The profiles a user may pick, by the name the command line and the add-in show. */
export const FONT_PROFILES: readonly FontProfile[] = ['gb2312', 'windows'];

/** Whether `name` names a font profile. */
export function isFontProfile(name: string): name is FontProfile {
  return name === 'standard' || name === 'gb2312' || name === 'windows';
}

/**
 * The font names of a profile. `standard` writes GB/T 9704's names and lets Word substitute;
 * `windows` writes 仿宋 / 楷体 / 黑体 / 宋体, which every Windows 10+ machine has (it has no 小标宋,
 * so the title falls back to 宋体).
 */
export function fontSet(profile: FontProfile): FontSet {
  switch (profile) {
    case 'standard':
    case 'gb2312':
      return {
        fangsong: '仿宋_GB2312',
        kaiti: '楷体_GB2312',
        heiti: '黑体',
        title: '方正小标宋简体',
        songti: '宋体',
      };
    case 'windows':
      return { fangsong: '仿宋', kaiti: '楷体', heiti: '黑体', title: '宋体', songti: '宋体' };
  }
}
