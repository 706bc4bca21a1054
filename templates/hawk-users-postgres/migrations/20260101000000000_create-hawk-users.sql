-- Up Migration
CREATE TABLE hawk_users (
  id text PRIMARY KEY,
  key text NOT NULL,
  scopes text[] NOT NULL,
  description text NOT NULL DEFAULT ''
);

-- Down Migration
DROP TABLE hawk_users;
