import { maskIdNumber } from './id-number.ts';

// Sensitive fields (敏感字段) are never written in the clear into audit records or event
// payloads: whoever may read the trail (an auditor, a partner subscribed to events) may not read
// them. A field is known by its name at any depth of what is written; core names its own, and a
// plugin names its own in its declaration (`sensitiveFields`).

/** What stands in for a secret's value: that it was set or changed shows, the value does not. */
export const REDACTED = '[已脱敏 redacted]';

/** How a field is shown masked: as the screens show it without the permission, or redacted. */
const MASKS = new Map<string, (value: string) => string>([
  ['idNumber', (value) => (value.length === 18 ? maskIdNumber(value) : REDACTED)],
  ['password', () => REDACTED],
  ['passwordHash', () => REDACTED],
  ['token', () => REDACTED],
  ['tokenHash', () => REDACTED],
  ['keyHash', () => REDACTED],
  ['secret', () => REDACTED],
  // What a sanction (处分、组织处理、诫勉) says: the trail shows whose changed and by whom, not what.
  ['sanctionDetails', () => REDACTED],
]);

/** Adds fields that are masked wherever they appear (a plugin's, when it is defined). */
export function declareSensitiveFields(names: Iterable<string>): void {
  for (const name of names) if (!MASKS.has(name)) MASKS.set(name, () => REDACTED);
}

export function isSensitiveField(name: string): boolean {
  return MASKS.has(name);
}

const maskValue = (mask: (value: string) => string, value: unknown): unknown =>
  value === null || value === undefined
    ? null
    : Array.isArray(value) // `[before, after]` of a change
      ? value.map((v) => maskValue(mask, v))
      : mask(typeof value === 'string' ? value : JSON.stringify(value));

/** `value` with every sensitive field, at any depth, masked; everything else as it was. */
export function maskSensitiveFields(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(maskSensitiveFields);
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([key, v]) => {
      const mask = MASKS.get(key);
      return [key, mask ? maskValue(mask, v) : maskSensitiveFields(v)];
    }),
  );
}
