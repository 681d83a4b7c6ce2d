import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import type { BackupApi } from '../../src/aws/backupApi.js'
import type { StartedJob } from '../../src/shared/job.js'
import { stopJobs } from '../../src/wait/stopBackupJobs.js'

const job = (n: number): StartedJob => ({
  resourceArn: `arn:aws:dynamodb:us-east-1:123456789012:table/t${n}`,
  partition: 'aws',
  region: 'us-east-1',
  backupVaultName: 'Default',
  idempotencyToken: `tok-${n}`,
  backupJobId: `job-${n}`
})

/** An AWS Backup whose StopBackupJob answers after `answerMs` (never, for Infinity), and ignores any signal. */
function slowStops(answerMs: number) {
  const asked: string[] = []
  const api = {
    stop: (stopped: StartedJob) => {
      asked.push(stopped.backupJobId)
      return new Promise<void>((resolve) => (answerMs === Infinity ? undefined : setTimeout(resolve, answerMs)))
    }
  } as unknown as BackupApi
  return { api, asked }
}

describe('stopJobs', () => {
  beforeEach(() => {
    jest.useFakeTimers()
  })
  afterEach(() => {
    jest.useRealTimers()
  })

  it('sends every stop at once: 50 jobs whose stops take 1.5 s each are all stopped within 3 s', async () => {
    const { api, asked } = slowStops(1_500)
    const stopping = stopJobs(
      api,
      Array.from({ length: 50 }, (_, i) => job(i)),
      3_000
    )
    expect(asked).toHaveLength(50)
    await jest.advanceTimersByTimeAsync(1_500)
    const results = await stopping
    expect(results.filter((r) => r.stopped)).toHaveLength(50)
  })

  it('keeps to its deadline even when a stop never settles, and says so', async () => {
    const { api } = slowStops(Infinity)
    const stopping = stopJobs(api, [job(1)], 3_000)
    await jest.advanceTimersByTimeAsync(3_000)
    expect(await stopping).toEqual([
      {
        stopped: false,
        line: 'Could not stop job job-1 for "arn:aws:dynamodb:us-east-1:123456789012:table/t1" within 3 s: AWS Backup had not answered; it may still be running.'
      }
    ])
  })
})
