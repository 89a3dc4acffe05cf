// The clinic's map position: latitude and longitude only. Sanity's geopoint also has an altitude, which a map link
// or the site's structured data never uses; an "Altitude" box would only invite a value nobody reads.
import type { ObjectInputProps } from 'sanity';

/** Geopoint members shown to editors: Sanity's `lat` and `lng` (its `alt` is left out). */
export const MAP_POSITION_MEMBERS: ReadonlySet<string> = new Set(['lat', 'lng']);

export function MapPositionInput(props: ObjectInputProps) {
  const members = props.members.filter((member) => member.kind !== 'field' || MAP_POSITION_MEMBERS.has(member.name));
  return props.renderDefault({ ...props, members });
}
