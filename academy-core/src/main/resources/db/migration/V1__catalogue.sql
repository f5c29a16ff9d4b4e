-- The catalogue: modules (with immutable versions), lessons, quizzes, showcases, guides and
-- learning paths, as loaded from the content tree. Written for both PostgreSQL and H2
-- (PostgreSQL mode), so only portable types and statements are used.

CREATE SEQUENCE catalogue_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE catalogue_content_load (
    id              BIGINT       PRIMARY KEY,
    loaded_at       TIMESTAMP WITH TIME ZONE,
    modules         INTEGER      NOT NULL,
    showcases       INTEGER      NOT NULL,
    guides          INTEGER      NOT NULL,
    paths           INTEGER      NOT NULL
);
-- One row, locked by whoever loads content, so that instances starting together load in turn.
INSERT INTO catalogue_content_load (id, loaded_at, modules, showcases, guides, paths) VALUES (1, NULL, 0, 0, 0, 0);

CREATE TABLE catalogue_module (
    id                  BIGINT       PRIMARY KEY,
    slug                VARCHAR(80)  NOT NULL UNIQUE,
    retired             BOOLEAN      NOT NULL,
    current_version_id  BIGINT
);

CREATE TABLE catalogue_module_version (
    id               BIGINT        PRIMARY KEY,
    module_id        BIGINT        NOT NULL REFERENCES catalogue_module (id),
    version_number   INTEGER       NOT NULL,
    content_hash     VARCHAR(64)   NOT NULL,
    title            VARCHAR(200)  NOT NULL,
    title_lower      VARCHAR(200)  NOT NULL,
    summary          VARCHAR(2000) NOT NULL,
    summary_lower    VARCHAR(2000) NOT NULL,
    audience         VARCHAR(20)   NOT NULL,
    area             VARCHAR(40)   NOT NULL,
    minutes          INTEGER       NOT NULL,
    cpd_minutes      INTEGER       NOT NULL,
    refresh_months   INTEGER,
    face_to_face     BOOLEAN       NOT NULL,
    significant      BOOLEAN       NOT NULL,
    pass_mark        INTEGER       NOT NULL,
    tags             VARCHAR(1000) NOT NULL,
    lesson_count     INTEGER       NOT NULL,
    question_count   INTEGER       NOT NULL,
    is_current       BOOLEAN       NOT NULL,
    loaded_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_module_version UNIQUE (module_id, version_number)
);
ALTER TABLE catalogue_module ADD CONSTRAINT fk_module_current_version
    FOREIGN KEY (current_version_id) REFERENCES catalogue_module_version (id);
CREATE INDEX ix_module_version_current ON catalogue_module_version (is_current, audience, area);

CREATE TABLE catalogue_lesson (
    id                 BIGINT        PRIMARY KEY,
    module_version_id  BIGINT        NOT NULL REFERENCES catalogue_module_version (id),
    lesson_number      INTEGER       NOT NULL,
    title              VARCHAR(200)  NOT NULL,
    html               TEXT          NOT NULL,
    CONSTRAINT uq_lesson UNIQUE (module_version_id, lesson_number)
);

CREATE TABLE catalogue_question (
    id                 BIGINT        PRIMARY KEY,
    module_version_id  BIGINT        NOT NULL REFERENCES catalogue_module_version (id),
    question_number    INTEGER       NOT NULL,
    text               VARCHAR(2000) NOT NULL,
    explanation        VARCHAR(4000) NOT NULL,
    CONSTRAINT uq_question UNIQUE (module_version_id, question_number)
);

CREATE TABLE catalogue_question_option (
    question_id   BIGINT        NOT NULL REFERENCES catalogue_question (id),
    option_index  INTEGER       NOT NULL,
    text          VARCHAR(1000) NOT NULL,
    correct       BOOLEAN       NOT NULL,
    PRIMARY KEY (question_id, option_index)
);

CREATE TABLE catalogue_showcase (
    id             BIGINT        PRIMARY KEY,
    slug           VARCHAR(80)   NOT NULL UNIQUE,
    title          VARCHAR(200)  NOT NULL,
    practice       VARCHAR(200)  NOT NULL,
    locality       VARCHAR(200)  NOT NULL,
    area           VARCHAR(40)   NOT NULL,
    summary        VARCHAR(2000) NOT NULL,
    tags           VARCHAR(1000) NOT NULL,
    module_slugs   VARCHAR(2000) NOT NULL,
    html           TEXT          NOT NULL,
    active         BOOLEAN       NOT NULL
);

CREATE TABLE catalogue_guide (
    id             BIGINT        PRIMARY KEY,
    slug           VARCHAR(80)   NOT NULL UNIQUE,
    title          VARCHAR(200)  NOT NULL,
    summary        VARCHAR(2000) NOT NULL,
    minutes        INTEGER       NOT NULL,
    tags           VARCHAR(1000) NOT NULL,
    module_slugs   VARCHAR(2000) NOT NULL,
    html           TEXT          NOT NULL,
    active         BOOLEAN       NOT NULL
);

CREATE TABLE catalogue_path (
    id             BIGINT        PRIMARY KEY,
    slug           VARCHAR(80)   NOT NULL UNIQUE,
    title          VARCHAR(200)  NOT NULL,
    roles          VARCHAR(500)  NOT NULL,
    module_slugs   VARCHAR(2000) NOT NULL,
    active         BOOLEAN       NOT NULL
);
