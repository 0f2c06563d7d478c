/**
 * What every way of running the bot (terminal, gateway, HTTP endpoint)
 * gives back to `main`, so starting, waiting and stopping look the same
 * whichever transport carries the interactions.
 */
export interface Running {
  /** Which transport this is, for the logs. */
  readonly mode: 'terminal' | 'gateway' | 'http';
  /** Settles when the mode ends on its own (end of piped input), or once stopped. */
  readonly done: Promise<void>;
  /** Stops taking new interactions and closes the connection or listener. */
  stop(): Promise<void>;
}

/**
 * A Running for a server, which never ends on its own: `done` settles once
 * `close` (the transport's own closing) has finished.
 */
export function runningUntilStopped<Extra extends object>(mode: Running['mode'], close: () => Promise<void>, extra: Extra): Running & Extra {
  let stopped!: () => void;
  const done = new Promise<void>((resolve) => (stopped = resolve));
  return {
    ...extra,
    mode,
    done,
    async stop() {
      await close();
      stopped();
    },
  };
}
