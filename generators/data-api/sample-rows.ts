/**
 * The sample data set of the data API, in one place: the generated service
 * gets it as a TypeScript constant, a DynamoDB seed file or an SQL migration,
 * depending on where its rows live.
 */
export interface SampleRow {
  id: number;
  country: string;
  isoCode: string;
  capital: string;
  populationMillions: number;
}

export const sampleRows: readonly SampleRow[] = [
  { id: 1, country: 'Austria', isoCode: 'AT', capital: 'Vienna', populationMillions: 9.1 },
  { id: 2, country: 'Belgium', isoCode: 'BE', capital: 'Brussels', populationMillions: 11.8 },
  { id: 3, country: 'Bulgaria', isoCode: 'BG', capital: 'Sofia', populationMillions: 6.4 },
  { id: 4, country: 'Croatia', isoCode: 'HR', capital: 'Zagreb', populationMillions: 3.9 },
  { id: 5, country: 'Cyprus', isoCode: 'CY', capital: 'Nicosia', populationMillions: 0.9 },
  { id: 6, country: 'Czechia', isoCode: 'CZ', capital: 'Prague', populationMillions: 10.9 },
  { id: 7, country: 'Denmark', isoCode: 'DK', capital: 'Copenhagen', populationMillions: 5.9 },
  { id: 8, country: 'Estonia', isoCode: 'EE', capital: 'Tallinn', populationMillions: 1.4 },
  { id: 9, country: 'Finland', isoCode: 'FI', capital: 'Helsinki', populationMillions: 5.6 },
  { id: 10, country: 'France', isoCode: 'FR', capital: 'Paris', populationMillions: 68.4 },
  { id: 11, country: 'Germany', isoCode: 'DE', capital: 'Berlin', populationMillions: 84.4 },
  { id: 12, country: 'Greece', isoCode: 'GR', capital: 'Athens', populationMillions: 10.4 },
  { id: 13, country: 'Hungary', isoCode: 'HU', capital: 'Budapest', populationMillions: 9.6 },
  { id: 14, country: 'Ireland', isoCode: 'IE', capital: 'Dublin', populationMillions: 5.3 },
  { id: 15, country: 'Italy', isoCode: 'IT', capital: 'Rome', populationMillions: 59.0 },
  { id: 16, country: 'Latvia', isoCode: 'LV', capital: 'Riga', populationMillions: 1.9 },
  { id: 17, country: 'Lithuania', isoCode: 'LT', capital: 'Vilnius', populationMillions: 2.9 },
  { id: 18, country: 'Luxembourg', isoCode: 'LU', capital: 'Luxembourg', populationMillions: 0.7 },
  { id: 19, country: 'Malta', isoCode: 'MT', capital: 'Valletta', populationMillions: 0.6 },
  { id: 20, country: 'Netherlands', isoCode: 'NL', capital: 'Amsterdam', populationMillions: 17.9 },
  { id: 21, country: 'Poland', isoCode: 'PL', capital: 'Warsaw', populationMillions: 36.8 },
  { id: 22, country: 'Portugal', isoCode: 'PT', capital: 'Lisbon', populationMillions: 10.5 },
  { id: 23, country: 'Romania', isoCode: 'RO', capital: 'Bucharest', populationMillions: 19.1 },
  { id: 24, country: 'Slovakia', isoCode: 'SK', capital: 'Bratislava', populationMillions: 5.4 },
  { id: 25, country: 'Slovenia', isoCode: 'SI', capital: 'Ljubljana', populationMillions: 2.1 },
  { id: 26, country: 'Spain', isoCode: 'ES', capital: 'Madrid', populationMillions: 48.6 },
  { id: 27, country: 'Sweden', isoCode: 'SE', capital: 'Stockholm', populationMillions: 10.6 },
];
