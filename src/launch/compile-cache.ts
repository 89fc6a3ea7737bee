import { isAscii } from 'node:buffer';
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';

/** A CommonJS file to load with V8's code cache, and where that cache is kept. */
export interface CompileCacheConfig {
  file: string;
  cacheFile: string;
}

/**
 * What became of the cache: `used` (V8 accepted it), `missing`, `stale` (written for another
 * version of the file), `corrupt` (its checksum does not match) or `rejected` (V8 refused it:
 * another node, V8 version or V8 flags such as --max-semi-space-size).
 */
export type CompileCacheState = 'used' | 'missing' | 'stale' | 'corrupt' | 'rejected';

export interface CachedModule {
  exports: unknown;
  cache: CompileCacheState;
  /** Writes V8's code for every function compiled so far; false (never a throw) when it cannot. */
  save(): boolean;
}

const HASH_BYTES = 32;
const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest();

/**
 * Reads the cache file: sha256 of the source it was made for, sha256 of V8's data, the data.
 * Both are checked here because V8 checks neither the source's content (only its length) nor,
 * in release builds, its own checksum: corrupt cached data aborted node ("Fatal error ...
 * unreachable code" in the deserializer) when tried by hand on Node 20.
 */
function readCache(cacheFile: string, sourceHash: Buffer): { data?: Buffer; state: CompileCacheState } {
  let raw: Buffer;
  try {
    raw = readFileSync(cacheFile);
  } catch {
    return { state: 'missing' };
  }
  if (raw.length <= 2 * HASH_BYTES) return { state: 'corrupt' };
  if (!raw.subarray(0, HASH_BYTES).equals(sourceHash)) return { state: 'stale' };
  const data = raw.subarray(2 * HASH_BYTES);
  if (!raw.subarray(HASH_BYTES, 2 * HASH_BYTES).equals(sha256(data))) return { state: 'corrupt' };
  return { data, state: 'used' };
}

/**
 * Loads `file` as node's require would, compiled with the code cache in `cacheFile` when it is
 * sound. A cache that is missing, stale, corrupt or rejected only costs the ordinary compile;
 * `save()` then writes a fresh one. Node 20 has no module.enableCompileCache, and the
 * v8-compile-cache package passes cached bytes to V8 unchecked and caches only what is compiled
 * before the code runs; this cache, saved after the code ran, holds the functions start-up uses.
 */
export function loadWithCompileCache(config: CompileCacheConfig): CachedModule {
  const { file, cacheFile } = config;
  // Read as bytes, and as a one-byte string when all ASCII: readFileSync(file, 'utf8') took
  // ~100 ms on the 4.3 MB bundle at start-up, against ~20 ms for the bytes.
  const bytes = readFileSync(file);
  const source = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  const sourceHash = sha256(source);
  const cached = readCache(cacheFile, sourceHash);
  const script = new Script(Module.wrap(source), { filename: file, ...(cached.data ? { cachedData: cached.data } : {}) });
  const cache: CompileCacheState = cached.data && script.cachedDataRejected ? 'rejected' : cached.state;

  const mod = new Module(file);
  mod.filename = file;
  const wrapper = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;
  wrapper.call(mod.exports, mod.exports, createRequire(file), mod, file, dirname(file));
  mod.loaded = true;

  const save = (): boolean => {
    const data = script.createCachedData();
    const temp = `${cacheFile}.${process.pid}.tmp`;
    try {
      // Written aside and renamed, so a replica starting meanwhile never reads half a file.
      writeFileSync(temp, Buffer.concat([sourceHash, sha256(data), data]));
      renameSync(temp, cacheFile);
      return true;
    } catch {
      try {
        rmSync(temp, { force: true });
      } catch {
        // Its folder is not writable or not a folder: there is no temporary file to remove.
      }
      return false;
    }
  };
  return { exports: mod.exports, cache, save };
}
