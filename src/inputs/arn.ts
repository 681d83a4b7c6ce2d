import { InputError } from '../shared/inputError.js'
import { quote } from '../shared/escape.js'
import { hasRegionShape, regionProblem } from './regions.js'

/** The parts of an ARN this action relies on: arn:partition:service:region:account:resource. */
export interface Arn {
  readonly partition: string
  readonly service: string
  readonly region: string
  readonly account: string
  readonly resource: string
}

const ARN = /^arn:(aws(?:-[a-z]+)*):([a-z0-9][a-z0-9-]*):([a-z0-9-]*):(\d{12}|):(\S+)$/
const MAX_ARN_LENGTH = 2048
const RESOURCE_EXAMPLE = 'arn:aws:rds:us-east-1:123456789012:db:my-db'
export const ROLE_EXAMPLE = 'arn:aws:iam::123456789012:role/github-backup'
/**
 * Control, format and other invisible characters (U+200B, U+00AD, U+2060, fillers, variation selectors...): they
 * make two ARNs that look the same differ, so a resource listed twice passes the duplicate check.
 */
export const INVISIBLE = /[\p{C}\p{Default_Ignorable_Code_Point}]/u
// Another ARN after a comma or semicolon: a list on one line, which would be sent as one ARN.
const LISTED = /[,;]\s*(?=arn:)/

/** A region's shape (us-east-1, us-gov-west-1, eusc-de-east-1); regionProblem says whether it is a likely one. */
export function isRegion(value: string): boolean {
  return hasRegionShape(value)
}

/** How many ARNs a value lists on one line, separated by commas or semicolons (1 for one ARN). */
export function arnsListed(value: string): number {
  return value.split(LISTED).length
}

/** Parses an ARN given in input `input`, or throws an InputError that names the input, the value and the wrong part. */
export function parseArn(value: string, input: string, example = RESOURCE_EXAMPLE): Arn {
  const invisible = INVISIBLE.exec(value)?.[0]
  if (invisible !== undefined) {
    throw new InputError(
      `Input ${input} has ${quote(value)}, which holds an invisible or control character (${codePoint(invisible)}); type the ARN again without it.`
    )
  }
  if (arnsListed(value) > 1)
    throw new InputError(`Input ${input} has ${quote(value)}, which holds ${arnsListed(value)} ARNs; give one ARN.`)
  const match = value.length <= MAX_ARN_LENGTH ? ARN.exec(value) : null
  const named = match?.[3] ?? ''
  if (!match || (named !== '' && regionProblem(named) !== undefined)) {
    const part = value.length <= MAX_ARN_LENGTH ? arnPartProblem(value) : undefined
    throw new InputError(
      part === undefined
        ? `Input ${input} has ${quote(value)}, which is not an ARN; expected arn:<partition>:<service>:<region>:<account>:<resource>, e.g. ${example}.`
        : `Input ${input} has ${quote(value)}, which is not a valid ARN: ${part}${/[?.]$/.test(part) ? '' : '.'}`
    )
  }
  const [, partition = '', service = '', region = '', account = '', resource = ''] = match
  return { partition, service, region, account, resource }
}

/** An IAM role ARN: arn:aws:iam::123456789012:role/path/name. */
export function parseRoleArn(value: string, input: string): Arn {
  const arn = parseArn(value, input, ROLE_EXAMPLE)
  if (arn.service !== 'iam' || arn.region !== '' || arn.account === '' || !/^role\/[\w+=,.@\-/]{1,512}$/.test(arn.resource)) {
    throw new InputError(
      `Input ${input} has ${quote(value)}, which is not an IAM role ARN; expected arn:aws:iam::<12-digit account>:role/<name>, e.g. ${ROLE_EXAMPLE}.`
    )
  }
  return arn
}

/** A backup vault ARN: arn:aws:backup:<region>:<account>:backup-vault:<name>. */
export function parseVaultArn(value: string, input: string): Arn {
  const arn = parseArn(value, input)
  if (arn.service !== 'backup' || !arn.resource.startsWith('backup-vault:') || arn.region === '' || arn.account === '') {
    throw new InputError(
      `Input ${input} has ${quote(value)}, which is not a backup vault ARN; expected arn:aws:backup:<region>:<account>:backup-vault:<name>.`
    )
  }
  return arn
}

/**
 * The part of something shaped like an ARN (six ":"-separated parts after "arn") that is wrong, as a phrase;
 * undefined when it is not shaped like one at all.
 */
export function arnPartProblem(value: string): string | undefined {
  const parts = value.split(':')
  if (parts[0] !== 'arn' || parts.length < 6) return undefined
  const [, partition = '', service = '', region = '', account = '', ...rest] = parts
  const resource = rest.join(':')
  if (!/^aws(?:-[a-z]+)*$/.test(partition))
    return `its partition ${quote(partition)} is not one of AWS's, such as aws, aws-cn or aws-us-gov`
  if (!/^[a-z0-9][a-z0-9-]*$/.test(service)) return `its service ${quote(service)} is not a service name, such as rds or dynamodb`
  if (region !== '') {
    const problem = regionProblem(region)
    if (problem !== undefined) return `its region ${quote(region)} is not an AWS region; ${problem}`
  }
  if (account !== '' && !/^\d{12}$/.test(account)) {
    return `its account ${quote(account)} is not 12 digits; an AWS account id has exactly 12 digits, e.g. 123456789012`
  }
  if (!/^\S+$/.test(resource)) return `its resource ${quote(resource)} is empty or holds spaces`
  return undefined
}

/** "U+200B". */
export function codePoint(character: string): string {
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`
}
