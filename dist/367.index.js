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
/* harmony import */ var _aws_sdk_client_backup__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2760);
/* harmony import */ var _clientConfig_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4160);


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
    const requestHandler = (0,_clientConfig_js__WEBPACK_IMPORTED_MODULE_0__/* .requestHandlerOptions */ .eS)(env);
    // The run's cancellation, and a call's own signal where it has one.
    const abortable = (own) => {
        const abortSignal = own && signal ? AbortSignal.any([signal, own]) : (own ?? signal);
        return abortSignal ? { abortSignal } : {};
    };
    const clientFor = (region) => {
        let client = clients.get(region);
        if (!client) {
            client = new _aws_sdk_client_backup__WEBPACK_IMPORTED_MODULE_1__/* .BackupClient */ .M3I({
                region,
                credentials,
                maxAttempts: settings.retryMaxAttempts,
                requestHandler
            });
            clients.set(region, client);
        }
        return client;
    };
    return {
        async start(job, parameters, onSent) {
            const command = new _aws_sdk_client_backup__WEBPACK_IMPORTED_MODULE_1__/* .StartBackupJobCommand */ .pOZ(startBackupJobInput(parameters, job));
            let firstSentAtMs;
            let serverDateMs;
            // Runs for each attempt the SDK makes, after signing: the request is about to leave.
            command.middlewareStack.add((next) => async (args) => {
                onSent?.();
                firstSentAtMs ??= Date.now();
                const result = await next(args);
                const date = result.response.headers?.date;
                const parsed = date === undefined ? NaN : Date.parse(date);
                serverDateMs = Number.isNaN(parsed) ? undefined : parsed;
                return result;
            }, { step: 'deserialize', name: 'noteStartSent' });
            const out = await clientFor(job.region).send(command);
            const answeredAtMs = Date.now();
            if (!out.BackupJobId)
                throw new Error(`AWS Backup answered StartBackupJob for ${job.resourceArn} without a job id.`);
            return {
                backupJobId: out.BackupJobId,
                status: { creationDate: out.CreationDate, isParent: out.IsParent ?? false, recoveryPointArn: out.RecoveryPointArn },
                timing: { firstSentAtMs: firstSentAtMs ?? answeredAtMs, answeredAtMs, ...(serverDateMs !== undefined && { serverDateMs }) }
            };
        },
        async describe(job, callSignal) {
            return statusOf(await clientFor(job.region).send(new _aws_sdk_client_backup__WEBPACK_IMPORTED_MODULE_1__/* .DescribeBackupJobCommand */ .YOJ({ BackupJobId: job.backupJobId }), abortable(callSignal)));
        },
        async lookUp(backupJobId, region) {
            const out = await clientFor(region).send(new _aws_sdk_client_backup__WEBPACK_IMPORTED_MODULE_1__/* .DescribeBackupJobCommand */ .YOJ({ BackupJobId: backupJobId }), abortable());
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
            const out = await clientFor(copy.region).send(new _aws_sdk_client_backup__WEBPACK_IMPORTED_MODULE_1__/* .StartCopyJobCommand */ .AGF({
                RecoveryPointArn: copy.sourceRecoveryPointArn,
                SourceBackupVaultName: copy.sourceBackupVaultName,
                DestinationBackupVaultArn: copy.destinationBackupVaultArn,
                IamRoleArn: copy.iamRoleArn,
                IdempotencyToken: copy.idempotencyToken,
                Lifecycle: copy.lifecycle
            }), abortable());
            if (!out.CopyJobId)
                throw new Error(`AWS Backup answered StartCopyJob for ${copy.sourceRecoveryPointArn} without a copy job id.`);
            return { copyJobId: out.CopyJobId, status: { creationDate: out.CreationDate, isParent: out.IsParent ?? false } };
        },
        async describeCopy(copyJobId, region, callSignal) {
            const { CopyJob: job = {} } = await clientFor(region).send(new _aws_sdk_client_backup__WEBPACK_IMPORTED_MODULE_1__/* .DescribeCopyJobCommand */ .jHk({ CopyJobId: copyJobId }), abortable(callSignal));
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
        async stop(job) {
            await clientFor(job.region).send(new _aws_sdk_client_backup__WEBPACK_IMPORTED_MODULE_1__/* .StopBackupJobCommand */ .n8I({ BackupJobId: job.backupJobId }));
        },
        async jobsRunningOn(job) {
            const out = await clientFor(job.region).send(new _aws_sdk_client_backup__WEBPACK_IMPORTED_MODULE_1__/* .ListBackupJobsCommand */ .q8r({ ByResourceArn: job.resourceArn, ByState: 'RUNNING', MaxResults: 20 }), abortable());
            return (out.BackupJobs ?? []).flatMap((listed) => listed.BackupJobId && listed.BackupJobId !== job.backupJobId
                ? [{ backupJobId: listed.BackupJobId, resourceArn: listed.ResourceArn, state: listed.State, statusMessage: listed.StatusMessage }]
                : []);
        },
        async listChildren(job) {
            const children = [];
            let nextToken;
            do {
                const out = await clientFor(job.region).send(new _aws_sdk_client_backup__WEBPACK_IMPORTED_MODULE_1__/* .ListBackupJobsCommand */ .q8r({ ByParentJobId: job.backupJobId, NextToken: nextToken }), abortable());
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