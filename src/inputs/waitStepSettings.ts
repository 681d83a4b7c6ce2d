import { InputError } from '../shared/inputError.js'
import { quote } from '../shared/escape.js'
import type { JobRequest, JobStatus } from '../shared/job.js'
import { isRegion, parseArn } from './arn.js'
import { copyLifecycleProblem, parseCopySettings, type CopySettings } from './copyInputs.js'
import {
  parseAwsSettings,
  parseWaitSettings,
  regionInputs,
  withFallbacks,
  type AwsSettings,
  type InputReader,
  type WaitSettings
} from './awsInputs.js'

/** A job the wait step was given: its id and region, and what the start step knew of it, if it was given that. */
export interface JobToWaitFor {
  readonly backupJobId: string
  readonly region: string
  /** From backup-jobs; absent for a bare backup-job-id, whose resource DescribeBackupJob tells. */
  readonly request?: JobRequest
  readonly status?: JobStatus
}

/** Everything the wait step was asked to do, checked before any request is made. */
export interface WaitStepSettings extends AwsSettings, WaitSettings, CopySettings {
  readonly jobs: readonly JobToWaitFor[]
}

/** The wait step's inputs that can hold an account id, masked before anything else is read. */
export const WAIT_ARN_INPUTS: readonly string[] = [
  'backup-jobs',
  'backup-job-id',
  'role-to-assume',
  'copy-to-backup-vault-arn',
  'copy-iam-role-arn'
]

// AWS Backup's job ids are GUIDs; allow any id of letters, digits and dashes, but nothing that could smuggle text.
const JOB_ID = /^[A-Za-z0-9-]{1,128}$/
const JOB_ARN = /^arn:(aws(?:-[a-z]+)*):backup:([a-z0-9-]+):(\d{12}):backup-job:([A-Za-z0-9-]{1,128})$/

export function parseWaitStepSettings(readRaw: InputReader, env: NodeJS.ProcessEnv): WaitStepSettings {
  const read = withFallbacks(readRaw)
  const listed = read('backup-jobs').trim()
  const ids = read('backup-job-id')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
  if (listed !== '' && ids.length > 0) {
    throw new InputError(
      "Inputs backup-jobs and backup-job-id are both set; give one of them: backup-jobs for the start step's output, or backup-job-id for job ids."
    )
  }
  if (listed === '' && ids.length === 0) {
    throw new InputError(
      "Inputs backup-jobs and backup-job-id are both empty; set backup-jobs to the start step's backup-jobs output, or backup-job-id to the ids of the jobs to wait for."
    )
  }
  const { explicitRegion, envRegion } = regionInputs(read, env)
  const jobs = listed !== '' ? parseBackupJobs(listed) : parseJobIds(ids, explicitRegion || envRegion)
  const duplicate = jobs.find((job, i) => jobs.findIndex((other) => other.backupJobId === job.backupJobId) !== i)
  if (duplicate) throw new InputError(`Backup job ${quote(duplicate.backupJobId)} is listed twice; list each job once.`)
  const copies = parseCopySettings(read)
  // The backups' own lifecycle is known only later; what the copy-* inputs say alone must hold already.
  const lifecycleProblem = copies.copyTo.length > 0 ? copyLifecycleProblem(copies.copyLifecycle) : undefined
  if (lifecycleProblem !== undefined) throw new InputError(lifecycleProblem)
  return Object.freeze({
    ...parseAwsSettings(read, env, explicitRegion || envRegion || (jobs[0]?.region as string)),
    ...parseWaitSettings(read),
    ...copies,
    jobs: Object.freeze(jobs)
  })
}

/** The start step's backup-jobs output: a JSON array with one object per resource. */
function parseBackupJobs(text: string): JobToWaitFor[] {
  let entries: unknown
  try {
    entries = JSON.parse(text)
  } catch {
    throw new InputError(
      `Input backup-jobs is not JSON (it starts with ${quote(text, 40)}); pass the start step's backup-jobs output as it is, e.g. \${{ steps.backup.outputs.backup-jobs }}.`
    )
  }
  if (!Array.isArray(entries) || entries.length === 0 || !entries.every((e) => typeof e === 'object' && e !== null)) {
    throw new InputError(
      "Input backup-jobs must be a JSON array of the start step's job objects, not empty; pass the start step's backup-jobs output as it is."
    )
  }
  return (entries as Record<string, unknown>[]).map((entry, i) => jobFromEntry(entry, i))
}

function jobFromEntry(entry: Record<string, unknown>, i: number): JobToWaitFor {
  const where = `Entry ${i + 1} of input backup-jobs`
  const text = (name: string): string | undefined => (typeof entry[name] === 'string' ? (entry[name] as string) : undefined)
  const resourceArn = text('resourceArn')
  const parsed = resourceArn === undefined ? undefined : tryArn(resourceArn)
  if (resourceArn === undefined || parsed === undefined) {
    throw new InputError(`${where} has no resourceArn that is an ARN; pass the start step's backup-jobs output as it is.`)
  }
  const backupJobId = text('backupJobId')
  if (backupJobId === undefined || backupJobId === '') {
    const reason = text('statusMessage')
    throw new InputError(
      `${where}, for ${quote(resourceArn)}, has no backup job id: its backup did not start${reason ? ` (${quote(reason, 300)})` : ''}; fix that in the start step, or leave the resource out.`
    )
  }
  if (!JOB_ID.test(backupJobId)) throw new InputError(`${where} has backupJobId ${quote(backupJobId)}, which is not a job id.`)
  const region = text('region') ?? parsed.region
  if (!isRegion(region))
    throw new InputError(`${where}, for ${quote(resourceArn)}, has no region; pass the start step's backup-jobs output.`)
  const backupVaultName = text('backupVaultName')
  if (backupVaultName === undefined) throw new InputError(`${where}, for ${quote(resourceArn)}, has no backupVaultName.`)
  const creationDate = text('creationDate') === undefined ? undefined : new Date(text('creationDate') as string)
  return {
    backupJobId,
    region,
    request: {
      resourceArn,
      partition: text('partition') ?? parsed.partition,
      region,
      backupVaultName,
      idempotencyToken: text('idempotencyToken') ?? ''
    },
    status: {
      creationDate: creationDate && !Number.isNaN(creationDate.getTime()) ? creationDate : undefined,
      isParent: typeof entry.isParent === 'boolean' ? entry.isParent : undefined,
      recoveryPointArn: text('recoveryPointArn')
    }
  }
}

function tryArn(value: string): ReturnType<typeof parseArn> | undefined {
  try {
    return parseArn(value, 'backup-jobs')
  } catch {
    return undefined
  }
}

/** Job ids, one per line, or backup job ARNs, which name their region: all in one region. */
function parseJobIds(lines: readonly string[], region: string | undefined): JobToWaitFor[] {
  const jobs = lines.map((line): JobToWaitFor => {
    const arn = JOB_ARN.exec(line)
    if (arn) return { backupJobId: arn[4] as string, region: arn[2] as string }
    if (!JOB_ID.test(line)) {
      throw new InputError(`Input backup-job-id has ${quote(line)}, which is not a backup job id; give one job id per line.`)
    }
    if (region === undefined) {
      throw new InputError(
        `Input backup-job-id needs the jobs' region, and none is set; set aws-region (or AWS_REGION) to the region the jobs run in.`
      )
    }
    return { backupJobId: line, region }
  })
  const regions = [...new Set(jobs.map((job) => job.region))]
  if (regions.length > 1) {
    throw new InputError(
      `Input backup-job-id names jobs in ${regions.length} regions (${regions.join(', ')}); give the jobs of one region, or pass the start step's backup-jobs output instead.`
    )
  }
  return jobs
}
