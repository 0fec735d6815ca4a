import { describe, expect, it } from 'vitest';
import { describeLocation, locationWarnings } from '../../electron/core/files/location.ts';

const MOUNTS = [
  '/dev/sda1 / ext4 rw 0 0',
  'server:/export /srv/delt nfs4 rw 0 0',
  '//nas/jd /home/kari/jd cifs rw 0 0',
  'sshfs#kari@host: /home/kari/fjern fuse.sshfs rw 0 0',
  'tmpfs /tmp tmpfs rw 0 0',
].join('\n');

describe('where a portfolio file lives', () => {
  it('treats UNC paths and mapped Windows drives as network drives', () => {
    expect(describeLocation('\\\\server\\share\\tiltak.tilt', { platform: 'win32', mappedDrives: [] }).network).toBe(
      true,
    );
    expect(describeLocation('//server/share/tiltak.tilt', { platform: 'linux', mounts: '' }).network).toBe(true);
    expect(describeLocation('Z:\\JD\\tiltak.tilt', { platform: 'win32', mappedDrives: ['Z:'] }).network).toBe(true);
    expect(describeLocation('C:\\Users\\kari\\tiltak.tilt', { platform: 'win32', mappedDrives: ['Z:'] }).network).toBe(
      false,
    );
  });

  it('reads network and FUSE mounts, /mnt and /media from the Linux mount table', () => {
    const at = (p: string) => describeLocation(p, { platform: 'linux', mounts: MOUNTS }).network;
    expect(at('/srv/delt/tiltak.tilt')).toBe(true);
    expect(at('/home/kari/jd/a/tiltak.tilt')).toBe(true);
    expect(at('/home/kari/fjern/tiltak.tilt')).toBe(true);
    expect(at('/mnt/usb/tiltak.tilt')).toBe(true);
    expect(at('/media/kari/minne/tiltak.tilt')).toBe(true);
    expect(at('/home/kari/jdx/tiltak.tilt')).toBe(false);
    expect(at('/tmp/tiltak.tilt')).toBe(false);
  });

  it('recognises synced folders by their path segments', () => {
    const sync = (p: string) => describeLocation(p, { platform: 'linux', mounts: '' }).synced;
    expect(sync('C:\\Users\\kari\\OneDrive - Justisdepartementet\\tiltak.tilt')).toBe('OneDrive');
    expect(sync('/Users/kari/Library/Mobile Documents/com~apple~CloudDocs/tiltak.tilt')).toBe('iCloud');
    expect(sync('/home/kari/Dropbox/tiltak.tilt')).toBe('Dropbox');
    expect(sync('G:\\My Drive\\tiltak.tilt')).toBe('Google Drive');
    expect(sync('/home/kari/Box/tiltak.tilt')).toBe('Box');
    expect(sync('/home/kari/Dokumenter/tiltak.tilt')).toBeNull();
    expect(sync('/home/kari/Boxes/tiltak.tilt')).toBeNull();
  });

  it('words one warning per risk, with the advice to keep the live file local', () => {
    expect(locationWarnings({ network: false, synced: null })).toEqual([]);
    const w = locationWarnings({ network: true, synced: 'OneDrive' });
    expect(w).toHaveLength(2);
    expect(w[0]).toMatch(/nettverksstasjon.*lokal disk/);
    expect(w[1]).toMatch(/OneDrive.*Lagre en kopi/);
  });
});
