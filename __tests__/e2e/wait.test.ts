import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startSandbox, type JobTimeline, type Sandbox } from '../../sandbox/sandbox.js'
import { errorAnnotations, logLines, nodeBinaries, runAction } from './runAction.js'
import { expectNoLeaks } from './secrets.js'

const ACCOUNT = '123456789012'
const ROLE_TO_ASSUME = `arn:aws:iam::${ACCOUNT}:role/github-backup`
const ebs = (name: string): string => `arn:aws:ec2:us-east-1:${ACCOUNT}:volume/vol-${name}`
const INPUTS = {
  'backup-vault-name': 'Default',
  'iam-role-arn': `arn:aws:iam::${ACCOUNT}:role/backup`,
  'role-to-assume': ROLE_TO_ASSUME,
  wait: 'true',
  'poll-interval-seconds': '1'
}
// Each resource name picks its timeline, so one sandbox serves every case.
const TIMELINES: Record<string, JobTimeline> = {
  completes: { pendingAfterMs: 100, runningAfterMs: 300, endAfterMs: 1800, endState: 'COMPLETED', backupSizeInBytes: 5 * 1024 ** 3 },
  fails: { runningAfterMs: 100, endAfterMs: 600, endState: 'FAILED', statusMessage: 'The volume is in use by another snapshot.' },
  expires: { pendingAfterMs: 600, endState: 'EXPIRED', statusMessage: 'The backup job did not start within the start window.' },
  partial: { runningAfterMs: 100, endAfterMs: 500, endState: 'PARTIAL', statusMessage: 'Some files were skipped.' },
  slow: { runningAfterMs: 100, endAfterMs: Infinity },
  hangs: { runningAfterMs: 100, endAfterMs: Infinity },
  outlives: { runningAfterMs: 200, endAfterMs: 4500 }
}
let counter = 0

describe.each(nodeBinaries())('wait with the real bundle on %s', (_, node) => {
  let sandbox: Sandbox
  beforeAll(async () => {
    sandbox = await startSandbox({
      trustedRoleArns: [ROLE_TO_ASSUME],
      timeline: (arn) => TIMELINES[Object.keys(TIMELINES).find((name) => arn.includes(name)) ?? 'completes']
    })
  })
  afterAll(() => sandbox.close())

  /** Every run its own run id, so no idempotency token is reused across cases. */
  const waitFor = (kind: string, inputs: Record<string, string> = {}, extra: Partial<Parameters<typeof runAction>[0]> = {}) =>
    runAction({
      node,
      inputs: { ...INPUTS, 'resource-arn': ebs(kind), ...inputs },
      env: { ...sandbox.env(), GITHUB_RUN_ID: `${7000 + ++counter}` },
      ...extra
    })

  it('follows RUNNING to COMPLETED, logging progress, and succeeds with the final facts', async () => {
    const before = sandbox.issuedSecrets()
    const run = await waitFor('completes')
    expect(errorAnnotations(run)).toEqual([])
    expect(run.code).toBe(0)
    const log = logLines(run)
    expect(log).toContainEqual(expect.stringMatching(/^Waiting for 1 backup job to end \(timeout 1h 00m 00s/))
    expect(log).toContainEqual(expect.stringMatching(/\(job [^)]+\): RUNNING.*\[\d+s\]$/))
    expect(log).toContainEqual(expect.stringMatching(/\(job [^)]+\) completed\.$/))
    const job = sandbox.job(run.outputs['backup-job-id']!)!
    expect(run.outputs).toMatchObject({
      state: 'COMPLETED',
      'recovery-point-arn': job.recoveryPointArn,
      'backup-size-bytes': String(5 * 1024 ** 3),
      'completion-date': job.completionDate!.toISOString()
    })
    expect(run.summary).toMatch(/\| COMPLETED \| .* \| 5\.0 GiB \|/)
    expectNoLeaks(run, sandbox, before)
  })

  it.each([
    ['FAILED', 'fails', {}, /failed: "The volume is in use by another snapshot"\.$/],
    [
      'EXPIRED',
      'expires',
      { 'start-window-minutes': '60' },
      /expired: it did not start or finish within its backup window: "The backup job did not start within the start window"\.$/
    ],
    ['PARTIAL without allow-partial', 'partial', {}, /ended PARTIAL, .* and allow-partial is false: "Some files were skipped"\.$/]
  ])('fails the step when the job ends %s, with its status message in the annotation', async (_, kind, inputs, message) => {
    const run = await waitFor(kind, inputs)
    expect(run.code).toBe(1)
    const errors = errorAnnotations(run)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(message)
    expect(errors[0]).toContain(ebs(kind))
    expect(run.outputs.state).toBe(kind === 'partial' ? 'PARTIAL' : kind === 'fails' ? 'FAILED' : 'EXPIRED')
    expect(run.summary).toContain(kind === 'partial' ? '| PARTIAL |' : kind === 'fails' ? '| FAILED |' : '| EXPIRED |')
  })

  it('accepts PARTIAL with allow-partial, with a warning', async () => {
    const run = await waitFor('partial', { 'allow-partial': 'true' })
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^::warning::.*ended PARTIAL.*accepted because allow-partial is true/m)
  })

  it('times out, saying which job was still running and how far, and leaves it running', async () => {
    const run = await waitFor('slow', { 'wait-timeout-minutes': '0.05' })
    expect(run.code).toBe(1)
    expect(errorAnnotations(run)).toEqual([
      expect.stringMatching(
        /^The wait timed out after 3s: arn:aws:ec2:us-east-1:123456789012:volume\/vol-slow \(job [^)]+\) was still RUNNING, [\d.]+% done.*; it goes on running in AWS Backup/
      )
    ])
    expect(sandbox.job(run.outputs['backup-job-id']!)!.state).toBe('RUNNING')
  })

  it('keeps to wait-timeout-minutes when a status check hangs at the deadline, ending within seconds of it', async () => {
    // After two answers, every status check (a ListBackupJobs) hangs for 25 s: each attempt times out after 5 s and is
    // retried, past the deadline.
    const hang = sandbox.fault({ service: 'backup', operation: 'ListBackupJobs', kind: 'delay', ms: 25_000, skip: 2, times: Infinity })
    try {
      const run = await waitFor('hangs', { 'wait-timeout-minutes': '0.05' })
      expect(run.code).toBe(1)
      expect(errorAnnotations(run)).toEqual([
        expect.stringMatching(
          /^The wait timed out after 3s: arn:aws:ec2:us-east-1:123456789012:volume\/vol-hangs \(job [^)]+\) was still RUNNING/
        )
      ])
      // 3 s of wait and 5 s for the last look, plus start-up: far from the 25 s the hanging check would take.
      expect(run.durationMs).toBeLessThan(15_000)
    } finally {
      hang.cancel()
    }
  })

  it('on timeout with stop-job-on-timeout, stops the job and says so', async () => {
    const run = await waitFor('slow', { 'wait-timeout-minutes': '0.05', 'stop-job-on-timeout': 'true' })
    expect(run.code).toBe(1)
    const id = run.outputs['backup-job-id']!
    expect(logLines(run)).toContain(`Stopped job ${id} for "${ebs('slow')}" (StopBackupJob accepted; it ends as ABORTED).`)
    expect(sandbox.job(id)!.stopped).toBe(true)
  })

  it('on SIGTERM while waiting with stop-job-on-timeout, stops the job and exits within a few seconds', async () => {
    let signalledAt = 0
    const run = await waitFor(
      'slow',
      { 'stop-job-on-timeout': 'true' },
      {
        onSpawn: (child, output) => {
          const poll = setInterval(() => {
            if (output().includes('Waiting for 1 backup job')) {
              clearInterval(poll)
              setTimeout(() => {
                signalledAt = Date.now()
                child.kill('SIGTERM')
              }, 1500)
            }
          }, 50)
        }
      }
    )
    const exitedAfterMs = run.endedAt - signalledAt
    expect(run.code).toBe(1)
    expect(signalledAt).toBeGreaterThan(0)
    expect(exitedAfterMs).toBeLessThan(5000)
    const id = run.outputs['backup-job-id']!
    expect(sandbox.job(id)!.stopped).toBe(true)
    expect(logLines(run)).toContain(`The run was cancelled; backup jobs started by this step: ${id} (${ebs('slow')}).`)
    expect(errorAnnotations(run)[0]).toMatch(/^The run was cancelled while waiting: .* it was stopped\.$/)
  })

  it('outlives the role credentials it started with: expired keys are refused, fresh ones come from a new ID token', async () => {
    const short = await startSandbox({ trustedRoleArns: [ROLE_TO_ASSUME], credentialsTtlSeconds: 1.5, timeline: TIMELINES.outlives })
    try {
      const before = short.issuedSecrets()
      const run = await runAction({ node, inputs: { ...INPUTS, 'resource-arn': ebs('outlives') }, env: short.env() })
      expect(errorAnnotations(run)).toEqual([])
      expect(run.code).toBe(0)
      const assumed = short.requests.filter((r) => r.operation === 'AssumeRoleWithWebIdentity')
      expect(assumed.length).toBeGreaterThan(1)
      const tokens = assumed.map((r) => (r.body as Record<string, string>).WebIdentityToken)
      expect(new Set(tokens).size).toBe(tokens.length)
      expect(short.requests.filter((r) => r.errorCode === 'ExpiredTokenException')).toEqual([])
      expectNoLeaks(run, short, before)
    } finally {
      await short.close()
    }
  })
})
