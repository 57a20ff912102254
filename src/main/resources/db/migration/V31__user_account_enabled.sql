-- A user account can be disabled (refused at once, kept with its history) as LRS clients can.
ALTER TABLE user_account ADD COLUMN enabled BOOLEAN NOT NULL DEFAULT TRUE;
