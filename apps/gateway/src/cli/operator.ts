/** An operator at the command line acts as nobody in particular; the audit says so. */
export const OPERATOR = { label: 'operator', userId: null } as const;
