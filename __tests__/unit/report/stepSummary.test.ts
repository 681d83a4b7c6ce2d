import { describe, expect, it } from '@jest/globals'
import { stepSummaryMarkdown } from '../../../src/report/stepSummary.js'
import { mermaidText } from '../../../src/report/summaryTimeline.js'
import type { JobRecord, JobRequest, JobStatus, JobVerdict } from '../../../src/shared/job.js'

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
const OK: JobVerdict = { verdict: 'success', message: 'Backup … completed.' }
const DONE: JobRecord = { request: REQUEST, backupJobId: 'ABC-123', status: STATUS, verdict: OK }
const NOW = new Date('2026-11-29T11:00:00.000Z')
const other = (name: string, record: Partial<JobRecord> = {}): JobRecord => ({
  ...DONE,
  request: { ...REQUEST, resourceArn: `arn:aws:rds:us-east-1:123456789012:db:${name}` },
  ...record
})
const rows = (md: string): string[] => md.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| ---'))
/** The main table's rows (the first table), header first. */
const mainRows = (md: string): string[] => {
  const lines = md.split('\n')
  const first = lines.findIndex((l) => l.startsWith('|'))
  const end = lines.findIndex((l, i) => i > first && !l.startsWith('|'))
  return lines.slice(first, end).filter((l) => !l.startsWith('| ---'))
}
const cells = (row: string | undefined): string[] => (row ?? '').slice(2, -2).split(' | ')

describe('the step summary opens with a verdict', () => {
  const failed: JobVerdict = { verdict: 'failure', message: 'Backup of x failed: "disk full".', reason: 'disk full' }
  const warned: JobVerdict = { verdict: 'warning', message: 'w', reason: 'Completed with issues.' }
  it.each<[string, JobRecord[], { stepError?: string; cancelled?: boolean }, string]>([
    ['one job, succeeded', [DONE], {}, '### ✅ AWS Backup: the 1 backup job succeeded'],
    ['five jobs, succeeded', ['a', 'b', 'c', 'd', 'e'].map((n) => other(n)), {}, '### ✅ AWS Backup: all 5 backup jobs succeeded'],
    ['one warning', [DONE, other('b', { verdict: warned })], {}, '### ⚠️ AWS Backup: all 2 backup jobs succeeded, 1 with warnings'],
    [
      '2 of 5 failed',
      ['a', 'b', 'c'].map((n) => other(n)).concat([other('d', { verdict: failed }), other('e', { startError: 'no vault' })]),
      {},
      '### ❌ AWS Backup: 2 of 5 backup jobs did not succeed'
    ],
    [
      'all failed',
      [other('a', { verdict: failed }), other('b', { verdict: failed })],
      {},
      '### ❌ AWS Backup: all 2 backup jobs did not succeed'
    ],
    [
      'started, not waited for',
      [{ request: REQUEST, backupJobId: 'J', status: { state: 'CREATED' } }],
      {},
      '### ⏳ AWS Backup: 1 backup job started; the step did not wait for them to end'
    ],
    [
      'a bad input',
      [],
      { stepError: 'Input wait has "yes"; use true or false.' },
      '### ❌ AWS Backup: the step failed before it started any backup job'
    ]
  ])('%s', (_, records, options, heading) => {
    expect(stepSummaryMarkdown(records, NOW, options).split('\n')[0]).toBe(heading)
  })

  it('says what was wrong with an input, when that is why nothing started', () => {
    const md = stepSummaryMarkdown([], NOW, { stepError: 'Input wait has "yes"; use true or false.' })
    expect(md).toContain('Input wait has "yes"; use true or false.')
    expect(md).not.toContain('|')
  })

  it('says the wait timed out, or the run was cancelled', () => {
    const cut = (why: string): JobVerdict => ({
      verdict: 'failure',
      message: `${why}: …`,
      reason: 'Still RUNNING, 40% done; it goes on running in AWS Backup.',
      cutShort: why
    })
    const running = { ...STATUS, state: 'RUNNING', completionDate: undefined }
    const timedOut = stepSummaryMarkdown([other('a', { status: running, verdict: cut('The wait timed out after 1h 00m 00s') })], NOW)
    expect(timedOut).toContain('**The wait timed out after 1h 00m 00s.**')
    const cancelled = stepSummaryMarkdown([other('a', { status: running, verdict: cut('The run was cancelled while waiting') })], NOW, {
      cancelled: true
    })
    expect(cancelled).toContain('**The run was cancelled while waiting.**')
    expect(cells(mainRows(cancelled)[1])).toEqual([
      '❌',
      expect.stringContaining('RDS database a'),
      'RUNNING',
      '',
      '1.5 KiB',
      '1h 00m 00s',
      'Still RUNNING, 40% done; it goes on running in AWS Backup.'
    ])
    expect(stepSummaryMarkdown([{ request: REQUEST, startError: 'cancelled before sent' }], NOW, { cancelled: true })).toContain(
      '**The run was cancelled.**'
    )
  })
})

describe('each row has a mark and a reason', () => {
  it('marks success, warning and failure, with AWS’s reason or the action’s own', () => {
    const md = stepSummaryMarkdown(
      [
        DONE,
        other('issues', {
          status: { ...STATUS, messageCategory: 'INVALIDPARAMETERS' },
          verdict: { verdict: 'warning', message: 'w', reason: 'VSS failed.' }
        }),
        other('failed', { status: { ...STATUS, state: 'FAILED' }, verdict: { verdict: 'failure', message: 'f', reason: 'Disk full.' } }),
        other('nostart', { backupJobId: undefined, status: undefined, verdict: undefined, startError: 'StartBackupJob failed: no vault.' })
      ],
      NOW
    )
    const table = mainRows(md).map(cells)
    expect(table[0]).toEqual(['', 'Resource', 'State', 'Recovery point', 'Size', 'Duration', 'Reason'])
    expect(table.slice(1).map((r) => [r[0], r[2], r[3], r[6]])).toEqual([
      ['✅', 'COMPLETED', 'rp-1', ''],
      ['⚠️', 'COMPLETED with issues', 'rp-1', 'VSS failed.'],
      // A failed job's recovery point is not shown as if it could be restored.
      ['❌', 'FAILED', '', 'Disk full.'],
      ['❌', 'not started', '', 'StartBackupJob failed: no vault.']
    ])
  })

  it('says a replayed job was not a new backup', () => {
    const md = stepSummaryMarkdown([{ ...DONE, replayed: true }], NOW)
    expect(cells(mainRows(md)[1])[6]).toBe(
      'AWS returned the existing job, created at 2026-11-29T10:00:00.000Z, for idempotency token t; no new backup was started.'
    )
  })

  it('names the resource by type and name, linked to the job in the console, with the whole ARN as the link title and below', () => {
    const md = stepSummaryMarkdown([DONE], NOW)
    expect(cells(mainRows(md)[1])[1]).toBe(
      '[RDS database orders](https://us-east-1.console.aws.amazon.com/backup/home?region=us-east-1#/jobs/backup/details/ABC-123 "arn:aws:rds:us-east-1:123456789012:db:orders")'
    )
    expect(md).toContain('<details><summary>Full ARNs and ids</summary>')
    expect(md).toContain(
      '| `arn:aws:rds:us-east-1:123456789012:db:orders` | `ABC-123` | `arn:aws:backup:us-east-1:123456789012:recovery-point:rp-1` | `t` | us-east-1 |'
    )
  })

  it('counts the duration of a running job up to now', () => {
    const md = stepSummaryMarkdown(
      [{ ...DONE, verdict: undefined, status: { ...STATUS, state: 'RUNNING', completionDate: undefined } }],
      NOW
    )
    expect(cells(mainRows(md)[1])[5]).toBe('1h 00m 00s')
  })

  it('links to the console of the job partition, none where there is no public console', () => {
    const inPartition = (partition: string): JobRecord => ({ ...DONE, request: { ...REQUEST, partition } })
    expect(stepSummaryMarkdown([inPartition('aws-cn')], NOW)).toContain('(https://us-east-1.console.amazonaws.cn/backup/')
    expect(cells(mainRows(stepSummaryMarkdown([inPartition('aws-iso')], NOW))[1])[1]).toBe('RDS database orders')
  })

  it('keeps a job id with brackets inside its link', () => {
    const md = stepSummaryMarkdown([{ ...DONE, backupJobId: 'a)b*c' }], NOW)
    expect(md).toContain('(https://us-east-1.console.aws.amazon.com/backup/home?region=us-east-1#/jobs/backup/details/a%29b%2Ac ')
  })

  it('cannot be broken by values with pipes, newlines, backticks or markup', () => {
    const hostile = 'a|b\n| x | y |<script>`code`"title'
    const md = stepSummaryMarkdown(
      [{ ...DONE, request: { ...REQUEST, backupVaultName: hostile, idempotencyToken: hostile }, status: { ...STATUS, state: hostile } }],
      NOW
    )
    expect(mainRows(md)).toHaveLength(2)
    expect(cells(mainRows(md)[1])).toHaveLength(7)
    const pipes = (row: string): number => row.split(/(?<!\\)\|/).length
    const details = rows(md).filter((row) => !mainRows(md).includes(row))
    expect(details.map(pipes)).toEqual([7, 7])
    // Markup is escaped, or shown as the text of a code span, which no renderer reads as HTML.
    expect(md.replace(/`` a\\\|b[^\n]*"title ``/g, '')).not.toContain('<script>')
  })
})

describe('a timeline of a wait over several jobs', () => {
  const at = (iso: string): Date => new Date(`2026-11-29T${iso}Z`)
  const job = (name: string, from: string, to: string): JobRecord =>
    other(name, { status: { ...STATUS, creationDate: at(from), completionDate: at(to) } })

  it('draws one bar per job, the one that held the step up in red, and says which it was', () => {
    const md = stepSummaryMarkdown(
      [job('a', '10:00:00', '10:03:00'), job('b', '10:00:01', '10:12:06'), job('c', '10:00:02', '10:05:00')],
      NOW
    )
    const chart = md.slice(md.indexOf('```mermaid'), md.indexOf('```', md.indexOf('```mermaid') + 3) + 3).split('\n')
    expect(chart.slice(0, 5)).toEqual(['```mermaid', 'gantt', '  dateFormat x', '  axisFormat %H:%M:%S', '  section Backup jobs'])
    expect(chart[5]).toBe(`  RDS database a (3m 00s) :job0, ${at('10:00:00').getTime()}, ${at('10:03:00').getTime()}`)
    expect(chart[6]).toBe(`  RDS database b (12m 05s) :crit, job1, ${at('10:00:01').getTime()}, ${at('10:12:06').getTime()}`)
    expect(md).toContain("The step waited longest for RDS database b: 12m 06s from the first job's creation to its end.")
  })

  it('has none for one job, nor without a wait', () => {
    expect(stepSummaryMarkdown([job('a', '10:00:00', '10:03:00')], NOW)).not.toContain('mermaid')
    const notWaited = [job('a', '10:00:00', '10:03:00'), job('b', '10:00:00', '10:04:00')].map((r) => ({ ...r, verdict: undefined }))
    expect(stepSummaryMarkdown(notWaited, NOW)).not.toContain('mermaid')
  })

  it.each([
    ['a:b', 'a b'],
    ['x;y#z%%w', 'x y z w'],
    ['```\n```', 'job'],
    ['<b>{c}</b>', 'b c /b']
  ])('keeps Mermaid syntax out of a task name: %s → %s', (value, text) => {
    expect(mermaidText(value)).toBe(text)
  })
})
