import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import type { StartAnswer } from '../../src/aws/backupApi.js'
import { LATE_ANSWER_MS, stopLateStarts } from '../../src/wait/lateStarts.js'
import { fakeBackup } from '../unit/fakeRuntime.js'

const TABLE = 'arn:aws:dynamodb:us-east-1:123456789012:table/orders'
const request = { resourceArn: TABLE, partition: 'aws', region: 'us-east-1', backupVaultName: 'Default', idempotencyToken: 'tok-1' }
const settings = { iamRoleArn: 'arn:aws:iam::123456789012:role/backup' }

describe('stopLateStarts', () => {
  beforeEach(() => {
    jest.useFakeTimers()
  })
  afterEach(() => {
    jest.useRealTimers()
  })

  /** Runs stopLateStarts for one start whose answer is `answer`, with the clock moved on by `elapseMs`. */
  async function lateStart(answer: Promise<StartAnswer>, elapseMs = LATE_ANSWER_MS + 1) {
    const backup = fakeBackup()
    const log: string[] = []
    const done = stopLateStarts(backup.api, settings, [{ request, answer }], { info: (line) => log.push(line) })
    await jest.advanceTimersByTimeAsync(elapseMs)
    await done
    return { log, stopped: backup.stopped }
  }

  it('stops the job a start names when it answers after the report', async () => {
    const { log, stopped } = await lateStart(Promise.resolve({ backupJobId: 'job-9', status: {} }))
    expect(stopped).toEqual(['job-9'])
    expect(log).toEqual([
      `The start for ${TABLE} answered after the run was cancelled: job job-9; stopping it.`,
      `Stopped job job-9 for "${TABLE}" (StopBackupJob accepted; it ends as ABORTED).`
    ])
  })

  it('gives up on a start that does not answer in time, naming the token that finds its job', async () => {
    const { log, stopped } = await lateStart(new Promise<StartAnswer>(() => undefined))
    expect(stopped).toEqual([])
    expect(log).toEqual([
      `The start for ${TABLE} had still not answered 3 s later; if it made a backup job, idempotency token tok-1 finds it.`
    ])
  })

  it('says why a start that failed late made no job known to the step', async () => {
    const failure = Object.assign(new Error('Backup vault Default not found.'), { name: 'ResourceNotFoundException' })
    const { log, stopped } = await lateStart(Promise.reject(failure))
    expect(stopped).toEqual([])
    expect(log).toEqual([
      expect.stringMatching(/^StartBackupJob for ".*orders" failed: ResourceNotFoundException: Backup vault Default not found; check/)
    ])
  })
})
