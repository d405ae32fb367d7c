import type { Label } from '../contract/plugin.ts';

/**
 * An error the user can act on: a machine code (`<PLUGIN>_<WHAT>`) and a message in Chinese and
 * English. Anything else thrown in a resolver is internal and reaches the client masked.
 */
export class CadreError extends Error {
  constructor(
    readonly code: string,
    readonly text: Label,
  ) {
    super(text.en);
    this.name = new.target.name;
  }
}

/** Also the answer for another district's id: a tenant cannot learn that a row exists. */
export class NotFoundError extends CadreError {
  constructor(what: Label) {
    super('CORE_NOT_FOUND', { zh: `${what.zh}不存在`, en: `${what.en} not found` });
  }
}

/** A domain rule refused the operation; the code says which rule. */
export class RuleViolationError extends CadreError {}

export interface InputIssue {
  /** Path of the offending input field, e.g. `input.posts.0.startedOn`. */
  path: string;
  code: string;
  text: Label;
}

export class InputError extends CadreError {
  constructor(readonly issues: InputIssue[]) {
    super('CORE_INVALID_INPUT', {
      zh: `输入有误：${issues.map((i) => i.text.zh).join('；')}`,
      en: `Invalid input: ${issues.map((i) => i.text.en).join('; ')}`,
    });
  }

  /** What a domain rule found, each problem in a field of the caller's `input`. */
  static ofFields(problems: readonly { field: string; code: string; text: Label }[]): InputError {
    return new InputError(
      problems.map(({ field, code, text }) => ({ path: `input.${field}`, code, text })),
    );
  }
}

/** Not signed in, or the session has ended. */
export class UnauthenticatedError extends CadreError {
  constructor() {
    super('CORE_UNAUTHENTICATED', { zh: '请先登录', en: 'Please sign in first' });
  }
}

/** The credential lacks the permission the operation needs. */
export class ForbiddenError extends CadreError {
  constructor(permission: string) {
    super('CORE_FORBIDDEN', {
      zh: `没有权限（${permission}）`,
      en: `Not permitted (${permission})`,
    });
  }
}

/** Someone else changed the record first: reload it and try again (optimistic concurrency). */
export class ConflictError extends CadreError {
  constructor(what: { zh: string; en: string }) {
    super('CORE_CONFLICT', {
      zh: `${what.zh}已被他人修改，请刷新后重试`,
      en: `${what.en} was changed by someone else; reload and try again`,
    });
  }
}

/** A query larger than the credential's budget (depth, cost, breadth, aliases or body). */
export class QueryLimitError extends CadreError {
  constructor(bound: string, limit: number, actual?: number) {
    const seen = actual === undefined ? '' : `: ${actual}`;
    super('CORE_QUERY_TOO_LARGE', {
      zh: `查询超出限制（${bound} 上限 ${limit}${seen}）`,
      en: `Query exceeds the ${bound} limit of ${limit}${seen}`,
    });
  }
}
