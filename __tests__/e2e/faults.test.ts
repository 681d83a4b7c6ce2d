import { describe, expect, it } from '@jest/globals'
import type { Sandbox } from '../../sandbox/sandbox.js'
import { errorAnnotations, logLines, nodeBinaries } from './runAction.js'
import { BACKUP_ROLE, DB, OIDC_INPUTS, ROLE_TO_ASSUME, calls, runChecked, withSandbox } from './scenario.js'

/** AWS Backup misbehaving: what is retried (and never makes a second job), and what fails at once, with a hint. */

const TRUSTED = { trustedRoleArns: [ROLE_TO_ASSUME] }

describe.each(nodeBinaries())('AWS Backup faults, real bundle on %s', (_, node) => {
  it.each(['ThrottlingException', 'LimitExceededException'])('retries StartBackupJob throttled with %s twice, and starts one job', (code) =>
    withSandbox(TRUSTED, async (sandbox) => {
      sandbox.fault({ service: 'backup', operation: 'StartBackupJob', kind: 'throttle', code, times: 2 })
      const run = await runChecked(sandbox, { node, inputs: OIDC_INPUTS })
      expect(errorAnnotations(run)).toEqual([])
      expect(run.code).toBe(0)
      expect(calls(sandbox, 'StartBackupJob').map((r) => [r.status, r.errorCode])).toEqual([
        [400, code],
        [400, code],
        [200, undefined]
      ])
      expect(sandbox.jobs().map((j) => j.backupJobId)).toEqual([run.outputs['backup-job-id']])
    })
  )

  it('starts one job when the answer to the first StartBackupJob is lost, and reports that job', () =>
    withSandbox(TRUSTED, async (sandbox) => {
      sandbox.fault({ service: 'backup', operation: 'StartBackupJob', kind: 'drop' })
      const run = await runChecked(sandbox, { node, inputs: OIDC_INPUTS })
      expect(run.code).toBe(0)
      const starts = calls(sandbox, 'StartBackupJob')
      expect(starts.map((r) => r.dropped)).toEqual([true, false])
      // The retry carried the same idempotency token, so AWS Backup gave back the job the lost answer was about.
      expect(new Set(starts.map((r) => (r.body as { IdempotencyToken: string }).IdempotencyToken)).size).toBe(1)
      const [job, ...others] = sandbox.jobs()
      expect(others).toEqual([])
      expect(run.outputs['backup-job-id']).toBe(job?.backupJobId)
      expect(logLines(run)).toContainEqual(expect.stringContaining(`Started backup job ${job?.backupJobId} for ${DB}`))
    }))

  it('retries a 500 ServiceUnavailableException on the start and on status checks, and the wait goes on to COMPLETED', () =>
    withSandbox({ ...TRUSTED, timeline: { pendingAfterMs: 10, runningAfterMs: 30, endAfterMs: 2_500 } }, async (sandbox) => {
      sandbox.fault({ service: 'backup', operation: 'StartBackupJob', kind: 'unavailable', times: 2 })
      // Five failures with 3 attempts per call: the wait's first check (a ListBackupJobs) fails after all its retries,
      // the next one gets through.
      sandbox.fault({ service: 'backup', operation: 'ListBackupJobs', kind: 'unavailable', times: 5 })
      const inputs = { ...OIDC_INPUTS, wait: 'true', 'poll-interval-seconds': '1', 'retry-max-attempts': '3' }
      const run = await runChecked(sandbox, { node, inputs })
      expect(errorAnnotations(run)).toEqual([])
      expect(run.code).toBe(0)
      expect(calls(sandbox, 'StartBackupJob').map((r) => r.status)).toEqual([500, 500, 200])
      const lists = calls(sandbox, 'ListBackupJobs')
      expect(lists.slice(0, 6).map((r) => r.status)).toEqual([500, 500, 500, 500, 500, 200])
      expect(lists.at(-1)?.status).toBe(200)
      expect(logLines(run)).toContainEqual(
        expect.stringMatching(
          /^Warning: status check of 1 job in us-east-1 failed \(ServiceUnavailableException: .*\); checking again later\.$/
        )
      )
      expect(sandbox.jobs()).toHaveLength(1)
      expect(run.outputs.state).toBe('COMPLETED')
    }))

  const notRetried: Array<[string, object, ((s: Sandbox) => void) | undefined, RegExp]> = [
    [
      'ResourceNotFoundException (no such vault)',
      { vaults: ['another-vault'] },
      undefined,
      /failed: ResourceNotFoundException: Backup vault with name Default not found in us-east-1; check that the backup vault "Default" exists in us-east-1/
    ],
    [
      'InvalidParameterValueException',
      {},
      (s) =>
        s.fault({
          service: 'backup',
          operation: 'StartBackupJob',
          kind: 'error',
          code: 'InvalidParameterValueException',
          message: 'Lifecycle is not supported for resource type RDS.'
        }),
      /failed: InvalidParameterValueException: Lifecycle is not supported for resource type RDS; AWS Backup refused a value the step sent/
    ],
    [
      'AccessDeniedException',
      {},
      (s) =>
        s.fault({
          service: 'backup',
          operation: 'StartBackupJob',
          kind: 'error',
          code: 'AccessDeniedException',
          message: `User: arn:aws:sts::123456789012:assumed-role/github-backup/GitHubActions is not authorized to perform: backup:StartBackupJob`
        }),
      /failed: AccessDeniedException: User: .* is not authorized to perform: backup:StartBackupJob; allow backup:StartBackupJob to the credentials this step uses, in us-east-1\.$/
    ],
    [
      'an IAM role that cannot be passed',
      { passableRoles: ['arn:aws:iam::123456789012:role/some-other-role'] },
      undefined,
      new RegExp(
        `is not authorized to perform: iam:PassRole on resource: ${BACKUP_ROLE}; allow iam:PassRole on "${BACKUP_ROLE}" to the credentials`
      )
    ]
  ]
  it.each(notRetried)(
    'fails at once on %s, with the service message and a hint, after exactly one request',
    (_, options, arrange, expected) =>
      withSandbox({ ...TRUSTED, ...options }, async (sandbox) => {
        arrange?.(sandbox)
        const run = await runChecked(sandbox, { node, inputs: OIDC_INPUTS })
        expect(run.code).toBe(1)
        const annotations = errorAnnotations(run)
        expect(annotations).toHaveLength(1)
        expect(annotations[0]).toMatch(new RegExp(`^StartBackupJob for "${DB}" failed: `))
        expect(annotations[0]).toMatch(expected)
        expect(calls(sandbox, 'StartBackupJob')).toHaveLength(1)
        expect(calls(sandbox, 'DescribeBackupJob')).toEqual([])
        expect(sandbox.jobs()).toEqual([])
        expect(run.outputs['backup-job-id']).toBe('')
        expect(run.outputs['status-message']).toBe(annotations[0])
      })
  )
})
