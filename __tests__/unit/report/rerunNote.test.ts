import { describe, expect, it } from '@jest/globals'
import { rerunNote } from '../../../src/report/rerunNote.js'
import type { JobRecord } from '../../../src/shared/job.js'

const request = (n: number, tokenFromInput?: boolean): JobRecord['request'] => ({
  resourceArn: `arn:aws:rds:us-east-1:123456789012:db:db${n}`,
  partition: 'aws',
  region: 'us-east-1',
  backupVaultName: 'Default',
  idempotencyToken: `token-${n}`,
  ...(tokenFromInput && { tokenFromInput })
})
const notStarted = (n: number, fromInput?: boolean): JobRecord => ({ request: request(n, fromInput), startError: 'StartBackupJob failed.' })
const started = (n: number, fromInput?: boolean): JobRecord => ({ request: request(n, fromInput), backupJobId: `job-${n}` })
const failedJob = (n: number, fromInput?: boolean): JobRecord => ({
  ...started(n, fromInput),
  verdict: { verdict: 'failure', message: 'Backup failed.' }
})

const SECOND_BACKUP =
  /^Re-running this attempt starts a second backup of the (\d+) resources? whose backup jobs? did not fail, since the default idempotency tokens change with the run attempt; set idempotency-token from github\.run_id/
const SAME_JOBS =
  /^Re-running this attempt sends the same idempotency tokens \(idempotency-token is set\), so for about an hour AWS Backup answers with the jobs it already made for them, failed or not, and starts jobs only for the resources that have none\.$/

describe('rerunNote', () => {
  it.each([
    { what: 'no job started', records: [notStarted(1), notStarted(2)], note: undefined, count: undefined },
    { what: 'the only job failed in AWS Backup', records: [failedJob(1)], note: undefined, count: undefined },
    { what: 'some started, some not (default tokens)', records: [started(1), notStarted(2), started(3)], note: SECOND_BACKUP, count: '2' },
    { what: 'one good job, one failed (default tokens)', records: [started(1), failedJob(2)], note: SECOND_BACKUP, count: '1' },
    {
      what: 'some started, some not (idempotency-token set)',
      records: [started(1, true), notStarted(2, true)],
      note: SAME_JOBS,
      count: undefined
    },
    {
      what: 'a failed job with idempotency-token set: a re-run gets it back',
      records: [failedJob(1, true)],
      note: SAME_JOBS,
      count: undefined
    }
  ])('$what', ({ records, note, count }) => {
    const text = rerunNote(records)
    if (note === undefined) expect(text).toBeUndefined()
    else expect(text).toMatch(note)
    if (count !== undefined) expect(SECOND_BACKUP.exec(text ?? '')?.[1]).toBe(count)
  })
})
