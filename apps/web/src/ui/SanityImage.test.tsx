import { describe, expect, it } from '@jest/globals';
import { cleanup, render } from '@testing-library/react';
import fc from 'fast-check';
import type { ArticleBodyImage } from '@clinic/content';
import { absoluteImage, type ImageSource } from '@/content-client/image';
import { ArticleCard } from '@/article/ArticleCard';
import { BodyImage } from '@/article/body/BodyImage';
import { SanityImage } from './SanityImage.tsx';
import { ArticleView } from '@/article/ArticleView';
import { clinic, makeArticle } from '@/test/fixtures';

const NO_CROP = { top: 0, bottom: 0, left: 0, right: 0 };
const ref = (width: number, height: number) => `image-0123456789abcdef0123456789abcdef01234567-${width}x${height}-jpg`;

function image(width: number, height: number, crop = NO_CROP, hotspot?: NonNullable<ImageSource['hotspot']>) {
  return { asset: { _ref: ref(width, height) }, crop, hotspot, alt: 'An infusion chair by a window', width, height, lqip: undefined };
}

/**
 * What a URL asks the image service for, read back from the URL @sanity/image-url wrote: the source rectangle
 * (`rect`, the whole asset when absent), the width and height requested and the fit mode.
 */
function requested(url: string, asset: { width: number; height: number }) {
  const params = new URL(url, 'http://site.test').searchParams;
  const [left, top, width, height] = (params.get('rect') ?? `0,0,${asset.width},${asset.height}`).split(',').map(Number) as [number, number, number, number];
  return { rect: { left, top, width, height }, w: Number(params.get('w')), h: params.has('h') ? Number(params.get('h')) : null, fit: params.get('fit') };
}

/** The size of the file the service sends for a request: `fit=crop` fills w×h; `fit=max` scales the rect down only. */
function delivered(request: ReturnType<typeof requested>) {
  if (request.fit === 'crop') return { width: request.w, height: request.h! };
  const width = Math.min(request.w, request.rect.width);
  return { width, height: Math.round((width * request.rect.height) / request.rect.width) };
}

function renderedImg(element: React.ReactElement) {
  const { container } = render(element);
  const img = container.querySelector('img')!;
  const srcset = img
    .getAttribute('srcset')!
    .split(', ')
    .map((entry) => {
      const [url, descriptor] = entry.split(' ');
      return { url: url!, width: Number(descriptor!.replace(/w$/, '')) };
    });
  return { img, width: Number(img.getAttribute('width')), height: Number(img.getAttribute('height')), src: img.getAttribute('src')!, srcset };
}

describe('images declare the size of the crop delivered', () => {
  it('gives a body image cropped 25 % at top and bottom (asset 1200×675) width 1200 and height 337, srcset up to 1200w', () => {
    const value = { ...image(1200, 675, { ...NO_CROP, top: 0.25, bottom: 0.25 }), _type: 'image', _key: 'i' } as unknown as ArticleBodyImage;
    const { width, height, srcset, src } = renderedImg(<BodyImage value={value} />);
    expect([width, height]).toEqual([1200, 337]);
    expect(Math.max(...srcset.map((entry) => entry.width))).toBe(1200);
    expect(delivered(requested(src, { width: 1200, height: 675 }))).toEqual({ width: 1200, height: 337 });
  });

  it.each([
    ['top', { ...NO_CROP, top: 0.4 }, [1000, 480]],
    ['bottom', { ...NO_CROP, bottom: 0.4 }, [1000, 480]],
    ['left', { ...NO_CROP, left: 0.4 }, [600, 800]],
    ['right', { ...NO_CROP, right: 0.4 }, [600, 800]],
  ] as const)('takes a crop on the %s side into the declared size (asset 1000×800)', (_side, crop, size) => {
    const { width, height, srcset } = renderedImg(<SanityImage image={image(1000, 800, crop)} sizes="100vw" />);
    expect([width, height]).toEqual(size);
    expect(srcset.every((entry) => entry.width <= size[0])).toBe(true);
  });

  it('never enlarges a hero cut to 16:9 from a narrow crop', () => {
    const hero = image(1000, 800, { ...NO_CROP, left: 0.2, right: 0.2 });
    const { container } = render(<ArticleView article={makeArticle({ heroImage: hero })} clinic={clinic} />);
    const img = container.querySelector('.article-hero img')!;
    expect([img.getAttribute('width'), img.getAttribute('height')]).toEqual(['600', '338']);
    expect(img.getAttribute('srcset')).not.toMatch(/ (6[1-9]\d|[7-9]\d\d|\d{4,})w/);
    // The social-card size in JSON-LD is capped the same way, at the card's ratio.
    const jsonLd = container.querySelector('script[type="application/ld+json"]')!.textContent!;
    const social = requested(JSON.parse(jsonLd)['@graph'][1].image, { width: 1000, height: 800 });
    expect([social.w, social.h]).toEqual([600, 315]);
  });

  it('keeps card images within the card crop and the card ratio', () => {
    const hero = image(640, 480, { ...NO_CROP, top: 0.1 });
    const { width, height } = renderedImg(<ArticleCard article={{ ...makeArticle(), heroImage: hero }} />);
    expect([width, height]).toEqual([640, 360]);
  });
});

describe('declared sizes agree with what @sanity/image-url asks the image service for (generated)', () => {
  const fraction = fc.double({ min: 0, max: 0.45, noNaN: true });
  const crop = fc.record({ top: fraction, bottom: fraction, left: fraction, right: fraction });
  const hotspot = fc
    .record({ x: fc.double({ min: 0, max: 1, noNaN: true }), y: fc.double({ min: 0, max: 1, noNaN: true }), width: fc.double({ min: 0.01, max: 1, noNaN: true }), height: fc.double({ min: 0.01, max: 1, noNaN: true }) })
    .map((spot) => ({ ...spot, width: Math.min(spot.width, 2 * Math.min(spot.x, 1 - spot.x)) || 0.01, height: Math.min(spot.height, 2 * Math.min(spot.y, 1 - spot.y)) || 0.01 }));
  const input = fc.record({
    asset: fc.record({ width: fc.integer({ min: 40, max: 6000 }), height: fc.integer({ min: 40, max: 6000 }) }),
    crop: fc.option(crop, { nil: undefined }),
    hotspot: fc.option(hotspot, { nil: undefined }),
    aspectRatio: fc.constantFrom(undefined, 9 / 16, 630 / 1200, 1, 4 / 3),
    maxWidth: fc.constantFrom(800, 1400, 1600, 5000),
  });

  it('never asks for more pixels than the crop holds, and every file has the declared ratio', () => {
    fc.assert(
      fc.property(input, ({ asset, crop: cut, hotspot: spot, aspectRatio, maxWidth }) => {
        cleanup();
        const source = image(asset.width, asset.height, cut ?? NO_CROP, spot);
        const { width, height, src, srcset } = renderedImg(<SanityImage image={source} sizes="100vw" aspectRatio={aspectRatio} maxWidth={maxWidth} />);
        expect(width).toBeLessThanOrEqual(maxWidth);
        // The largest file (src) is exactly the declared box.
        expect(delivered(requested(src, asset))).toEqual({ width, height });
        expect(srcset.at(-1)!.width).toBe(width);
        for (const entry of srcset) {
          const request = requested(entry.url, asset);
          // The descriptor is the width of the file sent, and it never exceeds the source rectangle cut from the crop.
          expect(delivered(request).width).toBe(entry.width);
          expect(request.w).toBeLessThanOrEqual(request.rect.width);
          if (request.fit === 'crop') expect(request.h!).toBeLessThanOrEqual(request.rect.height);
          // Same shape as the declared box, up to one pixel of rounding in the smaller file.
          expect(Math.abs(delivered(request).height - (entry.width * height) / width)).toBeLessThanOrEqual(1);
        }
        if (aspectRatio) {
          const social = absoluteImage(source, 1200, aspectRatio)!;
          const request = requested(social.url, asset);
          expect([request.w, request.h]).toEqual([social.width, social.height]);
          expect(request.w).toBeLessThanOrEqual(request.rect.width);
        }
      }),
      { numRuns: 200 },
    );
  });
});
