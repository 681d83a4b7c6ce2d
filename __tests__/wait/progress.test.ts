import { describe, expect, it } from '@jest/globals'
import type { JobStatus, StartedJob } from '../../src/shared/job.js'
import { formatChildCounts, formatPercent, progressLine, type ProgressUpdate } from '../../src/wait/engine/progress.js'
import { BACKUP_JOB_LOOKS } from '../../src/wait/backupJobKind.js'
import { formatBytes, formatDuration } from '../../src/shared/readableUnits.js'
import { startedJob } from './fakes.js'
import { notStartedNote } from '../../src/wait/notStarted.js'

const job = startedJob('1234', { resourceArn: 'arn:aws:ec2:eu-west-1:123456789012:volume/vol-1', backupJobId: '1234' })
const GiB = 1024 ** 3

type BackupUpdate = Omit<ProgressUpdate, 'label'> & { readonly job: StartedJob }
/** The line for a backup job, named as the wait does. */
const backupLine = ({ job, ...update }: BackupUpdate): string | undefined => progressLine({ ...update, label: BACKUP_JOB_LOOKS.label(job) })

describe('progress lines', () => {
  const running: JobStatus = { state: 'RUNNING', percentDone: '41.0', bytesTransferred: 1.2 * GiB }

  it.each<{ change: string; previous: JobStatus | undefined; next: JobStatus; line: string }>([
    {
      change: 'first check',
      previous: undefined,
      next: running,
      line: 'arn:aws:ec2:eu-west-1:123456789012:volume/vol-1 (job 1234): RUNNING, 41% done, 1.2 GiB transferred [3m 05s]'
    },
    {
      change: 'state',
      previous: { state: 'PENDING' },
      next: { state: 'RUNNING' },
      line: 'arn:aws:ec2:eu-west-1:123456789012:volume/vol-1 (job 1234): RUNNING [3m 05s]'
    },
    {
      change: 'percent done',
      previous: running,
      next: { ...running, percentDone: '42.0' },
      line: 'arn:aws:ec2:eu-west-1:123456789012:volume/vol-1 (job 1234): RUNNING, 42% done, 1.2 GiB transferred [3m 05s]'
    },
    {
      change: 'bytes transferred',
      previous: running,
      next: { ...running, bytesTransferred: 2.5 * GiB },
      line: 'arn:aws:ec2:eu-west-1:123456789012:volume/vol-1 (job 1234): RUNNING, 41% done, 2.5 GiB transferred [3m 05s]'
    },
    {
      change: 'status message',
      previous: running,
      next: { ...running, statusMessage: 'Waiting for snapshot' },
      line: 'arn:aws:ec2:eu-west-1:123456789012:volume/vol-1 (job 1234): RUNNING, 41% done, 1.2 GiB transferred — "Waiting for snapshot" [3m 05s]'
    },
    {
      change: 'end',
      previous: running,
      next: { state: 'FAILED', percentDone: '41.0', statusMessage: 'Insufficient privileges' },
      line: 'arn:aws:ec2:eu-west-1:123456789012:volume/vol-1 (job 1234): FAILED, 41% done — "Insufficient privileges" [3m 05s]'
    },
    {
      change: 'child job counts',
      previous: { state: 'RUNNING', childJobsInState: { RUNNING: 3 } },
      next: { state: 'RUNNING', childJobsInState: { COMPLETED: 1, RUNNING: 2, FAILED: 0 } },
      line: 'arn:aws:ec2:eu-west-1:123456789012:volume/vol-1 (job 1234): RUNNING, child jobs: 2 RUNNING, 1 COMPLETED [3m 05s]'
    }
  ])('a change of $change prints one line', ({ previous, next, line }) => {
    expect(backupLine({ job, previous, next, elapsedMs: 185_000 })).toBe(line)
  })

  it.each<{ case: string; previous: JobStatus; next: JobStatus }>([
    { case: 'the same status', previous: running, next: { ...running } },
    { case: 'PercentDone written differently', previous: running, next: { ...running, percentDone: '41' } },
    {
      case: 'a zero child count appearing',
      previous: { state: 'RUNNING', childJobsInState: { RUNNING: 2 } },
      next: { state: 'RUNNING', childJobsInState: { RUNNING: 2, FAILED: 0 } }
    },
    { case: 'a field no line shows', previous: running, next: { ...running, recoveryPointArn: 'arn:aws:ec2:eu-west-1::snapshot/snap-1' } }
  ])('no line when nothing changed: $case', ({ previous, next }) => {
    expect(backupLine({ job, previous, next, elapsedMs: 60_000, lastLineElapsedMs: 0 })).toBeUndefined()
  })

  const note = notStartedNote(90_000, undefined)
  it.each([
    {
      case: 'CREATED, no note yet',
      previous: undefined,
      note: undefined,
      previousNote: undefined,
      elapsedMs: 0,
      lastLineElapsedMs: undefined,
      printed: true
    },
    {
      case: 'still CREATED, no note yet',
      previous: { state: 'CREATED' },
      note: undefined,
      previousNote: undefined,
      elapsedMs: 30_000,
      lastLineElapsedMs: 0,
      printed: false
    },
    {
      case: 'the note appears',
      previous: { state: 'CREATED' },
      note,
      previousNote: undefined,
      elapsedMs: 90_000,
      lastLineElapsedMs: 0,
      printed: true
    },
    {
      case: 'the note holds, 2 minutes later',
      previous: { state: 'CREATED' },
      note,
      previousNote: note,
      elapsedMs: 210_000,
      lastLineElapsedMs: 90_000,
      printed: false
    },
    {
      case: 'the note holds, 5 minutes later',
      previous: { state: 'CREATED' },
      note,
      previousNote: note,
      elapsedMs: 390_000,
      lastLineElapsedMs: 90_000,
      printed: true
    }
  ])(
    'a job that stays CREATED: $case → line printed: $printed',
    ({ previous, note, previousNote, elapsedMs, lastLineElapsedMs, printed }) => {
      const line = backupLine({ job, previous, next: { state: 'CREATED' }, note, previousNote, elapsedMs, lastLineElapsedMs })
      if (!printed) return expect(line).toBeUndefined()
      expect(line).toMatch(/^arn:aws:ec2:\S+ \(job 1234\): CREATED/)
      if (note) expect(line).toContain('not started after 1m 30s: AWS Backup runs one backup job per resource at a time')
    }
  )

  const hostile = 'x\n::error::pwned\r\n::set-output name=a::b\u2028::warning::c'
  it.each<{ field: string; update: BackupUpdate }>([
    { field: 'status message', update: { job, next: { state: 'FAILED', statusMessage: hostile }, elapsedMs: 0 } },
    { field: 'state', update: { job, next: { state: hostile }, elapsedMs: 0 } },
    { field: 'child state', update: { job, next: { state: 'RUNNING', childJobsInState: { [hostile]: 1 } }, elapsedMs: 0 } },
    { field: 'PercentDone', update: { job, next: { state: 'RUNNING', percentDone: hostile }, elapsedMs: 0 } },
    { field: 'job id', update: { job: { ...job, backupJobId: hostile }, next: { state: 'RUNNING' }, elapsedMs: 0 } },
    { field: 'resource ARN', update: { job: { ...job, resourceArn: hostile }, next: { state: 'RUNNING' }, elapsedMs: 0 } },
    {
      field: 'resource ARN that looks like one',
      update: { job: { ...job, resourceArn: `arn:x${hostile}` }, next: { state: 'RUNNING' }, elapsedMs: 0 }
    }
  ])('a $field with newlines and "::" stays on one line that no runner command can start', ({ update }) => {
    const line = backupLine(update) ?? ''
    expect(line).not.toMatch(/[\r\n\u2028\u2029]/)
    expect(line.trimStart().startsWith('::')).toBe(false)
    expect(line).toMatch(/^(arn:|")/)
  })
})

describe('formatting', () => {
  it.each([
    { ms: 0, text: '0s' },
    { ms: 999, text: '0s' },
    { ms: 45_000, text: '45s' },
    { ms: 185_000, text: '3m 05s' },
    { ms: 3_600_000, text: '1h 00m 00s' },
    { ms: 7_385_000, text: '2h 03m 05s' },
    { ms: 30 * 3_600_000, text: '30h 00m 00s' },
    { ms: -5, text: '0s' },
    { ms: Number.NaN, text: '0s' }
  ])('duration $ms ms → $text', ({ ms, text }) => {
    expect(formatDuration(ms)).toBe(text)
  })

  it.each([
    { bytes: 0, text: '0 B' },
    { bytes: 512, text: '512 B' },
    { bytes: 1023, text: '1023 B' },
    { bytes: 1024, text: '1.0 KiB' },
    { bytes: 1536, text: '1.5 KiB' },
    { bytes: 1024 * 1024 - 1, text: '1.0 MiB' },
    { bytes: 1.2 * GiB, text: '1.2 GiB' },
    { bytes: 3.5 * 1024 ** 4, text: '3.5 TiB' },
    { bytes: 2 * 1024 ** 7, text: '2048.0 EiB' },
    { bytes: Number.NaN, text: '0 B' }
  ])('size $bytes → $text', ({ bytes, text }) => {
    expect(formatBytes(bytes)).toBe(text)
  })

  it.each([
    { value: '42.0', text: '42%' },
    { value: '42.54', text: '42.5%' },
    { value: '100', text: '100%' },
    { value: 'soon', text: undefined },
    { value: undefined, text: undefined }
  ])('PercentDone $value → $text', ({ value, text }) => {
    expect(formatPercent(value)).toBe(text)
  })

  it.each<{ counts: Record<string, number> | undefined; text: string }>([
    { counts: undefined, text: '' },
    { counts: { FAILED: 0 }, text: '' },
    { counts: { COMPLETED: 2, RUNNING: 1, CREATED: 4 }, text: '4 CREATED, 1 RUNNING, 2 COMPLETED' },
    { counts: { ZETA: 1, ALPHA: 1, RUNNING: 1 }, text: '1 RUNNING, 1 ALPHA, 1 ZETA' }
  ])('child counts $counts → "$text"', ({ counts, text }) => {
    expect(formatChildCounts(counts)).toBe(text)
  })
})
