import { InputError } from '../shared/inputError.js'
import type { JobRequest } from '../shared/job.js'
import { quote } from '../shared/escape.js'
import { parseArn, parseRoleArn, type Arn } from './arn.js'
import { BACKUP_OPTION_RULES, TAG_RULES, parseKeyValueInput } from './keyValueInput.js'
import { defaultIdempotencyToken, explicitIdempotencyToken } from './idempotencyToken.js'
import { parseBoolean, parseWholeNumber } from './scalarInputs.js'
import {
  parseAwsSettings,
  parseWaitSettings,
  regionInputs,
  requiredInput,
  runContextFrom,
  withFallbacks,
  type AwsSettings,
  type InputReader,
  type WaitSettings
} from './awsInputs.js'

/** The inputs that hold ARNs, so account ids in them can be masked before anything else is read. */
export const ARN_INPUTS: readonly string[] = ['resource-arn', 'iam-role-arn', 'role-to-assume', 'logically-air-gapped-backup-vault-arn']

export interface Lifecycle {
  readonly DeleteAfterDays?: number
  readonly MoveToColdStorageAfterDays?: number
  readonly OptInToArchiveForSupportedResources?: boolean
}

/** Everything the step was asked to do, checked before any request is made. */
export interface Settings extends AwsSettings, WaitSettings {
  readonly jobs: readonly JobRequest[]
  readonly iamRoleArn: string
  readonly startWindowMinutes?: number
  readonly completeWindowMinutes?: number
  readonly lifecycle?: Lifecycle
  readonly recoveryPointTags?: Readonly<Record<string, string>>
  readonly backupOptions?: Readonly<Record<string, string>>
  readonly index?: 'ENABLED' | 'DISABLED'
  readonly logicallyAirGappedBackupVaultArn?: string
  readonly wait: boolean
}

const VAULT_NAME = /^[a-zA-Z0-9\-_]{2,50}$/
const TOKEN = /^[\x21-\x7e]{1,100}$/
const MAX_WINDOW_MINUTES = 52_560_000
const MAX_LIFECYCLE_DAYS = 36_500
const MIN_DAYS_IN_COLD_STORAGE = 90

/** Turns the raw inputs and environment into settings, or throws an InputError naming the first bad input. */
export function parseSettings(readRaw: InputReader, env: NodeJS.ProcessEnv): Settings {
  const read = withFallbacks(readRaw)
  const required = requiredInput(read)

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
  const { explicitRegion, envRegion } = regionInputs(read, env)
  const jobsRegions = resources.map(({ arn, parsed }) => regionFor(arn, parsed, explicitRegion, envRegion))
  const aws = parseAwsSettings(read, env, explicitRegion || envRegion || (jobsRegions[0] as string))
  const run = runContextFrom(env)

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
          : explicitIdempotencyToken(explicitToken, arn, resources.length),
      ...(explicitToken !== '' && { tokenFromInput: true })
    }
  })

  return Object.freeze({
    ...aws,
    ...parseWaitSettings(read),
    jobs: Object.freeze(jobs.map((job) => Object.freeze(job))),
    iamRoleArn,
    startWindowMinutes,
    completeWindowMinutes,
    lifecycle,
    recoveryPointTags,
    backupOptions,
    index,
    logicallyAirGappedBackupVaultArn: airGappedArn,
    wait: parseBoolean(read('wait'), 'wait', false)
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
