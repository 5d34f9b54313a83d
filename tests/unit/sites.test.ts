import { describe, expect, it } from 'vitest';
import { AMAZON_SELLER_HOSTS, amazonSiteFromHost, amazonSiteFromText, isPortalUrl } from '../../core/sites';
import { AMAZON_HOSTS } from '../harness/fixture-server.mjs';

describe('marketplace hosts', () => {
  it('serves fixtures under exactly the hosts the content script runs on', () => {
    expect([...AMAZON_HOSTS].sort()).toEqual([...AMAZON_SELLER_HOSTS].sort());
  });

  it.each([
    ['sellercentral.amazon.com', 'amazon.com'],
    ['sellercentral.amazon.co.uk', 'amazon.co.uk'],
    ['sellercentral.amazon.com.br', 'amazon.com.br'],
    ['sellercentral-japan.amazon.com', 'amazon.co.jp'],
    ['sellercentral-europe.amazon.com', 'amazon.eu'],
    ['www.amazon.com', null],
    ['sellercentral.amazon.com.evil.example', null],
  ])('%s → %s', (host, site) => {
    expect(amazonSiteFromHost(host)).toBe(site);
  });

  it('reads the marketplace a thread names', () => {
    expect(amazonSiteFromText('Marktplatz: Amazon.fr')).toBe('amazon.fr');
    expect(amazonSiteFromText('No marketplace here')).toBeNull();
  });

  it('opens only https portal URLs from stored threads', () => {
    expect(isPortalUrl('https://sellercentral.amazon.de/messaging/inbox?fi=caseId')).toBe(true);
    expect(isPortalUrl('javascript:alert(1)')).toBe(false);
    expect(isPortalUrl('https://evil.example/messaging')).toBe(false);
    expect(isPortalUrl('http://sellercentral.amazon.com/')).toBe(false);
  });
});
