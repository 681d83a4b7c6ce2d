import type { Runtime } from '../../src/runtime.js'
import type { BackupApi } from '../../src/aws/backupApi.js'
import type { ChildJob, JobRequest, JobStatus, StartedJob } from '../../src/shared/job.js'

/** What the step showed the user: outputs, log lines, annotations, the summary, and whether it failed. */
export interface Seen {
  outputs: Record<string, string>
  log: string[]
  warnings: string[]
  errors: string[]
  failed?: string
  summary?: string
  secrets: string[]
  /** Hidden in the log only (account ids), unlike secrets. */
  masked: string[]
  started: string[]
  idTokenRequests: number
}

/** An AWS Backup that starts jobs unless told to fail for a resource, and answers statuses from a script. */
export function fakeBackup(
  options: {
    failStart?: Record<string, Error>
    status?: (job: StartedJob, call: number) => JobStatus
    failStop?: Record<string, Error>
    children?: ChildJob[]
  } = {}
) {
  const calls = new Map<string, number>()
  const started: string[] = []
  const stopped: string[] = []
  const api: BackupApi = {
    async start(request: JobRequest) {
      const failure = options.failStart?.[request.resourceArn]
      if (failure) throw failure
      started.push(request.resourceArn)
      return {
        backupJobId: `job-${started.length}`,
        status: { creationDate: new Date('2026-11-29T10:00:00Z'), isParent: false }
      }
    },
    async describe(job) {
      const n = (calls.get(job.backupJobId) ?? 0) + 1
      calls.set(job.backupJobId, n)
      return options.status?.(job, n) ?? { state: 'CREATED' }
    },
    async stop(job) {
      const failure = options.failStop?.[job.resourceArn]
      if (failure) throw failure
      stopped.push(job.backupJobId)
    },
    async lookUp() {
      throw new Error('the start step never looks a job up by its id')
    },
    async startCopy() {
      throw new Error('no copies in these tests')
    },
    async describeCopy() {
      throw new Error('no copies in these tests')
    },
    async listChildren() {
      return options.children ?? []
    },
    // Lists nothing, as just after the start (lists lag): the wait then reads each job with describe.
    async listJobs() {
      return []
    }
  }
  return { api, started, stopped }
}

export function fakeRuntime(
  inputs: Record<string, string>,
  api: BackupApi,
  env: NodeJS.ProcessEnv = {},
  signal = new AbortController().signal
) {
  const seen: Seen = { outputs: {}, log: [], warnings: [], errors: [], secrets: [], masked: [], started: [], idTokenRequests: 0 }
  let clock = Date.parse('2026-11-29T10:00:00Z')
  const rt: Runtime = {
    env,
    signal,
    getInput: (name) => inputs[name] ?? '',
    setOutput: (name, value) => (seen.outputs[name] = value),
    info: (line) => seen.log.push(line),
    warning: (line) => seen.warnings.push(line),
    error: (line) => seen.errors.push(line),
    setFailed: (message) => (seen.failed = message),
    setSecret: (value) => seen.secrets.push(value),
    mask: (value) => seen.masked.push(value),
    getIDToken: async () => {
      seen.idTokenRequests++
      return 'jwt'
    },
    writeSummary: async (markdown) => {
      seen.summary = markdown
    },
    now: () => clock,
    sleep: async (ms) => {
      clock += ms
    },
    // The fake clock never reaches a wall-clock deadline.
    timeUp: () => new AbortController().signal,
    backupApi: async () => api,
    // No real requests leave in these tests.
    requestsSent: async () => undefined
  }
  return { rt, seen }
}
