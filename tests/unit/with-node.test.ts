import { describe, expect, it } from 'vitest';
import {
  REQUIRED_NODE,
  bootstrapPrefix,
  isRecentEnough,
  missingPackages,
  packagePlan,
} from '../../scripts/with-node.mjs';

describe('the Node bootstrap', () => {
  it('accepts Node 22.12 and newer, and asks for more on older ones', () => {
    expect(REQUIRED_NODE).toEqual([22, 12]);
    expect(isRecentEnough('v22.12.0')).toBe(true);
    expect(isRecentEnough('v24.0.1')).toBe(true);
    expect(isRecentEnough('23.1.0')).toBe(true);
    expect(isRecentEnough('v22.11.9')).toBe(false);
    expect(isRecentEnough('v20.20.2')).toBe(false);
    expect(isRecentEnough('v18.19.0')).toBe(false);
  });

  it('keeps one copy of Node per user, in the cache folder', () => {
    expect(bootstrapPrefix({ HOME: '/home/ana' })).toBe('/home/ana/.cache/etwinning-portal/node24');
    expect(bootstrapPrefix({ HOME: '/home/ana', XDG_CACHE_HOME: '/var/cache/ana' })).toBe(
      '/var/cache/ana/etwinning-portal/node24',
    );
  });
});

describe('the system packages of the browser and server tests', () => {
  it('finds what is missing', () => {
    expect(missingPackages(() => true)).toEqual([]);
    expect(missingPackages((path) => path === '/usr/sbin/nginx')).toEqual(['chromium']);
    expect(missingPackages(() => false)).toEqual(['chromium', 'nginx']);
  });

  it('installs them as root with apt-get', () => {
    expect(packagePlan([], { root: false, hasApt: true })).toEqual({ action: 'none' });
    expect(packagePlan(['chromium'], { root: true, hasApt: true })).toEqual({
      action: 'install',
      command: [
        ['apt-get', 'update', '-qq'],
        ['apt-get', 'install', '-y', '-qq', '--no-install-recommends', 'chromium'],
      ],
    });
  });

  it('otherwise stops before any test with the command to run', () => {
    expect(packagePlan(['chromium', 'nginx'], { root: false, hasApt: true })).toEqual({
      action: 'stop',
      message:
        'the browser and server tests need chromium nginx, which this machine lacks. Run: sudo apt-get install chromium nginx — then run npm test again.',
    });
    const elsewhere = packagePlan(['nginx'], { root: false, hasApt: false });
    expect(elsewhere.action).toBe('stop');
    expect(elsewhere.action === 'stop' && elsewhere.message).toContain('apt-get install nginx');
  });
});
