import { describe, expect, it } from '@jest/globals'
import type { JobStatus } from '../../src/shared/job.js'
import { judgeJob, type Verdict } from '../../src/wait/backupVerdicts.js'
import { startedJob } from './fakes.js'

const job = startedJob('1', { resourceArn: 'arn:aws:rds:eu-west-1:123456789012:db:orders', backupJobId: 'B1' })
const subject = 'Backup of "arn:aws:rds:eu-west-1:123456789012:db:orders" (job B1)'

describe('verdict on a job', () => {
  it.each<{ case: string; status: JobStatus; allowPartial?: boolean; verdict: Verdict; message: string }>([
    { case: 'COMPLETED', status: { state: 'COMPLETED', messageCategory: 'SUCCESS' }, verdict: 'success', message: `${subject} completed.` },
    { case: 'COMPLETED, no category', status: { state: 'COMPLETED' }, verdict: 'success', message: `${subject} completed.` },
    {
      case: 'COMPLETED, empty category',
      status: { state: 'COMPLETED', messageCategory: '' },
      verdict: 'success',
      message: `${subject} completed.`
    },
    {
      case: 'COMPLETED with issues',
      status: {
        state: 'COMPLETED',
        messageCategory: 'INVALIDPARAMETERS',
        statusMessage: 'Windows VSS failed; crash-consistent backup taken'
      },
      verdict: 'warning',
      message: `${subject} completed with issues (message category "INVALIDPARAMETERS"): "Windows VSS failed; crash-consistent backup taken".`
    },
    {
      case: 'PARTIAL, allowed',
      status: { state: 'PARTIAL', statusMessage: '2 of 5 resources failed' },
      allowPartial: true,
      verdict: 'warning',
      message: `${subject} ended PARTIAL, some of its resources were not backed up; accepted because allow-partial is true: "2 of 5 resources failed".`
    },
    {
      case: 'PARTIAL, not allowed',
      status: { state: 'PARTIAL', statusMessage: '2 of 5 resources failed' },
      allowPartial: false,
      verdict: 'failure',
      message: `${subject} ended PARTIAL, some of its resources were not backed up, and allow-partial is false: "2 of 5 resources failed".`
    },
    {
      case: 'FAILED',
      status: { state: 'FAILED', statusMessage: 'IAM role lacks rds:CreateDBSnapshot' },
      verdict: 'failure',
      message: `${subject} failed: "IAM role lacks rds:CreateDBSnapshot".`
    },
    {
      case: 'FAILED, with a message that ends in a period, as AWS writes them',
      status: { state: 'FAILED', statusMessage: 'Insufficient privileges to perform this action.' },
      verdict: 'failure',
      message: `${subject} failed: "Insufficient privileges to perform this action".`
    },
    {
      case: 'FAILED, no reason',
      status: { state: 'FAILED' },
      verdict: 'failure',
      message: `${subject} failed, and AWS Backup gave no reason.`
    },
    {
      case: 'ABORTED',
      status: { state: 'ABORTED', statusMessage: 'Stopped by user' },
      verdict: 'failure',
      message: `${subject} was aborted: "Stopped by user".`
    },
    {
      case: 'EXPIRED',
      status: { state: 'EXPIRED', statusMessage: 'Start window elapsed' },
      verdict: 'failure',
      message: `${subject} expired: it did not start or finish within its backup window: "Start window elapsed".`
    },
    {
      case: 'parent COMPLETED, every child failed',
      status: { state: 'COMPLETED', isParent: true, childJobsInState: { FAILED: 2, ABORTED: 1, COMPLETED: 0 } },
      verdict: 'failure',
      message: `${subject} failed: all of its child jobs failed (2 FAILED, 1 ABORTED).`
    },
    {
      case: 'parent PARTIAL (allowed), every child failed',
      status: { state: 'PARTIAL', isParent: true, childJobsInState: { EXPIRED: 3 } },
      allowPartial: true,
      verdict: 'failure',
      message: `${subject} failed: all of its child jobs failed (3 EXPIRED).`
    },
    {
      case: 'parent PARTIAL (allowed), some children completed',
      status: { state: 'PARTIAL', isParent: true, childJobsInState: { FAILED: 1, COMPLETED: 2 } },
      allowPartial: true,
      verdict: 'warning',
      message: `${subject} ended PARTIAL, some of its resources were not backed up; accepted because allow-partial is true.`
    },
    {
      case: 'parent COMPLETED, children all zero',
      status: { state: 'COMPLETED', isParent: true, childJobsInState: { FAILED: 0 } },
      verdict: 'success',
      message: `${subject} completed.`
    },
    {
      case: 'RUNNING at the end of the wait',
      status: { state: 'RUNNING', percentDone: '42.0' },
      verdict: 'unfinished',
      message: `${subject} had not finished when the wait ended (state RUNNING, 42% done).`
    },
    {
      case: 'CREATED at the end of the wait',
      status: { state: 'CREATED' },
      verdict: 'unfinished',
      message: `${subject} had not finished when the wait ended (state CREATED).`
    },
    {
      case: 'never checked',
      status: {},
      verdict: 'unfinished',
      message: `${subject} had not finished when the wait ended (state unknown).`
    },
    {
      case: 'parent RUNNING whose children failed so far',
      status: { state: 'RUNNING', isParent: true, childJobsInState: { FAILED: 2 } },
      verdict: 'unfinished',
      message: `${subject} had not finished when the wait ended (state RUNNING).`
    }
  ])('$case → $verdict', ({ status, allowPartial, verdict, message }) => {
    const { reason: _reason, ...outcome } = judgeJob(job, status, { allowPartial: allowPartial ?? false }) as { reason?: string }
    expect(outcome).toEqual({ verdict, message })
  })

  it('values from AWS cannot break the message onto a new line or start a runner command', () => {
    const hostile = 'bad\n::error::injected\r\nmore\u2028::warning::x'
    const messages = [
      judgeJob(
        { ...job, resourceArn: hostile, backupJobId: hostile },
        { state: 'FAILED', statusMessage: hostile },
        { allowPartial: false }
      ),
      judgeJob(job, { state: 'COMPLETED', messageCategory: hostile }, { allowPartial: false }),
      judgeJob(job, { state: hostile }, { allowPartial: false })
    ].map((outcome) => outcome.message)
    for (const message of messages) {
      expect(message).not.toMatch(/[\r\n\u2028\u2029]/)
      expect(message.startsWith('Backup of ')).toBe(true)
    }
  })

  it('a long status message is shortened, not dropped', () => {
    const outcome = judgeJob(job, { state: 'FAILED', statusMessage: 'x'.repeat(2000) }, { allowPartial: false })
    expect(outcome.message.length).toBeLessThan(700)
    expect(outcome.message).toContain('x'.repeat(400))
  })
})

describe('the reason a verdict gives for the summary, without naming the job', () => {
  it.each<{ case: string; status: JobStatus; allowPartial?: boolean; reason: string | undefined }>([
    { case: 'COMPLETED', status: { state: 'COMPLETED', messageCategory: 'SUCCESS' }, reason: undefined },
    {
      case: 'COMPLETED with issues',
      status: { state: 'COMPLETED', messageCategory: 'INVALIDPARAMETERS', statusMessage: 'Windows VSS failed' },
      reason: 'Completed with issues (message category "INVALIDPARAMETERS"). Windows VSS failed'
    },
    {
      case: 'FAILED',
      status: { state: 'FAILED', statusMessage: 'IAM role lacks rds:CreateDBSnapshot.' },
      reason: 'IAM role lacks rds:CreateDBSnapshot.'
    },
    { case: 'FAILED, no reason', status: { state: 'FAILED' }, reason: 'AWS Backup gave no reason.' },
    {
      case: 'PARTIAL, allowed',
      status: { state: 'PARTIAL' },
      allowPartial: true,
      reason: 'PARTIAL, accepted because allow-partial is true.'
    },
    { case: 'PARTIAL, not allowed', status: { state: 'PARTIAL', statusMessage: 'x' }, reason: 'PARTIAL, and allow-partial is false. x' },
    {
      case: 'a parent whose children all failed',
      status: { state: 'COMPLETED', isParent: true, childJobsInState: { FAILED: 2 } },
      reason: 'All of its child jobs failed (2 FAILED).'
    },
    { case: 'a message on several lines', status: { state: 'ABORTED', statusMessage: 'a\nb' }, reason: 'a b' }
  ])('$case: $reason', ({ status, allowPartial, reason }) => {
    expect((judgeJob(job, status, { allowPartial: allowPartial ?? false }) as { reason?: string }).reason).toBe(reason)
  })
})
