-- Placeholder that keeps this branch's migrations contiguous up to 0004 (feat-org).
-- The lead replaces it with the real 0002 migration at merge; it changes nothing.
SELECT 1;
