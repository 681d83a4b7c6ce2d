import { InputError } from '../shared/inputError.js'
import { quote } from '../shared/escape.js'

/** The parts of an ARN this action relies on: arn:partition:service:region:account:resource. */
export interface Arn {
  readonly partition: string
  readonly service: string
  readonly region: string
  readonly account: string
  readonly resource: string
}

const ARN = /^arn:(aws(?:-[a-z]+)*):([a-z0-9][a-z0-9-]*):([a-z0-9-]*):(\d{12}|):(\S+)$/
// A two-letter area (us-east-1, us-gov-west-1, cn-north-1), or the European Sovereign Cloud's eusc-de-east-1.
const REGION = /^(?:[a-z]{2}|eusc)(?:-[a-z]+)+-\d{1,2}$/
const MAX_ARN_LENGTH = 2048
/**
 * Control, format and other invisible characters (U+200B, U+00AD, U+2060, fillers, variation selectors...): they
 * make two ARNs that look the same differ, so a resource listed twice passes the duplicate check.
 */
export const INVISIBLE = /[\p{C}\p{Default_Ignorable_Code_Point}]/u
// Another ARN after a comma or semicolon: a list on one line, which would be sent as one ARN.
const LISTED = /[,;]\s*(?=arn:)/

export function isRegion(value: string): boolean {
  return REGION.test(value)
}

/** How many ARNs a value lists on one line, separated by commas or semicolons (1 for one ARN). */
export function arnsListed(value: string): number {
  return value.split(LISTED).length
}

/** Parses an ARN given in input `input`, or throws an InputError that names the input and the value. */
export function parseArn(value: string, input: string): Arn {
  const invisible = INVISIBLE.exec(value)?.[0]
  if (invisible !== undefined) {
    throw new InputError(
      `Input ${input} has ${quote(value)}, which holds an invisible or control character (${codePoint(invisible)}); type the ARN again without it.`
    )
  }
  if (arnsListed(value) > 1)
    throw new InputError(`Input ${input} has ${quote(value)}, which holds ${arnsListed(value)} ARNs; give one ARN.`)
  const match = value.length <= MAX_ARN_LENGTH ? ARN.exec(value) : null
  if (!match || (match[3] !== '' && !isRegion(match[3] ?? ''))) {
    throw new InputError(
      `Input ${input} has ${quote(value)}, which is not an ARN; expected arn:<partition>:<service>:<region>:<account>:<resource>, e.g. arn:aws:rds:us-east-1:123456789012:db:my-db.`
    )
  }
  const [, partition = '', service = '', region = '', account = '', resource = ''] = match
  return { partition, service, region, account, resource }
}

/** An IAM role ARN: arn:aws:iam::123456789012:role/path/name. */
export function parseRoleArn(value: string, input: string): Arn {
  const arn = parseArn(value, input)
  if (arn.service !== 'iam' || arn.region !== '' || arn.account === '' || !/^role\/[\w+=,.@\-/]{1,512}$/.test(arn.resource)) {
    throw new InputError(
      `Input ${input} has ${quote(value)}, which is not an IAM role ARN; expected arn:aws:iam::<12-digit account>:role/<name>.`
    )
  }
  return arn
}

/** "U+200B". */
export function codePoint(character: string): string {
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`
}
