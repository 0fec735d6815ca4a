// Where a portfolio file lives: a network drive or a synced folder is risky for a live SQLite file
// (locks are unreliable, sync clients copy half-written files), so the user is warned once.
import { execFileSync } from 'node:child_process';
import { readFileSync, realpathSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export interface LocationInfo {
  network: boolean;
  /** The sync service the path belongs to (OneDrive, Dropbox …), or null. */
  synced: string | null;
}

export interface LocationProbe {
  platform?: NodeJS.Platform;
  /** Linux: /proc/mounts text. */
  mounts?: string;
  /** Windows: drive letters ("Z:") mapped to network shares. */
  mappedDrives?: string[];
}

const NETWORK_FS =
  /^(nfs4?|cifs|smb3?|smbfs|ncpfs|afs|ceph|glusterfs|davfs|sshfs|9p|fuse(\..*)?|fuseblk|lustre|gpfs|beegfs)$/;

const SYNC_SEGMENTS: [RegExp, string][] = [
  [/^onedrive( - .+)?$/i, 'OneDrive'],
  [/^dropbox( \(.+\))?$/i, 'Dropbox'],
  [/^(google ?drive|my drive|min disk|drive ?fs)$/i, 'Google Drive'],
  [/^(icloud ?drive|mobile documents|com~apple~clouddocs)$/i, 'iCloud'],
  [/^(box|box sync)$/i, 'Box'],
  [/^cloudstorage$/i, 'en skylagringstjeneste'],
];

function segments(path: string): string[] {
  return path.split(/[\\/]+/).filter(Boolean);
}

export function syncedService(path: string): string | null {
  for (const seg of segments(path)) {
    for (const [re, name] of SYNC_SEGMENTS) if (re.test(seg)) return name;
  }
  return null;
}

/** Linux: the mount that holds `path` (longest mount-point prefix) and its file system type. */
function linuxMount(path: string, mounts: string): { point: string; type: string } | null {
  let best: { point: string; type: string } | null = null;
  for (const line of mounts.split('\n')) {
    const [, rawPoint, type] = line.split(' ');
    if (!rawPoint || !type) continue;
    const point = rawPoint.replace(/\\040/g, ' ');
    const inside = point === '/' || path === point || path.startsWith(point.endsWith('/') ? point : `${point}/`);
    if (inside && (!best || point.length > best.point.length)) best = { point, type };
  }
  return best;
}

let cachedMappedDrives: string[] | undefined;
/** Windows: letters mapped to network shares, as `net use` lists them (best effort, cached). */
function windowsMappedDrives(): string[] {
  if (cachedMappedDrives) return cachedMappedDrives;
  try {
    const out = execFileSync('net', ['use'], { encoding: 'utf8', timeout: 2000, windowsHide: true });
    cachedMappedDrives = [...out.matchAll(/\s([A-Z]:)\s+\\\\/gi)].map((m) => m[1].toUpperCase());
  } catch {
    cachedMappedDrives = [];
  }
  return cachedMappedDrives;
}

function realDir(path: string): string {
  try {
    return realpathSync(dirname(resolve(path)));
  } catch {
    return dirname(resolve(path));
  }
}

export function isNetworkPath(path: string, probe: LocationProbe = {}): boolean {
  const platform = probe.platform ?? process.platform;
  if (/^(\\\\|\/\/)[^\\/]+[\\/][^\\/]+/.test(path)) return true; // UNC \\server\share
  if (platform === 'win32') {
    const drive = /^([a-z]:)/i.exec(path)?.[1]?.toUpperCase();
    return drive !== undefined && (probe.mappedDrives ?? windowsMappedDrives()).includes(drive);
  }
  const full = probe.mounts !== undefined || platform !== process.platform ? resolve(path) : realDir(path);
  if (/^\/(mnt|media|Volumes)\//.test(full) || /^\/run\/media\//.test(full)) return true;
  if (platform === 'linux') {
    let mounts = probe.mounts;
    if (mounts === undefined) {
      try {
        mounts = readFileSync('/proc/mounts', 'utf8');
      } catch {
        return false;
      }
    }
    const m = linuxMount(full, mounts);
    return m !== null && NETWORK_FS.test(m.type);
  }
  return false;
}

export function describeLocation(path: string, probe: LocationProbe = {}): LocationInfo {
  return { network: isNetworkPath(path, probe), synced: syncedService(path) };
}

export function locationWarnings(info: LocationInfo, hasSecondBackupDir = false): string[] {
  const warnings: string[] = [];
  // Backups live beside the file by default: a lost share or sync folder takes both, unless a second folder is set.
  const advice =
    'Hold den levende filen på lokal disk og del kopier («Lagre en kopi…») med andre.' +
    (hasSecondBackupDir
      ? ''
      : ' Velg også en ekstra mappe for sikkerhetskopier på lokal disk under Innstillinger, ' +
        'så du ikke mister både filen og kopiene.');
  if (info.network)
    warnings.push(`Filen ligger på en nettverksstasjon. Der kan låsing svikte og filen bli skadet. ${advice}`);
  if (info.synced)
    warnings.push(
      `Filen ligger i en mappe som synkroniseres av ${info.synced}. ` +
        `Synkroniseringen kan kopiere filen midt i en lagring. ${advice}`,
    );
  return warnings;
}
