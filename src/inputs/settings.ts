import { InputError } from '../shared/inputError.js'
import type { JobRequest } from '../shared/job.js'
import { quote } from '../shared/escape.js'
import { isRegion, parseArn, parseRoleArn, type Arn } from './arn.js'
import { BACKUP_OPTION_RULES, TAG_RULES, parseKeyValueInput } from './keyValueInput.js'
import { defaultIdempotencyToken, explicitIdempotencyToken, type RunContext } from './idempotencyToken.js'
import { parseBoolean, parseDecimal, parseWholeNumber } from './scalarInputs.js'

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
  'mask-aws-account-id': 'false'
})

/** The inputs that hold ARNs, so account ids in them can be masked before anything else is read. */
export const ARN_INPUTS: readonly string[] = ['resource-arn', 'iam-role-arn', 'role-to-assume', 'logically-air-gapped-backup-vault-arn']

export interface Lifecycle {
  readonly DeleteAfterDays?: number
  readonly MoveToColdStorageAfterDays?: number
  readonly OptInToArchiveForSupportedResources?: boolean
}

/** Everything the step was asked to do, checked before any request is made. */
export interface Settings {
  readonly jobs: readonly JobRequest[]
  readonly iamRoleArn: string
  readonly roleToAssume?: string
  /** Region for STS and for anything not tied to one resource. */
  readonly region: string
  readonly audience: string
  readonly roleSessionName: string
  readonly roleDurationSeconds: number
  readonly startWindowMinutes?: number
  readonly completeWindowMinutes?: number
  readonly lifecycle?: Lifecycle
  readonly recoveryPointTags?: Readonly<Record<string, string>>
  readonly backupOptions?: Readonly<Record<string, string>>
  readonly index?: 'ENABLED' | 'DISABLED'
  readonly logicallyAirGappedBackupVaultArn?: string
  readonly wait: boolean
  readonly waitTimeoutSeconds: number
  readonly pollIntervalSeconds: number
  readonly allowPartial: boolean
  readonly stopJobOnTimeout: boolean
  readonly retryMaxAttempts: number
  /** Checked here; acted on before the inputs are parsed, so input errors cannot show an account id. */
  readonly maskAwsAccountId: boolean
}

/** Reads one input by its name, as written in action.yml (empty string when not set). */
export type InputReader = (name: string) => string

const VAULT_NAME = /^[a-zA-Z0-9\-_]{2,50}$/
const SESSION_NAME = /^[\w+=,.@-]{2,64}$/
const TOKEN = /^[\x21-\x7e]{1,100}$/
const MAX_WINDOW_MINUTES = 52_560_000
const MAX_LIFECYCLE_DAYS = 36_500
const MIN_DAYS_IN_COLD_STORAGE = 90
// Far beyond any runner's job limit; the wait never sets one timer for the whole timeout, so no timer overflows.
const MAX_WAIT_MINUTES = 43_200
const MAX_POLL_SECONDS = 3_600

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

/** Turns the raw inputs and environment into settings, or throws an InputError naming the first bad input. */
export function parseSettings(readRaw: InputReader, env: NodeJS.ProcessEnv): Settings {
  const read = (name: string): string => readRaw(name) || (INPUT_FALLBACKS[name] ?? '')
  const required = (name: string): string => {
    const value = read(name)
    if (value.trim() === '') throw new InputError(`Input ${name} is required but empty; set it in the step's "with:".`)
    return value
  }

  const resourceArns = read('resource-arn')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
  if (resourceArns.length === 0) required('resource-arn')
  const resources = resourceArns.map((arn) => ({ arn, parsed: parseArn(arn, 'resource-arn') }))
  const duplicate = resourceArns.find((arn, i) => resourceArns.indexOf(arn) !== i)
  if (duplicate !== undefined) throw new InputError(`Input resource-arn lists ${quote(duplicate)} twice; list each resource once.`)

  const backupVaultName = required('backup-vault-name')
  if (!VAULT_NAME.test(backupVaultName)) {
    throw new InputError(
      `Input backup-vault-name has ${quote(backupVaultName)}, which is not a vault name; use 2-50 letters, digits, "-" or "_".`
    )
  }
  const iamRoleArn = required('iam-role-arn')
  parseRoleArn(iamRoleArn, 'iam-role-arn')
  const roleToAssume = read('role-to-assume') || undefined
  if (roleToAssume !== undefined) parseRoleArn(roleToAssume, 'role-to-assume')

  const explicitRegion = read('aws-region')
  if (explicitRegion !== '' && !isRegion(explicitRegion)) {
    throw new InputError(`Input aws-region has ${quote(explicitRegion)}, which is not an AWS region; e.g. us-east-1.`)
  }
  const envRegion = [env.AWS_REGION, env.AWS_DEFAULT_REGION].find((r) => r && isRegion(r))
  const jobsRegions = resources.map(({ arn, parsed }) => regionFor(arn, parsed, explicitRegion, envRegion))
  const region = explicitRegion || envRegion || (jobsRegions[0] as string)

  const audience = read('audience')
  if (audience.length > 256 || /\s/.test(audience)) {
    throw new InputError(`Input audience has ${quote(audience)}; give one audience of at most 256 characters without spaces.`)
  }

  const run = runContextFrom(env)
  const roleSessionName = read('role-session-name') || defaultSessionName(run)
  if (!SESSION_NAME.test(roleSessionName)) {
    throw new InputError(`Input role-session-name has ${quote(roleSessionName)}; use 2-64 characters of letters, digits and + = , . @ _ -.`)
  }
  const roleDurationSeconds = parseWholeNumber(read('role-duration-seconds'), 'role-duration-seconds', 900, 43_200)

  const explicitToken = read('idempotency-token')
  if (explicitToken !== '' && !TOKEN.test(explicitToken)) {
    throw new InputError(`Input idempotency-token has ${quote(explicitToken)}; use 1-100 printable ASCII characters without spaces.`)
  }

  const startWindowMinutes = optionalWhole(read, 'start-window-minutes', 60, MAX_WINDOW_MINUTES)
  const completeWindowMinutes = optionalWhole(read, 'complete-window-minutes', 1, MAX_WINDOW_MINUTES)
  const lifecycle = parseLifecycle(read)

  const recoveryPointTags = parseKeyValueInput(read('recovery-point-tags'), 'recovery-point-tags', TAG_RULES)
  const backupOptions = parseKeyValueInput(read('backup-options'), 'backup-options', BACKUP_OPTION_RULES)
  const index = parseIndex(read('index'))
  const airGappedArn = read('logically-air-gapped-backup-vault-arn') || undefined
  if (airGappedArn !== undefined) {
    const { service, resource, region: vaultRegion, account } = parseArn(airGappedArn, 'logically-air-gapped-backup-vault-arn')
    if (service !== 'backup' || !resource.startsWith('backup-vault:') || vaultRegion === '' || account === '') {
      throw new InputError(
        `Input logically-air-gapped-backup-vault-arn has ${quote(airGappedArn)}, which is not a backup vault ARN; expected arn:aws:backup:<region>:<account>:backup-vault:<name>.`
      )
    }
  }

  const jobs = resources.map(({ arn, parsed }, i): JobRequest => {
    const jobRegion = jobsRegions[i] as string
    return {
      resourceArn: arn,
      partition: parsed.partition,
      region: jobRegion,
      backupVaultName,
      idempotencyToken:
        explicitToken === ''
          ? defaultIdempotencyToken(run, jobRegion, backupVaultName, arn)
          : explicitIdempotencyToken(explicitToken, arn, resources.length)
    }
  })

  return Object.freeze({
    jobs: Object.freeze(jobs.map((job) => Object.freeze(job))),
    iamRoleArn,
    roleToAssume,
    region,
    audience,
    roleSessionName,
    roleDurationSeconds,
    startWindowMinutes,
    completeWindowMinutes,
    lifecycle,
    recoveryPointTags,
    backupOptions,
    index,
    logicallyAirGappedBackupVaultArn: airGappedArn,
    wait: parseBoolean(read('wait'), 'wait', false),
    waitTimeoutSeconds: parseDecimal(read('wait-timeout-minutes'), 'wait-timeout-minutes', 0, MAX_WAIT_MINUTES) * 60,
    pollIntervalSeconds: parseDecimal(read('poll-interval-seconds'), 'poll-interval-seconds', 1, MAX_POLL_SECONDS),
    allowPartial: parseBoolean(read('allow-partial'), 'allow-partial', false),
    stopJobOnTimeout: parseBoolean(read('stop-job-on-timeout'), 'stop-job-on-timeout', false),
    retryMaxAttempts: parseWholeNumber(read('retry-max-attempts'), 'retry-max-attempts', 1, 20),
    maskAwsAccountId: parseBoolean(read('mask-aws-account-id'), 'mask-aws-account-id', false)
  })
}

/** A resource is backed up in its ARN's region; ARNs without one (S3) take aws-region, then AWS_REGION. */
function regionFor(value: string, arn: Arn, explicitRegion: string, envRegion: string | undefined): string {
  if (arn.region !== '') {
    if (explicitRegion !== '' && explicitRegion !== arn.region) {
      throw new InputError(
        `Input aws-region is ${quote(explicitRegion)} but resource-arn ${quote(value)} is in ${arn.region}; a resource is backed up in its own region, so remove aws-region or make them match.`
      )
    }
    return arn.region
  }
  const region = explicitRegion || envRegion
  if (!region) {
    throw new InputError(
      `Input resource-arn ${quote(value)} names no region; set aws-region (or AWS_REGION) to the region of its backup vault.`
    )
  }
  return region
}

function defaultSessionName(run: RunContext): string {
  return run.runId === 'local' ? 'GitHubActions' : `GitHubActions-${run.runId}-${run.runAttempt}`.slice(0, 64)
}

/** An optional whole-number input: empty means not set. */
function optionalWhole(read: InputReader, name: string, min: number, max: number): number | undefined {
  const raw = read(name)
  return raw === '' ? undefined : parseWholeNumber(raw, name, min, max)
}

function parseLifecycle(read: InputReader): Lifecycle | undefined {
  const cold = optionalWhole(read, 'move-to-cold-storage-after-days', 1, MAX_LIFECYCLE_DAYS)
  const expire = optionalWhole(read, 'delete-after-days', 1, MAX_LIFECYCLE_DAYS)
  const archiveRaw = read('opt-in-to-archive-for-supported-resources')
  const archive = archiveRaw === '' ? undefined : parseBoolean(archiveRaw, 'opt-in-to-archive-for-supported-resources', false)
  if (cold !== undefined && expire !== undefined && expire < cold + MIN_DAYS_IN_COLD_STORAGE) {
    throw new InputError(
      `Input delete-after-days is ${expire} but must be at least move-to-cold-storage-after-days + ${MIN_DAYS_IN_COLD_STORAGE} (${cold + MIN_DAYS_IN_COLD_STORAGE}), since backups stay in cold storage for at least ${MIN_DAYS_IN_COLD_STORAGE} days.`
    )
  }
  if (cold === undefined && expire === undefined && archive === undefined) return undefined
  return Object.freeze({
    ...(expire !== undefined && { DeleteAfterDays: expire }),
    ...(cold !== undefined && { MoveToColdStorageAfterDays: cold }),
    ...(archive !== undefined && { OptInToArchiveForSupportedResources: archive })
  })
}

function parseIndex(raw: string): 'ENABLED' | 'DISABLED' | undefined {
  if (raw === '') return undefined
  const upper = raw.toUpperCase()
  if (upper !== 'ENABLED' && upper !== 'DISABLED') {
    throw new InputError(`Input index has ${quote(raw)}; use ENABLED or DISABLED.`)
  }
  return upper
}
