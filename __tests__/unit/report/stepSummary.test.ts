import { describe, expect, it } from '@jest/globals'
import { stepSummaryMarkdown } from '../../../src/report/stepSummary.js'
import type { JobRecord, JobRequest, JobStatus } from '../../../src/shared/job.js'

const REQUEST: JobRequest = {
  resourceArn: 'arn:aws:rds:us-east-1:123456789012:db:orders',
  partition: 'aws',
  backupVaultName: 'Default',
  region: 'us-east-1',
  idempotencyToken: 't'
}
const STATUS: JobStatus = {
  recoveryPointArn: 'arn:aws:backup:us-east-1:123456789012:recovery-point:rp-1',
  creationDate: new Date('2026-11-29T10:00:00.000Z'),
  isParent: false,
  state: 'COMPLETED',
  percentDone: '100.0',
  completionDate: new Date('2026-11-29T10:03:05.000Z'),
  backupSizeInBytes: 1536
}
const REPORT: JobRecord = { request: REQUEST, backupJobId: 'ABC-123', status: STATUS }
const inPartition = (partition: string): JobRecord => ({ ...REPORT, request: { ...REQUEST, partition } })
const NOW = new Date('2026-11-29T11:00:00.000Z')

describe('stepSummaryMarkdown', () => {
  it('has one row per job with state, recovery point, size, duration and a console link', () => {
    const md = stepSummaryMarkdown([REPORT], NOW)
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
    const md = stepSummaryMarkdown([{ ...REPORT, status: { ...STATUS, state: 'RUNNING', completionDate: undefined } }], NOW)
    expect(md).toContain('| 1h 00m 00s |')
  })

  it('shows a job that did not start, with the reason below the table', () => {
    const md = stepSummaryMarkdown([{ request: REQUEST, startError: 'StartBackupJob failed: no vault.' }], NOW)
    expect(md).toContain('| not started |')
    const lines = md.split('\n')
    const reason = lines.indexOf('- StartBackupJob failed: no vault.')
    const lastRow = lines.reduce((last, line, i) => (line.startsWith('|') ? i : last), -1)
    expect(reason).toBeGreaterThan(lastRow)
  })

  it('cannot be broken by values with pipes, newlines or markup', () => {
    const hostile = 'a|b\n| x | y |<script>`code`'
    const md = stepSummaryMarkdown(
      [{ ...REPORT, request: { ...REQUEST, backupVaultName: hostile }, status: { ...STATUS, state: hostile } }],
      NOW
    )
    const rows = md.split('\n').filter((line) => line.startsWith('|'))
    expect(rows).toHaveLength(3)
    expect(rows[2]?.split(' | ')).toHaveLength(7)
    expect(md).not.toContain('<script>')
  })

  it('links to the console of the job partition, none where there is no public console', () => {
    expect(stepSummaryMarkdown([inPartition('aws-cn')], NOW)).toContain('https://us-east-1.console.amazonaws.cn/backup/')
    expect(stepSummaryMarkdown([inPartition('aws-iso')], NOW)).toContain('| ABC-123 |')
  })

  it('keeps a job id with brackets inside its link', () => {
    const md = stepSummaryMarkdown([{ ...REPORT, backupJobId: 'a)b*c' }], NOW)
    expect(md).toContain('(https://us-east-1.console.aws.amazon.com/backup/home?region=us-east-1#/jobs/backup/details/a%29b%2Ac)')
  })
})
