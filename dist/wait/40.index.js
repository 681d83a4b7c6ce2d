export const id = 40;
export const ids = [40];
export const modules = {

/***/ 7040:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createBackupApi: () => (/* binding */ createBackupApi),
  startBackupJobInput: () => (/* reexport */ startBackupJobInput)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-backup/dist-cjs/index.js
var dist_cjs = __webpack_require__(2760);
// EXTERNAL MODULE: ./src/aws/clientConfig.ts
var clientConfig = __webpack_require__(688);
// EXTERNAL MODULE: ./src/aws/malformedAnswers.ts
var malformedAnswers = __webpack_require__(7625);
// EXTERNAL MODULE: ./src/aws/networkErrors.ts
var networkErrors = __webpack_require__(428);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/retry/index.js
var retry = __webpack_require__(3609);
// EXTERNAL MODULE: ./src/aws/requestPacing.ts
var requestPacing = __webpack_require__(5812);
;// CONCATENATED MODULE: ./src/aws/pacedRequests.ts
/**
 * Throttling met by pacing: every AWS Backup request waits for its turn in the pace of its operation and region
 * (src/aws/requestPacing.ts), and a throttled request is sent again, in that pace, for as long as AWS still accepts
 * others of the same operation in that region, or until the call is abandoned. That is safe for every call the step
 * makes: a throttled request takes no effect, and StartBackupJob carries an idempotency token anyway.
 *
 * It sits in the SDK's middleware stack below the retry middleware, so the SDK's standard strategy still retries
 * 5xx and network errors with its backoff, and retry-max-attempts counts those alone: throttling is not retried by
 * the SDK (whose retry budget, shared by a client's calls, runs out under heavy throttling).
 */


/** The paces of one step's calls, one per operation and region, shared by every call that makes them. */
class Pacing {
    now;
    lanes = new Map();
    constructor(now = Date.now) {
        this.now = now;
    }
    /** Resolves with the send time once the request may go; rejects if `signal` aborts first. */
    turn(key, signal) {
        const lane = this.lane(key);
        const now = this.now();
        if (lane.waiting.length === 0 && lane.pacer.delayMs(now) === 0) {
            lane.pacer.sent(now, false);
            return Promise.resolve(now);
        }
        if (signal?.aborted)
            return Promise.reject(abortError(signal));
        return new Promise((resolve, reject) => {
            const waiter = {
                resolve,
                reject,
                signal,
                onAbort: () => {
                    lane.waiting.splice(lane.waiting.indexOf(waiter), 1);
                    reject(abortError(signal));
                    if (lane.waiting.length === 0)
                        this.idle(lane);
                }
            };
            signal?.addEventListener('abort', waiter.onAbort, { once: true });
            lane.waiting.push(waiter);
            this.pump(lane);
        });
    }
    succeeded(key) {
        this.lane(key).pacer.succeeded(this.now());
    }
    /** Learns from a throttled request; true when it should be given up (AWS accepts none of these any more). */
    throttled(key, sentAt) {
        const { pacer } = this.lane(key);
        const now = this.now();
        pacer.throttled(sentAt, now);
        return pacer.stalled(now);
    }
    /** The pace of one lane, in requests per second; undefined while AWS has not throttled it. */
    rate(key) {
        return this.lanes.get(key)?.pacer.requestsPerSecond;
    }
    lane(key) {
        let lane = this.lanes.get(key);
        if (!lane) {
            lane = { pacer: new requestPacing/* RequestPacer */.Vq(), waiting: [] };
            this.lanes.set(key, lane);
        }
        return lane;
    }
    /** Lets the first waiter go when its turn has come, and sets one timer for the next; none while nobody waits. */
    pump(lane) {
        this.idle(lane);
        const now = this.now();
        const delay = lane.pacer.delayMs(now);
        const first = lane.waiting[0];
        if (first === undefined)
            return;
        if (delay > 0) {
            lane.timer = setTimeout(() => this.pump(lane), delay);
            return;
        }
        lane.waiting.shift();
        first.signal?.removeEventListener('abort', first.onAbort);
        lane.pacer.sent(now, lane.waiting.length > 0);
        first.resolve(now);
        if (lane.waiting.length > 0)
            this.pump(lane);
    }
    idle(lane) {
        clearTimeout(lane.timer);
        lane.timer = undefined;
    }
}
function abortError(signal) {
    const reason = signal?.reason;
    return reason instanceof Error ? reason : Object.assign(new Error('The call was abandoned.'), { name: 'AbortError' });
}
// The SDK puts a call's abortSignal here (its SMITHY_CONTEXT_KEY); read by name, @smithy/types being types only.
const SMITHY_CONTEXT = '__smithy_context';
/**
 * The middleware that paces one region's client: each attempt waits for its turn, and a throttled one is sent
 * again in the pace until Pacing says to give up or the call's abortSignal aborts.
 */
function pacingMiddleware(region, pacing) {
    return (next, context) => async (args) => {
        const key = `${context.commandName ?? 'unknown'} ${region}`;
        const signal = context[SMITHY_CONTEXT]?.abortSignal;
        for (;;) {
            const sentAt = await pacing.turn(key, signal);
            try {
                const result = await next(args);
                pacing.succeeded(key);
                return result;
            }
            catch (error) {
                if (!(0,retry.isThrottlingError)(error))
                    throw error;
                if (pacing.throttled(key, sentAt) || signal?.aborted)
                    throw error;
            }
        }
    };
}
/** Where the pacing goes in the stack: inside the retry loop, before signing (a request is signed when it leaves). */
const PACING_MIDDLEWARE_OPTIONS = {
    relation: 'before',
    toMiddleware: 'httpSigningMiddleware',
    name: 'paceRequests'
};
/** The SDK's standard retry strategy for every error but throttling, which the pacing has already retried. */
function retryAllButThrottling(maxAttempts) {
    const standard = new retry.StandardRetryStrategy(maxAttempts);
    return {
        acquireInitialRetryToken: (scope) => standard.acquireInitialRetryToken(scope),
        // Its own tokens come back to it: the SDK passes on what acquireInitialRetryToken gave.
        refreshRetryTokenForRetry: (token, info) => info.errorType === 'THROTTLING' ? Promise.reject(info.error) : standard.refreshRetryTokenForRetry(token, info),
        recordSuccess: (token) => standard.recordSuccess(token)
    };
}

;// CONCATENATED MODULE: ./src/aws/backupRequests.ts
/** The StartBackupJob request for one resource: the same for every attempt, so its idempotency token protects it. */
function startBackupJobInput(settings, job) {
    return {
        BackupVaultName: job.backupVaultName,
        ResourceArn: job.resourceArn,
        IamRoleArn: settings.iamRoleArn,
        IdempotencyToken: job.idempotencyToken,
        StartWindowMinutes: settings.startWindowMinutes,
        CompleteWindowMinutes: settings.completeWindowMinutes,
        Lifecycle: settings.lifecycle,
        RecoveryPointTags: settings.recoveryPointTags,
        BackupOptions: settings.backupOptions,
        Index: settings.index,
        LogicallyAirGappedBackupVaultArn: settings.logicallyAirGappedBackupVaultArn
    };
}

;// CONCATENATED MODULE: ./src/aws/backupApi.ts







/** Jobs listed per ListBackupJobs page: the most AWS allows. */
const LIST_PAGE_SIZE = 1000;
/**
 * AWS Backup through the SDK: one client per region, each with the SDK's standard retry strategy for 5xx and network
 * errors, and every request paced per operation and region.
 */
function createBackupApi(settings, credentials, { env = process.env, signal, throttling = 'paced' } = {}) {
    const clients = new Map();
    const pacing = new Pacing();
    const requestHandler = (0,clientConfig/* requestHandlerOptions */.eS)(env, Math.max(...Object.values(clientConfig/* ANSWER_TIMEOUT_MS */.Md)));
    // Each call's own answer timeout; the run's cancellation, and a call's own signal where it has one.
    const options = (operation, own, cancellable = true) => {
        const run = cancellable ? signal : undefined;
        const abortSignal = own && run ? AbortSignal.any([run, own]) : (own ?? run);
        return { requestTimeout: clientConfig/* ANSWER_TIMEOUT_MS */.Md[operation], ...(abortSignal ? { abortSignal } : {}) };
    };
    const clientFor = (region) => {
        let client = clients.get(region);
        if (!client) {
            const retry = throttling === 'sdk-adaptive' ? { retryMode: 'adaptive' } : { retryStrategy: retryAllButThrottling(settings.retryMaxAttempts) };
            client = new dist_cjs/* BackupClient */.M3I({ region, credentials, maxAttempts: settings.retryMaxAttempts, requestHandler, ...retry });
            if (throttling === 'paced')
                client.middlewareStack.addRelativeTo(pacingMiddleware(region, pacing), PACING_MIDDLEWARE_OPTIONS);
            clients.set(region, client);
        }
        return client;
    };
    /** One call's answer; one that is not AWS Backup's (an HTML page, say) fails as what it is. */
    const readable = async (region, call) => {
        try {
            return await call;
        }
        catch (error) {
            throw (0,malformedAnswers/* asMalformedAnswer */.o)(error, service(region)) ?? error;
        }
    };
    /** Every page of a ListBackupJobs query, with the SDK's paginator; a page that is not AWS Backup's fails as what it is. */
    const listAll = async (region, input, callSignal) => {
        const items = [];
        const pages = (0,dist_cjs/* paginateListBackupJobs */.oSg)({ client: clientFor(region) }, input, options('ListBackupJobs', callSignal));
        await readable(region, (async () => {
            for await (const page of pages)
                items.push(...(page.BackupJobs ?? []));
        })());
        return items;
    };
    const describeOut = (backupJobId, region, callSignal) => readable(region, clientFor(region).send(new dist_cjs/* DescribeBackupJobCommand */.YOJ({ BackupJobId: backupJobId }), options('DescribeBackupJob', callSignal)));
    /** One StartBackupJob request (the SDK's attempts included), with when it left and what AWS's clock said. */
    const sendStart = async (job, parameters, onSent, timing) => {
        const command = new dist_cjs/* StartBackupJobCommand */.pOZ(startBackupJobInput(parameters, job));
        // Whether any attempt may have reached AWS Backup: if none did, no job can exist.
        let reached = false;
        command.middlewareStack.add((next) => async (args) => {
            onSent?.();
            timing.firstSentAtMs ??= Date.now();
            try {
                const result = await next(args);
                reached = true;
                const date = result.response.headers?.date;
                const parsed = date === undefined ? NaN : Date.parse(date);
                timing.serverDateMs = Number.isNaN(parsed) ? undefined : parsed;
                return result;
            }
            catch (error) {
                if (!(0,networkErrors/* neverConnected */.i_)(error))
                    reached = true;
                throw error;
            }
        }, { step: 'deserialize', name: 'noteStartSent' });
        try {
            // Not cancellable: a start already sent gets a grace period to say whether it made a job.
            return await clientFor(job.region).send(command, options('StartBackupJob', undefined, false));
        }
        catch (error) {
            if (!reached)
                (0,networkErrors/* markNeverSent */.Ko)(error);
            throw (0,malformedAnswers/* asMalformedAnswer */.o)(error, service(job.region)) ?? error;
        }
    };
    return {
        async start(job, parameters, onSent) {
            const timing = {};
            // An answer without a job id (an empty 200) after the job was made: the same request, with the same token,
            // gets AWS Backup to give the job's id.
            for (let request = 1; request <= 2; request++) {
                const out = await sendStart(job, parameters, onSent, timing);
                const answeredAtMs = Date.now();
                if (out.BackupJobId) {
                    return {
                        backupJobId: out.BackupJobId,
                        status: { creationDate: out.CreationDate, isParent: out.IsParent ?? false, recoveryPointArn: out.RecoveryPointArn },
                        timing: {
                            firstSentAtMs: timing.firstSentAtMs ?? answeredAtMs,
                            answeredAtMs,
                            ...(timing.serverDateMs !== undefined && { serverDateMs: timing.serverDateMs })
                        }
                    };
                }
            }
            throw new malformedAnswers/* MalformedAnswerError */.S(`${service(job.region)} answered HTTP 200 without a job id, twice`);
        },
        async describe(job, callSignal) {
            const out = await describeOut(job.backupJobId, job.region, callSignal);
            return {
                ...statusOf(out),
                resourceArn: out.ResourceArn,
                backupVaultName: out.BackupVaultName,
                childJobsInState: out.ChildJobsInState
            };
        },
        async lookUp(backupJobId, region) {
            const out = await describeOut(backupJobId, region);
            return {
                resourceArn: out.ResourceArn ?? '',
                backupVaultName: out.BackupVaultName ?? '',
                iamRoleArn: out.IamRoleArn,
                lifecycle: out.RecoveryPointLifecycle && {
                    DeleteAfterDays: out.RecoveryPointLifecycle.DeleteAfterDays,
                    MoveToColdStorageAfterDays: out.RecoveryPointLifecycle.MoveToColdStorageAfterDays,
                    OptInToArchiveForSupportedResources: out.RecoveryPointLifecycle.OptInToArchiveForSupportedResources
                },
                status: { ...statusOf(out), childJobsInState: out.ChildJobsInState }
            };
        },
        async listJobs(query, callSignal) {
            const input = {
                ByBackupVaultName: query.backupVaultName,
                ByCreatedAfter: query.createdAfter,
                ByCreatedBefore: query.createdBefore,
                MaxResults: LIST_PAGE_SIZE
            };
            const items = await listAll(query.region, input, callSignal);
            return items.flatMap((item) => (item.BackupJobId ? [{ backupJobId: item.BackupJobId, status: statusOf(item) }] : []));
        },
        async startCopy(copy) {
            const out = await readable(copy.region, clientFor(copy.region).send(new dist_cjs/* StartCopyJobCommand */.AGF({
                RecoveryPointArn: copy.sourceRecoveryPointArn,
                SourceBackupVaultName: copy.sourceBackupVaultName,
                DestinationBackupVaultArn: copy.destinationBackupVaultArn,
                IamRoleArn: copy.iamRoleArn,
                IdempotencyToken: copy.idempotencyToken,
                Lifecycle: copy.lifecycle
            }), options('StartCopyJob', undefined, false)));
            if (!out.CopyJobId)
                throw new malformedAnswers/* MalformedAnswerError */.S(`${service(copy.region)} answered StartCopyJob without a copy job id`);
            return { copyJobId: out.CopyJobId, status: { creationDate: out.CreationDate, isParent: out.IsParent ?? false } };
        },
        async describeCopy(copyJobId, region, callSignal) {
            const { CopyJob: job = {} } = await readable(region, clientFor(region).send(new dist_cjs/* DescribeCopyJobCommand */.jHk({ CopyJobId: copyJobId }), options('DescribeCopyJob', callSignal)));
            return {
                state: job.State,
                statusMessage: job.StatusMessage,
                backupSizeInBytes: job.BackupSizeInBytes,
                recoveryPointArn: job.DestinationRecoveryPointArn,
                creationDate: job.CreationDate,
                completionDate: job.CompletionDate,
                messageCategory: job.MessageCategory,
                isParent: job.IsParent,
                childJobsInState: job.ChildJobsInState
            };
        },
        async stop(job, stopSignal) {
            // Stops follow the cancellation, so only their own signal ends them.
            await readable(job.region, clientFor(job.region).send(new dist_cjs/* StopBackupJobCommand */.n8I({ BackupJobId: job.backupJobId }), options('StopBackupJob', stopSignal, false)));
        },
        async jobsRunningOn(job) {
            const out = await readable(job.region, clientFor(job.region).send(new dist_cjs/* ListBackupJobsCommand */.q8r({ ByResourceArn: job.resourceArn, ByState: 'RUNNING', MaxResults: 20 }), options('ListBackupJobs')));
            return (out.BackupJobs ?? []).flatMap((listed) => listed.BackupJobId && listed.BackupJobId !== job.backupJobId
                ? [{ backupJobId: listed.BackupJobId, resourceArn: listed.ResourceArn, state: listed.State, statusMessage: listed.StatusMessage }]
                : []);
        },
        async listChildren(job) {
            const items = await listAll(job.region, { ByParentJobId: job.backupJobId });
            return items.flatMap((child) => child.BackupJobId
                ? [{ backupJobId: child.BackupJobId, resourceArn: child.ResourceArn, state: child.State, statusMessage: child.StatusMessage }]
                : []);
        }
    };
}
function service(region) {
    return `AWS Backup in ${region}`;
}
/** The facts DescribeBackupJob and ListBackupJobs both give (a listed job has no child counts). */
function statusOf(out) {
    return {
        state: out.State,
        statusMessage: out.StatusMessage,
        percentDone: out.PercentDone,
        bytesTransferred: out.BytesTransferred,
        backupSizeInBytes: out.BackupSizeInBytes,
        recoveryPointArn: out.RecoveryPointArn,
        creationDate: out.CreationDate,
        completionDate: out.CompletionDate,
        expectedCompletionDate: out.ExpectedCompletionDate,
        messageCategory: out.MessageCategory,
        isParent: out.IsParent
    };
}


/***/ })

};

//# sourceMappingURL=40.index.js.map