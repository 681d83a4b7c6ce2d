import { describe, expect, it } from '@jest/globals'
import { errorAnnotations, logLines, nodeBinaries } from './runAction.js'
import { OIDC_INPUTS, ROLE_TO_ASSUME, calls, runChecked, withSandbox, statusChecks } from './scenario.js'

/**
 * wait-timeout-minutes as users write it: decimals whose minutes make no whole number of milliseconds (0.17 min is
 * 10200.000000000002 ms), and the largest value allowed, longer than one Node timer can run.
 */

const TRUSTED = { trustedRoleArns: [ROLE_TO_ASSUME] }
// AWS Backup can stop DynamoDB jobs (not RDS ones).
const TABLE = 'arn:aws:dynamodb:us-east-1:123456789012:table/orders'
const WAIT = { ...OIDC_INPUTS, 'resource-arn': TABLE, wait: 'true', 'poll-interval-seconds': '1' }

describe.each(nodeBinaries())('wait-timeout-minutes, real bundle on %s', (_, node) => {
  it('0.17 (decimal minutes): waits for the job and reports it COMPLETED', () =>
    withSandbox({ ...TRUSTED, timeline: { pendingAfterMs: 10, runningAfterMs: 30, endAfterMs: 1_500 } }, async (sandbox) => {
      const run = await runChecked(sandbox, { node, inputs: { ...WAIT, 'wait-timeout-minutes': '0.17' } })
      expect(errorAnnotations(run)).toEqual([])
      expect(run.code).toBe(0)
      expect(logLines(run)).toContainEqual(expect.stringMatching(/^Waiting for 1 backup job to end \(timeout 10s,/))
      expect(run.outputs.state).toBe('COMPLETED')
    }))

  it(
    '0.17 with stop-job-on-timeout: checks the job until the timeout, stops it, and reports its last state',
    () =>
      withSandbox({ ...TRUSTED, timeline: { pendingAfterMs: 10, runningAfterMs: 30, endAfterMs: Infinity } }, async (sandbox) => {
        const inputs = { ...WAIT, 'wait-timeout-minutes': '0.17', 'stop-job-on-timeout': 'true' }
        const run = await runChecked(sandbox, { node, inputs, timeoutMs: 40_000 })
        expect(run.code).toBe(1)
        expect(errorAnnotations(run)).toEqual([
          expect.stringMatching(/^The wait timed out after 10s: .*\(job [^)]+\) was still RUNNING.*; it was stopped\.$/)
        ])
        expect(statusChecks(sandbox)).toBeGreaterThanOrEqual(3)
        expect(calls(sandbox, 'StopBackupJob').map((r) => r.status)).toEqual([200])
        expect(run.outputs.state).toBe('RUNNING')
        expect(sandbox.jobs().map((j) => j.stopped)).toEqual([true])
      }),
    45_000
  )

  it('43200 (30 days, past the longest single Node timer): waits for the job instead of timing out at once', () =>
    withSandbox({ ...TRUSTED, timeline: { pendingAfterMs: 10, runningAfterMs: 30, endAfterMs: 1_500 } }, async (sandbox) => {
      const run = await runChecked(sandbox, { node, inputs: { ...WAIT, 'wait-timeout-minutes': '43200' } })
      expect(errorAnnotations(run)).toEqual([])
      expect(run.code).toBe(0)
      expect(run.outputs.state).toBe('COMPLETED')
      expect(run.stderr).not.toContain('TimeoutOverflowWarning')
    }))
})
