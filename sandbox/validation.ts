/** StartBackupJob input checks, following the AWS Backup service model's constraints. */
import { isRecord } from './http.js'

export interface Invalid {
  readonly code: 'InvalidParameterValueException' | 'MissingParameterValueException'
  readonly message: string
}

export interface ValidStart {
  readonly backupVaultName: string
  readonly resourceArn: string
  readonly iamRoleArn: string
  readonly idempotencyToken?: string
  readonly startWindowMinutes: number
}

const VAULT_NAME = /^[a-zA-Z0-9\-_]{2,50}$/
const OPTION = /^[a-zA-Z0-9\-_.]{1,50}$/
const ARN = /^arn:aws[a-z-]*:([a-z0-9-]+):([a-z0-9-]*):(\d{12})?:(.+)$/
const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/
const MAX_WINDOW_MINUTES = 52_560_000
/** AWS Backup's default start window: 8 hours. */
const DEFAULT_START_WINDOW_MINUTES = 480

export function validateStart(body: unknown, region: string): { ok: true; value: ValidStart } | { ok: false; error: Invalid } {
  if (!isRecord(body)) return bad('The request body must be a JSON object.')
  for (const name of ['BackupVaultName', 'ResourceArn', 'IamRoleArn'] as const) {
    if (body[name] === undefined || body[name] === null || body[name] === '') {
      return { ok: false, error: { code: 'MissingParameterValueException', message: `Missing required parameter: ${name}` } }
    }
    if (typeof body[name] !== 'string') return bad(`${name} must be a string.`)
  }
  const vault = body['BackupVaultName'] as string
  const resourceArn = body['ResourceArn'] as string
  const iamRoleArn = body['IamRoleArn'] as string
  if (!VAULT_NAME.test(vault)) {
    return bad(
      `1 validation error detected: Value '${vault}' at 'backupVaultName' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[a-zA-Z0-9\\-\\_]{2,50}$`
    )
  }
  const arn = ARN.exec(resourceArn)
  if (arn === null) return bad(`Invalid ARN: ${resourceArn}`)
  // A backup job runs in the region of its resource; S3 bucket ARNs carry no region.
  const arnRegion = arn[2] ?? ''
  if (arnRegion !== '' && arnRegion !== region) {
    return bad(`Resource ARN ${resourceArn} is not in region ${region}, the region of this request.`)
  }
  if (!ROLE_ARN.test(iamRoleArn)) return bad(`Invalid IAM role ARN: ${iamRoleArn}`)

  const token = body['IdempotencyToken']
  if (token !== undefined && typeof token !== 'string') return bad('IdempotencyToken must be a string.')

  const start = body['StartWindowMinutes']
  if (start !== undefined) {
    if (!isLong(start)) return bad('StartWindowMinutes must be an integer.')
    if (start < 60) return bad(`StartWindowMinutes must be at least 60 minutes; got ${start}.`)
    if (start > MAX_WINDOW_MINUTES) return bad(`StartWindowMinutes must be at most ${MAX_WINDOW_MINUTES}; got ${start}.`)
  }
  const complete = body['CompleteWindowMinutes']
  if (complete !== undefined) {
    if (!isLong(complete) || complete < 1) return bad('CompleteWindowMinutes must be a positive integer.')
    if (complete > MAX_WINDOW_MINUTES) return bad(`CompleteWindowMinutes must be at most ${MAX_WINDOW_MINUTES}; got ${complete}.`)
  }

  const lifecycle = checkLifecycle(body['Lifecycle'])
  if (lifecycle !== undefined) return bad(lifecycle)

  const tags = body['RecoveryPointTags']
  if (tags !== undefined && (!isRecord(tags) || Object.values(tags).some((v) => typeof v !== 'string'))) {
    return bad('RecoveryPointTags must map strings to strings.')
  }
  const options = body['BackupOptions']
  if (options !== undefined) {
    if (!isRecord(options)) return bad('BackupOptions must be a map.')
    for (const [k, v] of Object.entries(options)) {
      if (!OPTION.test(k) || typeof v !== 'string' || !OPTION.test(v)) {
        return bad(`Invalid BackupOptions entry '${k}': keys and values must match ^[a-zA-Z0-9\\-\\_\\.]{1,50}$`)
      }
    }
  }
  const index = body['Index']
  if (index !== undefined && index !== 'ENABLED' && index !== 'DISABLED') {
    return bad(
      `1 validation error detected: Value '${String(index)}' at 'index' failed to satisfy constraint: Member must satisfy enum value set: [ENABLED, DISABLED]`
    )
  }
  const airGapped = body['LogicallyAirGappedBackupVaultArn']
  if (airGapped !== undefined && (typeof airGapped !== 'string' || !ARN.test(airGapped))) {
    return bad('LogicallyAirGappedBackupVaultArn must be an ARN.')
  }

  return {
    ok: true,
    value: {
      backupVaultName: vault,
      resourceArn,
      iamRoleArn,
      ...(typeof token === 'string' ? { idempotencyToken: token } : {}),
      startWindowMinutes: typeof start === 'number' ? start : DEFAULT_START_WINDOW_MINUTES
    }
  }
}

function checkLifecycle(lifecycle: unknown): string | undefined {
  if (lifecycle === undefined) return undefined
  if (!isRecord(lifecycle)) return 'Lifecycle must be an object.'
  const cold = lifecycle['MoveToColdStorageAfterDays']
  const del = lifecycle['DeleteAfterDays']
  if (cold !== undefined && (!isLong(cold) || cold < 1)) return 'MoveToColdStorageAfterDays must be a positive integer.'
  if (del !== undefined && (!isLong(del) || del < 1)) return 'DeleteAfterDays must be a positive integer.'
  const optIn = lifecycle['OptInToArchiveForSupportedResources']
  if (optIn !== undefined && typeof optIn !== 'boolean') return 'OptInToArchiveForSupportedResources must be a boolean.'
  if (typeof cold === 'number' && typeof del === 'number' && del < cold + 90) {
    return `Invalid lifecycle: DeleteAfterDays (${del}) must be at least 90 days more than MoveToColdStorageAfterDays (${cold}).`
  }
  return undefined
}

function isLong(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v)
}

function bad(message: string): { ok: false; error: Invalid } {
  return { ok: false, error: { code: 'InvalidParameterValueException', message } }
}

/** AWS Backup's ResourceType for an ARN. RDS cluster ARNs also name DocumentDB and Neptune clusters. */
export function resourceTypeOf(resourceArn: string): string {
  const m = ARN.exec(resourceArn)
  const service = m?.[1] ?? ''
  const resource = m?.[4] ?? ''
  switch (service) {
    case 'ec2':
      return resource.startsWith('volume/') ? 'EBS' : 'EC2'
    case 'rds':
      return resource.startsWith('cluster:') ? 'Aurora' : 'RDS'
    case 'dynamodb':
      return 'DynamoDB'
    case 'elasticfilesystem':
      return 'EFS'
    case 'fsx':
      return 'FSx'
    case 'storagegateway':
      return 'Storage Gateway'
    case 's3':
      return 'S3'
    case 'backup-gateway':
      return 'VirtualMachine'
    case 'redshift':
    case 'redshift-serverless':
      return 'Redshift'
    case 'ssm-sap':
      return 'SAP HANA on Amazon EC2'
    case 'timestream':
      return 'Timestream'
    case 'cloudformation':
      return 'CloudFormation'
    default:
      return service
  }
}

/** StopBackupJob is not supported for these (AWS answers InvalidRequestException). */
export function canStop(resourceType: string): boolean {
  return !['RDS', 'Aurora', 'DocumentDB', 'Neptune', 'FSx', 'SAP HANA on Amazon EC2'].includes(resourceType)
}

/** Only EFS and DynamoDB name their recovery point in StartBackupJob's answer. */
export function recoveryPointAtStart(resourceType: string): boolean {
  return resourceType === 'EFS' || resourceType === 'DynamoDB'
}
