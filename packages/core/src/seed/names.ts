// Vocabulary for plausible personal data: names, ethnicities, places and schools as they appear
// on a 干部任免审批表. Weights follow the rough national shares; nothing here is a real person.

import type { Random } from './random.ts';

type Weighted<T> = readonly (readonly [T, number])[];

/** Space-separated lists keep long vocabularies readable. */
export const words = (list: string) => list.split(' ');

/** Common surnames in bands of about the same share of the population (per mille each). */
const SURNAME_BANDS: readonly (readonly [number, string])[] = [
  [70, '王李'],
  [66, '张'],
  [54, '刘'],
  [46, '陈'],
  [31, '杨'],
  [21, '黄赵'],
  [19, '吴周'],
  [12, '徐孙'],
  [10, '马朱胡郭'],
  [9, '何高林罗'],
  [7, '郑梁'],
  [6, '谢宋唐'],
  [5, '许韩冯邓曹彭曾'],
  [4, '肖田董袁潘于蒋蔡余杜叶'],
  [3, '程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾'],
  [2, '夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严戴'],
];
const SURNAMES: Weighted<string> = [
  ...SURNAME_BANDS.flatMap(([share, chars]) => [...chars].map((char) => [char, share] as const)),
  ['欧阳', 0.5],
  ['诸葛', 0.1],
];

const MALE_CHARS = [
  ...'伟强磊军勇杰涛斌超明刚平辉鹏飞鑫波浩凯健俊帆旭宇峰建国志东亮兵成忠德荣庆祥龙博晨睿哲轩阳毅锋彬伦松岩江',
];
const FEMALE_CHARS = [
  ...'芳娜敏静丽艳娟霞燕玲婷雪琳颖洁慧倩梅莉萍红琴云秀英兰佳欣悦怡晶璐瑶蕾丹露薇雯琪妍婕菲',
];
/** Characters either gender may carry, mostly as the first of two. */
const SHARED_CHARS = [...'文晓小子海春一宏明雨思天嘉新永金立玉晨华清安乐俊'];

export type Gender = 'MALE' | 'FEMALE';

/** Surname plus a one- or two-character given name typical for the gender. */
export function personName(random: Random, gender: Gender): string {
  const surname = random.weighted(SURNAMES);
  const gendered = gender === 'MALE' ? MALE_CHARS : FEMALE_CHARS;
  const last = random.pick(gendered);
  if (random.chance(0.28)) return surname + last;
  const first = random.chance(0.4) ? random.pick(SHARED_CHARS) : random.pick(gendered);
  return surname + first + last;
}

const ETHNICITIES: Weighted<string> = [
  ['汉族', 940],
  ['回族', 14],
  ['满族', 12],
  ['蒙古族', 7],
  ['壮族', 7],
  ['土家族', 5],
  ['苗族', 4],
  ['朝鲜族', 2],
  ['彝族', 2],
  ['侗族', 2],
  ['白族', 1],
];

export function ethnicity(random: Random): string {
  return random.weighted(ETHNICITIES);
}

/** A place as written for 籍贯/出生地 ("江苏南京"), with the 4-digit prefix of its division code. */
export interface Place {
  name: string;
  code: string;
}

/** "3201南京 3202无锡" → places of one province. */
function places(province: string, list: string): Place[] {
  return words(list).map((entry) => ({ name: province + entry.slice(4), code: entry.slice(0, 4) }));
}

/** The invented demo city itself: most cadres are local. */
export const HOME_PLACE: Place = { name: '江苏示范', code: '3299' };

const HOME_PROVINCE = places(
  '江苏',
  '3201南京 3202无锡 3203徐州 3204常州 3205苏州 3206南通 3207连云港 3208淮安 3209盐城 3210扬州 3211镇江 3212泰州 3213宿迁',
);
const ELSEWHERE = [
  ...places('山东', '3701济南 3713临沂 3714德州'),
  ...places('安徽', '3401合肥 3412阜阳 3413宿州'),
  ...places('浙江', '3301杭州 3303温州'),
  ...places('河南', '4101郑州 4114商丘'),
  ...places('湖北', '4201武汉 4206襄阳'),
  ...places('湖南', '4301长沙'),
  ...places('江西', '3601南昌'),
  ...places('河北', '1301石家庄'),
  ...places('四川', '5101成都'),
  ...places('陕西', '6101西安'),
  ...places('黑龙江', '2301哈尔滨'),
  ...places('辽宁', '2101沈阳'),
];

export function place(random: Random): Place {
  const roll = random.next();
  if (roll < 0.55) return HOME_PLACE;
  return random.pick(roll < 0.85 ? HOME_PROVINCE : ELSEWHERE);
}

export type FullTimeEducation = 'DOCTORATE' | 'MASTER' | 'UNIVERSITY' | 'COLLEGE';

const RESEARCH_UNIVERSITIES = words(
  '南京大学 东南大学 中国人民大学 北京大学 武汉大学 复旦大学 浙江大学 南京师范大学 河海大学 南京农业大学 华东师范大学 山东大学',
);
const UNIVERSITIES = [
  ...RESEARCH_UNIVERSITIES,
  ...words(
    '苏州大学 中国矿业大学 扬州大学 江南大学 南京财经大学 南京审计大学 南京工业大学 江苏大学 南通大学 中南财经政法大学 西南政法大学 华东政法大学 华中师范大学 安徽大学 南京信息工程大学 常州大学 盐城师范学院 淮阴师范学院 江苏师范大学 南京林业大学',
  ),
];
const COLLEGES = words(
  '江苏经贸职业技术学院 南京交通职业技术学院 江苏农林职业技术学院 扬州市职业大学 江苏建筑职业技术学院 江苏财经职业技术学院 示范市职业技术学院',
);

export function fullTimeSchool(random: Random, education: FullTimeEducation): string {
  if (education === 'COLLEGE') return random.pick(COLLEGES);
  return random.pick(education === 'UNIVERSITY' ? UNIVERSITIES : RESEARCH_UNIVERSITIES);
}

/** Party schools award in-service diplomas without a degree; universities (MPA …) with one. */
export const PARTY_SCHOOLS = {
  central: '中央党校',
  province: '江苏省委党校',
  city: '示范市委党校',
};
export const OPEN_UNIVERSITY = '江苏开放大学';

export function inServiceUniversity(random: Random): string {
  return random.pick(RESEARCH_UNIVERSITIES);
}
