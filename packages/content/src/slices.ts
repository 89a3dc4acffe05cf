// Lists read in slices, so that no single answer grows with the content (Next's data cache keeps none over 2 MB).
import type { ContentFetcher, ContentRequest } from './fetcher.ts';

/**
 * How many documents one request of a list read in slices (`fetchSlices`) holds. An article summary is about
 * 1.2 kB (its image placeholder included), so a slice's answer stays far below the 2 MB Next's data cache keeps of
 * one item ("items over 2MB can not be cached", next/dist/server/lib/incremental-cache) however long the list.
 */
export const SLICE_SIZE = 250;

/**
 * Every item of a list, read in slices so that no single answer grows with the content: `countQuery`
 * (`count(*[<filter>])`) first, then `sliceQuery` (`*[<filter>] | order(<…>, _id) [$from...$to]{…}`, ordered with
 * a unique last key so slices neither overlap nor skip) once per `SLICE_SIZE` items, in parallel. Each request is
 * cached and revalidated by `tags` on its own. Returns the items in the list's order.
 */
export async function fetchSlices(
  fetcher: ContentFetcher,
  request: Omit<ContentRequest, 'query'> & { countQuery: string; sliceQuery: string },
): Promise<unknown[]> {
  const { countQuery, sliceQuery, label = 'list', ...rest } = request;
  const count = await fetcher<unknown>({ ...rest, query: countQuery, label: `${label}-count` });
  if (!Number.isSafeInteger(count) || (count as number) < 0) {
    throw new TypeError(`Expected a count of ${label} items, received ${JSON.stringify(count)}`);
  }
  const slices = await Promise.all(
    Array.from({ length: Math.ceil((count as number) / SLICE_SIZE) }, (_, index) =>
      fetcher<unknown>({
        ...rest,
        query: sliceQuery,
        params: { ...rest.params, from: index * SLICE_SIZE, to: (index + 1) * SLICE_SIZE },
        label,
      }),
    ),
  );
  return slices.flatMap((slice) => {
    if (!Array.isArray(slice))
      throw new TypeError(`Expected a list of ${label} items, received ${JSON.stringify(slice)}`);
    return slice;
  });
}
