import { describe, expect, it } from '@jest/globals'
import { startBackupJobs } from '../../src/startBackupJobs.js'
import { parseSettings } from '../../src/settings.js'
import type { BackupApi } from '../../src/backupApi.js'

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
    start: async (request, onSent) => {
      await new Promise<void>((resolve) => (release = resolve))
      onSent?.()
      sent++
      return { ...request, backupVaultName: 'Default', backupJobId: 'job-1', isParent: false }
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
    expect(outcome?.error).toBe(`No backup job was started for "${DB}": the run was cancelled before the request was sent.`)
  })

  it('reports a start that went out before the cancellation', async () => {
    const controller = new AbortController()
    const { api, release } = slowCredentials()
    const starting = startBackupJobs(settings, api, () => undefined, controller.signal)
    release()
    await new Promise((resolve) => setImmediate(resolve))
    controller.abort('SIGTERM')
    const [outcome] = await starting
    expect(outcome?.job?.backupJobId).toBe('job-1')
  })
})
