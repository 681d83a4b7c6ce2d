import { describe, expect, it } from '@jest/globals'
import type { ChildProcess } from 'node:child_process'
import { errorAnnotations, logLines, nodeBinaries } from './runAction.js'
import { DB, OIDC_INPUTS, ROLE_TO_ASSUME, arrival, calls, eventually, runChecked, withSandbox } from './scenario.js'

/**
 * SIGTERM (the runner cancelling the run) at each phase: the step exits within 5 s of the signal, fails, and the
 * log says what was started so the user can find it.
 */

const TRUSTED = { trustedRoleArns: [ROLE_TO_ASSUME] }
const LONG_JOB = { ...TRUSTED, timeline: { pendingAfterMs: 10, runningAfterMs: 30, endAfterMs: Infinity } }
// AWS Backup cannot stop RDS jobs; DynamoDB ones it can.
const TABLE = 'arn:aws:dynamodb:us-east-1:123456789012:table/users'
const WAIT = { ...OIDC_INPUTS, wait: 'true', 'poll-interval-seconds': '1' }

/** Sends SIGTERM once `ready` resolves, and remembers when, to measure how long the step took to end after it. */
function terminateWhen(ready: Promise<void>): { onSpawn: (child: ChildProcess) => void; sentAt: () => number } {
  let sentAt = 0
  return {
    onSpawn: (child) => {
      void ready.then(() => {
        sentAt = Date.now()
        child.kill('SIGTERM')
      })
    },
    sentAt: () => sentAt
  }
}

describe.each(nodeBinaries())('SIGTERM at every phase, real bundle on %s', (_, node) => {
  it('before the start call (the OIDC token request hangs): exits promptly, and no job was started', () =>
    withSandbox(TRUSTED, async (sandbox) => {
      const signal = terminateWhen(arrival(sandbox, { service: 'oidc', kind: 'delay', ms: 10_000 }))
      const run = await runChecked(sandbox, { node, inputs: OIDC_INPUTS, onSpawn: signal.onSpawn })
      expect(signal.sentAt()).toBeGreaterThan(0)
      expect(Date.now() - signal.sentAt()).toBeLessThan(5_000)
      expect(run.code).not.toBe(0)
      expect(run.signal).toBeNull()
      expect(logLines(run)).toContain('The run was cancelled before any backup job was started.')
      expect(errorAnnotations(run)).toEqual([`No backup job was started for "${DB}": the run was cancelled before the request was sent.`])
      expect(calls(sandbox, 'StartBackupJob')).toEqual([])
      expect(sandbox.jobs()).toEqual([])
    }))

  it('during the start call (its answer is slow): exits promptly, naming the idempotency token that finds the job', () =>
    withSandbox(TRUSTED, async (sandbox) => {
      const signal = terminateWhen(arrival(sandbox, { service: 'backup', operation: 'StartBackupJob', kind: 'delay', ms: 4_000 }))
      const run = await runChecked(sandbox, { node, inputs: OIDC_INPUTS, onSpawn: signal.onSpawn })
      expect(Date.now() - signal.sentAt()).toBeLessThan(5_000)
      expect(run.code).not.toBe(0)
      const token = run.outputs['idempotency-token']
      expect(errorAnnotations(run)).toEqual([
        `The run was cancelled while the backup job for "${DB}" was being started; it may exist: look for idempotency token ${token} in AWS Backup.`
      ])
      // AWS Backup acts on the request after the step has gone: the token named in the log finds the job.
      await eventually(() => sandbox.jobs().length === 1, 8_000)
      expect(sandbox.jobs().map((j) => j.idempotencyToken)).toEqual([token])
    }))

  it('between start and wait (the job started, its first status check hangs): exits promptly, naming the job', () =>
    withSandbox(LONG_JOB, async (sandbox) => {
      // The wait's first status check is a ListBackupJobs.
      const signal = terminateWhen(arrival(sandbox, { service: 'backup', operation: 'ListBackupJobs', kind: 'delay', ms: 10_000 }))
      const run = await runChecked(sandbox, { node, inputs: WAIT, onSpawn: signal.onSpawn })
      expect(Date.now() - signal.sentAt()).toBeLessThan(5_000)
      expect(run.code).not.toBe(0)
      const [job, ...others] = sandbox.jobs()
      expect(others).toEqual([])
      expect(logLines(run)).toContain(`The run was cancelled; backup jobs started by this step: ${job?.backupJobId} (${DB}).`)
      expect(run.outputs['backup-job-id']).toBe(job?.backupJobId)
      expect(errorAnnotations(run)).toEqual([
        expect.stringMatching(/^The run was cancelled while waiting: .* it goes on running in AWS Backup/)
      ])
    }))

  it('without wait, while the status check after the start hangs: exits promptly, naming the job', () =>
    withSandbox(LONG_JOB, async (sandbox) => {
      const signal = terminateWhen(arrival(sandbox, { service: 'backup', operation: 'DescribeBackupJob', kind: 'delay', ms: 8_000 }))
      const run = await runChecked(sandbox, { node, inputs: { ...OIDC_INPUTS, 'retry-max-attempts': '1' }, onSpawn: signal.onSpawn })
      expect(Date.now() - signal.sentAt()).toBeLessThan(5_000)
      expect(run.code).not.toBe(0)
      const [job] = sandbox.jobs()
      expect(logLines(run)).toContain(`The run was cancelled; backup jobs started by this step: ${job?.backupJobId} (${DB}).`)
      expect(run.outputs['backup-job-id']).toBe(job?.backupJobId)
    }))

  it.each([
    ['false', 'RUNNING', 0],
    ['true', 'ABORTED', 1]
  ])('while waiting, stop-job-on-timeout %s: exits promptly, naming the job, which ends up %s', (stop, state, stops) =>
    withSandbox(LONG_JOB, async (sandbox) => {
      const waiting = eventually(() => calls(sandbox, 'ListBackupJobs').length >= 2)
      const signal = terminateWhen(waiting)
      const inputs = { ...WAIT, 'resource-arn': TABLE, 'stop-job-on-timeout': stop as string }
      const run = await runChecked(sandbox, { node, inputs, onSpawn: signal.onSpawn })
      expect(Date.now() - signal.sentAt()).toBeLessThan(5_000)
      expect(run.code).not.toBe(0)
      const [job] = sandbox.jobs()
      expect(logLines(run)).toContain(`The run was cancelled; backup jobs started by this step: ${job?.backupJobId} (${TABLE}).`)
      expect(run.outputs['backup-job-id']).toBe(job?.backupJobId)
      expect(calls(sandbox, 'StopBackupJob')).toHaveLength(stops as number)
      await eventually(() => sandbox.job(job?.backupJobId ?? '')?.state === state, 2_000)
    })
  )
})
