import * as core from '@actions/core'
import type { AwsCredentialIdentityProvider } from '@smithy/types'
import type { AwsSettings } from './inputs/awsInputs.js'
import type { BackupApi } from './aws/backupApi.js'
import type { CredentialsDeps } from './aws/credentials.js'
import { watchRequests } from './aws/requestsSent.js'
import type { RunProvenance } from './inputs/runTags.js'
import { requestIdToken } from './aws/idToken.js'
import { proxySecrets } from './aws/proxyAgent.js'
import { afterDelay, timeoutSignal } from './shared/timers.js'
import { secretScrubber } from './shared/secretScrubber.js'

/**
 * Secrets the runner or an earlier step put in the environment: the token that requests OIDC tokens, and ambient AWS
 * credentials (the runner masks only the secrets of the workflow's own `secrets` context); and a proxy's password.
 */
const ENVIRONMENT_SECRETS = ['ACTIONS_ID_TOKEN_REQUEST_TOKEN', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN']
// Masking a shorter value would garble the log; no real credential is that short.
const SHORTEST_ENVIRONMENT_SECRET = 8

/** Everything the step does to the outside world, in one place, so the whole flow runs in tests without a runner or AWS. */
export interface Runtime extends CredentialsDeps {
  readonly env: NodeJS.ProcessEnv
  readonly signal: AbortSignal
  getInput(name: string): string
  setOutput(name: string, value: string): void
  warning(message: string): void
  error(message: string): void
  setFailed(message: string): void
  /**
   * Hides a value in the log the runner shows, as mask-aws-account-id does with account ids; unlike setSecret (for
   * credentials), it stays in the outputs and the summary, whose ARNs need it.
   */
  mask(value: string): void
  writeSummary(markdown: string): Promise<void>
  now(): number
  sleep(ms: number, signal?: AbortSignal): Promise<void>
  /** A signal that aborts `ms` from now by the wall clock. */
  timeUp(ms: number): AbortSignal
  backupApi(settings: AwsSettings, credentials: AwsCredentialIdentityProvider | undefined): Promise<BackupApi>
  requestsSent(): Promise<void>
  /** What the run says of itself, for tag-recovery-points-with-run; absent: no run to tell of. */
  runProvenance?(): Promise<RunProvenance>
}

/** A sleep that ends early, without error, when the signal aborts: cancellation must never wait out a pause. */
export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve()
    const done = (): void => {
      cancel()
      signal?.removeEventListener('abort', done)
      resolve()
    }
    signal?.addEventListener('abort', done, { once: true })
    // Any computed delay: fractions, and more than the 24.8 days one Node timer runs.
    const cancel = afterDelay(ms, done)
  })
}

/** The runner's side of the Runtime: @actions/core, the clock, and the AWS SDK (loaded only when a call is due). */
export function actionsRuntime(signal: AbortSignal): Runtime {
  const requests = watchRequests()
  // Whatever the step writes is scrubbed of every secret it knows (a service may echo one back in a message).
  const secrets = secretScrubber()
  const setSecret = (value: string): void => {
    secrets.add(value)
    core.setSecret(value)
  }
  const fromEnvironment = [...ENVIRONMENT_SECRETS.map((name) => process.env[name] ?? ''), ...proxySecrets(process.env)]
  for (const value of new Set(fromEnvironment)) if (value.length >= SHORTEST_ENVIRONMENT_SECRET) setSecret(value)
  const { scrub } = secrets
  return {
    env: process.env,
    signal,
    getInput: (name) => core.getInput(name),
    setOutput: (name, value) => core.setOutput(name, scrub(value)),
    info: (message) => core.info(scrub(message)),
    warning: (message) => core.warning(scrub(message)),
    error: (message) => core.error(scrub(message)),
    setFailed: (message) => core.setFailed(scrub(message)),
    setSecret,
    mask: (value) => core.setSecret(value),
    getIDToken: async (audience) => {
      const token = await requestIdToken(audience, process.env)
      setSecret(token)
      return token
    },
    writeSummary: async (markdown) => {
      // Outside a runner (local runs) there is no summary file; the log already holds the same facts.
      if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(scrub(markdown)).write()
    },
    now: () => Date.now(),
    sleep: (ms, sleepSignal) => abortableSleep(ms, sleepSignal),
    timeUp: (ms) => timeoutSignal(ms),
    requestsSent: () => requests.sent(),
    backupApi: async (settings, credentials) => (await import('./aws/backupApi.js')).createBackupApi(settings, credentials, { signal }),
    // Loaded only when recovery points are tagged with the run: @actions/github brings Octokit along.
    runProvenance: async () => {
      const { context } = await import('@actions/github')
      return {
        repository: process.env.GITHUB_REPOSITORY ? `${context.repo.owner}/${context.repo.repo}` : undefined,
        workflow: context.workflow,
        serverUrl: context.serverUrl,
        runId: context.runId,
        runAttempt: context.runAttempt,
        sha: context.sha,
        ref: context.ref,
        actor: context.actor
      }
    }
  }
}
