import { InputError, type InputIssue } from './cadre-error.ts';

// Turns schema-validation issues into bilingual ones. Rules written for this platform pass their
// own bilingual text as the message, encoded by `bilingual()`; generic checks are translated here.

const SEPARATOR = '\u241e';

/** A validation message in both languages, for `z.string().refine(…, bilingual(…))` and the like. */
export function bilingual(zh: string, en: string): string {
  return `${zh}${SEPARATOR}${en}`;
}

/** An issue as every Standard Schema validator (zod among them) reports it. */
export interface SchemaIssue {
  readonly message: string;
  readonly path?: readonly (PropertyKey | { readonly key: PropertyKey })[] | undefined;
}

export function toInputIssues(
  issues: readonly SchemaIssue[],
  prefix: readonly PropertyKey[] = [],
): InputIssue[] {
  return issues.map((issue) => {
    const path = [...prefix, ...(issue.path ?? []).map((p) => (typeof p === 'object' ? p.key : p))]
      .map(String)
      .join('.');
    const [zh, en] = issue.message.includes(SEPARATOR)
      ? (issue.message.split(SEPARATOR) as [string, string])
      : [translate(issue.message), issue.message];
    return { path, code: 'INVALID', text: { zh, en } };
  });
}

// Zod's own English messages, by their stable beginnings.
const PHRASES: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^Too small: expected string to have >=?(\d+) characters?/, (m) => `至少需要 ${m[1]} 个字符`],
  [/^Too big: expected string to have <=?(\d+) characters?/, (m) => `不能超过 ${m[1]} 个字符`],
  [/^Too small: expected number to be >=?(-?[\d.]+)/, (m) => `不能小于 ${m[1]}`],
  [/^Too big: expected number to be <=?(-?[\d.]+)/, (m) => `不能大于 ${m[1]}`],
  [/^Too small: expected array to have >=?(\d+) items?/, (m) => `至少需要 ${m[1]} 项`],
  [/^Too big: expected array to have <=?(\d+) items?/, (m) => `不能超过 ${m[1]} 项`],
  [/^Invalid input: expected (\w+)/, (m) => `类型错误，应为 ${m[1]}`],
  [/^Invalid option/, () => '不是可选的值'],
  [/^Invalid (UUID|uuid)/, () => '标识格式错误'],
  [/^Invalid string: must match pattern/, () => '格式不正确'],
  [/^Unrecognized key/, () => '包含未知的字段'],
  [/^Expected integer|expected int/i, () => '应为整数'],
];

function translate(message: string): string {
  for (const [pattern, render] of PHRASES) {
    const match = pattern.exec(message);
    if (match) return render(match);
  }
  return `输入无效（${message}）`;
}

/** Validates `value` with a Standard Schema (zod) or throws a bilingual `InputError`. */
export function parseInput<T>(
  schema: {
    safeParse(
      value: unknown,
    ): { success: true; data: T } | { success: false; error: { issues: readonly SchemaIssue[] } };
  },
  value: unknown,
  prefix: readonly PropertyKey[] = ['input'],
): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new InputError(toInputIssues(result.error.issues, prefix));
  return result.data;
}
