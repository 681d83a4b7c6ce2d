import type { AwsSettings } from './inputs/awsInputs.js'
import { credentialsFor } from './aws/credentials.js'
import type { BackupApi } from './aws/backupApi.js'
import type { Runtime } from './runtime.js'

/**
 * Credentials, then the AWS Backup client. The OIDC token request leaves before the AWS SDK loads, so the two overlap;
 * a failure to get credentials surfaces on the first AWS call.
 */
export async function connectToAws(rt: Runtime, settings: AwsSettings): Promise<BackupApi> {
  const credentials = credentialsFor(settings, rt.env, rt)
  credentials?.().catch(() => undefined)
  await rt.requestsSent()
  return rt.backupApi(settings, credentials)
}
