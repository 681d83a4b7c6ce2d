import { expect } from '@jest/globals'
import type { IssuedSecrets, Sandbox } from '../../sandbox/sandbox.js'
import type { ActionRun } from './runAction.js'

/**
 * No secret the sandbox handed out appears anywhere a user or another job could read it, except in the
 * ::add-mask:: commands that register it, and each secret handed to the action during the run was registered
 * (ambient keys come from the workflow's own secrets, which the runner masks).
 */
export function expectNoLeaks(run: ActionRun, sandbox: Sandbox, before: IssuedSecrets): void {
  const masked = new Set(
    run.stdout
      .split('\n')
      .filter((line) => line.startsWith('::add-mask::'))
      .map((line) => line.slice('::add-mask::'.length))
  )
  const readable = [
    run.stdout
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n'),
    run.stderr,
    JSON.stringify(run.outputs),
    run.summary,
    run.state
  ].join('\n')
  const { secretAccessKeys, sessionTokens, idTokens, requestToken } = sandbox.issuedSecrets()
  for (const secret of [...secretAccessKeys, ...sessionTokens, ...idTokens, requestToken]) {
    expect(readable.includes(secret) ? `leaked: ${secret.slice(0, 6)}…` : 'not leaked').toBe('not leaked')
  }
  const issuedDuringRun = [...secretAccessKeys, ...sessionTokens, ...idTokens].filter(
    (secret) => ![...before.secretAccessKeys, ...before.sessionTokens, ...before.idTokens].includes(secret)
  )
  for (const secret of issuedDuringRun) {
    expect(masked.has(secret) ? 'masked' : `never masked: ${secret.slice(0, 6)}…`).toBe('masked')
  }
}
