import { describe, expect, it } from '@jest/globals'
import { startBackupJobs } from '../../../src/start/startBackupJobs.js'
import { parseSettings } from '../../../src/inputs/settings.js'
import type { BackupApi } from '../../../src/aws/backupApi.js'
import { CredentialsError } from '../../../src/aws/credentials.js'

const DB = 'arn:aws:rds:us-east-1:123456789012:db:orders'
const INPUTS: Record<string, string> = {
  'resource-arn': DB,
  'backup-vault-name': 'Default',
  'iam-role-arn': 'arn:aws:iam::123456789012:role/backup'
}
const settings = parseSettings((name) => INPUTS[name] ?? '', {})

/** A start whose request would go out only once `release` is called (credentials still on their way). */
function slowCredentials(): { api: BackupApi; release: () => void; sentRequests: () => number } {
  let release = (): void => undefined
  let sent = 0
  const api = {
    start: async (_request, _parameters, onSent) => {
      await new Promise<void>((resolve) => (release = resolve))
      onSent?.()
      sent++
      return { backupJobId: 'job-1', status: { isParent: false } }
    }
  } as BackupApi
  return { api, release: () => release(), sentRequests: () => sent }
}

describe('startBackupJobs when the run is cancelled', () => {
  it('never sends a start whose credentials arrive after the cancellation, and says no job was started', async () => {
    const controller = new AbortController()
    const { api, release, sentRequests } = slowCredentials()
    const starting = startBackupJobs(settings, api, () => undefined, controller.signal)
    controller.abort('SIGTERM')
    release()
    const [outcome] = await starting
    expect(sentRequests()).toBe(0)
    expect(outcome?.startError).toBe(`No backup job was started for "${DB}": the run was cancelled before the request was sent.`)
  })

  it('reports a start that went out before the cancellation', async () => {
    const controller = new AbortController()
    const { api, release } = slowCredentials()
    const starting = startBackupJobs(settings, api, () => undefined, controller.signal)
    release()
    await new Promise((resolve) => setImmediate(resolve))
    controller.abort('SIGTERM')
    const [outcome] = await starting
    expect(outcome?.backupJobId).toBe('job-1')
  })
})

describe('startBackupJobs with many resources', () => {
  const arns = (n: number): string[] =>
    Array.from({ length: n }, (_, i) => `arn:aws:ec2:us-east-1:123456789012:volume/vol-0${i.toString(16).padStart(16, '0')}`)
  const many = (n: number): ReturnType<typeof parseSettings> =>
    parseSettings((name) => (name === 'resource-arn' ? arns(n).join('\n') : (INPUTS[name] ?? '')), {})

  /** A fake AWS whose calls answer a few event-loop turns later, with a record of the calls and of the most in flight. */
  function recordingApi(options: { refuseFirst?: number; noCredentials?: boolean } = {}): {
    api: BackupApi
    calls: string[]
    most: () => number
  } {
    const calls: string[] = []
    let inFlight = 0
    let most = 0
    const call = async <T>(what: string, answer: () => T): Promise<T> => {
      calls.push(what)
      most = Math.max(most, ++inFlight)
      for (let turn = 0; turn < 3; turn++) await new Promise((resolve) => setImmediate(resolve))
      inFlight--
      return answer()
    }
    let starts = 0
    const api: Pick<BackupApi, 'start' | 'describe'> = {
      start: (request, _parameters, onSent) => {
        // With credentials at hand the request goes out at once; the answer comes a few turns later.
        if (!options.noCredentials) onSent?.()
        return call('start', () => {
          if (options.noCredentials) throw new CredentialsError('Could not assume role-to-assume.')
          if (++starts <= (options.refuseFirst ?? 0)) throw Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' })
          return { backupJobId: `job-${request.resourceArn.slice(-4)}`, status: { isParent: false } }
        })
      },
      describe: () => call('describe', () => ({ state: 'CREATED' }))
    }
    return { api: api as BackupApi, calls, most: () => most }
  }

  it('keeps at most 20 starts and 20 status checks in flight in a region, and checks each job once it started', async () => {
    const { api, calls, most } = recordingApi()
    const outcomes = await startBackupJobs(
      many(50),
      api,
      () => undefined,
      undefined,
      (job) => api.describe(job)
    )
    expect(outcomes.map((o) => [o.request.resourceArn, o.backupJobId, o.status?.state])).toEqual(
      arns(50).map((arn) => [arn, `job-${arn.slice(-4)}`, 'CREATED'])
    )
    expect(most()).toBe(40)
    expect(calls.slice(0, 20)).toEqual(Array(20).fill('start'))
    expect(calls.filter((c) => c === 'describe')).toHaveLength(50)
  })

  it("never holds up a region's starts, nor the checks of jobs already started, behind starts waiting for their turn", async () => {
    // us-east-1's starts after the first wait for their turn (AWS's pace) until released; eu-west-1's do not.
    let release = (): void => undefined
    const turn = new Promise<void>((resolve) => (release = resolve))
    const checked: string[] = []
    const api = {
      start: async (request: { resourceArn: string; region: string }, _parameters: unknown, onSent?: () => void) => {
        if (request.region === 'us-east-1' && !request.resourceArn.endsWith('0000')) await turn
        onSent?.()
        return { backupJobId: `job-${request.resourceArn}`, status: {} }
      },
      describe: async (job: { resourceArn: string }) => {
        checked.push(job.resourceArn)
        return { state: 'CREATED' }
      }
    } as unknown as BackupApi
    const east = arns(30)
    const west = arns(30).map((arn) => arn.replace('us-east-1', 'eu-west-1'))
    const both = parseSettings((name) => (name === 'resource-arn' ? [...east, ...west].join('\n') : (INPUTS[name] ?? '')), {})
    const starting = startBackupJobs(
      both,
      api,
      () => undefined,
      undefined,
      (job) => api.describe(job)
    )
    for (let turn = 0; turn < 20; turn++) await new Promise((resolve) => setImmediate(resolve))
    expect(checked.sort()).toEqual([east[0], ...west].sort())
    release()
    expect((await starting).filter((o) => o.status?.state === 'CREATED')).toHaveLength(60)
  })

  it('starts every other resource when some starts are refused', async () => {
    const { api, calls } = recordingApi({ refuseFirst: 20 })
    const outcomes = await startBackupJobs(many(30), api, () => undefined)
    expect(calls).toHaveLength(30)
    expect(outcomes.filter((o) => o.startError?.includes('ThrottlingException'))).toHaveLength(20)
    expect(outcomes.filter((o) => o.backupJobId)).toHaveLength(10)
  })

  it('fails once without credentials, and tries none of the starts still queued', async () => {
    const { api, calls } = recordingApi({ noCredentials: true })
    await expect(startBackupJobs(many(50), api, () => undefined)).rejects.toThrow(CredentialsError)
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(calls).toHaveLength(20)
  })

  it('sends no start still queued once the run is cancelled, and says so for each of those resources', async () => {
    const { api, calls } = recordingApi()
    const controller = new AbortController()
    const starting = startBackupJobs(many(50), api, () => undefined, controller.signal)
    await new Promise((resolve) => setImmediate(resolve))
    controller.abort('SIGTERM')
    const outcomes = await starting
    expect(calls).toHaveLength(20)
    expect(outcomes.filter((o) => o.backupJobId)).toHaveLength(20)
    expect(outcomes.slice(20).map((o) => o.startError)).toEqual(
      arns(50)
        .slice(20)
        .map((arn) => `No backup job was started for "${arn}": the run was cancelled before the request was sent.`)
    )
  })
})
