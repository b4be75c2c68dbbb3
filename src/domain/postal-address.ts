/**
 * A postal address as a store keeps it: in parts, so the server can hide the street and still show the
 * city (an agent may say "your address in 深圳南山区" without reading the flat number out).
 */
export interface PostalAddress {
  country: 'CN' | 'GB' | 'US';
  /** Province (广东省) or state (NY); null for a municipality (北京) and in the UK. */
  region: string | null;
  city: string;
  /** The district (南山区) in China; null elsewhere. */
  district: string | null;
  /** Street, number, building and flat: what masking hides. */
  street: string;
  postcode: string;
}

/** The address written as people of its country write it, whole. */
export function formatAddress(address: PostalAddress): string {
  const { country, region, city, district, street, postcode } = address;
  if (country === 'CN') return `${region ?? ''}${city}${district ?? ''}${street}`;
  if (country === 'US') return `${street}, ${city}, ${region ?? ''} ${postcode}`.replace(/ {2,}/g, ' ');
  return `${street}, ${city} ${postcode}`;
}
