/** A problem that stops start-up; its message is one line a person can act on, printed without a stack. */
export class StartupError extends Error {
  override name = "StartupError";
}
