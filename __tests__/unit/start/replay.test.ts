import { describe, expect, it } from '@jest/globals'
import { isReplay, replayLine, returnedJobMismatch } from '../../../src/start/replay.js'
import type { JobRequest } from '../../../src/shared/job.js'

const SENT = Date.parse('2026-05-01T10:00:00.000Z')
const at = (offsetMs: number): Date => new Date(SENT + offsetMs)

describe('isReplay: the job AWS answered with existed before the first attempt left', () => {
  it.each<[string, number | undefined, { answeredAfterMs: number; serverOffsetMs?: number }, boolean]>([
    ['a job made by this request, same clocks', 150, { answeredAfterMs: 300, serverOffsetMs: 0 }, false],
    ['a job made by the first of several attempts (answer lost, retried)', 100, { answeredAfterMs: 9_000, serverOffsetMs: 0 }, false],
    ['a job made a minute before, same clocks', -60_000, { answeredAfterMs: 300, serverOffsetMs: 0 }, true],
    ['a job made a second before: within the margin, so not claimed', -1_000, { answeredAfterMs: 300, serverOffsetMs: 0 }, false],
    ["AWS's clock 40 s behind this machine's, a fresh job", -40_000 + 150, { answeredAfterMs: 300, serverOffsetMs: -40_000 }, false],
    ["AWS's clock 40 s behind, a job made 10 s before", -50_000, { answeredAfterMs: 300, serverOffsetMs: -40_000 }, true],
    ["AWS's clock 40 s ahead, a job made 10 s before", 30_000, { answeredAfterMs: 300, serverOffsetMs: 40_000 }, true],
    ['no Date header: only what is older than any clock AWS accepts', -10 * 60_000, { answeredAfterMs: 300 }, false],
    ['no Date header, a job made a day before', -86_400_000, { answeredAfterMs: 300 }, true],
    ['no creation date', undefined, { answeredAfterMs: 300, serverOffsetMs: 0 }, false]
  ])('%s: %s', (_, createdOffset, { answeredAfterMs, serverOffsetMs }, expected) => {
    const answeredAtMs = SENT + answeredAfterMs
    // The Date header holds whole seconds, rounded down.
    const serverDateMs = serverOffsetMs === undefined ? undefined : Math.floor((answeredAtMs - 50 + serverOffsetMs) / 1000) * 1000
    const timing = { firstSentAtMs: SENT, answeredAtMs, ...(serverDateMs !== undefined && { serverDateMs }) }
    expect(isReplay(createdOffset === undefined ? undefined : at(createdOffset), timing)).toBe(expected)
  })
})

const REQUEST: JobRequest = {
  resourceArn: 'arn:aws:rds:us-east-1:123456789012:db:payments',
  partition: 'aws',
  region: 'us-east-1',
  backupVaultName: 'Default',
  idempotencyToken: 'release-1',
  tokenFromInput: true
}

describe('returnedJobMismatch', () => {
  it.each<[string, { resourceArn?: string; backupVaultName?: string }, boolean]>([
    ['the same resource and vault', { resourceArn: REQUEST.resourceArn, backupVaultName: 'Default' }, false],
    ['another resource', { resourceArn: 'arn:aws:rds:us-east-1:123456789012:db:orders', backupVaultName: 'Default' }, true],
    ['another vault', { resourceArn: REQUEST.resourceArn, backupVaultName: 'other' }, true],
    ['a status that does not say', {}, false]
  ])('%s: %s', (_, status, mismatch) => {
    expect(returnedJobMismatch(REQUEST, 'J1', status) !== undefined).toBe(mismatch)
  })

  it('names the token, the job, what it backs up, and what to do', () => {
    expect(returnedJobMismatch(REQUEST, 'J1', { resourceArn: 'arn:aws:rds:us-east-1:123456789012:db:orders', backupVaultName: 'V' })).toBe(
      'No backup of "arn:aws:rds:us-east-1:123456789012:db:payments" was started: idempotency token release-1 was already used for another backup, so AWS Backup returned job J1 of "arn:aws:rds:us-east-1:123456789012:db:orders" in vault V; give this step an idempotency-token of its own.'
    )
  })

  it('keeps values from AWS on one line', () => {
    expect(returnedJobMismatch(REQUEST, 'J1', { resourceArn: 'x\n::error::y' })).not.toMatch(/\n/)
  })
})

describe('replayLine', () => {
  it('says the job existed, when it was made, for which token, and that nothing new started', () => {
    expect(replayLine(REQUEST, 'J1', new Date('2026-05-01T09:00:00.000Z'), 'https://console/x')).toBe(
      'AWS returned the existing job J1 for arn:aws:rds:us-east-1:123456789012:db:payments, created at 2026-05-01T09:00:00.000Z, for idempotency token release-1; no new backup was started. Console: https://console/x'
    )
  })
})
