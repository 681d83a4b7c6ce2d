/**
 * Answers the SDK could not read as the service's (a load balancer's HTML page, a proxy's error page, a truncated
 * body): the SDK throws its parser's SyntaxError with a note about a hidden field, which says nothing to a user.
 * They become one error that says what came back instead.
 */

/** What the SDK keeps of an answer it could not read. */
interface UnreadAnswer {
  readonly $response?: { readonly statusCode?: number; readonly reason?: string; readonly headers?: Readonly<Record<string, string>> }
  readonly $metadata?: { readonly attempts?: number; readonly httpStatusCode?: number }
}

/** Something answered, but not as the service does; `$metadata` is the SDK's (attempts, HTTP status). */
export class MalformedAnswerError extends Error {
  constructor(
    message: string,
    readonly $metadata: { readonly attempts?: number; readonly httpStatusCode?: number } = {}
  ) {
    super(message)
  }
}

/**
 * The error for an answer `service` did not give: the SDK's deserialization errors carry the raw response and no
 * `$fault`, which every error the service itself sends has. Undefined for any other error.
 */
export function asMalformedAnswer(error: unknown, service: string, format = 'JSON'): MalformedAnswerError | undefined {
  if (!(error instanceof Error) || '$fault' in error) return undefined
  const { $response: response, $metadata: metadata = {} } = error as UnreadAnswer
  if (response === undefined) return undefined
  const status = response.statusCode ?? metadata.httpStatusCode
  const reason = response.reason ? ` ${response.reason}` : ''
  const type = response.headers?.['content-type'] ?? response.headers?.['Content-Type']
  const what = type ? `with ${type}` : 'with a body'
  return new MalformedAnswerError(
    `${service} answered HTTP ${status ?? 'status unknown'}${reason} ${what}, not with AWS's ${format}`,
    metadata
  )
}
