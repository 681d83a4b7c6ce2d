import { describe, expect, it } from '@jest/globals'
import { stepSummaryMarkdown } from '../../src/stepSummary.js'
import type { JobReport } from '../../src/jobReport.js'

const REPORT: JobReport = {
  resourceArn: 'arn:aws:rds:us-east-1:123456789012:db:orders',
  backupVaultName: 'Default',
  region: 'us-east-1',
  backupJobId: 'ABC-123',
  recoveryPointArn: 'arn:aws:backup:us-east-1:123456789012:recovery-point:rp-1',
  creationDate: '2026-11-29T10:00:00.000Z',
  isParent: false,
  idempotencyToken: 't',
  state: 'COMPLETED',
  statusMessage: null,
  percentDone: '100.0',
  completionDate: '2026-11-29T10:03:05.000Z',
  backupSizeInBytes: 1536
}
const NOW = new Date('2026-11-29T11:00:00.000Z')

describe('stepSummaryMarkdown', () => {
  it('has one row per job with state, recovery point, size, duration and a console link', () => {
    const md = stepSummaryMarkdown([REPORT], () => 'aws', NOW)
    const rows = md.split('\n').filter((line) => line.startsWith('|'))
    expect(rows).toHaveLength(3)
    expect(rows[2]).toContain('| COMPLETED |')
    expect(rows[2]).toContain('| arn:aws:backup:us-east-1:123456789012:recovery-point:rp-1 |')
    expect(rows[2]).toContain('1.5 KiB')
    expect(rows[2]).toContain('3m 05s')
    expect(rows[2]).toContain(
      '[ABC-123](https://us-east-1.console.aws.amazon.com/backup/home?region=us-east-1#/jobs/backup/details/ABC-123)'
    )
  })

  it('counts the duration of a running job up to now', () => {
    const md = stepSummaryMarkdown([{ ...REPORT, state: 'RUNNING', completionDate: null }], () => 'aws', NOW)
    expect(md).toContain('| 1h 00m 00s |')
  })

  it('shows a job that did not start, with the reason below the table', () => {
    const md = stepSummaryMarkdown(
      [{ ...REPORT, backupJobId: null, state: null, statusMessage: 'StartBackupJob failed: no vault.' }],
      () => 'aws',
      NOW
    )
    expect(md).toContain('| not started |')
    const lines = md.split('\n')
    const reason = lines.indexOf('- StartBackupJob failed: no vault.')
    const lastRow = lines.reduce((last, line, i) => (line.startsWith('|') ? i : last), -1)
    expect(reason).toBeGreaterThan(lastRow)
  })

  it('cannot be broken by values with pipes, newlines or markup', () => {
    const hostile = 'a|b\n| x | y |<script>`code`'
    const md = stepSummaryMarkdown([{ ...REPORT, state: hostile, backupVaultName: hostile }], () => 'aws', NOW)
    const rows = md.split('\n').filter((line) => line.startsWith('|'))
    expect(rows).toHaveLength(3)
    expect(rows[2]?.split(' | ')).toHaveLength(7)
    expect(md).not.toContain('<script>')
  })

  it('links to the console of the job partition, none where there is no public console', () => {
    expect(stepSummaryMarkdown([REPORT], () => 'aws-cn', NOW)).toContain('https://us-east-1.console.amazonaws.cn/backup/')
    expect(stepSummaryMarkdown([REPORT], () => 'aws-iso', NOW)).toContain('| ABC-123 |')
  })

  it('keeps a job id with brackets inside its link', () => {
    const md = stepSummaryMarkdown([{ ...REPORT, backupJobId: 'a)b*c' }], () => 'aws', NOW)
    expect(md).toContain('(https://us-east-1.console.aws.amazon.com/backup/home?region=us-east-1#/jobs/backup/details/a%29b%2Ac)')
  })
})
