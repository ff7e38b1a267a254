/**
 * The CLI's one way out to the terminal. Commands write through it and
 * never touch process streams, so tests can capture everything they print.
 */
export interface Output {
  out(text: string): void;
  err(text: string): void;
}

export const processOutput: Output = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/** Exit codes, as documented in the README and --help. */
export const ExitCode = {
  ok: 0,
  ruleErrors: 1,
  dataErrors: 2,
  usage: 3,
  /** evaluate --check-against found units whose totals differ. */
  differences: 4,
} as const;
