/** Links into the AWS console, for the log and the step summary. */

/** The AWS console's domain for a partition (China has its own). */
export function consoleDomain(partition: string): string | undefined {
  if (partition === 'aws') return 'console.aws.amazon.com'
  if (partition === 'aws-cn') return 'console.amazonaws.cn'
  if (partition === 'aws-us-gov') return 'console.amazonaws-us-gov.com'
  return undefined
}

/** A link to a backup job in the AWS Backup console, when the partition has a public console. */
export function backupJobConsoleUrl(partition: string, region: string, backupJobId: string): string | undefined {
  const domain = consoleDomain(partition)
  if (!domain) return undefined
  const encodedRegion = urlPart(region)
  return `https://${encodedRegion}.${domain}/backup/home?region=${encodedRegion}#/jobs/backup/details/${urlPart(backupJobId)}`
}

/** A link to a copy job in the AWS Backup console (in the source's region), when the partition has a public console. */
export function copyJobConsoleUrl(partition: string, region: string, copyJobId: string): string | undefined {
  return backupJobConsoleUrl(partition, region, copyJobId)?.replace('#/jobs/backup/details/', '#/jobs/copy/details/')
}

/** encodeURIComponent leaves ( ) * ! ' alone, and a ")" would end a markdown link early. */
function urlPart(value: string): string {
  return encodeURIComponent(value).replace(/[()*!']/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
}
