import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { globalId, GraphQLClient, rowId } from '@cadre/testing';
import { staffWith, useGateway } from '@cadre/testing/gateway';
import { testPlugins } from './fixtures/test-plugins.ts';

const h = useGateway(testPlugins);
/** A clerk of district A who may open and submit alpha cases but not approve them. */
let clerk: GraphQLClient;

const CASE = `id caseType title state stateLabel version
  history { transition label fromState toState actorName reason attachments { name reference } }
  availableTransitions { name refusal requiresReason }`;

interface CaseData {
  id: string;
  state: string;
  stateLabel: string;
  version: number;
  history: { transition: string; fromState: string | null; toState: string; reason: string }[];
  availableTransitions: { name: string; refusal: string | null; requiresReason: boolean }[];
}

interface Result {
  __typename: string;
  data?: CaseData;
  code?: string;
  message?: string;
  issues?: { path: string }[];
}

async function openCase(client: GraphQLClient, title: string): Promise<CaseData> {
  const { alphaOpenCase } = await client.data<{ alphaOpenCase: Result }>(
    `mutation ($title: String!) { alphaOpenCase(title: $title) {
      __typename ... on MutationAlphaOpenCaseSuccess { data { ${CASE} } } ... on Error { code message }
    } }`,
    { title },
  );
  if (!alphaOpenCase.data) throw new Error(`alphaOpenCase: ${JSON.stringify(alphaOpenCase)}`);
  return alphaOpenCase.data;
}

async function transition(
  client: GraphQLClient,
  input: {
    caseId: string;
    transition: string;
    expectedVersion: number;
    reason?: string;
    attachments?: { name: string; reference: string }[];
  },
): Promise<Result> {
  const { transitionCase } = await client.data<{ transitionCase: Result }>(
    `mutation ($input: TransitionCaseInput!) { transitionCase(input: $input) {
      __typename
      ... on MutationTransitionCaseSuccess { data { ${CASE} } }
      ... on InputError { issues { path } }
      ... on Error { code message }
    } }`,
    { input },
  );
  return transitionCase;
}

/** Every row a step writes, counted past row-level security. */
function written() {
  return h.db.asOwner(async (tx) => ({
    audit: await tx.auditRecord.count(),
    transitions: await tx.caseTransition.count(),
    events: await tx.outboxEvent.count(),
    cases: await tx.workflowCase.findMany({ select: { id: true, state: true, version: true } }),
  }));
}

/** The context the gateway builds for a bearer token, for the printable page. */
/** The printable record over HTTP, as a browser with the client's credential asks for it. */
async function printedRecord(client: GraphQLClient, caseId: string, language: 'zh' | 'en' = 'zh') {
  const response = await fetch(`${h.gateway.url}/cases/${rowId(caseId)}/record.html`, {
    headers: {
      'accept-language': language,
      ...(client.options.token ? { authorization: `Bearer ${client.options.token}` } : {}),
    },
  });
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    html: await response.text(),
  };
}

beforeAll(async () => {
  clerk = await staffWith(
    h,
    'clerk.a',
    ['core.case.read', 'alpha.case.open', 'alpha.case.submit'],
    '甲区经办人',
  );
});

describe('opening a case', () => {
  it('starts in the initial state with the first line of its record, audited', async () => {
    const before = await written();
    const opened = await openCase(h.a, '2026 年度甲事项');
    expect(opened).toMatchObject({
      state: 'draft',
      stateLabel: '起草',
      version: 1,
      history: [{ transition: 'open', fromState: null, toState: 'draft', reason: '' }],
    });
    const after = await written();
    expect(after.transitions).toBe(before.transitions + 1);
    expect(after.events).toBe(before.events + 1);
    const audit = await h.db.asOwner((tx) =>
      tx.auditRecord.findFirst({ where: { targetId: rowId(opened.id) }, orderBy: { seq: 'desc' } }),
    );
    expect(audit).toMatchObject({ operation: 'alpha.case.open', targetType: 'WorkflowCase' });
  });

  it('refuses a title that is too short as an input error', async () => {
    const { alphaOpenCase } = await h.a.data<{ alphaOpenCase: Result }>(
      `mutation { alphaOpenCase(title: " x ") { __typename ... on InputError { issues { path } } } }`,
    );
    expect(alphaOpenCase).toEqual({ __typename: 'InputError', issues: [{ path: 'title' }] });
  });
});

describe('taking a step', () => {
  it('moves the case, records who, why and on what, audits and emits an event', async () => {
    const opened = await openCase(clerk, '提交测试');
    const result = await transition(clerk, {
      caseId: opened.id,
      transition: 'submit',
      expectedVersion: 1,
      reason: '材料齐全',
      attachments: [{ name: '考察材料', reference: '组干〔2026〕1 号' }],
    });
    expect(result).toMatchObject({
      __typename: 'MutationTransitionCaseSuccess',
      data: {
        state: 'submitted',
        version: 2,
        history: [
          { transition: 'open', toState: 'draft' },
          {
            transition: 'submit',
            label: '提交',
            fromState: 'draft',
            toState: 'submitted',
            actorName: '甲区经办人',
            reason: '材料齐全',
            attachments: [{ name: '考察材料', reference: '组干〔2026〕1 号' }],
          },
        ],
        // The clerk may return the case but not approve it.
        availableTransitions: [{ name: 'return', requiresReason: true, refusal: null }],
      },
    });
    const [audit, event] = await h.db.asOwner((tx) =>
      Promise.all([
        tx.auditRecord.findFirst({
          where: { targetId: rowId(opened.id) },
          orderBy: { seq: 'desc' },
        }),
        tx.outboxEvent.findFirst({
          where: { type: 'alpha.case.transitioned' },
          orderBy: { createdAt: 'desc' },
        }),
      ]),
    );
    expect(audit).toMatchObject({
      operation: 'alpha.case.submit',
      changes: { state: ['draft', 'submitted'], version: [1, 2], reason: '材料齐全' },
    });
    expect(event?.payload).toMatchObject({
      caseId: rowId(opened.id),
      transition: 'submit',
      from: 'draft',
      to: 'submitted',
      version: 2,
    });
  });

  it('refuses a stale version with ConflictError and writes nothing', async () => {
    const opened = await openCase(h.a, '并发测试一');
    expect(
      (await transition(h.a, { caseId: opened.id, transition: 'submit', expectedVersion: 1 }))
        .__typename,
    ).toBe('MutationTransitionCaseSuccess');
    const before = await written();
    const stale = await transition(h.a, {
      caseId: opened.id,
      transition: 'return',
      expectedVersion: 1,
      reason: '退回补充',
    });
    expect(stale).toMatchObject({ __typename: 'ConflictError', code: 'CORE_CONFLICT' });
    expect(await written()).toEqual(before);
  });

  it('lets exactly one of 50 concurrent steps from the same version through', async () => {
    const opened = await openCase(h.a, '并发测试二');
    const before = await written();
    const results = await Promise.all(
      Array.from({ length: 50 }, () =>
        transition(h.a, { caseId: opened.id, transition: 'submit', expectedVersion: 1 }),
      ),
    );
    const outcomes = results.map((r) => r.__typename);
    expect(outcomes.filter((t) => t === 'MutationTransitionCaseSuccess')).toHaveLength(1);
    expect(outcomes.filter((t) => t === 'ConflictError')).toHaveLength(49);
    const after = await written();
    expect(after.transitions).toBe(before.transitions + 1);
    expect(after.audit).toBe(before.audit + 1);
    expect(after.events).toBe(before.events + 1);
    expect(after.cases.find((c) => c.id === rowId(opened.id))).toMatchObject({
      state: 'submitted',
      version: 2,
    });
  });

  it('answers another district’s case exactly as a case that does not exist', async () => {
    const opened = await openCase(h.a, '跨区测试');
    const before = await written();
    const foreign = await h.b.request(
      `mutation ($input: TransitionCaseInput!) { transitionCase(input: $input) {
        __typename ... on Error { code message } } }`,
      { input: { caseId: opened.id, transition: 'submit', expectedVersion: 1 } },
    );
    const missing = await h.b.request(
      `mutation ($input: TransitionCaseInput!) { transitionCase(input: $input) {
        __typename ... on Error { code message } } }`,
      {
        input: {
          caseId: globalId('WorkflowCase', randomUUID()),
          transition: 'submit',
          expectedVersion: 1,
        },
      },
    );
    expect([foreign.status, foreign.data, foreign.errors]).toEqual([
      missing.status,
      missing.data,
      missing.errors,
    ]);
    expect(foreign.data).toEqual({
      transitionCase: {
        __typename: 'NotFoundError',
        code: 'CORE_NOT_FOUND',
        message: '办理事项不存在',
      },
    });
    // A malformed id is bad input, said before anything runs.
    const malformed = await h.a.request(
      `mutation { transitionCase(input: { caseId: "not-a-case", transition: "submit",
         expectedVersion: 1 }) { __typename } }`,
    );
    expect(malformed.errors?.[0]?.extensions?.code).toBe('CORE_INVALID_INPUT');

    const read = (client: GraphQLClient, id: string) =>
      client.request(
        'query ($id: ID!) { workflowCase(id: $id) { id } caseRecord(id: $id) { entries { transition } } }',
        { id },
      );
    const [foreignRead, missingRead] = [
      await read(h.b, opened.id),
      await read(h.b, globalId('WorkflowCase', randomUUID())),
    ];
    expect([foreignRead.data, foreignRead.errors]).toEqual([missingRead.data, missingRead.errors]);
    expect(foreignRead.data).toEqual({ workflowCase: null, caseRecord: null });
    expect(await written()).toEqual(before);
  });

  it('refuses a step without its permission with ForbiddenError, writing nothing', async () => {
    const opened = await openCase(clerk, '权限测试');
    await transition(clerk, { caseId: opened.id, transition: 'submit', expectedVersion: 1 });
    const before = await written();
    const refused = await transition(clerk, {
      caseId: opened.id,
      transition: 'approve',
      expectedVersion: 2,
    });
    expect(refused).toMatchObject({ __typename: 'ForbiddenError', code: 'CORE_FORBIDDEN' });
    expect(refused.message).toContain('alpha.case.approve');
    expect(await written()).toEqual(before);
  });

  it('refuses a step its guard refuses, with the guard’s code and reason', async () => {
    const opened = await openCase(h.a, '守卫测试');
    const submitted = await transition(h.a, {
      caseId: opened.id,
      transition: 'submit',
      expectedVersion: 1,
    });
    // The administrator sees approve, greyed out with the guard's reason.
    expect(submitted.data?.availableTransitions).toEqual([
      { name: 'return', requiresReason: true, refusal: null },
      { name: 'approve', requiresReason: false, refusal: '尚未进行廉政核查' },
    ]);
    const before = await written();
    const refused = await transition(h.a, {
      caseId: opened.id,
      transition: 'approve',
      expectedVersion: 2,
    });
    expect(refused).toMatchObject({
      __typename: 'RuleViolationError',
      code: 'ALPHA_CHECK_MISSING',
      message: '尚未进行廉政核查',
    });
    expect(await written()).toEqual(before);
  });

  it('refuses unknown steps, steps from the wrong state and missing reasons', async () => {
    const opened = await openCase(h.a, '规则测试');
    const before = await written();
    expect(
      await transition(h.a, { caseId: opened.id, transition: 'publish', expectedVersion: 1 }),
    ).toMatchObject({ __typename: 'RuleViolationError', code: 'CORE_TRANSITION_UNKNOWN' });
    expect(
      await transition(h.a, { caseId: opened.id, transition: 'close', expectedVersion: 1 }),
    ).toMatchObject({
      __typename: 'RuleViolationError',
      code: 'CORE_TRANSITION_NOT_ALLOWED',
      message: '处于“起草”状态的事项不能“办结”',
    });
    expect(
      await transition(h.a, { caseId: opened.id, transition: 'submit', expectedVersion: 0 }),
    ).toMatchObject({ __typename: 'InputError', issues: [{ path: 'input.expectedVersion' }] });
    await transition(h.a, { caseId: opened.id, transition: 'submit', expectedVersion: 1 });
    const afterSubmit = await written();
    expect(
      await transition(h.a, {
        caseId: opened.id,
        transition: 'return',
        expectedVersion: 2,
        reason: '  ',
      }),
    ).toMatchObject({ __typename: 'InputError', issues: [{ path: 'input.reason' }] });
    expect(await written()).toEqual(afterSubmit);
    expect(afterSubmit.transitions).toBe(before.transitions + 1);
  });
});

describe('the full-process record (全程纪实表)', () => {
  let caseId: string;

  beforeAll(async () => {
    caseId = (await openCase(h.a, '全程纪实测试')).id;
    const steps = [
      { transition: 'submit' },
      { transition: 'return', reason: '缺少考察材料' },
      {
        transition: 'submit',
        reason: '已补充',
        attachments: [{ name: '考察材料', reference: 'A-7' }],
      },
    ];
    for (const [i, step] of steps.entries()) {
      const result = await transition(h.a, { caseId, expectedVersion: i + 1, ...step });
      expect(result.__typename).toBe('MutationTransitionCaseSuccess');
    }
  });

  it('lists every step in order, with who, from, to, why and attachments', async () => {
    const { caseRecord } = await h.a.data<{
      caseRecord: {
        case: { title: string; state: string; version: number };
        printUrl: string;
        entries: Record<string, unknown>[];
      };
    }>(
      `query ($id: ID!) { caseRecord(id: $id) {
        case { title state version } printUrl
        entries { transition fromState toState version actorName reason attachments { name reference } }
      } }`,
      { id: caseId },
    );
    expect(caseRecord.case).toEqual({ title: '全程纪实测试', state: 'submitted', version: 4 });
    expect(caseRecord.printUrl).toBe(`/cases/${rowId(caseId)}/record.html`);
    expect(caseRecord.entries).toEqual([
      {
        transition: 'open',
        fromState: null,
        toState: 'draft',
        version: 1,
        actorName: '甲区干部科',
        reason: '',
        attachments: [],
      },
      {
        transition: 'submit',
        fromState: 'draft',
        toState: 'submitted',
        version: 2,
        actorName: '甲区干部科',
        reason: '',
        attachments: [],
      },
      {
        transition: 'return',
        fromState: 'submitted',
        toState: 'draft',
        version: 3,
        actorName: '甲区干部科',
        reason: '缺少考察材料',
        attachments: [],
      },
      {
        transition: 'submit',
        fromState: 'draft',
        toState: 'submitted',
        version: 4,
        actorName: '甲区干部科',
        reason: '已补充',
        attachments: [{ name: '考察材料', reference: 'A-7' }],
      },
    ]);
  });

  it('labels states and steps in the request’s language', async () => {
    const english = new GraphQLClient(h.a.baseUrl, { ...h.a.options, language: 'en' });
    const { workflowCase } = await english.data<{
      workflowCase: { stateLabel: string; history: { label: string }[] };
    }>('query ($id: ID!) { workflowCase(id: $id) { stateLabel history { label } } }', {
      id: caseId,
    });
    expect(workflowCase).toEqual({
      stateLabel: 'Submitted',
      history: [{ label: 'Opened' }, { label: 'Submit' }, { label: 'Return' }, { label: 'Submit' }],
    });
  });

  it('needs core.case.read', async () => {
    const reader = await staffWith(h, 'reader.a', ['alpha.note.read']);
    const denied = await reader.request('query ($id: ID!) { workflowCase(id: $id) { id } }', {
      id: caseId,
    });
    expect(denied.data?.workflowCase ?? null).toBeNull();
    expect(JSON.stringify(denied.errors)).toContain('core.case.read');

    const page = await printedRecord(reader, caseId);
    expect(page.status).toBe(403);
  });

  it('prints as a complete HTML page, text escaped', async () => {
    const hostile = await openCase(h.a, '<script>alert("纪实")</script>');
    await transition(h.a, {
      caseId: hostile.id,
      transition: 'submit',
      expectedVersion: 1,
      reason: '<img src=x onerror=alert(1)>',
      attachments: [{ name: '<b>附件</b>', reference: '"><script>' }],
    });
    const page = await printedRecord(h.a, hostile.id);
    expect(page.status).toBe(200);
    expect(page.type).toBe('text/html; charset=utf-8');
    expect(page.html).toMatch(/^<!DOCTYPE html>/);
    expect(page.html).toContain('甲事项全程纪实表');
    expect(page.html).toContain('&lt;script&gt;alert(&quot;纪实&quot;)&lt;/script&gt;');
    expect(page.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(page.html).not.toMatch(/<script|<img|<b>/);
    expect(page.html.indexOf('<td>立项</td>')).toBeLessThan(page.html.indexOf('<td>提交</td>'));

    const english = await printedRecord(h.a, caseId, 'en');
    expect(english.html).toContain('Alpha case — Full-process record');
    expect(english.html).toContain('缺少考察材料');
  });

  it('answers 404 for another district’s case as for a missing one', async () => {
    const foreign = await printedRecord(h.b, caseId);
    const missing = await printedRecord(h.b, globalId('WorkflowCase', randomUUID()));
    expect(foreign).toEqual(missing);
    expect(foreign.status).toBe(404);
    expect((await fetch(`${h.gateway.url}/cases/nonsense/record.html`)).status).toBe(404);
  });
});
