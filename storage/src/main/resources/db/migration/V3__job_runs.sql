-- The job queue, as workers use it: when the current attempt started (for progress pages and stuck-job reports),
-- and an index to list what is running or dead per type.
alter table job add column started_at timestamptz;
alter table job add constraint job_running_started check (state <> 'RUNNING' or started_at is not null);
create index job_state_type_idx on job (state, type, updated_at desc) where state in ('RUNNING', 'DEAD');
