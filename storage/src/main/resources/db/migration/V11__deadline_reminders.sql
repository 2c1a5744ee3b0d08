-- Entries still missing their film or their guardian's consent as the deadline nears are reminded once per deadline:
-- the deadline they were reminded of, so an extended deadline brings a new reminder.
alter table entry add column deadline_reminded_for timestamptz;
