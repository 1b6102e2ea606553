import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { classArchiveOptions, installClassArchive, removeOtherArchives } from '../../../src/db/embedded/class-archive';

describe('the class archive of the built-in Neo4j', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-cds-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('is handed to the JVM only when it exists, and a training run dumps one instead of mapping it', () => {
    const archive = path.join(dir, 'classes.jsa');
    expect(classArchiveOptions(archive, undefined)).toEqual([]);
    fs.writeFileSync(archive, 'archive');
    expect(classArchiveOptions(archive, undefined)).toEqual([`-XX:SharedArchiveFile=${archive}`]);
    expect(classArchiveOptions(archive, path.join(dir, 'dump.tmp'))).toContain(`-XX:ArchiveClassesAtExit=${path.join(dir, 'dump.tmp')}`);
  });

  it('is not put in place when Java cannot map it, and the refused file is removed', () => {
    const dumped = path.join(dir, 'dump.tmp');
    const archive = path.join(dir, 'classes.jsa');
    fs.writeFileSync(dumped, 'not an archive');
    expect(installClassArchive(dumped, archive, dir)).toBe(false);
    expect(fs.existsSync(dumped)).toBe(false);
    expect(fs.existsSync(archive)).toBe(false);
  });

  it('leaves only the newest archive beside the jars, and every other file alone', () => {
    for (const f of ['classes-0123456789ab.jsa', 'classes-ba9876543210.jsa', 'launcher.jar', 'READY']) fs.writeFileSync(path.join(dir, f), f);
    removeOtherArchives(path.join(dir, 'classes-ba9876543210.jsa'));
    expect(fs.readdirSync(dir).sort()).toEqual(['READY', 'classes-ba9876543210.jsa', 'launcher.jar']);
  });
});
