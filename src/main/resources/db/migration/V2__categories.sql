-- The seed list of categories; an administrator edits them later.
INSERT INTO category (code, name_en, name_cy, is_sensitive, active, sort_order) VALUES
 ('anti-social-behaviour', 'Anti-social behaviour', 'Ymddygiad gwrthgymdeithasol', FALSE, TRUE, 10),
 ('drug-dealing', 'Drug dealing', 'Delio cyffuriau', FALSE, TRUE, 20),
 ('speeding', 'Speeding and road safety', 'Goryrru a diogelwch ar y ffyrdd', FALSE, TRUE, 30),
 ('fly-tipping', 'Fly-tipping and litter', 'Tipio anghyfreithlon a sbwriel', FALSE, TRUE, 40),
 ('street-lighting', 'Street lighting', 'Goleuadau stryd', FALSE, TRUE, 50),
 ('youth-nuisance', 'Youth nuisance', 'Niwsans gan bobl ifanc', FALSE, TRUE, 60),
 ('vandalism-graffiti', 'Vandalism and graffiti', 'Fandaliaeth a graffiti', FALSE, TRUE, 70),
 ('hate-incident', 'Hate incident', 'Digwyddiad casineb', TRUE, TRUE, 80),
 ('domestic-abuse', 'Domestic abuse', 'Cam-drin domestig', TRUE, TRUE, 90);
