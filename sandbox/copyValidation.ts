/** StartCopyJob input checks, following the AWS Backup service model's constraints. */
import { isRecord } from './http.js'
import type { Invalid } from './validation.js'

export interface ValidCopy {
  readonly recoveryPointArn: string
  readonly sourceBackupVaultName: string
  readonly destinationBackupVaultArn: string
  readonly destinationRegion: string
  readonly destinationAccountId: string
  readonly destinationVaultName: string
  readonly iamRoleArn: string
  readonly idempotencyToken?: string
}

const VAULT_NAME = /^[a-zA-Z0-9\-_]{2,50}$/
const ARN = /^arn:aws[a-z-]*:([a-z0-9-]+):([a-z0-9-]*):(\d{12})?:(.+)$/
const VAULT_ARN = /^arn:aws[a-z-]*:backup:([a-z0-9-]+):(\d{12}):backup-vault:([a-zA-Z0-9\-_]{2,50})$/
const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/

export function validateCopy(body: unknown): { ok: true; value: ValidCopy } | { ok: false; error: Invalid } {
  if (!isRecord(body)) return bad('The request body must be a JSON object.')
  for (const name of ['RecoveryPointArn', 'SourceBackupVaultName', 'DestinationBackupVaultArn', 'IamRoleArn'] as const) {
    if (body[name] === undefined || body[name] === null || body[name] === '') {
      return { ok: false, error: { code: 'MissingParameterValueException', message: `Missing required parameter: ${name}` } }
    }
    if (typeof body[name] !== 'string') return bad(`${name} must be a string.`)
  }
  const recoveryPointArn = body['RecoveryPointArn'] as string
  const vault = body['SourceBackupVaultName'] as string
  const destination = body['DestinationBackupVaultArn'] as string
  const iamRoleArn = body['IamRoleArn'] as string
  if (!VAULT_NAME.test(vault)) {
    return bad(
      `1 validation error detected: Value '${vault}' at 'sourceBackupVaultName' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[a-zA-Z0-9\\-\\_]{2,50}$`
    )
  }
  if (!ARN.test(recoveryPointArn)) return bad(`Invalid ARN: ${recoveryPointArn}`)
  const dest = VAULT_ARN.exec(destination)
  if (dest === null) return bad(`Invalid destination backup vault ARN: ${destination}`)
  if (!ROLE_ARN.test(iamRoleArn)) return bad(`Invalid IAM role ARN: ${iamRoleArn}`)
  const token = body['IdempotencyToken']
  if (token !== undefined && typeof token !== 'string') return bad('IdempotencyToken must be a string.')
  const lifecycle = checkLifecycle(body['Lifecycle'])
  if (lifecycle !== undefined) return bad(lifecycle)
  return {
    ok: true,
    value: {
      recoveryPointArn,
      sourceBackupVaultName: vault,
      destinationBackupVaultArn: destination,
      destinationRegion: dest[1] ?? '',
      destinationAccountId: dest[2] ?? '',
      destinationVaultName: dest[3] ?? '',
      iamRoleArn,
      ...(typeof token === 'string' ? { idempotencyToken: token } : {})
    }
  }
}

/** Like StartBackupJob's, but -1 (keep for ever) is allowed, and DeleteAfterEvent is "not valid as an input". */
function checkLifecycle(lifecycle: unknown): string | undefined {
  if (lifecycle === undefined) return undefined
  if (!isRecord(lifecycle)) return 'Lifecycle must be an object.'
  const cold = lifecycle['MoveToColdStorageAfterDays']
  const del = lifecycle['DeleteAfterDays']
  const days = (v: unknown): boolean => typeof v === 'number' && Number.isInteger(v) && (v >= 1 || v === -1)
  if (cold !== undefined && !days(cold)) return 'MoveToColdStorageAfterDays must be a positive integer, or -1.'
  if (del !== undefined && !days(del)) return 'DeleteAfterDays must be a positive integer, or -1.'
  const optIn = lifecycle['OptInToArchiveForSupportedResources']
  if (optIn !== undefined && typeof optIn !== 'boolean') return 'OptInToArchiveForSupportedResources must be a boolean.'
  if (lifecycle['DeleteAfterEvent'] !== undefined) return 'DeleteAfterEvent is not valid as an input.'
  if (typeof cold === 'number' && typeof del === 'number' && cold > 0 && del > 0 && del < cold + 90) {
    return `Invalid lifecycle: DeleteAfterDays (${del}) must be at least 90 days more than MoveToColdStorageAfterDays (${cold}).`
  }
  return undefined
}

function bad(message: string): { ok: false; error: Invalid } {
  return { ok: false, error: { code: 'InvalidParameterValueException', message } }
}
