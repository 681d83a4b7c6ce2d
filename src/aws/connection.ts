import type { AwsCredentialIdentityProvider } from '@smithy/types'
import type { AwsSettings } from '../inputs/awsInputs.js'
import { credentialsFor, type CredentialsDeps } from './credentials.js'
import type { BackupApi } from './backupApi.js'

/** What connecting needs from the runner. */
export interface ConnectionDeps extends CredentialsDeps {
  readonly env: NodeJS.ProcessEnv
  requestsSent(): Promise<void>
  backupApi(settings: AwsSettings, credentials: AwsCredentialIdentityProvider | undefined): Promise<BackupApi>
}

export interface AwsConnection {
  readonly api: BackupApi
  /** Undefined without role-to-assume (the SDK's default chain then finds credentials on the first call). */
  readonly credentials?: AwsCredentialIdentityProvider
}

/**
 * Credentials, then the AWS Backup client. The OIDC token request leaves before the AWS SDK loads, so the two overlap;
 * a failure to get credentials surfaces on the first AWS call, or where the caller awaits `credentials`.
 */
export async function connectToAws(rt: ConnectionDeps, settings: AwsSettings, meanwhile?: () => void): Promise<AwsConnection> {
  const credentials = credentialsFor(settings, rt.env, rt)
  credentials?.().catch(() => undefined)
  await rt.requestsSent()
  // Whatever else should load while GitHub answers (the run's tags, say), before the SDK holds the event loop.
  meanwhile?.()
  return { api: await rt.backupApi(settings, credentials), credentials }
}
