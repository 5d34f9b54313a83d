import { describe, expect, it } from 'vitest';
import { md5 } from '../../core/translation/md5';

describe('md5', () => {
  it.each([
    ['', 'd41d8cd98f00b204e9800998ecf8427e'],
    ['a', '0cc175b9c0f1b6a831c399e269772661'],
    ['abc', '900150983cd24fb0d6963f7d28e17f72'],
    ['message digest', 'f96b697d7cb7938d525a2f31aaf161d0'],
    ['abcdefghijklmnopqrstuvwxyz', 'c3fcd3d76192e4007dfb496cca67e13b'],
    [
      '12345678901234567890123456789012345678901234567890123456789012345678901234567890',
      '57edf4a22be3c955ac49da2e2107b67a',
    ],
    ['The quick brown fox jumps over the lazy dog', '9e107d9d372bb6826bd81d3542a419d6'],
  ])('RFC 1321 / well-known vector %j', (input, hex) => {
    expect(md5(input)).toBe(hex);
  });

  it('hashes the UTF-8 bytes of Chinese, Thai and astral text', () => {
    // Reference values from Node's crypto.createHash('md5').update(text, 'utf8').
    expect(md5('中文')).toBe('a7bac2239fcdcb3a067903d8077c4a07');
    expect(md5('您好，您的包裹已经发出')).toBe('36f3ba9394d6a65fa45071f484af2cc7');
    expect(md5('😀🚚𝒜')).toBe('98f0be8df1ae75b3f63b47b8bcd03fcd');
  });

  it('handles lengths around the 56-byte padding boundary', async () => {
    const { createHash } = await import('node:crypto');
    for (let n = 50; n <= 130; n++) {
      const text = 'x'.repeat(n);
      expect(md5(text)).toBe(createHash('md5').update(text, 'utf8').digest('hex'));
    }
  });

  it('matches Baidu Fanyi’s documented sign example', () => {
    expect(md5('2015063000000001apple143566028812345678')).toBe('f89f9594663708c1605f3d736d01d2d4');
  });
});
