/** Something that makes the step fail: one sentence for the user, and the resource it is about, if any. */
export interface Failure {
  readonly resourceArn?: string
  readonly message: string
}
