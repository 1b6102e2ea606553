// Every Platform has one stable application id (never Neo4j's internal id); MERGE relies on this constraint.
// Parameters: none
// Columns: none
CREATE CONSTRAINT platform_id IF NOT EXISTS FOR (n:Platform) REQUIRE n.id IS UNIQUE
