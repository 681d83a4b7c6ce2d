import { expect } from '@jest/globals'
import { startSandbox, type RecordedRequest, type Sandbox, type SandboxOptions } from '../../sandbox/sandbox.js'
import { actionOutputNames } from '../../sandbox/runner.js'
import { MAIN_ACTION, runAction, type ActionRun, type RunOptions } from './runAction.js'
import { expectNoLeaks } from './secrets.js'

/** Shared fixtures for the e2e tests of issue 5 (faults, bad input, secrets, proxies): one sandbox per test. */

export const ACCOUNT = '123456789012'
export const DB = `arn:aws:rds:us-east-1:${ACCOUNT}:db:orders`
export const ROLE_TO_ASSUME = `arn:aws:iam::${ACCOUNT}:role/github-backup`
export const BACKUP_ROLE = `arn:aws:iam::${ACCOUNT}:role/backup`
export const STATIC = { accessKeyId: 'AKIAAMBIENTKEY000001', secretAccessKey: 'ambient/secret/key/0000000000000000000000' }
export const INPUTS = { 'resource-arn': DB, 'backup-vault-name': 'Default', 'iam-role-arn': BACKUP_ROLE }
export const OIDC_INPUTS = { ...INPUTS, 'role-to-assume': ROLE_TO_ASSUME }
/** Every output action.yml declares, read from it, sorted: GITHUB_OUTPUT must parse to exactly these. */
export const OUTPUT_NAMES = actionOutputNames(MAIN_ACTION.actionYml).sort()

/** A fresh sandbox for one test, closed whatever happens, so no job or fault leaks from one test into the next. */
export async function withSandbox<T>(options: SandboxOptions, body: (sandbox: Sandbox) => Promise<T>): Promise<T> {
  const sandbox = await startSandbox(options)
  try {
    return await body(sandbox)
  } finally {
    await sandbox.close()
  }
}

export interface CheckedRunOptions extends RunOptions {
  /** Variables of sandbox.env() to leave out, e.g. ACTIONS_ID_TOKEN_REQUEST_URL. */
  readonly omitEnv?: readonly string[]
}

/**
 * Runs the bundle against the sandbox, then checks what every run must hold whatever else it shows: no secret
 * is readable unmasked and no value started a workflow command of its own.
 */
export async function runChecked(sandbox: Sandbox, options: CheckedRunOptions): Promise<ActionRun> {
  const before = sandbox.issuedSecrets()
  const env: Record<string, string> = { ...sandbox.env(), ...options.env }
  for (const name of options.omitEnv ?? []) delete env[name]
  const run = await runAction({ ...options, env })
  expectNoLeaks(run, sandbox, before)
  expect(strayCommands(run)).toEqual([])
  return run
}

/**
 * Lines the runner would take as a workflow command the action never issues (e.g. one smuggled in by a value):
 * `::name::` at the start of a line, after any spaces, and the older `##[name]` anywhere in it.
 */
export function strayCommands(run: ActionRun): string[] {
  return run.stdout
    .split('\n')
    .filter((line) => (/^\s*::/.test(line) && !/^::(add-mask|error|warning|debug)::/.test(line)) || line.includes('##['))
}

/** The sandbox's record of one operation, in order. */
export function calls(sandbox: Sandbox, operation: string): RecordedRequest[] {
  return sandbox.requests.filter((r) => r.operation === operation)
}

/** The status checks of a wait: a ListBackupJobs per region and round, and a DescribeBackupJob per job the list lacks. */
export function statusChecks(sandbox: Sandbox): number {
  return calls(sandbox, 'DescribeBackupJob').length + calls(sandbox, 'ListBackupJobs').length
}

export function operations(sandbox: Sandbox): string[] {
  return sandbox.requests.map((r) => r.operation)
}

/** Resolves when a request for `operation` reaches the sandbox, before any delay fault holds its answer. */
export function arrival(sandbox: Sandbox, rule: Parameters<Sandbox['fault']>[0]): Promise<void> {
  return new Promise((resolve) => {
    sandbox.fault({
      ...rule,
      when: (ctx) => {
        resolve()
        return rule.when?.(ctx) ?? true
      }
    })
  })
}

/** Waits until `predicate` holds, checking every 50 ms; fails the test after `timeoutMs`. */
export async function eventually(predicate: () => boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error('condition not met in time')
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}
