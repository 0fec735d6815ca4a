-- Placeholder so that 0003 loads in the feat-list branch, where no 0002 exists yet.
-- The lead drops this file at merge (another branch brings the real 0002).
SELECT 1;
