// Permissions are keys `<plugin>.<resource>.<action>` that plugins declare and roles grant.
// A grant is an exact key or a pattern: `core.*` or `core.case.*` (a prefix) or `*.read` (a
// suffix). A pattern never matches a sensitive permission: those are granted by their exact key,
// to named roles.

export interface PermissionSpec {
  zh: string;
  en: string;
  /** Whistleblower identity, full ID numbers…: granted only by exact key; reads are audited. */
  sensitive?: boolean;
}

export type PermissionCatalog = ReadonlyMap<string, PermissionSpec>;

const KEY = /^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*){2}$/;
const PATTERN = /^(\*|[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)?\.\*|\*\.[a-z][a-z0-9-]*)$/;

export const isPermissionKey = (key: string) => KEY.test(key);
export const isGrantPattern = (grant: string) => PATTERN.test(grant);

export function grantCovers(grant: string, key: string, spec: PermissionSpec | undefined): boolean {
  if (grant === key) return true;
  if (!spec || spec.sensitive || !isGrantPattern(grant)) return false;
  if (grant === '*') return true;
  if (grant.endsWith('.*')) return key.startsWith(grant.slice(0, -1));
  return key.endsWith(grant.slice(1));
}

/** What one credential may do: its grants read against the permissions installed plugins declare. */
export class PermissionSet {
  static readonly NONE = new PermissionSet([], new Map());
  readonly #granted = new Map<string, boolean>();

  constructor(
    readonly grants: readonly string[],
    readonly catalog: PermissionCatalog,
  ) {}

  has(key: string): boolean {
    let granted = this.#granted.get(key);
    if (granted === undefined) {
      const spec = this.catalog.get(key);
      granted = this.grants.some((grant) => grantCovers(grant, key, spec));
      this.#granted.set(key, granted);
    }
    return granted;
  }

  /** Every declared permission this set holds, in catalog order. */
  keys(): string[] {
    return [...this.catalog.keys()].filter((key) => this.has(key));
  }
}
