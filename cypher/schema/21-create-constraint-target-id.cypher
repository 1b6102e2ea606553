// Every Target has one stable application id (never Neo4j's internal id); MERGE relies on this constraint.
// Parameters: none
// Columns: none
CREATE CONSTRAINT target_id IF NOT EXISTS FOR (n:Target) REQUIRE n.id IS UNIQUE
