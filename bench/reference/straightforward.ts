/**
 * A reference for the start-up figures, not the action: the same start-only run written the straightforward way,
 * with @actions/core, @aws-sdk/credential-providers and @aws-sdk/client-backup imported statically at the top.
 */
import * as core from '@actions/core'
import { fromWebToken } from '@aws-sdk/credential-providers'
import { BackupClient, DescribeBackupJobCommand, StartBackupJobCommand } from '@aws-sdk/client-backup'

const resourceArn = core.getInput('resource-arn')
const region = resourceArn.split(':')[3]
const credentials = fromWebToken({
  roleArn: core.getInput('role-to-assume'),
  webIdentityToken: await core.getIDToken(core.getInput('audience')),
  clientConfig: { region }
})
const client = new BackupClient({ region, credentials })
const started = await client.send(
  new StartBackupJobCommand({
    BackupVaultName: core.getInput('backup-vault-name'),
    ResourceArn: resourceArn,
    IamRoleArn: core.getInput('iam-role-arn'),
    IdempotencyToken: `reference-${process.env.GITHUB_RUN_ID}`
  })
)
const described = await client.send(new DescribeBackupJobCommand({ BackupJobId: started.BackupJobId }))
core.setOutput('backup-job-id', started.BackupJobId)
core.setOutput('state', described.State)
