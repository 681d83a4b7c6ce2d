import { describe, expect, it } from '@jest/globals'
import type { ChildProcess } from 'node:child_process'
import { errorAnnotations, logLines, nodeBinaries } from './runAction.js'
import { OIDC_INPUTS, ROLE_TO_ASSUME, arrival, calls, eventually, runChecked, withSandbox } from './scenario.js'

/**
 * The runner's cancellation as it comes: a start still in flight when the grace period ends, the signal repeated,
 * and many jobs to stop while AWS Backup answers slowly.
 */

const TRUSTED = { trustedRoleArns: [ROLE_TO_ASSUME] }
const LONG_JOB = { ...TRUSTED, timeline: { pendingAfterMs: 10, runningAfterMs: 30, endAfterMs: Infinity } }
// AWS Backup can stop DynamoDB jobs (not RDS ones).
const table = (name: string): string => `arn:aws:dynamodb:us-east-1:123456789012:table/${name}`
const WAIT_AND_STOP = {
  ...OIDC_INPUTS,
  'resource-arn': table('orders'),
  wait: 'true',
  'poll-interval-seconds': '1',
  'stop-job-on-timeout': 'true'
}

/** Sends `signals` in turn, `gapMs` apart, once `ready` resolves. */
function signalWhen(ready: Promise<void>, signals: readonly NodeJS.Signals[], gapMs = 300): (child: ChildProcess) => void {
  return (child) => {
    void ready.then(async () => {
      for (const [i, signal] of signals.entries()) {
        if (i > 0) await new Promise((resolve) => setTimeout(resolve, gapMs))
        child.kill(signal)
      }
    })
  }
}

describe.each(nodeBinaries())('cancellation, real bundle on %s', (_, node) => {
  it('a start still in flight when the grace ends: one consistent account, and the job it makes later is stopped', () =>
    withSandbox(LONG_JOB, async (sandbox) => {
      const sent = arrival(sandbox, { service: 'backup', operation: 'StartBackupJob', kind: 'delay', ms: 3_500 })
      const run = await runChecked(sandbox, { node, inputs: WAIT_AND_STOP, onSpawn: signalWhen(sent, ['SIGTERM']) })
      expect(run.signal).toBeNull()
      expect(run.code).not.toBe(0)
      const token = run.outputs['idempotency-token']
      const log = logLines(run)
      expect(log).not.toContain('The run was cancelled before any backup job was started.')
      expect(log).toContain(
        `The run was cancelled while the start for ${table('orders')} was in flight; it may have made a backup job (idempotency token ${token}).`
      )
      expect(errorAnnotations(run)).toEqual([expect.stringMatching(/it may exist: look for idempotency token/)])
      // The start answered after the report: its job was stopped before the step ended.
      const [job, ...others] = sandbox.jobs()
      expect(others).toEqual([])
      expect(log).toContain(`The start for ${table('orders')} answered after the run was cancelled: job ${job?.backupJobId}; stopping it.`)
      expect(calls(sandbox, 'StopBackupJob').map((r) => r.path)).toEqual([`/backup-jobs/${job?.backupJobId}`])
      expect(job?.stopped).toBe(true)
    }))

  it('SIGINT twice while the step is stopping its jobs: it still writes its outputs and summary, and ends by itself', () =>
    withSandbox(LONG_JOB, async (sandbox) => {
      sandbox.fault({ service: 'backup', operation: 'StopBackupJob', kind: 'delay', ms: 1_000 })
      const waiting = eventually(() => calls(sandbox, 'DescribeBackupJob').length >= 2)
      const run = await runChecked(sandbox, { node, inputs: WAIT_AND_STOP, onSpawn: signalWhen(waiting, ['SIGINT', 'SIGINT']) })
      expect(run.signal).toBeNull()
      expect(run.code).toBe(1)
      const [job] = sandbox.jobs()
      expect(run.outputs['backup-job-id']).toBe(job?.backupJobId)
      expect(run.summary).toContain('### AWS Backup jobs')
      expect(calls(sandbox, 'StopBackupJob')).toHaveLength(1)
      expect(errorAnnotations(run)).toEqual([expect.stringMatching(/^The run was cancelled while waiting: .*; it was stopped\.$/)])
    }))

  it('50 jobs to stop while each StopBackupJob takes 1.5 s to answer: every stop is sent', () =>
    withSandbox(LONG_JOB, async (sandbox) => {
      const resources = Array.from({ length: 50 }, (_, i) => table(`t${i}`))
      let stopsArrived = 0
      sandbox.fault({
        service: 'backup',
        operation: 'StopBackupJob',
        kind: 'delay',
        ms: 1_500,
        times: Infinity,
        when: () => (stopsArrived++, true)
      })
      const waiting = eventually(() => calls(sandbox, 'DescribeBackupJob').length >= 50, 30_000)
      const inputs = { ...WAIT_AND_STOP, 'resource-arn': resources.join('\n') }
      const run = await runChecked(sandbox, { node, inputs, onSpawn: signalWhen(waiting, ['SIGTERM']) })
      expect(run.code).toBe(1)
      expect(stopsArrived).toBe(50)
      await eventually(() => sandbox.jobs().every((j) => j.stopped), 5_000)
      expect(logLines(run).filter((line) => line.startsWith('Stopped job '))).toHaveLength(50)
    }))
})
