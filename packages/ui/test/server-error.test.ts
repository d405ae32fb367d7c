import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { fieldName, mutationOutcome } from '../src/errors/server-error.ts';

describe('mutationOutcome', () => {
  it('gives the success member’s data', () => {
    const outcome = mutationOutcome(
      { data: { updateCadre: { __typename: 'MutationUpdateCadreSuccess', data: { id: 'c1' } } } },
      'updateCadre',
    );
    expect(outcome).toEqual({ ok: true, data: { id: 'c1' } });
  });

  it('turns an InputError into a bilingual message and one issue per form field', () => {
    const outcome = mutationOutcome(
      {
        data: {
          updateCadre: {
            __typename: 'InputError',
            code: 'CORE_INVALID_INPUT',
            messageZh: '输入有误：日期不能晚于今天',
            messageEn: 'Invalid input: the date may not be after today',
            issues: [
              {
                path: 'input.birthDate',
                code: 'DATE_IN_FUTURE',
                messageZh: '日期不能晚于今天',
                messageEn: 'The date may not be after today',
              },
            ],
          },
        },
      },
      'updateCadre',
    );
    expect(outcome).toEqual({
      ok: false,
      error: {
        code: 'CORE_INVALID_INPUT',
        message: {
          zh: '输入有误：日期不能晚于今天',
          en: 'Invalid input: the date may not be after today',
        },
        fields: [
          {
            path: 'input.birthDate',
            name: ['birthDate'],
            message: { zh: '日期不能晚于今天', en: 'The date may not be after today' },
          },
        ],
      },
    });
  });

  it('reads a refused request from the extensions, in both languages', () => {
    const error = new CombinedError({
      graphQLErrors: [
        {
          message: '没有权限（core.cadre.write）',
          extensions: {
            code: 'CORE_FORBIDDEN',
            messageZh: '没有权限（core.cadre.write）',
            messageEn: 'Not permitted (core.cadre.write)',
          },
        },
      ],
    });
    expect(mutationOutcome({ data: null, error }, 'updateCadre' as never)).toEqual({
      ok: false,
      error: {
        code: 'CORE_FORBIDDEN',
        message: { zh: '没有权限（core.cadre.write）', en: 'Not permitted (core.cadre.write)' },
        fields: [],
      },
    });
  });

  it('says the server was not reached when there is no answer', () => {
    const error = new CombinedError({ networkError: new Error('Failed to fetch') });
    const outcome = mutationOutcome({ error }, 'login' as never);
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.error.code).toBe('NETWORK');
  });
});

describe('fieldName', () => {
  it('names the form item of an input path', () => {
    expect(fieldName('input.birthDate')).toEqual(['birthDate']);
    expect(fieldName('input.posts.0.startedOn')).toEqual(['posts', 0, 'startedOn']);
    expect(fieldName('name')).toEqual(['name']);
  });
});
