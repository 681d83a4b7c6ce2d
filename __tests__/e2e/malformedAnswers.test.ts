import { describe, expect, it } from '@jest/globals'
import { errorAnnotations, logLines, nodeBinaries } from './runAction.js'
import { DB, OIDC_INPUTS, ROLE_TO_ASSUME, calls, runChecked, withSandbox } from './scenario.js'

/**
 * Answers that are not AWS Backup's: a load balancer's HTML page, an empty 200 after the job was made, one garbled
 * status check, a status message of a megabyte, C1 control characters. The step says what happened (the status,
 * that something else may have answered, whether the job may exist), goes on where it can, and bounds its outputs.
 */

const TRUSTED = { trustedRoleArns: [ROLE_TO_ASSUME] }
const HTML = { 'content-type': 'text/html' }
const PAGE = '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center></body></html>'
const WAIT = { ...OIDC_INPUTS, wait: 'true', 'poll-interval-seconds': '1' }

describe.each(nodeBinaries())('answers that are not AWS Backup’s, real bundle on %s', (_, node) => {
  it("a load balancer's 502 page for every StartBackupJob: the status, that something else answered, and that the job may exist", () =>
    withSandbox(TRUSTED, async (sandbox) => {
      sandbox.fault({
        service: 'backup',
        operation: 'StartBackupJob',
        kind: 'answer',
        status: 502,
        headers: HTML,
        body: PAGE,
        times: Infinity
      })
      const run = await runChecked(sandbox, { node, inputs: { ...OIDC_INPUTS, 'retry-max-attempts': '2' } })
      expect(run.code).toBe(1)
      const token = run.outputs['idempotency-token']
      expect(errorAnnotations(run)).toEqual([
        `StartBackupJob for "${DB}" failed: AWS Backup in us-east-1 answered HTTP 502 Bad Gateway with text/html, not with AWS's JSON (2 attempts): something else, such as a proxy or a load balancer, may have answered, so the job may have started anyway: look for idempotency token ${token} in AWS Backup.`
      ])
      expect(run.stdout).not.toMatch(/SyntaxError|Deserialization error|\$response/)
      expect(calls(sandbox, 'StartBackupJob')).toHaveLength(2)
    }))

  it('an empty 200 after the job was made: the same request again finds the job, which is reported as started', () =>
    withSandbox(TRUSTED, async (sandbox) => {
      sandbox.fault({ service: 'backup', operation: 'StartBackupJob', kind: 'answer', status: 200, processed: true })
      const run = await runChecked(sandbox, { node, inputs: OIDC_INPUTS })
      expect(errorAnnotations(run)).toEqual([])
      expect(run.code).toBe(0)
      const [job, ...others] = sandbox.jobs()
      expect(others).toEqual([])
      expect(run.outputs['backup-job-id']).toBe(job?.backupJobId)
      expect(logLines(run)).toContainEqual(expect.stringContaining(`Started backup job ${job?.backupJobId} for ${DB}`))
      expect(run.summary).not.toContain('not started')
    }))

  it('an empty 200 for every StartBackupJob: says the job may exist, not that it was not started', () =>
    withSandbox(TRUSTED, async (sandbox) => {
      sandbox.fault({ service: 'backup', operation: 'StartBackupJob', kind: 'answer', status: 200, processed: true, times: Infinity })
      const run = await runChecked(sandbox, { node, inputs: OIDC_INPUTS })
      expect(run.code).toBe(1)
      const token = run.outputs['idempotency-token']
      expect(errorAnnotations(run)).toEqual([
        `StartBackupJob for "${DB}" failed: AWS Backup in us-east-1 answered HTTP 200 without a job id, twice: something else, such as a proxy or a load balancer, may have answered, so the job may have started anyway: look for idempotency token ${token} in AWS Backup.`
      ])
      expect(sandbox.jobs().map((j) => j.idempotencyToken)).toEqual([token])
    }))

  it('one garbled status check answer (a ListBackupJobs) while waiting: a failed check, and the wait goes on to COMPLETED', () =>
    withSandbox({ ...TRUSTED, timeline: { pendingAfterMs: 10, runningAfterMs: 30, endAfterMs: 2_000 } }, async (sandbox) => {
      sandbox.fault({ service: 'backup', operation: 'ListBackupJobs', kind: 'answer', status: 200, headers: HTML, body: PAGE })
      const run = await runChecked(sandbox, { node, inputs: WAIT })
      expect(errorAnnotations(run)).toEqual([])
      expect(run.code).toBe(0)
      expect(run.outputs.state).toBe('COMPLETED')
      expect(logLines(run)).toContainEqual(
        expect.stringMatching(
          /status check of 1 job in us-east-1 failed \("AWS Backup in us-east-1 answered HTTP 200 OK with text\/html, not with AWS's JSON"\); checking again later\.$/
        )
      )
    }))

  it('a status message of 1 MB: outputs hold a bounded part of it, and say it was cut', () =>
    withSandbox(
      {
        ...TRUSTED,
        timeline: {
          pendingAfterMs: 10,
          runningAfterMs: 30,
          endAfterMs: 300,
          endState: 'FAILED',
          statusMessage: `Failed: ${'x'.repeat(1024 * 1024)}`
        }
      },
      async (sandbox) => {
        const run = await runChecked(sandbox, { node, inputs: WAIT })
        expect(run.code).toBe(1)
        const message = run.outputs['status-message'] ?? ''
        expect(message.length).toBeLessThan(2_200)
        expect(message).toMatch(/^Failed: x+… \[cut: 1,048,584 characters in all\]$/)
        expect(JSON.parse(run.outputs['backup-jobs'] ?? '[]')[0].statusMessage).toBe(message)
        expect(logLines(run)).toContainEqual(
          expect.stringMatching(/status message .* 1,048,584 characters; the outputs hold its first 2,048\.$/)
        )
        expect(Object.values(run.outputs).join('').length).toBeLessThan(20_000)
      }
    ))

  it('C1 control characters (U+0080 to U+009F) in a status message reach neither the log nor the outputs raw', () =>
    withSandbox(
      {
        ...TRUSTED,
        timeline: {
          pendingAfterMs: 10,
          runningAfterMs: 30,
          endAfterMs: 300,
          endState: 'FAILED',
          statusMessage: 'Failed:\u0085next line \u009b31mred\u009b0m \u0090dcs\u009c end'
        }
      },
      async (sandbox) => {
        const run = await runChecked(sandbox, { node, inputs: WAIT })
        expect(run.code).toBe(1)
        expect(run.stdout).not.toMatch(/[\u0080-\u009f]/)
        for (const [name, value] of Object.entries(run.outputs)) expect([name, /[\u0080-\u009f]/.test(value)]).toEqual([name, false])
        expect(run.summary).not.toMatch(/[\u0080-\u009f]/)
        // The JSON output keeps the exact value, escaped.
        expect(JSON.parse(run.outputs['backup-jobs'] ?? '[]')[0].statusMessage).toBe(
          'Failed:\u0085next line \u009b31mred\u009b0m \u0090dcs\u009c end'
        )
        // A single-line output drops them (NEL, a line break, becomes a space); a quoted message shows them escaped.
        expect(run.outputs['status-message']).toBe('Failed: next line 31mred0m dcs end')
        expect(errorAnnotations(run)).toEqual([
          expect.stringContaining('"Failed:\\u0085next line \\u009b31mred\\u009b0m \\u0090dcs\\u009c end"')
        ])
      }
    ))
})
