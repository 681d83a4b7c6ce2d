import { isTrueInput } from './inputs/scalarInputs.js'

/**
 * With mask-aws-account-id, account ids are masked before the inputs are checked, so that even the message about a
 * bad input cannot show one. Any 12-digit run in the inputs that may hold ARNs counts: masking too much is harmless.
 */
export function maskAccountIdsEarly(rt: { getInput(name: string): string; mask(value: string): void }, arnInputs: readonly string[]): void {
  if (!isTrueInput(rt.getInput('mask-aws-account-id'))) return
  maskAccountIdsIn(
    rt,
    arnInputs.map((name) => rt.getInput(name))
  )
}

/** Masks the account ids in values that AWS answered (ARNs of jobs known only by their id). */
export function maskAccountIdsIn(rt: { mask(value: string): void }, values: readonly string[]): void {
  const ids = new Set(values.flatMap((value) => value.match(/\d{12}/g) ?? []))
  ids.forEach((id) => rt.mask(id))
}
