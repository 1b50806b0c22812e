/**
 * Places as German texts write them: countries, regions and major cities (also forms borrowed from English).
 * Written for claimdiff from general knowledge. Used to keep place names out of person detection.
 */
export const places: readonly string[] = [
  // Countries and states
  'Afghanistan', 'Ägypten', 'Albanien', 'Algerien', 'Angola', 'Argentinien', 'Armenien', 'Aserbaidschan', 'Äthiopien', 'Australien',
  'Bangladesch', 'Belarus', 'Belgien', 'Bolivien', 'Bosnien', 'Brasilien', 'Bulgarien', 'Chile', 'China', 'Costa Rica', 'Dänemark',
  'Deutschland', 'Ecuador', 'Elfenbeinküste', 'Estland', 'Finnland', 'Frankreich', 'Georgien', 'Ghana', 'Griechenland', 'Großbritannien',
  'Guatemala', 'Indien', 'Indonesien', 'Irak', 'Iran', 'Irland', 'Island', 'Israel', 'Italien', 'Jamaika', 'Japan', 'Jemen', 'Jordanien',
  'Kambodscha', 'Kamerun', 'Kanada', 'Kasachstan', 'Katar', 'Kenia', 'Kirgisistan', 'Kolumbien', 'Kongo', 'Kosovo', 'Kroatien', 'Kuba',
  'Kuwait', 'Laos', 'Lettland', 'Libanon', 'Libyen', 'Litauen', 'Luxemburg', 'Malaysia', 'Mali', 'Marokko', 'Mexiko', 'Moldau',
  'Mongolei', 'Montenegro', 'Mosambik', 'Myanmar', 'Namibia', 'Nepal', 'Neuseeland', 'Niederlande', 'Niger', 'Nigeria', 'Nordkorea',
  'Nordmazedonien', 'Norwegen', 'Oman', 'Österreich', 'Pakistan', 'Palästina', 'Panama', 'Paraguay', 'Peru', 'Philippinen', 'Polen',
  'Portugal', 'Ruanda', 'Rumänien', 'Russland', 'Saudi-Arabien', 'Schottland', 'Schweden', 'Schweiz', 'Senegal', 'Serbien', 'Simbabwe',
  'Singapur', 'Slowakei', 'Slowenien', 'Somalia', 'Spanien', 'Sri Lanka', 'Südafrika', 'Sudan', 'Südkorea', 'Südsudan', 'Syrien',
  'Taiwan', 'Tansania', 'Thailand', 'Tschechien', 'Tunesien', 'Türkei', 'Turkmenistan', 'Uganda', 'Ukraine', 'Ungarn', 'Uruguay',
  'Usbekistan', 'Venezuela', 'Vietnam', 'Wales', 'England', 'Zypern', 'Vereinigte Staaten', 'Vereinigten Staaten', 'Vereinigtes Königreich',
  'Vereinigten Königreich', 'Vereinigte Arabische Emirate', 'Vereinigten Arabischen Emiraten', 'Amerika', 'Europa', 'Asien', 'Afrika',
  'Nahost', 'Ozeanien', 'Lateinamerika', 'Nordamerika', 'Südamerika', 'Gaza', 'Gazastreifen', 'Westjordanland', 'Krim', 'Donbass',
  'Hongkong', 'Macau', 'Tibet', 'Xinjiang', 'Grönland', 'Arktis', 'Antarktis', 'Sahara', 'Balkan', 'Skandinavien', 'Kaukasus', 'Sibirien',
  // German states and regions
  'Bayern', 'Baden-Württemberg', 'Berlin', 'Brandenburg', 'Bremen', 'Hamburg', 'Hessen', 'Mecklenburg-Vorpommern', 'Niedersachsen',
  'Nordrhein-Westfalen', 'Rheinland-Pfalz', 'Saarland', 'Sachsen', 'Sachsen-Anhalt', 'Schleswig-Holstein', 'Thüringen', 'Ruhrgebiet',
  // Cities
  'Tokio', 'Osaka', 'Kyoto', 'Hiroshima', 'Peking', 'Schanghai', 'Shanghai', 'Shenzhen', 'Wuhan', 'Seoul', 'Pjöngjang', 'Taipeh',
  'Busan', 'Gyeongju', 'Manila', 'Jakarta', 'Bangkok', 'Hanoi', 'Neu-Delhi', 'Delhi', 'Mumbai', 'Islamabad', 'Kabul', 'Teheran',
  'Bagdad', 'Damaskus', 'Beirut', 'Jerusalem', 'Tel Aviv', 'Riad', 'Doha', 'Dubai', 'Abu Dhabi', 'Ankara', 'Istanbul', 'Kairo',
  'Moskau', 'Sankt Petersburg', 'Kiew', 'Charkiw', 'Odessa', 'Minsk', 'Warschau', 'Prag', 'Wien', 'Budapest', 'Bukarest', 'Sofia',
  'Belgrad', 'Athen', 'Rom', 'Mailand', 'Madrid', 'Barcelona', 'Lissabon', 'Paris', 'Brüssel', 'Amsterdam', 'Den Haag', 'London',
  'Dublin', 'Edinburgh', 'Kopenhagen', 'Stockholm', 'Oslo', 'Helsinki', 'Zürich', 'Genf', 'Bern', 'München', 'Köln', 'Frankfurt',
  'Stuttgart', 'Düsseldorf', 'Dresden', 'Leipzig', 'Hannover', 'Nürnberg', 'Dortmund', 'Essen', 'Bonn', 'Straßburg', 'Luxemburg',
  'Washington', 'New York', 'Los Angeles', 'Chicago', 'San Francisco', 'Miami', 'Boston', 'Houston', 'Texas', 'Kalifornien', 'Florida',
  'Ottawa', 'Toronto', 'Mexiko-Stadt', 'Havanna', 'Caracas', 'Bogotá', 'Lima', 'Santiago', 'Buenos Aires', 'Brasília', 'São Paulo',
  'Rio de Janeiro', 'Sydney', 'Canberra', 'Melbourne', 'Wellington', 'Nairobi', 'Lagos', 'Abuja', 'Addis Abeba', 'Johannesburg',
  'Kapstadt', 'Pretoria', 'Khartum', 'Algier', 'Tunis', 'Rabat', 'Davos', 'Singapur', 'Kuala Lumpur', 'Kinshasa', 'Mogadischu',
];

/** All-caps abbreviations that name places rather than organisations. */
export const placeAcronyms: readonly string[] = ['USA', 'US', 'UK', 'VAE', 'BRD', 'DDR', 'NRW', 'EU-Staaten'];
