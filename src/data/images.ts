/**
 * Responsive image sets through astro:assets (sharp), computed once per image and size set. A
 * build shows the same cover on many listing pages; asking Astro again for each would repeat
 * the same work thousands of times.
 */
import { getImage } from 'astro:assets';
import type { ImageMetadata } from 'astro';

/** The `<source>`s and fallback `<img>` of a `<picture>`. */
export interface ResponsiveImage {
  readonly sources: readonly { readonly type: string; readonly srcset: string }[];
  readonly src: string;
  readonly srcset: string;
  readonly width: number;
  readonly height: number;
}

const FORMATS = ['avif', 'webp'] as const;
const WIDTHS = [360, 720, 1080, 1440];
const cache = new Map<string, Promise<ResponsiveImage>>();

/** AVIF and WebP sources plus a JPEG fallback, at the widths the image allows. */
export function responsiveImage(image: ImageMetadata): Promise<ResponsiveImage> {
  let result = cache.get(image.src);
  if (!result) {
    const widths = WIDTHS.filter((w) => w <= image.width);
    result = Promise.all([
      ...FORMATS.map((format) => getImage({ src: image, widths, format })),
      getImage({ src: image, widths, format: 'jpg' }),
    ]).then((results) => {
      const fallback = results.at(-1);
      if (!fallback) throw new Error(`no image generated for ${image.src}`);
      return {
        sources: FORMATS.map((format, i) => ({
          type: `image/${format}`,
          srcset: results[i]?.srcSet.attribute ?? '',
        })),
        src: fallback.src,
        srcset: fallback.srcSet.attribute,
        width: Number(fallback.attributes.width ?? image.width),
        height: Number(fallback.attributes.height ?? image.height),
      };
    });
    cache.set(image.src, result);
  }
  return result;
}

const thumbnails = new Map<string, Promise<string>>();

/** A small WebP (192 px wide) for search results, where the image is shown at 8rem. */
export function thumbnailImage(image: ImageMetadata): Promise<string> {
  let result = thumbnails.get(image.src);
  if (!result) {
    result = getImage({ src: image, width: 192, format: 'webp', quality: 60 }).then((r) => r.src);
    thumbnails.set(image.src, result);
  }
  return result;
}
