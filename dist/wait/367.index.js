export const id = 367;
export const ids = [367];
export const modules = {

/***/ 8367:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createBackupApi: () => (/* binding */ createBackupApi),
/* harmony export */   startBackupJobInput: () => (/* binding */ startBackupJobInput)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_backup__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2760);
/* harmony import */ var _clientConfig_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(688);
/* harmony import */ var _malformedAnswers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7625);
/* harmony import */ var _networkErrors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(428);




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
/** AWS Backup through the SDK: one client per region, each with the SDK's standard retry strategy. */
function createBackupApi(settings, credentials, { env = process.env, signal } = {}) {
    const clients = new Map();
    const requestHandler = (0,_clientConfig_js__WEBPACK_IMPORTED_MODULE_0__/* .requestHandlerOptions */ .eS)(env, Math.max(...Object.values(_clientConfig_js__WEBPACK_IMPORTED_MODULE_0__/* .ANSWER_TIMEOUT_MS */ .Md)));
    // Each call's own answer timeout; the run's cancellation, and a call's own signal where it has one.
    const options = (operation, own, cancellable = true) => {
        const run = cancellable ? signal : undefined;
        const abortSignal = own && run ? AbortSignal.any([run, own]) : (own ?? run);
        return { requestTimeout: _clientConfig_js__WEBPACK_IMPORTED_MODULE_0__/* .ANSWER_TIMEOUT_MS */ .Md[operation], ...(abortSignal ? { abortSignal } : {}) };
    };
    const clientFor = (region) => {
        let client = clients.get(region);
        if (!client) {
            client = new _aws_sdk_client_backup__WEBPACK_IMPORTED_MODULE_3__/* .BackupClient */ .M3I({ region, credentials, maxAttempts: settings.retryMaxAttempts, requestHandler });
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
            throw (0,_malformedAnswers_js__WEBPACK_IMPORTED_MODULE_1__/* .asMalformedAnswer */ .o)(error, service(region)) ?? error;
        }
    };
    const describeOut = (backupJobId, region, callSignal) => readable(region, clientFor(region).send(new _aws_sdk_client_backup__WEBPACK_IMPORTED_MODULE_3__/* .DescribeBackupJobCommand */ .YOJ({ BackupJobId: backupJobId }), options('DescribeBackupJob', callSignal)));
    /** One StartBackupJob request (the SDK's attempts included), with when it left and what AWS's clock said. */
    const sendStart = async (job, parameters, onSent, timing) => {
        const command = new _aws_sdk_client_backup__WEBPACK_IMPORTED_MODULE_3__/* .StartBackupJobCommand */ .pOZ(startBackupJobInput(parameters, job));
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
                if (!(0,_networkErrors_js__WEBPACK_IMPORTED_MODULE_2__/* .neverConnected */ .i_)(error))
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
                (0,_networkErrors_js__WEBPACK_IMPORTED_MODULE_2__/* .markNeverSent */ .Ko)(error);
            throw (0,_malformedAnswers_js__WEBPACK_IMPORTED_MODULE_1__/* .asMalformedAnswer */ .o)(error, service(job.region)) ?? error;
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
            throw new _malformedAnswers_js__WEBPACK_IMPORTED_MODULE_1__/* .MalformedAnswerError */ .S(`${service(job.region)} answered HTTP 200 without a job id, twice`);
        },
        async describe(job, callSignal) {
            return statusOf(await describeOut(job.backupJobId, job.region, callSignal));
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
                status: statusOf(out)
            };
        },
        async startCopy(copy) {
            const out = await readable(copy.region, clientFor(copy.region).send(new _aws_sdk_client_backup__WEBPACK_IMPORTED_MODULE_3__/* .StartCopyJobCommand */ .AGF({
                RecoveryPointArn: copy.sourceRecoveryPointArn,
                SourceBackupVaultName: copy.sourceBackupVaultName,
                DestinationBackupVaultArn: copy.destinationBackupVaultArn,
                IamRoleArn: copy.iamRoleArn,
                IdempotencyToken: copy.idempotencyToken,
                Lifecycle: copy.lifecycle
            }), options('StartCopyJob', undefined, false)));
            if (!out.CopyJobId)
                throw new _malformedAnswers_js__WEBPACK_IMPORTED_MODULE_1__/* .MalformedAnswerError */ .S(`${service(copy.region)} answered StartCopyJob without a copy job id`);
            return { copyJobId: out.CopyJobId, status: { creationDate: out.CreationDate, isParent: out.IsParent ?? false } };
        },
        async describeCopy(copyJobId, region, callSignal) {
            const { CopyJob: job = {} } = await readable(region, clientFor(region).send(new _aws_sdk_client_backup__WEBPACK_IMPORTED_MODULE_3__/* .DescribeCopyJobCommand */ .jHk({ CopyJobId: copyJobId }), options('DescribeCopyJob', callSignal)));
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
            await readable(job.region, clientFor(job.region).send(new _aws_sdk_client_backup__WEBPACK_IMPORTED_MODULE_3__/* .StopBackupJobCommand */ .n8I({ BackupJobId: job.backupJobId }), options('StopBackupJob', stopSignal, false)));
        },
        async jobsRunningOn(job) {
            const out = await readable(job.region, clientFor(job.region).send(new _aws_sdk_client_backup__WEBPACK_IMPORTED_MODULE_3__/* .ListBackupJobsCommand */ .q8r({ ByResourceArn: job.resourceArn, ByState: 'RUNNING', MaxResults: 20 }), options('ListBackupJobs')));
            return (out.BackupJobs ?? []).flatMap((listed) => listed.BackupJobId && listed.BackupJobId !== job.backupJobId
                ? [{ backupJobId: listed.BackupJobId, resourceArn: listed.ResourceArn, state: listed.State, statusMessage: listed.StatusMessage }]
                : []);
        },
        async listChildren(job) {
            const children = [];
            let nextToken;
            do {
                const out = await readable(job.region, clientFor(job.region).send(new _aws_sdk_client_backup__WEBPACK_IMPORTED_MODULE_3__/* .ListBackupJobsCommand */ .q8r({ ByParentJobId: job.backupJobId, NextToken: nextToken }), options('ListBackupJobs')));
                for (const child of out.BackupJobs ?? []) {
                    if (child.BackupJobId) {
                        children.push({
                            backupJobId: child.BackupJobId,
                            resourceArn: child.ResourceArn,
                            state: child.State,
                            statusMessage: child.StatusMessage
                        });
                    }
                }
                nextToken = out.NextToken;
            } while (nextToken);
            return children;
        }
    };
}
function service(region) {
    return `AWS Backup in ${region}`;
}
function statusOf(out) {
    return {
        resourceArn: out.ResourceArn,
        backupVaultName: out.BackupVaultName,
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
        isParent: out.IsParent,
        childJobsInState: out.ChildJobsInState
    };
}


/***/ })

};

//# sourceMappingURL=367.index.js.map