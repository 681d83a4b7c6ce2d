import { describe, expect, it } from '@jest/globals'
import type { JobStatus } from '../../src/shared/job.js'
import { COMPACT_ABOVE_JOBS, ProgressLog } from '../../src/wait/engine/progress.js'

const names = (n: number): string[] => Array.from({ length: n }, (_, i) => `job${i}`)
const update = (name: string, next: JobStatus, elapsedMs: number, note?: string) => ({
  label: `arn:aws:ec2:us-east-1:123456789012:volume/${name} (job ${name})`,
  short: `EBS volume ${name}`,
  next,
  elapsedMs,
  ...(note !== undefined && { note })
})

describe('progress of a wait over many jobs: one line per round', () => {
  it(`prints a line per job up to ${COMPACT_ABOVE_JOBS} jobs, and none until the round ends above that`, () => {
    const few = new ProgressLog(names(COMPACT_ABOVE_JOBS))
    expect(few.checked('job0', update('job0', { state: 'RUNNING' }, 0))).toMatch(/^arn:.*job0\): RUNNING \[0s\]$/)
    expect(few.roundEnded(0)).toEqual([])
    const many = new ProgressLog(names(COMPACT_ABOVE_JOBS + 1))
    expect(many.checked('job0', update('job0', { state: 'RUNNING' }, 0))).toBeUndefined()
  })

  it.each<[string, Array<[string, JobStatus]>, Array<[string, JobStatus]>, string[]]>([
    [
      'the first round: counts only',
      [],
      names(50).map((n, i) => [n, i < 45 ? { state: 'RUNNING', percentDone: '10' } : { state: 'CREATED' }]),
      ['[15s] 50 jobs: 5 CREATED, 45 RUNNING (10% done on average)']
    ],
    [
      'a round where two jobs end and others move on',
      names(50).map((n) => [n, { state: 'RUNNING', percentDone: '40' }]),
      [
        ['job3', { state: 'COMPLETED', percentDone: '100' }],
        ['job7', { state: 'FAILED', statusMessage: 'Disk full' }],
        ['job9', { state: 'RUNNING', percentDone: '60' }]
      ],
      [
        '[15s] 50 jobs: 48 RUNNING (40.4% done on average), 1 COMPLETED, 1 FAILED; changed: EBS volume job3 COMPLETED, 100% done, EBS volume job7 FAILED — "Disk full"'
      ]
    ],
    [
      'a round where nothing changed',
      names(50).map((n) => [n, { state: 'RUNNING', percentDone: '40' }]),
      names(50).map((n) => [n, { state: 'RUNNING', percentDone: '40' }]),
      []
    ],
    [
      'a round where many change state: ten named, and the rest counted',
      names(50).map((n) => [n, { state: 'CREATED' }]),
      names(14).map((n) => [n, { state: 'RUNNING' }]),
      [
        `[15s] 50 jobs: 36 CREATED, 14 RUNNING; changed: ${names(10)
          .map((n) => `EBS volume ${n} RUNNING`)
          .join(', ')}, and 4 more`
      ]
    ]
  ])('%s', (_, before, round, lines) => {
    const log = new ProgressLog(names(50))
    for (const [name, status] of before) log.checked(name, update(name, status, 0))
    log.roundEnded(0)
    for (const [name, status] of round) log.checked(name, update(name, status, 15_000))
    expect(log.roundEnded(15_000)).toEqual(lines)
  })

  it('adds a line for a note when it appears, and again only after 5 minutes', () => {
    const log = new ProgressLog(names(6))
    const at = (ms: number, note?: string): string[] => {
      log.checked('job0', update('job0', { state: 'CREATED' }, ms, note))
      return log.roundEnded(ms)
    }
    expect(at(0)).toEqual(['[0s] 6 jobs: 1 CREATED, 5 not checked yet'])
    expect(at(70_000, 'not started after 1m 10s: why')).toEqual(['EBS volume job0: CREATED, not started after 1m 10s: why [1m 10s]'])
    expect(at(130_000, 'not started after 1m 10s: why')).toEqual([])
    expect(at(400_000, 'not started after 1m 10s: why')).toHaveLength(1)
  })

  it('keeps values from AWS on one line', () => {
    const log = new ProgressLog(names(6))
    log.checked('job0', update('job0', { state: 'FAILED\n::error::x', statusMessage: 'a\nb' }, 0))
    const [line] = log.roundEnded(0)
    expect(line).not.toMatch(/\n/)
  })
})
