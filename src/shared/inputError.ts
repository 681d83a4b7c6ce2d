/** A problem with the step's inputs or environment that the user fixes in the workflow: shown as one sentence, no stack. */
export class InputError extends Error {
  override readonly name = 'InputError'
}
