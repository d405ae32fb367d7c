import type { CombinedError } from 'urql';
import type { Label } from '../i18n/label.ts';

/** One input field the server refused, named as the form names it (`['birthDate']`). */
export interface FieldIssue {
  /** As the server names it: `input.birthDate`, or an argument of its own (`reason`). */
  path: string;
  name: (string | number)[];
  message: Label;
}

/** What went wrong, in both languages: a typed error of the result union, or a refused request. */
export interface ServerError {
  /** `<PLUGIN>_<WHAT>`, e.g. `CORE_INVALID_INPUT`; `NETWORK` when the server was not reached. */
  code: string;
  message: Label;
  fields: FieldIssue[];
}

/** The error members of a mutation result union, as `...ServerError` selects them. */
interface ErrorMember {
  code: string;
  messageZh: string;
  messageEn: string;
  issues?: { path: string; messageZh: string; messageEn: string }[];
}

export type Outcome<T> = { ok: true; data: T } | { ok: false; error: ServerError };

/** The `data` of the union member `…Success` of a mutation field. */
export type SuccessData<U> = Extract<NonNullable<U>, { data: unknown }>['data'];

/** `input.posts.0.startedOn` → `['posts', 0, 'startedOn']`: the arguments' input object is the form. */
export function fieldName(path: string): (string | number)[] {
  const parts = path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  return parts[0] === 'input' && parts.length > 1 ? parts.slice(1) : parts;
}

function fromMember(member: ErrorMember): ServerError {
  return {
    code: member.code,
    message: { zh: member.messageZh, en: member.messageEn },
    fields: (member.issues ?? []).map((issue) => ({
      path: issue.path,
      name: fieldName(issue.path),
      message: { zh: issue.messageZh, en: issue.messageEn },
    })),
  };
}

const NETWORK: ServerError = {
  code: 'NETWORK',
  message: {
    zh: '无法连接服务器，请检查网络后重试',
    en: 'Cannot reach the server; check the network and retry',
  },
  fields: [],
};

/** A refused request or a masked failure: the gateway puts both languages in `extensions`. */
export function requestError(error: CombinedError): ServerError {
  const first = error.graphQLErrors[0];
  if (!first) return NETWORK;
  const ext = first.extensions as { code?: unknown; messageZh?: unknown; messageEn?: unknown };
  const zh = typeof ext.messageZh === 'string' ? ext.messageZh : first.message;
  const en = typeof ext.messageEn === 'string' ? ext.messageEn : first.message;
  return {
    code: typeof ext.code === 'string' ? ext.code : 'INTERNAL_SERVER_ERROR',
    message: { zh, en },
    fields: [],
  };
}

/**
 * Reads a mutation's answer: the success member's `data`, or the error (typed union member,
 * refused request, or no connection).
 *
 *   const outcome = mutationOutcome(await updateCadre(vars), 'updateCadre');
 */
export function mutationOutcome<D, K extends keyof D>(
  result: { data?: D | null; error?: CombinedError },
  field: K,
): Outcome<SuccessData<D[K]>> {
  const answer = result.data?.[field] as unknown;
  if (answer && typeof answer === 'object') {
    if ('data' in answer) return { ok: true, data: answer.data as SuccessData<D[K]> };
    if ('code' in answer) return { ok: false, error: fromMember(answer as ErrorMember) };
  }
  return { ok: false, error: result.error ? requestError(result.error) : NETWORK };
}
