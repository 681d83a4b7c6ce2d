/** Shared bits of the copy-job tests (not itself a test file). */
import { DescribeBackupJobCommand, DescribeCopyJobCommand, StartBackupJobCommand, StartCopyJobCommand } from '@aws-sdk/client-backup'
import type { BackupClient, CopyJob, StartCopyJobCommandInput } from '@aws-sdk/client-backup'
import { ACCOUNT, REGION, ROLE, eventually } from './helpers.js'

export const OTHER_ACCOUNT = '210987654321'
export const vaultArn = (name: string, region = REGION, account = ACCOUNT): string =>
  `arn:aws:backup:${region}:${account}:backup-vault:${name}`
export const DR_VAULT = vaultArn('dr-vault', 'eu-west-1')
export const OTHER_VAULT = vaultArn('central', 'eu-west-1', OTHER_ACCOUNT)

/** The recovery point of a backup job that ran to its end (COMPLETED unless its timeline says otherwise). */
export async function backedUp(backup: BackupClient, resourceArn: string, vault = 'main-vault'): Promise<string> {
  const id = (await backup.send(new StartBackupJobCommand({ BackupVaultName: vault, ResourceArn: resourceArn, IamRoleArn: ROLE })))
    .BackupJobId
  const job = await eventually(async () => {
    const j = await backup.send(new DescribeBackupJobCommand({ BackupJobId: id }))
    return ['COMPLETED', 'FAILED', 'PARTIAL', 'ABORTED', 'EXPIRED'].includes(j.State ?? '') ? j : undefined
  })
  return job.RecoveryPointArn ?? ''
}

export const copyInput = (
  recoveryPointArn: string,
  destination = DR_VAULT,
  extra: Partial<StartCopyJobCommandInput> = {}
): StartCopyJobCommandInput => ({
  RecoveryPointArn: recoveryPointArn,
  SourceBackupVaultName: 'main-vault',
  DestinationBackupVaultArn: destination,
  IamRoleArn: ROLE,
  ...extra
})

export async function startCopy(backup: BackupClient, input: StartCopyJobCommandInput): Promise<string> {
  return (await backup.send(new StartCopyJobCommand(input))).CopyJobId ?? ''
}

export async function describeCopy(backup: BackupClient, id: string): Promise<CopyJob> {
  return (await backup.send(new DescribeCopyJobCommand({ CopyJobId: id }))).CopyJob ?? {}
}

/** Polls DescribeCopyJob until the copy is in one of `states`. */
export async function untilCopy(backup: BackupClient, id: string, states: string[], timeoutMs = 3000): Promise<CopyJob> {
  return eventually(async () => {
    const job = await describeCopy(backup, id)
    return states.includes(job.State ?? '') ? job : undefined
  }, timeoutMs)
}
