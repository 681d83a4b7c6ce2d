import { afterEach, describe, expect, it } from '@jest/globals'
import { StartCopyJobCommand } from '@aws-sdk/client-backup'
import type { BackupClient } from '@aws-sdk/client-backup'
import { startSandbox } from '../../sandbox/sandbox.js'
import type { Sandbox, SandboxOptions } from '../../sandbox/sandbox.js'
import { DR_VAULT, OTHER_ACCOUNT, OTHER_VAULT, backedUp, copyInput, describeCopy, startCopy, untilCopy, vaultArn } from './copyHelpers.js'
import { ACCOUNT, STATIC, client, ebs, eventually, rejection } from './helpers.js'

let sandbox: Sandbox | undefined
afterEach(async () => {
  await sandbox?.close()
  sandbox = undefined
})
async function setup(options: SandboxOptions = {}): Promise<{ sb: Sandbox; backup: BackupClient }> {
  sandbox = await startSandbox({
    staticCredentials: STATIC,
    timeline: { pendingAfterMs: 0, runningAfterMs: 0, endAfterMs: 20 },
    ...options
  })
  return { sb: sandbox, backup: client(sandbox) }
}
const ENDED = ['COMPLETED', 'FAILED', 'PARTIAL']

describe('copy destinations', () => {
  it('refuses a same-account destination that does not exist, and fails a copy into an unknown vault of another account', async () => {
    const { sb, backup } = await setup({ destinationVaults: [DR_VAULT, OTHER_VAULT] })
    const rp = await backedUp(backup, ebs(1))
    const missing = vaultArn('nowhere', 'eu-west-1')
    const refused = await rejection(backup.send(new StartCopyJobCommand(copyInput(rp, missing))))
    expect([refused.name, refused.$metadata?.httpStatusCode, refused.message]).toEqual([
      'ResourceNotFoundException',
      400,
      `Backup vault with ARN ${missing} not found.`
    ])
    expect(sb.copyJobs()).toEqual([])

    const unknownElsewhere = vaultArn('nowhere', 'eu-west-1', OTHER_ACCOUNT)
    const failing = await startCopy(backup, copyInput(rp, unknownElsewhere))
    const failed = await untilCopy(backup, failing, ENDED)
    expect(failed).toMatchObject({ State: 'FAILED', MessageCategory: 'AccessDenied' })
    expect(failed.StatusMessage).toContain(unknownElsewhere)
    expect(failed.DestinationRecoveryPointArn).toBeUndefined()

    const crossAccount = await untilCopy(backup, await startCopy(backup, copyInput(rp, OTHER_VAULT)), ENDED)
    expect(crossAccount.State).toBe('COMPLETED')
    expect(crossAccount.DestinationRecoveryPointArn).toMatch(new RegExp(`^arn:aws:backup:eu-west-1:${OTHER_ACCOUNT}:recovery-point:`))
    expect(crossAccount.AccountId).toBe(ACCOUNT)
    expect(sb.copyJobs().map((c) => [c.destinationAccountId, c.crossAccount, c.state])).toEqual([
      [OTHER_ACCOUNT, true, 'FAILED'],
      [OTHER_ACCOUNT, true, 'COMPLETED']
    ])
  })

  it('without destinationVaults, knows same-account destinations from `vaults` and any vault of another account', async () => {
    const { backup } = await setup({ vaults: ['main-vault', { name: 'dr-vault', region: 'eu-west-1' }] })
    const rp = await backedUp(backup, ebs(2))
    const wrongRegion = await rejection(backup.send(new StartCopyJobCommand(copyInput(rp, vaultArn('dr-vault', 'us-west-2')))))
    expect(wrongRegion.name).toBe('ResourceNotFoundException')
    expect((await untilCopy(backup, await startCopy(backup, copyInput(rp, DR_VAULT)), ENDED)).State).toBe('COMPLETED')
    expect((await untilCopy(backup, await startCopy(backup, copyInput(rp, OTHER_VAULT)), ENDED)).State).toBe('COMPLETED')
  })

  it('refuses a cross-account copy at start with AccessDeniedException naming backup:CopyIntoBackupVault', async () => {
    const { sb, backup } = await setup({ crossAccountCopy: 'refused-at-start' })
    const rp = await backedUp(backup, ebs(3))
    const err = await rejection(backup.send(new StartCopyJobCommand(copyInput(rp, OTHER_VAULT))))
    expect([err.name, err.$metadata?.httpStatusCode]).toEqual(['AccessDeniedException', 403])
    expect(err.message).toBe(
      `User: arn:aws:iam::${ACCOUNT}:user/sandbox-user is not authorized to perform: backup:CopyIntoBackupVault on resource: ${OTHER_VAULT} because no resource-based policy allows the backup:CopyIntoBackupVault action`
    )
    expect(sb.copyJobs()).toEqual([])
    // Same-account copies are not concerned.
    expect((await untilCopy(backup, await startCopy(backup, copyInput(rp, DR_VAULT)), ENDED)).State).toBe('COMPLETED')
  })

  it('fails a refused cross-account copy in the job, per destination rule, without it ever running', async () => {
    const allowedVault = vaultArn('open', 'eu-west-1', OTHER_ACCOUNT)
    const { backup } = await setup({
      crossAccountCopy: { default: 'refused-in-job', rules: [{ destinationVaultArn: allowedVault, mode: 'allowed' }] },
      copyTimeline: { runningAfterMs: 100, endAfterMs: 200 }
    })
    const rp = await backedUp(backup, ebs(4))
    const id = await startCopy(backup, copyInput(rp, OTHER_VAULT))
    const seen = new Set<string>()
    const failed = await eventually(async () => {
      const job = await describeCopy(backup, id)
      seen.add(job.State ?? '')
      return job.State === 'FAILED' ? job : undefined
    })
    expect([...seen]).toEqual(['CREATED', 'FAILED'])
    expect(failed).toMatchObject({ MessageCategory: 'AccessDenied', DestinationBackupVaultArn: OTHER_VAULT })
    expect(failed.StatusMessage).toBe(
      `Access denied: account ${ACCOUNT} is not authorized to perform backup:CopyIntoBackupVault on ${OTHER_VAULT}.`
    )
    expect(failed.DestinationRecoveryPointArn).toBeUndefined()
    expect((await untilCopy(backup, await startCopy(backup, copyInput(rp, allowedVault)), ENDED)).State).toBe('COMPLETED')
  })
})

describe('copy timelines and quotas', () => {
  it('chooses a timeline by destination vault and resource, and setCopyTimeline changes later copies', async () => {
    const { sb, backup } = await setup({
      copyTimeline: {
        default: { runningAfterMs: 0, endAfterMs: 30 },
        rules: [
          { destinationVaultArn: 'arn:aws:backup:ap-*', timeline: { endState: 'FAILED', statusMessage: 'no route to Asia' } },
          { resourceArn: ebs(6), destinationVaultArn: DR_VAULT, timeline: { endState: 'PARTIAL', messageCategory: 'Partial' } }
        ]
      }
    })
    const rp5 = await backedUp(backup, ebs(5))
    const rp6 = await backedUp(backup, ebs(6))
    const ids = [
      await startCopy(backup, copyInput(rp5, vaultArn('dr', 'ap-southeast-2'))),
      await startCopy(backup, copyInput(rp6, DR_VAULT)),
      await startCopy(backup, copyInput(rp5, DR_VAULT))
    ]
    const ended = await Promise.all(ids.map((id) => untilCopy(backup, id, ENDED)))
    expect(ended.map((j) => [j.State, j.StatusMessage, j.MessageCategory])).toEqual([
      ['FAILED', 'no route to Asia', undefined],
      ['PARTIAL', 'Some resources in the recovery point could not be copied (sandbox).', 'Partial'],
      ['COMPLETED', undefined, 'SUCCESS']
    ])
    sb.setCopyTimeline((copy) => (copy.resourceArn === ebs(5) ? { endAfterMs: 10, backupSizeInBytes: 77 } : undefined))
    const later = await untilCopy(backup, await startCopy(backup, copyInput(rp5, vaultArn('xy', 'us-west-2'))), ENDED)
    expect([later.State, later.BackupSizeInBytes]).toEqual(['COMPLETED', 77])
  })

  it('copies one resource at a time: a second copy of it waits in CREATED until the first ends', async () => {
    let n = 0
    const { backup } = await setup({ copyTimeline: () => ({ runningAfterMs: 0, endAfterMs: n++ === 0 ? 800 : 50 }) })
    const rp = await backedUp(backup, ebs(7))
    const other = await backedUp(backup, ebs(8))
    const first = await startCopy(backup, copyInput(rp, DR_VAULT))
    const second = await startCopy(backup, copyInput(rp, vaultArn('dr2', 'us-west-2')))
    const elsewhere = await startCopy(backup, copyInput(other, DR_VAULT))
    const states = async () => Promise.all([first, second, elsewhere].map(async (id) => (await describeCopy(backup, id)).State))
    expect(await states()).toEqual(['RUNNING', 'CREATED', 'RUNNING'])
    const firstDone = await untilCopy(backup, first, ENDED)
    const secondDone = await untilCopy(backup, second, ENDED)
    expect(secondDone.CompletionDate?.getTime()).toBe((firstDone.CompletionDate?.getTime() ?? 0) + 50)
  })

  it('holds copies in CREATED beyond copyConcurrencyPerDestination, oldest first', async () => {
    let n = 0
    const { sb, backup } = await setup({
      copyConcurrencyPerDestination: 1,
      copyTimeline: () => ({ runningAfterMs: 0, endAfterMs: n++ === 0 ? 800 : 50 })
    })
    const rps = [await backedUp(backup, ebs(10)), await backedUp(backup, ebs(11)), await backedUp(backup, ebs(12))]
    const a = await startCopy(backup, copyInput(rps[0] ?? '', DR_VAULT))
    const b = await startCopy(backup, copyInput(rps[1] ?? '', DR_VAULT))
    const c = await startCopy(backup, copyInput(rps[2] ?? '', DR_VAULT))
    const d = await startCopy(backup, copyInput(rps[1] ?? '', OTHER_VAULT))
    expect(sb.copyJobs().map((j) => j.state)).toEqual(['RUNNING', 'CREATED', 'CREATED', 'RUNNING'])
    const ends = await Promise.all([a, b, c].map(async (id) => (await untilCopy(backup, id, ENDED)).CompletionDate?.getTime() ?? 0))
    // b waited for a; c for b (d, on b's resource, ran into another vault before b could start).
    const dDone = (await describeCopy(backup, d)).CompletionDate?.getTime() ?? 0
    expect([ends[1] ?? 0, ends[2] ?? 0]).toEqual([Math.max(ends[0] ?? 0, dDone) + 50, Math.max(ends[0] ?? 0, dDone) + 100])
    expect(sb.copyJobs({ destinationBackupVaultArn: DR_VAULT, state: 'COMPLETED' })).toHaveLength(3)
  })
})
