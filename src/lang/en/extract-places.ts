/**
 * Places as English texts write them: countries, regions and major cities.
 * Written for claimdiff from general knowledge. Used to keep place names out of person detection.
 */
export const places: readonly string[] = [
  // Countries and states
  'Afghanistan', 'Albania', 'Algeria', 'Angola', 'Argentina', 'Armenia', 'Australia', 'Austria', 'Azerbaijan', 'Bangladesh', 'Belarus',
  'Belgium', 'Bolivia', 'Bosnia', 'Brazil', 'Britain', 'Great Britain', 'Bulgaria', 'Cambodia', 'Cameroon', 'Canada', 'Chile', 'China',
  'Colombia', 'Congo', 'Costa Rica', 'Croatia', 'Cuba', 'Cyprus', 'Czech Republic', 'Czechia', 'Denmark', 'Ecuador', 'Egypt', 'England',
  'Estonia', 'Ethiopia', 'Finland', 'France', 'Georgia', 'Germany', 'Ghana', 'Greece', 'Greenland', 'Guatemala', 'Hungary', 'Iceland',
  'India', 'Indonesia', 'Iran', 'Iraq', 'Ireland', 'Israel', 'Italy', 'Ivory Coast', 'Jamaica', 'Japan', 'Jordan', 'Kazakhstan', 'Kenya',
  'Kosovo', 'Kuwait', 'Kyrgyzstan', 'Laos', 'Latvia', 'Lebanon', 'Libya', 'Lithuania', 'Luxembourg', 'Malaysia', 'Mali', 'Mexico',
  'Moldova', 'Mongolia', 'Montenegro', 'Morocco', 'Mozambique', 'Myanmar', 'Namibia', 'Nepal', 'Netherlands', 'New Zealand', 'Niger',
  'Nigeria', 'North Korea', 'North Macedonia', 'Norway', 'Oman', 'Pakistan', 'Palestine', 'Panama', 'Paraguay', 'Peru', 'Philippines',
  'Poland', 'Portugal', 'Qatar', 'Romania', 'Russia', 'Rwanda', 'Saudi Arabia', 'Scotland', 'Senegal', 'Serbia', 'Singapore', 'Slovakia',
  'Slovenia', 'Somalia', 'South Africa', 'South Korea', 'South Sudan', 'Spain', 'Sri Lanka', 'Sudan', 'Sweden', 'Switzerland', 'Syria',
  'Taiwan', 'Tanzania', 'Thailand', 'Tunisia', 'Turkey', 'Türkiye', 'Turkmenistan', 'Uganda', 'Ukraine', 'United Arab Emirates',
  'United Kingdom', 'United States', 'Uruguay', 'Uzbekistan', 'Venezuela', 'Vietnam', 'Wales', 'Yemen', 'Zambia', 'Zimbabwe', 'America',
  'Europe', 'Asia', 'Africa', 'Middle East', 'Latin America', 'North America', 'South America', 'Oceania', 'Gaza', 'Gaza Strip',
  'West Bank', 'Crimea', 'Donbas', 'Hong Kong', 'Macau', 'Tibet', 'Xinjiang', 'Arctic', 'Antarctica', 'Sahara', 'Balkans', 'Scandinavia',
  'Caucasus', 'Siberia', 'Bavaria', 'California', 'Texas', 'Florida', 'Ohio', 'Michigan', 'Pennsylvania', 'Arizona', 'Nevada', 'Alaska',
  'Hawaii', 'Quebec', 'Ontario', 'Kashmir', 'Punjab', 'Kurdistan', 'Catalonia', 'Normandy', 'Silicon Valley',
  // Cities
  'Tokyo', 'Osaka', 'Kyoto', 'Hiroshima', 'Beijing', 'Shanghai', 'Shenzhen', 'Wuhan', 'Seoul', 'Pyongyang', 'Taipei', 'Busan', 'Gyeongju',
  'Manila', 'Jakarta', 'Bangkok', 'Hanoi', 'New Delhi', 'Delhi', 'Mumbai', 'Islamabad', 'Kabul', 'Tehran', 'Baghdad', 'Damascus',
  'Beirut', 'Jerusalem', 'Tel Aviv', 'Riyadh', 'Doha', 'Dubai', 'Abu Dhabi', 'Ankara', 'Istanbul', 'Cairo', 'Moscow', 'St Petersburg',
  'Kyiv', 'Kiev', 'Kharkiv', 'Odesa', 'Minsk', 'Warsaw', 'Prague', 'Vienna', 'Budapest', 'Bucharest', 'Sofia', 'Belgrade', 'Athens',
  'Rome', 'Milan', 'Madrid', 'Barcelona', 'Lisbon', 'Paris', 'Brussels', 'Amsterdam', 'The Hague', 'London', 'Dublin', 'Edinburgh',
  'Copenhagen', 'Stockholm', 'Oslo', 'Helsinki', 'Zurich', 'Geneva', 'Bern', 'Munich', 'Cologne', 'Frankfurt', 'Berlin', 'Hamburg',
  'Strasbourg', 'Washington', 'New York', 'Los Angeles', 'Chicago', 'San Francisco', 'Miami', 'Boston', 'Houston', 'Seattle', 'Atlanta',
  'Detroit', 'Philadelphia', 'Ottawa', 'Toronto', 'Vancouver', 'Montreal', 'Mexico City', 'Havana', 'Caracas', 'Bogota', 'Lima',
  'Santiago', 'Buenos Aires', 'Brasilia', 'Sao Paulo', 'Rio de Janeiro', 'Sydney', 'Canberra', 'Melbourne', 'Wellington', 'Nairobi',
  'Lagos', 'Abuja', 'Addis Ababa', 'Johannesburg', 'Cape Town', 'Pretoria', 'Khartoum', 'Algiers', 'Tunis', 'Rabat', 'Davos',
  'Kuala Lumpur', 'Kinshasa', 'Mogadishu', 'Gaza City', 'Rafah', 'Mariupol', 'Bakhmut',
];

/** All-caps abbreviations that name places rather than organisations. */
export const placeAcronyms: readonly string[] = ['USA', 'US', 'UK', 'UAE', 'DRC', 'NYC', 'DC'];
