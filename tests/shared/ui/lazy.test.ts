import { describe, expect, it, vi } from 'vitest';
import { lazy } from '../../../shared/ui/lazy';

describe('lazy', () => {
  it('loads nothing before first use, then once however often it is asked', async () => {
    const importer = vi.fn(() => Promise.resolve('code'));
    const code = lazy(importer);
    expect(importer).not.toHaveBeenCalled();
    expect(code.value.value).toBeUndefined();
    await Promise.all([code.load(), code.load()]);
    await code.load();
    expect(importer).toHaveBeenCalledTimes(1);
    expect(code.value.value).toBe('code');
  });

  it('tries again after a chunk that did not load, and resolves rather than throws', async () => {
    const importer = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce('code');
    const code = lazy<string>(importer);
    await expect(code.load()).resolves.toBeUndefined();
    expect(code.value.value).toBeUndefined();
    await code.load();
    expect(importer).toHaveBeenCalledTimes(2);
    expect(code.value.value).toBe('code');
  });
});
