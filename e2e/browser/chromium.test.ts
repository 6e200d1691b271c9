/** The launcher finds Chromium by path and, when there is none, fails with a sentence that says what to do. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM_ARGS, findChromium } from './chromium';

describe('findChromium', () => {
  let dir: string;
  let fake: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zz-chromium-'));
    fake = path.join(dir, 'chromium');
    fs.writeFileSync(fake, '#!/bin/sh\n', { mode: 0o755 });
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('takes CHROMIUM_PATH first, then the first Debian location that exists', () => {
    expect(findChromium(fake, ['/nonexistent/chromium'])).toBe(fake);
    expect(findChromium(undefined, ['/nonexistent/chromium', fake])).toBe(fake);
  });

  it('fails, never skips, when there is no browser, and says how to install one', () => {
    expect(() => findChromium(undefined, ['/nonexistent/a', '/nonexistent/b']))
      .toThrow('Browser tests need Chromium, found neither /nonexistent/a nor /nonexistent/b: install it with `apt-get install -y chromium fonts-noto-cjk`');
    expect(() => findChromium(path.join(dir, 'missing'), [fake])).toThrow(/CHROMIUM_PATH=.*missing is not an executable file/);
    const plain = path.join(dir, 'not-executable');
    fs.writeFileSync(plain, '', { mode: 0o644 });
    // As root every file with any x bit passes access(X_OK); one with none does not.
    expect(() => findChromium(plain, [fake])).toThrow(/is not an executable file/);
  });

  it('keeps Chromium from calling home on a closed network, and runs as root', () => {
    expect(CHROMIUM_ARGS).toEqual(expect.arrayContaining(['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic']));
  });
});
