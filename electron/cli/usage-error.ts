/** A mistake of the user's: printed as one line, never with a stack trace. */
export class UsageError extends Error {}
