import { isTrueInput } from './inputs/scalarInputs.js'

/**
 * With mask-aws-account-id, account ids are masked before the inputs are checked, so that even the message about a
 * bad input cannot show one. Any 12-digit run in the inputs that may hold ARNs counts: masking too much is harmless.
 */
export function maskAccountIdsEarly(
  rt: { getInput(name: string): string; setSecret(value: string): void },
  arnInputs: readonly string[]
): void {
  if (!isTrueInput(rt.getInput('mask-aws-account-id'))) return
  const ids = new Set(arnInputs.flatMap((name) => rt.getInput(name).match(/\d{12}/g) ?? []))
  ids.forEach((id) => rt.setSecret(id))
}
