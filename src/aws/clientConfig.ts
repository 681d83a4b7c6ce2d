import type { NodeHttpHandlerOptions } from '@smithy/types'
import { proxyAgents } from './proxyAgent.js'

export const CONNECTION_TIMEOUT_MS = 5_000
export const REQUEST_TIMEOUT_MS = 30_000

export type RequestHandlerOptions = NodeHttpHandlerOptions & { throwOnRequestTimeout: boolean }

/**
 * Every AWS request gets bounded time to connect and to answer, so a silent endpoint becomes a
 * retryable timeout instead of a hung step. Behind a proxy (HTTP_PROXY, HTTPS_PROXY), requests go
 * through it as the OIDC token request does; without one, the SDK's own agents are used.
 */
export function requestHandlerOptions(env: NodeJS.ProcessEnv): RequestHandlerOptions {
  const options = { connectionTimeout: CONNECTION_TIMEOUT_MS, requestTimeout: REQUEST_TIMEOUT_MS, throwOnRequestTimeout: true }
  const proxied = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'].some((name) => env[name])
  return proxied ? { ...options, ...proxyAgents(env, CONNECTION_TIMEOUT_MS) } : options
}
