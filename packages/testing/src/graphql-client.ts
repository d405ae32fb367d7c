/** A GraphQL response as a client sees it over HTTP. */
export interface GraphQLResponse<Data = Record<string, unknown>> {
  status: number;
  data?: Data;
  errors?: { message: string; extensions?: Record<string, unknown>; path?: (string | number)[] }[];
}

export interface GraphQLClientOptions {
  token?: string | null;
  language?: 'zh' | 'en';
  /** Sent with every request, e.g. `idempotency-key`. */
  headers?: Record<string, string>;
}

/** Talks to a gateway as any client does: JSON over HTTP POST to /graphql. */
export class GraphQLClient {
  constructor(
    readonly baseUrl: string,
    readonly options: GraphQLClientOptions = {},
  ) {}

  withToken(token: string | null): GraphQLClient {
    return new GraphQLClient(this.baseUrl, { ...this.options, token });
  }

  withHeaders(headers: Record<string, string>): GraphQLClient {
    return new GraphQLClient(this.baseUrl, {
      ...this.options,
      headers: { ...this.options.headers, ...headers },
    });
  }

  async request<Data = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GraphQLResponse<Data>> {
    return this.post<Data>({ query, variables });
  }

  /** Posts any body: a trusted document id, or something malformed on purpose. */
  async post<Data = Record<string, unknown>>(
    body: unknown,
  ): Promise<GraphQLResponse<Data> & { headers: Headers }> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'accept-language': this.options.language ?? 'zh-CN',
        ...(this.options.token ? { authorization: `Bearer ${this.options.token}` } : {}),
        ...this.options.headers,
      },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    const parsed = (await response.json()) as Omit<GraphQLResponse<Data>, 'status'>;
    return { status: response.status, headers: response.headers, ...parsed };
  }

  /** Like `request`, but any GraphQL error fails the test with its text. */
  async data<Data = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<Data> {
    const result = await this.request<Data>(query, variables);
    if (result.errors?.length || !result.data) {
      throw new Error(`GraphQL errors: ${JSON.stringify(result.errors ?? result)}`);
    }
    return result.data;
  }

  /** Signs in and returns a client that sends the session token. */
  async login(username: string, password: string): Promise<GraphQLClient> {
    const data = await this.data<{
      login: { __typename: string; token?: string; message?: string };
    }>(
      `mutation ($u: String!, $p: String!) {
        login(username: $u, password: $p) {
          __typename
          ... on MutationLoginSuccess { data { token } }
          ... on Error { message }
        }
      }`,
      { u: username, p: password },
    );
    const login = data.login as { __typename: string; data?: { token: string }; message?: string };
    if (!login.data) throw new Error(`login failed: ${login.message ?? login.__typename}`);
    return this.withToken(login.data.token);
  }
}
