import type { NodeHttpHandlerOptions } from '@smithy/types'

/**
 * Every AWS request gets bounded time to connect and to answer, so a silent endpoint becomes a
 * retryable timeout instead of a hung step.
 */
export const requestHandlerOptions: NodeHttpHandlerOptions & { throwOnRequestTimeout: boolean } = {
  connectionTimeout: 5_000,
  requestTimeout: 30_000,
  throwOnRequestTimeout: true
}
