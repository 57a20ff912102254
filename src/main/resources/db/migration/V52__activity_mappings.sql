-- Connecting a real LMS (docs/lms.md), activities: what an LMS's activity id is in the catalogue,
-- per municipality, and the work of applying a changed mapping to the statements already stored.

-- A completing statement on activity_id counts for the module (course_code, module_code), or, with
-- module_code NULL, completes the course itself (basis LMS). launch_url: where staff take it.
CREATE TABLE activity_mapping (
  municipality_id BIGINT        NOT NULL,
  activity_id     VARCHAR(700)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  course_code     VARCHAR(40)   NOT NULL,
  module_code     VARCHAR(40)   NULL,
  launch_url      VARCHAR(1000) NULL,
  PRIMARY KEY (municipality_id, activity_id),
  CONSTRAINT fk_activity_mapping_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id)
) ENGINE=InnoDB;

-- An activity whose mapping changed and whose stored statements the projector re-extracts, found
-- through xapi_statement_key (never by reading every statement of the municipality), a page at a
-- time: after_seq is how far it got. A progress_pending row of kind ACTIVITY refers to id; the row
-- is deleted when the last page is applied.
CREATE TABLE activity_remap (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  municipality_id BIGINT       NOT NULL,
  activity_id     VARCHAR(700) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  after_seq       BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id)
) ENGINE=InnoDB;
