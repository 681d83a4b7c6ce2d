/**
 * Short names for resources, "RDS database orders" rather than a full ARN, for places where an ARN would wrap over
 * several lines: the step summary's rows and the wait's compact progress lines. Pure.
 */

// service → resource type (the ARN's resource part up to its first "/" or ":", "" when it has none) → what people call it.
const TYPES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  rds: { db: 'RDS database', cluster: 'RDS cluster' },
  dynamodb: { table: 'DynamoDB table' },
  ec2: { volume: 'EBS volume', instance: 'EC2 instance' },
  elasticfilesystem: { 'file-system': 'EFS file system' },
  fsx: { 'file-system': 'FSx file system', volume: 'FSx volume' },
  s3: { '': 'S3 bucket' },
  redshift: { cluster: 'Redshift cluster' },
  storagegateway: { gateway: 'Storage Gateway volume' },
  cloudformation: { stack: 'CloudFormation stack' },
  timestream: { database: 'Timestream table' },
  'ssm-sap': { HANA: 'SAP HANA database' }
}

/** "RDS database orders", "S3 bucket my-bucket", or "<service> <type> <name>" for a type not listed here. */
export function resourceLabel(resourceArn: string): string {
  const parts = resourceArn.split(':')
  if (parts.length < 6 || parts[0] !== 'arn') return resourceArn
  const service = parts[2] ?? ''
  const resource = parts.slice(5).join(':')
  const cut = resource.search(/[/:]/)
  const type = cut < 0 ? '' : resource.slice(0, cut)
  const name = cut < 0 ? resource : resource.slice(cut + 1)
  const known = TYPES[service]?.[cut < 0 ? '' : type]
  return `${known ?? `${service}${type ? ` ${type}` : ''}`} ${name}`
}

/** The id at the end of an ARN (a recovery point's, a snapshot's), shortened to `maxLength` characters. */
export function shortId(arn: string, maxLength = 13): string {
  const id = arn.split(/[/:]/).pop() ?? arn
  return id.length > maxLength ? `${id.slice(0, maxLength)}…` : id
}
