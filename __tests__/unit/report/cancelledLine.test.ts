import { describe, expect, it } from '@jest/globals'
import { cancelledLine } from '../../../src/report/cancelledLine.js'
import type { JobRecord } from '../../../src/shared/job.js'

const request = (name: string): JobRecord['request'] => ({
  resourceArn: `arn:aws:dynamodb:us-east-1:123456789012:table/${name}`,
  partition: 'aws',
  region: 'us-east-1',
  backupVaultName: 'Default',
  idempotencyToken: `tok-${name}`
})
const notSent = (name: string): JobRecord => ({ request: request(name), startError: 'not sent' })
const started = (name: string): JobRecord => ({ request: request(name), backupJobId: `job-${name}` })
const unanswered = (name: string): JobRecord => ({ request: request(name), startUnanswered: true, startError: 'may exist' })
const TABLE = 'arn:aws:dynamodb:us-east-1:123456789012:table'

describe('cancelledLine: one account of what a cancelled step started, never two that contradict', () => {
  it.each([
    ['nothing sent', [notSent('a')], 'The run was cancelled before any backup job was started.'],
    ['a job started', [started('a'), notSent('b')], `The run was cancelled; backup jobs started by this step: job-a (${TABLE}/a).`],
    [
      'one start in flight',
      [unanswered('a'), notSent('b')],
      `The run was cancelled while the start for ${TABLE}/a was in flight; it may have made a backup job (idempotency token tok-a).`
    ],
    [
      'two starts in flight',
      [unanswered('a'), unanswered('b')],
      `The run was cancelled while the starts for ${TABLE}/a (idempotency token tok-a), ${TABLE}/b (idempotency token tok-b) were in flight; each may have made a backup job.`
    ],
    [
      'a job started and a start in flight',
      [started('a'), unanswered('b')],
      `The run was cancelled; backup jobs started by this step: job-a (${TABLE}/a); starts still in flight, each of which may have made a job: ${TABLE}/b (idempotency token tok-b).`
    ]
  ])('%s', (_, records, expected) => {
    expect(cancelledLine(records)).toBe(expected)
  })
})
