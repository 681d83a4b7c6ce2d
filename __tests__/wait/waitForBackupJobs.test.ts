import { describe, expect, it } from '@jest/globals'
import { run } from '../../src/main.js'
import { isTransientAwsError } from '../../src/aws/transientErrors.js'
import { CredentialsError } from '../../src/aws/credentials.js'
import { fakeBackup, fakeRuntime } from '../unit/fakeRuntime.js'
import type { JobStatus } from '../../src/shared/job.js'

const DB = 'arn:aws:rds:us-east-1:123456789012:db:orders'
const EFS = 'arn:aws:elasticfilesystem:us-east-1:123456789012:file-system/fs-1'
const WAIT = { 'resource-arn': DB, 'backup-vault-name': 'Default', 'iam-role-arn': 'arn:aws:iam::123456789012:role/backup', wait: 'true' }

/** A job that runs for `calls` status checks, then ends as `end`. */
const endsAfter =
  (calls: number, end: JobStatus) =>
  (_: unknown, call: number): JobStatus =>
    call < calls ? { state: 'RUNNING', percentDone: String((call * 100) / calls) } : end
const awsError = (name: string, status?: number) =>
  Object.assign(new Error(`${name} happened`), { name, $metadata: { httpStatusCode: status } })

describe('run with wait', () => {
  it('succeeds once the job COMPLETED, with the final facts in the outputs', async () => {
    const done = {
      state: 'COMPLETED',
      messageCategory: 'SUCCESS',
      recoveryPointArn: 'arn:rp',
      backupSizeInBytes: 2048,
      completionDate: new Date('2026-11-29T10:30:00Z')
    }
    const { rt, seen } = fakeRuntime(WAIT, fakeBackup({ status: endsAfter(3, done) }).api)
    await run(rt)
    expect(seen.failed).toBeUndefined()
    expect(seen.outputs).toMatchObject({
      state: 'COMPLETED',
      'recovery-point-arn': 'arn:rp',
      'backup-size-bytes': '2048',
      'completion-date': '2026-11-29T10:30:00.000Z'
    })
    expect(seen.log).toContain(`Backup of "${DB}" (job job-1) completed.`)
    expect(seen.summary).toContain('| COMPLETED |')
  })

  it.each<[string, JobStatus, Record<string, string>, RegExp]>([
    ['FAILED', { state: 'FAILED', statusMessage: 'Snapshot quota exceeded' }, {}, /failed: "Snapshot quota exceeded"\.$/],
    ['ABORTED', { state: 'ABORTED' }, {}, /was aborted\.$/],
    ['EXPIRED', { state: 'EXPIRED' }, {}, /expired: it did not start or finish within its backup window/],
    ['PARTIAL without allow-partial', { state: 'PARTIAL' }, {}, /ended PARTIAL.*allow-partial is false/]
  ])('fails the step when the job ends %s, with its status message', async (_, end, extra, message) => {
    const { rt, seen } = fakeRuntime({ ...WAIT, ...extra }, fakeBackup({ status: endsAfter(2, end) }).api)
    await run(rt)
    expect(seen.failed).toMatch(message)
    expect(seen.failed).toContain(DB)
    expect(seen.outputs.state).toBe(end.state)
  })

  it.each<[string, JobStatus, Record<string, string>, RegExp]>([
    [
      'PARTIAL with allow-partial',
      { state: 'PARTIAL' },
      { 'allow-partial': 'true' },
      /ended PARTIAL.*accepted because allow-partial is true/
    ],
    [
      'COMPLETED with issues',
      { state: 'COMPLETED', messageCategory: 'AGGREGATE_ISSUES' },
      {},
      /completed with issues \(message category "AGGREGATE_ISSUES"\)/
    ]
  ])('succeeds with a warning when the job ends %s', async (_, end, extra, warning) => {
    const { rt, seen } = fakeRuntime({ ...WAIT, ...extra }, fakeBackup({ status: endsAfter(1, end) }).api)
    await run(rt)
    expect(seen.failed).toBeUndefined()
    expect(seen.warnings).toEqual([expect.stringMatching(warning)])
  })

  it('names each failed resource and still reports the others', async () => {
    const USERS = 'arn:aws:rds:us-east-1:123456789012:db:users'
    const backup = fakeBackup({
      status: (job) => (job.resourceArn === DB ? { state: 'COMPLETED' } : { state: 'FAILED', statusMessage: 'busy' })
    })
    const { rt, seen } = fakeRuntime({ ...WAIT, 'resource-arn': `${DB}\n${EFS}\n${USERS}` }, backup.api)
    await run(rt)
    expect(seen.errors).toEqual([`Backup of "${EFS}" (job job-2) failed: "busy".`, `Backup of "${USERS}" (job job-3) failed: "busy".`])
    expect(seen.failed).toBe(
      `2 of 3 backup jobs did not succeed: "${EFS}", "${USERS}"; see the errors above. Re-running this attempt starts a second backup of the 1 resource whose backup job did not fail, since the default idempotency tokens change with the run attempt; set idempotency-token from github.run_id (see the README's Idempotency section) so that a re-run returns the jobs already made.`
    )
    expect(seen.outputs.state).toBe('COMPLETED\nFAILED\nFAILED')
  })

  it('times out naming the running job and how far along it is; leaves it running by default', async () => {
    const backup = fakeBackup({ status: () => ({ state: 'RUNNING', percentDone: '40.0' }) })
    const { rt, seen } = fakeRuntime({ ...WAIT, 'wait-timeout-minutes': '2' }, backup.api)
    await run(rt)
    expect(seen.failed).toMatch(
      /^The wait timed out after 2m 00s: arn:aws:rds:us-east-1:123456789012:db:orders \(job job-1\) was still RUNNING, 40% done; it goes on running in AWS Backup/
    )
    expect(backup.stopped).toEqual([])
  })

  it('stops the running jobs on timeout with stop-job-on-timeout, and says which could not be stopped', async () => {
    const cannot = Object.assign(new Error('Cannot stop RDS backup jobs'), { name: 'InvalidRequestException' })
    const backup = fakeBackup({ status: () => ({ state: 'RUNNING' }), failStop: { [DB]: cannot } })
    const { rt, seen } = fakeRuntime(
      { ...WAIT, 'resource-arn': `${DB}\n${EFS}`, 'wait-timeout-minutes': '1', 'stop-job-on-timeout': 'true' },
      backup.api
    )
    await run(rt)
    expect(backup.stopped).toEqual(['job-2'])
    expect(seen.log).toContain(`Stopped job job-2 for "${EFS}" (StopBackupJob accepted; it ends as ABORTED).`)
    expect(seen.log).toContainEqual(
      expect.stringMatching(
        /^Could not stop job job-1 .*: AWS Backup refused \(Cannot stop RDS backup jobs\); jobs of some resource types \(RDS, Aurora, DocumentDB, Neptune, FSx, SAP HANA\) cannot be stopped/
      )
    )
    expect(seen.errors).toEqual([
      expect.stringMatching(
        /^The wait timed out after 1m 00s: .*db:orders .* it could not be stopped \(see the log\) and may still be running\.$/
      ),
      expect.stringMatching(/^The wait timed out after 1m 00s: .*fs-1 .* it was stopped\.$/)
    ])
    expect(seen.failed).toMatch(/^2 of 2 backup jobs did not succeed/)
  })

  it('on cancellation while waiting, stops the jobs when asked, reports them and fails', async () => {
    const controller = new AbortController()
    const backup = fakeBackup({
      status: (_, call) => {
        if (call === 2) controller.abort('SIGINT')
        return { state: 'RUNNING' }
      }
    })
    const { rt, seen } = fakeRuntime({ ...WAIT, 'stop-job-on-timeout': 'true' }, backup.api, {}, controller.signal)
    await run(rt)
    expect(backup.stopped).toEqual(['job-1'])
    expect(seen.failed).toMatch(/^The run was cancelled while waiting: .* it was stopped\.$/)
    expect(seen.log).toContain(`The run was cancelled; backup jobs started by this step: job-1 (${DB}).`)
    expect(seen.outputs['backup-job-id']).toBe('job-1')
  })

  it('when cancelled between the start and the wait, still stops the job it just started when asked', async () => {
    const controller = new AbortController()
    const backup = fakeBackup({ status: () => ({ state: 'RUNNING' }) })
    const { rt, seen } = fakeRuntime({ ...WAIT, 'stop-job-on-timeout': 'true' }, backup.api, {}, controller.signal)
    const info = rt.info
    rt.info = (line) => {
      info(line)
      if (line.startsWith('Started backup job')) controller.abort('SIGTERM')
    }
    await run(rt)
    expect(backup.stopped).toEqual(['job-1'])
    expect(seen.failed).toMatch(/^The run was cancelled while waiting: .* it was stopped\.$/)
  })

  it('keeps waiting through transient status errors, and gives up on one that cannot pass', async () => {
    const flaky = fakeBackup({ status: endsAfter(4, { state: 'COMPLETED' }) })
    const describe = flaky.api.describe.bind(flaky.api)
    let calls = 0
    flaky.api.describe = async (job) => (++calls <= 2 ? Promise.reject(awsError('ServiceUnavailableException', 503)) : describe(job))
    const ok = fakeRuntime(WAIT, flaky.api)
    await run(ok.rt)
    expect(ok.seen.failed).toBeUndefined()

    const denied = fakeBackup()
    denied.api.describe = async () => Promise.reject(awsError('AccessDeniedException', 403))
    const bad = fakeRuntime(WAIT, denied.api)
    await run(bad.rt)
    expect(bad.seen.failed).toMatch(
      /^DescribeBackupJob for ".*" failed: AccessDeniedException: AccessDeniedException happened; allow backup:DescribeBackupJob/
    )
  })

  it('lists the children of a parent job at the end, and fails a parent whose children all failed', async () => {
    const backup = fakeBackup({
      status: () => ({ state: 'COMPLETED', isParent: true, childJobsInState: { FAILED: 2 } }),
      children: [
        { backupJobId: 'c1', resourceArn: `${EFS}/a`, state: 'FAILED', statusMessage: 'no access' },
        { backupJobId: 'c2', resourceArn: `${EFS}/b`, state: 'FAILED' }
      ]
    })
    const { rt, seen } = fakeRuntime({ ...WAIT, 'resource-arn': EFS }, backup.api)
    await run(rt)
    expect(seen.log).toEqual(expect.arrayContaining([`  c1 ${EFS}/a: FAILED - no access`, `  c2 ${EFS}/b: FAILED`]))
    expect(seen.failed).toMatch(/failed: all of its child jobs failed \(2 FAILED\)/)
  })
})

describe('isTransientAwsError', () => {
  it.each<[string, unknown, boolean]>([
    ['throttling', awsError('ThrottlingException', 400), true],
    ['LimitExceededException', awsError('LimitExceededException', 400), true],
    ['a 503', awsError('ServiceUnavailableException', 503), true],
    ['a 500 of any name', awsError('InternalFailure', 500), true],
    ['a timeout', awsError('TimeoutError'), true],
    ['a reset connection', Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }), true],
    [
      'a proxy that refused the tunnel',
      new Error('The proxy proxy.corp:3128 refused to connect to backup.us-east-1.amazonaws.com:443: 503'),
      true
    ],
    ['a failed credentials renewal', new CredentialsError('Could not assume role-to-assume: STS unavailable.'), true],
    ['access denied', awsError('AccessDeniedException', 403), false],
    ['a missing job', awsError('ResourceNotFoundException', 400), false],
    ['not an error', 'nope', false]
  ])('%s: %s', (_, error, transient) => {
    expect(isTransientAwsError(error)).toBe(transient)
  })
})
