export const id = 456;
export const ids = [456];
export const modules = {

/***/ 8456:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  waitForBackupJobs: () => (/* binding */ waitForBackupJobs)
});

// EXTERNAL MODULE: ./src/shared/job.ts
var shared_job = __webpack_require__(6322);
// EXTERNAL MODULE: ./src/wait/engine/awaitJobs.ts + 1 modules
var awaitJobs = __webpack_require__(3225);
// EXTERNAL MODULE: ./src/aws/awsErrors.ts
var awsErrors = __webpack_require__(9555);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/retry/index.js
var retry = __webpack_require__(3609);
// EXTERNAL MODULE: ./src/aws/credentials.ts + 1 modules
var credentials = __webpack_require__(7873);
// EXTERNAL MODULE: ./src/aws/malformedAnswers.ts
var malformedAnswers = __webpack_require__(7625);
// EXTERNAL MODULE: ./src/aws/networkErrors.ts
var networkErrors = __webpack_require__(428);
;// CONCATENATED MODULE: ./src/aws/transientErrors.ts
// Its own module: only the wait needs it, and @smithy/core then loads with the SDK rather than before the first request.




/**
 * Calls that failed this way may pass when tried again later: throttling, 5xx, the network. A credentials renewal
 * that failed (its own retries spent) counts too: a long wait may outlast a blip. So does an answer that was not
 * AWS's (an HTML page from a proxy or a load balancer, a garbled body): the next may be AWS's own.
 */
function isTransientAwsError(error) {
    if (!(error instanceof Error))
        return false;
    const e = error;
    return ((0,retry.isTransientError)(e) ||
        (0,retry.isThrottlingError)(e) ||
        (0,retry.isServerError)(e) ||
        (0,networkErrors/* isUnreachable */.R0)(error) ||
        error instanceof credentials/* CredentialsError */.lE ||
        error instanceof malformedAnswers/* MalformedAnswerError */.S);
}

// EXTERNAL MODULE: ./src/shared/escape.ts
var shared_escape = __webpack_require__(6242);
// EXTERNAL MODULE: ./src/shared/errorText.ts
var errorText = __webpack_require__(3588);
// EXTERNAL MODULE: ./src/wait/engine/progress.ts
var engine_progress = __webpack_require__(8577);
;// CONCATENATED MODULE: ./src/wait/backupVerdicts.ts
/**
 * The verdict on a job once the wait is over. Pure: one sentence per verdict, naming the resource,
 * for the log, the annotation and the step summary.
 */




// Status messages explain failures: keep more of them than quote's default.
const MESSAGE_LENGTH = 500;
function judgeJob(job, status, options) {
    const outcome = verdictOn(job, status, options);
    // The whole sentence on one line: the state and the job id come from AWS unquoted.
    return { verdict: outcome.verdict, message: (0,shared_escape/* oneLine */.TN)(outcome.message) };
}
function verdictOn(job, status, options) {
    const subject = `Backup of ${(0,shared_escape/* quote */.hD)(job.resourceArn)} (job ${(0,shared_escape/* oneLine */.TN)(job.backupJobId)})`;
    // AWS's messages end with a period, and the sentence goes on after them.
    const reason = status.statusMessage ? `: ${(0,shared_escape/* quote */.hD)((0,errorText/* withoutTrailingPeriod */.Iq)(status.statusMessage), MESSAGE_LENGTH)}` : '';
    const state = status.state;
    if (!(0,shared_job/* isTerminal */.Hd)(state)) {
        const percent = (0,engine_progress/* formatPercent */.l9)(status.percentDone);
        const progress = percent === undefined ? '' : `, ${percent} done`;
        return unfinished(`${subject} had not finished when the wait ended (state ${state ? (0,shared_escape/* oneLine */.TN)(state) : 'unknown'}${progress}).`);
    }
    switch (state) {
        case 'FAILED':
            return failure(`${subject} failed${reason || ', and AWS Backup gave no reason'}.`);
        case 'ABORTED':
            return failure(`${subject} was aborted${reason}.`);
        case 'EXPIRED':
            return failure(`${subject} expired: it did not start or finish within its backup window${reason}.`);
    }
    // A parent's own state may say COMPLETED or PARTIAL while none of its resources was backed up.
    const children = failedChildren(status);
    if (children !== undefined) {
        return failure(`${subject} failed: all of its child jobs failed (${children})${reason}.`);
    }
    if (state === 'PARTIAL') {
        return options.allowPartial
            ? {
                verdict: 'warning',
                message: `${subject} ended PARTIAL, some of its resources were not backed up; accepted because allow-partial is true${reason}.`
            }
            : failure(`${subject} ended PARTIAL, some of its resources were not backed up, and allow-partial is false${reason}.`);
    }
    const category = status.messageCategory;
    if (category && category !== 'SUCCESS') {
        const message = `${subject} completed with issues (message category ${(0,shared_escape/* quote */.hD)(category)})${reason}.`;
        return { verdict: 'warning', message };
    }
    return { verdict: 'success', message: `${subject} completed.` };
}
/**
 * The failed child counts ("2 FAILED, 1 ABORTED") when a parent has children and every one of them
 * failed; undefined otherwise.
 */
function failedChildren(status) {
    const counts = Object.entries(status.childJobsInState ?? {}).filter(([, count]) => count > 0);
    if (counts.length === 0 || !counts.every(([childState]) => shared_job/* FAILED_CHILD_STATES */.SW.includes(childState)))
        return undefined;
    return counts.map(([childState, count]) => `${count} ${childState}`).join(', ');
}
function failure(message) {
    return { verdict: 'failure', message };
}
function unfinished(message) {
    return { verdict: 'unfinished', message };
}

// EXTERNAL MODULE: ./src/wait/stopBackupJobs.ts
var stopBackupJobs = __webpack_require__(3487);
;// CONCATENATED MODULE: ./src/wait/backupJobKind.ts






const NOT_STARTED = 'not started yet: AWS Backup runs one backup job per resource at a time, so another backup of this resource may still be running, ' +
    'or its start window has not opened yet (AWS Backup retries the start at least every 10 minutes until the window closes)';
/**
 * How a job is named at the start of a line. An ARN (which AWS accepted, so it starts with "arn:")
 * is shown as is, for readability; anything else is quoted so that it cannot start a runner command.
 */
function jobLabel(job) {
    const arn = job.resourceArn.startsWith('arn:') ? job.resourceArn : (0,shared_escape/* quote */.hD)(job.resourceArn);
    return (0,shared_escape/* oneLine */.TN)(`${arn} (job ${job.backupJobId})`);
}
/** What the polling loop needs of a backup job, but for the call that reads it. */
const BACKUP_JOB_LOOKS = {
    isTerminal: shared_job/* isTerminal */.Hd,
    label: jobLabel,
    note: (status) => (status.state === 'CREATED' ? NOT_STARTED : undefined),
    isTransientError: isTransientAwsError
};
function backupJobKind(api, settings, log) {
    return {
        ...BACKUP_JOB_LOOKS,
        noun: 'backup job',
        service: 'AWS Backup',
        describe: (job, signal) => api.describe(job, signal),
        judge: (job, status) => judgeJob(job, status, { allowPartial: settings.allowPartial }),
        describeError: (job, error) => (0,awsErrors/* describeAwsError */.P)(error, { ...(0,awsErrors/* jobContext */.R)(settings, job), operation: 'DescribeBackupJob' }),
        stop: (jobs, deadlineMs) => (0,stopBackupJobs/* stopJobs */.n)(api, jobs, deadlineMs),
        afterJudged: async (job, status) => {
            if (status.isParent)
                await logChildren(api, settings, job, log);
        }
    };
}
/** A composite job's children, listed once it ends, so a user sees which resources failed. */
async function logChildren(api, settings, job, log) {
    try {
        const children = await api.listChildren(job);
        log.info(`${jobLabel(job)} has ${children.length} child job${children.length === 1 ? '' : 's'}:`);
        for (const child of children) {
            const message = child.statusMessage ? ` - ${child.statusMessage}` : '';
            log.info((0,shared_escape/* oneLine */.TN)(`  ${child.backupJobId} ${child.resourceArn ?? ''}: ${child.state ?? 'unknown'}${message}`));
        }
    }
    catch (error) {
        log.warning((0,awsErrors/* describeAwsError */.P)(error, { ...(0,awsErrors/* jobContext */.R)(settings, job), operation: 'ListBackupJobs' }));
    }
}

;// CONCATENATED MODULE: ./src/wait/waitForBackupJobs.ts



/**
 * Waits for every started job and judges each; a record whose job did not start passes through as it is.
 * On timeout or cancellation the unfinished jobs are stopped first when stop-job-on-timeout asks for it.
 */
async function waitForBackupJobs(settings, api, records, deps) {
    const started = records.flatMap((record) => {
        const job = (0,shared_job/* startedJob */.xQ)(record);
        return job ? [{ record, job, status: record.status ?? {} }] : [];
    });
    const awaited = await (0,awaitJobs/* awaitJobs */.Tt)(started, backupJobKind(api, settings, deps), deps, {
        pollIntervalSeconds: settings.pollIntervalSeconds,
        timeoutSeconds: settings.waitTimeoutSeconds,
        stopOnTimeout: settings.stopJobOnTimeout
    });
    // awaitJobs answers in the order it was given.
    const judged = new Map(started.map(({ record }, i) => [record, awaited[i]]));
    return records.map((record) => {
        const done = judged.get(record);
        return done ? { ...record, status: done.status, verdict: done.verdict } : record;
    });
}


/***/ })

};

//# sourceMappingURL=456.index.js.map