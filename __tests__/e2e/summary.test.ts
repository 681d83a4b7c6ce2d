import { describe, expect, it } from '@jest/globals'
import type { JobTimeline } from '../../sandbox/sandbox.js'
import { errorAnnotations, logLines, nodeBinaries } from './runAction.js'
import { ACCOUNT, OIDC_INPUTS, ROLE_TO_ASSUME, eventually, runChecked, withSandbox, statusChecks } from './scenario.js'

/**
 * What a user reads after a run: the step summary's verdict, marks and reasons (a wait with mixed endings, a
 * timeout, a cancellation, a bad input), start failures reported before the wait, and annotations kept within the
 * ten GitHub shows.
 */

const ebs = (name: string): string => `arn:aws:ec2:us-east-1:${ACCOUNT}:volume/vol-${name}`
const TIMELINES: Record<string, JobTimeline> = {
  completes: { pendingAfterMs: 50, runningAfterMs: 100, endAfterMs: 900, backupSizeInBytes: 3 * 1024 ** 3 },
  issues: { runningAfterMs: 100, endAfterMs: 700, messageCategory: 'INVALIDPARAMETERS', statusMessage: 'Windows VSS writer failed.' },
  fails: { runningAfterMs: 100, endAfterMs: 600, endState: 'FAILED', statusMessage: 'The volume is in use by another snapshot.' },
  slow: { runningAfterMs: 100, endAfterMs: Infinity }
}
const SANDBOX = {
  trustedRoleArns: [ROLE_TO_ASSUME],
  vaults: [{ name: 'Default', region: 'us-east-1' }],
  timeline: (arn: string) => TIMELINES[Object.keys(TIMELINES).find((name) => arn.includes(name)) ?? 'completes']
}
const WAIT = { ...OIDC_INPUTS, wait: 'true', 'poll-interval-seconds': '1' }
/** The rows of the summary's first table, as cells. */
const table = (summary: string): string[][] => {
  const lines = summary.split('\n')
  const first = lines.findIndex((l) => l.startsWith('|'))
  const end = lines.findIndex((l, i) => i > first && !l.startsWith('|'))
  return lines.slice(first + 2, end).map((l) => l.slice(2, -2).split(/ (?<!\\)\| /))
}

describe.each(nodeBinaries())('the step summary and annotations, real bundle on %s', (_, node) => {
  it('opens with the verdict, and marks each job with the reason AWS gave', () =>
    withSandbox(SANDBOX, async (sandbox) => {
      const inputs = { ...WAIT, 'resource-arn': [ebs('completes'), ebs('issues'), ebs('fails')].join('\n') }
      const run = await runChecked(sandbox, { node, inputs })
      expect(run.code).toBe(1)
      expect(run.summary.split('\n')[0]).toBe('### ❌ AWS Backup: 1 of 3 backup jobs did not succeed')
      const rows = table(run.summary)
      expect(rows.map((r) => [r[0], r[1]?.replace(/\]\(.*$/, ''), r[2], r[6]])).toEqual([
        ['✅', '[EBS volume vol-completes', 'COMPLETED', ''],
        [
          '⚠️',
          '[EBS volume vol-issues',
          'COMPLETED with issues',
          'Completed with issues (message category "INVALIDPARAMETERS"). Windows VSS writer failed.'
        ],
        ['❌', '[EBS volume vol-fails', 'FAILED', 'The volume is in use by another snapshot.']
      ])
      // A failed job's recovery point is not offered as one to restore; a good one's is.
      expect(rows[2]?.[3]).toBe('')
      expect(rows[0]?.[3]).not.toBe('')
      expect(run.summary).toContain('```mermaid')
      expect(run.summary).toContain(`\`${ebs('fails')}\``)
    }))

  it('says the wait timed out, and shows the unfinished job as a failure with why', () =>
    withSandbox(SANDBOX, async (sandbox) => {
      const run = await runChecked(sandbox, { node, inputs: { ...WAIT, 'resource-arn': ebs('slow'), 'wait-timeout-minutes': '0.05' } })
      expect(run.code).toBe(1)
      expect(run.summary.split('\n').slice(0, 3)).toEqual([
        '### ❌ AWS Backup: the 1 backup job did not succeed',
        '',
        '**The wait timed out after 3s.**'
      ])
      const [row] = table(run.summary)
      expect([row?.[0], row?.[2]]).toEqual(['❌', 'RUNNING'])
      expect(row?.[6]).toMatch(/^Still RUNNING, [\d.]+% done.*; it goes on running in AWS Backup \(stop-job-on-timeout is false\)\.$/)
    }))

  it('says the run was cancelled, instead of showing the job as merely RUNNING', () =>
    withSandbox(SANDBOX, async (sandbox) => {
      const run = await runChecked(sandbox, {
        node,
        inputs: { ...WAIT, 'resource-arn': ebs('slow') },
        onSpawn: (child) => {
          void eventually(() => statusChecks(sandbox) >= 2).then(() => child.kill('SIGTERM'))
        }
      })
      expect(run.code).toBe(1)
      expect(run.summary.split('\n').slice(0, 3)).toEqual([
        '### ❌ AWS Backup: the 1 backup job did not succeed',
        '',
        '**The run was cancelled while waiting.**'
      ])
      const [row] = table(run.summary)
      expect(row?.[0]).toBe('❌')
      expect(row?.[6]).toMatch(/^Still RUNNING.*; it goes on running in AWS Backup \(stop-job-on-timeout is false\)\.$/)
    }))

  it('writes the summary for a bad input too, saying what is wrong', () =>
    withSandbox(SANDBOX, async (sandbox) => {
      const run = await runChecked(sandbox, { node, inputs: { ...WAIT, 'resource-arn': ebs('completes'), 'poll-interval-seconds': '0' } })
      expect(run.code).toBe(1)
      expect(run.summary.split('\n').slice(0, 3)).toEqual([
        '### ❌ AWS Backup: the step failed before it started any backup job',
        '',
        'Input poll-interval-seconds has "0"; use a number from 1 to 3600 (decimals allowed, e.g. 1.5).'
      ])
      expect(sandbox.requests).toEqual([])
    }))

  it('reports a start that failed when it fails, before the wait, and counts it in the wait line', () =>
    withSandbox(SANDBOX, async (sandbox) => {
      const elsewhere = `arn:aws:ec2:eu-west-1:${ACCOUNT}:volume/vol-completes`
      const inputs = { ...WAIT, 'resource-arn': [ebs('completes'), elsewhere, ebs('slow')].join('\n'), 'wait-timeout-minutes': '0.05' }
      const run = await runChecked(sandbox, { node, inputs })
      expect(run.code).toBe(1)
      const lines = run.stdout.split('\n')
      const failure = lines.findIndex((l) => l.startsWith('::error::StartBackupJob for') && l.includes(elsewhere))
      const waiting = lines.findIndex((l) => l.startsWith('Waiting for 2 of 3 backup jobs (1 failed to start) to end'))
      expect(failure).toBeGreaterThan(-1)
      expect(waiting).toBeGreaterThan(failure)
      // Reported once: the step's verdict at the end names it without repeating it.
      const annotations = errorAnnotations(run)
      expect(annotations.filter((a) => a.startsWith('StartBackupJob for'))).toHaveLength(1)
      // Then what re-running the attempt would do to the job that did start.
      expect(annotations.at(-1)).toMatch(
        new RegExp(`^2 of 3 backup jobs did not succeed: "${elsewhere}", "${ebs('slow')}"; see the errors above\\. Re-running this attempt`)
      )
    }))

  it('with 12 failures, makes one annotation that names them all, and keeps each in the log', () =>
    withSandbox(SANDBOX, async (sandbox) => {
      const arns = Array.from({ length: 12 }, (_, i) => ebs(`fails${i}`))
      const run = await runChecked(sandbox, { node, inputs: { ...WAIT, 'resource-arn': arns.join('\n') } })
      expect(run.code).toBe(1)
      expect(errorAnnotations(run)).toEqual([
        `12 of 12 backup jobs did not succeed: ${arns.map((a) => `"${a}"`).join(', ')}; each reason is in the log above.`
      ])
      const log = logLines(run)
      for (const arn of arns) {
        expect(log).toContainEqual(
          expect.stringMatching(new RegExp(`^Error: Backup of "${arn}" \\(job [^)]+\\) failed: "The volume is in use`))
        )
      }
      expect(run.summary.split('\n')[0]).toBe('### ❌ AWS Backup: all 12 backup jobs did not succeed')
    }))
})
