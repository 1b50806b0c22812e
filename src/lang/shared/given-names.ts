/**
 * Common given names across many cultures, as written. Language-neutral data shared by every pack:
 * a name that is a given name in a German text is one in an English text too. Packs may add their own.
 * Written for claimdiff from general knowledge; a name here is evidence, not proof (the next word must look like a surname).
 */
export const INTERNATIONAL_GIVEN_NAMES: readonly string[] = [
  // English-speaking countries
  'Aaron', 'Adam', 'Alan', 'Albert', 'Alexander', 'Alice', 'Alison', 'Amanda', 'Amy', 'Andrew', 'Angela', 'Ann', 'Anna', 'Anne', 'Anthony',
  'Barbara', 'Ben', 'Benjamin', 'Bernie', 'Beth', 'Betty', 'Bill', 'Bob', 'Boris', 'Brian', 'Bruce', 'Carl', 'Carol', 'Caroline', 'Catherine',
  'Charles', 'Charlotte', 'Chris', 'Christina', 'Christopher', 'Chuck', 'Claire', 'Daniel', 'David', 'Deborah', 'Dennis', 'Diana', 'Donald',
  'Donna', 'Dorothy', 'Douglas', 'Edward', 'Elizabeth', 'Ellen', 'Emily', 'Emma', 'Eric', 'Frank', 'Gary', 'George', 'Grace', 'Gregory',
  'Hannah', 'Harold', 'Harry', 'Heather', 'Helen', 'Henry', 'Hillary', 'Ian', 'Jack', 'Jacob', 'James', 'Jane', 'Janet', 'Jason', 'Jeff',
  'Jeffrey', 'Jennifer', 'Jeremy', 'Jessica', 'Jill', 'Jim', 'Joe', 'John', 'Jonathan', 'Joseph', 'Joshua', 'Joyce', 'Judith', 'Julia',
  'Justin', 'Kamala', 'Karen', 'Kate', 'Katherine', 'Keir', 'Kelly', 'Kenneth', 'Kevin', 'Kimberly', 'Larry', 'Laura', 'Linda', 'Lisa',
  'Liz', 'Margaret', 'Maria', 'Marie', 'Mark', 'Martha', 'Mary', 'Matthew', 'Megan', 'Melissa', 'Michael', 'Michelle', 'Mike', 'Nancy',
  'Nicholas', 'Nicola', 'Olivia', 'Patricia', 'Patrick', 'Paul', 'Peter', 'Philip', 'Rachel', 'Rebecca', 'Richard', 'Rishi', 'Robert',
  'Ronald', 'Ruth', 'Ryan', 'Samuel', 'Sandra', 'Sarah', 'Scott', 'Sharon', 'Stephen', 'Steven', 'Susan', 'Theresa', 'Thomas', 'Timothy',
  'Tom', 'Tony', 'Victoria', 'Walter', 'William',
  // German-speaking countries
  'Alexandra', 'Andrea', 'Andreas', 'Angelika', 'Annalena', 'Armin', 'Birgit', 'Boris', 'Christian', 'Christine', 'Claudia', 'Dieter',
  'Dirk', 'Elke', 'Florian', 'Franz', 'Friedrich', 'Gerhard', 'Gregor', 'Günter', 'Hans', 'Heike', 'Heinz', 'Helmut', 'Horst', 'Hubertus',
  'Jens', 'Joachim', 'Johann', 'Johannes', 'Jörg', 'Jürgen', 'Karl', 'Karin', 'Katarina', 'Katrin', 'Klaus', 'Kurt', 'Lars', 'Lukas',
  'Manfred', 'Manuela', 'Markus', 'Martin', 'Matthias', 'Monika', 'Nancy', 'Olaf', 'Petra', 'Philipp', 'Ralf', 'Renate', 'Robert',
  'Sabine', 'Sahra', 'Sebastian', 'Stefan', 'Stephan', 'Susanne', 'Sven', 'Thorsten', 'Ulrich', 'Ursula', 'Uwe', 'Volker', 'Werner',
  'Wolfgang', 'Frank-Walter', 'Karl-Heinz', 'Hans-Peter', 'Friedrich-Wilhelm', 'Cem', 'Winfried', 'Markus', 'Hendrik', 'Julia', 'Lena',
  // French, Italian, Spanish, Portuguese
  'Alain', 'Antoine', 'Bernard', 'Emmanuel', 'François', 'Jacques', 'Jean', 'Jean-Claude', 'Jean-Luc', 'Jean-Marie', 'Jean-Pierre', 'Marine',
  'Michel', 'Nicolas', 'Olivier', 'Pierre', 'Ségolène', 'Valérie', 'Gabriel', 'Édouard', 'Elisabeth', 'Giorgia', 'Giuseppe', 'Giovanni',
  'Luca', 'Marco', 'Matteo', 'Mario', 'Sergio', 'Silvio', 'Francesca', 'Alessandro', 'Pedro', 'Pablo', 'Carlos', 'José', 'Juan', 'Luis',
  'Javier', 'Miguel', 'Antonio', 'Manuel', 'Isabel', 'Carmen', 'Lula', 'Luiz', 'Inácio', 'Jair', 'Dilma', 'Claudia', 'Andrés', 'Javier',
  'Gustavo', 'Nicolás', 'Cristina', 'Mauricio', 'Alberto', 'Fernando', 'Felipe', 'Rafael', 'Ricardo', 'Rodrigo', 'Sebastián',
  'Elena', 'Lucía', 'Lucia', 'Sofía', 'Sofia', 'Diego', 'Ana', 'Alejandra', 'Beatriz', 'Raquel', 'Paula', 'Inés', 'Valentina',
  // Spanish and Filipino given names frequent before particle surnames ("de la Cruz", "de los Santos").
  'Marisol', 'Maricel', 'Rosario', 'Lourdes', 'Dolores', 'Guadalupe', 'Consuelo', 'Imelda', 'Corazon', 'Gloria', 'Teresa', 'Ximena',
  // Dutch, Scandinavian, Baltic
  'Mark', 'Geert', 'Dick', 'Wopke', 'Ursula', 'Mette', 'Magdalena', 'Ulf', 'Jonas', 'Erna', 'Sanna', 'Petteri', 'Alexander', 'Kaja',
  'Gitanas', 'Edgars', 'Lars', 'Ingrid', 'Anders', 'Olof', 'Stefan', 'Henrik', 'Sauli', 'Jens',
  // Eastern Europe and Russia
  'Vladimir', 'Dmitry', 'Dmitri', 'Sergei', 'Sergey', 'Alexei', 'Alexey', 'Mikhail', 'Nikolai', 'Yevgeny', 'Yulia', 'Olena', 'Volodymyr',
  'Petro', 'Viktor', 'Andrzej', 'Donald', 'Mateusz', 'Jarosław', 'Lech', 'Karol', 'Václav', 'Petr', 'Andrej', 'Zuzana', 'Klaus',
  'Maia', 'Aleksandar', 'Milorad', 'Recep', 'Ahmet', 'Ekrem', 'Kemal', 'Mustafa', 'Mehmet', 'Ayşe', 'Fatma', 'Orhan', 'Ilham',
  'Nikol', 'Alexander', 'Valery', 'Kirill', 'Anatoly', 'Boris', 'Svetlana', 'Tatiana', 'Natalia', 'Irina', 'Olga', 'Igor', 'Oleg',
  // Arabic, Persian, Hebrew
  'Abdullah', 'Ahmed', 'Ali', 'Bashar', 'Hassan', 'Hussein', 'Ibrahim', 'Khalid', 'Mahmoud', 'Mohamed', 'Mohammed', 'Muhammad', 'Omar',
  'Salman', 'Tamim', 'Yasser', 'Ismail', 'Abdel', 'Fattah', 'Hosni', 'Anwar', 'Masoud', 'Hassan', 'Ebrahim', 'Javad', 'Ali-Akbar',
  'Benjamin', 'Yair', 'Naftali', 'Isaac', 'Yitzhak', 'Golda', 'Shimon', 'Ehud', 'Benny', 'Avigdor', 'Yoav', 'Itamar', 'Bezalel',
  // South Asia
  'Narendra', 'Rahul', 'Sonia', 'Indira', 'Amit', 'Arvind', 'Priya', 'Raj', 'Sanjay', 'Shehbaz', 'Imran', 'Nawaz', 'Benazir',
  'Ranil', 'Mahinda', 'Gotabaya', 'Anura', 'Pushpa', 'Muhammad', 'Sundar', 'Satya',
  // East and Southeast Asia (given names as written in Western press)
  'Shinzo', 'Sanae', 'Fumio', 'Yoshihide', 'Shigeru', 'Taro', 'Yoko', 'Hideki', 'Haruki', 'Hiroshi', 'Kenji', 'Takeshi', 'Yuki', 'Naomi',
  'Junichiro', 'Yukio', 'Naoto', 'Koichi', 'Katsuya', 'Toshimitsu', 'Yoshimasa', 'Shohei', 'Akira', 'Masahiro', 'Kazuo', 'Makoto',
  'Jinping', 'Keqiang', 'Qiang', 'Yi', 'Jiechi', 'Wenbo', 'Ching-te', 'Ing-wen', 'Jae-in', 'Suk-yeol', 'Jae-myung', 'Jong-un', 'Yo-jong',
  'Ferdinand', 'Rodrigo', 'Joko', 'Prabowo', 'Anwar', 'Lawrence', 'Hun', 'Paetongtarn', 'Srettha', 'Thaksin', 'Aung', 'Min',
  // Africa
  'Cyril', 'Jacob', 'Nelson', 'Thabo', 'Bola', 'Muhammadu', 'Goodluck', 'Olusegun', 'Uhuru', 'William', 'Raila', 'Abiy', 'Paul',
  'Yoweri', 'Emmerson', 'Robert', 'Nana', 'John', 'Macky', 'Bassirou', 'Alassane', 'Félix', 'Denis', 'Kaïs', 'Abdelmadjid', 'Samia',
  'Hakainde', 'Ngozi', 'Chimamanda', 'Wole', 'Kofi', 'Ama', 'Kwame', 'Amina', 'Fatima', 'Aisha',
  // Others frequent in international news
  'Justin', 'Pierre', 'Anthony', 'Jacinda', 'Chris', 'Malcolm', 'Scott', 'Kevin', 'Penny', 'Jair', 'Javier', 'Claudia', 'Gabriel',
  'Xiomara', 'Nayib', 'Daniel', 'Evo', 'Hugo', 'Fidel', 'Raúl', 'Miguel', 'Elon', 'Jeff', 'Warren', 'Sam', 'Satya', 'Tim', 'Sundar',
  'Mark', 'Sheryl', 'Lina', 'Janet', 'Jerome', 'Christine', 'Kristalina', 'António', 'Volker', 'Josep', 'Kaja', 'Roberta',
  // More English given names, older and current, that news stories name often.
  'Edwin', 'Edmund', 'Eleanor', 'Graham', 'Gordon', 'Hugh', 'Keith', 'Neil', 'Nigel', 'Rosa', 'Lucy', 'Sophia', 'Isabella', 'Abigail',
  'Evelyn', 'Harriet', 'Lydia', 'Gwen', 'Owen', 'Rhys', 'Gareth', 'Fiona', 'Siobhan', 'Declan', 'Sean', 'Niamh', 'Connor', 'Callum',
  // Polish, Czech, Slovak, Hungarian, Romanian (with and without their diacritics).
  'Krzysztof', 'Piotr', 'Tomasz', 'Paweł', 'Pawel', 'Marek', 'Grzegorz', 'Wojciech', 'Zbigniew', 'Łukasz', 'Lukasz', 'Michał', 'Michal',
  'Jakub', 'Szymon', 'Agnieszka', 'Katarzyna', 'Małgorzata', 'Malgorzata', 'Joanna', 'Ewa', 'Marta', 'Jiří', 'Jiri', 'Tomáš', 'Tomas',
  'Zoltán', 'László', 'Laszlo', 'Péter', 'Ion', 'Nicolae', 'Mihai', 'Ioana',
  // Ukrainian and Belarusian in German and English transliteration.
  'Andrij', 'Andrii', 'Andriy', 'Oleksandr', 'Oleksij', 'Oleksii', 'Dmytro', 'Mykola', 'Mykhailo', 'Serhij', 'Serhii', 'Serhiy', 'Taras',
  'Oksana', 'Julija', 'Yuliia', 'Iryna', 'Denys', 'Witali', 'Vitali', 'Vitaliy', 'Wolodymyr', 'Wladimir', 'Swetlana', 'Alexander',
  // East African given names frequent in sports and politics reporting.
  'Eliud', 'Amos', 'Wilson', 'Kelvin', 'Hellen', 'Beatrice', 'Peres', 'Brigid', 'Mercy', 'Evans', 'Geoffrey', 'Moses', 'Joshua',
  // Scandinavian and Finnish given names.
  'Jan', 'Hanna', 'Astrid', 'Sigrid', 'Nils', 'Björn', 'Erik', 'Magnus', 'Mikael', 'Johanna', 'Kirsti', 'Pekka', 'Antti', 'Mika',
];
