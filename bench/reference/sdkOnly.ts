/**
 * A reference for the start-up figures, not the action: the two AWS Backup calls of a start-only run
 * (StartBackupJob, then DescribeBackupJob) made with @aws-sdk/client-backup alone and static keys from the
 * environment. No @actions/core, no OIDC token, no STS: what the SDK itself costs a process on this machine.
 */
import { BackupClient, DescribeBackupJobCommand, StartBackupJobCommand } from '@aws-sdk/client-backup'

const input = (name: string): string => process.env[`INPUT_${name.toUpperCase()}`] ?? ''
// The keys are passed in, so that no credential lookup of the SDK's adds to the figure: a lower bound.
const client = new BackupClient({
  region: input('resource-arn').split(':')[3],
  credentials: { accessKeyId: process.env.AWS_ACCESS_KEY_ID ?? '', secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY ?? '' }
})
const started = await client.send(
  new StartBackupJobCommand({
    BackupVaultName: input('backup-vault-name'),
    ResourceArn: input('resource-arn'),
    IamRoleArn: input('iam-role-arn'),
    IdempotencyToken: `reference-${process.env.GITHUB_RUN_ID}`
  })
)
const described = await client.send(new DescribeBackupJobCommand({ BackupJobId: started.BackupJobId }))
process.stdout.write(`${started.BackupJobId} ${described.State}\n`)
