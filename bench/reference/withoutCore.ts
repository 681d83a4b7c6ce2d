/**
 * A reference for the start-up figures, not the action: straightforward.ts without @actions/core. The runner's side
 * (inputs, the OIDC token request, outputs) is done by hand with Node's builtins, to show what @actions/core costs.
 */
import { appendFileSync } from 'node:fs'
import { get } from 'node:http'
import { fromWebToken } from '@aws-sdk/credential-providers'
import { BackupClient, DescribeBackupJobCommand, StartBackupJobCommand } from '@aws-sdk/client-backup'

const input = (name: string): string => (process.env[`INPUT_${name.toUpperCase()}`] ?? '').trim()

// The sandbox's token endpoint is plain HTTP on loopback; a runner's is HTTPS (node:https, same calls).
function idToken(audience: string): Promise<string> {
  const url = new URL(process.env.ACTIONS_ID_TOKEN_REQUEST_URL ?? '')
  url.searchParams.set('audience', audience)
  return new Promise((resolve, reject) => {
    get(url, { headers: { Authorization: `Bearer ${process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN}` } }, (response) => {
      let body = ''
      response.on('data', (chunk: Buffer) => (body += chunk.toString()))
      response.on('end', () => resolve((JSON.parse(body) as { value: string }).value))
    }).on('error', reject)
  })
}

const resourceArn = input('resource-arn')
const region = resourceArn.split(':')[3]
const credentials = fromWebToken({
  roleArn: input('role-to-assume'),
  webIdentityToken: await idToken(input('audience')),
  clientConfig: { region }
})
const client = new BackupClient({ region, credentials })
const started = await client.send(
  new StartBackupJobCommand({
    BackupVaultName: input('backup-vault-name'),
    ResourceArn: resourceArn,
    IamRoleArn: input('iam-role-arn'),
    IdempotencyToken: `reference-${process.env.GITHUB_RUN_ID}`
  })
)
const described = await client.send(new DescribeBackupJobCommand({ BackupJobId: started.BackupJobId }))
const output = (name: string, value = ''): string => `${name}<<ghadelimiter_reference\n${value}\nghadelimiter_reference\n`
appendFileSync(process.env.GITHUB_OUTPUT ?? '', output('backup-job-id', started.BackupJobId) + output('state', described.State))
