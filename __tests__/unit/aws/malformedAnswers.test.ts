import { describe, expect, it } from '@jest/globals'
import { asMalformedAnswer } from '../../../src/aws/malformedAnswers.js'

/** An error as the SDK's deserializer leaves it: the raw response attached, no $fault. */
const unread = (statusCode: number, headers: Record<string, string>, reason?: string, attempts = 1) =>
  Object.assign(new SyntaxError(`Unexpected token '<' … Deserialization error: inspect the hidden field {error}.$response`), {
    $response: { statusCode, reason, headers },
    $metadata: { httpStatusCode: statusCode, attempts }
  })

describe('asMalformedAnswer', () => {
  it.each([
    [
      "a load balancer's 502 page",
      unread(502, { 'content-type': 'text/html' }, 'Bad Gateway', 3),
      "AWS Backup in us-east-1 answered HTTP 502 Bad Gateway with text/html, not with AWS's JSON",
      3
    ],
    ['a 200 with no content type', unread(200, {}), "AWS Backup in us-east-1 answered HTTP 200 with a body, not with AWS's JSON", 1]
  ])('%s: says what came back, keeping the attempts', (_, error, message, attempts) => {
    const malformed = asMalformedAnswer(error, 'AWS Backup in us-east-1')
    expect(malformed?.message).toBe(message)
    expect(malformed?.$metadata.attempts).toBe(attempts)
  })

  it.each([
    ['an error AWS Backup sent', Object.assign(new Error('Vault not found'), { $fault: 'client', $response: { statusCode: 400 } })],
    ['a network error (no answer at all)', Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })],
    ['not an error', 'boom']
  ])('leaves %s alone', (_, error) => {
    expect(asMalformedAnswer(error, 'AWS Backup in us-east-1')).toBeUndefined()
  })
})
