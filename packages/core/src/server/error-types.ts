import type { CadreError } from '../errors/cadre-error.ts';
import {
  ConflictError,
  ForbiddenError,
  InputError,
  NotFoundError,
  RuleViolationError,
  UnauthenticatedError,
} from '../errors/cadre-error.ts';
import { SecondFactorEnrollmentError, SecondFactorRequiredError } from '../errors/login-errors.ts';
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
    [SecondFactorRequiredError, 'SecondFactorRequiredError'],
  ] as const) {
    builder.objectType(type, { name, interfaces: [errorInterface], fields: () => ({}) });
  }
  builder.objectType(SecondFactorEnrollmentError, {
    name: 'SecondFactorEnrollmentError',
    description:
      'Sign-in of an administrative account without a second factor: a new TOTP secret, shown ' +
      'this once; confirm it with confirmSecondFactor and a code from the authenticator',
    interfaces: [errorInterface],
    fields: (t) => ({
      secret: t.exposeString('secret', { description: 'Base32, for typing into an authenticator' }),
      otpauthUri: t.exposeString('otpauthUri', { description: 'otpauth://totp/… for a QR code' }),
      enrollmentToken: t.exposeString('enrollmentToken', {
        description: 'Pass to confirmSecondFactor with the first code',
      }),
      expiresAt: t.expose('expiresAt', { type: 'DateTime' }),
    }),
  });
}
