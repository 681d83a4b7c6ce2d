import { describe, expect, it } from '@jest/globals'
import { errorAnnotations, type Failure } from '../../../src/report/annotations.js'
import type { JobRequest } from '../../../src/shared/job.js'

const request = (n: number): JobRequest => ({
  resourceArn: `arn:aws:rds:us-east-1:123456789012:db:db${n}`,
  partition: 'aws',
  region: 'us-east-1',
  backupVaultName: 'Default',
  idempotencyToken: `t${n}`
})
const failures = (n: number, from = 1): Failure[] =>
  Array.from({ length: n }, (_, i) => ({ request: request(from + i), message: `m${from + i}` }))

function sink(): { errors: string[]; infos: string[]; info(m: string): void; error(m: string): void } {
  const errors: string[] = []
  const infos: string[] = []
  return { errors, infos, info: (m) => void infos.push(m), error: (m) => void errors.push(m) }
}

describe('errorAnnotations: at most ten per step', () => {
  it.each<[string, number, number, boolean, number]>([
    ['9 failures and the verdict fit', 9, 1, true, 9],
    ['10 failures and the verdict do not', 10, 1, false, 0],
    ['10 failures with nothing after them fit', 10, 0, true, 10],
    ['12 failures go to the log', 12, 1, false, 0]
  ])('%s', (_, count, reserve, fits, annotated) => {
    const out = sink()
    const annotations = errorAnnotations(out)
    expect(annotations.report(failures(count), reserve)).toBe(fits)
    expect(out.errors).toHaveLength(annotated)
    expect(out.infos).toHaveLength(fits ? 0 : count)
  })

  it('counts what was reported early against the ten, and remembers it', () => {
    const out = sink()
    const annotations = errorAnnotations(out)
    const early = failures(4)
    expect(annotations.report(early, 1)).toBe(true)
    expect(annotations.reported(early[0] as Failure)).toBe(true)
    expect(annotations.reported({ request: request(9), message: 'm9' })).toBe(false)
    // 4 used: 5 more and the verdict fit, 6 more do not.
    expect(annotations.report(failures(5, 10), 1)).toBe(true)
    expect(annotations.report(failures(1, 20), 1)).toBe(false)
  })
})
