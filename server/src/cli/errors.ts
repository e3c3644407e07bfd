// The two ways a command fails, told apart by their exit status: a mistake on the command line
// (exit 2, with the usage text) and anything else (exit 1, the server's or the system's message).

/** Bad arguments: the caller prints `usage` after the message and exits 2. */
export class UsageError extends Error {
  constructor(message: string, readonly usage: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** A failure worth one line to the user (unreachable server, server error, missing file): exit 1. */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}
