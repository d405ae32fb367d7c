import { describe, expect, it } from 'vitest';
import { format } from '../src/i18n/messages.ts';

describe('format', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(format('共 {count} 人，第 {page} 页', { count: 1200, page: 2 })).toBe(
      '共 1200 人，第 2 页',
    );
    expect(format('{missing}', {})).toBe('{missing}');
  });
});
