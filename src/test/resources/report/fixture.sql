-- A small registry with known answers for the report's tests (ReportFixture runs schema.sql first).
-- Eleven events in ten articles: one meeting reported by KCNA and TASS (cluster c-meet-moscow), an
-- article that duplicates another's text (kcna-2024-10-01-dup), a planned visit (FUTURE), a statement
-- (no network edge) whose evidence holds markup to escape.
-- Network edges, asserted MEETING/VISIT/AGREEMENT_SIGNED/MESSAGE, a cluster counted once:
--   choe-son-hui–sergei-lavrov 2, kim-jong-un–vladimir-putin 2, and weight 1: choe-son-hui–RUS,
--   kim-jong-un–PRK, kim-jong-un–RUS, vladimir-putin–PRK, vladimir-putin–RUS, PRK–RUS,
--   kim-jong-un–xi-jinping, CHN–PRK.

INSERT INTO articles (article_id, title, source, section, url, published, dateline_place, dateline_date,
                      text_hash, duplicate_of, n_entities, n_events, warnings, loaded_at) VALUES
 ('kcna-2024-04-11-cn', 'Chinese Party and Government Delegation Arrives in Pyongyang', 'kcna.kp', 'Top News',
  'http://www.kcna.kp/en/article/q/cn0411.kcmsf', DATE '2024-04-11', 'Pyongyang', DATE '2024-04-11', 'h01', NULL, 3, 1, [], TIMESTAMP '2024-12-01 10:00:00'),
 ('kcna-2024-06-19-tr', 'DPRK-Russia Treaty on Comprehensive Strategic Partnership Signed', 'kcna.kp', 'Top News',
  'http://www.kcna.kp/en/article/q/tr0619.kcmsf', DATE '2024-06-19', 'Pyongyang', DATE '2024-06-19', 'h02', NULL, 5, 2, [], TIMESTAMP '2024-12-01 10:00:00'),
 ('tass-2024-07-11-lv', 'Lavrov, DPRK Foreign Minister Hold Talks in Pyongyang', 'tass.com', 'Politics',
  'https://tass.com/politics/0711', DATE '2024-07-11', NULL, NULL, 'h03', NULL, 3, 1, [], TIMESTAMP '2024-12-01 10:00:00'),
 ('kcna-2024-10-01-xi', 'Kim Jong Un Sends Message of Greeting to Xi Jinping', 'kcna.kp', 'Top News',
  'http://www.kcna.kp/en/article/q/xi1001.kcmsf', DATE '2024-10-01', 'Pyongyang', DATE '2024-10-01', 'h04', NULL, 3, 1, [], TIMESTAMP '2024-12-01 10:00:00'),
 ('kcna-2024-10-01-dup', 'Kim Jong Un Sends Message of Greeting to Xi Jinping', 'kcna.kp', 'Greetings',
  'http://www.kcna.kp/en/article/q/xi1001b.kcmsf', DATE '2024-10-01', 'Pyongyang', DATE '2024-10-01', 'h04', 'kcna-2024-10-01-xi', 3, 1, [], TIMESTAMP '2024-12-01 10:00:00'),
 ('kcna-2024-10-29-lv', 'DPRK Foreign Minister Leaves for Russia', 'kcna.kp', 'External',
  'http://www.kcna.kp/en/article/q/lv1029.kcmsf', DATE '2024-10-29', 'Pyongyang', DATE '2024-10-29', 'h05', NULL, 3, 1, [], TIMESTAMP '2024-12-01 10:00:00'),
 ('kcna-2024-11-01-mt', 'Choe Son Hui Holds Talks with Russian Foreign Minister', 'kcna.kp', 'External',
  'http://www.kcna.kp/en/article/q/mt1101.kcmsf', DATE '2024-11-02', 'Moscow', DATE '2024-11-01', 'h06', NULL, 4, 1, [], TIMESTAMP '2024-12-01 10:00:00'),
 ('tass-2024-11-01-mt', 'Lavrov Meets DPRK Counterpart in Moscow', 'tass.com', 'Politics',
  'https://tass.com/politics/1101', DATE '2024-11-01', NULL, NULL, 'h07', NULL, 4, 1, [], TIMESTAMP '2024-12-01 10:00:00'),
 ('tass-2024-11-01-pl', 'Lavrov Accepts Invitation to Visit Pyongyang', 'tass.com', 'Politics',
  'https://tass.com/politics/1101b', DATE '2024-11-01', NULL, NULL, 'h08', NULL, 2, 1, [], TIMESTAMP '2024-12-01 10:00:00'),
 ('kcna-2024-11-04-st', 'Press Statement of DPRK Foreign Minister', 'kcna.kp', 'External',
  'http://www.kcna.kp/en/article/q/st1104.kcmsf', DATE '2024-11-04', 'Pyongyang', DATE '2024-11-04', 'h09', NULL, 2, 1, ['dateline: agency missing'], TIMESTAMP '2024-12-01 10:00:00');

INSERT INTO entities (entity_key, article_id, entity_id, type, subtype, name, aliases, titles, affiliations, country, value, person_id, organization_id) VALUES
 ('kcna-2024-04-11-cn/e1', 'kcna-2024-04-11-cn', 'e1', 'LOCATION', 'COUNTRY', 'China', ['PRC'], NULL, NULL, 'CHN', NULL, NULL, NULL),
 ('kcna-2024-04-11-cn/e2', 'kcna-2024-04-11-cn', 'e2', 'LOCATION', 'COUNTRY', 'DPRK', [], NULL, NULL, 'PRK', NULL, NULL, NULL),
 ('kcna-2024-04-11-cn/e3', 'kcna-2024-04-11-cn', 'e3', 'LOCATION', 'CITY', 'Pyongyang', [], NULL, NULL, 'PRK', NULL, NULL, NULL),
 ('kcna-2024-06-19-tr/e1', 'kcna-2024-06-19-tr', 'e1', 'PERSON', NULL, 'Kim Jong Un', ['Kim Jong-un'], ['General Secretary of the Workers'' Party of Korea', 'President of the State Affairs of the DPRK'], NULL, 'PRK', NULL, 'kim-jong-un', NULL),
 ('kcna-2024-06-19-tr/e2', 'kcna-2024-06-19-tr', 'e2', 'PERSON', NULL, 'Vladimir Putin', [], ['President of the Russian Federation'], NULL, 'RUS', NULL, 'vladimir-putin', NULL),
 ('kcna-2024-06-19-tr/e3', 'kcna-2024-06-19-tr', 'e3', 'LOCATION', 'COUNTRY', 'DPRK', [], NULL, NULL, 'PRK', NULL, NULL, NULL),
 ('kcna-2024-06-19-tr/e4', 'kcna-2024-06-19-tr', 'e4', 'LOCATION', 'COUNTRY', 'Russian Federation', ['Russia'], NULL, NULL, 'RUS', NULL, NULL, NULL),
 ('kcna-2024-06-19-tr/e5', 'kcna-2024-06-19-tr', 'e5', 'LOCATION', 'CITY', 'Pyongyang', [], NULL, NULL, 'PRK', NULL, NULL, NULL),
 ('tass-2024-07-11-lv/e1', 'tass-2024-07-11-lv', 'e1', 'PERSON', NULL, 'Sergei Lavrov', [], ['Russian Foreign Minister'], NULL, 'RUS', NULL, 'sergei-lavrov', NULL),
 ('tass-2024-07-11-lv/e2', 'tass-2024-07-11-lv', 'e2', 'PERSON', NULL, 'Choe Son Hui', [], ['DPRK Foreign Minister'], NULL, 'PRK', NULL, 'choe-son-hui', NULL),
 ('tass-2024-07-11-lv/e3', 'tass-2024-07-11-lv', 'e3', 'LOCATION', 'CITY', 'Pyongyang', [], NULL, NULL, 'PRK', NULL, NULL, NULL),
 ('kcna-2024-10-01-xi/e1', 'kcna-2024-10-01-xi', 'e1', 'PERSON', NULL, 'Kim Jong Un', [], ['General Secretary of the Workers'' Party of Korea'], NULL, 'PRK', NULL, 'kim-jong-un', NULL),
 ('kcna-2024-10-01-xi/e2', 'kcna-2024-10-01-xi', 'e2', 'PERSON', NULL, 'Xi Jinping', [], ['General Secretary of the Central Committee of the Communist Party of China', 'President of the People''s Republic of China'], NULL, 'CHN', NULL, 'xi-jinping', NULL),
 ('kcna-2024-10-01-xi/e3', 'kcna-2024-10-01-xi', 'e3', 'LOCATION', 'COUNTRY', 'People''s Republic of China', ['China'], NULL, NULL, 'CHN', NULL, NULL, NULL),
 ('kcna-2024-10-01-dup/e1', 'kcna-2024-10-01-dup', 'e1', 'PERSON', NULL, 'Kim Jong Un', [], ['General Secretary of the Workers'' Party of Korea'], NULL, 'PRK', NULL, 'kim-jong-un', NULL),
 ('kcna-2024-10-01-dup/e2', 'kcna-2024-10-01-dup', 'e2', 'PERSON', NULL, 'Xi Jinping', [], ['President of the People''s Republic of China'], NULL, 'CHN', NULL, 'xi-jinping', NULL),
 ('kcna-2024-10-01-dup/e3', 'kcna-2024-10-01-dup', 'e3', 'LOCATION', 'COUNTRY', 'People''s Republic of China', ['China'], NULL, NULL, 'CHN', NULL, NULL, NULL),
 ('kcna-2024-10-29-lv/e1', 'kcna-2024-10-29-lv', 'e1', 'LOCATION', 'COUNTRY', 'DPRK', [], NULL, NULL, 'PRK', NULL, NULL, NULL),
 ('kcna-2024-10-29-lv/e2', 'kcna-2024-10-29-lv', 'e2', 'LOCATION', 'COUNTRY', 'Russian Federation', ['Russia'], NULL, NULL, 'RUS', NULL, NULL, NULL),
 ('kcna-2024-10-29-lv/e3', 'kcna-2024-10-29-lv', 'e3', 'PERSON', NULL, 'Choe Son Hui', [], ['minister of Foreign Affairs of the DPRK'], NULL, 'PRK', NULL, 'choe-son-hui', NULL),
 ('kcna-2024-11-01-mt/e1', 'kcna-2024-11-01-mt', 'e1', 'PERSON', NULL, 'Choe Son Hui', [], ['minister of Foreign Affairs of the DPRK'], NULL, 'PRK', NULL, 'choe-son-hui', NULL),
 ('kcna-2024-11-01-mt/e2', 'kcna-2024-11-01-mt', 'e2', 'PERSON', NULL, 'Sergei Lavrov', [], ['Minister of Foreign Affairs of the Russian Federation'], NULL, 'RUS', NULL, 'sergei-lavrov', NULL),
 ('kcna-2024-11-01-mt/e3', 'kcna-2024-11-01-mt', 'e3', 'LOCATION', 'CITY', 'Moscow', [], NULL, NULL, 'RUS', NULL, NULL, NULL),
 ('kcna-2024-11-01-mt/e4', 'kcna-2024-11-01-mt', 'e4', 'LOCATION', 'COUNTRY', 'Russian Federation', [], NULL, NULL, 'RUS', NULL, NULL, NULL),
 ('tass-2024-11-01-mt/e1', 'tass-2024-11-01-mt', 'e1', 'PERSON', NULL, 'Sergei Lavrov', [], ['Russian Foreign Minister'], NULL, 'RUS', NULL, 'sergei-lavrov', NULL),
 ('tass-2024-11-01-mt/e2', 'tass-2024-11-01-mt', 'e2', 'PERSON', NULL, 'Choe Son-hui', [], ['DPRK Foreign Minister'], NULL, 'PRK', NULL, 'choe-son-hui', NULL),
 ('tass-2024-11-01-mt/e3', 'tass-2024-11-01-mt', 'e3', 'LOCATION', 'CITY', 'Moscow', [], NULL, NULL, 'RUS', NULL, NULL, NULL),
 ('tass-2024-11-01-mt/e4', 'tass-2024-11-01-mt', 'e4', 'LOCATION', 'COUNTRY', 'DPRK', [], NULL, NULL, 'PRK', NULL, NULL, NULL),
 ('tass-2024-11-01-pl/e1', 'tass-2024-11-01-pl', 'e1', 'PERSON', NULL, 'Sergei Lavrov', [], ['Russian Foreign Minister'], NULL, 'RUS', NULL, 'sergei-lavrov', NULL),
 ('tass-2024-11-01-pl/e2', 'tass-2024-11-01-pl', 'e2', 'LOCATION', 'COUNTRY', 'DPRK', [], NULL, NULL, 'PRK', NULL, NULL, NULL),
 ('kcna-2024-11-04-st/e1', 'kcna-2024-11-04-st', 'e1', 'PERSON', NULL, 'Choe Son Hui', [], ['minister of Foreign Affairs of the DPRK'], NULL, 'PRK', NULL, 'choe-son-hui', NULL),
 ('kcna-2024-11-04-st/e2', 'kcna-2024-11-04-st', 'e2', 'LOCATION', 'COUNTRY', 'United States', ['U.S.'], NULL, NULL, 'USA', NULL, NULL, NULL);

INSERT INTO events (event_key, article_id, event_id, type, cameo, plover, date, location_key, location, modality,
                    confidence, rule, trigger_text, evidence, evidence_start, evidence_end, cluster_id) VALUES
 ('kcna-2024-04-11-cn/v1', 'kcna-2024-04-11-cn', 'v1', 'VISIT', '042', 'CONSULT', DATE '2024-04-11', 'kcna-2024-04-11-cn/e3', 'Pyongyang', 'ASSERTED',
  0.71, 'visit.arrive', 'arrived', 'A party and government delegation of China arrived in Pyongyang on Thursday for an official goodwill visit to the DPRK.', 0, 118, 'c-visit-cn'),
 ('kcna-2024-06-19-tr/v1', 'kcna-2024-06-19-tr', 'v1', 'AGREEMENT_SIGNED', '057', 'AGREE', DATE '2024-06-19', 'kcna-2024-06-19-tr/e5', 'Pyongyang', 'ASSERTED',
  0.83, 'agreement.sign', 'signed', 'Kim Jong Un and Vladimir Putin signed the Treaty on Comprehensive Strategic Partnership between the DPRK and the Russian Federation.', 0, 129, 'c-treaty'),
 ('kcna-2024-06-19-tr/v2', 'kcna-2024-06-19-tr', 'v2', 'MEETING', '040', 'CONSULT', DATE '2024-06-19', 'kcna-2024-06-19-tr/e5', 'Pyongyang', 'ASSERTED',
  0.77, 'meeting.talks', 'talks', 'Kim Jong Un held talks with Vladimir Putin at the Kumsusan Guest House.', 130, 201, 'c-talks-pyongyang'),
 ('tass-2024-07-11-lv/v1', 'tass-2024-07-11-lv', 'v1', 'MEETING', '040', 'CONSULT', DATE '2024-07-11', 'tass-2024-07-11-lv/e3', 'Pyongyang', NULL,
  0.64, 'meeting.talks', 'talks', 'Sergei Lavrov held talks with Choe Son Hui in Pyongyang.', 0, 56, NULL),
 ('kcna-2024-10-01-xi/v1', 'kcna-2024-10-01-xi', 'v1', 'MESSAGE', '018', 'SUPPORT', DATE '2024-10-01', NULL, NULL, 'ASSERTED',
  0.69, 'message.send', 'sent', 'Kim Jong Un sent a message of greeting to Xi Jinping on the 75th founding anniversary of the People''s Republic of China.', 0, 115, 'c-message-xi'),
 ('kcna-2024-10-01-dup/v1', 'kcna-2024-10-01-dup', 'v1', 'MESSAGE', '018', 'SUPPORT', DATE '2024-10-01', NULL, NULL, 'ASSERTED',
  0.69, 'message.send', 'sent', 'Kim Jong Un sent a message of greeting to Xi Jinping on the 75th founding anniversary of the People''s Republic of China.', 0, 115, 'c-message-xi'),
 ('kcna-2024-10-29-lv/v1', 'kcna-2024-10-29-lv', 'v1', 'VISIT', '042', 'CONSULT', DATE '2024-10-29', 'kcna-2024-10-29-lv/e2', 'Russian Federation', 'ASSERTED',
  0.58, 'visit.visit', 'visit', 'Choe Son Hui, minister of Foreign Affairs of the DPRK, left here on Tuesday for an official visit to the Russian Federation.', 32, 156, 'c-visit-ru'),
 ('kcna-2024-11-01-mt/v1', 'kcna-2024-11-01-mt', 'v1', 'MEETING', '040', 'CONSULT', DATE '2024-11-01', 'kcna-2024-11-01-mt/e3', 'Moscow', 'ASSERTED',
  0.74, 'meeting.talks', 'talks', 'Choe Son Hui held talks with Sergei Lavrov, minister of Foreign Affairs of the Russian Federation, in Moscow on November 1.', 0, 121, 'c-meet-moscow'),
 ('tass-2024-11-01-mt/v1', 'tass-2024-11-01-mt', 'v1', 'MEETING', '040', 'CONSULT', DATE '2024-11-01', 'tass-2024-11-01-mt/e3', 'Moscow', 'ASSERTED',
  0.66, 'meeting.meet', 'met', 'Russian Foreign Minister Sergei Lavrov met with his DPRK counterpart Choe Son-hui in Moscow on Friday.', 0, 100, 'c-meet-moscow'),
 ('tass-2024-11-01-pl/v1', 'tass-2024-11-01-pl', 'v1', 'VISIT', '042', 'CONSULT', NULL, NULL, NULL, 'FUTURE',
  0.52, 'visit.visit', 'visit', 'Lavrov accepted an invitation to visit the DPRK at a convenient time.', 0, 68, NULL),
 ('kcna-2024-11-04-st/v1', 'kcna-2024-11-04-st', 'v1', 'STATEMENT', '010', NULL, DATE '2024-11-04', NULL, NULL, 'ASSERTED',
  0.61, 'statement.press', 'statement', 'Choe Son Hui said the <script>alert("drill")</script> "joint drills" of the U.S. & its allies are a <b>threat</b>.', 0, 110, NULL);

INSERT INTO arguments (event_key, article_id, role, entity_key, name, entity_type, country, rule, path) VALUES
 ('kcna-2024-04-11-cn/v1', 'kcna-2024-04-11-cn', 'AGENT', 'kcna-2024-04-11-cn/e1', 'China', 'LOCATION', 'CHN', 'visit.arrive', '>nsubj >nmod:of'),
 ('kcna-2024-04-11-cn/v1', 'kcna-2024-04-11-cn', 'COUNTERPART', 'kcna-2024-04-11-cn/e2', 'DPRK', 'LOCATION', 'PRK', 'visit.arrive', '>obl:to'),
 ('kcna-2024-06-19-tr/v1', 'kcna-2024-06-19-tr', 'PARTY', 'kcna-2024-06-19-tr/e1', 'Kim Jong Un', 'PERSON', 'PRK', 'agreement.sign', '>nsubj'),
 ('kcna-2024-06-19-tr/v1', 'kcna-2024-06-19-tr', 'PARTY', 'kcna-2024-06-19-tr/e2', 'Vladimir Putin', 'PERSON', 'RUS', 'agreement.sign', '>nsubj >conj:and'),
 ('kcna-2024-06-19-tr/v1', 'kcna-2024-06-19-tr', 'PARTY', 'kcna-2024-06-19-tr/e3', 'DPRK', 'LOCATION', 'PRK', 'agreement.sign', '>obj >nmod:between'),
 ('kcna-2024-06-19-tr/v1', 'kcna-2024-06-19-tr', 'PARTY', 'kcna-2024-06-19-tr/e4', 'Russian Federation', 'LOCATION', 'RUS', 'agreement.sign', '>obj >nmod:between >conj:and'),
 ('kcna-2024-06-19-tr/v2', 'kcna-2024-06-19-tr', 'AGENT', 'kcna-2024-06-19-tr/e1', 'Kim Jong Un', 'PERSON', 'PRK', 'meeting.talks', '>nsubj'),
 ('kcna-2024-06-19-tr/v2', 'kcna-2024-06-19-tr', 'COUNTERPART', 'kcna-2024-06-19-tr/e2', 'Vladimir Putin', 'PERSON', 'RUS', 'meeting.talks', '>obl:with'),
 ('tass-2024-07-11-lv/v1', 'tass-2024-07-11-lv', 'AGENT', 'tass-2024-07-11-lv/e1', 'Sergei Lavrov', 'PERSON', 'RUS', 'meeting.talks', '>nsubj'),
 ('tass-2024-07-11-lv/v1', 'tass-2024-07-11-lv', 'COUNTERPART', 'tass-2024-07-11-lv/e2', 'Choe Son Hui', 'PERSON', 'PRK', 'meeting.talks', '>obl:with'),
 ('kcna-2024-10-01-xi/v1', 'kcna-2024-10-01-xi', 'AGENT', 'kcna-2024-10-01-xi/e1', 'Kim Jong Un', 'PERSON', 'PRK', 'message.send', '>nsubj'),
 ('kcna-2024-10-01-xi/v1', 'kcna-2024-10-01-xi', 'COUNTERPART', 'kcna-2024-10-01-xi/e2', 'Xi Jinping', 'PERSON', 'CHN', 'message.send', '>obj >nmod:to'),
 ('kcna-2024-10-01-dup/v1', 'kcna-2024-10-01-dup', 'AGENT', 'kcna-2024-10-01-dup/e1', 'Kim Jong Un', 'PERSON', 'PRK', 'message.send', '>nsubj'),
 ('kcna-2024-10-01-dup/v1', 'kcna-2024-10-01-dup', 'COUNTERPART', 'kcna-2024-10-01-dup/e2', 'Xi Jinping', 'PERSON', 'CHN', 'message.send', '>obj >nmod:to'),
 ('kcna-2024-10-29-lv/v1', 'kcna-2024-10-29-lv', 'AGENT', 'kcna-2024-10-29-lv/e3', 'Choe Son Hui', 'PERSON', 'PRK', 'visit.visit', '>nsubj'),
 ('kcna-2024-10-29-lv/v1', 'kcna-2024-10-29-lv', 'COUNTERPART', 'kcna-2024-10-29-lv/e2', 'Russian Federation', 'LOCATION', 'RUS', 'visit.visit', '>obl:for >nmod:to'),
 ('kcna-2024-11-01-mt/v1', 'kcna-2024-11-01-mt', 'AGENT', 'kcna-2024-11-01-mt/e1', 'Choe Son Hui', 'PERSON', 'PRK', 'meeting.talks', '>nsubj'),
 ('kcna-2024-11-01-mt/v1', 'kcna-2024-11-01-mt', 'COUNTERPART', 'kcna-2024-11-01-mt/e2', 'Sergei Lavrov', 'PERSON', 'RUS', 'meeting.talks', '>obl:with'),
 ('tass-2024-11-01-mt/v1', 'tass-2024-11-01-mt', 'AGENT', 'tass-2024-11-01-mt/e1', 'Sergei Lavrov', 'PERSON', 'RUS', 'meeting.meet', '>nsubj'),
 ('tass-2024-11-01-mt/v1', 'tass-2024-11-01-mt', 'COUNTERPART', 'tass-2024-11-01-mt/e2', 'Choe Son-hui', 'PERSON', 'PRK', 'meeting.meet', '>obl:with'),
 ('tass-2024-11-01-pl/v1', 'tass-2024-11-01-pl', 'AGENT', 'tass-2024-11-01-pl/e1', 'Sergei Lavrov', 'PERSON', 'RUS', 'visit.visit', '>nsubj'),
 ('tass-2024-11-01-pl/v1', 'tass-2024-11-01-pl', 'COUNTERPART', 'tass-2024-11-01-pl/e2', 'DPRK', 'LOCATION', 'PRK', 'visit.visit', '>obj'),
 ('kcna-2024-11-04-st/v1', 'kcna-2024-11-04-st', 'AGENT', 'kcna-2024-11-04-st/e1', 'Choe Son Hui', 'PERSON', 'PRK', 'statement.press', '>nsubj'),
 ('kcna-2024-11-04-st/v1', 'kcna-2024-11-04-st', 'COUNTERPART', 'kcna-2024-11-04-st/e2', 'United States', 'LOCATION', 'USA', 'statement.press', '>ccomp >nsubj >nmod:of');

INSERT INTO persons (person_id, name, variants, country, n_articles, first_seen, last_seen) VALUES
 ('kim-jong-un', 'Kim Jong Un', ['Kim Jong-un'], 'PRK', 3, DATE '2024-06-19', DATE '2024-10-01'),
 ('vladimir-putin', 'Vladimir Putin', [], 'RUS', 1, DATE '2024-06-19', DATE '2024-06-19'),
 ('sergei-lavrov', 'Sergei Lavrov', ['Lavrov'], 'RUS', 4, DATE '2024-07-11', DATE '2024-11-01'),
 ('choe-son-hui', 'Choe Son Hui', ['Choe Son-hui', 'Choe'], 'PRK', 5, DATE '2024-07-11', DATE '2024-11-04'),
 ('xi-jinping', 'Xi Jinping', [], 'CHN', 2, DATE '2024-10-01', DATE '2024-10-01');

INSERT INTO person_titles (person_id, title, first_seen, last_seen, n_articles) VALUES
 ('kim-jong-un', 'General Secretary of the Workers'' Party of Korea', DATE '2024-06-19', DATE '2024-10-01', 3),
 ('kim-jong-un', 'President of the State Affairs of the DPRK', DATE '2024-06-19', DATE '2024-06-19', 1),
 ('vladimir-putin', 'President of the Russian Federation', DATE '2024-06-19', DATE '2024-06-19', 1),
 ('sergei-lavrov', 'Minister of Foreign Affairs of the Russian Federation', DATE '2024-07-11', DATE '2024-11-01', 4),
 ('choe-son-hui', 'Minister of Foreign Affairs of the DPRK', DATE '2024-07-11', DATE '2024-11-04', 5),
 ('xi-jinping', 'General Secretary of the Central Committee of the Communist Party of China', DATE '2024-10-01', DATE '2024-10-01', 1),
 ('xi-jinping', 'President of the People''s Republic of China', DATE '2024-10-01', DATE '2024-10-01', 2);

INSERT INTO event_clusters (cluster_id, type, date, location, n_articles, n_sources, first_article) VALUES
 ('c-visit-cn', 'VISIT', DATE '2024-04-11', 'Pyongyang', 1, 1, 'kcna-2024-04-11-cn'),
 ('c-treaty', 'AGREEMENT_SIGNED', DATE '2024-06-19', 'Pyongyang', 1, 1, 'kcna-2024-06-19-tr'),
 ('c-talks-pyongyang', 'MEETING', DATE '2024-06-19', 'Pyongyang', 1, 1, 'kcna-2024-06-19-tr'),
 ('c-message-xi', 'MESSAGE', DATE '2024-10-01', NULL, 2, 1, 'kcna-2024-10-01-xi'),
 ('c-visit-ru', 'VISIT', DATE '2024-10-29', 'Russian Federation', 1, 1, 'kcna-2024-10-29-lv'),
 ('c-meet-moscow', 'MEETING', DATE '2024-11-01', 'Moscow', 2, 2, 'tass-2024-11-01-mt');

INSERT INTO event_cluster_members (cluster_id, event_key, article_id) VALUES
 ('c-visit-cn', 'kcna-2024-04-11-cn/v1', 'kcna-2024-04-11-cn'),
 ('c-treaty', 'kcna-2024-06-19-tr/v1', 'kcna-2024-06-19-tr'),
 ('c-talks-pyongyang', 'kcna-2024-06-19-tr/v2', 'kcna-2024-06-19-tr'),
 ('c-message-xi', 'kcna-2024-10-01-xi/v1', 'kcna-2024-10-01-xi'),
 ('c-message-xi', 'kcna-2024-10-01-dup/v1', 'kcna-2024-10-01-dup'),
 ('c-visit-ru', 'kcna-2024-10-29-lv/v1', 'kcna-2024-10-29-lv'),
 ('c-meet-moscow', 'kcna-2024-11-01-mt/v1', 'kcna-2024-11-01-mt'),
 ('c-meet-moscow', 'tass-2024-11-01-mt/v1', 'tass-2024-11-01-mt');
