/** A command line that cannot run as typed: the message says what to change. */
export class UsageError extends Error {}
