import type { NodeHttpHandlerOptions } from '@smithy/types'
import { proxyAgents } from './proxyAgent.js'

export const CONNECTION_TIMEOUT_MS = 5_000

/**
 * How long one attempt of each call may wait for its answer once the connection is made. AWS answers these in well
 * under a second; a silent endpoint must not hold the step for minutes (5 attempts of 30 s were 150 s). Reads and
 * stops are quick, so 5 s; a start and STS (which fetches GitHub's signing keys to check the token) get 10 s.
 */
export const ANSWER_TIMEOUT_MS = {
  StartBackupJob: 10_000,
  DescribeBackupJob: 5_000,
  ListBackupJobs: 5_000,
  StopBackupJob: 5_000,
  StartCopyJob: 10_000,
  DescribeCopyJob: 5_000,
  AssumeRoleWithWebIdentity: 10_000
} as const

export type TimedOperation = keyof typeof ANSWER_TIMEOUT_MS

/** The answer timeout of an operation by its name, for a message about it (the longest, for one not in the table). */
export function answerTimeoutMs(operation: string): number {
  return (ANSWER_TIMEOUT_MS as Readonly<Record<string, number>>)[operation] ?? Math.max(...Object.values(ANSWER_TIMEOUT_MS))
}

export type RequestHandlerOptions = NodeHttpHandlerOptions & { throwOnRequestTimeout: boolean }

/**
 * Every AWS request gets bounded time to connect and to answer, so a silent endpoint becomes a retryable timeout
 * instead of a hung step; `requestTimeoutMs` is the client's default, which a call may shorten. Behind a proxy
 * (HTTP_PROXY, HTTPS_PROXY), requests go through it as the OIDC token request does; without one, the SDK's own
 * agents are used.
 */
export function requestHandlerOptions(env: NodeJS.ProcessEnv, requestTimeoutMs: number): RequestHandlerOptions {
  const options = { connectionTimeout: CONNECTION_TIMEOUT_MS, requestTimeout: requestTimeoutMs, throwOnRequestTimeout: true }
  const proxied = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'].some((name) => env[name])
  return proxied ? { ...options, ...proxyAgents(env, CONNECTION_TIMEOUT_MS) } : options
}
