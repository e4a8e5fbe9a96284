-- Communiqué registry: the tables `index` writes into a DuckDB file. Names and columns are fixed
-- (README, "The registry"); the report, `who`, `export` and the Spark job's --tables read them.
-- Keys: article ids are the records' ids; entity and event keys are "<article_id>/<local id>"
-- (e.g. "kcna-2024-10-30-ab12/e4"), so reloading an article replaces exactly its rows.

-- One row per extracted article (what `extract` wrote as an ExtractionResult).
CREATE TABLE IF NOT EXISTS articles (
    article_id   VARCHAR PRIMARY KEY,
    title        VARCHAR,
    source       VARCHAR,          -- the outlet ("kcna.kp", "tass.com")
    section      VARCHAR,
    url          VARCHAR,
    published    DATE,
    dateline_place VARCHAR,
    dateline_date  DATE,
    text_hash    VARCHAR,          -- the record's text_hash (SHA-256 of the article text), when written
    duplicate_of VARCHAR,          -- article_id of the first article with the same text, else NULL
    n_entities   INTEGER,
    n_events     INTEGER,
    warnings     VARCHAR[],
    loaded_at    TIMESTAMP
);

-- One row per entity of an article.
CREATE TABLE IF NOT EXISTS entities (
    entity_key   VARCHAR PRIMARY KEY,  -- article_id || '/' || entity_id
    article_id   VARCHAR NOT NULL,
    entity_id    VARCHAR NOT NULL,     -- "e4"
    type         VARCHAR NOT NULL,     -- PERSON, ORGANIZATION, LOCATION, DATE
    subtype      VARCHAR,              -- COUNTRY, CITY, ... for LOCATION
    name         VARCHAR NOT NULL,
    aliases      VARCHAR[],
    titles       VARCHAR[],
    affiliations VARCHAR[],            -- entity_keys of the organisations or states served
    country      VARCHAR,              -- ISO 3166-1 alpha-3
    value        VARCHAR,              -- the calendar value of a DATE
    person_id    VARCHAR,              -- persons.person_id for a PERSON, else NULL
    organization_id VARCHAR            -- organizations.organization_id for an ORGANIZATION, else NULL
);

-- One row per mention (character offsets into the article text; section 'title' for the headline).
CREATE TABLE IF NOT EXISTS mentions (
    entity_key   VARCHAR NOT NULL,
    article_id   VARCHAR NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    text         VARCHAR NOT NULL,
    section      VARCHAR
);

-- One row per event of an article.
CREATE TABLE IF NOT EXISTS events (
    event_key    VARCHAR PRIMARY KEY,  -- article_id || '/' || event_id
    article_id   VARCHAR NOT NULL,
    event_id     VARCHAR NOT NULL,     -- "v1"
    type         VARCHAR NOT NULL,     -- MEETING, VISIT, AGREEMENT_SIGNED, ...
    cameo        VARCHAR,
    plover       VARCHAR,
    date         DATE,
    location_key VARCHAR,              -- entity_key of the place, else NULL
    location     VARCHAR,              -- the place's name
    modality     VARCHAR,              -- ASSERTED, FUTURE, ...
    confidence   DOUBLE,
    rule         VARCHAR,
    trigger_text VARCHAR,
    evidence     VARCHAR,              -- the sentence that says so
    evidence_start INTEGER,
    evidence_end   INTEGER,
    cluster_id   VARCHAR               -- event_clusters.cluster_id
);

-- One row per participant of an event.
CREATE TABLE IF NOT EXISTS arguments (
    event_key    VARCHAR NOT NULL,
    article_id   VARCHAR NOT NULL,
    role         VARCHAR NOT NULL,     -- SOURCE, TARGET, PARTY, ATTENDEE, ...
    entity_key   VARCHAR NOT NULL,
    name         VARCHAR,              -- the entity's name
    entity_type  VARCHAR,
    country      VARCHAR,
    rule         VARCHAR,
    path         VARCHAR
);

-- One row per error record (an article that could not be extracted).
CREATE TABLE IF NOT EXISTS errors (
    article_id   VARCHAR PRIMARY KEY,
    kind         VARCHAR NOT NULL,
    message      VARCHAR,
    loaded_at    TIMESTAMP
);

-- Derived (rebuilt after every load): one person across articles.
CREATE TABLE IF NOT EXISTS persons (
    person_id    VARCHAR PRIMARY KEY,
    name         VARCHAR NOT NULL,     -- the canonical (most frequent full) form
    variants     VARCHAR[],            -- every other spelling seen (hyphenated, surname alone, ...)
    country      VARCHAR,
    n_articles   INTEGER,
    first_seen   DATE,
    last_seen    DATE
);

CREATE TABLE IF NOT EXISTS person_titles (
    person_id    VARCHAR NOT NULL,
    title        VARCHAR NOT NULL,     -- the normalised office
    first_seen   DATE,
    last_seen    DATE,
    n_articles   INTEGER
);

CREATE TABLE IF NOT EXISTS organizations (
    organization_id VARCHAR PRIMARY KEY,
    name         VARCHAR NOT NULL,
    variants     VARCHAR[],
    country      VARCHAR,
    n_articles   INTEGER,
    first_seen   DATE,
    last_seen    DATE
);

-- Derived: one happening reported by several articles (same type, overlapping participants,
-- same or adjacent date).
CREATE TABLE IF NOT EXISTS event_clusters (
    cluster_id   VARCHAR PRIMARY KEY,
    type         VARCHAR NOT NULL,
    date         DATE,
    location     VARCHAR,
    n_articles   INTEGER,
    n_sources    INTEGER,
    first_article VARCHAR
);

CREATE TABLE IF NOT EXISTS event_cluster_members (
    cluster_id   VARCHAR NOT NULL,
    event_key    VARCHAR NOT NULL,
    article_id   VARCHAR NOT NULL
);
