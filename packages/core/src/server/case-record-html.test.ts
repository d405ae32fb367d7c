import { describe, expect, it } from 'vitest';
import {
  type CaseRecordDocument,
  chinaTime,
  escapeHtml,
  renderCaseRecordHtml,
} from './case-record-html.ts';
import type { CaseRecordEntry } from '../services/case-record.ts';

const SCRIPT = '<script>alert("x")</script>';

const OPENED: CaseRecordEntry = {
  id: 't1',
  transition: 'open',
  transitionLabel: { zh: '立项', en: 'Opened' },
  fromState: null,
  fromLabel: null,
  toState: 'draft',
  toLabel: { zh: '起草', en: 'Draft' },
  version: 1,
  actorId: null,
  actorName: '干部科',
  reason: '',
  attachments: [],
  at: new Date('2026-03-01T01:30:00Z'),
};

const SUBMITTED: CaseRecordEntry = {
  id: 't2',
  transition: 'submit',
  transitionLabel: { zh: '提交', en: 'Submit' },
  fromState: 'draft',
  fromLabel: { zh: '起草', en: 'Draft' },
  toState: 'submitted',
  toLabel: { zh: '已提交', en: 'Submitted' },
  version: 2,
  actorId: null,
  actorName: '干部科',
  reason: '材料齐全',
  attachments: [{ name: '考察报告', reference: '组干〔2026〕3 号' }],
  at: new Date('2026-03-02T16:05:00Z'),
};

function document(overrides: Partial<CaseRecordDocument> = {}): CaseRecordDocument {
  return {
    language: 'zh',
    districtName: '甲区',
    caseId: '6f1c2a8e-0000-4000-8000-000000000001',
    caseTypeLabel: { zh: '甲事项', en: 'Alpha case' },
    title: '2026 年度干部选拔',
    stateLabel: { zh: '已提交', en: 'Submitted' },
    version: 2,
    openedAt: new Date('2026-03-01T01:30:00Z'),
    entries: [OPENED, SUBMITTED],
    integrityChecks: [],
    cadreNames: new Map(),
    generatedAt: new Date('2026-03-03T00:00:00Z'),
    ...overrides,
  };
}

describe('escapeHtml', () => {
  it('turns markup into text', () => {
    expect(escapeHtml(SCRIPT)).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(escapeHtml(`a & b ' " < >`)).toBe('a &amp; b &#39; &quot; &lt; &gt;');
    expect(escapeHtml('&lt;')).toBe('&amp;lt;');
  });
});

describe('the full-process record page', () => {
  it('is a complete document with every step in order', () => {
    const html = renderCaseRecordHtml(document());
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="zh-CN">/);
    expect(html).toContain('<h1>甲事项全程纪实表</h1>');
    expect(html.indexOf('<td>立项</td>')).toBeGreaterThan(0);
    expect(html.indexOf('<td>立项</td>')).toBeLessThan(html.indexOf('<td>提交</td>'));
    expect(html).toContain('组干〔2026〕3 号');
    // China time: 16:05 UTC is 00:05 the next day.
    expect(html).toContain('2026-03-03 00:05');
    expect(html).not.toMatch(/<script|<link|src=/i);
    expect(html.trimEnd()).toMatch(/<\/html>$/);
  });

  it('escapes everything users typed', () => {
    const html = renderCaseRecordHtml(
      document({
        title: SCRIPT,
        districtName: SCRIPT,
        entries: [
          OPENED,
          {
            ...SUBMITTED,
            actorName: SCRIPT,
            reason: SCRIPT,
            attachments: [{ name: SCRIPT, reference: `"><img src=x onerror=alert(1)>` }],
          },
        ],
        integrityChecks: [
          {
            checkedAt: new Date(),
            sources: ['core', SCRIPT],
            findings: [
              {
                cadreId: 'c1',
                source: SCRIPT,
                severity: 'WARNING',
                code: 'X',
                reason: { zh: SCRIPT, en: SCRIPT },
              },
            ],
          },
        ],
        cadreNames: new Map([['c1', SCRIPT]]),
      }),
    );
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
  });

  it('speaks English when asked', () => {
    const html = renderCaseRecordHtml(document({ language: 'en' }));
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Alpha case — Full-process record');
    expect(html).toContain('<td>Submit</td>');
  });

  it('prints integrity checks with cadre names, or says there were no findings', () => {
    const html = renderCaseRecordHtml(
      document({
        integrityChecks: [
          { checkedAt: new Date(), sources: ['core', 'alpha'], findings: [] },
          {
            checkedAt: new Date(),
            sources: ['core'],
            findings: [
              {
                cadreId: 'c1',
                source: 'core',
                severity: 'BLOCKING',
                code: 'CORE_CADRE_NOT_ACTIVE',
                reason: { zh: '干部已退休，不在职', en: 'The cadre has retired' },
              },
            ],
          },
        ],
        cadreNames: new Map([['c1', '张明']]),
      }),
    );
    expect(html).toContain('core、alpha');
    expect(html).toContain('未发现问题');
    expect(html).toMatch(/<td>张明<\/td>\s*<td>否决<\/td>/);
  });

  it('writes times in China time', () => {
    expect(chinaTime(new Date('2026-12-31T20:00:00Z'))).toBe('2027-01-01 04:00');
  });
});
