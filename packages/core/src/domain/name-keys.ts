import { pinyin } from 'pinyin-pro';

// The keys a registry sorts and searches names by (按姓名拼音排序、拼音/首字母检索). They are ASCII
// only, so every database orders them alike whatever its collation.

export interface NameKeys {
  /** The full reading without tones or spaces, ü as v: 吕金庆 → `lvjinqing`. */
  pinyin: string;
  /** The first letter of each syllable: 吕金庆 → `ljq`. */
  initials: string;
}

/**
 * The keys of a person's name. The first character is read as a surname (单 shan, 曾 zeng,
 * 区 ou, 仇 qiu); separators such as the middle dot (·) are dropped, latin letters kept.
 */
export function nameKeys(name: string): NameKeys {
  const syllables = pinyin(name.trim(), {
    toneType: 'none',
    type: 'array',
    surname: 'head',
    v: true,
    nonZh: 'consecutive',
  })
    .map((s) => s.toLowerCase().replace(/[^a-z0-9]/g, ''))
    .filter(Boolean);
  return { pinyin: syllables.join(''), initials: syllables.map((s) => s[0]).join('') };
}

/** The keys as the cadre record stores them (core.cadre.name_pinyin, name_initials). */
export function nameKeyFields(name: string): { namePinyin: string; nameInitials: string } {
  const keys = nameKeys(name);
  return { namePinyin: keys.pinyin, nameInitials: keys.initials };
}
