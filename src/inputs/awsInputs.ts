import { InputError } from '../shared/inputError.js'
import { quote } from '../shared/escape.js'
import { isRegion, parseRoleArn } from './arn.js'
import { regionProblem } from './regions.js'
import type { RunContext } from './idempotencyToken.js'
import { parseBoolean, parseDecimal, parseWholeNumber } from './scalarInputs.js'

/** The inputs the start and the wait steps share: how to reach AWS, and how to wait. */

/**
 * What an empty input means. The runner fills in action.yml's defaults, so these are for callers that do not (local
 * runs); a test holds them to action.yml's, which are the ones written for users.
 */
export const INPUT_FALLBACKS: Readonly<Record<string, string>> = Object.freeze({
  audience: 'sts.amazonaws.com',
  'role-duration-seconds': '3600',
  wait: 'false',
  'wait-timeout-minutes': '60',
  'poll-interval-seconds': '15',
  'allow-partial': 'false',
  'stop-job-on-timeout': 'false',
  'retry-max-attempts': '5',
  'mask-aws-account-id': 'false',
  'tag-recovery-points-with-run': 'true'
})

/** Reads one input by its name, as written in action.yml (empty string when not set). */
export type InputReader = (name: string) => string

/** How the step reaches AWS. */
export interface AwsSettings {
  readonly roleToAssume?: string
  /** Region for STS and for anything not tied to one resource. */
  readonly region: string
  readonly audience: string
  readonly roleSessionName: string
  readonly roleDurationSeconds: number
  readonly retryMaxAttempts: number
  /** Checked here; acted on before the inputs are parsed, so input errors cannot show an account id. */
  readonly maskAwsAccountId: boolean
}

/** How the step waits for jobs to end. */
export interface WaitSettings {
  readonly waitTimeoutSeconds: number
  readonly pollIntervalSeconds: number
  readonly allowPartial: boolean
  readonly stopJobOnTimeout: boolean
}

const SESSION_NAME = /^[\w+=,.@-]{2,64}$/
// Far beyond any runner's job limit; longer than one Node timer runs, so the wait's timers go in steps (shared/timers.ts).
const MAX_WAIT_MINUTES = 43_200
const MAX_POLL_SECONDS = 3_600

/** The reader with action.yml's defaults filled in for empty inputs. */
export function withFallbacks(read: InputReader): InputReader {
  return (name) => read(name) || (INPUT_FALLBACKS[name] ?? '')
}

/** A reader of inputs that must not be empty. */
export function requiredInput(read: InputReader): (name: string) => string {
  return (name) => {
    const value = read(name)
    if (value.trim() === '') throw new InputError(`Input ${name} is required but empty; set it in the step's "with:".`)
    return value
  }
}

/** The GitHub run this step belongs to, from the runner's environment. */
export function runContextFrom(env: NodeJS.ProcessEnv): RunContext {
  return {
    runId: env.GITHUB_RUN_ID || 'local',
    runAttempt: env.GITHUB_RUN_ATTEMPT || '1',
    repository: env.GITHUB_REPOSITORY ?? '',
    workflow: env.GITHUB_WORKFLOW ?? '',
    job: env.GITHUB_JOB ?? '',
    action: env.GITHUB_ACTION ?? ''
  }
}

/** aws-region when set (checked), and the first valid AWS_REGION or AWS_DEFAULT_REGION. */
export function regionInputs(read: InputReader, env: NodeJS.ProcessEnv): { explicitRegion: string; envRegion?: string } {
  const explicitRegion = read('aws-region')
  const problem = explicitRegion === '' ? undefined : regionProblem(explicitRegion)
  if (problem !== undefined) {
    throw new InputError(
      `Input aws-region has ${quote(explicitRegion)}, which is not an AWS region; ${problem}${problem.endsWith('?') ? '' : '.'}`
    )
  }
  return { explicitRegion, envRegion: [env.AWS_REGION, env.AWS_DEFAULT_REGION].find((r) => r && isRegion(r)) }
}

/** `region`: the step's region, worked out by the caller from aws-region, the environment and its jobs. */
export function parseAwsSettings(read: InputReader, env: NodeJS.ProcessEnv, region: string): AwsSettings {
  const roleToAssume = read('role-to-assume') || undefined
  if (roleToAssume !== undefined) parseRoleArn(roleToAssume, 'role-to-assume')
  const audience = read('audience')
  if (audience.length > 256 || /\s/.test(audience)) {
    throw new InputError(`Input audience has ${quote(audience)}; give one audience of at most 256 characters without spaces.`)
  }
  const roleSessionName = read('role-session-name') || defaultSessionName(runContextFrom(env))
  if (!SESSION_NAME.test(roleSessionName)) {
    throw new InputError(`Input role-session-name has ${quote(roleSessionName)}; use 2-64 characters of letters, digits and + = , . @ _ -.`)
  }
  return {
    roleToAssume,
    region,
    audience,
    roleSessionName,
    roleDurationSeconds: parseWholeNumber(read('role-duration-seconds'), 'role-duration-seconds', 900, 43_200),
    retryMaxAttempts: parseWholeNumber(read('retry-max-attempts'), 'retry-max-attempts', 1, 20),
    maskAwsAccountId: parseBoolean(read('mask-aws-account-id'), 'mask-aws-account-id', false)
  }
}

export function parseWaitSettings(read: InputReader): WaitSettings {
  return {
    waitTimeoutSeconds: parseDecimal(read('wait-timeout-minutes'), 'wait-timeout-minutes', 0, MAX_WAIT_MINUTES) * 60,
    pollIntervalSeconds: parseDecimal(read('poll-interval-seconds'), 'poll-interval-seconds', 1, MAX_POLL_SECONDS),
    allowPartial: parseBoolean(read('allow-partial'), 'allow-partial', false),
    stopJobOnTimeout: parseBoolean(read('stop-job-on-timeout'), 'stop-job-on-timeout', false)
  }
}

function defaultSessionName(run: RunContext): string {
  return run.runId === 'local' ? 'GitHubActions' : `GitHubActions-${run.runId}-${run.runAttempt}`.slice(0, 64)
}
