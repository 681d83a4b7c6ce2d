import { describe, expect, it } from '@jest/globals'
import { errorAnnotations, logLines, nodeBinaries } from './runAction.js'
import { ACCOUNT, OIDC_INPUTS, ROLE_TO_ASSUME, calls, runChecked, withSandbox } from './scenario.js'

/**
 * A job AWS Backup hands back for an idempotency token that was used before: the same request made again (a replay),
 * reported as such, and a token reused for another resource, which must not pass for that resource's backup.
 */

const ORDERS = `arn:aws:rds:us-east-1:${ACCOUNT}:db:orders`
const PAYMENTS = `arn:aws:rds:us-east-1:${ACCOUNT}:db:payments`
const QUICK = { trustedRoleArns: [ROLE_TO_ASSUME], timeline: { pendingAfterMs: 10, runningAfterMs: 30, endAfterMs: 400 } }
const WAIT = { wait: 'true', 'poll-interval-seconds': '1' }

interface JobEntry {
  readonly resourceArn: string
  readonly backupJobId: string | null
  readonly replayed: boolean
}
const entries = (outputs: Record<string, string>): JobEntry[] => JSON.parse(outputs['backup-jobs'] ?? '[]') as JobEntry[]
const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

describe.each(nodeBinaries())('idempotency tokens used before, real bundle on %s', (_, node) => {
  it('fails a resource whose explicit token AWS answers with another resource’s job, and never reports that job as its own', () =>
    withSandbox(QUICK, async (sandbox) => {
      const token = 'release-2026-05-01'
      const first = await runChecked(sandbox, {
        node,
        inputs: { ...OIDC_INPUTS, ...WAIT, 'resource-arn': ORDERS, 'idempotency-token': token }
      })
      expect(first.code).toBe(0)
      const ordersJob = first.outputs['backup-job-id'] ?? ''

      const second = await runChecked(sandbox, {
        node,
        inputs: { ...OIDC_INPUTS, ...WAIT, 'resource-arn': PAYMENTS, 'idempotency-token': token }
      })
      expect(second.code).toBe(1)
      expect(errorAnnotations(second)).toEqual([
        `No backup of "${PAYMENTS}" was started: idempotency token ${token} was already used for another backup, so AWS Backup returned job ${ordersJob} of "${ORDERS}" in vault Default; give this step an idempotency-token of its own.`
      ])
      // Nothing of the orders job is reported as the payments backup.
      expect(second.outputs['backup-job-id']).toBe('')
      expect(second.outputs['recovery-point-arn']).toBe('')
      expect(logLines(second).join('\n')).not.toMatch(/completed\.|Started backup job/)
      expect(second.summary).toContain('❌')
      expect(sandbox.jobs().map((j) => j.resourceArn)).toEqual([ORDERS])
    }))

  it('reports a replay as the existing job, not as a new start, with "replayed": true', () =>
    withSandbox(QUICK, async (sandbox) => {
      const inputs = { ...OIDC_INPUTS, 'resource-arn': ORDERS, 'idempotency-token': 'nightly-orders' }
      const first = await runChecked(sandbox, { node, inputs })
      expect(first.code).toBe(0)
      expect(entries(first.outputs).map((e) => e.replayed)).toEqual([false])
      const [job] = sandbox.jobs()
      // Further from the first start than the action's margin for clock skew and the Date header's whole seconds.
      await pause(3_500)

      const again = await runChecked(sandbox, { node, inputs })
      expect(again.code).toBe(0)
      expect(again.outputs['backup-job-id']).toBe(job?.backupJobId)
      const log = logLines(again)
      const replay = `AWS returned the existing job ${job?.backupJobId} for ${ORDERS}, created at ${job?.creationDate.toISOString()}, for idempotency token nightly-orders; no new backup was started.`
      expect(log.filter((line) => line.startsWith(replay))).toHaveLength(1)
      expect(log.join('\n')).not.toContain('Started backup job')
      expect(entries(again.outputs).map((e) => e.replayed)).toEqual([true])
      expect(again.summary).toMatch(/existing job/)
      expect(sandbox.jobs()).toHaveLength(1)
      expect(calls(sandbox, 'StartBackupJob')).toHaveLength(2)
    }))

  it('reports a job whose answer was lost and retried within the step as started, not replayed', () =>
    withSandbox(QUICK, async (sandbox) => {
      sandbox.fault({ service: 'backup', operation: 'StartBackupJob', kind: 'drop', times: 1 })
      const run = await runChecked(sandbox, { node, inputs: OIDC_INPUTS })
      expect(run.code).toBe(0)
      expect(logLines(run)).toContainEqual(expect.stringMatching(/^Started backup job /))
      expect(entries(run.outputs).map((e) => e.replayed)).toEqual([false])
    }))
})
