import { describe, expect, it } from 'vitest';
import { nameKeyFields, nameKeys } from './name-keys.ts';

describe('nameKeys', () => {
  it('reads a name as toneless pinyin with ü as v, and its initials', () => {
    expect(nameKeys('吕金庆')).toEqual({ pinyin: 'lvjinqing', initials: 'ljq' });
  });

  it('reads the first character as a surname', () => {
    expect(nameKeys('单雄信').pinyin).toBe('shanxiongxin');
    expect(nameKeys('曾国藩')).toEqual({ pinyin: 'zengguofan', initials: 'zgf' });
    expect(nameKeys('区小红').initials).toBe('oxh');
    expect(nameKeys('仇英').pinyin).toBe('qiuying');
  });

  it('drops separators and keeps latin letters in lower case', () => {
    expect(nameKeys('买买提·艾力')).toEqual({ pinyin: 'maimaitiaili', initials: 'mmtal' });
    expect(nameKeys(' Tom 李 ')).toEqual({ pinyin: 'tomli', initials: 'tl' });
  });

  it('gives ASCII keys that sort as a clerk expects (丁 严 于 付 by sound, not by code point)', () => {
    const names = ['付强', '于敏', '严复', '丁一'];
    const sorted = [...names].sort((a, b) => (nameKeys(a).pinyin < nameKeys(b).pinyin ? -1 : 1));
    expect(sorted).toEqual(['丁一', '付强', '严复', '于敏']);
    for (const n of names) expect(nameKeys(n).pinyin).toMatch(/^[a-z]+$/);
  });

  it('names the record fields', () => {
    expect(nameKeyFields('吕金庆')).toEqual({ namePinyin: 'lvjinqing', nameInitials: 'ljq' });
  });
});
