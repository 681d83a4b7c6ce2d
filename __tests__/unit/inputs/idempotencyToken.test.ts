import { describe, expect, it } from '@jest/globals'
import { defaultIdempotencyToken, explicitIdempotencyToken, type RunContext } from '../../../src/inputs/idempotencyToken.js'

const RUN: RunContext = {
  runId: '9876543210',
  runAttempt: '1',
  repository: 'octo/shop',
  workflow: 'deploy',
  job: 'backup',
  action: 'backup-db'
}
const ARGS = ['us-east-1', 'Default', 'arn:aws:rds:us-east-1:123456789012:db:orders'] as const
const token = (run: Partial<RunContext> = {}, region: string = ARGS[0], vault: string = ARGS[1], arn: string = ARGS[2]): string =>
  defaultIdempotencyToken({ ...RUN, ...run }, region, vault, arn)

describe('defaultIdempotencyToken', () => {
  it('is the same for the same step of the same run attempt (a retried start cannot make a second job)', () => {
    expect(token()).toBe(token())
  })

  it('begins with the run id and attempt, readable, and fits in 64 characters', () => {
    expect(token()).toMatch(/^9876543210-1-[0-9a-f]{24}$/)
    expect(token({ runId: '9'.repeat(40), runAttempt: '99' }).length).toBeLessThanOrEqual(64)
  })

  it.each<[string, string]>([
    ['another run', token({ runId: '9876543211' })],
    ['another run attempt', token({ runAttempt: '2' })],
    ['another repository', token({ repository: 'octo/shop2' })],
    ['another workflow', token({ workflow: 'nightly' })],
    ['another job', token({ job: 'release' })],
    ['another step', token({ action: 'backup-db-2' })],
    ['another region', token({}, 'eu-west-1')],
    ['another vault', token({}, ARGS[0], 'Other')],
    ['another resource', token({}, ARGS[0], ARGS[1], 'arn:aws:rds:us-east-1:123456789012:db:users')],
    // Parts are kept apart, so moving a character from one to the next is a different step too.
    ['parts split differently', token({ workflow: 'deployb', job: 'ackup' })]
  ])('differs for %s', (_, other) => {
    expect(other).not.toBe(token())
  })
})

describe('explicitIdempotencyToken', () => {
  it('is sent verbatim for a single resource', () => {
    expect(explicitIdempotencyToken('release-1.2.3', ARGS[2], 1)).toBe('release-1.2.3')
  })

  it('gets a distinct, stable suffix per resource when there are several', () => {
    const a = explicitIdempotencyToken('nightly', 'arn:aws:rds:us-east-1:123456789012:db:a', 2)
    const b = explicitIdempotencyToken('nightly', 'arn:aws:rds:us-east-1:123456789012:db:b', 2)
    expect(a).toMatch(/^nightly-[0-9a-f]{10}$/)
    expect(a).not.toBe(b)
    expect(explicitIdempotencyToken('nightly', 'arn:aws:rds:us-east-1:123456789012:db:a', 3)).toBe(a)
  })
})
