import type { CadreError } from '../errors/cadre-error.ts';
import {
  ConflictError,
  ForbiddenError,
  InputError,
  NotFoundError,
  RuleViolationError,
  UnauthenticatedError,
} from '../errors/cadre-error.ts';
import type { Builder } from './builder.ts';

/** Typed errors: clients switch on `__typename` or `code`; people read `message`. */
export function registerErrorTypes(builder: Builder): void {
  const errorInterface = builder.interfaceRef<CadreError>('Error').implement({
    description: 'An error the user can act on, in Chinese and English',
    fields: (t) => ({
      code: t.exposeString('code', { description: '<PLUGIN>_<WHAT>, e.g. CORE_NOT_FOUND' }),
      message: t.string({
        description: "In the request's language (Accept-Language; Chinese by default)",
        resolve: (error, _args, ctx) => error.text[ctx.language],
      }),
      messageZh: t.string({ resolve: (error) => error.text.zh }),
      messageEn: t.string({ resolve: (error) => error.text.en }),
    }),
  });

  const issue = builder.objectRef<InputError['issues'][number]>('InputIssue').implement({
    fields: (t) => ({
      path: t.exposeString('path', { description: 'The input field, e.g. input.birthDate' }),
      code: t.exposeString('code'),
      message: t.string({ resolve: (i, _args, ctx) => i.text[ctx.language] }),
      messageZh: t.string({ resolve: (i) => i.text.zh }),
      messageEn: t.string({ resolve: (i) => i.text.en }),
    }),
  });

  builder.objectType(InputError, {
    name: 'InputError',
    interfaces: [errorInterface],
    fields: (t) => ({ issues: t.field({ type: [issue], resolve: (e) => e.issues }) }),
  });
  for (const [type, name] of [
    [NotFoundError, 'NotFoundError'],
    [RuleViolationError, 'RuleViolationError'],
    [UnauthenticatedError, 'UnauthenticatedError'],
    [ForbiddenError, 'ForbiddenError'],
    [ConflictError, 'ConflictError'],
  ] as const) {
    builder.objectType(type, { name, interfaces: [errorInterface], fields: () => ({}) });
  }
}
