import type { CustomerSegment, IdType } from '@/contract/schemas/customer';
import { cnGivenFemale, cnGivenMale, cnSurnames } from './names';
import { cnEstates, cnPlaces, cnStreets, mailDomains, ukPostcodes, ukStreets, usPlaces, usStreets } from './places';
import type { Prng } from './prng';
import type { SeedAddress } from './seed-customer';

export type Region = 'cn' | 'uk' | 'us';

/** What the original stream already drew for a customer's ID: its tail must survive (tests check the last four). */
export interface DrawnId {
  idType: IdType;
  /** The last four as drawn (a resident ID's may end in X). */
  tail: string;
}

export interface CustomerIdentity {
  birthDate: string | null;
  idNumber: string;
  address: SeedAddress;
  email: string | null;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** GB 11643's check character of a resident ID's first 17 digits. */
export function residentIdCheck(first17: string): string {
  const sum = [...first17].reduce((total, digit, i) => total + Number(digit) * ID_WEIGHTS[i]!, 0);
  return '10X98765432'[sum % 11]!;
}

const ageBySegment: Record<CustomerSegment, readonly [number, number]> = {
  youth: [16, 25],
  consumer: [22, 59],
  family: [28, 55],
  senior: [62, 88],
  enterprise: [30, 58],
};

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function birthMs(prng: Prng, segment: CustomerSegment, anchorMs: number): number {
  const [min, max] = ageBySegment[segment];
  const year = new Date(anchorMs).getUTCFullYear() - prng.int(min, max);
  return Date.UTC(year, prng.int(0, 11), prng.int(1, 28));
}

/**
 * A valid resident ID ending in the drawn tail: region (the district), birth date, sequence and check.
 * The birth date moves a day at a time until the check character comes out as drawn.
 */
function residentId(districtCode: string, birth: number, tail: string): { idNumber: string; birthDate: string } {
  for (let day = 0; day < 3650; day++) {
    const date = isoDate(birth + day * 86_400_000);
    const first17 = `${districtCode}${date.replace(/-/g, '')}${tail.slice(0, 3)}`;
    if (residentIdCheck(first17) === tail[3]) return { idNumber: `${first17}${tail[3]}`, birthDate: date };
  }
  throw new Error(`No birth date gives check ${tail[3]} in ${districtCode}`);
}

const LICENCE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';

function pinyinOf(name: string): [surname: string, given: string] | null {
  const surname = cnSurnames.find(([hanzi]) => name.startsWith(hanzi));
  const given = surname && [...cnGivenFemale, ...cnGivenMale].find(([hanzi]) => hanzi === name.slice(surname[0].length));
  return surname && given ? [surname[1], given[1]] : null;
}

function emailFor(prng: Prng, name: string, region: Region): string {
  const domain = prng.pick(mailDomains);
  if (region === 'cn') {
    const [surname, given] = pinyinOf(name) ?? ['kehu', prng.digits(4)];
    return prng.chance(0.5) ? `${surname}${given}${prng.int(1, 99)}@${domain}` : `${given}.${surname}@${domain}`;
  }
  const [first = 'user', last = ''] = name.toLowerCase().replace(/[^a-z ]/g, '').split(' ');
  return prng.chance(0.6) ? `${first}.${last}@${domain}` : `${first[0]}${last}${prng.int(1, 99)}@${domain}`;
}

function cnAddress(prng: Prng, city: string, district: readonly [string, string]): SeedAddress {
  const place = cnPlaces[city]!;
  const estate = prng.chance(0.7) ? `${prng.pick(cnEstates)}${prng.int(1, 30)}栋${prng.int(1, 3)}单元${prng.int(2, 32)}${pad(prng.int(1, 4), 2)}室` : '';
  return {
    country: 'CN',
    region: place.province,
    city: place.city,
    district: district[0],
    street: `${prng.pick(cnStreets)}${prng.int(1, 300)}号${estate}`,
    postcode: `${place.postcode}${prng.digits(3)}`,
  };
}

function ukAddress(prng: Prng, city: string): SeedAddress {
  const outward = prng.pick(ukPostcodes[city] ?? ['EC1A']);
  const letters = 'ABDEFGHJLNPQRSTUWXYZ';
  return {
    country: 'GB',
    region: null,
    city,
    district: null,
    street: `${prng.chance(0.2) ? `Flat ${prng.int(1, 24)}, ` : ''}${prng.int(1, 220)} ${prng.pick(ukStreets)}`,
    postcode: `${outward} ${prng.int(1, 9)}${letters[prng.int(0, letters.length - 1)]}${letters[prng.int(0, letters.length - 1)]}`,
  };
}

function usAddress(prng: Prng, city: string): SeedAddress {
  const place = usPlaces[city] ?? { state: 'NY', zip: '100' };
  return {
    country: 'US',
    region: place.state,
    city,
    district: null,
    street: `${prng.int(10, 9800)} ${prng.pick(usStreets)}${prng.chance(0.4) ? `, Apt ${prng.int(1, 40)}${'ABCD'[prng.int(0, 3)]}` : ''}`,
    postcode: `${place.zip}${prng.digits(2)}`,
  };
}

/**
 * The personal data the original stream only drew a masked tail of: birth date, the full ID number,
 * the postal address, an email address (most customers have one). Drawn from the customer's own stream.
 */
export function customerIdentity(prng: Prng, input: { name: string; segment: CustomerSegment; city: string; region: Region; drawn: DrawnId; anchorMs: number }): CustomerIdentity {
  const { name, segment, city, region, drawn, anchorMs } = input;
  const birth = birthMs(prng, segment, anchorMs);
  let idNumber: string;
  let birthDate: string | null = isoDate(birth);
  let address: SeedAddress;
  if (region === 'cn') {
    const place = cnPlaces[city]!;
    // Every district of the city shares the ID prefix the original stream drew for it.
    const home = prng.pick(place.districts);
    if (drawn.idType === 'business_licence') {
      let org = '';
      for (let i = 0; i < 6; i++) org += LICENCE_CHARS[prng.int(0, LICENCE_CHARS.length - 1)];
      idNumber = `91${home[1]}${org}${drawn.tail}`;
      birthDate = null;
    } else {
      ({ idNumber, birthDate } = residentId(home[1], birth, drawn.tail));
    }
    address = cnAddress(prng, city, home);
  } else {
    if (drawn.idType === 'passport') {
      idNumber = `${prng.int(1, 9)}${prng.digits(4)}${drawn.tail}`;
    } else if (region === 'uk') {
      const surname = (name.split(' ').pop() ?? 'SMITH').toUpperCase().replace(/[^A-Z]/g, '').padEnd(5, '9').slice(0, 5);
      // DVLA's layout: surname, decade, month, day, year, initial, then (here) the drawn tail.
      const date = birthDate.replace(/-/g, '');
      idNumber = `${surname}${date.slice(2, 3)}${date.slice(4, 6)}${date.slice(6, 8)}${date.slice(3, 4)}${name[0]!.toUpperCase()}${drawn.tail}`;
    } else {
      idNumber = `${'ABDGHKLMPS'[prng.int(0, 9)]}${prng.digits(8)}${drawn.tail}`;
    }
    address = region === 'uk' ? ukAddress(prng, city) : usAddress(prng, city);
  }
  const email = prng.chance(segment === 'senior' ? 0.4 : 0.85) ? emailFor(prng, name, region) : null;
  return { birthDate, idNumber, address, email };
}
