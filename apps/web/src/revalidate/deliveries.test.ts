/** @jest-environment node */
import { describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { deliveryKeys, fileDeliveryLedger } from './deliveries.ts';

describe('fileDeliveryLedger', () => {
  it('forgets a delivery a minute after its time, so the folder does not grow without bound', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'webhook-deliveries-'));
    let now = Date.parse('2026-03-01T10:00:00Z');
    const ledger = fileDeliveryLedger(folder, () => now);
    const [first] = deliveryKeys({ timestamp: now, body: '{"_type":"article"}' }, null);
    expect(await ledger.claim(first!, now + 7 * 60_000)).toBe(true);
    expect(await ledger.claim(first!, now + 7 * 60_000)).toBe(false);
    expect(fs.readdirSync(folder)).toEqual([first]);
    now += 9 * 60_000;
    const [second] = deliveryKeys({ timestamp: now, body: '{"_type":"article"}' }, null);
    expect(await ledger.claim(second!, now + 7 * 60_000)).toBe(true);
    expect(fs.readdirSync(folder)).toEqual([second]);
  });

  it('refuses a key that is not a sha-256 digest, so nothing outside the folder can be named', async () => {
    const ledger = fileDeliveryLedger(fs.mkdtempSync(path.join(os.tmpdir(), 'webhook-deliveries-')));
    await expect(ledger.claim('../escape', Date.now())).rejects.toThrow(/sha-256/);
  });
});
