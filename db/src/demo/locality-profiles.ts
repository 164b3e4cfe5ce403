/**
 * What makes the 13 localities differ in the demo: size (share of England's doctors in training,
 * in proportion to the real deaneries — London's three and the North West largest, Wessex and
 * Thames Valley smallest) and the towns their employers are named after.
 */
import type { LocalityCode } from '@ldm/shared';

export interface LocalityProfile {
  code: LocalityCode;
  /** Relative size: roughly the percentage of England's trainees. */
  weight: number;
  towns: readonly string[];
}

export const LOCALITY_PROFILES: readonly LocalityProfile[] = [
  { code: 'NE', weight: 6, towns: ['Newcastle', 'Sunderland', 'Gateshead', 'Durham', 'Darlington', 'Middlesbrough', 'South Tyneside', 'Northumbria', 'North Tees', 'Carlisle', 'Hartlepool', 'Bishop Auckland'] },
  { code: 'YH', weight: 9, towns: ['Leeds', 'Sheffield', 'Bradford', 'Hull', 'York', 'Doncaster', 'Rotherham', 'Barnsley', 'Harrogate', 'Calderdale', 'Wakefield', 'Scarborough'] },
  { code: 'NW', weight: 12.5, towns: ['Manchester', 'Liverpool', 'Salford', 'Preston', 'Lancaster', 'Blackpool', 'Bolton', 'Wigan', 'Stockport', 'Warrington', 'Chester', 'Wirral', 'Blackburn', 'Oldham'] },
  { code: 'EM', weight: 7, towns: ['Nottingham', 'Leicester', 'Derby', 'Lincoln', 'Northampton', 'Kettering', 'Chesterfield', 'Boston', 'Mansfield', 'Grantham', 'Loughborough', 'Sherwood'] },
  { code: 'WM', weight: 9, towns: ['Birmingham', 'Coventry', 'Wolverhampton', 'Stoke-on-Trent', 'Worcester', 'Hereford', 'Shrewsbury', 'Walsall', 'Dudley', 'Sandwell', 'Warwick', 'Burton'] },
  { code: 'EOE', weight: 8, towns: ['Cambridge', 'Norwich', 'Ipswich', 'Colchester', 'Peterborough', 'Bedford', 'Luton', 'Chelmsford', 'Southend', 'Basildon', "King's Lynn", 'Watford'] },
  { code: 'NCEL', weight: 10, towns: ['Whitechapel', 'Whittington', 'Hampstead', 'Homerton', 'North Middlesex', 'Barking', 'Havering', 'Newham', 'Islington', 'Camden', 'Enfield', 'Barnet'] },
  { code: 'NWL', weight: 7, towns: ['Paddington', 'Chelsea', 'Hillingdon', 'Ealing', 'Northwick Park', 'Brent', 'Hammersmith', 'Harrow', 'Hounslow', 'West Middlesex', 'Kensington', 'Charing Cross'] },
  { code: 'SL', weight: 9, towns: ['Denmark Hill', 'Lambeth', 'Tooting', 'Lewisham', 'Croydon', 'Kingston', 'Greenwich', 'Bromley', 'Southwark', 'Sutton', 'Epsom', 'Woolwich'] },
  { code: 'KSS', weight: 7, towns: ['Brighton', 'Canterbury', 'Maidstone', 'Tunbridge Wells', 'Guildford', 'Crawley', 'Dartford', 'Medway', 'Chichester', 'Eastbourne', 'Ashford', 'Redhill'] },
  { code: 'TV', weight: 4, towns: ['Oxford', 'Reading', 'Milton Keynes', 'Buckingham', 'High Wycombe', 'Banbury', 'Slough', 'Aylesbury', 'Abingdon', 'Bicester', 'Wallingford', 'Wantage'] },
  { code: 'WX', weight: 4.5, towns: ['Southampton', 'Portsmouth', 'Bournemouth', 'Poole', 'Winchester', 'Basingstoke', 'Salisbury', 'Dorchester', 'Isle of Wight', 'Andover', 'Weymouth', 'Lymington'] },
  { code: 'SW', weight: 7, towns: ['Bristol', 'Plymouth', 'Exeter', 'Truro', 'Bath', 'Gloucester', 'Cheltenham', 'Taunton', 'Yeovil', 'Torbay', 'Barnstaple', 'Swindon'] },
];

export const TOTAL_LOCALITY_WEIGHT = LOCALITY_PROFILES.reduce((sum, p) => sum + p.weight, 0);
